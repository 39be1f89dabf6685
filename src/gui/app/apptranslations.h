#pragma once

#include <QLocale>

namespace Fetchpool::Gui {

// Fetchpool's own translation (compiled in under :/i18n) and Qt's for the
// standard dialogs and buttons (qtbase_<lang>.qm from Qt's translations
// folder), for one locale. English has a translation too: fetchpool_en holds
// only the plural forms of the source text ("1 URL", "3 URLs" for
// "%n URL(s)").
class AppTranslations final
{
public:
    // Replaces the translations installed by an earlier call. Returns whether
    // Fetchpool's own translation for `locale` was found; without one the
    // window stays English, and the English plural forms are installed.
    static bool install(const QLocale &locale);
    // Back to the bare source text, "(s)" included.
    static void remove();
};

} // namespace Fetchpool::Gui

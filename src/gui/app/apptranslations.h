#pragma once

#include <QLocale>

namespace Fetchpool::Gui {

// Fetchpool's own translation (compiled in under :/i18n) and Qt's for the
// standard dialogs and buttons (qtbase_<lang>.qm from Qt's translations
// folder), for one locale.
class AppTranslations final
{
public:
    // Replaces the translations installed by an earlier call. Returns whether
    // Fetchpool's own translation for `locale` was found; English has none
    // and needs none.
    static bool install(const QLocale &locale);
    // Back to the untranslated (English) text.
    static void remove();
};

} // namespace Fetchpool::Gui

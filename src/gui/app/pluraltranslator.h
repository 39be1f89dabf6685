#pragma once

#include <QTranslator>

namespace Fetchpool::Gui {

// English plural forms without a compiled translation: Fetchpool's own
// strings write countable words as "%n URL(s)"; this turns them into
// "1 URL" and "3 URLs". Real translations installed later take precedence.
class PluralTranslator final : public QTranslator
{
    Q_OBJECT

public:
    using QTranslator::QTranslator;

    // Installs one instance on the application; further calls do nothing.
    static void install();

    bool isEmpty() const override { return false; }
    QString translate(const char *context, const char *sourceText, const char *disambiguation,
                      int n) const override;
};

} // namespace Fetchpool::Gui

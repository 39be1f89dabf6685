#include "requestflags.h"

#include "cookiejar.h"
#include "requestsetup.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace Fetchpool::Cli {

namespace {

QString readableFile(const QString &path, const char *flag, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("--%1: cannot read %2: %3")
                         .arg(QString::fromLatin1(flag), QDir::toNativeSeparators(path), file.errorString());
        return {};
    }
    return QFileInfo(path).absoluteFilePath();
}

} // namespace

QList<QCommandLineOption> RequestFlags::options()
{
    return {
        {QStringLiteral("user-agent"),
         QStringLiteral("Send STR as the User-Agent. Default: Fetchpool/<version>."), QStringLiteral("STR")},
        {QStringLiteral("referer"), QStringLiteral("Send URL as the Referer of every request."), QStringLiteral("URL")},
        {QStringLiteral("header"),
         QStringLiteral("Add the header LINE ('Name: value') to every request; repeatable. Authorization and "
                        "Cookie lines go only to the listed URL's host."),
         QStringLiteral("LINE")},
        {QStringLiteral("load-cookies"),
         QStringLiteral("Send the cookies of FILE (Netscape cookies.txt, as browsers export it) to the hosts and "
                        "paths they belong to. The file is only read."),
         QStringLiteral("FILE")},
        {QStringLiteral("netrc"), QStringLiteral("Log in with the entry for the host in ~/.netrc.")},
        {QStringLiteral("netrc-file"), QStringLiteral("Like --netrc, with FILE instead of ~/.netrc."),
         QStringLiteral("FILE")},
        {{QStringLiteral("http-user"), QStringLiteral("user")},
         QStringLiteral("Log in as USER (HTTP Basic or Digest, as the server asks) on the listed URL's host only."),
         QStringLiteral("USER")},
        {{QStringLiteral("http-password"), QStringLiteral("password")},
         QStringLiteral("The password for --http-user."), QStringLiteral("PASSWORD")},
    };
}

bool RequestFlags::apply(const QCommandLineParser &parser, EngineOptions *engine, QString *error)
{
    engine->userAgent = parser.value(QStringLiteral("user-agent"));
    if (parser.isSet(QStringLiteral("referer"))) {
        const QUrl referer(parser.value(QStringLiteral("referer")), QUrl::StrictMode);
        if (!referer.isValid() || referer.isRelative()) {
            *error = QStringLiteral("--referer takes an absolute URL, not '%1'").arg(parser.value(QStringLiteral("referer")));
            return false;
        }
        engine->referer = referer.toString(QUrl::FullyEncoded);
    }
    for (const QString &line : parser.values(QStringLiteral("header"))) {
        if (!RequestSetup::isHeaderLine(line)) {
            *error = QStringLiteral("--header takes 'Name: value' on one line, not '%1'").arg(line);
            return false;
        }
        engine->headers << line.toUtf8();
    }
    if (parser.isSet(QStringLiteral("load-cookies"))) {
        const auto jar = CookieJar::load(parser.value(QStringLiteral("load-cookies")), error);
        if (!jar)
            return false;
        engine->cookies = std::make_shared<const CookieJar>(*jar);
    }
    engine->httpUser = parser.value(QStringLiteral("http-user"));
    engine->httpPassword = parser.value(QStringLiteral("http-password"));
    if (parser.isSet(QStringLiteral("http-password")) && engine->httpUser.isEmpty()) {
        *error = QStringLiteral("--http-password only goes with --http-user");
        return false;
    }
    engine->netrc = parser.isSet(QStringLiteral("netrc")) || parser.isSet(QStringLiteral("netrc-file"));
    if (parser.isSet(QStringLiteral("netrc-file"))) {
        engine->netrcFile = readableFile(parser.value(QStringLiteral("netrc-file")), "netrc-file", error);
        if (engine->netrcFile.isEmpty())
            return false;
    }
    return true;
}

} // namespace Fetchpool::Cli

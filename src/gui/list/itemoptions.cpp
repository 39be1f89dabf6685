#include "list/itemoptions.h"

#include "downloadtypes.h"
#include "requestsetup.h"

#include <QJsonArray>

namespace Fetchpool::Gui {

namespace {

QString key(const char *name)
{
    return QString::fromLatin1(name);
}

QJsonArray urlsToJson(const QVector<QUrl> &urls)
{
    QJsonArray array;
    for (const QUrl &url : urls)
        array.append(url.toString(QUrl::FullyEncoded));
    return array;
}

} // namespace

void ItemOptions::applyTo(DownloadJob &job, bool refererFromPage) const
{
    if (refererFromPage && listed.referer.isEmpty() && sourcePage.isValid()) {
        ListItemOptions withPage = listed;
        withPage.referer = sourcePage.toString(QUrl::FullyEncoded | QUrl::RemoveUserInfo | QUrl::RemoveFragment);
        withPage.applyTo(job);
        return;
    }
    listed.applyTo(job);
}

QJsonObject ItemOptions::toJson() const
{
    QJsonObject json;
    if (!listed.outName.isEmpty())
        json.insert(key("out"), listed.outName);
    if (!listed.subdir.isEmpty())
        json.insert(key("dir"), listed.subdir);
    if (listed.checksum.isValid())
        json.insert(key("checksum"), QString(listed.checksum.algorithmName() + QLatin1Char('=') + QString::fromLatin1(listed.checksum.hex)));
    if (!listed.referer.isEmpty())
        json.insert(key("referer"), listed.referer);
    QJsonArray headers;
    for (const QByteArray &header : listed.extraHeaders) {
        if (!RequestSetup::isSecretHeaderLine(header))
            headers.append(QString::fromUtf8(header));
    }
    if (!headers.isEmpty())
        json.insert(key("headers"), headers);
    if (!listed.mirrors.isEmpty())
        json.insert(key("mirrors"), urlsToJson(listed.mirrors));
    if (sourcePage.isValid())
        json.insert(key("sourcePage"), sourcePage.toString(QUrl::FullyEncoded | QUrl::RemoveUserInfo));
    return json;
}

ItemOptions ItemOptions::fromJson(const QJsonObject &json)
{
    // Each value passes the same checks as when the list was first read:
    // a hand-edited file cannot smuggle in a name or folder that a list could not.
    ItemOptions options;
    const QString out = json.value(key("out")).toString();
    if (Aria2Options::isSafeFileName(out))
        options.listed.outName = out;
    if (const auto subdir = Aria2Options::safeSubdir(json.value(key("dir")).toString()))
        options.listed.subdir = *subdir;
    if (const auto checksum = Checksum::parse(json.value(key("checksum")).toString()))
        options.listed.checksum = *checksum;
    const QUrl referer(json.value(key("referer")).toString(), QUrl::StrictMode);
    if (referer.isValid() && !referer.isRelative())
        options.listed.referer = referer.toString(QUrl::FullyEncoded);
    const QJsonArray headers = json.value(key("headers")).toArray();
    for (const QJsonValue &header : headers) {
        const QByteArray line = header.toString().toUtf8();
        if (RequestSetup::isHeaderLine(QString::fromUtf8(line)) && !RequestSetup::isSecretHeaderLine(line))
            options.listed.extraHeaders.push_back(line);
    }
    const QJsonArray mirrors = json.value(key("mirrors")).toArray();
    for (const QJsonValue &mirror : mirrors) {
        const QUrl url(mirror.toString(), QUrl::StrictMode);
        if (url.isValid() && !url.isRelative())
            options.listed.mirrors.push_back(url);
    }
    const QUrl page(json.value(key("sourcePage")).toString(), QUrl::StrictMode);
    if (page.isValid() && !page.isRelative())
        options.sourcePage = page;
    return options;
}

bool operator==(const ItemOptions &a, const ItemOptions &b)
{
    const ListItemOptions &x = a.listed;
    const ListItemOptions &y = b.listed;
    return x.outName == y.outName && x.subdir == y.subdir && x.checksum == y.checksum && x.referer == y.referer
            && x.extraHeaders == y.extraHeaders && x.mirrors == y.mirrors && a.sourcePage == b.sourcePage;
}

} // namespace Fetchpool::Gui

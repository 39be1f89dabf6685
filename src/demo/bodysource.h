#pragma once

#include <QByteArray>

namespace Fetchpool::Demo {

// What a response body is made of. The sender asks for one piece at a time,
// so a body need not sit in memory as a whole (the tests' generated files
// are computed per piece).
class BodySource
{
public:
    virtual ~BodySource() = default;

    // Appends `length` bytes starting at `position` of this body to `out`.
    virtual void appendTo(QByteArray &out, qint64 position, qint64 length) const = 0;
};

// A body held in memory: pages, pictures, lists.
class FixedBody final : public BodySource
{
public:
    explicit FixedBody(const QByteArray &bytes) : m_bytes(bytes) {}

    void appendTo(QByteArray &out, qint64 position, qint64 length) const override
    {
        if (length > 0)
            out += QByteArrayView(m_bytes).sliced(position, length);
    }

private:
    const QByteArray m_bytes;
};

} // namespace Fetchpool::Demo

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHashFunctions>
#include <QString>

class QRandomGenerator;

namespace tw::model {

/// A stable identity for a schema object. It never changes when the object is renamed, which is what lets the
/// differ tell a rename from a drop plus an add. Ids are opaque tokens: generated ones are 12 lowercase hex
/// digits, but any token of letters, digits, '_', '-' and '.' read from a project file is accepted.
class Id
{
public:
    Id() = default;
    explicit Id(QString token)
        : m_token(std::move(token))
    {
    }

    /// A fresh random id from the global generator.
    static Id generate();
    /// A fresh id drawn from @p random: seeded generators give reproducible ids in tests.
    static Id generate(QRandomGenerator &random);
    /// Whether @p token may be written as an id in a project file.
    static bool isValidToken(const QString &token);

    bool isNull() const { return m_token.isEmpty(); }
    const QString &toString() const { return m_token; }

    friend bool operator==(const Id &, const Id &) = default;
    friend auto operator<=>(const Id &a, const Id &b) { return a.m_token.compare(b.m_token) <=> 0; }

private:
    QString m_token;
};

inline size_t qHash(const Id &id, size_t seed = 0) noexcept
{
    return qHash(id.toString(), seed);
}

} // namespace tw::model

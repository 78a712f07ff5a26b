// SPDX-License-Identifier: GPL-3.0-or-later
#include "migrations/folder/migrationnamer.h"

#include <QCryptographicHash>

#include <array>

namespace tw::migrations {
namespace {

// Workshop words: a craftsman's adjectives and tools, so names read like drizzle-kit's but are our own.
constexpr std::array kAdjectives{
    "able",    "bold",  "brave",    "brisk",  "calm",   "clever", "crisp",  "daring", "deft",   "eager",
    "even",    "fair",  "fine",     "firm",   "fleet",  "gentle", "glad",   "grand",  "handy",  "hardy",
    "honest",  "keen",  "kind",     "lively", "loyal",  "lucid",  "mellow", "neat",   "nimble", "noble",
    "patient", "plain", "polished", "proud",  "quick",  "quiet",  "ready",  "robust", "sharp",  "sleek",
    "smooth",  "solid", "spry",     "steady", "sturdy", "subtle", "swift",  "tidy",   "true",   "vivid"};
constexpr std::array kNouns{
    "adze",    "anvil",   "auger",   "awl",       "bench",  "bevel", "brace",  "burin",  "caliper", "chisel",
    "clamp",   "compass", "dowel",   "drawknife", "file",   "forge", "gauge",  "gimlet", "gouge",   "hammer",
    "hatchet", "jig",     "joint",   "kerf",      "ladder", "lathe", "level",  "mallet", "mitre",   "mortise",
    "needle",  "plane",   "pliers",  "plumb",     "punch",  "rasp",  "rivet",  "router", "ruler",   "sander",
    "saw",     "scribe",  "spanner", "spoke",     "square", "tenon", "trowel", "vise",   "wedge",   "whetstone"};

} // namespace

QString MigrationNamer::sanitize(const QString &name)
{
    QString out;
    for (const QChar c : name.toLower()) {
        const bool keep = (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9');
        if (keep)
            out += c;
        else if (!out.isEmpty() && !out.endsWith(u'_'))
            out += u'_';
    }
    while (out.endsWith(u'_'))
        out.chop(1);
    return out;
}

QString MigrationNamer::tag(int index, const QString &customName, const QString &seed)
{
    const QString prefix = QStringLiteral("%1_").arg(index, 4, 10, QLatin1Char('0'));
    const QString custom = sanitize(customName);
    if (!custom.isEmpty())
        return prefix + custom;
    const QByteArray digest = QCryptographicHash::hash(seed.toUtf8(), QCryptographicHash::Sha256);
    const auto byte = [&](int i) {
        return uint(uchar(digest.at(i)));
    };
    const uint a = ((byte(0) << 8) | byte(1)) % kAdjectives.size();
    const uint n = ((byte(2) << 8) | byte(3)) % kNouns.size();
    return prefix + QLatin1String(kAdjectives[a]) + u'_' + QLatin1String(kNouns[n]);
}

} // namespace tw::migrations

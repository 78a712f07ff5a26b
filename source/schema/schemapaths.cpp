// SPDX-License-Identifier: GPL-3.0-or-later
// SchemaSourceReader::resolvePaths: drizzle.config's `schema` (files, folders, globs) to the files drizzle-kit reads.
#include "source/schema/schemasourcereader.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

namespace tw::source {
namespace {

bool isSchemaFile(const QString &path)
{
    static const QStringList extensions{QStringLiteral(".ts"),  QStringLiteral(".js"),  QStringLiteral(".mts"),
                                        QStringLiteral(".mjs"), QStringLiteral(".cts"), QStringLiteral(".cjs")};
    for (const QString &ext : extensions) {
        if (path.endsWith(ext))
            return true;
    }
    return false;
}

bool isGlob(const QString &path)
{
    return path.contains(u'*') || path.contains(u'?') || path.contains(u'{') || path.contains(u'[');
}

/// A glob as a regular expression over '/'-separated paths: `**/` any folders, `*` and `?` within one name,
/// `{a,b}` alternatives, `[...]` character classes.
QRegularExpression globExpression(const QString &glob)
{
    QString re = QStringLiteral("^");
    int braces = 0;
    for (qsizetype i = 0; i < glob.size(); ++i) {
        const QChar c = glob[i];
        if (c == u'*' && i + 1 < glob.size() && glob[i + 1] == u'*') {
            const bool slash = i + 2 < glob.size() && glob[i + 2] == u'/';
            re += slash ? QStringLiteral("(?:[^/]*/)*") : QStringLiteral(".*");
            i += slash ? 2 : 1;
        } else if (c == u'*') {
            re += QStringLiteral("[^/]*");
        } else if (c == u'?') {
            re += QStringLiteral("[^/]");
        } else if (c == u'{') {
            re += QStringLiteral("(?:");
            ++braces;
        } else if (c == u'}' && braces > 0) {
            re += u')';
            --braces;
        } else if (c == u',' && braces > 0) {
            re += u'|';
        } else if (c == u'[') {
            const qsizetype close = glob.indexOf(u']', i + 1);
            if (close < 0) {
                re += QStringLiteral("\\[");
            } else {
                re += u'[' + glob.mid(i + 1, close - i - 1).replace(u'!', u'^') + u']';
                i = close;
            }
        } else {
            re += QRegularExpression::escape(QString(c));
        }
    }
    while (braces-- > 0)
        re += u')';
    return QRegularExpression(re + u'$');
}

/// Every file and folder below @p folder, never descending into node_modules or .git (a glob such as
/// `**/*.ts` must not walk a project's dependencies).
void collect(const QString &folder, QStringList &out, int depth = 0)
{
    if (depth > 64)
        return;
    const QFileInfoList entries =
        QDir(folder).entryInfoList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    for (const QFileInfo &entry : entries) {
        out << entry.filePath();
        if (entry.isDir() && !entry.isSymLink() && entry.fileName() != u"node_modules" && entry.fileName() != u".git")
            collect(entry.filePath(), out, depth + 1);
    }
}

QStringList globFiles(const QString &pattern)
{
    const QStringList segments = pattern.split(u'/');
    QStringList fixed;
    for (const QString &segment : segments) {
        if (isGlob(segment))
            break;
        fixed << segment;
    }
    const QString base = fixed.join(u'/');
    const QRegularExpression expression = globExpression(pattern);
    QStringList candidates;
    collect(base.isEmpty() ? QStringLiteral("/") : base, candidates);
    QStringList matches;
    for (const QString &path : candidates) {
        if (expression.match(path).hasMatch())
            matches << path;
    }
    matches.sort();
    return matches;
}

} // namespace

QStringList SchemaSourceReader::resolvePaths(const QStringList &paths, const QString &baseDir, QStringList *errors)
{
    QStringList result;
    for (const QString &written : paths) {
        const QString absolute = QDir::cleanPath(QDir(baseDir).absoluteFilePath(written));
        QStringList found = isGlob(written) ? globFiles(absolute) : QStringList{absolute};
        QStringList files;
        for (const QString &path : found) {
            const QFileInfo info(path);
            if (info.isDir()) {
                // drizzle-kit reads the files directly in a folder, not its subfolders.
                const QStringList names = QDir(path).entryList(QDir::Files, QDir::Name);
                for (const QString &name : names)
                    files << QDir::cleanPath(path + u'/' + name);
            } else if (info.isFile()) {
                files << path;
            }
        }
        bool any = false;
        for (const QString &file : files) {
            if (!isSchemaFile(file))
                continue;
            any = true;
            if (!result.contains(file))
                result << file;
        }
        if (!any && errors)
            *errors << QStringLiteral("no schema files (.ts, .js, .mts, .mjs, .cts, .cjs) found for `%1`").arg(written);
    }
    return result;
}

} // namespace tw::source

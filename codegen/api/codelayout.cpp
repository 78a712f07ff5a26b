// SPDX-License-Identifier: GPL-3.0-or-later
#include "codegen/api/codelayout.h"

#include <QDir>
#include <QFileInfo>

namespace tw::codegen {
namespace {

QString clean(const QString &path)
{
    const QString cleaned = QDir::cleanPath(path);
    return cleaned == QLatin1String(".") ? QString() : cleaned;
}

QString join(const QString &folder, const QString &name)
{
    return folder.isEmpty() ? name : folder + u'/' + name;
}

QString folderOf(const QString &file)
{
    const qsizetype slash = file.lastIndexOf(u'/');
    return slash < 0 ? QString() : file.left(slash);
}

} // namespace

CodeLayout::CodeLayout(const model::ProjectSettings &settings)
    : m_schemaFile(clean(settings.schemaFile))
    , m_codeFolder(clean(settings.codeFolder))
{
}

QString CodeLayout::databaseFile() const
{
    return join(folderOf(m_schemaFile), QStringLiteral("database.ts"));
}

QString CodeLayout::testDatabaseFile() const
{
    return join(folderOf(m_schemaFile), QStringLiteral("test-database.ts"));
}

QString CodeLayout::trpcFile() const
{
    return join(m_codeFolder, QStringLiteral("trpc.ts"));
}

QString CodeLayout::authFile() const
{
    return join(m_codeFolder, QStringLiteral("lib/auth.ts"));
}

QString CodeLayout::routerEntriesFile() const
{
    return join(m_codeFolder, QStringLiteral("lib/router.ts"));
}

QString CodeLayout::appRouterFile() const
{
    return join(m_codeFolder, QStringLiteral("router.ts"));
}

QString CodeLayout::domainFile(const QString &domain, const QString &fileName) const
{
    return join(m_codeFolder, QStringLiteral("lib/") + domain + u'/' + fileName);
}

QString CodeLayout::importPath(const QString &fromFile, const QString &toFile)
{
    QString target = toFile;
    if (target.endsWith(QLatin1String(".ts")))
        target.chop(3);
    QString relative = relativeFolder(fromFile, target);
    return relative.startsWith(u'.') ? relative : QStringLiteral("./") + relative;
}

QString CodeLayout::relativeFolder(const QString &fromFile, const QString &toFolder)
{
    // Both paths are relative to the same root; a fixed fake root makes QDir compute the relation textually.
    const QString root = QStringLiteral("/tablewright-root/");
    const QString relative = QDir(root + folderOf(fromFile)).relativeFilePath(root + toFolder);
    return relative.isEmpty() ? QStringLiteral(".") : relative;
}

} // namespace tw::codegen

// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/packagescriptsexport.h"

#include "codegen/output/packagescripts.h"
#include "migrations/deploy/deploytarget.h"
#include "model/io/atomicfile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace tw::cli {

int exportPackageScripts(const QString &projectPath, const QString &outFolder, CliContext &context)
{
    migrations::deploy::DeployOptions options;
    options.projectFile = QFileInfo(projectPath).absoluteFilePath();
    const auto target = migrations::deploy::DeployTarget::resolve(options);
    if (!target || target.value().kind != migrations::deploy::DeployTarget::Kind::D1) {
        context.err << "tablewright export: package-scripts needs the D1 binding from a wrangler config: "
                    << (target ? QStringLiteral("this is a Turso/libSQL project") : target.error()) << '\n';
        return ExitProblem;
    }
    const QString path = QDir(outFolder).absoluteFilePath(QStringLiteral("package.json"));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        context.err << path << ": no package.json to add the scripts to (package-scripts only edits an existing one)\n";
        return ExitProblem;
    }
    const QByteArray before = file.readAll();
    file.close();
    const auto after =
        codegen::PackageScripts::merge(before, codegen::PackageScripts::forBinding(target.value().database.binding));
    if (!after) {
        context.err << path << ": " << after.error() << '\n';
        return ExitProblem;
    }
    if (after.value() == before) {
        context.out << "unchanged " << path << '\n';
        return ExitOk;
    }
    QString error;
    if (!model::AtomicFile::write(path, after.value(), &error)) {
        context.err << path << ": " << error << '\n';
        return ExitProblem;
    }
    context.out << "updated " << path << '\n';
    return ExitOk;
}

} // namespace tw::cli

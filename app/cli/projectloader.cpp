// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/projectloader.h"

#include "model/io/projectreader.h"

namespace tw::cli {

std::optional<model::Project> loadProject(const QString &path, CliContext &context)
{
    auto project = model::ProjectReader::readFile(path);
    if (!project) {
        context.err << path << ": " << project.error() << '\n';
        return std::nullopt;
    }
    return std::move(project).value();
}

} // namespace tw::cli

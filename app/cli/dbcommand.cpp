// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/dbcommand.h"

#include "app/cli/cliarguments.h"
#include "app/cli/projectloader.h"
#include "database/connection/projectdatabase.h"
#include "database/inspector/csvwriter.h"
#include "database/inspector/databaseinspector.h"
#include "database/inspector/texttable.h"
#include "database/tracking/runnablemigrations.h"
#include "model/project/projectpaths.h"

#include <QDir>
#include <QFileInfo>

namespace tw::cli {
namespace {

using database::DatabaseInspector;
using database::TextTable;

/// Where the database and the migrations folder are, from the arguments; false (and a message) when unknown.
struct Target
{
    QString database;
    QString migrationsFolder; ///< empty when PROJECT is a database file
    model::ProjectSettings::Tracking tracking = model::ProjectSettings{}.tracking; ///< the project's, for history
};

bool isProjectFile(const QString &path)
{
    return path.endsWith(QLatin1String(".twproj"), Qt::CaseInsensitive);
}

bool resolveTarget(const CliArguments &args, CliContext &context, Target *target)
{
    const QString first = args.positional(0);
    if (args.has(QStringLiteral("db")))
        target->database = QDir::current().absoluteFilePath(args.value(QStringLiteral("db")));
    if (!isProjectFile(first)) {
        if (target->database.isEmpty())
            target->database = QDir::current().absoluteFilePath(first);
        return true;
    }
    const auto project = loadProject(first, context);
    if (!project)
        return false;
    const model::ProjectPaths paths(first, project->settings);
    target->migrationsFolder = paths.migrationsFolder();
    target->tracking = project->settings.tracking;
    if (target->database.isEmpty()) {
        const auto located = database::ProjectDatabase::locate(first, project->settings);
        if (!located) {
            context.err << "tablewright db: " << withDbOptionRemedy(located.error()) << '\n';
            return false;
        }
        target->database = located.value();
    }
    return true;
}

QString yesNo(bool value)
{
    return value ? QStringLiteral("yes") : QStringLiteral("no");
}

} // namespace

int DbCommand::run(const QStringList &arguments, CliContext &context) const
{
    CliArguments::Spec spec;
    spec.minPositionals = 2;
    spec.maxPositionals = 3;
    spec.valueOptions = {QStringLiteral("db")};
    spec.flags = {QStringLiteral("write"), QStringLiteral("csv")};
    QString error;
    const CliArguments args = CliArguments::parse(arguments, spec, &error);
    const QString action = args.positional(1);
    const bool needsArgument =
        action == QLatin1String("describe") || action == QLatin1String("count") || action == QLatin1String("query");
    if (error.isEmpty() && !QStringList{QStringLiteral("tables"), QStringLiteral("describe"), QStringLiteral("count"),
                                        QStringLiteral("history"), QStringLiteral("query")}
                                .contains(action))
        error = QStringLiteral("unknown action '%1'").arg(action);
    else if (error.isEmpty() && needsArgument != (args.positionals().size() == 3))
        error = needsArgument ? QStringLiteral("%1 needs an argument").arg(action)
                              : QStringLiteral("%1 takes no argument").arg(action);
    else if (error.isEmpty() && action != QLatin1String("query") &&
             (args.has(QStringLiteral("write")) || args.has(QStringLiteral("csv"))))
        error = QStringLiteral("--write and --csv belong to query");
    if (!error.isEmpty()) {
        context.err << "tablewright db: " << error << "\nUsage: tablewright db " << usage() << '\n';
        return ExitUsage;
    }
    Target target;
    if (!resolveTarget(args, context, &target))
        return ExitProblem;
    if (action == QLatin1String("history") && target.migrationsFolder.isEmpty()) {
        context.err << "tablewright db: history compares the database with a project's migrations folder: pass the "
                       "project (.twproj), with --db FILE for this database\n";
        return ExitUsage;
    }
    auto opened = DatabaseInspector::open(target.database);
    if (!opened) {
        context.err << "tablewright db: " << opened.error() << '\n';
        return ExitProblem;
    }
    DatabaseInspector &inspector = *opened.value();
    if (action == QLatin1String("tables"))
        return tables(inspector, context);
    if (action == QLatin1String("describe"))
        return describe(inspector, args.positional(2), context);
    if (action == QLatin1String("count"))
        return count(inspector, args.positional(2), context);
    if (action == QLatin1String("history"))
        return history(inspector, target.migrationsFolder, target.tracking, context);
    return query(inspector, args, context);
}

int DbCommand::tables(DatabaseInspector &inspector, CliContext &context) const
{
    const auto objects = inspector.objects();
    if (!objects) {
        context.err << "tablewright db: " << inspector.path() << ": " << objects.error() << '\n';
        return ExitProblem;
    }
    QList<QVariantList> rows;
    for (const database::LiveObject &o : objects.value())
        rows << QVariantList{
            o.name, o.kind == database::LiveObject::Kind::View ? QStringLiteral("view") : QStringLiteral("table"),
            o.rowCount >= 0 ? QVariant(o.rowCount) : QVariant(o.countError)};
    context.out << TextTable::render({QStringLiteral("name"), QStringLiteral("type"), QStringLiteral("rows")}, rows);
    return ExitOk;
}

int DbCommand::describe(DatabaseInspector &inspector, const QString &table, CliContext &context) const
{
    const auto described = inspector.describe(table);
    if (!described) {
        context.err << "tablewright db: " << inspector.path() << ": " << described.error() << '\n';
        return ExitProblem;
    }
    const database::LiveTable &t = described.value();
    QList<QVariantList> columns;
    for (const database::LiveColumn &c : t.columns)
        columns << QVariantList{c.name, c.type, yesNo(c.notNull),
                                c.defaultValue.isNull() ? QVariant(QString()) : c.defaultValue,
                                c.primaryKeyPosition ? QVariant(c.primaryKeyPosition) : QVariant(QString())};
    context.out << (t.isView ? "view " : "table ") << t.name << '\n'
                << TextTable::render({QStringLiteral("column"), QStringLiteral("type"), QStringLiteral("not null"),
                                      QStringLiteral("default"), QStringLiteral("pk")},
                                     columns);
    if (!t.indexes.isEmpty()) {
        QList<QVariantList> indexes;
        for (const database::LiveIndex &i : t.indexes)
            indexes << QVariantList{i.name, yesNo(i.unique), i.columns.join(QLatin1String(", ")),
                                    i.origin == QLatin1String("pk")  ? QStringLiteral("primary key")
                                    : i.origin == QLatin1String("u") ? QStringLiteral("unique constraint")
                                                                     : QStringLiteral("create index")};
        context.out << "\nindexes\n"
                    << TextTable::render({QStringLiteral("index"), QStringLiteral("unique"), QStringLiteral("columns"),
                                          QStringLiteral("from")},
                                         indexes);
    }
    if (!t.foreignKeys.isEmpty()) {
        QList<QVariantList> keys;
        for (const database::LiveForeignKey &k : t.foreignKeys)
            keys << QVariantList{k.from.join(QLatin1String(", ")),
                                 QStringLiteral("%1(%2)").arg(k.table, k.to.join(QLatin1String(", "))), k.onUpdate,
                                 k.onDelete};
        context.out << "\nforeign keys\n"
                    << TextTable::render({QStringLiteral("columns"), QStringLiteral("references"),
                                          QStringLiteral("on update"), QStringLiteral("on delete")},
                                         keys);
    }
    return ExitOk;
}

int DbCommand::count(DatabaseInspector &inspector, const QString &table, CliContext &context) const
{
    const auto described = inspector.describe(table);
    const auto counted =
        described ? inspector.count(described.value().name) : model::Result<qint64>::failure(described.error());
    if (!counted) {
        context.err << "tablewright db: " << inspector.path() << ": " << counted.error() << '\n';
        return ExitProblem;
    }
    context.out << counted.value() << '\n';
    return ExitOk;
}

int DbCommand::history(DatabaseInspector &inspector, const QString &migrationsFolder,
                       model::ProjectSettings::Tracking tracking, CliContext &context) const
{
    const auto folder = database::RunnableMigrations::scan(migrationsFolder);
    if (!folder) {
        context.err << "tablewright db: " << folder.error() << '\n';
        return ExitProblem;
    }
    if (folder.value().hasErrors())
        context.err << folder.value().errorText();
    const auto entries = inspector.history(folder.value(), tracking);
    if (!entries) {
        context.err << "tablewright db: " << inspector.path() << ": " << entries.error() << '\n';
        return ExitProblem;
    }
    if (entries.value().isEmpty()) {
        context.out << "No migrations in " << migrationsFolder << " and none recorded in the database\n";
        return ExitOk;
    }
    QList<QVariantList> rows;
    int counts[3] = {0, 0, 0};
    for (const database::HistoryEntry &e : entries.value()) {
        rows << QVariantList{database::historyStateName(e.state), e.migration, e.tracking, e.appliedAt, e.note};
        ++counts[int(e.state)];
    }
    context.out << TextTable::render({QStringLiteral("state"), QStringLiteral("migration"), QStringLiteral("tracking"),
                                      QStringLiteral("applied at"), QStringLiteral("note")},
                                     rows)
                << counts[0] << " applied, " << counts[1] << " pending, " << counts[2] << " unknown\n";
    return ExitOk;
}

int DbCommand::query(DatabaseInspector &inspector, const CliArguments &args, CliContext &context) const
{
    const bool write = args.has(QStringLiteral("write"));
    if (write) {
        const QString error = inspector.beginWriting();
        if (!error.isEmpty()) {
            context.err << "tablewright db: " << error << '\n';
            return ExitProblem;
        }
    }
    const auto results = inspector.run(args.positional(2));
    if (!results) {
        context.err << "tablewright db: " << results.error() << '\n';
        if (write)
            context.err << "rolled back: nothing was written\n";
        return ExitProblem;
    }
    if (write) {
        const QString error = inspector.commit();
        if (!error.isEmpty()) {
            context.err << "tablewright db: " << error << '\n';
            inspector.rollback();
            context.err << "rolled back: nothing was written\n";
            return ExitProblem;
        }
    }
    for (const database::QueryResult &r : results.value()) {
        if (r.columns.isEmpty()) {
            if (r.wrote)
                context.out << r.rowsAffected << (r.rowsAffected == 1 ? " row changed\n" : " rows changed\n");
            continue;
        }
        if (args.has(QStringLiteral("csv"))) {
            QStringList line;
            for (const QString &c : r.columns)
                line << database::CsvWriter::field(c);
            context.out << line.join(u',') << "\r\n";
            for (const QVariantList &row : r.rows) {
                line.clear();
                for (const QVariant &v : row)
                    line << database::CsvWriter::field(database::CsvWriter::valueText(v));
                context.out << line.join(u',') << "\r\n";
            }
        } else {
            context.out << TextTable::render(r.columns, r.rows);
        }
    }
    return ExitOk;
}

} // namespace tw::cli

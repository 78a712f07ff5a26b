// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/io/projectreader.h"

#include "model/io/jsonbytes.h"
#include "model/io/jsoncursor.h"
#include "model/io/projectformatupgrader.h"
#include "model/io/schemajsonreader.h"
#include "model/io/schemareferencechecker.h"
#include "model/io/sectionjsonreader.h"
#include "model/io/sourcestatejson.h"
#include "model/json/jsontext.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>

namespace tw::model {
namespace {

QString tooLargeMessage(qint64 size)
{
    return QStringLiteral("the file is too large: %1 bytes (%2 MiB); project files may have at most %3 bytes (%4 MiB)")
        .arg(size)
        .arg(double(size) / (1024 * 1024), 0, 'f', 1)
        .arg(ProjectReader::kMaxFileBytes)
        .arg(ProjectReader::kMaxFileBytes / (1024 * 1024));
}

// The message for JSON that the reader refused. Qt's parser words the usual mistakes of a hand-edited or badly
// merged file better than simdjson's codes do ("object is missing after a comma" at the comma), so it is asked,
// on this failure path only, to say what is wrong; what it accepts (nesting too deep for the reader) keeps the
// reader's own message.
QString syntaxMessage(const QByteArray &bytes, const QString &readerMessage)
{
    QJsonParseError parseError;
    QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error == QJsonParseError::NoError)
        return readerMessage;
    const jsonbytes::TextPosition pos = jsonbytes::positionAt(bytes, parseError.offset);
    return QStringLiteral("line %1, column %2: %3").arg(pos.line).arg(pos.column).arg(parseError.errorString());
}

// Checks the bytes are UTF-8 JSON with an object at the top and unique keys; on failure @p error says where.
std::optional<JsonValue> parseRoot(const QByteArray &bytes, QString *error)
{
    if (const auto bad = jsonbytes::firstInvalidUtf8Byte(bytes)) {
        *error = QStringLiteral("invalid UTF-8 at byte %1 (line %2): project files must be UTF-8 text")
                     .arg(*bad)
                     .arg(jsonbytes::positionAt(bytes, *bad).line);
        return std::nullopt;
    }
    // Editors may save a byte order mark, which JSON.parse (and so the reader) refuses.
    const QByteArray bom("\xEF\xBB\xBF");
    const QByteArray json = bytes.startsWith(bom) ? bytes.mid(bom.size()) : bytes;
    bool repeatedKeys = true;
    Result<JsonValue> document = JsonText::parse(json, &repeatedKeys);
    if (!document.ok()) {
        *error = syntaxMessage(bytes, document.error());
        return std::nullopt;
    }
    if (const auto duplicate = repeatedKeys ? jsonbytes::firstDuplicateKey(bytes) : std::nullopt) {
        *error = QStringLiteral("%1: the key appears more than once in its object").arg(*duplicate);
        return std::nullopt;
    }
    if (!document.value().isObject()) {
        *error = QStringLiteral("expected an object at the top level, got %1")
                     .arg(document.value().isArray() ? QStringLiteral("an array") : QStringLiteral("a single value"));
        return std::nullopt;
    }
    return std::move(document.value());
}

// Reads formatVersion and upgrades older formats, so that what follows reads the current format only.
bool readFormatVersion(JsonValue *root, QString *error)
{
    const JsonCursor version(root->find(QStringLiteral("formatVersion")), QStringLiteral("formatVersion"), error);
    if (!version.isPresent())
        return version.fail(QStringLiteral("required key is missing; is this a Tablewright project file?"));
    int format = 0;
    if (!version.read(&format))
        return false;
    if (format > Project::kFormatVersion) {
        return version.fail(QStringLiteral("this project was written by a newer Tablewright (format %1); this "
                                           "version reads format %2 and older")
                                .arg(format)
                                .arg(Project::kFormatVersion));
    }
    if (format < 1)
        return version.fail(QStringLiteral("expected 1 or more, got %1").arg(format));
    return ProjectFormatUpgrader::upgrade(root, format, error);
}

} // namespace

Result<Project> ProjectReader::read(const QByteArray &bytes)
{
    if (bytes.isEmpty())
        return Result<Project>::failure(QStringLiteral("the file is empty"));
    if (bytes.size() > kMaxFileBytes)
        return Result<Project>::failure(tooLargeMessage(bytes.size()));
    QString error;
    std::optional<JsonValue> root = parseRoot(bytes, &error);
    if (!root || !readFormatVersion(&*root, &error))
        return Result<Project>::failure(error);

    const JsonCursor top(&*root, QString(), &error);
    Project project;
    SchemaJsonReader schemaReader;
    if (!(top.expectObject({"baseline", "formatVersion", "layout", "schema", "settings"}, {"fills", "source"}) &&
          schemaReader.read(top["schema"], &project.schema)))
        return Result<Project>::failure(error);
    error = SchemaReferenceChecker::check(project.schema);
    if (!error.isEmpty())
        return Result<Project>::failure(error);
    if (!(SectionJsonReader::readLayout(top["layout"], project.schema, &project.layout) &&
          SectionJsonReader::readSettings(top["settings"], &project.settings) &&
          SectionJsonReader::readBaseline(top["baseline"], &project.baseline) &&
          (!top["source"].isPresent() || SourceStateJson::read(top["source"], &project.source)) &&
          (!top["fills"].isPresent() || SectionJsonReader::readFills(top["fills"], &project.fills))))
        return Result<Project>::failure(error);
    return project;
}

Result<Project> ProjectReader::readFile(const QString &filePath)
{
    const QFileInfo info(filePath);
    if (!info.exists())
        return Result<Project>::failure(QStringLiteral("the file does not exist"));
    if (info.isDir())
        return Result<Project>::failure(QStringLiteral("this is a folder, not a project file"));
    if (info.size() > kMaxFileBytes)
        return Result<Project>::failure(tooLargeMessage(info.size()));
    QFile file(filePath);
    if (!file.open(QIODevice::ReadOnly))
        return Result<Project>::failure(QStringLiteral("cannot open the file: %1").arg(file.errorString()));
    // Bounded even when the size on disk was wrong (a special file, or one that grew since).
    const QByteArray bytes = file.read(kMaxFileBytes + 1);
    if (file.error() != QFileDevice::NoError)
        return Result<Project>::failure(QStringLiteral("cannot read the file: %1").arg(file.errorString()));
    return read(bytes);
}

} // namespace tw::model

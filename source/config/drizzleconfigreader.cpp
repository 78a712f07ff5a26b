// SPDX-License-Identifier: GPL-3.0-or-later
#include "source/config/drizzleconfig.h"

#include "source/typescript/tsmodule.h"
#include "source/typescript/tsparser.h"
#include "source/typescript/tstokenizer.h"

#include <QFile>
#include <QFileInfo>

namespace tw::source {
namespace {

using ts::TsNode;
using ts::TsStatement;

QString textOf(const QString &text, const SourceSpan &span)
{
    return text.mid(span.begin, span.length());
}

/// The object literal an exported value stands for: `defineConfig({...})`, `{...} satisfies Config`, or a name
/// declared in the module as one of those.
const TsNode *configObject(const ts::TsModule &module, const TsNode &value, int depth = 0)
{
    const TsNode &n = value.unwrapped();
    if (n.kind == TsNode::Kind::Object)
        return &n;
    if (n.kind == TsNode::Kind::Call && n.children.size() == 2 &&
        n.children[1].unwrapped().kind == TsNode::Kind::Object)
        return &n.children[1].unwrapped(); // defineConfig({ ... }) under any name
    if (n.kind == TsNode::Kind::Identifier && depth < 4) {
        for (const TsStatement &s : module.statements) {
            if (s.kind == TsStatement::Kind::Variable && s.name == n.text)
                return configObject(module, s.value, depth + 1);
        }
    }
    return nullptr;
}

class ConfigValues
{
public:
    ConfigValues(const QString &text, DrizzleConfig &config)
        : m_text(text)
        , m_config(config)
    {
    }

    void read(const TsNode &object)
    {
        for (const TsNode &property : object.children) {
            if (property.kind != TsNode::Kind::Property || property.children.isEmpty() ||
                property.form != TsNode::PropertyForm::KeyValue)
                continue;
            const QString &key = property.text;
            const TsNode &value = property.children[0].unwrapped();
            if (key == u"schema" || key == u"tablesFilter") {
                if (const std::optional<QStringList> list = strings(value))
                    (key == u"schema" ? m_config.schema : m_config.tablesFilter) = *list;
                else
                    unreadable(key, value);
            } else if (key == u"out" || key == u"dialect" || key == u"driver" || key == u"casing") {
                const std::optional<QString> string = stringOf(value);
                if (!string) {
                    unreadable(key, value);
                } else if (key == u"casing") {
                    if (const std::optional<Casing> casing = model::casingFromName(*string))
                        m_config.casing = *casing;
                    else
                        warn(value, QStringLiteral("casing `%1` is not \"snake_case\" or \"camelCase\"").arg(*string));
                } else {
                    (key == u"out" ? m_config.out : key == u"dialect" ? m_config.dialect : m_config.driver) = *string;
                }
            } else if (key == u"breakpoints") {
                if (value.isIdentifier(u"true") || value.isIdentifier(u"false"))
                    m_config.breakpoints = value.text == u"true";
                else
                    unreadable(key, value);
            }
        }
    }

private:
    static std::optional<QString> stringOf(const TsNode &node)
    {
        const TsNode &n = node.unwrapped();
        if (n.kind == TsNode::Kind::String)
            return n.text;
        return std::nullopt;
    }

    std::optional<QString> templateOf(const TsNode &node) const
    {
        const TsNode &n = node.unwrapped();
        if (n.kind != TsNode::Kind::Template || !n.children.isEmpty() || n.quasis.size() != 1)
            return std::nullopt;
        return ts::TsTokenizer::cook(QStringView(m_text).mid(n.quasis[0].begin, n.quasis[0].length()));
    }

    std::optional<QStringList> strings(const TsNode &node) const
    {
        if (const std::optional<QString> one = stringOf(node) ? stringOf(node) : templateOf(node))
            return QStringList{*one};
        if (node.unwrapped().kind != TsNode::Kind::Array)
            return std::nullopt;
        QStringList list;
        for (const TsNode &element : node.unwrapped().children) {
            const std::optional<QString> one = stringOf(element) ? stringOf(element) : templateOf(element);
            if (!one)
                return std::nullopt;
            list << *one;
        }
        return list;
    }

    void unreadable(const QString &key, const TsNode &value)
    {
        if (value.span.length() == 0)
            return; // `key:` without a value: a syntax error, reported as one
        if (const std::optional<QString> plain = templateOf(value)) { // a template without `${}` is a string
            if (key == u"out")
                m_config.out = *plain;
            else if (key == u"dialect")
                m_config.dialect = *plain;
            else if (key == u"driver")
                m_config.driver = *plain;
            else if (key == u"casing" && model::casingFromName(*plain))
                m_config.casing = *model::casingFromName(*plain);
            else
                m_config.unreadable.insert(key, textOf(m_text, value.span));
            return;
        }
        m_config.unreadable.insert(key, textOf(m_text, value.span));
        warn(value,
             QStringLiteral("`%1` is `%2`, which is computed when the config runs; give it on the command line instead")
                 .arg(key, textOf(m_text, value.span)));
    }

    void warn(const TsNode &at, const QString &message)
    {
        m_config.diagnostics << SourceDiagnostic{SourceDiagnostic::Severity::Warning,
                                                 SourceLocation::at(m_config.path, m_text, at.span.begin), message};
    }

    const QString &m_text;
    DrizzleConfig &m_config;
};

} // namespace

model::Result<DrizzleConfig> DrizzleConfigReader::read(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return model::Result<DrizzleConfig>::failure(
            QStringLiteral("%1: cannot read the file: %2").arg(path, file.errorString()));
    return readText(path, QString::fromUtf8(file.readAll()));
}

model::Result<DrizzleConfig> DrizzleConfigReader::readText(const QString &path, const QString &text)
{
    DrizzleConfig config;
    config.path = QFileInfo(path).absoluteFilePath();
    config.out = QStringLiteral("drizzle");
    const QString name = QFileInfo(path).fileName();
    const ts::TsModule module = path.endsWith(QLatin1String(".json")) ? ts::TsModule{} : ts::TsModuleReader::read(text);
    const TsNode *object = nullptr;
    TsNode json;
    QList<ts::TsProblem> problems = module.problems;
    if (path.endsWith(QLatin1String(".json"))) {
        json = ts::TsParser::parseRange(text, 0, text.size(), 0, &problems);
        object = json.unwrapped().kind == TsNode::Kind::Object ? &json.unwrapped() : nullptr;
        if (!object)
            return model::Result<DrizzleConfig>::failure(
                QStringLiteral("%1: expected a JSON object with the drizzle-kit settings").arg(name));
    } else {
        for (const TsStatement &s : module.statements) {
            if (s.kind == TsStatement::Kind::ExportDefault || s.kind == TsStatement::Kind::ModuleExports)
                object = configObject(module, s.value);
        }
        if (!object)
            return model::Result<DrizzleConfig>::failure(
                QStringLiteral("%1: expected `export default defineConfig({ ... })` or an exported object literal")
                    .arg(name));
    }
    // A half-typed config still names its settings as far as it goes; what is broken is said.
    for (const ts::TsProblem &problem : problems)
        config.diagnostics << SourceDiagnostic{SourceDiagnostic::Severity::Error,
                                               SourceLocation::at(config.path, text, problem.offset), problem.message};
    ConfigValues(text, config).read(*object);
    return config;
}

} // namespace tw::source

// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/schema/pluralize.h"

#include <QHash>
#include <QList>
#include <QRegularExpression>
#include <QSet>

namespace tw::model::pluralize {
namespace {

struct Rule
{
    QRegularExpression pattern;
    QString replacement;
};

struct RuleText
{
    const char *pattern;
    const char *replacement;
};

const RuleText kIrregular[] = {
    {"I", "we"},
    {"me", "us"},
    {"he", "they"},
    {"she", "they"},
    {"them", "them"},
    {"myself", "ourselves"},
    {"yourself", "yourselves"},
    {"itself", "themselves"},
    {"herself", "themselves"},
    {"himself", "themselves"},
    {"themself", "themselves"},
    {"is", "are"},
    {"was", "were"},
    {"has", "have"},
    {"this", "these"},
    {"that", "those"},
    {"echo", "echoes"},
    {"dingo", "dingoes"},
    {"volcano", "volcanoes"},
    {"tornado", "tornadoes"},
    {"torpedo", "torpedoes"},
    {"genus", "genera"},
    {"viscus", "viscera"},
    {"stigma", "stigmata"},
    {"stoma", "stomata"},
    {"dogma", "dogmata"},
    {"lemma", "lemmata"},
    {"schema", "schemata"},
    {"anathema", "anathemata"},
    {"ox", "oxen"},
    {"axe", "axes"},
    {"die", "dice"},
    {"yes", "yeses"},
    {"foot", "feet"},
    {"eave", "eaves"},
    {"goose", "geese"},
    {"tooth", "teeth"},
    {"quiz", "quizzes"},
    {"human", "humans"},
    {"proof", "proofs"},
    {"carve", "carves"},
    {"valve", "valves"},
    {"looey", "looies"},
    {"thief", "thieves"},
    {"groove", "grooves"},
    {"pickaxe", "pickaxes"},
    {"passerby", "passersby"},
};

const RuleText kPluralRules[] = {
    {"s?$", "s"},
    {"[^\\x{0000}-\\x{007F}]$", "$0"},
    {"([^aeiou]ese)$", "$1"},
    {"(ax|test)is$", "$1es"},
    {"(alias|[^aou]us|t[lm]as|gas|ris)$", "$1es"},
    {"(e[mn]u)s?$", "$1s"},
    {"([^l]ias|[aeiou]las|[ejzr]as|[iu]am)$", "$1"},
    {"(alumn|syllab|vir|radi|nucle|fung|cact|stimul|termin|bacill|foc|uter|loc|strat)(?:us|i)$", "$1i"},
    {"(alumn|alg|vertebr)(?:a|ae)$", "$1ae"},
    {"(seraph|cherub)(?:im)?$", "$1im"},
    {"(her|at|gr)o$", "$1oes"},
    {"(agend|addend|millenni|dat|extrem|bacteri|desiderat|strat|candelabr|errat|ov|symposi|curricul|automat|quor)"
     "(?:a|um)$",
     "$1a"},
    {"(apheli|hyperbat|periheli|asyndet|noumen|phenomen|criteri|organ|prolegomen|hedr|automat)(?:a|on)$", "$1a"},
    {"sis$", "ses"},
    {"(?:(kni|wi|li)fe|(ar|l|ea|eo|oa|hoo)f)$", "$1$2ves"},
    {"([^aeiouy]|qu)y$", "$1ies"},
    {"([^ch][ieo][ln])ey$", "$1ies"},
    {"(x|ch|ss|sh|zz)$", "$1es"},
    {"(matr|cod|mur|sil|vert|ind|append)(?:ix|ex)$", "$1ices"},
    {"\\b((?:tit)?m|l)(?:ice|ouse)$", "$1ice"},
    {"(pe)(?:rson|ople)$", "$1ople"},
    {"(child)(?:ren)?$", "$1ren"},
    {"eaux$", "$0"},
    {"m[ae]n$", "men"},
    {"^thou$", "you"},
};

const RuleText kSingularRules[] = {
    {"s$", ""},
    {"(ss)$", "$1"},
    {"(wi|kni|(?:after|half|high|low|mid|non|night|[^\\w]|^)li)ves$", "$1fe"},
    {"(ar|(?:wo|[ae])l|[eo][ao])ves$", "$1f"},
    {"ies$", "y"},
    {"\\b([pl]|zomb|(?:neck|cross)?t|coll|faer|food|gen|goon|group|lass|talk|goal|cut)ies$", "$1ie"},
    {"\\b(mon|smil)ies$", "$1ey"},
    {"\\b((?:tit)?m|l)ice$", "$1ouse"},
    {"(seraph|cherub)im$", "$1"},
    {"(x|ch|ss|sh|zz|tto|go|cho|alias|[^aou]us|t[lm]as|gas|(?:her|at|gr)o|[aeiou]ris)(?:es)?$", "$1"},
    {"(analy|diagno|parenthe|progno|synop|the|empha|cri|ne)(?:sis|ses)$", "$1sis"},
    {"(movie|twelve|abuse|e[mn]u)s$", "$1"},
    {"(test)(?:is|es)$", "$1is"},
    {"(alumn|syllab|vir|radi|nucle|fung|cact|stimul|termin|bacill|foc|uter|loc|strat)(?:us|i)$", "$1us"},
    {"(agend|addend|millenni|dat|extrem|bacteri|desiderat|strat|candelabr|errat|ov|symposi|curricul|quor)a$", "$1um"},
    {"(apheli|hyperbat|periheli|asyndet|noumen|phenomen|criteri|organ|prolegomen|hedr|automat)a$", "$1on"},
    {"(alumn|alg|vertebr)ae$", "$1a"},
    {"(cod|mur|sil|vert|ind)ices$", "$1ex"},
    {"(matr|append)ices$", "$1ix"},
    {"(pe)(rson|ople)$", "$1rson"},
    {"(child)ren$", "$1"},
    {"(eau)x?$", "$1"},
    {"men$", "man"},
};

const char *const kUncountableWords[] = {
    "adulthood",  "advice",         "agenda",      "aid",       "aircraft",    "alcohol",      "ammo",
    "analytics",  "anime",          "athletics",   "audio",     "bison",       "blood",        "bream",
    "buffalo",    "butter",         "carp",        "cash",      "chassis",     "chess",        "clothing",
    "cod",        "commerce",       "cooperation", "corps",     "debris",      "diabetes",     "digestion",
    "elk",        "energy",         "equipment",   "excretion", "expertise",   "firmware",     "flounder",
    "fun",        "gallows",        "garbage",     "graffiti",  "hardware",    "headquarters", "health",
    "herpes",     "highjinks",      "homework",    "housework", "information", "jeans",        "justice",
    "kudos",      "labour",         "literature",  "machinery", "mackerel",    "mail",         "media",
    "mews",       "moose",          "music",       "mud",       "manga",       "news",         "only",
    "personnel",  "pike",           "plankton",    "pliers",    "police",      "pollution",    "premises",
    "rain",       "research",       "rice",        "salmon",    "scissors",    "series",       "sewage",
    "shambles",   "shrimp",         "software",    "species",   "staff",       "swine",        "tennis",
    "traffic",    "transportation", "trout",       "tuna",      "wealth",      "welfare",      "whiting",
    "wildebeest", "wildlife",       "you",
};

/// Uncountable words given as patterns: they end both rule lists, so they are tried first.
const char *const kUncountablePatterns[] = {
    "pok[eé]mon$", "[^aeiou]ese$", "deer$", "fish$", "measles$", "o[iu]s$", "pox$", "sheep$",
};

struct Rules
{
    QHash<QString, QString> irregularSingles; ///< singular -> plural
    QHash<QString, QString> irregularPlurals; ///< plural -> singular
    QSet<QString> uncountables;
    QList<Rule> pluralRules;
    QList<Rule> singularRules;
};

Rule rule(const char *pattern, const char *replacement)
{
    return {QRegularExpression(QString::fromUtf8(pattern), QRegularExpression::CaseInsensitiveOption),
            QString::fromUtf8(replacement)};
}

Rules makeRules()
{
    Rules rules;
    for (const RuleText &pair : kIrregular) {
        const QString single = QString::fromUtf8(pair.pattern).toLower();
        const QString plural = QString::fromUtf8(pair.replacement).toLower();
        rules.irregularSingles.insert(single, plural);
        rules.irregularPlurals.insert(plural, single);
    }
    for (const RuleText &text : kPluralRules)
        rules.pluralRules << rule(text.pattern, text.replacement);
    for (const RuleText &text : kSingularRules)
        rules.singularRules << rule(text.pattern, text.replacement);
    for (const char *word : kUncountableWords)
        rules.uncountables.insert(QString::fromUtf8(word));
    for (const char *pattern : kUncountablePatterns) {
        rules.pluralRules << rule(pattern, "$0");
        rules.singularRules << rule(pattern, "$0");
    }
    return rules;
}

const Rules &theRules()
{
    static const Rules rules = makeRules();
    return rules;
}

/// @p token in the case @p word is written in: as is, lower, UPPER or Title.
QString restoreCase(const QString &word, const QString &token)
{
    if (word == token)
        return token;
    if (word == word.toLower())
        return token.toLower();
    if (word == word.toUpper())
        return token.toUpper();
    if (!word.isEmpty() && word.at(0) == word.at(0).toUpper())
        return token.left(1).toUpper() + token.mid(1).toLower();
    return token.toLower();
}

/// `$0`, `$1`, ... in @p replacement replaced by the match and its groups (a group that took no part: nothing).
QString interpolate(const QString &replacement, const QRegularExpressionMatch &match)
{
    static const QRegularExpression reference(QStringLiteral("\\$(\\d{1,2})"));
    QString out;
    qsizetype last = 0;
    for (auto it = reference.globalMatch(replacement); it.hasNext();) {
        const QRegularExpressionMatch ref = it.next();
        out += replacement.mid(last, ref.capturedStart() - last);
        const int group = ref.captured(1).toInt();
        if (group <= match.lastCapturedIndex())
            out += match.captured(group);
        last = ref.capturedEnd();
    }
    return out + replacement.mid(last);
}

QString applyRule(const QString &word, const Rule &rule, const QRegularExpressionMatch &match)
{
    const QString result = interpolate(rule.replacement, match);
    const qsizetype start = match.capturedStart();
    // An empty match (`s?$` at the end) takes its case from the letter before it.
    const QString restored = match.capturedLength() == 0 ? restoreCase(word.mid(start - 1, 1), result)
                                                         : restoreCase(match.captured(), result);
    return word.left(start) + restored + word.mid(match.capturedEnd());
}

QString sanitizeWord(const QString &token, const QString &word, const QList<Rule> &rules)
{
    if (token.isEmpty() || theRules().uncountables.contains(token))
        return word;
    for (qsizetype i = rules.size() - 1; i >= 0; --i) {
        const QRegularExpressionMatch match = rules.at(i).pattern.match(word);
        if (match.hasMatch())
            return applyRule(word, rules.at(i), match);
    }
    return word;
}

QString replaceWord(const QString &word, const QHash<QString, QString> &replaceMap,
                    const QHash<QString, QString> &keepMap, const QList<Rule> &rules)
{
    const QString token = word.toLower();
    if (keepMap.contains(token))
        return restoreCase(word, token);
    if (const auto it = replaceMap.constFind(token); it != replaceMap.cend())
        return restoreCase(word, *it);
    return sanitizeWord(token, word, rules);
}

} // namespace

QString plural(const QString &word)
{
    const Rules &rules = theRules();
    return replaceWord(word, rules.irregularSingles, rules.irregularPlurals, rules.pluralRules);
}

QString singular(const QString &word)
{
    const Rules &rules = theRules();
    return replaceWord(word, rules.irregularPlurals, rules.irregularSingles, rules.singularRules);
}

} // namespace tw::model::pluralize

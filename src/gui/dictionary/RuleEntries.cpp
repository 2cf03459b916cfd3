#include "gui/common/Common.h"
// SPDX-FileCopyrightText: 2026 Vigie contributors
#include "gui/common/Common.h"
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/common/Common.h"
#include "gui/dictionary/RuleEntries.h"

#include "gui/common/Common.h"
#include <QRegularExpression>

#include "gui/common/Common.h"
#include <algorithm>

#include "gui/common/Common.h"
namespace vigie::gui {
#include "gui/common/Common.h"

#include "gui/common/Common.h"
namespace {
#include "gui/common/Common.h"

#include "gui/common/Common.h"
// What split() reads back.
#include "gui/common/Common.h"
QString entryLine(const std::string &text, const QStringList &options)
#include "gui/common/Common.h"
{
#include "gui/common/Common.h"
    return options.isEmpty() ? fromStd(text) : QStringLiteral("%1 [%2]").arg(fromStd(text), options.join(u", "));
#include "gui/common/Common.h"
}
#include "gui/common/Common.h"

#include "gui/common/Common.h"
// "texte [options]": the text, and the options between the last brackets (none: empty).
#include "gui/common/Common.h"
std::pair<QString, QStringList> split(const QString &line)
#include "gui/common/Common.h"
{
#include "gui/common/Common.h"
    static const QRegularExpression bracketed(QStringLiteral("^(.*?)\\s*\\[([^\\[\\]]*)\\]\\s*$"));
#include "gui/common/Common.h"
    const auto m = bracketed.match(line);
#include "gui/common/Common.h"
    if (!m.hasMatch())
#include "gui/common/Common.h"
        return { line.simplified(), {} };
#include "gui/common/Common.h"
    QStringList options;
#include "gui/common/Common.h"
    for (const QString &o : m.captured(2).split(u',', Qt::SkipEmptyParts))
#include "gui/common/Common.h"
        if (!o.simplified().isEmpty())
#include "gui/common/Common.h"
            options << o.simplified().toLower();
#include "gui/common/Common.h"
    return { m.captured(1).simplified(), options };
#include "gui/common/Common.h"
}
#include "gui/common/Common.h"

#include "gui/common/Common.h"
// An option as written in the interface's language or in either language of Vigie.
#include "gui/common/Common.h"
bool isOption(const QString &option, const QString &translated, std::initializer_list<const char16_t *> sources)
#include "gui/common/Common.h"
{
#include "gui/common/Common.h"
    if (option == translated.toLower())
#include "gui/common/Common.h"
        return true;
#include "gui/common/Common.h"
    return std::any_of(sources.begin(), sources.end(),
#include "gui/common/Common.h"
                       [&option](const char16_t *s) { return option == QString::fromUtf16(s); });
#include "gui/common/Common.h"
}
#include "gui/common/Common.h"

#include "gui/common/Common.h"
QString lineError(int line, const QString &option, const QString &expected)
#include "gui/common/Common.h"
{
#include "gui/common/Common.h"
    return RuleEntries::tr("ligne %1 : « %2 » n'est pas une option (%3)").arg(line).arg(option, expected);
#include "gui/common/Common.h"
}
#include "gui/common/Common.h"

#include "gui/common/Common.h"
} // namespace
#include "gui/common/Common.h"

#include "gui/common/Common.h"
QString RuleEntries::words(int n)
#include "gui/common/Common.h"
{
#include "gui/common/Common.h"
    return n <= 1 ? tr("%1 mot").arg(n) : tr("%1 mots").arg(n);
#include "gui/common/Common.h"
}
#include "gui/common/Common.h"

#include "gui/common/Common.h"
QStringList RuleEntries::sides()
#include "gui/common/Common.h"
{
#include "gui/common/Common.h"
    return { tr("les deux"), tr("avant"), tr("après") };
#include "gui/common/Common.h"
}
#include "gui/common/Common.h"

#include "gui/common/Common.h"
QString RuleEntries::side(core::Rule::Order order)
#include "gui/common/Common.h"
{
#include "gui/common/Common.h"
    return sides().value(static_cast<int>(order));
#include "gui/common/Common.h"
}
#include "gui/common/Common.h"

#include "gui/common/Common.h"
QString RuleEntries::side(core::Exclusion::Order order)
#include "gui/common/Common.h"
{
#include "gui/common/Common.h"
    return sides().value(static_cast<int>(order));
#include "gui/common/Common.h"
}
#include "gui/common/Common.h"

#include "gui/common/Common.h"
QStringList RuleEntries::scopes()
#include "gui/common/Common.h"
{
#include "gui/common/Common.h"
    return { tr("phrase"), tr("paragraphe") };
#include "gui/common/Common.h"
}
#include "gui/common/Common.h"

#include "gui/common/Common.h"
QString RuleEntries::scope(core::Rule::Scope scope)
#include "gui/common/Common.h"
{
#include "gui/common/Common.h"
    return scopes().value(static_cast<int>(scope));
#include "gui/common/Common.h"
}
#include "gui/common/Common.h"

#include "gui/common/Common.h"
QString RuleEntries::termsText(const std::vector<core::Term> &terms)
#include "gui/common/Common.h"
{
#include "gui/common/Common.h"
    QStringList lines;
#include "gui/common/Common.h"
    for (const core::Term &t : terms) {
#include "gui/common/Common.h"
        QStringList options;
#include "gui/common/Common.h"
        if (t.exact)
#include "gui/common/Common.h"
            options << tr("exact");
#include "gui/common/Common.h"
        if (t.stem)
#include "gui/common/Common.h"
            options << tr("racine");
#include "gui/common/Common.h"
        if (!t.plural)
#include "gui/common/Common.h"
            options << tr("sans pluriel");
#include "gui/common/Common.h"
        lines << entryLine(t.text, options);
#include "gui/common/Common.h"
    }
#include "gui/common/Common.h"
    return lines.join(u'\n');
#include "gui/common/Common.h"
}
#include "gui/common/Common.h"

#include "gui/common/Common.h"
std::optional<std::vector<core::Term>> RuleEntries::parseTerms(const QString &text,
#include "gui/common/Common.h"
                                                               const std::vector<core::Term> &before, QString *error)
#include "gui/common/Common.h"
{
#include "gui/common/Common.h"
    std::vector<core::Term> out;
#include "gui/common/Common.h"
    const QStringList lines = text.split(u'\n');
#include "gui/common/Common.h"
    for (int l = 0; l < lines.size(); ++l) {
#include "gui/common/Common.h"
        const auto [words, options] = split(lines[l]);
#include "gui/common/Common.h"
        if (words.isEmpty())
#include "gui/common/Common.h"
            continue;
#include "gui/common/Common.h"
        core::Term term;
#include "gui/common/Common.h"
        term.text = words.toStdString();
#include "gui/common/Common.h"
        for (const core::Term &old : before)
#include "gui/common/Common.h"
            if (old.text == term.text)
#include "gui/common/Common.h"
                term.note = old.note;
#include "gui/common/Common.h"
        for (const QString &o : options) {
#include "gui/common/Common.h"
            if (isOption(o, tr("exact"), { u"exact" }))
#include "gui/common/Common.h"
                term.exact = true;
#include "gui/common/Common.h"
            else if (isOption(o, tr("racine"), { u"racine", u"stem" }))
#include "gui/common/Common.h"
                term.stem = true;
#include "gui/common/Common.h"
            else if (isOption(o, tr("sans pluriel"), { u"sans pluriel", u"no plural" }))
#include "gui/common/Common.h"
                term.plural = false;
#include "gui/common/Common.h"
            else {
#include "gui/common/Common.h"
                *error = lineError(l + 1, o,
#include "gui/common/Common.h"
                                   QStringLiteral("%1, %2, %3").arg(tr("exact"), tr("racine"), tr("sans pluriel")));
#include "gui/common/Common.h"
                return std::nullopt;
#include "gui/common/Common.h"
            }
#include "gui/common/Common.h"
        }
#include "gui/common/Common.h"
        out.push_back(std::move(term));
#include "gui/common/Common.h"
    }
#include "gui/common/Common.h"
    return out;
#include "gui/common/Common.h"
}
#include "gui/common/Common.h"

#include "gui/common/Common.h"
QString RuleEntries::exclusionsText(const std::vector<core::Exclusion> &exclusions)
#include "gui/common/Common.h"
{
#include "gui/common/Common.h"
    QStringList lines;
#include "gui/common/Common.h"
    for (const core::Exclusion &e : exclusions) {
#include "gui/common/Common.h"
        QStringList options;
#include "gui/common/Common.h"
        if (e.window > 0)
#include "gui/common/Common.h"
            options << words(e.window);
#include "gui/common/Common.h"
        if (e.order != core::Exclusion::Order::Any)
#include "gui/common/Common.h"
            options << side(e.order);
#include "gui/common/Common.h"
        lines << entryLine(e.phrase, options);
#include "gui/common/Common.h"
    }
#include "gui/common/Common.h"
    return lines.join(u'\n');
#include "gui/common/Common.h"
}
#include "gui/common/Common.h"

#include "gui/common/Common.h"
std::optional<std::vector<core::Exclusion>> RuleEntries::parseExclusions(const QString &text, QString *error)
#include "gui/common/Common.h"
{
#include "gui/common/Common.h"
    static const QRegularExpression window(QStringLiteral("^(\\d+)\\s*(\\S*)$"));
#include "gui/common/Common.h"
    std::vector<core::Exclusion> out;
#include "gui/common/Common.h"
    const QStringList lines = text.split(u'\n');
#include "gui/common/Common.h"
    for (int l = 0; l < lines.size(); ++l) {
#include "gui/common/Common.h"
        const auto [phrase, options] = split(lines[l]);
#include "gui/common/Common.h"
        if (phrase.isEmpty())
#include "gui/common/Common.h"
            continue;
#include "gui/common/Common.h"
        core::Exclusion e;
#include "gui/common/Common.h"
        e.phrase = phrase.toStdString();
#include "gui/common/Common.h"
        for (const QString &o : options) {
#include "gui/common/Common.h"
            const auto m = window.match(o);
#include "gui/common/Common.h"
            const QString unit = m.hasMatch() ? m.captured(2) : QString();
#include "gui/common/Common.h"
            // "3 mots", "3 words", "3"
#include "gui/common/Common.h"
            if (m.hasMatch() && (unit.isEmpty() || unit.startsWith(u"mot") || unit.startsWith(u"word")))
#include "gui/common/Common.h"
                e.window = m.captured(1).toInt();
#include "gui/common/Common.h"
            else if (isOption(o, side(core::Exclusion::Order::Before), { u"avant", u"before" }))
#include "gui/common/Common.h"
                e.order = core::Exclusion::Order::Before;
#include "gui/common/Common.h"
            else if (isOption(o, side(core::Exclusion::Order::After), { u"après", u"apres", u"after" }))
#include "gui/common/Common.h"
                e.order = core::Exclusion::Order::After;
#include "gui/common/Common.h"
            else if (isOption(o, side(core::Exclusion::Order::Any), { u"les deux", u"both" }))
#include "gui/common/Common.h"
                e.order = core::Exclusion::Order::Any;
#include "gui/common/Common.h"
            else {
#include "gui/common/Common.h"
                *error = lineError(
#include "gui/common/Common.h"
                    l + 1, o,
#include "gui/common/Common.h"
                    QStringLiteral("« %1 », %2, %3")
#include "gui/common/Common.h"
                        .arg(words(3), side(core::Exclusion::Order::Before), side(core::Exclusion::Order::After)));
#include "gui/common/Common.h"
                return std::nullopt;
#include "gui/common/Common.h"
            }
#include "gui/common/Common.h"
        }
#include "gui/common/Common.h"
        out.push_back(std::move(e));
#include "gui/common/Common.h"
    }
#include "gui/common/Common.h"
    return out;
#include "gui/common/Common.h"
}
#include "gui/common/Common.h"

#include "gui/common/Common.h"
QString RuleEntries::describe(const core::Rule &rule)
#include "gui/common/Common.h"
{
#include "gui/common/Common.h"
    constexpr std::size_t kShown = 4; // entries a line shows before "… (+n)": a line each, mostly
#include "gui/common/Common.h"
    const auto list = [](const QStringList &entries) {
#include "gui/common/Common.h"
        QStringList shown = entries.mid(0, static_cast<int>(kShown));
#include "gui/common/Common.h"
        for (QString &e : shown)
#include "gui/common/Common.h"
            e = e.toHtmlEscaped();
#include "gui/common/Common.h"
        QString out = shown.join(QStringLiteral(", "));
#include "gui/common/Common.h"
        if (entries.size() > static_cast<int>(kShown))
#include "gui/common/Common.h"
            out += tr(", … (+%1)").arg(entries.size() - static_cast<int>(kShown));
#include "gui/common/Common.h"
        return out;
#include "gui/common/Common.h"
    };
#include "gui/common/Common.h"
    QStringList terms;
#include "gui/common/Common.h"
    for (const core::Term &t : rule.terms)
#include "gui/common/Common.h"
        terms << fromStd(t.text);
#include "gui/common/Common.h"
    QStringList near;
#include "gui/common/Common.h"
    for (const core::Term &t : rule.near)
#include "gui/common/Common.h"
        near << fromStd(t.text);
#include "gui/common/Common.h"
    QStringList unless;
#include "gui/common/Common.h"
    for (const core::Exclusion &e : rule.unless)
#include "gui/common/Common.h"
        unless << fromStd(e.phrase);
#include "gui/common/Common.h"
    const QString where = rule.order == core::Rule::Order::Any ? tr("des deux côtés")
#include "gui/common/Common.h"
        : rule.order == core::Rule::Order::NearBefore ? tr("avant le terme")
#include "gui/common/Common.h"
                                                      : tr("après le terme");
#include "gui/common/Common.h"
    const QString scope
#include "gui/common/Common.h"
        = rule.scope == core::Rule::Scope::Sentence ? tr("dans la même phrase") : tr("dans le même paragraphe");
#include "gui/common/Common.h"
    QString out = tr("<b>Compte</b> %1").arg(list(terms));
#include "gui/common/Common.h"
    out += QStringLiteral("<br>")
#include "gui/common/Common.h"
        + tr("<b>près de</b> (%1 ou moins, %2, %3) %4").arg(words(rule.window), where, scope, list(near));
#include "gui/common/Common.h"
    if (!unless.isEmpty())
#include "gui/common/Common.h"
        out += QStringLiteral("<br>") + tr("<b>sauf près de</b> %1").arg(list(unless));
#include "gui/common/Common.h"
    return out;
#include "gui/common/Common.h"
}
#include "gui/common/Common.h"

#include "gui/common/Common.h"
QString RuleEntries::summary(const std::vector<core::Term> &terms)
#include "gui/common/Common.h"
{
#include "gui/common/Common.h"
    QStringList out;
#include "gui/common/Common.h"
    for (const core::Term &t : terms)
#include "gui/common/Common.h"
        out << fromStd(t.text);
#include "gui/common/Common.h"
    return out.join(QStringLiteral(" · "));
#include "gui/common/Common.h"
}
#include "gui/common/Common.h"

#include "gui/common/Common.h"
QString RuleEntries::summary(const std::vector<core::Exclusion> &exclusions)
#include "gui/common/Common.h"
{
#include "gui/common/Common.h"
    QStringList out;
#include "gui/common/Common.h"
    for (const core::Exclusion &e : exclusions)
#include "gui/common/Common.h"
        out << fromStd(e.phrase);
#include "gui/common/Common.h"
    return out.join(QStringLiteral(" · "));
#include "gui/common/Common.h"
}
#include "gui/common/Common.h"

#include "gui/common/Common.h"
} // namespace vigie::gui

// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/dictionary/RuleEntries.h"

#include "gui/common/Common.h"

#include <QRegularExpression>

#include <algorithm>

namespace vigie::gui {

namespace {

// What split() reads back.
QString entryLine(const std::string &text, const QStringList &options)
{
    return options.isEmpty() ? fromStd(text) : QStringLiteral("%1 [%2]").arg(fromStd(text), options.join(u", "));
}

// "texte [options]": the text, and the options between the last brackets (none: empty).
std::pair<QString, QStringList> split(const QString &line)
{
    static const QRegularExpression bracketed(QStringLiteral("^(.*?)\\s*\\[([^\\[\\]]*)\\]\\s*$"));
    const auto m = bracketed.match(line);
    if (!m.hasMatch())
        return { line.simplified(), {} };
    QStringList options;
    for (const QString &o : m.captured(2).split(u',', Qt::SkipEmptyParts))
        if (!o.simplified().isEmpty())
            options << o.simplified().toLower();
    return { m.captured(1).simplified(), options };
}

// An option as written in the interface's language or in either language of Vigie.
bool isOption(const QString &option, const QString &translated, std::initializer_list<const char16_t *> sources)
{
    if (option == translated.toLower())
        return true;
    return std::any_of(sources.begin(), sources.end(),
                       [&option](const char16_t *s) { return option == QString::fromUtf16(s); });
}

QString lineError(int line, const QString &option, const QString &expected)
{
    return RuleEntries::tr("ligne %1 : « %2 » n'est pas une option (%3)").arg(line).arg(option, expected);
}

} // namespace

QString RuleEntries::words(int n)
{
    return n <= 1 ? tr("%1 mot").arg(n) : tr("%1 mots").arg(n);
}

QStringList RuleEntries::sides()
{
    return { tr("les deux"), tr("avant"), tr("après") };
}

QString RuleEntries::side(core::Rule::Order order)
{
    return sides().value(static_cast<int>(order));
}

QString RuleEntries::side(core::Exclusion::Order order)
{
    return sides().value(static_cast<int>(order));
}

QStringList RuleEntries::scopes()
{
    return { tr("phrase"), tr("paragraphe") };
}

QString RuleEntries::scope(core::Rule::Scope scope)
{
    return scopes().value(static_cast<int>(scope));
}

QString RuleEntries::termsText(const std::vector<core::Term> &terms)
{
    QStringList lines;
    for (const core::Term &t : terms) {
        QStringList options;
        if (t.exact)
            options << tr("exact");
        if (t.stem)
            options << tr("racine");
        if (!t.plural)
            options << tr("sans pluriel");
        lines << entryLine(t.text, options);
    }
    return lines.join(u'\n');
}

std::optional<std::vector<core::Term>> RuleEntries::parseTerms(const QString &text,
                                                               const std::vector<core::Term> &before, QString *error)
{
    std::vector<core::Term> out;
    const QStringList lines = text.split(u'\n');
    for (int l = 0; l < lines.size(); ++l) {
        const auto [words, options] = split(lines[l]);
        if (words.isEmpty())
            continue;
        core::Term term;
        term.text = words.toStdString();
        for (const core::Term &old : before)
            if (old.text == term.text)
                term.note = old.note;
        for (const QString &o : options) {
            if (isOption(o, tr("exact"), { u"exact" }))
                term.exact = true;
            else if (isOption(o, tr("racine"), { u"racine", u"stem" }))
                term.stem = true;
            else if (isOption(o, tr("sans pluriel"), { u"sans pluriel", u"no plural" }))
                term.plural = false;
            else {
                *error = lineError(l + 1, o,
                                   QStringLiteral("%1, %2, %3").arg(tr("exact"), tr("racine"), tr("sans pluriel")));
                return std::nullopt;
            }
        }
        out.push_back(std::move(term));
    }
    return out;
}

QString RuleEntries::exclusionsText(const std::vector<core::Exclusion> &exclusions)
{
    QStringList lines;
    for (const core::Exclusion &e : exclusions) {
        QStringList options;
        if (e.window > 0)
            options << words(e.window);
        if (e.order != core::Exclusion::Order::Any)
            options << side(e.order);
        lines << entryLine(e.phrase, options);
    }
    return lines.join(u'\n');
}

std::optional<std::vector<core::Exclusion>> RuleEntries::parseExclusions(const QString &text, QString *error)
{
    static const QRegularExpression window(QStringLiteral("^(\\d+)\\s*(\\S*)$"));
    std::vector<core::Exclusion> out;
    const QStringList lines = text.split(u'\n');
    for (int l = 0; l < lines.size(); ++l) {
        const auto [phrase, options] = split(lines[l]);
        if (phrase.isEmpty())
            continue;
        core::Exclusion e;
        e.phrase = phrase.toStdString();
        for (const QString &o : options) {
            const auto m = window.match(o);
            const QString unit = m.hasMatch() ? m.captured(2) : QString();
            // "3 mots", "3 words", "3"
            if (m.hasMatch() && (unit.isEmpty() || unit.startsWith(u"mot") || unit.startsWith(u"word")))
                e.window = m.captured(1).toInt();
            else if (isOption(o, side(core::Exclusion::Order::Before), { u"avant", u"before" }))
                e.order = core::Exclusion::Order::Before;
            else if (isOption(o, side(core::Exclusion::Order::After), { u"après", u"apres", u"after" }))
                e.order = core::Exclusion::Order::After;
            else if (isOption(o, side(core::Exclusion::Order::Any), { u"les deux", u"both" }))
                e.order = core::Exclusion::Order::Any;
            else {
                *error = lineError(
                    l + 1, o,
                    QStringLiteral("« %1 », %2, %3")
                        .arg(words(3), side(core::Exclusion::Order::Before), side(core::Exclusion::Order::After)));
                return std::nullopt;
            }
        }
        out.push_back(std::move(e));
    }
    return out;
}

QString RuleEntries::describe(const core::Rule &rule)
{
    constexpr std::size_t kShown = 4; // entries a line shows before "… (+n)": a line each, mostly
    const auto list = [](const QStringList &entries) {
        QStringList shown = entries.mid(0, static_cast<int>(kShown));
        for (QString &e : shown)
            e = e.toHtmlEscaped();
        QString out = shown.join(QStringLiteral(", "));
        if (entries.size() > static_cast<int>(kShown))
            out += tr(", … (+%1)").arg(entries.size() - static_cast<int>(kShown));
        return out;
    };
    QStringList terms;
    for (const core::Term &t : rule.terms)
        terms << fromStd(t.text);
    QStringList near;
    for (const core::Term &t : rule.near)
        near << fromStd(t.text);
    QStringList unless;
    for (const core::Exclusion &e : rule.unless)
        unless << fromStd(e.phrase);
    const QString where = rule.order == core::Rule::Order::Any ? tr("des deux côtés")
        : rule.order == core::Rule::Order::NearBefore          ? tr("avant le terme")
                                                               : tr("après le terme");
    const QString scope
        = rule.scope == core::Rule::Scope::Sentence ? tr("dans la même phrase") : tr("dans le même paragraphe");
    QString out = tr("<b>Compte</b> %1").arg(list(terms));
    out += QStringLiteral("<br>")
        + tr("<b>près de</b> (%1 ou moins, %2, %3) %4").arg(words(rule.window), where, scope, list(near));
    if (!unless.isEmpty())
        out += QStringLiteral("<br>") + tr("<b>sauf près de</b> %1").arg(list(unless));
    return out;
}

QString RuleEntries::summary(const std::vector<core::Term> &terms)
{
    QStringList out;
    for (const core::Term &t : terms)
        out << fromStd(t.text);
    return out.join(QStringLiteral(" · "));
}

QString RuleEntries::summary(const std::vector<core::Exclusion> &exclusions)
{
    QStringList out;
    for (const core::Exclusion &e : exclusions)
        out << fromStd(e.phrase);
    return out.join(QStringLiteral(" · "));
}

} // namespace vigie::gui

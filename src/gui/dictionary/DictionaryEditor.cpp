#include "gui/common/Common.h"
// SPDX-FileCopyrightText: 2026 Vigie contributors
#include "gui/common/Common.h"
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/common/Common.h"
#include "gui/dictionary/DictionaryEditor.h"

#include "gui/common/Common.h"
#include <QColor>
#include <QRegularExpression>
#include <QUndoCommand>

#include "gui/common/Common.h"
#include <algorithm>

#include "gui/common/Common.h"
namespace vigie::gui {
#include "gui/common/Common.h"

#include "gui/common/Common.h"
// One edit: the dictionary before and after it.
#include "gui/common/Common.h"
class DictionarySnapshot : public QUndoCommand
#include "gui/common/Common.h"
{
#include "gui/common/Common.h"
public:
#include "gui/common/Common.h"
    DictionarySnapshot(DictionaryEditor &editor, core::Dictionary before, core::Dictionary after, const QString &text)
#include "gui/common/Common.h"
        : QUndoCommand(text)
#include "gui/common/Common.h"
        , m_editor(editor)
#include "gui/common/Common.h"
        , m_before(std::move(before))
#include "gui/common/Common.h"
        , m_after(std::move(after))
#include "gui/common/Common.h"
    { }
#include "gui/common/Common.h"
    void undo() override
    {
        m_editor.set(m_before);
    }
#include "gui/common/Common.h"
    void redo() override
    {
        m_editor.set(m_after);
    }
#include "gui/common/Common.h"

#include "gui/common/Common.h"
private:
#include "gui/common/Common.h"
    DictionaryEditor &m_editor;
#include "gui/common/Common.h"
    core::Dictionary m_before;
#include "gui/common/Common.h"
    core::Dictionary m_after;
#include "gui/common/Common.h"
};
#include "gui/common/Common.h"

#include "gui/common/Common.h"
namespace {
#include "gui/common/Common.h"

#include "gui/common/Common.h"
core::Theme *findTheme(core::Dictionary &d, const QString &id)
#include "gui/common/Common.h"
{
#include "gui/common/Common.h"
    const int i = d.themeIndex(id.toStdString());
#include "gui/common/Common.h"
    return i < 0 ? nullptr : &d.themes()[static_cast<std::size_t>(i)];
#include "gui/common/Common.h"
}
#include "gui/common/Common.h"

#include "gui/common/Common.h"
bool validIndex(int i, std::size_t size)
#include "gui/common/Common.h"
{
#include "gui/common/Common.h"
    return i >= 0 && static_cast<std::size_t>(i) < size;
#include "gui/common/Common.h"
}
#include "gui/common/Common.h"

#include "gui/common/Common.h"
QString describe(const core::DictionaryError &e)
#include "gui/common/Common.h"
{
#include "gui/common/Common.h"
    // The line of a dictionary being edited means nothing to its editor: the problem says which term.
#include "gui/common/Common.h"
    return QString::fromStdString(e.problem());
#include "gui/common/Common.h"
}
#include "gui/common/Common.h"

#include "gui/common/Common.h"
// Equal for the matcher and for people; `line` (where a loaded file had it) does not count.
#include "gui/common/Common.h"
bool sameExclusion(const core::Exclusion &a, const core::Exclusion &b)
#include "gui/common/Common.h"
{
#include "gui/common/Common.h"
    return a.phrase == b.phrase && a.window == b.window && a.order == b.order;
#include "gui/common/Common.h"
}
#include "gui/common/Common.h"

#include "gui/common/Common.h"
template <typename T, typename Same> bool sameList(const std::vector<T> &a, const std::vector<T> &b, Same same)
#include "gui/common/Common.h"
{
#include "gui/common/Common.h"
    return std::equal(a.begin(), a.end(), b.begin(), b.end(), same);
#include "gui/common/Common.h"
}
#include "gui/common/Common.h"

#include "gui/common/Common.h"
bool sameTerm(const core::Term &a, const core::Term &b)
#include "gui/common/Common.h"
{
#include "gui/common/Common.h"
    return a.text == b.text && a.exact == b.exact && a.stem == b.stem && a.plural == b.plural && a.note == b.note
#include "gui/common/Common.h"
        && sameList(a.exclusions, b.exclusions, sameExclusion);
#include "gui/common/Common.h"
}
#include "gui/common/Common.h"

#include "gui/common/Common.h"
bool sameRule(const core::Rule &a, const core::Rule &b)
#include "gui/common/Common.h"
{
#include "gui/common/Common.h"
    return a.name == b.name && a.window == b.window && a.order == b.order && a.scope == b.scope && a.note == b.note
#include "gui/common/Common.h"
        && sameList(a.terms, b.terms, sameTerm) && sameList(a.near, b.near, sameTerm)
#include "gui/common/Common.h"
        && sameList(a.unless, b.unless, sameExclusion);
#include "gui/common/Common.h"
}
#include "gui/common/Common.h"

#include "gui/common/Common.h"
std::string simplified(const std::string &s)
#include "gui/common/Common.h"
{
#include "gui/common/Common.h"
    return QString::fromStdString(s).simplified().toStdString();
#include "gui/common/Common.h"
}
#include "gui/common/Common.h"

#include "gui/common/Common.h"
// The rule as it will be stored: names and words without stray spaces, empty entries dropped.
#include "gui/common/Common.h"
core::Rule tidied(core::Rule rule)
#include "gui/common/Common.h"
{
#include "gui/common/Common.h"
    rule.name = simplified(rule.name);
#include "gui/common/Common.h"
    rule.note = QString::fromStdString(rule.note).trimmed().toStdString();
#include "gui/common/Common.h"
    for (auto *list : { &rule.terms, &rule.near }) {
#include "gui/common/Common.h"
        for (auto &t : *list)
#include "gui/common/Common.h"
            t.text = simplified(t.text);
#include "gui/common/Common.h"
        std::erase_if(*list, [](const core::Term &t) { return t.text.empty(); });
#include "gui/common/Common.h"
    }
#include "gui/common/Common.h"
    for (auto &e : rule.unless)
#include "gui/common/Common.h"
        e.phrase = simplified(e.phrase);
#include "gui/common/Common.h"
    std::erase_if(rule.unless, [](const core::Exclusion &e) { return e.phrase.empty(); });
#include "gui/common/Common.h"
    return rule;
#include "gui/common/Common.h"
}
#include "gui/common/Common.h"

#include "gui/common/Common.h"
// Whether the words of a term or phrase hold something to match: the tokenizer finds words in
#include "gui/common/Common.h"
// letters and digits only ("« ! »" has none).
#include "gui/common/Common.h"
bool hasWord(const std::string &text)
#include "gui/common/Common.h"
{
#include "gui/common/Common.h"
    const QString t = QString::fromStdString(text);
#include "gui/common/Common.h"
    return std::any_of(t.begin(), t.end(), [](QChar c) { return c.isLetterOrNumber(); });
#include "gui/common/Common.h"
}
#include "gui/common/Common.h"

#include "gui/common/Common.h"
constexpr int kMaxWindow = 50; // words, as the dictionary format allows
#include "gui/common/Common.h"

#include "gui/common/Common.h"
} // namespace
#include "gui/common/Common.h"

#include "gui/common/Common.h"
DictionaryEditor::DictionaryEditor(QObject *parent)
#include "gui/common/Common.h"
    : QObject(parent)
#include "gui/common/Common.h"
{ }
#include "gui/common/Common.h"

#include "gui/common/Common.h"
void DictionaryEditor::set(const core::Dictionary &dictionary)
#include "gui/common/Common.h"
{
#include "gui/common/Common.h"
    m_dictionary = dictionary;
#include "gui/common/Common.h"
    m_problem.clear();
#include "gui/common/Common.h"
    m_matcher.reset();
#include "gui/common/Common.h"
    try {
#include "gui/common/Common.h"
        m_dictionary.validate();
#include "gui/common/Common.h"
        m_matcher = core::ThemeMatcher::compile(m_dictionary);
#include "gui/common/Common.h"
    } catch (const core::DictionaryError &e) {
#include "gui/common/Common.h"
        m_problem = describe(e);
#include "gui/common/Common.h"
        // What only compiling finds (a rule's word with nothing to match) names the rule's words,
#include "gui/common/Common.h"
        // not the rule: say which rule it is.
#include "gui/common/Common.h"
        if (const QString rule = ruleAtFault(); !rule.isEmpty() && !m_problem.contains(rule))
#include "gui/common/Common.h"
            m_problem = tr("règle « %1 » : %2").arg(rule, m_problem);
#include "gui/common/Common.h"
    }
#include "gui/common/Common.h"
    emit changed();
#include "gui/common/Common.h"
}
#include "gui/common/Common.h"

#include "gui/common/Common.h"
QString DictionaryEditor::ruleAtFault() const
#include "gui/common/Common.h"
{
#include "gui/common/Common.h"
    for (const core::Theme &theme : m_dictionary.themes())
#include "gui/common/Common.h"
        for (const core::Rule &rule : theme.rules) {
#include "gui/common/Common.h"
            core::Dictionary alone; // the rule in its theme, without the theme's terms and parent
#include "gui/common/Common.h"
            core::Theme t = theme;
#include "gui/common/Common.h"
            t.parent.clear();
#include "gui/common/Common.h"
            t.terms.clear();
#include "gui/common/Common.h"
            t.exclusions.clear();
#include "gui/common/Common.h"
            t.rules = { rule };
#include "gui/common/Common.h"
            alone.themes().push_back(std::move(t));
#include "gui/common/Common.h"
            try {
#include "gui/common/Common.h"
                core::ThemeMatcher::compile(alone);
#include "gui/common/Common.h"
            } catch (const core::DictionaryError &) {
#include "gui/common/Common.h"
                return fromStd(rule.name);
#include "gui/common/Common.h"
            }
#include "gui/common/Common.h"
        }
#include "gui/common/Common.h"
    return {};
#include "gui/common/Common.h"
}
#include "gui/common/Common.h"

#include "gui/common/Common.h"
bool DictionaryEditor::refuse(const QString &why)
#include "gui/common/Common.h"
{
#include "gui/common/Common.h"
    m_refusal = why;
#include "gui/common/Common.h"
    emit refused(why);
#include "gui/common/Common.h"
    return false;
#include "gui/common/Common.h"
}
#include "gui/common/Common.h"

#include "gui/common/Common.h"
void DictionaryEditor::load(core::Dictionary dictionary)
#include "gui/common/Common.h"
{
#include "gui/common/Common.h"
    m_undo.clear();
#include "gui/common/Common.h"
    set(dictionary);
#include "gui/common/Common.h"
}
#include "gui/common/Common.h"

#include "gui/common/Common.h"
void DictionaryEditor::replace(core::Dictionary dictionary)
#include "gui/common/Common.h"
{
#include "gui/common/Common.h"
    apply(std::move(dictionary), tr("importer un dictionnaire"));
#include "gui/common/Common.h"
}
#include "gui/common/Common.h"

#include "gui/common/Common.h"
void DictionaryEditor::apply(core::Dictionary after, const QString &text)
#include "gui/common/Common.h"
{
#include "gui/common/Common.h"
    m_refusal.clear();
#include "gui/common/Common.h"
    m_undo.push(new DictionarySnapshot(*this, m_dictionary, std::move(after), text));
#include "gui/common/Common.h"
}
#include "gui/common/Common.h"

#include "gui/common/Common.h"
const core::Theme *DictionaryEditor::theme(const QString &id) const
#include "gui/common/Common.h"
{
#include "gui/common/Common.h"
    const int i = m_dictionary.themeIndex(id.toStdString());
#include "gui/common/Common.h"
    return i < 0 ? nullptr : &m_dictionary.themes()[static_cast<std::size_t>(i)];
#include "gui/common/Common.h"
}
#include "gui/common/Common.h"

#include "gui/common/Common.h"
QString DictionaryEditor::themeIdFor(const QString &label, const core::Dictionary &dictionary)
#include "gui/common/Common.h"
{
#include "gui/common/Common.h"
    QString folded = label.normalized(QString::NormalizationForm_KD).toLower();
#include "gui/common/Common.h"
    QString id;
#include "gui/common/Common.h"
    for (const QChar c : folded) {
#include "gui/common/Common.h"
        if (c.isLetterOrNumber() && c.unicode() < 128)
#include "gui/common/Common.h"
            id += c;
#include "gui/common/Common.h"
        else if (c.isSpace() || c == u'-' || c == u'\'' || c == u'_' || c == u'’')
#include "gui/common/Common.h"
            id += u'_';
#include "gui/common/Common.h"
    }
#include "gui/common/Common.h"
    id = id.split(u'_', Qt::SkipEmptyParts).join(u'_');
#include "gui/common/Common.h"
    if (id.isEmpty() || !id.front().isLetter())
#include "gui/common/Common.h"
        id.prepend(QStringLiteral("theme_"));
#include "gui/common/Common.h"
    QString unique = id;
#include "gui/common/Common.h"
    for (int n = 2; dictionary.themeIndex(unique.toStdString()) >= 0; ++n)
#include "gui/common/Common.h"
        unique = id + u'_' + QString::number(n);
#include "gui/common/Common.h"
    return unique;
#include "gui/common/Common.h"
}
#include "gui/common/Common.h"

#include "gui/common/Common.h"
QString DictionaryEditor::nextVersion(const QString &version)
#include "gui/common/Common.h"
{
#include "gui/common/Common.h"
    static const QRegularExpression numbered(QStringLiteral("^(.*)-(\\d+)$"));
#include "gui/common/Common.h"
    const auto m = numbered.match(version);
#include "gui/common/Common.h"
    if (m.hasMatch())
#include "gui/common/Common.h"
        return m.captured(1) + u'-' + QString::number(m.captured(2).toInt() + 1);
#include "gui/common/Common.h"
    return version.isEmpty() ? QStringLiteral("1") : version + QStringLiteral("-1");
#include "gui/common/Common.h"
}
#include "gui/common/Common.h"

#include "gui/common/Common.h"
QString DictionaryEditor::addTheme(const QString &parentId, const QString &label)
#include "gui/common/Common.h"
{
#include "gui/common/Common.h"
    const QString trimmed = label.trimmed();
#include "gui/common/Common.h"
    if (trimmed.isEmpty() || (!parentId.isEmpty() && !theme(parentId)))
#include "gui/common/Common.h"
        return {};
#include "gui/common/Common.h"
    core::Dictionary d = m_dictionary;
#include "gui/common/Common.h"
    core::Theme t;
#include "gui/common/Common.h"
    t.id = themeIdFor(trimmed, d).toStdString();
#include "gui/common/Common.h"
    t.labelFr = trimmed.toStdString();
#include "gui/common/Common.h"
    t.parent = parentId.toStdString();
#include "gui/common/Common.h"
    // A child starts with its parent's colour: the analyst changes it if it must stand apart.
#include "gui/common/Common.h"
    const core::Theme *parent = theme(parentId);
#include "gui/common/Common.h"
    t.colour = parent ? parent->colour : std::string("#0072B2");
#include "gui/common/Common.h"
    // After the parent's last descendant, so that the file reads as the tree does.
#include "gui/common/Common.h"
    std::size_t at = d.themes().size();
#include "gui/common/Common.h"
    if (parent) {
#include "gui/common/Common.h"
        const int p = d.themeIndex(parentId.toStdString());
#include "gui/common/Common.h"
        at = static_cast<std::size_t>(p) + 1;
#include "gui/common/Common.h"
        while (at < d.themes().size()) {
#include "gui/common/Common.h"
            const auto up = d.ancestors(static_cast<int>(at));
#include "gui/common/Common.h"
            if (std::find(up.begin(), up.end(), p) == up.end())
#include "gui/common/Common.h"
                break;
#include "gui/common/Common.h"
            ++at;
#include "gui/common/Common.h"
        }
#include "gui/common/Common.h"
    }
#include "gui/common/Common.h"
    const QString id = QString::fromStdString(t.id);
#include "gui/common/Common.h"
    d.themes().insert(d.themes().begin() + static_cast<std::ptrdiff_t>(at), std::move(t));
#include "gui/common/Common.h"
    apply(std::move(d), tr("ajouter le thème « %1 »").arg(trimmed));
#include "gui/common/Common.h"
    return id;
#include "gui/common/Common.h"
}
#include "gui/common/Common.h"

#include "gui/common/Common.h"
bool DictionaryEditor::removeTheme(const QString &id)
#include "gui/common/Common.h"
{
#include "gui/common/Common.h"
    const int root = m_dictionary.themeIndex(id.toStdString());
#include "gui/common/Common.h"
    if (root < 0)
#include "gui/common/Common.h"
        return false;
#include "gui/common/Common.h"
    core::Dictionary d = m_dictionary;
#include "gui/common/Common.h"
    std::vector<core::Theme> kept;
#include "gui/common/Common.h"
    for (std::size_t t = 0; t < d.themes().size(); ++t) {
#include "gui/common/Common.h"
        const auto up = d.ancestors(static_cast<int>(t));
#include "gui/common/Common.h"
        if (static_cast<int>(t) != root && std::find(up.begin(), up.end(), root) == up.end())
#include "gui/common/Common.h"
            kept.push_back(d.themes()[t]);
#include "gui/common/Common.h"
    }
#include "gui/common/Common.h"
    const QString label = QString::fromStdString(m_dictionary.themes()[static_cast<std::size_t>(root)].labelFr);
#include "gui/common/Common.h"
    d.themes() = std::move(kept);
#include "gui/common/Common.h"
    apply(std::move(d), tr("supprimer le thème « %1 »").arg(label));
#include "gui/common/Common.h"
    return true;
#include "gui/common/Common.h"
}
#include "gui/common/Common.h"

#include "gui/common/Common.h"
bool DictionaryEditor::setThemeField(const QString &id, ThemeField field, const QString &value)
#include "gui/common/Common.h"
{
#include "gui/common/Common.h"
    core::Dictionary d = m_dictionary;
#include "gui/common/Common.h"
    core::Theme *t = findTheme(d, id);
#include "gui/common/Common.h"
    if (!t)
#include "gui/common/Common.h"
        return false;
#include "gui/common/Common.h"
    std::string *target = nullptr;
#include "gui/common/Common.h"
    QString what;
#include "gui/common/Common.h"
    switch (field) {
#include "gui/common/Common.h"
    case ThemeField::LabelFr:
#include "gui/common/Common.h"
        target = &t->labelFr;
#include "gui/common/Common.h"
        what = tr("renommer le thème");
#include "gui/common/Common.h"
        break;
#include "gui/common/Common.h"
    case ThemeField::LabelEn:
#include "gui/common/Common.h"
        target = &t->labelEn;
#include "gui/common/Common.h"
        what = tr("renommer le thème en anglais");
#include "gui/common/Common.h"
        break;
#include "gui/common/Common.h"
    case ThemeField::Colour:
#include "gui/common/Common.h"
        target = &t->colour;
#include "gui/common/Common.h"
        what = tr("changer la couleur du thème");
#include "gui/common/Common.h"
        break;
#include "gui/common/Common.h"
    case ThemeField::Description:
#include "gui/common/Common.h"
        target = &t->description;
#include "gui/common/Common.h"
        what = tr("décrire le thème");
#include "gui/common/Common.h"
        break;
#include "gui/common/Common.h"
    }
#include "gui/common/Common.h"
    QString v = value.trimmed();
#include "gui/common/Common.h"
    if (field == ThemeField::Colour) {
#include "gui/common/Common.h"
        const QColor c(v);
#include "gui/common/Common.h"
        if (!c.isValid())
#include "gui/common/Common.h"
            return false;
#include "gui/common/Common.h"
        v = c.name().toUpper();
#include "gui/common/Common.h"
    }
#include "gui/common/Common.h"
    if (field == ThemeField::LabelFr && v.isEmpty())
#include "gui/common/Common.h"
        return false; // a theme must be named
#include "gui/common/Common.h"
    if (*target == v.toStdString())
#include "gui/common/Common.h"
        return false;
#include "gui/common/Common.h"
    *target = v.toStdString();
#include "gui/common/Common.h"
    apply(std::move(d), what);
#include "gui/common/Common.h"
    return true;
#include "gui/common/Common.h"
}
#include "gui/common/Common.h"

#include "gui/common/Common.h"
int DictionaryEditor::addTerm(const QString &themeId, const QString &text)
#include "gui/common/Common.h"
{
#include "gui/common/Common.h"
    const QString trimmed = text.simplified();
#include "gui/common/Common.h"
    core::Dictionary d = m_dictionary;
#include "gui/common/Common.h"
    core::Theme *t = findTheme(d, themeId);
#include "gui/common/Common.h"
    if (!t || trimmed.isEmpty())
#include "gui/common/Common.h"
        return -1;
#include "gui/common/Common.h"
    core::Term term;
#include "gui/common/Common.h"
    term.text = trimmed.toStdString();
#include "gui/common/Common.h"
    t->terms.push_back(std::move(term));
#include "gui/common/Common.h"
    const int index = static_cast<int>(t->terms.size()) - 1;
#include "gui/common/Common.h"
    apply(std::move(d), tr("ajouter le terme « %1 »").arg(trimmed));
#include "gui/common/Common.h"
    return index;
#include "gui/common/Common.h"
}
#include "gui/common/Common.h"

#include "gui/common/Common.h"
bool DictionaryEditor::removeTerm(const QString &themeId, int term)
#include "gui/common/Common.h"
{
#include "gui/common/Common.h"
    core::Dictionary d = m_dictionary;
#include "gui/common/Common.h"
    core::Theme *t = findTheme(d, themeId);
#include "gui/common/Common.h"
    if (!t || !validIndex(term, t->terms.size()))
#include "gui/common/Common.h"
        return false;
#include "gui/common/Common.h"
    const QString text = QString::fromStdString(t->terms[static_cast<std::size_t>(term)].text);
#include "gui/common/Common.h"
    t->terms.erase(t->terms.begin() + term);
#include "gui/common/Common.h"
    apply(std::move(d), tr("supprimer le terme « %1 »").arg(text));
#include "gui/common/Common.h"
    return true;
#include "gui/common/Common.h"
}
#include "gui/common/Common.h"

#include "gui/common/Common.h"
bool DictionaryEditor::setTerm(const QString &themeId, int term, const core::Term &value)
#include "gui/common/Common.h"
{
#include "gui/common/Common.h"
    core::Dictionary d = m_dictionary;
#include "gui/common/Common.h"
    core::Theme *t = findTheme(d, themeId);
#include "gui/common/Common.h"
    if (!t || !validIndex(term, t->terms.size()))
#include "gui/common/Common.h"
        return false;
#include "gui/common/Common.h"
    core::Term &target = t->terms[static_cast<std::size_t>(term)];
#include "gui/common/Common.h"
    core::Term v = value;
#include "gui/common/Common.h"
    v.text = QString::fromStdString(v.text).simplified().toStdString();
#include "gui/common/Common.h"
    if (v.text.empty())
#include "gui/common/Common.h"
        return false;
#include "gui/common/Common.h"
    if (sameTerm(v, target))
#include "gui/common/Common.h"
        return false;
#include "gui/common/Common.h"
    const QString before = QString::fromStdString(target.text);
#include "gui/common/Common.h"
    v.line = target.line;
#include "gui/common/Common.h"
    target = std::move(v);
#include "gui/common/Common.h"
    apply(std::move(d), tr("modifier le terme « %1 »").arg(before));
#include "gui/common/Common.h"
    return true;
#include "gui/common/Common.h"
}
#include "gui/common/Common.h"

#include "gui/common/Common.h"
std::vector<core::Exclusion> *DictionaryEditor::exclusionsIn(core::Dictionary &d, const QString &themeId,
#include "gui/common/Common.h"
                                                             ExclusionOwner owner) const
#include "gui/common/Common.h"
{
#include "gui/common/Common.h"
    core::Theme *t = findTheme(d, themeId);
#include "gui/common/Common.h"
    if (!t)
#include "gui/common/Common.h"
        return nullptr;
#include "gui/common/Common.h"
    if (owner.isRule())
#include "gui/common/Common.h"
        return validIndex(owner.rule, t->rules.size()) ? &t->rules[static_cast<std::size_t>(owner.rule)].unless
#include "gui/common/Common.h"
                                                       : nullptr;
#include "gui/common/Common.h"
    if (owner.term < 0)
#include "gui/common/Common.h"
        return &t->exclusions;
#include "gui/common/Common.h"
    return validIndex(owner.term, t->terms.size()) ? &t->terms[static_cast<std::size_t>(owner.term)].exclusions
#include "gui/common/Common.h"
                                                   : nullptr;
#include "gui/common/Common.h"
}
#include "gui/common/Common.h"

#include "gui/common/Common.h"
const std::vector<core::Exclusion> *DictionaryEditor::exclusions(const QString &themeId, ExclusionOwner owner) const
#include "gui/common/Common.h"
{
#include "gui/common/Common.h"
    return exclusionsIn(const_cast<core::Dictionary &>(m_dictionary), themeId, owner);
#include "gui/common/Common.h"
}
#include "gui/common/Common.h"

#include "gui/common/Common.h"
int DictionaryEditor::addExclusion(const QString &themeId, ExclusionOwner owner, const QString &phrase, int window,
#include "gui/common/Common.h"
                                   core::Exclusion::Order order)
#include "gui/common/Common.h"
{
#include "gui/common/Common.h"
    const QString trimmed = phrase.simplified();
#include "gui/common/Common.h"
    core::Dictionary d = m_dictionary;
#include "gui/common/Common.h"
    auto *list = exclusionsIn(d, themeId, owner);
#include "gui/common/Common.h"
    if (!list || trimmed.isEmpty())
#include "gui/common/Common.h"
        return -1;
#include "gui/common/Common.h"
    if (window < 0 || window > kMaxWindow) {
#include "gui/common/Common.h"
        refuse(tr("La fenêtre d'une exclusion va de 0 à %1 mots.").arg(kMaxWindow));
#include "gui/common/Common.h"
        return -1;
#include "gui/common/Common.h"
    }
#include "gui/common/Common.h"
    core::Exclusion e;
#include "gui/common/Common.h"
    e.phrase = trimmed.toStdString();
#include "gui/common/Common.h"
    e.window = window;
#include "gui/common/Common.h"
    e.order = order;
#include "gui/common/Common.h"
    list->push_back(e);
#include "gui/common/Common.h"
    const int index = static_cast<int>(list->size()) - 1;
#include "gui/common/Common.h"
    apply(std::move(d), tr("ajouter l'exclusion « %1 »").arg(trimmed));
#include "gui/common/Common.h"
    return index;
#include "gui/common/Common.h"
}
#include "gui/common/Common.h"

#include "gui/common/Common.h"
bool DictionaryEditor::removeExclusion(const QString &themeId, ExclusionOwner owner, int exclusion)
#include "gui/common/Common.h"
{
#include "gui/common/Common.h"
    core::Dictionary d = m_dictionary;
#include "gui/common/Common.h"
    auto *list = exclusionsIn(d, themeId, owner);
#include "gui/common/Common.h"
    if (!list || !validIndex(exclusion, list->size()))
#include "gui/common/Common.h"
        return false;
#include "gui/common/Common.h"
    const QString phrase = fromStd((*list)[static_cast<std::size_t>(exclusion)].phrase);
#include "gui/common/Common.h"
    list->erase(list->begin() + exclusion);
#include "gui/common/Common.h"
    apply(std::move(d), tr("supprimer l'exclusion « %1 »").arg(phrase));
#include "gui/common/Common.h"
    return true;
#include "gui/common/Common.h"
}
#include "gui/common/Common.h"

#include "gui/common/Common.h"
bool DictionaryEditor::setExclusion(const QString &themeId, ExclusionOwner owner, int exclusion,
#include "gui/common/Common.h"
                                    const core::Exclusion &value)
#include "gui/common/Common.h"
{
#include "gui/common/Common.h"
    core::Dictionary d = m_dictionary;
#include "gui/common/Common.h"
    auto *list = exclusionsIn(d, themeId, owner);
#include "gui/common/Common.h"
    if (!list || !validIndex(exclusion, list->size()))
#include "gui/common/Common.h"
        return false;
#include "gui/common/Common.h"
    core::Exclusion &target = (*list)[static_cast<std::size_t>(exclusion)];
#include "gui/common/Common.h"
    core::Exclusion v = value;
#include "gui/common/Common.h"
    v.phrase = simplified(v.phrase);
#include "gui/common/Common.h"
    v.line = target.line;
#include "gui/common/Common.h"
    if (v.phrase.empty() || sameExclusion(v, target))
#include "gui/common/Common.h"
        return false;
#include "gui/common/Common.h"
    if (v.window < 0 || v.window > kMaxWindow)
#include "gui/common/Common.h"
        return refuse(tr("La fenêtre d'une exclusion va de 0 à %1 mots.").arg(kMaxWindow));
#include "gui/common/Common.h"
    target = v;
#include "gui/common/Common.h"
    apply(std::move(d), tr("modifier l'exclusion « %1 »").arg(fromStd(v.phrase)));
#include "gui/common/Common.h"
    return true;
#include "gui/common/Common.h"
}
#include "gui/common/Common.h"

#include "gui/common/Common.h"
const core::Rule *DictionaryEditor::rule(const QString &themeId, int rule) const
#include "gui/common/Common.h"
{
#include "gui/common/Common.h"
    const core::Theme *t = theme(themeId);
#include "gui/common/Common.h"
    return t && validIndex(rule, t->rules.size()) ? &t->rules[static_cast<std::size_t>(rule)] : nullptr;
#include "gui/common/Common.h"
}
#include "gui/common/Common.h"

#include "gui/common/Common.h"
QString DictionaryEditor::ruleProblem(const QString &themeId, int index, const core::Rule &value) const
#include "gui/common/Common.h"
{
#include "gui/common/Common.h"
    const core::Rule rule = tidied(value);
#include "gui/common/Common.h"
    const QString name = fromStd(rule.name);
#include "gui/common/Common.h"
    if (name.isEmpty())
#include "gui/common/Common.h"
        return tr("Une règle doit avoir un nom.");
#include "gui/common/Common.h"
    for (const core::Theme &t : m_dictionary.themes())
#include "gui/common/Common.h"
        for (std::size_t r = 0; r < t.rules.size(); ++r)
#include "gui/common/Common.h"
            if (t.rules[r].name == rule.name && !(fromStd(t.id) == themeId && static_cast<int>(r) == index))
#include "gui/common/Common.h"
                return tr("« %1 » est déjà le nom d'une règle du thème « %2 » : chaque règle a le sien.")
#include "gui/common/Common.h"
                    .arg(name, fromStd(t.labelFr));
#include "gui/common/Common.h"
    if (rule.terms.empty())
#include "gui/common/Common.h"
        return tr("La règle « %1 » doit avoir au moins un terme.").arg(name);
#include "gui/common/Common.h"
    if (rule.near.empty())
#include "gui/common/Common.h"
        return tr("La règle « %1 » doit avoir au moins un mot de contexte.").arg(name);
#include "gui/common/Common.h"
    if (rule.window < 1 || rule.window > kMaxWindow)
#include "gui/common/Common.h"
        return tr("La fenêtre de la règle « %1 » va de 1 à %2 mots.").arg(name).arg(kMaxWindow);
#include "gui/common/Common.h"
    for (const auto *list : { &rule.terms, &rule.near })
#include "gui/common/Common.h"
        for (const core::Term &t : *list) {
#include "gui/common/Common.h"
            if (!hasWord(t.text))
#include "gui/common/Common.h"
                return tr("Règle « %1 » : « %2 » ne contient aucun mot.").arg(name, fromStd(t.text));
#include "gui/common/Common.h"
            if (t.exact && t.stem)
#include "gui/common/Common.h"
                return tr("Règle « %1 » : « %2 » ne peut pas être à la fois exact et par racine.")
#include "gui/common/Common.h"
                    .arg(name, fromStd(t.text));
#include "gui/common/Common.h"
        }
#include "gui/common/Common.h"
    for (const core::Exclusion &e : rule.unless) {
#include "gui/common/Common.h"
        if (!hasWord(e.phrase))
#include "gui/common/Common.h"
            return tr("Règle « %1 » : « %2 » ne contient aucun mot.").arg(name, fromStd(e.phrase));
#include "gui/common/Common.h"
        if (e.window < 0 || e.window > kMaxWindow)
#include "gui/common/Common.h"
            return tr("Règle « %1 » : la fenêtre de « %2 » va de 0 à %3 mots.")
#include "gui/common/Common.h"
                .arg(name, fromStd(e.phrase))
#include "gui/common/Common.h"
                .arg(kMaxWindow);
#include "gui/common/Common.h"
    }
#include "gui/common/Common.h"
    return {};
#include "gui/common/Common.h"
}
#include "gui/common/Common.h"

#include "gui/common/Common.h"
int DictionaryEditor::addRule(const QString &themeId, const core::Rule &rule)
#include "gui/common/Common.h"
{
#include "gui/common/Common.h"
    core::Dictionary d = m_dictionary;
#include "gui/common/Common.h"
    core::Theme *t = findTheme(d, themeId);
#include "gui/common/Common.h"
    if (!t)
#include "gui/common/Common.h"
        return -1;
#include "gui/common/Common.h"
    if (const QString why = ruleProblem(themeId, -1, rule); !why.isEmpty()) {
#include "gui/common/Common.h"
        refuse(why);
#include "gui/common/Common.h"
        return -1;
#include "gui/common/Common.h"
    }
#include "gui/common/Common.h"
    core::Rule r = tidied(rule);
#include "gui/common/Common.h"
    r.line = 0;
#include "gui/common/Common.h"
    const QString name = fromStd(r.name);
#include "gui/common/Common.h"
    t->rules.push_back(std::move(r));
#include "gui/common/Common.h"
    const int index = static_cast<int>(t->rules.size()) - 1;
#include "gui/common/Common.h"
    apply(std::move(d), tr("ajouter la règle « %1 »").arg(name));
#include "gui/common/Common.h"
    return index;
#include "gui/common/Common.h"
}
#include "gui/common/Common.h"

#include "gui/common/Common.h"
bool DictionaryEditor::removeRule(const QString &themeId, int rule)
#include "gui/common/Common.h"
{
#include "gui/common/Common.h"
    core::Dictionary d = m_dictionary;
#include "gui/common/Common.h"
    core::Theme *t = findTheme(d, themeId);
#include "gui/common/Common.h"
    if (!t || !validIndex(rule, t->rules.size()))
#include "gui/common/Common.h"
        return false;
#include "gui/common/Common.h"
    const QString name = fromStd(t->rules[static_cast<std::size_t>(rule)].name);
#include "gui/common/Common.h"
    t->rules.erase(t->rules.begin() + rule);
#include "gui/common/Common.h"
    apply(std::move(d), tr("supprimer la règle « %1 »").arg(name));
#include "gui/common/Common.h"
    return true;
#include "gui/common/Common.h"
}
#include "gui/common/Common.h"

#include "gui/common/Common.h"
bool DictionaryEditor::setRule(const QString &themeId, int rule, const core::Rule &value)
#include "gui/common/Common.h"
{
#include "gui/common/Common.h"
    core::Dictionary d = m_dictionary;
#include "gui/common/Common.h"
    core::Theme *t = findTheme(d, themeId);
#include "gui/common/Common.h"
    if (!t || !validIndex(rule, t->rules.size()))
#include "gui/common/Common.h"
        return false;
#include "gui/common/Common.h"
    core::Rule &target = t->rules[static_cast<std::size_t>(rule)];
#include "gui/common/Common.h"
    core::Rule v = tidied(value);
#include "gui/common/Common.h"
    if (sameRule(v, target))
#include "gui/common/Common.h"
        return false;
#include "gui/common/Common.h"
    if (const QString why = ruleProblem(themeId, rule, v); !why.isEmpty())
#include "gui/common/Common.h"
        return refuse(why);
#include "gui/common/Common.h"
    const QString before = fromStd(target.name);
#include "gui/common/Common.h"
    v.line = target.line;
#include "gui/common/Common.h"
    target = std::move(v);
#include "gui/common/Common.h"
    apply(std::move(d), tr("modifier la règle « %1 »").arg(before));
#include "gui/common/Common.h"
    return true;
#include "gui/common/Common.h"
}
#include "gui/common/Common.h"

#include "gui/common/Common.h"
} // namespace vigie::gui

// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/dictionary/DictionaryEditor.h"

#include "gui/common/Common.h"

#include <QColor>
#include <QRegularExpression>
#include <QUndoCommand>

#include <algorithm>

namespace vigie::gui {

// One edit: the dictionary before and after it.
class DictionarySnapshot : public QUndoCommand
{
public:
    DictionarySnapshot(DictionaryEditor &editor, core::Dictionary before, core::Dictionary after, const QString &text)
        : QUndoCommand(text)
        , m_editor(editor)
        , m_before(std::move(before))
        , m_after(std::move(after))
    { }
    void undo() override { m_editor.set(m_before); }
    void redo() override { m_editor.set(m_after); }

private:
    DictionaryEditor &m_editor;
    core::Dictionary m_before;
    core::Dictionary m_after;
};

namespace {

core::Theme *findTheme(core::Dictionary &d, const QString &id)
{
    const int i = d.themeIndex(id.toStdString());
    return i < 0 ? nullptr : &d.themes()[static_cast<std::size_t>(i)];
}

bool validIndex(int i, std::size_t size)
{
    return i >= 0 && static_cast<std::size_t>(i) < size;
}

QString describe(const core::DictionaryError &e)
{
    // The line of a dictionary being edited means nothing to its editor: the problem says which term.
    return QString::fromStdString(e.problem());
}

// Equal for the matcher and for people; `line` (where a loaded file had it) does not count.
bool sameExclusion(const core::Exclusion &a, const core::Exclusion &b)
{
    return a.phrase == b.phrase && a.window == b.window && a.order == b.order;
}

template <typename T, typename Same> bool sameList(const std::vector<T> &a, const std::vector<T> &b, Same same)
{
    return std::equal(a.begin(), a.end(), b.begin(), b.end(), same);
}

bool sameTerm(const core::Term &a, const core::Term &b)
{
    return a.text == b.text && a.exact == b.exact && a.stem == b.stem && a.plural == b.plural && a.note == b.note
        && sameList(a.exclusions, b.exclusions, sameExclusion);
}

bool sameRule(const core::Rule &a, const core::Rule &b)
{
    return a.name == b.name && a.window == b.window && a.order == b.order && a.scope == b.scope && a.note == b.note
        && sameList(a.terms, b.terms, sameTerm) && sameList(a.near, b.near, sameTerm)
        && sameList(a.unless, b.unless, sameExclusion);
}

std::string simplified(const std::string &s)
{
    return QString::fromStdString(s).simplified().toStdString();
}

// The rule as it will be stored: names and words without stray spaces, empty entries dropped.
core::Rule tidied(core::Rule rule)
{
    rule.name = simplified(rule.name);
    rule.note = QString::fromStdString(rule.note).trimmed().toStdString();
    for (auto *list : { &rule.terms, &rule.near }) {
        for (auto &t : *list)
            t.text = simplified(t.text);
        std::erase_if(*list, [](const core::Term &t) { return t.text.empty(); });
    }
    for (auto &e : rule.unless)
        e.phrase = simplified(e.phrase);
    std::erase_if(rule.unless, [](const core::Exclusion &e) { return e.phrase.empty(); });
    return rule;
}

// Whether the words of a term or phrase hold something to match: the tokenizer finds words in
// letters and digits only ("« ! »" has none).
bool hasWord(const std::string &text)
{
    const QString t = QString::fromStdString(text);
    return std::any_of(t.begin(), t.end(), [](QChar c) { return c.isLetterOrNumber(); });
}

constexpr int kMaxWindow = 50; // words, as the dictionary format allows

} // namespace

DictionaryEditor::DictionaryEditor(QObject *parent)
    : QObject(parent)
{ }

void DictionaryEditor::set(const core::Dictionary &dictionary)
{
    m_dictionary = dictionary;
    m_problem.clear();
    m_matcher.reset();
    try {
        m_dictionary.validate();
        m_matcher = core::ThemeMatcher::compile(m_dictionary);
    } catch (const core::DictionaryError &e) {
        m_problem = describe(e);
        // What only compiling finds (a rule's word with nothing to match) names the rule's words,
        // not the rule: say which rule it is.
        if (const QString rule = ruleAtFault(); !rule.isEmpty() && !m_problem.contains(rule))
            m_problem = tr("règle « %1 » : %2").arg(rule, m_problem);
    }
    emit changed();
}

QString DictionaryEditor::ruleAtFault() const
{
    for (const core::Theme &theme : m_dictionary.themes())
        for (const core::Rule &rule : theme.rules) {
            core::Dictionary alone; // the rule in its theme, without the theme's terms and parent
            core::Theme t = theme;
            t.parent.clear();
            t.terms.clear();
            t.exclusions.clear();
            t.rules = { rule };
            alone.themes().push_back(std::move(t));
            try {
                core::ThemeMatcher::compile(alone);
            } catch (const core::DictionaryError &) {
                return fromStd(rule.name);
            }
        }
    return {};
}

bool DictionaryEditor::refuse(const QString &why)
{
    m_refusal = why;
    emit refused(why);
    return false;
}

void DictionaryEditor::load(core::Dictionary dictionary)
{
    m_undo.clear();
    set(dictionary);
}

void DictionaryEditor::replace(core::Dictionary dictionary)
{
    apply(std::move(dictionary), tr("importer un dictionnaire"));
}

void DictionaryEditor::apply(core::Dictionary after, const QString &text)
{
    m_refusal.clear();
    m_undo.push(new DictionarySnapshot(*this, m_dictionary, std::move(after), text));
}

const core::Theme *DictionaryEditor::theme(const QString &id) const
{
    const int i = m_dictionary.themeIndex(id.toStdString());
    return i < 0 ? nullptr : &m_dictionary.themes()[static_cast<std::size_t>(i)];
}

QString DictionaryEditor::themeIdFor(const QString &label, const core::Dictionary &dictionary)
{
    QString folded = label.normalized(QString::NormalizationForm_KD).toLower();
    QString id;
    for (const QChar c : folded) {
        if (c.isLetterOrNumber() && c.unicode() < 128)
            id += c;
        else if (c.isSpace() || c == u'-' || c == u'\'' || c == u'_' || c == u'’')
            id += u'_';
    }
    id = id.split(u'_', Qt::SkipEmptyParts).join(u'_');
    if (id.isEmpty() || !id.front().isLetter())
        id.prepend(QStringLiteral("theme_"));
    QString unique = id;
    for (int n = 2; dictionary.themeIndex(unique.toStdString()) >= 0; ++n)
        unique = id + u'_' + QString::number(n);
    return unique;
}

QString DictionaryEditor::nextVersion(const QString &version)
{
    static const QRegularExpression numbered(QStringLiteral("^(.*)-(\\d+)$"));
    const auto m = numbered.match(version);
    if (m.hasMatch())
        return m.captured(1) + u'-' + QString::number(m.captured(2).toInt() + 1);
    return version.isEmpty() ? QStringLiteral("1") : version + QStringLiteral("-1");
}

QString DictionaryEditor::addTheme(const QString &parentId, const QString &label)
{
    const QString trimmed = label.trimmed();
    if (trimmed.isEmpty() || (!parentId.isEmpty() && !theme(parentId)))
        return {};
    core::Dictionary d = m_dictionary;
    core::Theme t;
    t.id = themeIdFor(trimmed, d).toStdString();
    t.labelFr = trimmed.toStdString();
    t.parent = parentId.toStdString();
    // A child starts with its parent's colour: the analyst changes it if it must stand apart.
    const core::Theme *parent = theme(parentId);
    t.colour = parent ? parent->colour : std::string("#0072B2");
    // After the parent's last descendant, so that the file reads as the tree does.
    std::size_t at = d.themes().size();
    if (parent) {
        const int p = d.themeIndex(parentId.toStdString());
        at = static_cast<std::size_t>(p) + 1;
        while (at < d.themes().size()) {
            const auto up = d.ancestors(static_cast<int>(at));
            if (std::find(up.begin(), up.end(), p) == up.end())
                break;
            ++at;
        }
    }
    const QString id = QString::fromStdString(t.id);
    d.themes().insert(d.themes().begin() + static_cast<std::ptrdiff_t>(at), std::move(t));
    apply(std::move(d), tr("ajouter le thème « %1 »").arg(trimmed));
    return id;
}

bool DictionaryEditor::removeTheme(const QString &id)
{
    const int root = m_dictionary.themeIndex(id.toStdString());
    if (root < 0)
        return false;
    core::Dictionary d = m_dictionary;
    std::vector<core::Theme> kept;
    for (std::size_t t = 0; t < d.themes().size(); ++t) {
        const auto up = d.ancestors(static_cast<int>(t));
        if (static_cast<int>(t) != root && std::find(up.begin(), up.end(), root) == up.end())
            kept.push_back(d.themes()[t]);
    }
    const QString label = QString::fromStdString(m_dictionary.themes()[static_cast<std::size_t>(root)].labelFr);
    d.themes() = std::move(kept);
    apply(std::move(d), tr("supprimer le thème « %1 »").arg(label));
    return true;
}

bool DictionaryEditor::setThemeField(const QString &id, ThemeField field, const QString &value)
{
    core::Dictionary d = m_dictionary;
    core::Theme *t = findTheme(d, id);
    if (!t)
        return false;
    std::string *target = nullptr;
    QString what;
    switch (field) {
    case ThemeField::LabelFr:
        target = &t->labelFr;
        what = tr("renommer le thème");
        break;
    case ThemeField::LabelEn:
        target = &t->labelEn;
        what = tr("renommer le thème en anglais");
        break;
    case ThemeField::Colour:
        target = &t->colour;
        what = tr("changer la couleur du thème");
        break;
    case ThemeField::Description:
        target = &t->description;
        what = tr("décrire le thème");
        break;
    }
    QString v = value.trimmed();
    if (field == ThemeField::Colour) {
        const QColor c(v);
        if (!c.isValid())
            return false;
        v = c.name().toUpper();
    }
    if (field == ThemeField::LabelFr && v.isEmpty())
        return false; // a theme must be named
    if (*target == v.toStdString())
        return false;
    *target = v.toStdString();
    apply(std::move(d), what);
    return true;
}

int DictionaryEditor::addTerm(const QString &themeId, const QString &text)
{
    const QString trimmed = text.simplified();
    core::Dictionary d = m_dictionary;
    core::Theme *t = findTheme(d, themeId);
    if (!t || trimmed.isEmpty())
        return -1;
    core::Term term;
    term.text = trimmed.toStdString();
    t->terms.push_back(std::move(term));
    const int index = static_cast<int>(t->terms.size()) - 1;
    apply(std::move(d), tr("ajouter le terme « %1 »").arg(trimmed));
    return index;
}

bool DictionaryEditor::removeTerm(const QString &themeId, int term)
{
    core::Dictionary d = m_dictionary;
    core::Theme *t = findTheme(d, themeId);
    if (!t || !validIndex(term, t->terms.size()))
        return false;
    const QString text = QString::fromStdString(t->terms[static_cast<std::size_t>(term)].text);
    t->terms.erase(t->terms.begin() + term);
    apply(std::move(d), tr("supprimer le terme « %1 »").arg(text));
    return true;
}

bool DictionaryEditor::setTerm(const QString &themeId, int term, const core::Term &value)
{
    core::Dictionary d = m_dictionary;
    core::Theme *t = findTheme(d, themeId);
    if (!t || !validIndex(term, t->terms.size()))
        return false;
    core::Term &target = t->terms[static_cast<std::size_t>(term)];
    core::Term v = value;
    v.text = QString::fromStdString(v.text).simplified().toStdString();
    if (v.text.empty())
        return false;
    if (sameTerm(v, target))
        return false;
    const QString before = QString::fromStdString(target.text);
    v.line = target.line;
    target = std::move(v);
    apply(std::move(d), tr("modifier le terme « %1 »").arg(before));
    return true;
}

std::vector<core::Exclusion> *DictionaryEditor::exclusionsIn(core::Dictionary &d, const QString &themeId,
                                                             ExclusionOwner owner) const
{
    core::Theme *t = findTheme(d, themeId);
    if (!t)
        return nullptr;
    if (owner.isRule())
        return validIndex(owner.rule, t->rules.size()) ? &t->rules[static_cast<std::size_t>(owner.rule)].unless
                                                       : nullptr;
    if (owner.term < 0)
        return &t->exclusions;
    return validIndex(owner.term, t->terms.size()) ? &t->terms[static_cast<std::size_t>(owner.term)].exclusions
                                                   : nullptr;
}

const std::vector<core::Exclusion> *DictionaryEditor::exclusions(const QString &themeId, ExclusionOwner owner) const
{
    return exclusionsIn(const_cast<core::Dictionary &>(m_dictionary), themeId, owner);
}

int DictionaryEditor::addExclusion(const QString &themeId, ExclusionOwner owner, const QString &phrase, int window,
                                   core::Exclusion::Order order)
{
    const QString trimmed = phrase.simplified();
    core::Dictionary d = m_dictionary;
    auto *list = exclusionsIn(d, themeId, owner);
    if (!list || trimmed.isEmpty())
        return -1;
    if (window < 0 || window > kMaxWindow) {
        refuse(tr("La fenêtre d'une exclusion va de 0 à %1 mots.").arg(kMaxWindow));
        return -1;
    }
    core::Exclusion e;
    e.phrase = trimmed.toStdString();
    e.window = window;
    e.order = order;
    list->push_back(e);
    const int index = static_cast<int>(list->size()) - 1;
    apply(std::move(d), tr("ajouter l'exclusion « %1 »").arg(trimmed));
    return index;
}

bool DictionaryEditor::removeExclusion(const QString &themeId, ExclusionOwner owner, int exclusion)
{
    core::Dictionary d = m_dictionary;
    auto *list = exclusionsIn(d, themeId, owner);
    if (!list || !validIndex(exclusion, list->size()))
        return false;
    const QString phrase = fromStd((*list)[static_cast<std::size_t>(exclusion)].phrase);
    list->erase(list->begin() + exclusion);
    apply(std::move(d), tr("supprimer l'exclusion « %1 »").arg(phrase));
    return true;
}

bool DictionaryEditor::setExclusion(const QString &themeId, ExclusionOwner owner, int exclusion,
                                    const core::Exclusion &value)
{
    core::Dictionary d = m_dictionary;
    auto *list = exclusionsIn(d, themeId, owner);
    if (!list || !validIndex(exclusion, list->size()))
        return false;
    core::Exclusion &target = (*list)[static_cast<std::size_t>(exclusion)];
    core::Exclusion v = value;
    v.phrase = simplified(v.phrase);
    v.line = target.line;
    if (v.phrase.empty() || sameExclusion(v, target))
        return false;
    if (v.window < 0 || v.window > kMaxWindow)
        return refuse(tr("La fenêtre d'une exclusion va de 0 à %1 mots.").arg(kMaxWindow));
    target = v;
    apply(std::move(d), tr("modifier l'exclusion « %1 »").arg(fromStd(v.phrase)));
    return true;
}

const core::Rule *DictionaryEditor::rule(const QString &themeId, int rule) const
{
    const core::Theme *t = theme(themeId);
    return t && validIndex(rule, t->rules.size()) ? &t->rules[static_cast<std::size_t>(rule)] : nullptr;
}

QString DictionaryEditor::ruleProblem(const QString &themeId, int index, const core::Rule &value) const
{
    const core::Rule rule = tidied(value);
    const QString name = fromStd(rule.name);
    if (name.isEmpty())
        return tr("Une règle doit avoir un nom.");
    for (const core::Theme &t : m_dictionary.themes())
        for (std::size_t r = 0; r < t.rules.size(); ++r)
            if (t.rules[r].name == rule.name && !(fromStd(t.id) == themeId && static_cast<int>(r) == index))
                return tr("« %1 » est déjà le nom d'une règle du thème « %2 » : chaque règle a le sien.")
                    .arg(name, fromStd(t.labelFr));
    if (rule.terms.empty())
        return tr("La règle « %1 » doit avoir au moins un terme.").arg(name);
    if (rule.near.empty())
        return tr("La règle « %1 » doit avoir au moins un mot de contexte.").arg(name);
    if (rule.window < 1 || rule.window > kMaxWindow)
        return tr("La fenêtre de la règle « %1 » va de 1 à %2 mots.").arg(name).arg(kMaxWindow);
    for (const auto *list : { &rule.terms, &rule.near })
        for (const core::Term &t : *list) {
            if (!hasWord(t.text))
                return tr("Règle « %1 » : « %2 » ne contient aucun mot.").arg(name, fromStd(t.text));
            if (t.exact && t.stem)
                return tr("Règle « %1 » : « %2 » ne peut pas être à la fois exact et par racine.")
                    .arg(name, fromStd(t.text));
        }
    for (const core::Exclusion &e : rule.unless) {
        if (!hasWord(e.phrase))
            return tr("Règle « %1 » : « %2 » ne contient aucun mot.").arg(name, fromStd(e.phrase));
        if (e.window < 0 || e.window > kMaxWindow)
            return tr("Règle « %1 » : la fenêtre de « %2 » va de 0 à %3 mots.")
                .arg(name, fromStd(e.phrase))
                .arg(kMaxWindow);
    }
    return {};
}

int DictionaryEditor::addRule(const QString &themeId, const core::Rule &rule)
{
    core::Dictionary d = m_dictionary;
    core::Theme *t = findTheme(d, themeId);
    if (!t)
        return -1;
    if (const QString why = ruleProblem(themeId, -1, rule); !why.isEmpty()) {
        refuse(why);
        return -1;
    }
    core::Rule r = tidied(rule);
    r.line = 0;
    const QString name = fromStd(r.name);
    t->rules.push_back(std::move(r));
    const int index = static_cast<int>(t->rules.size()) - 1;
    apply(std::move(d), tr("ajouter la règle « %1 »").arg(name));
    return index;
}

bool DictionaryEditor::removeRule(const QString &themeId, int rule)
{
    core::Dictionary d = m_dictionary;
    core::Theme *t = findTheme(d, themeId);
    if (!t || !validIndex(rule, t->rules.size()))
        return false;
    const QString name = fromStd(t->rules[static_cast<std::size_t>(rule)].name);
    t->rules.erase(t->rules.begin() + rule);
    apply(std::move(d), tr("supprimer la règle « %1 »").arg(name));
    return true;
}

bool DictionaryEditor::setRule(const QString &themeId, int rule, const core::Rule &value)
{
    core::Dictionary d = m_dictionary;
    core::Theme *t = findTheme(d, themeId);
    if (!t || !validIndex(rule, t->rules.size()))
        return false;
    core::Rule &target = t->rules[static_cast<std::size_t>(rule)];
    core::Rule v = tidied(value);
    if (sameRule(v, target))
        return false;
    if (const QString why = ruleProblem(themeId, rule, v); !why.isEmpty())
        return refuse(why);
    const QString before = fromStd(target.name);
    v.line = target.line;
    target = std::move(v);
    apply(std::move(d), tr("modifier la règle « %1 »").arg(before));
    return true;
}

} // namespace vigie::gui

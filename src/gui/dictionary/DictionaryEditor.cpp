// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/dictionary/DictionaryEditor.h"

#include <QColor>
#include <QRegularExpression>
#include <QUndoCommand>

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
    }
    emit changed();
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
    if (v.text == target.text && v.exact == target.exact && v.stem == target.stem && v.plural == target.plural
        && v.note == target.note && v.exclusions.size() == target.exclusions.size())
        return false;
    const QString before = QString::fromStdString(target.text);
    v.line = target.line;
    target = std::move(v);
    apply(std::move(d), tr("modifier le terme « %1 »").arg(before));
    return true;
}

std::vector<core::Exclusion> *DictionaryEditor::exclusionsIn(core::Dictionary &d, const QString &themeId,
                                                             int term) const
{
    core::Theme *t = findTheme(d, themeId);
    if (!t)
        return nullptr;
    if (term < 0)
        return &t->exclusions;
    return validIndex(term, t->terms.size()) ? &t->terms[static_cast<std::size_t>(term)].exclusions : nullptr;
}

const std::vector<core::Exclusion> *DictionaryEditor::exclusions(const QString &themeId, int term) const
{
    return exclusionsIn(const_cast<core::Dictionary &>(m_dictionary), themeId, term);
}

int DictionaryEditor::addExclusion(const QString &themeId, int term, const QString &phrase, int window)
{
    const QString trimmed = phrase.simplified();
    core::Dictionary d = m_dictionary;
    auto *list = exclusionsIn(d, themeId, term);
    if (!list || trimmed.isEmpty() || window < 0)
        return -1;
    core::Exclusion e;
    e.phrase = trimmed.toStdString();
    e.window = window;
    list->push_back(e);
    const int index = static_cast<int>(list->size()) - 1;
    apply(std::move(d), tr("ajouter l'exclusion « %1 »").arg(trimmed));
    return index;
}

bool DictionaryEditor::removeExclusion(const QString &themeId, int term, int exclusion)
{
    core::Dictionary d = m_dictionary;
    auto *list = exclusionsIn(d, themeId, term);
    if (!list || !validIndex(exclusion, list->size()))
        return false;
    const QString phrase = QString::fromStdString((*list)[static_cast<std::size_t>(exclusion)].phrase);
    list->erase(list->begin() + exclusion);
    apply(std::move(d), tr("supprimer l'exclusion « %1 »").arg(phrase));
    return true;
}

bool DictionaryEditor::setExclusion(const QString &themeId, int term, int exclusion, const core::Exclusion &value)
{
    core::Dictionary d = m_dictionary;
    auto *list = exclusionsIn(d, themeId, term);
    if (!list || !validIndex(exclusion, list->size()))
        return false;
    core::Exclusion &target = (*list)[static_cast<std::size_t>(exclusion)];
    const QString phrase = QString::fromStdString(value.phrase).simplified();
    if (phrase.isEmpty() || value.window < 0
        || (phrase.toStdString() == target.phrase && value.window == target.window))
        return false;
    target.phrase = phrase.toStdString();
    target.window = value.window;
    apply(std::move(d), tr("modifier l'exclusion « %1 »").arg(phrase));
    return true;
}

} // namespace vigie::gui

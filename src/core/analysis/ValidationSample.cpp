// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Drawing a validation sample: the passages of the study, their strata, the allocation and the
// seeded draw.
#include "analysis/Evaluation.h"
#include "analysis/Groupings.h"
#include "analysis/ProgrammeFacts.h"
#include "analysis/Validation.h"
#include "storage/CorpusStore.h"
#include "tagging/Tagger.h"
#include "tagging/ThemeMatcher.h"
#include "text/Utf8.h"

#include <algorithm>
#include <random>
#include <set>

namespace vigie::core {

namespace {

template <typename E> struct Names
{
    E value;
    const char *name;
};
constexpr Names<SampleUnit> kUnits[]
    = { { SampleUnit::Paragraph, "paragraph" }, { SampleUnit::Programme, "programme" } };
constexpr Names<SampleFrame> kFrames[] = { { SampleFrame::All, "all" },
                                           { SampleFrame::Tagged, "tagged" },
                                           { SampleFrame::Untagged, "untagged" },
                                           { SampleFrame::Both, "both" } };
constexpr Names<Allocation> kAllocations[]
    = { { Allocation::Proportional, "proportional" }, { Allocation::Equal, "equal" } };

template <typename E, std::size_t N> std::string nameOf(const Names<E> (&table)[N], E value)
{
    for (const auto &entry : table)
        if (entry.value == value)
            return entry.name;
    return {};
}

template <typename E, std::size_t N> std::optional<E> fromName(const Names<E> (&table)[N], const std::string &name)
{
    for (const auto &entry : table)
        if (name == entry.name)
            return entry.value;
    return std::nullopt;
}

// A paragraph: its bytes in the UTF-8 text and its code points.
struct Span
{
    std::size_t byteStart = 0, byteEnd = 0;
    std::int64_t start = 0, end = 0;
};

bool isBlank(char c)
{
    return c == ' ' || c == '\t' || c == '\r';
}

// Blocks of text between blank lines, trimmed of the blanks around them.
std::vector<Span> paragraphs(const std::string &text)
{
    std::vector<Span> out;
    std::int64_t cp = 0;
    std::size_t i = 0;
    const std::size_t n = text.size();
    const auto isContinuation = [](char c) {
        return (static_cast<unsigned char>(c) & 0xC0) == 0x80;
    };
    while (i < n) {
        // Skip blank lines and leading white space.
        while (i < n && (isBlank(text[i]) || text[i] == '\n')) {
            ++i;
            ++cp;
        }
        if (i >= n)
            break;
        Span s { i, i, cp, cp };
        std::size_t lastVisible = i; // byte after the last non-blank character
        std::int64_t lastVisibleCp = cp;
        while (i < n) {
            if (text[i] == '\n') {
                // A blank line (only blanks up to the next newline or the end) ends the paragraph.
                std::size_t k = i + 1;
                while (k < n && isBlank(text[k]))
                    ++k;
                if (k >= n || text[k] == '\n')
                    break;
            }
            const bool visible = !isBlank(text[i]) && text[i] != '\n';
            ++i;
            if (!isContinuation(text[i - 1]))
                ++cp;
            while (i < n && isContinuation(text[i]))
                ++i;
            if (visible) {
                lastVisible = i;
                lastVisibleCp = cp;
            }
        }
        s.byteEnd = lastVisible;
        s.end = lastVisibleCp;
        out.push_back(s);
    }
    return out;
}

int wordCount(std::string_view text)
{
    int words = 0;
    bool inWord = false;
    for (const char c : text) {
        const bool space = c == ' ' || c == '\n' || c == '\t' || c == '\r';
        if (!space && !inWord)
            ++words;
        inWord = !space;
    }
    return words;
}

struct Candidate
{
    std::int64_t programme = 0;
    Span span;
    std::string text;
};

struct Stratum
{
    std::string key;
    std::string label;
    std::string order;
    std::vector<std::size_t> members; // indexes into the candidates
    std::int64_t quota = 0;
};

// Shares `n` among the strata: proportional (largest remainders, ties to the first stratum) or
// equal (what a small stratum cannot take goes to the others in turn).
void allocate(std::vector<Stratum> &strata, std::int64_t n, Allocation allocation)
{
    std::int64_t total = 0;
    for (const Stratum &s : strata)
        total += static_cast<std::int64_t>(s.members.size());
    n = std::min(n, total);
    if (strata.empty() || n <= 0)
        return;
    std::int64_t given = 0;
    if (allocation == Allocation::Proportional) {
        std::vector<std::pair<double, std::size_t>> remainders;
        for (std::size_t h = 0; h < strata.size(); ++h) {
            const double exact
                = static_cast<double>(n) * static_cast<double>(strata[h].members.size()) / static_cast<double>(total);
            strata[h].quota = static_cast<std::int64_t>(exact);
            given += strata[h].quota;
            remainders.emplace_back(exact - static_cast<double>(strata[h].quota), h);
        }
        std::stable_sort(remainders.begin(), remainders.end(),
                         [](const auto &a, const auto &b) { return a.first > b.first; });
        for (std::size_t k = 0; given < n && k < remainders.size(); ++k, ++given)
            ++strata[remainders[k].second].quota;
    }
    // Equal shares, and whatever is still to give: one at a time to each stratum with room.
    while (given < n) {
        bool gave = false;
        for (Stratum &s : strata)
            if (given < n && s.quota < static_cast<std::int64_t>(s.members.size())) {
                ++s.quota;
                ++given;
                gave = true;
            }
        if (!gave)
            break;
    }
}

} // namespace

std::string sampleUnitName(SampleUnit unit)
{
    return nameOf(kUnits, unit);
}
std::string sampleFrameName(SampleFrame frame)
{
    return nameOf(kFrames, frame);
}
std::string allocationName(Allocation allocation)
{
    return nameOf(kAllocations, allocation);
}
std::optional<SampleUnit> sampleUnitFromName(const std::string &name)
{
    return fromName(kUnits, name);
}
std::optional<SampleFrame> sampleFrameFromName(const std::string &name)
{
    return fromName(kFrames, name);
}
std::optional<Allocation> allocationFromName(const std::string &name)
{
    return fromName(kAllocations, name);
}

std::vector<std::string> defaultCodingFrame(const ThemeMatcher &matcher)
{
    const auto &themes = matcher.dictionary().themes();
    const auto has = [&](const std::string &id) {
        return std::any_of(themes.begin(), themes.end(), [&](const Theme &t) { return t.id == id; });
    };
    std::vector<std::string> frame;
    for (const std::string &id : evaluatedThemes())
        if (has(id))
            frame.push_back(id);
    if (!frame.empty() || themes.empty())
        return frame;
    frame.push_back(themes.front().id);
    for (const Theme &t : themes)
        if (t.parent == themes.front().id && frame.size() < 9)
            frame.push_back(t.id);
    return frame;
}

std::vector<std::string> dictionaryVerdict(Tagger &tagger, const std::vector<std::string> &themes,
                                           const std::string &text)
{
    const TagResult result = tagger.tag(text);
    const auto &all = tagger.matcher().dictionary().themes();
    std::vector<std::string> found;
    for (const std::string &id : themes)
        for (std::size_t t = 0; t < all.size(); ++t)
            if (all[t].id == id && result.counts[t] > 0)
                found.push_back(id);
    return found;
}

Sample drawSample(CorpusStore &store, const SampleDesign &design, const std::vector<std::string> &themes)
{
    if (design.size < 1)
        throw ValidationError("a sample needs at least one passage");
    const GroupingSpec *spec = findGrouping(design.grouping);
    if (!spec)
        throw ValidationError("unknown grouping \"" + design.grouping + "\" (known: " + groupingIds() + ")");
    const std::int64_t version = store.currentDictionaryVersion();
    if (version == 0 || store.programmeCount() == 0)
        throw ValidationError("the study has no programme to draw passages from: import programmes first");
    const Dictionary dictionary = store.dictionary(version);
    if (themes.empty())
        throw ValidationError("the coding frame has no theme");
    // A passage is tagged when a mention of a frame theme, or of one of its descendants, starts in it.
    std::set<std::string> counted;
    for (const std::string &id : themes) {
        const auto known = std::find_if(dictionary.themes().begin(), dictionary.themes().end(),
                                        [&](const Theme &t) { return t.id == id; });
        if (known == dictionary.themes().end())
            throw ValidationError("the dictionary has no theme \"" + id + "\"");
        counted.insert(id);
    }
    for (bool grew = true; grew;) {
        grew = false;
        for (const Theme &t : dictionary.themes())
            if (!t.parent.empty() && counted.count(t.parent) && counted.insert(t.id).second)
                grew = true;
    }

    const SizeClasses sizes = spec->sizeClasses();
    std::vector<Candidate> candidates;
    std::map<std::string, Stratum> byKey;
    for (const ProgrammeFacts &facts : readProgrammeFacts(store, sizes)) {
        if (!facts.primary) // a twin of a counted document: the figures never read it
            continue;
        const std::string text = store.programmeText(facts.id);
        std::vector<Span> spans;
        if (design.unit == SampleUnit::Programme)
            spans.push_back({ 0, text.size(), 0, countCodePoints(text) });
        else
            spans = paragraphs(text);
        std::vector<StoredMention> mentions;
        if (design.frame != SampleFrame::All)
            mentions = store.programmeMentions(facts.id, version);
        const auto group = groupOf(facts, spec->grouping, sizes);
        const GroupKey key = group ? *group : GroupKey { "?", "?", "~" };
        for (const Span &span : spans) {
            const std::string_view passage(text.data() + span.byteStart, span.byteEnd - span.byteStart);
            if (design.unit == SampleUnit::Paragraph && wordCount(passage) < design.minimumWords)
                continue;
            std::string stratumKey = key.key;
            if (design.frame != SampleFrame::All) {
                const bool tagged = std::any_of(mentions.begin(), mentions.end(), [&](const StoredMention &m) {
                    return counted.count(m.theme) && m.start >= span.start && m.start < span.end;
                });
                if ((design.frame == SampleFrame::Tagged && !tagged)
                    || (design.frame == SampleFrame::Untagged && tagged))
                    continue;
                if (design.frame == SampleFrame::Both)
                    stratumKey += tagged ? "|tagged" : "|untagged";
            }
            Stratum &s = byKey[stratumKey];
            s.key = stratumKey;
            s.label = key.label;
            s.order = key.order + "|" + stratumKey;
            s.members.push_back(candidates.size());
            candidates.push_back({ facts.id, span, std::string(passage) });
        }
    }
    if (candidates.empty())
        throw ValidationError("no passage of the study fits this design (frame \"" + sampleFrameName(design.frame)
                              + "\")");

    std::vector<Stratum> strata;
    for (auto &[key, s] : byKey)
        strata.push_back(std::move(s));
    std::sort(strata.begin(), strata.end(), [](const Stratum &a, const Stratum &b) { return a.order < b.order; });
    allocate(strata, design.size, design.allocation);

    // Within each stratum in turn, a simple random sample without replacement (partial
    // Fisher-Yates); then the drawn passages are shuffled, so that coders do not meet the strata
    // in blocks.
    std::mt19937_64 rng(design.seed);
    Sample sample;
    sample.design = design;
    sample.dictionaryVersion = version;
    sample.dictionaryLabel = dictionary.name() + " " + dictionary.version();
    sample.themes = themes;
    for (Stratum &s : strata) {
        sample.strata.push_back(s.key);
        std::vector<std::size_t> &m = s.members;
        for (std::int64_t k = 0; k < s.quota; ++k) {
            const std::size_t pick
                = static_cast<std::size_t>(k) + stats::uniformIndex(rng, m.size() - static_cast<std::size_t>(k));
            std::swap(m[static_cast<std::size_t>(k)], m[pick]);
            const Candidate &c = candidates[m[static_cast<std::size_t>(k)]];
            SamplePassage p;
            p.programme = c.programme;
            p.start = c.span.start;
            p.end = c.span.end;
            p.text = c.text;
            p.stratum = s.key;
            p.stratumLabel = s.label;
            p.population = static_cast<std::int64_t>(m.size());
            p.drawn = s.quota;
            sample.passages.push_back(std::move(p));
        }
    }
    for (std::size_t k = sample.passages.size(); k > 1; --k)
        std::swap(sample.passages[k - 1], sample.passages[stats::uniformIndex(rng, k)]);
    for (std::size_t k = 0; k < sample.passages.size(); ++k)
        sample.passages[k].position = static_cast<int>(k) + 1;
    return sample;
}

} // namespace vigie::core

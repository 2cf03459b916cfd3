// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "text/Tokenizer.h"
#include "text/Folding.h"
#include "text/NormalizedText.h"

#include <catch2/catch.hpp>

using namespace vigie::core;

namespace {

struct Tok
{
    std::string text;
    std::uint16_t flags;
};

std::vector<Tok> tokens(const std::string &utf8, TokenizerOptions options = {})
{
    const auto norm = NormalizedText::fromUtf8(utf8);
    Tokenizer tokenizer(options);
    std::vector<Token> out;
    tokenizer.tokenize(norm.text(), out);
    std::vector<Tok> result;
    for (const auto &t : out)
        result.push_back(
            { toUtf8(std::u16string_view(norm.text())
                         .substr(static_cast<std::size_t>(t.start), static_cast<std::size_t>(t.end - t.start))),
              t.flags });
    return result;
}

std::vector<std::string> words(const std::string &utf8, TokenizerOptions options = {})
{
    std::vector<std::string> out;
    for (const auto &t : tokens(utf8, options))
        out.push_back(t.text);
    return out;
}

using V = std::vector<std::string>;

} // namespace

TEST_CASE("elided clitics are split off with every apostrophe form", "[tokenizer][elision]")
{
    for (const char *apostrophe : { "'", "\u2019", "\u02BC", "\u2018", "\u00B4" }) {
        INFO("apostrophe " << apostrophe);
        const std::string a = apostrophe;
        CHECK(words("l" + a + "open data") == V { "open", "data" });
        CHECK(words("L" + a + "Open Data") == V { "Open", "Data" });
        CHECK(words("d" + a + "internet") == V { "internet" });
        const auto toks = tokens("l" + a + "école");
        REQUIRE(toks.size() == 1);
        CHECK((toks[0].flags & Token::Elided));
    }
}

TEST_CASE("every French clitic is recognised, longest first", "[tokenizer][elision]")
{
    CHECK(words("j'aime m'engager n'oublie s'il t'inscris c'est qu'il")
          == V { "aime", "engager", "oublie", "il", "inscris", "est", "il" });
    CHECK(words("jusqu'au lorsqu'on puisqu'elle quoiqu'il presqu'île") == V { "au", "on", "elle", "il", "île" });
    CHECK(words("qu'aujourd'hui") == V { "aujourd'hui" });
}

TEST_CASE("apostrophes inside words that are not elisions are kept", "[tokenizer][elision]")
{
    CHECK(words("aujourd'hui") == V { "aujourd'hui" });
    CHECK(words("aujourd\u2019hui") == V { "aujourd\u2019hui" });
    CHECK(words("prud'hommes") == V { "prud'hommes" });
}

TEST_CASE("CamelCase and hashtags split into words", "[tokenizer][camel]")
{
    CHECK(words("#FrenchTech") == V { "French", "Tech" });
    CHECK(words("OpenData et SmartCity") == V { "Open", "Data", "et", "Smart", "City" });
    CHECK(words("eSanté") == V { "e", "Santé" });
    CHECK(words("OPENData") == V { "OPEN", "Data" });
    CHECK(words("ENT TNI") == V { "ENT", "TNI" }); // all capitals: nothing to split
    CHECK(words("IoT PhD WiFi") == V { "IoT", "PhD", "Wi", "Fi" }); // a lone capital does not start a word
    const auto toks = tokens("FrenchTech");
    REQUIRE(toks.size() == 2);
    CHECK((toks[1].flags & Token::CamelContinuation));
    TokenizerOptions off;
    off.splitCamelCase = false;
    CHECK(words("#FrenchTech", off) == V { "FrenchTech" });
}

TEST_CASE("every hyphen variant separates words alike", "[tokenizer][hyphen]")
{
    for (const char *h : { "-", "\u2010", "\u2011", "\u2012", "\u2013", "\u2014", "\u2015", "\u2212" }) {
        INFO("hyphen " << h);
        CHECK(words(std::string("e") + h + "santé") == V { "e", "santé" });
    }
}

TEST_CASE("soft hyphens stay inside the word", "[tokenizer][hyphen]")
{
    CHECK(words("numé\u00ADrique") == V { "numé\u00ADrique" });
}

TEST_CASE("typographic spaces separate words", "[tokenizer]")
{
    CHECK(words("ville\u00A0connectée") == V { "ville", "connectée" });
    CHECK(words("ville\u202Fconnectée") == V { "ville", "connectée" }); // ICU alone keeps these together
    CHECK(words("open_data") == V { "open", "data" });
    CHECK(words("Numérique\u202F: l\u2019open\u202Fdata\u202F!") == V { "Numérique", "open", "data" });
}

TEST_CASE("line-break hyphenation is marked for the tagger", "[tokenizer][hyphenation]")
{
    auto toks = tokens("le numé-\nrique");
    REQUIRE(toks.size() == 3);
    CHECK((toks[2].flags & Token::HyphenBreakBefore));
    toks = tokens("le numé-  \r\n   rique");
    CHECK((toks[2].flags & Token::HyphenBreakBefore));
    toks = tokens("le numé\u00AD\nrique");
    CHECK((toks[2].flags & Token::SoftBreakBefore));
    // A hyphen with no line break, or a blank line after it, is not hyphenation.
    toks = tokens("le numé- rique");
    CHECK_FALSE((toks[2].flags & Token::HyphenBreakBefore));
    toks = tokens("le numé-\n\nrique");
    CHECK_FALSE((toks[2].flags & Token::HyphenBreakBefore));
    // A hyphen after a number is a range, not hyphenation.
    toks = tokens("2014-\n2020");
    CHECK_FALSE((toks[1].flags & Token::HyphenBreakBefore));
}

TEST_CASE("punctuation, bullets and paragraphs break phrases", "[tokenizer][breaks]")
{
    auto toks = tokens("ville, connectée");
    CHECK((toks[1].flags & Token::PhraseBreakBefore));
    CHECK_FALSE((toks[1].flags & Token::SentenceBreakBefore));
    toks = tokens("ville. Connectée");
    CHECK((toks[1].flags & Token::SentenceBreakBefore));
    toks = tokens("ville\nconnectée"); // one line break: a PDF's line wrap, not a break
    CHECK_FALSE((toks[1].flags & Token::PhraseBreakBefore));
    toks = tokens("ville\n\nconnectée");
    CHECK((toks[1].flags & Token::SentenceBreakBefore));
    toks = tokens("- ville\n- connectée");
    CHECK((toks[1].flags & Token::PhraseBreakBefore));
    toks = tokens("ville « connectée »");
    CHECK((toks[1].flags & Token::PhraseBreakBefore));
    toks = tokens("e-santé l'open #data");
    for (const auto &t : toks)
        if (&t != &toks.front())
            CHECK_FALSE((t.flags & Token::PhraseBreakBefore));
    TokenizerOptions off;
    off.punctuationBreaks = false;
    toks = tokens("ville. Connectée", off);
    CHECK_FALSE((toks[1].flags & Token::PhraseBreakBefore));
}

TEST_CASE("numbers are tokens with the Number flag", "[tokenizer]")
{
    // U+202F between digits is the French thousands separator: "50 000" is one number.
    const auto toks = tokens("50\u202F000 habitants, 4G et 5G");
    REQUIRE(toks.size() == 5);
    CHECK(toks[0].text == "50\u202F000");
    CHECK((toks[0].flags & Token::Number));
    CHECK(toks[2].text == "4G");
}

TEST_CASE("sentences glued by a missing space are split before a capital", "[tokenizer][glued]")
{
    CHECK(words("au 1er tour.Depuis 2020") == V { "au", "1er", "tour", "Depuis", "2020" });
    const auto t = tokens("ses données.La ville");
    REQUIRE(t.size() == 4);
    CHECK(t[2].text == "La");
    CHECK((t[2].flags & Token::SentenceBreakBefore) != 0);
    // A colon breaks the phrase, not the sentence.
    const auto colon = tokens("nos objectifs:Nous");
    REQUIRE(colon.size() == 3);
    CHECK((colon[2].flags & Token::PhraseBreakBefore) != 0);
    CHECK((colon[2].flags & Token::SentenceBreakBefore) == 0);
    // Not before a small letter, not in numbers, nor in abbreviations written with a space after.
    CHECK(words("la ville.depuis") == V { "la", "ville.depuis" });
    CHECK(words("3.5 millions") == V { "3.5", "millions" });
    CHECK(words("M. Dupont") == V { "M", "Dupont" });
}

TEST_CASE("web addresses, e-mail addresses and domain names are one token each", "[tokenizer][links]")
{
    CHECK(words("sur data.gouv.fr et www.ville-exemple.fr")
          == V { "sur", "data.gouv.fr", "et", "www.ville-exemple.fr" });
    CHECK(words("écrire à contact@mairie-exemple.fr.") == V { "écrire", "à", "contact@mairie-exemple.fr" });
    CHECK(words("écrire à prenom.nom@ville.fr, merci") == V { "écrire", "à", "prenom.nom@ville.fr", "merci" });
    CHECK(words("voir https://www.ville.fr/agenda?mois=3. Ensuite")
          == V { "voir", "https://www.ville.fr/agenda?mois=3", "Ensuite" });
    CHECK(words("(voir:www.ville.fr)") == V { "voir", "www.ville.fr" });
    // A word of the address is not a word of the text.
    CHECK(words("le site www.paris-numerique.fr") == V { "le", "site", "www.paris-numerique.fr" });
    const auto t = tokens("sur data.gouv.fr");
    CHECK((t[1].flags & Token::Link) != 0);
    // Not links: no known top-level domain, or letters glued before.
    CHECK(words("tour.Depuis") == V { "tour", "Depuis" });
    CHECK(words("élus.fr") == V { "élus.fr" });
    CHECK(words("le fichier rapport.pdf") == V { "le", "fichier", "rapport.pdf" });
}

TEST_CASE("ligature characters are one word with the letters they stand for", "[tokenizer][ligatures]")
{
    CHECK(words("la conﬁance et l'eﬀort") == V { "la", "conﬁance", "et", "eﬀort" });
    CHECK(foldToken(u"conﬁance") == u"confiance");
    CHECK(foldToken(u"eﬀort") == u"effort");
    CHECK(foldToken(u"aﬄuence") == u"affluence");
}

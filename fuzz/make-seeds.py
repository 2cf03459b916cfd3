#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 Vigie contributors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes the seed corpora of the fuzz targets, fuzz/corpus/<target>/: small valid inputs of each
format and slightly broken ones (truncated, a wrong checksum, a refused construct). Every file is
made here, from the standard library only, so that the seeds say what they hold.

Run it again after changing it: `python3 fuzz/make-seeds.py` (it rewrites the seeds it makes and
leaves other files alone). What the fuzzer adds to a corpus while running stays out of the tree:
run it on a copy (docs/fuzzing.md)."""

import io
import json
import struct
import zipfile
import zlib
from pathlib import Path

CORPUS = Path(__file__).resolve().parent / "corpus"


def write(target, name, data):
    folder = CORPUS / target
    folder.mkdir(parents=True, exist_ok=True)
    if isinstance(data, str):
        data = data.encode("utf-8")
    (folder / name).write_bytes(data)


def zip_bytes(entries, compression=zipfile.ZIP_DEFLATED):
    """entries: (name, bytes or str, compression or None) in order."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, data, method in entries:
            info = zipfile.ZipInfo(name, date_time=(2026, 1, 1, 0, 0, 0))
            info.compress_type = compression if method is None else method
            z.writestr(info, data)
    return buf.getvalue()


class Unseekable(io.RawIOBase):
    """An output zipfile cannot seek back in: it writes a data descriptor after each entry."""

    def __init__(self):
        super().__init__()
        self.data = bytearray()

    def writable(self):
        return True

    def write(self, b):
        self.data += b
        return len(b)


def zip_written(entries, streamed=False, force_zip64=False):
    """Deflated entries (name, str) written through ZipFile.open(): streamed as to a pipe (data
    descriptors), or with ZIP64 sizes in the local headers."""
    out = Unseekable() if streamed else io.BytesIO()
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as z:
        for name, data in entries:
            info = zipfile.ZipInfo(name, date_time=(2026, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            with z.open(info, "w", force_zip64=force_zip64) as f:
                f.write(data.encode("utf-8"))
    return bytes(out.data) if streamed else out.getvalue()


def zip64_end_records(entries):
    """ZIP64 end-of-central-directory records, as zipfile writes past 65,535 entries."""
    saved = zipfile.ZIP_FILECOUNT_LIMIT
    zipfile.ZIP_FILECOUNT_LIMIT = 0
    try:
        return zip_bytes(entries)
    finally:
        zipfile.ZIP_FILECOUNT_LIMIT = saved


def flip_first_crc(data):
    """The central directory's CRC of the first entry, wrong by one bit."""
    i = data.find(b"PK\x01\x02")
    b = bytearray(data)
    b[i + 16] ^= 1
    return bytes(b)


# --- text: the tokenizer, normaliser and tagger -------------------------------------------------
TEXTS = {
    "programme.txt": "Notre programme pour la ville numérique : l’open data, la fibre optique et "
    "l'e-administration.\n\nNous créerons un tiers-lieu numérique et une #FrenchTech locale.\n",
    "hyphenation.txt": "La transformation numé-\nrique de la mairie ; les ser\u00ad\nvices en ligne.\n",
    "decomposed.txt": "Donne\u0301es ouvertes, e\u0301cole, co\u0302te\u0301 : l\u2019IA et l\u2019\u0153uvre.\n",
    "links.txt": "Voir https://data.gouv.fr/fr/datasets/ ou écrire à mairie@ville.fr ; data.gouv.fr.Depuis 2020.\n",
    "mixed.txt": "OpenData_2024 #open_data JUSQU’À qu'il lorsqu’on… « Smart city » ! 😀 𝔘𝔫𝔦𝔠𝔬𝔡𝔢\u202fet\u00a0?\n",
    "empty.txt": "",
    "invalid.txt": b"caf\xe9 cr\xe8me\n",
}

# --- dictionary ---------------------------------------------------------------------------------
DICTIONARY = {
    "format": "vigie-dictionary",
    "formatVersion": 2,
    "name": "Seed",
    "version": "1",
    "language": "fr",
    "themes": [
        {"id": "numerique", "label": {"fr": "Numérique", "en": "Digital"}, "colour": "#0072B2",
         "parent": None,
         "terms": ["numérique", {"text": "fibre optique", "plural": False},
                   {"text": "ville connectée", "exclusions": [{"phrase": "RER", "window": 8}]},
                   {"text": "connect", "stem": True}],
         "exclusions": [{"phrase": "empreinte digitale", "window": 0}]},
        {"id": "opendata", "label": {"fr": "Données ouvertes"}, "colour": "#E69F00",
         "parent": "numerique",
         "terms": ["open data", "réutilis*", {"text": "IA", "exact": True}],
         "rules": [{"name": "données ouvertes par le verbe", "terms": ["données", "data"],
                    "near": ["ouvrir", "publier", "réutilis*"], "window": 12, "order": "any",
                    "scope": "sentence",
                    "unless": ["données personnelles", {"phrase": "Insee", "window": 6}]}]},
    ],
}


def dictionary_seeds():
    valid = json.dumps(DICTIONARY, ensure_ascii=False, indent=2)
    write("dictionary", "valid.json", valid)
    cycle = json.loads(valid)
    cycle["themes"][0]["parent"] = "opendata"
    write("dictionary", "parent-cycle.json", json.dumps(cycle, ensure_ascii=False))
    twice = json.loads(valid)
    twice["themes"][1]["terms"].append("numérique")
    write("dictionary", "term-twice.json", json.dumps(twice, ensure_ascii=False))
    wrong_types = json.loads(valid)
    wrong_types["themes"][0]["terms"][1]["plural"] = "yes"
    wrong_types["themes"][1]["rules"][0]["window"] = 99
    write("dictionary", "wrong-types.json", json.dumps(wrong_types, ensure_ascii=False))
    write("dictionary", "truncated.json", valid[: len(valid) // 2])
    write("dictionary", "not-object.json", '[1, "two", null, {"themes": {}}]')


# --- HTML and Markdown --------------------------------------------------------------------------
HTML = {
    "page.html": """<!DOCTYPE html><html><head><meta charset="utf-8"><title>Titre</title>
<style>p{}</style><script>var x = "<p>";</script></head>
<body><h1>Programme numérique</h1><p>L&rsquo;open&nbsp;data &amp; la fibre<br>optique.</p>
<ul><li>Un tiers-lieu</li><li>Des <b>données</b> ouvertes</li></ul>
<table><tr><td>Budget</td><th>1&#160;000 &#x20AC;</th></tr></table>
<pre>  garde   ses
 espaces</pre><!-- commentaire --><img alt="image"><svg><text>non</text></svg></body></html>
""",
    "broken.html": "<p>Paragraphe <b>non fermé<div>bloc</p></span>&bogus; &#xD800; &#99999999;<td>cellule",
    "latin1.html": "<p>Caf\xe9 et cr\xe8me \x80 \x92</p>".encode("latin-1"),
    "utf16.html": "\ufeff<p>Texte en UTF-16</p>".encode("utf-16-le"),
    "nested.html": "<div>" * 200 + "profond" + "</div>" * 200,
}

MARKDOWN = {
    "programme.md": """# Programme numérique

Notre ville **connectée** et _ouverte_ : [open data](https://data.gouv.fr) et ![logo](l.png).

Titre souligné
==============

- [ ] une case
- [x] cochée
1. premier
2) second

> citation
> > imbriquée

```python
code `gardé` &amp;
```

~~~
autre clôture
~~~

Texte avec `code`, <br> balise, <!-- commentaire --> et \\*échappé\\*, snake_case, 5 * 3, Nantes*.
&eacute;t&#233; &#xE9; &nbsp; &unknown; &amp

[id]: http://example.org "titre"
***
| a | b |
|---|---|
| 1 | 2 |
""",
    "broken.md": "**non fermé _mélangé* `sans fin\n```\nbloc jamais fermé\n<!-- commentaire ouvert\n",
    "setext.md": "Ligne\n---\n\n---\n***\n___\n#\n####### sept\n#titre\n",
    "latin1.md": "# Caf\xe9\n\n* cr\xe8me br\xfbl\xe9e\n".encode("latin-1"),
}

DECODER = {
    "utf8.txt": "Texte en UTF-8 : é è à ç œ € — « guillemets ».\r\nFin CRLF\rCR seul\n",
    "utf8-bom.txt": b"\xef\xbb\xbf" + "Avec BOM : numérique\n".encode(),
    "utf16le-bom.txt": b"\xff\xfe" + "UTF-16LE : numérique\n".encode("utf-16-le"),
    "utf16be-bom.txt": b"\xfe\xff" + "UTF-16BE : numérique\n".encode("utf-16-be"),
    "utf16-odd.txt": b"\xff\xfe" + "impair".encode("utf-16-le") + b"A",
    "utf32-bom.txt": b"\xff\xfe\x00\x00" + "UTF-32".encode("utf-32-le"),
    "windows-1252.txt": "L’été, l’œuvre coûte 3 € … «\u00a0oui\u00a0»\n".encode("cp1252"),
    "iso-8859-15.txt": "Œuvre à 5 € et l’été, Ÿ\n".replace("’", "'").encode("iso-8859-15"),
    "mixed.txt": "Donnée é".encode() + b" caf\xe9 " + "numérique".encode(),
    "binary.bin": bytes(range(256)),
    "shift-jis.txt": "日本語のテキストです。これは長い文章です。".encode("shift_jis") * 3,
}


# --- PDF ----------------------------------------------------------------------------------------
def pdf(pages, extra_objects=b""):
    """A PDF with one text stream per page; `pages` holds lists of (y, text) in Latin-1."""
    objects = []

    def add(body):
        objects.append(body)
        return len(objects)

    catalog = add(None)
    tree = add(None)
    font = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    kids = []
    for lines in pages:
        ops = b"BT /F1 11 Tf\n"
        for y, text in lines:
            escaped = text.encode("cp1252").replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")
            ops += b"1 0 0 1 72 %d Tm (" % y + escaped + b") Tj\n"
        ops += b"ET\n"
        content = add(b"<< /Length %d >>\nstream\n" % len(ops) + ops + b"endstream")
        kids.append(add(b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 595 842] "
                        b"/Resources << /Font << /F1 %d 0 R >> >> /Contents %d 0 R >>" % (tree, font, content)))
    objects[catalog - 1] = b"<< /Type /Catalog /Pages %d 0 R >>" % tree
    objects[tree - 1] = (b"<< /Type /Pages /Kids [" + b" ".join(b"%d 0 R" % k for k in kids)
                         + b"] /Count %d >>" % len(kids))
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for off in offsets:
        out += b"%010d 00000 n \n" % off
    out += b"trailer\n<< /Size %d /Root %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, catalog, xref)
    return bytes(out)


def pdf_seeds():
    page = lambda n, body: [(800, "Ville de Lyon - Programme 2026"), *body, (40, "Page %d sur 3" % n)]
    three = pdf([
        page(1, [(700, "La transformation numé-"), (686, "rique de la mairie."), (640, "Nouveau paragraphe : open data.")]),
        page(2, [(700, "Des services en ligne et la fibre op-"), (686, "tique pour tous les quartiers, et la e-"),
                 (672, "santé.")]),
        page(3, [(700, "Le tiers-lieu numérique ouvrira en 2027.")]),
    ])
    write("pdf", "three-pages.pdf", three)
    write("pdf", "one-line.pdf", pdf([[(700, "Une seule ligne.")]]))
    write("pdf", "no-text.pdf", pdf([[]]))
    write("pdf", "truncated.pdf", three[: len(three) * 2 // 3])
    no_xref = three[: three.rfind(b"xref")] + b"%%EOF\n"
    write("pdf", "no-xref.pdf", no_xref)
    write("pdf", "not-pdf.pdf", b"%PDF-1.7\nnothing else\n")


# --- ZIP, DOCX, ODT -----------------------------------------------------------------------------
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
CONTENT_TYPES = """<?xml version="1.0" encoding="UTF-8"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
</Types>"""
DOCUMENT = f"""<?xml version="1.0" encoding="UTF-8"?>
<w:document {W}><w:body>
<w:p><w:r><w:t>Programme numérique</w:t></w:r></w:p>
<w:p><w:r><w:t xml:space="preserve">L’open data </w:t></w:r><w:r><w:tab/><w:t>et la fibre</w:t></w:r>
<w:r><w:footnoteReference w:id="2"/></w:r><w:r><w:br/><w:t>optique.</w:t></w:r>
<w:del><w:r><w:delText>supprimé</w:delText></w:r></w:del><w:ins><w:r><w:t> ajouté</w:t></w:r></w:ins>
<w:r><w:softHyphen/><w:noBreakHyphen/><w:instrText>PAGE</w:instrText></w:r></w:p>
<w:tbl><w:tr><w:tc><w:p><w:r><w:t>cellule</w:t></w:r></w:p></w:tc></w:tr></w:tbl>
</w:body></w:document>"""
FOOTNOTES = f"""<?xml version="1.0" encoding="UTF-8"?>
<w:footnotes {W}>
<w:footnote w:type="separator" w:id="0"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>
<w:footnote w:id="2"><w:p><w:r><w:footnoteRef/><w:t>Une note sur les données.</w:t></w:r></w:p></w:footnote>
</w:footnotes>"""

ODT_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
          'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"')
CONTENT = f"""<?xml version="1.0" encoding="UTF-8"?>
<office:document-content {ODT_NS} office:version="1.2"><office:body><office:text>
<text:h text:outline-level="1">Programme numérique</text:h>
<text:p>L’open   data<text:s text:c="3"/>et<text:tab/>la fibre<text:note text:note-class="footnote">
<text:note-citation>1</text:note-citation><text:note-body><text:p>Une note.</text:p></text:note-body>
</text:note><text:line-break/>optique.</text:p>
<text:list><text:list-item><text:p>Un tiers-lieu</text:p></text:list-item></text:list>
<table:table><table:table-row><table:table-cell><text:p>cellule</text:p></table:table-cell></table:table-row></table:table>
</office:text></office:body></office:document-content>"""
MANIFEST_XML = """<?xml version="1.0" encoding="UTF-8"?>
<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">
<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>
<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
</manifest:manifest>"""
ODT_MIME = "application/vnd.oasis.opendocument.text"


def docx(document=DOCUMENT, footnotes=FOOTNOTES, method=None):
    entries = [("[Content_Types].xml", CONTENT_TYPES, None), ("word/document.xml", document, method)]
    if footnotes is not None:
        entries.append(("word/footnotes.xml", footnotes, method))
    return zip_bytes(entries)


def odt(content=CONTENT, mimetype=ODT_MIME, manifest=MANIFEST_XML):
    entries = [("mimetype", mimetype, zipfile.ZIP_STORED), ("content.xml", content, None)]
    if manifest is not None:
        entries.append(("META-INF/manifest.xml", manifest, None))
    return zip_bytes(entries)


def office_seeds():
    good = docx()
    write("docx", "programme.docx", good)
    write("docx", "stored.docx", docx(method=zipfile.ZIP_STORED))
    write("docx", "no-notes.docx", docx(footnotes=None))
    write("docx", "malformed.docx", docx(document=DOCUMENT.replace("</w:body>", "")))
    write("docx", "doctype.docx", docx(document=DOCUMENT.replace(
        "<w:document", '<!DOCTYPE w:document [<!ENTITY e "entité">]>\n<w:document', 1)))
    write("docx", "no-document.docx", zip_bytes([("[Content_Types].xml", CONTENT_TYPES, None)]))
    write("docx", "crc-error.docx", flip_first_crc(good))
    write("docx", "truncated.docx", good[: len(good) // 2])
    # Not ZIP files: the docx and odt targets wrap such an input, as the main part, in an archive.
    write("docx", "document.xml", DOCUMENT)
    write("docx", "document-doctype.xml", '<!DOCTYPE d [<!ENTITY e "x">]><w:document %s>&e;</w:document>' % W)
    write("odt", "content.xml", CONTENT)
    write("docx", "compound.docx", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504))

    good = odt()
    write("odt", "programme.odt", good)
    write("odt", "wrong-mimetype.odt", odt(mimetype="application/vnd.oasis.opendocument.spreadsheet"))
    write("odt", "no-manifest.odt", odt(manifest=None))
    write("odt", "encrypted-manifest.odt", odt(manifest=MANIFEST_XML.replace(
        'manifest:media-type="text/xml"/>',
        'manifest:media-type="text/xml"><manifest:encryption-data manifest:checksum-type="SHA1"/>'
        '</manifest:file-entry>')))
    write("odt", "malformed.odt", odt(content=CONTENT.replace("</office:text>", "")))
    write("odt", "truncated.odt", good[: len(good) * 3 // 4])

    write("zip", "deflated.zip", zip_bytes([("a.txt", "numérique " * 50, None),
                                             ("dir/b.txt", "données", zipfile.ZIP_STORED)]))
    write("zip", "docx-parts.zip", docx())
    write("zip", "odt-parts.zip", odt())
    write("zip", "empty.zip", zip_bytes([]))
    write("zip", "crc-error.zip", flip_first_crc(zip_bytes([("a.txt", "abc", zipfile.ZIP_STORED)])))
    write("zip", "bzip2.zip", zip_bytes([("a.txt", "abc" * 100, zipfile.ZIP_BZIP2)]))
    write("zip", "ratio.zip", zip_bytes([("a.txt", b"\0" * (2 << 20), None)]))
    many = zip_bytes([("a.txt", "", zipfile.ZIP_STORED)] + [(f"f{i}", "", zipfile.ZIP_STORED) for i in range(50)])
    write("zip", "many.zip", many)
    write("zip", "truncated.zip", zip_bytes([("a.txt", "abcdef" * 20, None)])[:-10])
    # What libzip reads and the old reader did not (ZIP64), or read another way (data descriptors).
    two = [("a.txt", "numérique " * 20), ("dir/b.txt", "données")]
    write("zip", "data-descriptor.zip", zip_written(two, streamed=True))
    write("zip", "zip64-entries.zip", zip_written(two, force_zip64=True))
    write("zip", "zip64-end.zip", zip64_end_records([(n, d, None) for n, d in two]))
    # An end-of-central-directory record alone, with a comment.
    write("zip", "eocd-only.zip", struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, 0, 0, 0, 0, 3) + b"abc")


# --- manifests ----------------------------------------------------------------------------------
def manifest_seeds():
    csv = {
        "manifest.csv": "file;candidate;list;nuance;city;department;insee;year;round;elected\n"
        'lyon.txt;Camille Martin;Lyon Demain;DVG;Lyon;;;2020;1;oui\n'
        'v.md;"Dupont; Jeanne";"Liste ""unie""";UG;Villeurbanne;69;;2020;2;non\n'
        '/abs/p.pdf;X;;;;;13055;2020;;élu\n',
        "comma.csv": "\ufefffile,city,year\r\na.txt,Lyon,2020\r\n\"multi\nligne.txt\",Paris,\r\n",
        "projects.csv": "city;insee;title;description;category;maturity;year;budget;partners;source\n"
        "Lyon;;Stationnement;Capteurs;Transports;déploiement;2020;450 000,50;Métropole;site\n"
        ";76351;Budget participatif;Plateforme;e-citoyenneté;en service;2018;1\u202f200;;\n",
        "bad-year.csv": "file;year\na.txt;deux mille\n",
        "bad-elected.csv": "file,elected\na.txt,peut-être\n",
        "bad-budget.csv": "title;budget\nProjet;12 €\n",
        "unknown-column.csv": "file;candidat\na.txt;X\n",
        "field-count.csv": "file;city\na.txt;Lyon;en trop\n",
        "unterminated.csv": 'file;city\n"a.txt;Lyon\n',
        "no-file.csv": "file;city\n;Lyon\n",
        "empty.csv": "",
        "not-utf8.csv": b"file;city\na.txt;S\xe8te\n",
    }
    for name, data in csv.items():
        write("manifest_csv", name, data)
    js = {
        "programmes.json": json.dumps({"programmes": [
            {"file": "lyon.txt", "candidate": "Camille Martin", "city": "Lyon", "year": 2020, "elected": True},
            {"file": "sd.html", "department": "93", "year": "2020", "round": 2, "insee": None}]},
            ensure_ascii=False, indent=1),
        "array.json": '[{"file": "a.txt", "year": 2020.0}, {"file": "b.txt", "elected": false}]',
        "projects.json": json.dumps({"projects": [
            {"title": "Stationnement", "city": "Lyon", "budget": 450000.5, "year": 2020},
            {"title": "ENT", "budget": "1 200,50", "partners": "Région"}]}, ensure_ascii=False),
        "not-list.json": '{"programmes": {"file": "a.txt"}}',
        "entry-not-object.json": '[1, "a.txt"]',
        "not-scalar.json": '[{"file": ["a.txt"]}]',
        "unknown-key.json": '[{"file": "a.txt", "candidat": "X"}]',
        "big-number.json": '[{"file": "a.txt", "year": 1e400, "round": 99999999999999999999}]',
        "syntax.json": '[{"file": "a.txt",,}]',
        "truncated.json": '{"programmes": [{"file": "a.t',
    }
    for name, data in js.items():
        write("manifest_json", name, data)


# --- search -------------------------------------------------------------------------------------
SEARCH = {
    "words.txt": "données ouvertes",
    "phrase.txt": '"open data" fibre',
    "syntax.txt": 'NEAR(a b, 3) AND (c OR NOT d) col:e ^f g* "h',
    "clitics.txt": "l’e-administration jusqu'à #OpenData",
    "quotes.txt": '"" " "" """ \'\' *',
    "empty.txt": "",
    "invalid.txt": b"caf\xe9 \xff\xfe",
}


# What Tesseract gives for a page: lines, a blank line between paragraphs; and a misread page.
OCR_TEXT = {
    "two-paragraphs.txt": "Une ville connectée et solidaire\n\nD\u2019ici 2032, la fibre optique desservira "
                          "chaque foyer\nde la commune. Nous installerons un réseau wifi public.\n\n"
                          "Le portail citoyen permettra de signaler un problème.\n".encode(),
    "decorative-and-glued.txt": "T\nI\nT\nR\nE\n\nUne ville connec-\ntée et solidaire.Depuis 2020 les\n\n"
                                "\x01\ue001 \ufffd\n   \n\ncafe\u0301 e-\nsanté\n".encode(),
}


# --- dictionary_import: the first byte picks the format (DictionaryFormat), the rest is the file --
DICTIONARY_FIXTURES = Path(__file__).resolve().parent.parent / "tests" / "data" / "dictionaries"
DICTIONARY_IMPORT = {
    0: ["liwc2007.dic", "liwc2015.dic"],
    1: ["liwc22.dicx"],
    2: ["wordstat.cat"],
    3: ["lexicoder.lc3"],
    4: ["quanteda.yml"],
    5: ["qda-tool.qdc"],
}


def dictionary_import_seeds():
    for format_byte, names in DICTIONARY_IMPORT.items():
        for name in names:
            data = (DICTIONARY_FIXTURES / name).read_bytes()
            write("dictionary_import", name, bytes([format_byte]) + data)
            write("dictionary_import", "truncated-" + name, bytes([format_byte]) + data[: len(data) // 2])
    write("dictionary_import", "legend-unclosed.dic", b"\x00%\n1\ta\nmot\t1\n")
    write("dictionary_import", "yaml-tabs.yml", b"\x04a:\n\t- b\n")
    write("dictionary_import", "dicx-quote-open.dicx", b'\x01DicTerm,A\n"mot,X\n')
    write("dictionary_import", "qdc-doctype.qdc",
          b'\x05<?xml version="1.0"?>\n<!DOCTYPE CodeBook [<!ENTITY a "&#38;#60;">]>\n<CodeBook>&a;</CodeBook>')
    write("dictionary_import", "qdc-nested.qdc",
          b'\x05<CodeBook><Codes><Code name="a" color="#fff"><Code name=""><Code name="\xc3\xa9"/></Code></Code>'
          b'</Codes></CodeBook>')


def main():
    for name, data in OCR_TEXT.items():
        write("ocr_text", name, data)
    for name, data in TEXTS.items():
        write("text", name, data)
    dictionary_seeds()
    dictionary_import_seeds()
    for name, data in HTML.items():
        write("html", name, data)
    for name, data in MARKDOWN.items():
        write("markdown", name, data)
    for name, data in DECODER.items():
        write("decoder", name, data)
    pdf_seeds()
    office_seeds()
    manifest_seeds()
    for name, data in SEARCH.items():
        write("search", name, data)


if __name__ == "__main__":
    main()

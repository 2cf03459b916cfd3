#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 Vigie contributors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes the PDF fixtures of tests/core/PdfTextTest.cpp, byte by byte.

Standard library only: hand-written PDF 1.4 objects, the standard Helvetica fonts (no embedding, so
the files stay tiny) with WinAnsiEncoding for French accents, and a correct xref table. The output
is deterministic, except encrypted.pdf, which is made from one-page.pdf by qpdf (Debian package
"qpdf") when it is installed; without qpdf the committed encrypted.pdf is left as it is.

Run from anywhere: python3 tests/data/pdf/make-fixtures.py
"""

import os
import shutil
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))

# A4 in points.
WIDTH, HEIGHT = 595, 842

# Font resource names. F3 is Helvetica whose code 0xAD is the soft hyphen U+00AD: in plain
# WinAnsiEncoding 0xAD is the glyph "hyphen", which text extraction reads as an ordinary '-'.
FONTS = {
    "F1": b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    "F2": b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>",
    "F3": b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding"
          b" << /Type /Encoding /BaseEncoding /WinAnsiEncoding /Differences [173 /uni00AD] >> >>",
}

HEADER = "Programme de la liste Lyon Demain \u2014 municipales 2020"


# The leaflet's fonts: those above and F4, Helvetica whose codes 174 and 175 (cp1252's "®" and "¯")
# are the ligatures U+FB01 and U+FB02 ("fi", "fl"), which text extraction gives as they are, as
# design tools write them. (The other fixtures keep the three fonts, so their bytes stay the same.)
LEAFLET_FONTS = dict(FONTS, F4=b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding"
                               b" << /Type /Encoding /BaseEncoding /WinAnsiEncoding /Differences [174 /uniFB01 /uniFB02] >> >>")


def pdf_string(text):
    """A PDF literal string in WinAnsiEncoding (cp1252 has the same codes for what we use)."""
    raw = text.encode("cp1252")
    return b"(" + raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)") + b")"


def content_stream(lines):
    """lines: (font, size, x, y, text) tuples, each shown at an absolute position; a sixth item
    sets the character spacing (Tc, in points: letter-spaced titles)."""
    ops = []
    spaced = False  # Tc is graphics state: it outlives ET, so a spaced line is followed by "0 Tc"
    for line in lines:
        font, size, x, y, text = line[:5]
        spacing = b"%d Tc " % line[5] if len(line) > 5 else (b"0 Tc " if spaced else b"")
        spaced = len(line) > 5
        ops.append(b"BT /%s %d Tf %s1 0 0 1 %d %d Tm %s Tj ET"
                   % (font.encode(), size, spacing, x, y, pdf_string(text)))
    return b"\n".join(ops)


def make_pdf(pages, fonts=FONTS):
    """pages: one list of lines (see content_stream) per page. Returns the bytes of the file.

    Object order: catalog, page tree, fonts, then each page followed by its content stream, so
    that a file cut in half keeps its catalog but loses its last pages (as a broken download does).
    """
    font_names = sorted(fonts)
    first_page = 3 + len(font_names)
    kids = b" ".join(b"%d 0 R" % (first_page + 2 * i) for i in range(len(pages)))
    font_refs = b" ".join(b"/%s %d 0 R" % (name.encode(), 3 + i) for i, name in enumerate(font_names))

    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, len(pages)),
    ]
    objects += [fonts[name] for name in font_names]
    for i, lines in enumerate(pages):
        page_number = first_page + 2 * i
        objects.append(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %d %d] /Resources << /Font << %s >> >>"
            b" /Contents %d 0 R >>" % (WIDTH, HEIGHT, font_refs, page_number + 1))
        stream = content_stream(lines)
        objects.append(b"<< /Length %d >>\nstream\n%s\nendstream" % (len(stream), stream))

    return serialize(objects)


def serialize(objects):
    """The bytes of a PDF file holding `objects` (bodies of objects 1, 2...; 1 is the catalog)."""
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")  # the second line marks the file as binary
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset  # each entry is exactly 20 bytes
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def programme_page(number, count, heading, body):
    """A page with the running header, a heading, body lines and the "Page N sur M" footer."""
    lines = [("F1", 9, 72, 800, HEADER), ("F2", 14, 72, 740, heading)]
    y = 712
    for text in body:
        lines.append(("F1", 11, 72, y, text))
        y -= 16
    lines.append(("F1", 9, 270, 40, "Page %d sur %d" % (number, count)))
    return lines


# Four pages; words broken across lines: "numé-|rique" and "accompa-|gnement" (hyphenation, to be
# joined), "l'e-|santé" and "porte-|parole" (compounds, to be kept).
PROGRAMME = [
    ("1. Une ville plus verte", [
        "Nous planterons 10 000 arbres d\u2019ici 2026 et créerons des îlots de fraîcheur",
        "dans chaque arrondissement. Les cours d\u2019école deviendront des jardins.",
        "Nous accélérerons la transition numé-",
        "rique des services publics, sans oublier ceux qui n\u2019ont pas d\u2019ordinateur.",
    ]),
    ("2. Santé et solidarités", [
        "Une maison de santé ouvrira dans chaque quartier prioritaire. Nous",
        "développerons l\u2019e-",
        "santé pour les personnes âgées isolées, avec des visites à domicile.",
        "Le centre communal d\u2019action sociale sera renforcé.",
    ]),
    ("3. Démocratie locale", [
        "Chaque conseil de quartier élira un porte-",
        "parole qui siégera au conseil municipal avec voix consultative.",
        "Un budget participatif de 5 % de l\u2019investissement sera voté chaque année.",
    ]),
    ("4. Mobilités et logement", [
        "Nous créerons 40 kilomètres de pistes cyclables et un accompa-",
        "gnement financier pour l\u2019achat d\u2019un vélo à assistance électrique.",
        "Nous réhabiliterons 2 000 logements sociaux, à commencer par la Duchère.",
    ]),
]

# One page: a title, body lines with a soft hyphen at a line end ("l'é\u00AD|cole": joined although
# a one-letter first half with a hard hyphen would be kept) and a bare page number "- 1 -".
ONE_PAGE = [
    ("F2", 16, 72, 760, "Villeurbanne en commun"),
    ("F1", 11, 72, 728, "Gratuité de la cantine pour les familles modestes."),
    ("F3", 11, 72, 712, "Rénovation énergétique de chaque bâtiment de l\u2019\u00e9\u00ad"),
    ("F1", 11, 72, 696, "cole publique avant 2026."),
    ("F1", 11, 72, 680, "Une maison des associations, ouverte tard le soir."),
    ("F1", 10, 290, 40, "- 1 -"),
]

# Two columns whose lines alternate in the content stream, left, right, left...: reading order must
# give the whole left column first.
LEFT_COLUMN = ["La colonne de gauche parle", "des écoles et des crèches."]
RIGHT_COLUMN = ["La colonne de droite parle", "des transports en commun."]
TWO_COLUMNS = [("F2", 14, 72, 780, "Deux colonnes")]
for row, (left, right) in enumerate(zip(LEFT_COLUMN, RIGHT_COLUMN)):
    TWO_COLUMNS.append(("F1", 11, 72, 740 - 14 * row, left))
    TWO_COLUMNS.append(("F1", 11, 320, 740 - 14 * row, right))


# Three pages with the running header and footer, set as a word processor sets paragraphs: 16 pt
# from line to line, 32 pt between paragraphs and after the heading, and one line 18 pt down
# (uneven leading, not a paragraph). Words broken across a page break: "numé-|rique"
# (hyphenation, to be joined) and "porte-|parole" (a compound, to be kept).
PARAGRAPH_PAGES = [
    [
        ("F2", 14, 744, "Programme pour Villeurbanne"),
        ("F1", 11, 712, "Notre ville mérite mieux. Nous voulons une cantine"),
        ("F1", 11, 696, "gratuite pour les familles modestes et des écoles"),
        ("F1", 11, 678, "rénovées avant 2026."),
        ("F1", 11, 646, "Nous accélérerons la transition numé-"),
    ],
    [
        ("F1", 11, 744, "rique des services publics, sans oublier ceux qui n\u2019ont pas"),
        ("F1", 11, 728, "d\u2019ordinateur. Une maison de santé ouvrira dans chaque quartier."),
        ("F1", 11, 696, "Chaque conseil de quartier élira un porte-"),
    ],
    [
        ("F1", 11, 744, "parole qui siégera au conseil municipal."),
        ("F1", 11, 728, "Ses avis seront publiés."),
        ("F1", 11, 696, "Le budget participatif sera voté chaque année."),
    ],
]


def paragraph_page(number, count, body):
    """body: (font, size, y, text) lines at x = 72, between the running header and footer."""
    lines = [("F1", 9, 72, 800, HEADER)]
    lines += [(font, size, 72, y, text) for font, size, y, text in body]
    lines.append(("F1", 9, 270, 40, "Page %d sur %d" % (number, count)))
    return lines


# A leaflet page as design tools export them: a letter-spaced title, a decorative word printed one
# letter per line beside the heading it repeats, a drop capital, the ligatures fi and fl, and two
# sentences glued where a line break was lost.
LEAFLET = [
    ("F2", 20, 72, 790, "NOTRE PROGRAMME", 9),
    ("F2", 20, 40, 700, "V"),
    ("F2", 20, 40, 676, "I"),
    ("F2", 20, 40, 652, "V"),
    ("F2", 20, 40, 628, "R"),
    ("F2", 20, 40, 604, "E"),
    ("F2", 14, 90, 700, "Vivre ensemble"),
    ("F1", 11, 90, 680, "Des maisons de quartier ouvertes le soir et le week-end."),
    ("F2", 40, 72, 500, "P"),
    ("F1", 11, 104, 526, "ROTÉGER les plus fragiles est notre première priorité :"),
    ("F1", 11, 104, 512, "une mutuelle communale ouverte à tous les habitants."),
    ("F4", 11, 72, 440, "Nous voulons rendre con®ance et ¯uidité aux services publics en ligne."),
    ("F1", 11, 72, 424, "Nous avons été élus au 1er tour.Depuis 2020, la ville a ouvert ses données."),
    ("F1", 11, 72, 408, "Écrire à M.Dupont (S.N.C.F.) ou sur nantes.fr, 2 rue Kervégan.Merci !"),
    ("F2", 16, 72, 360, "UNE VILLE CONNECTÉE", 6),
    ("F1", 11, 72, 336, "Le Wi-Fi public dans les bibliothèques."),
]


# A leaflet page of short paragraphs under headings: most advances from one line to the next are
# the 22 pt gaps between paragraphs, only two are the 13 pt spacing of lines within one.
SHORT_PARAGRAPHS = [
    ("F2", 14, 72, 760, "Une ville qui soigne"),
    ("F1", 11, 72, 738, "Un centre de santé ouvrira à Bellevue."),
    ("F2", 14, 72, 716, "Une ville numérique"),
    ("F1", 11, 72, 694, "Le wifi public sera étendu au port de commerce,"),
    ("F1", 11, 72, 681, "et les données de la ville seront ouvertes."),
    ("F2", 14, 72, 659, "Une ville tournée vers la mer"),
    ("F1", 11, 72, 637, "Nous ferons du port un lieu de vie."),
    ("F2", 14, 72, 615, "Une ville qui protège"),
    ("F1", 11, 72, 593, "Des maisons de quartier ouvertes le soir"),
    ("F1", 11, 72, 580, "et le week-end pour les familles."),
    ("F2", 14, 72, 558, "Une ville sobre"),
    ("F1", 11, 72, 536, "Des écoles rénovées et isolées."),
]


def write(name, data):
    with open(os.path.join(HERE, name), "wb") as f:
        f.write(data)


def main():
    programme = make_pdf([programme_page(i + 1, len(PROGRAMME), h, b) for i, (h, b) in enumerate(PROGRAMME)])
    write("programme-4-pages.pdf", programme)
    write("truncated.pdf", programme[: len(programme) // 2])
    write("one-page.pdf", make_pdf([ONE_PAGE]))
    write("two-columns.pdf", make_pdf([TWO_COLUMNS]))
    write("leaflet.pdf", make_pdf([LEAFLET], LEAFLET_FONTS))
    write("paragraphs-3-pages.pdf",
          make_pdf([paragraph_page(i + 1, len(PARAGRAPH_PAGES), b) for i, b in enumerate(PARAGRAPH_PAGES)]))
    write("short-paragraphs.pdf", make_pdf([SHORT_PARAGRAPHS]))
    write("no-text.pdf", make_pdf([[]]))  # one page, empty content stream: what a scan looks like
    # What a web server returns instead of the PDF a link promised.
    write("not-a-pdf.pdf", b"<!DOCTYPE html>\n<html><head><title>404 Not Found</title></head>\n"
                           b"<body><h1>Not Found</h1></body></html>\n")

    qpdf = shutil.which("qpdf")
    if qpdf is None:
        print("qpdf not found: encrypted.pdf left as it is", file=sys.stderr)
        return
    # User password "user", owner password "owner", AES-256.
    subprocess.run([qpdf, "--encrypt", "user", "owner", "256", "--", os.path.join(HERE, "one-page.pdf"),
                    os.path.join(HERE, "encrypted.pdf")], check=True)


if __name__ == "__main__":
    main()

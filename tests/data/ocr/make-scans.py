#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 Vigie contributors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes the scanned-leaflet fixtures of the OCR tests and bench (issue 14): PDFs whose pages are
pictures of known French text, with no text layer, as design tools and scanners export them.

Each page's text (written for this script, in the style of campaign leaflets, with the digital
themes the dictionary counts) is laid out in a text PDF with the fixtures' writer
(tests/data/pdf/make-fixtures.py), drawn in grey by poppler's pdftoppm at the page's resolution
(Debian package poppler-utils; fonts as fontconfig gives them: Liberation Sans and Serif from
fonts-liberation2 were installed when the committed files were made), and that picture is written
as the only content of an image PDF (Flate-compressed DeviceGray). Beside each PDF, NAME.txt holds
its known text, pages apart by a form feed, lines as laid out: what OCR should read.

  scan-clean.pdf     3 pages at 300 dpi: sans 11 pt with a 20 pt title, serif 10 pt, sans 8 pt
  scan-150dpi.pdf    1 page at 150 dpi (a low-resolution export), sans 11 pt
  scan-200dpi.pdf    1 page at 200 dpi, serif 12 pt
  scan-rotated.pdf   1 page at 300 dpi, the picture turned a quarter clockwise on a landscape page
  scan-mixed.pdf     page 1 a text layer, page 2 a picture (a leaflet with one scanned page)
  scan-blank.pdf     1 page, a picture with no text at all (a photograph): no text even with OCR

Run from anywhere: python3 tests/data/ocr/make-scans.py (needs pdftoppm).
"""

import importlib.util
import os
import subprocess
import tempfile
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
spec = importlib.util.spec_from_file_location("fixtures", os.path.join(HERE, "..", "pdf", "make-fixtures.py"))
fixtures = importlib.util.module_from_spec(spec)
spec.loader.exec_module(fixtures)

FONTS = {
    "F1": b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    "F2": b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>",
    "F3": b"<< /Type /Font /Subtype /Type1 /BaseFont /Times-Roman /Encoding /WinAnsiEncoding >>",
    "F4": b"<< /Type /Font /Subtype /Type1 /BaseFont /Times-Bold /Encoding /WinAnsiEncoding >>",
}

# (title, paragraphs): each page's text. Written for these fixtures.
PAGES = {
    "numerique": ("Une ville connectée et solidaire", [
        "D’ici 2032, la fibre optique desservira chaque foyer de la commune, y compris les hameaux "
        "du plateau. Nous installerons un réseau wifi public gratuit dans les parcs, les gymnases et "
        "la médiathèque.",
        "Aucun habitant ne sera laissé de côté : trois conseillers numériques tiendront une "
        "permanence chaque semaine dans les mairies annexes pour aider aux démarches en ligne. Les "
        "ateliers d’inclusion numérique seront ouverts aux seniors comme aux demandeurs d’emploi.",
        "Le portail citoyen permettra de signaler un problème de voirie, de réserver une salle ou "
        "de payer la cantine depuis un téléphone, sans jamais supprimer l’accueil au guichet.",
    ]),
    "donnees": ("Transparence et données publiques", [
        "Nous publierons en open data le budget, les marchés publics et les subventions aux "
        "associations, dans des formats réutilisables et mis à jour chaque trimestre.",
        "Un comité d’éthique veillera à la protection des données personnelles des usagers. La "
        "ville ne vendra jamais les informations de ses habitants et formera ses agents à la "
        "cybersécurité après l’attaque qui a bloqué l’état civil pendant dix jours.",
        "Les conseils municipaux seront retransmis en direct et leurs délibérations mises en "
        "ligne le lendemain.",
    ]),
    "sante": ("Santé, écoles et emploi", [
        "Une maison de santé accueillera des cabinets de téléconsultation pour les quartiers où "
        "les médecins manquent. Le dossier médical partagé sera expliqué lors de réunions "
        "publiques.",
        "Chaque école élémentaire recevra des tablettes et un espace numérique de travail "
        "commun ; les enseignants seront accompagnés par un animateur.",
        "Nous soutiendrons les jeunes pousses du territoire avec une pépinière d’entreprises "
        "labellisée French Tech et un espace de coworking près de la gare.",
    ]),
    "mobilite": ("Se déplacer mieux", [
        "Une application unique réunira les horaires des bus, les vélos en libre-service et le "
        "covoiturage. Des capteurs mesureront la qualité de l’air autour des écoles.",
        "L’éclairage public intelligent baissera la consommation d’énergie de moitié la nuit.",
    ]),
    "proximite": ("Proximité et démocratie locale", [
        "Chaque quartier disposera d’un budget participatif voté en ligne et sur papier. Les "
        "projets retenus seront suivis sur une carte interactive.",
        "La vidéoprotection sera limitée aux abords des équipements publics, sous le contrôle "
        "d’un comité citoyen.",
    ]),
    "culture": ("Culture et loisirs pour tous", [
        "La médiathèque prêtera des liseuses et proposera des jeux vidéo en accès libre. Le musée "
        "ouvrira une visite virtuelle de ses collections.",
        "Un pass culture municipal, sur carte ou sur téléphone, donnera accès aux spectacles à "
        "tarif réduit.",
    ]),
}

WIDTH, HEIGHT = fixtures.WIDTH, fixtures.HEIGHT
MARGIN = 60


def wrap(text, size, per_point):
    """Lines of `text` no wider than the text block (an average glyph width of `per_point` em)."""
    limit = int((WIDTH - 2 * MARGIN) / (size * per_point))
    lines, words = [], []
    for word in text.split():
        if words and len(" ".join(words + [word])) > limit:
            lines.append(" ".join(words))
            words = []
        words.append(word)
    if words:
        lines.append(" ".join(words))
    return lines


def page_lines(key, body_font, title_font, size):
    """The page laid out: (font, size, x, y, text) tuples, and its text as OCR should read it."""
    title, paragraphs = PAGES[key]
    title_size = max(14, size * 2 - 2)
    y = HEIGHT - MARGIN - title_size
    lines = [(title_font, title_size, MARGIN, y, title)]
    text = [title, ""]
    y -= title_size * 2
    per_point = 0.50 if body_font == "F1" else 0.46
    for paragraph in paragraphs:
        for line in wrap(paragraph, size, per_point):
            lines.append((body_font, size, MARGIN, int(y), line))
            text.append(line)
            y -= size * 1.35
        y -= size * 0.9
        text.append("")
    return lines, "\n".join(text).strip() + "\n"


def grey_pixels(pdf_bytes, dpi):
    """The first page of `pdf_bytes` drawn in grey at `dpi`: (width, height, bytes)."""
    with tempfile.TemporaryDirectory() as tmp:
        source = os.path.join(tmp, "page.pdf")
        with open(source, "wb") as f:
            f.write(pdf_bytes)
        subprocess.run(["pdftoppm", "-gray", "-r", str(dpi), "-singlefile", source, os.path.join(tmp, "page")],
                       check=True)
        with open(os.path.join(tmp, "page.pgm"), "rb") as f:
            data = f.read()
    # Binary PGM: "P5\n<w> <h>\n255\n" then the pixels.
    fields = data.split(maxsplit=4)
    return int(fields[1]), int(fields[2]), fields[4]


def image_object(w, h, pixels):
    """A grey picture as a PDF image XObject (Flate)."""
    packed = zlib.compress(pixels, 9)
    return (b"<< /Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /DeviceGray"
            b" /BitsPerComponent 8 /Filter /FlateDecode /Length %d >>\nstream\n" % (w, h, len(packed))
            + packed + b"\nendstream")


def image_pdf(images):
    """images: (width, height, pixels, rotated) per page. An A4 page (landscape when rotated)
    drawing its picture over the whole page, nothing else."""
    pages = []
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", None]
    for w, h, pixels, rotated in images:
        first = len(objects) + 1
        box = (HEIGHT, WIDTH) if rotated else (WIDTH, HEIGHT)
        # Rotated: the picture's top edge along the page's right edge (a quarter turn clockwise).
        matrix = b"0 -%d %d 0 0 %d cm" % (WIDTH, HEIGHT, WIDTH) if rotated else b"%d 0 0 %d 0 0 cm" % (WIDTH, HEIGHT)
        content = b"q " + matrix + b" /Im0 Do Q"
        objects.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %d %d] /Resources << /XObject << /Im0 %d 0 R >> >>"
                       b" /Contents %d 0 R >>" % (box[0], box[1], first + 1, first + 2))
        objects.append(image_object(w, h, pixels))
        objects.append(b"<< /Length %d >>\nstream\n%s\nendstream" % (len(content), content))
        pages.append(first)
    objects[1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (b" ".join(b"%d 0 R" % p for p in pages), len(pages))
    return fixtures.serialize(objects)


def scanned(page, dpi):
    """One page's picture: (width, height, pixels)."""
    return grey_pixels(fixtures.make_pdf([page], FONTS), dpi)


def write(name, data, text):
    with open(os.path.join(HERE, name + ".pdf"), "wb") as f:
        f.write(data)
    with open(os.path.join(HERE, name + ".txt"), "w", encoding="utf-8") as f:
        f.write(text)


def main():
    specs = {
        "scan-clean": [("numerique", "F1", "F2", 11, 300), ("donnees", "F3", "F4", 10, 300),
                       ("sante", "F1", "F2", 8, 300)],
        "scan-150dpi": [("mobilite", "F1", "F2", 11, 150)],
        "scan-200dpi": [("proximite", "F3", "F4", 12, 200)],
        "scan-rotated": [("culture", "F1", "F2", 11, 300)],
    }
    for name, pages in specs.items():
        images, texts = [], []
        for key, body, title, size, dpi in pages:
            lines, text = page_lines(key, body, title, size)
            w, h, pixels = scanned(lines, dpi)
            images.append((w, h, pixels, name == "scan-rotated"))
            texts.append(text)
        write(name, image_pdf(images), "\f".join(texts))

    # A text page, then a scanned one. Known text: the picture's page only (the first is a text layer).
    text_lines, text_page = page_lines("mobilite", "F1", "F2", 11)
    scan_lines, scan_text = page_lines("proximite", "F1", "F2", 11)
    w, h, pixels = scanned(scan_lines, 300)
    write("scan-mixed", mixed_pdf(text_lines, (w, h, pixels)), text_page + "\f" + scan_text)

    # A photograph: grey shapes, no letters.
    w, h = 1240, 1754
    pixels = bytearray(b"\xff" * (w * h))
    for y in range(300, 1200):
        row = y * w
        for x in range(200, 1040):
            pixels[row + x] = 60 + ((x // 40 + y // 40) % 2) * 120
    write("scan-blank", image_pdf([(w, h, bytes(pixels), False)]), "")


def mixed_pdf(text_lines, picture):
    """Page 1 drawn with fonts (a text layer), page 2 a picture only."""
    w, h, pixels = picture
    stream = fixtures.content_stream(text_lines)
    fonts = sorted(FONTS)
    font_refs = b" ".join(b"/%s %d 0 R" % (n.encode(), 3 + i) for i, n in enumerate(fonts))
    base = 3 + len(fonts)
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>",
               b"<< /Type /Pages /Kids [%d 0 R %d 0 R] /Count 2 >>" % (base, base + 2)]
    objects += [FONTS[n] for n in fonts]
    objects.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %d %d] /Resources << /Font << %s >> >>"
                   b" /Contents %d 0 R >>" % (WIDTH, HEIGHT, font_refs, base + 1))
    objects.append(b"<< /Length %d >>\nstream\n%s\nendstream" % (len(stream), stream))
    content = b"q %d 0 0 %d 0 0 cm /Im0 Do Q" % (WIDTH, HEIGHT)
    objects.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %d %d] /Resources << /XObject << /Im0 %d 0 R >> >>"
                   b" /Contents %d 0 R >>" % (WIDTH, HEIGHT, base + 3, base + 4))
    objects.append(image_object(w, h, pixels))
    objects.append(b"<< /Length %d >>\nstream\n%s\nendstream" % (len(content), content))
    return fixtures.serialize(objects)


if __name__ == "__main__":
    main()

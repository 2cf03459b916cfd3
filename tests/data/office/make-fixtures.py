#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 Vigie contributors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes the .docx and .odt fixtures of tests/core/OfficeTextTest.cpp, and the .xlsx coding sheets of
tests/core/ValidationTest.cpp, next to this script.

Standard library only. Entries carry a fixed timestamp, so a run on the same Python and zlib
rewrites the same bytes. Usage: python3 tests/data/office/make-fixtures.py
"""

import io
import pathlib
import struct
import zipfile

HERE = pathlib.Path(__file__).resolve().parent
STAMP = (2026, 1, 15, 9, 30, 0)

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

CONTENT_TYPES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
</Types>
"""

RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
</Relationships>
"""

# A programme as Word writes it: runs split by formatting, proofing marks, bookmarks, tab stops
# in the paragraph properties, a tracked deletion, a hyperlink field, a table, and a text box
# stored twice (DrawingML choice, VML fallback).
DOCUMENT = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="{W}"
 xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"
 xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"
 xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
 xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"
 xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"
 xmlns:v="urn:schemas-microsoft-com:vml">
<w:body>
<w:p><w:pPr><w:pStyle w:val="Titre1"/></w:pPr><w:r><w:t>Programme municipal 2026 – « Villeneuve ensemble »</w:t></w:r></w:p>
<w:p><w:pPr><w:pStyle w:val="Titre2"/></w:pPr><w:bookmarkStart w:id="0" w:name="_Toc1"/><w:r><w:t>1. Le numérique au service de tous</w:t></w:r><w:bookmarkEnd w:id="0"/></w:p>
<w:p><w:r><w:t xml:space="preserve">Nous créerons un </w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>espace public numérique</w:t></w:r><w:proofErr w:type="spellStart"/><w:r><w:t xml:space="preserve"> dans chaque quartier : l’accès à Internet est un droit.</w:t></w:r><w:proofErr w:type="spellEnd"/></w:p>
<w:p><w:pPr><w:tabs><w:tab w:val="left" w:pos="2835"/></w:tabs></w:pPr><w:r><w:t>Budget :</w:t></w:r><w:r><w:tab/><w:t>120 000 €</w:t></w:r></w:p>
<w:p><w:r><w:t>Ateliers gratuits</w:t></w:r><w:r><w:br/><w:t xml:space="preserve">le mercredi et le samedi, avec le Wi</w:t><w:noBreakHyphen/><w:t>Fi public.</w:t></w:r></w:p>
<w:p><w:r><w:t xml:space="preserve">Nous refusons </w:t></w:r><w:del w:id="1" w:author="Camille" w:date="2026-01-10T10:00:00Z"><w:r><w:delText xml:space="preserve">la vidéosurveillance généralisée et </w:delText></w:r></w:del><w:ins w:id="2" w:author="Camille" w:date="2026-01-10T10:00:00Z"><w:r><w:t>la reconnaissance faciale</w:t></w:r></w:ins><w:r><w:t xml:space="preserve"> dans l’espace public.</w:t></w:r></w:p>
<w:p><w:r><w:t>Formation à la cyber</w:t></w:r><w:r><w:softHyphen/><w:t>sécurité pour les agents.</w:t></w:r></w:p>
<w:p><w:r><w:t xml:space="preserve">Détails sur </w:t></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> HYPERLINK "https://villeneuve-ensemble.example/programme" </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:rPr><w:rStyle w:val="Lienhypertexte"/></w:rPr><w:t>notre site</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r><w:r><w:t>.</w:t></w:r></w:p>
<w:p><w:pPr><w:pStyle w:val="Titre2"/></w:pPr><w:r><w:t>2. Calendrier</w:t></w:r></w:p>
<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr><w:tblGrid><w:gridCol w:w="4536"/><w:gridCol w:w="4536"/></w:tblGrid>
<w:tr><w:tc><w:tcPr><w:tcW w:w="4536" w:type="dxa"/></w:tcPr><w:p><w:r><w:t>Fibre optique dans les écoles</w:t></w:r></w:p></w:tc>
<w:tc><w:tcPr><w:tcW w:w="4536" w:type="dxa"/></w:tcPr><w:p><w:r><w:t>2027</w:t></w:r></w:p></w:tc></w:tr>
</w:tbl>
<w:p><w:r><w:t>Rendez-vous aux urnes.</w:t></w:r><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor><a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp><wps:txbx><w:txbxContent><w:p><w:r><w:t>Premier tour : 15 mars 2026</w:t></w:r></w:p></w:txbxContent></wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape><v:textbox><w:txbxContent><w:p><w:r><w:t>Premier tour : 15 mars 2026</w:t></w:r></w:p></w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>
<w:p/>
<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr>
</w:body>
</w:document>
"""

ODF_NS = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '
    'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
    'xmlns:xlink="http://www.w3.org/1999/xlink" '
    'xmlns:dc="http://purl.org/dc/elements/1.1/" '
    'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"'
)

# The same programme as LibreOffice writes it, plus what ODF adds: text:s for runs of spaces, a
# footnote, a comment, an image with a title, and one hand-indented paragraph whose white space
# ODF collapses.
CONTENT = f"""<?xml version="1.0" encoding="UTF-8"?>
<office:document-content {ODF_NS} office:version="1.3">
<office:automatic-styles><style:style style:name="T1" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style></office:automatic-styles>
<office:body><office:text>
<text:tracked-changes><text:changed-region text:id="ct1"><text:deletion><office:change-info><dc:creator>Camille</dc:creator><dc:date>2026-01-10T10:00:00</dc:date></office:change-info><text:p>la vidéosurveillance généralisée et </text:p></text:deletion></text:changed-region></text:tracked-changes>
<text:sequence-decls><text:sequence-decl text:display-outline-level="0" text:name="Illustration"/></text:sequence-decls>
<text:h text:style-name="Heading_20_1" text:outline-level="1">Programme municipal 2026 – « Villeneuve ensemble »</text:h>
<text:h text:style-name="Heading_20_2" text:outline-level="2">1. Le numérique au service de tous</text:h>
<text:p text:style-name="Standard">Nous créerons un <text:span text:style-name="T1">espace public numérique</text:span> dans chaque quartier : l’accès à Internet est un droit.</text:p>
<text:p text:style-name="Standard">Budget :<text:s text:c="3"/>120 000 €<text:tab/>(sur six ans)</text:p>
<text:p text:style-name="Standard">Ateliers gratuits<text:line-break/>le mercredi et le samedi<text:note text:id="ftn1" text:note-class="footnote"><text:note-citation>1</text:note-citation><text:note-body><text:p text:style-name="Footnote">Financés par la métropole.</text:p></text:note-body></text:note>, avec le Wi-Fi public.</text:p>
<text:p text:style-name="Standard">Nous refusons <text:change text:change-id="ct1"/>la reconnaissance faciale dans l’espace public.<office:annotation><dc:creator>Camille</dc:creator><dc:date>2026-01-11T08:00:00</dc:date><text:p>À vérifier avec le service juridique.</text:p></office:annotation></text:p>
<text:p text:style-name="Standard">Formation à la cyber\u00adsécurité pour les agents.</text:p>
<text:p text:style-name="Standard">Notre équipe<draw:frame draw:name="Photo" text:anchor-type="as-char" svg:width="5cm" svg:height="3cm"><draw:image xlink:href="Pictures/equipe.png" xlink:type="simple"/><svg:title>Photo de l’équipe</svg:title><svg:desc>Douze candidats devant la mairie</svg:desc></draw:frame></text:p>
<text:h text:style-name="Heading_20_2" text:outline-level="2">2. Nos priorités</text:h>
<text:list text:style-name="L1"><text:list-item><text:p text:style-name="P1">Fibre optique dans les écoles</text:p></text:list-item><text:list-item><text:p text:style-name="P1">Un <text:s/>guichet unique en ligne</text:p></text:list-item></text:list>
<table:table table:name="Calendrier"><table:table-column table:number-columns-repeated="2"/><table:table-row><table:table-cell office:value-type="string"><text:p>Fibre optique</text:p></table:table-cell><table:table-cell office:value-type="string"><text:p>2027</text:p></table:table-cell></table:table-row></table:table>
<text:p text:style-name="Standard">
    Texte   mis en <text:span text:style-name="T1">forme </text:span>
    sur plusieurs lignes.
</text:p>
<text:p text:style-name="Standard"/>
</office:text></office:body></office:document-content>
"""

MANIFEST = """<?xml version="1.0" encoding="UTF-8"?>
<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">
 <manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>
 <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
</manifest:manifest>
"""

ENCRYPTED_MANIFEST = """<?xml version="1.0" encoding="UTF-8"?>
<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">
 <manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>
 <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml" manifest:size="2048">
  <manifest:encryption-data manifest:checksum-type="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0#sha256-1k" manifest:checksum="AAAA">
   <manifest:algorithm manifest:algorithm-name="http://www.w3.org/2001/04/xmlenc#aes256-cbc" manifest:initialisation-vector="AAAA"/>
  </manifest:encryption-data>
 </manifest:file-entry>
</manifest:manifest>
"""

ODT_MIME = "application/vnd.oasis.opendocument.text"

# Notes as Word writes them: references in the runs of the body, the notes in their own parts with
# the separator and continuation-separator "notes" first (w:type set), a space after each note's
# number mark. Footnote 2 is referenced before footnote 1 and has two paragraphs; footnote 3 is
# referenced only from a tracked deletion. A header and a footer repeat on every page.
NOTES_CONTENT_TYPES = CONTENT_TYPES.replace(
    "</Types>",
    '<Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/>\n'
    '<Override PartName="/word/endnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.endnotes+xml"/>\n'
    '<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>\n'
    '<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>\n'
    "</Types>",
)

NOTES_DOCUMENT_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/>
<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/endnotes" Target="endnotes.xml"/>
<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/>
<Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/>
</Relationships>
"""


def note_reference(kind, note_id):
    style = "Appelnotedebasdep" if kind == "footnote" else "Appeldenotedefin"
    return f'<w:r><w:rPr><w:rStyle w:val="{style}"/></w:rPr><w:{kind}Reference w:id="{note_id}"/></w:r>'


NOTES_DOCUMENT = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="{W}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
<w:body>
<w:p><w:pPr><w:pStyle w:val="Titre1"/></w:pPr><w:r><w:t>Programme : notes et renvois</w:t></w:r></w:p>
<w:p><w:r><w:t>Le budget participatif atteindra 5 % de l’investissement</w:t></w:r>{note_reference("footnote", 2)}<w:r><w:t>, voté chaque année.</w:t></w:r></w:p>
<w:p><w:r><w:t>Nous rénoverons les écoles</w:t></w:r>{note_reference("endnote", 1)}<w:r><w:t xml:space="preserve"> et les crèches</w:t></w:r>{note_reference("footnote", 1)}<w:r><w:t>.</w:t></w:r><w:del w:id="9" w:author="Camille" w:date="2026-01-10T10:00:00Z">{note_reference("footnote", 3)}</w:del></w:p>
<w:sectPr><w:headerReference w:type="default" r:id="rId3"/><w:footerReference w:type="default" r:id="rId4"/><w:footnotePr><w:numFmt w:val="decimal"/></w:footnotePr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr>
</w:body>
</w:document>
"""


def note(kind, note_id, *paragraphs):
    style = "Notedebasdepage" if kind == "footnote" else "Notedefin"
    mark = "Appelnotedebasdep" if kind == "footnote" else "Appeldenotedefin"
    body = ""
    for i, text in enumerate(paragraphs):
        number = f'<w:r><w:rPr><w:rStyle w:val="{mark}"/></w:rPr><w:{kind}Ref/></w:r><w:r><w:t xml:space="preserve"> </w:t></w:r>' if i == 0 else ""
        body += f'<w:p><w:pPr><w:pStyle w:val="{style}"/></w:pPr>{number}<w:r><w:t>{text}</w:t></w:r></w:p>'
    return f'<w:{kind} w:id="{note_id}">{body}</w:{kind}>'


def notes_part(kind, notes):
    return f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:{kind}s xmlns:w="{W}">
<w:{kind} w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:{kind}>
<w:{kind} w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:{kind}>
<w:{kind} w:type="continuationNotice" w:id="-2"><w:p><w:r><w:t>Suite de la note page suivante.</w:t></w:r></w:p></w:{kind}>
{notes}
</w:{kind}s>
"""


FOOTNOTES = notes_part(
    "footnote",
    note("footnote", 1, "Crèches municipales et associatives.")
    + note("footnote", 2, "Source : compte administratif 2024.", "Hors dépenses de personnel.")
    + note("footnote", 3, "Note d’une phrase supprimée."),
)
ENDNOTES = notes_part("endnote", note("endnote", 1, "Programme détaillé en annexe."))

HEADER_PART = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:hdr xmlns:w="{W}"><w:p><w:r><w:t>Liste Villeneuve ensemble – en-tête</w:t></w:r></w:p></w:hdr>
"""
FOOTER_PART = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:ftr xmlns:w="{W}"><w:p><w:r><w:t>Page </w:t></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>PAGE</w:instrText></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r><w:r><w:t xml:space="preserve"> – pied de page</w:t></w:r></w:p></w:ftr>
"""


def notes_docx(footnotes=FOOTNOTES):
    return zip_bytes(
        [
            ("[Content_Types].xml", NOTES_CONTENT_TYPES),
            ("_rels/.rels", RELS),
            ("word/document.xml", NOTES_DOCUMENT),
            ("word/_rels/document.xml.rels", NOTES_DOCUMENT_RELS),
            ("word/footnotes.xml", footnotes),
            ("word/endnotes.xml", ENDNOTES),
            ("word/header1.xml", HEADER_PART),
            ("word/footer1.xml", FOOTER_PART),
        ]
    )


# Notes as LibreOffice writes them: inside the paragraph that cites them, a citation (the number)
# then the note body. A footnote with two paragraphs in the middle of a sentence, an endnote in a
# list item, a footnote in a heading; the page header and footer live in styles.xml.
NOTES_CONTENT = f"""<?xml version="1.0" encoding="UTF-8"?>
<office:document-content {ODF_NS} office:version="1.3">
<office:body><office:text>
<text:h text:style-name="Heading_20_1" text:outline-level="1">Programme : notes et renvois<text:note text:id="ftn1" text:note-class="footnote"><text:note-citation>1</text:note-citation><text:note-body><text:p text:style-name="Footnote">Adopté en assemblée générale.</text:p></text:note-body></text:note></text:h>
<text:p text:style-name="Standard">Le budget participatif atteindra 5 % de l’investissement<text:note text:id="ftn2" text:note-class="footnote"><text:note-citation>2</text:note-citation><text:note-body><text:p text:style-name="Footnote">Source : compte administratif 2024.</text:p><text:p text:style-name="Footnote">Hors dépenses de personnel.</text:p></text:note-body></text:note>, voté chaque année.</text:p>
<text:list text:style-name="L1"><text:list-item><text:p text:style-name="P1">Nous rénoverons les écoles<text:note text:id="edn1" text:note-class="endnote"><text:note-citation>i</text:note-citation><text:note-body><text:p text:style-name="Endnote">Programme détaillé en annexe.</text:p></text:note-body></text:note> et les crèches.</text:p></text:list-item></text:list>
</office:text></office:body></office:document-content>
"""

NOTES_STYLES = f"""<?xml version="1.0" encoding="UTF-8"?>
<office:document-styles {ODF_NS} office:version="1.3">
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1">
<style:header><text:p text:style-name="Header">Liste Villeneuve ensemble – en-tête</text:p></style:header>
<style:footer><text:p text:style-name="Footer">Page <text:page-number text:select-page="current">1</text:page-number> – pied de page</text:p></style:footer>
</style:master-page></office:master-styles>
</office:document-styles>
"""


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


def zip_bytes(entries, compression=zipfile.ZIP_DEFLATED, streamed=False, force_zip64=False):
    """entries: (name, str or bytes[, compression]) in archive order. streamed: written as to a
    pipe, with data descriptors; force_zip64: ZIP64 sizes in every local header."""
    out = Unseekable() if streamed else io.BytesIO()
    with zipfile.ZipFile(out, "w") as zf:
        for entry in entries:
            name, data = entry[0], entry[1]
            info = zipfile.ZipInfo(name, date_time=STAMP)
            info.compress_type = entry[2] if len(entry) > 2 else compression
            info.external_attr = 0o644 << 16
            with zf.open(info, "w", force_zip64=force_zip64) as f:
                f.write(data.encode("utf-8") if isinstance(data, str) else data)
    return bytearray(out.data if streamed else out.getvalue())


def docx(document=DOCUMENT, compression=zipfile.ZIP_DEFLATED, **options):
    return zip_bytes(
        [("[Content_Types].xml", CONTENT_TYPES), ("_rels/.rels", RELS), ("word/document.xml", document)],
        compression,
        **options,
    )


def odt(content=CONTENT, mimetype=ODT_MIME, manifest=MANIFEST, styles=None):
    # The mimetype entry comes first and stored, so that `file` can recognise the format.
    return zip_bytes(
        [
            ("mimetype", mimetype, zipfile.ZIP_STORED),
            ("META-INF/manifest.xml", manifest),
            ("content.xml", content),
        ]
        + ([("styles.xml", styles)] if styles is not None else [])
    )


def headers(archive, name):
    """Offsets of the central and local headers of `name`."""
    end = archive.rindex(b"PK\x05\x06")
    count, _, offset = struct.unpack_from("<HII", archive, end + 10)
    for _ in range(count):
        assert archive[offset : offset + 4] == b"PK\x01\x02"
        name_len, extra_len, comment_len = struct.unpack_from("<HHH", archive, offset + 28)
        (local,) = struct.unpack_from("<I", archive, offset + 42)
        if archive[offset + 46 : offset + 46 + name_len] == name.encode():
            return offset, local
        offset += 46 + name_len + extra_len + comment_len
    raise KeyError(name)


def patch(archive, name, central_at, local_at, fmt, value):
    """Writes `value` at the same field of both headers (central offset, local offset)."""
    central, local = headers(archive, name)
    struct.pack_into(fmt, archive, central + central_at, value)
    struct.pack_into(fmt, archive, local + local_at, value)


def zip_bomb():
    """257 MiB of zeros, honestly declared: about 260 KB once deflated."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as zf:
        for name, data in (("[Content_Types].xml", CONTENT_TYPES), ("_rels/.rels", RELS)):
            zf.writestr(zipfile.ZipInfo(name, date_time=STAMP), data)
        info = zipfile.ZipInfo("word/document.xml", date_time=STAMP)
        info.compress_type = zipfile.ZIP_DEFLATED
        info.external_attr = 0o644 << 16
        chunk = bytes(1 << 20)
        with zf.open(info, "w") as f:
            for _ in range(257):
                f.write(chunk)
    return out.getvalue()


def zip64():
    """A small archive written with ZIP64 end records, as for more than 65,535 entries."""
    saved = zipfile.ZIP_FILECOUNT_LIMIT
    zipfile.ZIP_FILECOUNT_LIMIT = 0
    try:
        return docx()
    finally:
        zipfile.ZIP_FILECOUNT_LIMIT = saved


# A coding sheet as another spreadsheet program saves it, back from a coder: the sheet is not
# sheet1.xml (the workbook's relationships say where it is), strings are shared (one in rich
# text runs, one with a phonetic run) or inline, row 2 is empty, a cell skips columns, a theme is
# ticked with a boolean, and a row the coder left blank ends the table.
S = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

XLSX_TYPES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>
<Override PartName="/xl/worksheets/feuille-codage.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>
<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>
</Types>
"""

XLSX_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>
</Relationships>
"""

WORKBOOK = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="{S}" xmlns:r="{R}"><sheets><sheet name="Codage" sheetId="1" r:id="rId7"/></sheets></workbook>
"""

WORKBOOK_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>
<Relationship Id="rId7" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/feuille-codage.xml"/>
</Relationships>
"""

SHARED_STRINGS = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<sst xmlns="{S}" count="6" uniqueCount="6">
<si><t>Échantillon 2 — codage de Claire</t></si>
<si><t>position</t></si>
<si><t>numerique</t></si>
<si><r><rPr><b/></rPr><t>open</t></r><r><t>_data</t></r></si>
<si><t>note</t></si>
<si><t xml:space="preserve">Données ouvertes, </t><rPh sb="0" eb="1"><t>ignored</t></rPh></si>
</sst>
"""

SHEET = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<worksheet xmlns="{S}" xmlns:r="{R}"><sheetData>
<row r="1"><c r="A1" t="s"><v>0</v></c></row>
<row r="3"><c r="A3" t="s"><v>1</v></c><c r="B3" t="s"><v>2</v></c><c r="C3" t="s"><v>3</v></c><c r="E3" t="s"><v>4</v></c></row>
<row r="4"><c r="A4"><v>1</v></c><c r="B4"><v>1</v></c><c r="C4"><v>0</v></c><c r="E4" t="inlineStr"><is><t>à revoir</t></is></c></row>
<row r="5"><c r="A5"><v>2</v></c><c r="C5" t="b"><v>1</v></c><c r="E5" t="s"><v>5</v></c></row>
<row r="6"><c r="A6"><v>3</v></c><c r="B6" t="str"><f>IF(1,"oui","non")</f><v>oui</v></c><c r="C6"/></row>
<row r="7"><c r="A7"><v>9</v></c><c r="B7"><v>1</v></c></row>
</sheetData></worksheet>
"""


def xlsx(sheet=SHEET):
    return zip_bytes(
        [
            ("[Content_Types].xml", XLSX_TYPES),
            ("_rels/.rels", XLSX_RELS),
            ("xl/workbook.xml", WORKBOOK),
            ("xl/_rels/workbook.xml.rels", WORKBOOK_RELS),
            ("xl/sharedStrings.xml", SHARED_STRINGS),
            ("xl/worksheets/feuille-codage.xml", sheet),
        ]
    )


def write(name, data):
    (HERE / name).write_bytes(bytes(data))


def main():
    write("programme.docx", docx())
    write("programme.odt", odt())
    write("stored.docx", docx(compression=zipfile.ZIP_STORED))

    write("malformed.docx", docx(DOCUMENT.replace("</w:t></w:r></w:p>\n<w:p><w:pPr>", "</w:r></w:p>\n<w:p><w:pPr>", 1)))
    whole = docx()
    write("truncated.docx", whole[: len(whole) // 2])
    write("not-a-zip.docx", "Programme municipal 2026\nCeci est un fichier texte renommé en .docx.\n".encode())
    write("zip-bomb.docx", zip_bomb())

    # A stored entry whose data no longer matches its CRC: one letter changed.
    crc = docx(compression=zipfile.ZIP_STORED)
    at = crc.index("numérique".encode())
    crc[at] = ord("N")
    write("crc-error.docx", crc)

    # 64 KiB of XML declared as 1,000 bytes: inflating must stop at the declared size.
    lying = docx(DOCUMENT.replace("<w:body>", "<w:body>" + " " * 65536, 1))
    patch(lying, "word/document.xml", 24, 22, "<I", 1000)
    write("lying-size.docx", lying)

    # 2 MiB of spaces, about 2 KB deflated: 1000:1.
    write("ratio-bomb.docx", docx(DOCUMENT.replace("<w:body>", "<w:body>" + " " * (2 << 20), 1)))

    encrypted = docx()
    central, local = headers(encrypted, "word/document.xml")
    for at in (central + 8, local + 6):
        (flags,) = struct.unpack_from("<H", encrypted, at)
        struct.pack_into("<H", encrypted, at, flags | 1)
    write("encrypted.docx", encrypted)

    # WinZip AES: method 99 and an AES extra field (vendor version 2, "AE", AES-256, deflated).
    aes = zip_bytes(
        [
            ("[Content_Types].xml", CONTENT_TYPES),
            ("_rels/.rels", RELS),
            ("word/document.xml", DOCUMENT, zipfile.ZIP_STORED),
        ]
    )
    aes_extra = struct.pack("<HHH2sBH", 0x9901, 7, 2, b"AE", 3, 8)
    with zipfile.ZipFile(io.BytesIO(bytes(aes))) as zf:
        entries = [(i.filename, zf.read(i), i.compress_type) for i in zf.infolist()]
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as zf:
        for name, data, method in entries:
            info = zipfile.ZipInfo(name, date_time=STAMP)
            info.compress_type = method
            if name == "word/document.xml":
                info.extra = aes_extra
            zf.writestr(info, data)
    aes = bytearray(out.getvalue())
    central, local = headers(aes, "word/document.xml")
    for at in (central + 8, local + 6):
        (flags,) = struct.unpack_from("<H", aes, at)
        struct.pack_into("<HH", aes, at, flags | 1, 99)
    write("aes-encrypted.docx", aes)

    write("bzip2.docx", docx(compression=zipfile.ZIP_BZIP2))
    write("zip64.docx", zip64())
    # Sizes in ZIP64 extra fields of the local headers.
    write("zip64-entries.docx", docx(force_zip64=True))
    # Written as to a pipe: zeros in the local headers, sizes and CRC in data descriptors.
    write("data-descriptor.docx", docx(streamed=True))
    # A deflated entry whose CRC (in both headers) is wrong by one bit: found once inflated.
    bad_crc = docx()
    central, local = headers(bad_crc, "word/document.xml")
    (crc,) = struct.unpack_from("<I", bad_crc, central + 16)
    patch(bad_crc, "word/document.xml", 16, 14, "<I", crc ^ 1)
    write("deflated-crc-error.docx", bad_crc)

    # The end record claims 10,001 entries.
    many = docx()
    end = many.rindex(b"PK\x05\x06")
    struct.pack_into("<HH", many, end + 8, 10001, 10001)
    write("too-many-entries.docx", many)

    write("spreadsheet.docx", zip_bytes([("[Content_Types].xml", CONTENT_TYPES), ("xl/workbook.xml", "<workbook/>")]))

    # Exponential entity expansion and an external entity: the declaration alone is refused.
    laughs = "".join(
        f'<!ENTITY lol{i} "{f"&lol{i - 1};" * 10}">' for i in range(1, 10)
    )
    entities = DOCUMENT.replace(
        "<w:document",
        f'<!DOCTYPE w:document [<!ENTITY lol0 "lol">{laughs}<!ENTITY host SYSTEM "file:///etc/hostname">]>\n<w:document',
        1,
    ).replace("Budget :", "&lol9;&host;", 1)
    write("entities.docx", docx(entities))

    write("spreadsheet.odt", odt(mimetype="application/vnd.oasis.opendocument.spreadsheet"))
    write("encrypted.odt", odt(content="\x8a\x13 not XML once encrypted", manifest=ENCRYPTED_MANIFEST))
    write("malformed.odt", odt(CONTENT.replace("</text:span>", "", 1)))

    write("notes.docx", notes_docx())
    write("notes.odt", odt(NOTES_CONTENT, styles=NOTES_STYLES))
    # The notes part is read with the same limits as the body: 2 MiB of spaces, about 2 KB deflated.
    write("coding-sheet.xlsx", xlsx())
    write("coding-sheet-malformed.xlsx", xlsx(SHEET.replace("</row>", "", 1)))
    write("notes-ratio-bomb.docx", notes_docx(FOOTNOTES.replace("<w:footnotes", " " * (2 << 20) + "<w:footnotes", 1)))


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 Vigie contributors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes the text-decoding fixtures of tests/core/TextImportTest.cpp: one French programme in the
encodings Vigie reads, and files it must refuse. Run from anywhere; it writes next to itself.
programme.html, programme.md and entities.md are plain UTF-8 and written by hand, not by this script."""

from pathlib import Path

HERE = Path(__file__).resolve().parent
NBSP = "\u00a0"

# The same text as kProgramme in TextImportTest.cpp: keep them in step.
PROGRAMME = (
    "Élections municipales 2026 : Orléans en commun\n"
    "Programme pour le numérique\n"
    "\n"
    "1. Un service public numérique au cœur de la ville\n"
    "Nous ouvrirons trois espaces publics numériques où des médiateurs aideront chacun"
    " à faire ses démarches en ligne.\n"
    f"Budget{NBSP}: 50{NBSP}000{NBSP}€ par an, voté en conseil municipal.\n"
    "\n"
    "2. Œuvrer pour des données ouvertes\n"
    f"L’école connectée{NBSP}: des tablettes pour chaque classe, et «{NBSP}zéro papier{NBSP}»"
    " en mairie d’ici 2028.\n"
)
# ISO-8859-15 has € œ Œ but no curly apostrophe.
PROGRAMME_LATIN9 = PROGRAMME.replace("’", "'")


def write(name: str, data: bytes) -> None:
    (HERE / name).write_bytes(data)


def main() -> None:
    write("programme-utf8-bom.txt", b"\xef\xbb\xbf" + PROGRAMME.encode("utf-8"))
    # € 0x80, œ 0x9C, Œ 0x8C, ’ 0x92: windows-1252 only.
    write("programme-windows-1252.txt", PROGRAMME.encode("cp1252"))
    # € 0xA4, œ 0xBD, Œ 0xBC.
    write("programme-iso-8859-15.txt", PROGRAMME_LATIN9.encode("iso8859_15"))
    # Windows Notepad's "Unicode": little-endian with BOM and CRLF.
    write("programme-utf16le.txt", b"\xff\xfe" + PROGRAMME.replace("\n", "\r\n").encode("utf-16-le"))
    write("programme-utf16be.txt", b"\xfe\xff" + PROGRAMME.encode("utf-16-be"))
    # CRLF everywhere but one line ended by a lone CR (classic Mac OS).
    crlf = PROGRAMME.replace("\n", "\r\n").replace("ville\r\n", "ville\r", 1)
    write("programme-crlf.txt", crlf.encode("utf-8"))
    # A BOM promises UTF-8; the é of line 2 is Latin-1.
    write("invalid-after-bom.txt", b"\xef\xbb\xbfProgramme\nLa d\xe9mocratie locale\n")
    # UTF-8 with one windows-1252 word pasted in: damaged, not legacy.
    write("mixed-encodings.txt", ("Programme numérique, données ouvertes, médiation.\n".encode("utf-8")
                                  + b"Budget vot\xe9 en conseil.\n"))
    # A PNG saved as .txt: signature, IHDR chunk, then pixel-ish bytes.
    png = (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10\x00\x00\x00\x10\x08\x06\x00\x00\x00\x1f\xf3\xffa"
           + bytes(range(256)))
    write("not-text.txt", png)
    # Not French single-byte text: refused by name.
    write("shift-jis.txt", "市役所の電子化を進めます。住民サービスの向上を目指し、すべての手続きをオンラインで行えるようにします。"
          .encode("shift_jis"))
    write("utf16le-no-bom.txt", PROGRAMME.encode("utf-16-le"))
    write("cyrillic-windows-1251.txt",
          "Программа развития цифровой экономики города на ближайшие годы.".encode("cp1251"))


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 Vigie contributors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Sizes of the source files and of the functions in them, the largest first.

    tools/code-size.py [--files N] [--functions N] [PATH...]

The house style asks for files under about 800 lines and functions under about 150. Functions are
found by the project's layout (clang-format): a definition's body opens with "{" alone at the
start of a line, or at the indentation of its signature, and closes with "}" at the same
indentation. Lambdas and class bodies are not counted as functions.
"""
import argparse
import os
import re
import sys

SIGNATURE = re.compile(r"^(\s*)[A-Za-z_~][\w:<>,\s\*&~\[\]=\"']*\([^;]*\)?[^;]*$")


def sources(paths):
    for root in paths:
        if os.path.isfile(root):
            yield root
            continue
        for folder, _, files in os.walk(root):
            for f in files:
                if f.endswith((".cpp", ".h")):
                    yield os.path.join(folder, f)


def functions(path):
    with open(path, encoding="utf-8") as fh:
        lines = fh.read().split("\n")
    out = []
    i = 0
    while i < len(lines):
        line = lines[i]
        stripped = line.strip()
        if stripped == "{" and i > 0:
            indent = line[: len(line) - len(line.lstrip())]
            # walk back to the signature: the nearest line at this indentation with a "("
            j = i - 1
            while j >= 0 and j > i - 8:
                prev = lines[j]
                body = prev[len(indent):]
                if body.startswith("//"):
                    j = -1  # a comment right above: a class or an initializer list, not a signature
                    break
                if prev.startswith(indent) and not body.startswith(" ") and "(" in prev:
                    break
                j -= 1
            sig = lines[j].strip() if j >= 0 else ""
            is_type = re.match(r"^(class|struct|enum|namespace|union)\b", sig)
            if sig and "(" in sig and not is_type and not sig.startswith(("if", "for", "while", "switch")):
                k = i + 1
                while k < len(lines) and lines[k] != indent + "}" and not lines[k].startswith(indent + "};"):
                    k += 1
                name = re.sub(r"\(.*", "", sig).split()[-1] if re.sub(r"\(.*", "", sig).split() else sig
                out.append((k - j + 1, name, j + 1))
                i = k
        i += 1
    return out


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--files", type=int, default=15, help="how many of the largest files to list")
    parser.add_argument("--functions", type=int, default=15, help="how many of the longest functions to list")
    parser.add_argument("paths", nargs="*", default=["src"])
    args = parser.parse_args()
    sizes = []
    funcs = []
    for path in sources(args.paths):
        with open(path, encoding="utf-8") as fh:
            sizes.append((sum(1 for _ in fh), path))
        if path.endswith(".cpp"):
            funcs += [(n, name, f"{path}:{line}") for n, name, line in functions(path)]
    print("lines  file")
    for n, path in sorted(sizes, reverse=True)[: args.files]:
        print(f"{n:5d}  {path}")
    print("\nlines  function")
    for n, name, where in sorted(funcs, reverse=True)[: args.functions]:
        print(f"{n:5d}  {name}  ({where})")


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""Checks given-names.tsv: comment lines ("# ..."), then name<TAB>gender lines.

Reports, with line numbers: a wrong column count, a gender other than m/f, a name with characters other than Latin
letters, hyphens and apostrophes (or a hyphen/apostrophe not between letters), a name not in NFC, two names that fold
alike (case and accents removed), blank lines, and data lines out of order (sorted by folded name).
Usage: check_given_names.py [path]   (default: given-names.tsv next to this script). Exits 1 on any error.
"""
import os
import sys
import unicodedata

JOINERS = "-'\u2019"


def fold(name):
    """Case and accents removed: casefold, NFD, combining marks dropped."""
    decomposed = unicodedata.normalize("NFD", name.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def name_problem(name):
    if not name:
        return "empty name"
    if name != name.strip():
        return "leading or trailing spaces"
    if unicodedata.normalize("NFC", name) != name:
        return "not in NFC"
    for i, c in enumerate(name):
        if c in JOINERS:
            if i == 0 or i == len(name) - 1 or name[i - 1] in JOINERS or name[i + 1] in JOINERS:
                return f"'{c}' not between letters"
        elif not unicodedata.category(c).startswith("L"):
            return f"character {c!r} (U+{ord(c):04X}) is not a letter, hyphen or apostrophe"
        elif not unicodedata.name(c, "").startswith("LATIN"):
            return f"letter {c!r} (U+{ord(c):04X}) is not Latin script"
    return None


def check(path):
    errors = []
    seen = {}
    previous = None
    names = 0
    with open(path, encoding="utf-8", newline="") as f:
        text = f.read()
    if text.startswith("\ufeff"):
        errors.append((1, "byte order mark at the start of the file"))
        text = text[1:]
    for number, line in enumerate(text.split("\n"), start=1):
        if line.endswith("\r"):
            errors.append((number, "CRLF line ending"))
            line = line[:-1]
        if line.startswith("#"):
            if line != "#" and not line.startswith("# "):
                errors.append((number, "comment must start with '# '"))
            continue
        if line == "":
            if number != text.count("\n") + 1:  # the empty string after the final newline
                errors.append((number, "blank line"))
            continue
        columns = line.split("\t")
        if len(columns) != 2:
            errors.append((number, f"{len(columns)} columns, expected 2 (name<TAB>gender)"))
            continue
        name, gender = columns
        names += 1
        if gender not in ("m", "f"):
            errors.append((number, f"gender {gender!r} is not m or f"))
        problem = name_problem(name)
        if problem:
            errors.append((number, f"{name!r}: {problem}"))
        key = fold(name)
        if key in seen:
            other_line, other_name = seen[key]
            errors.append((number, f"{name!r} folds like {other_name!r} (line {other_line})"))
        else:
            seen[key] = (number, name)
        sort_key = (key, name)
        if previous is not None and sort_key < previous[0]:
            errors.append((number, f"{name!r} is out of order (after {previous[1]!r})"))
        previous = (sort_key, name)
    return names, errors


def main():
    default = os.path.join(os.path.dirname(os.path.abspath(__file__)), "given-names.tsv")
    path = sys.argv[1] if len(sys.argv) > 1 else default
    names, errors = check(path)
    label = os.path.basename(path)
    for number, message in errors:
        print(f"{label}:{number}: {message}")
    print(f"{names} names, {len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())

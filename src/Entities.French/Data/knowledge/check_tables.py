#!/usr/bin/env python3
"""Check the knowledge tables (*.tsv in this folder) against the alias-table rules.

Rules: optional '#' comment lines at the top, then the header 'canonical<TAB>label<TAB>aliases', then one entity
per line with exactly three tab-separated columns; label in PER/LOC/ORG/MISC; no empty name or alias; no leading or
trailing spaces; no two names of one entry equal after folding. Across files: a folded name may belong to one entry
only, and must not already be a name in ../aliases/*.tsv. ambiguous-names.txt must list names of these tables or of ../aliases/*.tsv.

Fold and table reader: those of check_geo.py (TextFolding.Fold: lower case, no diacritics, no periods, every other
separator as one space).

A .tsv file whose header does not start with 'canonical' is another kind of table (demonyms.tsv) and is skipped
with a warning.

Usage: python3 check_tables.py   (exit status 1 when an error is found)
"""
import glob
import os
import sys

# One fold (the library's TextFolding.Fold) and one table reader for both checkers.
from check_geo import fold, read_table

HERE = os.path.dirname(os.path.abspath(__file__))
ALIASES = os.path.join(HERE, "..", "aliases")
HEADER = ["canonical", "label", "aliases"]
LABELS = {"PER", "LOC", "ORG", "MISC"}


def header_of(path):
    """The first line that is not a comment, split on tabs (None for an empty file)."""
    with open(path, encoding="utf-8") as f:
        for raw in f:
            if not raw.startswith("#"):
                return raw.rstrip("\r\n").split("\t")
    return None


def main():
    errors, warnings = [], []
    known = {}  # fold -> (file, line, canonical) in ../aliases
    for path in sorted(glob.glob(os.path.join(ALIASES, "*.tsv"))):
        if os.path.basename(path) in ("transliterations.tsv", "place-senses.tsv", "organization-senses.tsv"):  # rules and cues, not entity tables
            continue
        for no, canonical, _label, names in read_table(path, []):
            for n in names:
                known.setdefault(fold(n), (os.path.basename(path), no, canonical))
    mine = {}  # fold -> (file, line, canonical)
    counts = {}
    for path in sorted(glob.glob(os.path.join(HERE, "*.tsv"))):
        fname = os.path.basename(path)
        header = header_of(path)
        if header is not None and header != HEADER and header[0] != HEADER[0]:
            # Another kind of table (e.g. demonyms.tsv: place, masculine, feminine...): not an entity table.
            warnings.append(f"{fname}: header {header!r} is not an entity table header; skipped")
            continue
        counts[fname] = 0
        for no, canonical, label, names in read_table(path, errors):
            counts[fname] += 1
            for k, n in {fold(n): n for n in names}.items():
                if k in known:
                    f2, no2, c2 = known[k]
                    errors.append(f"{fname}:{no}: {n!r} already in ../aliases/{f2}:{no2} ({c2})")
                if k in mine:
                    f2, no2, c2 = mine[k]
                    errors.append(f"{fname}:{no}: {n!r} ({canonical}) also names {c2} at {f2}:{no2}")
                else:
                    mine[k] = (fname, no, canonical)
    amb = os.path.join(HERE, "ambiguous-names.txt")
    if os.path.exists(amb):
        seen = set()
        with open(amb, encoding="utf-8") as f:
            for no, raw in enumerate(f, 1):
                line = raw.rstrip("\n")
                if line.startswith("#") or not line:
                    continue
                if line != line.strip():
                    errors.append(f"ambiguous-names.txt:{no}: stray spaces in {line!r}")
                k = fold(line)
                if k in seen:
                    errors.append(f"ambiguous-names.txt:{no}: duplicate {line!r}")
                seen.add(k)
                if k not in mine and k not in known:
                    errors.append(f"ambiguous-names.txt:{no}: {line!r} is not a name of these tables or ../aliases")
    for w in warnings:
        print("warning:", w)
    for e in errors:
        print("error:", e)
    for fname, c in counts.items():
        print(f"{fname}: {c} entries")
    print(f"total: {sum(counts.values())} entries, {len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""Validate the ner-genres gold documents and print per-label counts.

Usage: python3 check.py [DIR]        (DIR defaults to this script's directory)

Each doc-NNN.txt is the raw text with every gold entity written inline as
[[surface|LABEL]].  This script parses every document, checks the markup and
prints statistics.  It reads only; it writes nothing.  Exit status 1 when a
document has an error (warnings do not fail).
"""
import collections
import glob
import os
import re
import sys
import unicodedata

LABELS = ("PER", "LOC", "ORG", "MISC")
SCORED = ("PER", "LOC", "ORG")
# A well-formed mention: no bracket, pipe or newline inside the surface or the label.
MENTION = re.compile(r"\[\[([^\[\]|\n]*)\|([^\[\]|\n]*)\]\]")
NAME = re.compile(r"^doc-\d{3,}\.txt$")
MIN_WORDS, MAX_WORDS = 80, 250


def parse(marked):
    """Return (raw text, [(start, end, label, surface)], [errors])."""
    errors = []
    raw_parts, spans = [], []
    pos = raw_len = 0
    for m in MENTION.finditer(marked):
        between = marked[pos:m.start()]
        raw_parts.append(between)
        raw_len += len(between)
        surface, label = m.group(1), m.group(2)
        line = marked.count("\n", 0, m.start()) + 1
        if label not in LABELS:
            errors.append(f"line {line}: invalid label {label!r} on {surface!r}")
        if not surface:
            errors.append(f"line {line}: empty surface")
        elif surface != surface.strip():
            errors.append(f"line {line}: surface {surface!r} has leading/trailing whitespace")
        spans.append((raw_len, raw_len + len(surface), label, surface))
        raw_parts.append(surface)
        raw_len += len(surface)
        pos = m.end()
    raw_parts.append(marked[pos:])
    raw = "".join(raw_parts)
    # Anything markup-like left in the raw text is unbalanced, nested or stray.
    for token in ("[[", "]]", "|"):
        i = raw.find(token)
        while i >= 0:
            line = raw.count("\n", 0, i) + 1
            errors.append(f"line {line}: stray {token!r} (unbalanced or nested markup?) near {raw[max(0, i - 20):i + 20]!r}")
            i = raw.find(token, i + len(token))
    return raw, spans, errors


def warnings_for(raw, spans):
    warns = []
    covered = [False] * len(raw)
    for s, e, _, _ in spans:
        for i in range(s, e):
            covered[i] = True
    for s, e, label, surface in spans:
        # A span glued to a letter or digit on either side probably cuts a word.
        if s > 0 and raw[s - 1].isalnum():
            warns.append(f"{surface!r} ({label}) starts inside a word: {raw[max(0, s - 10):e]!r}")
        if e < len(raw) and raw[e].isalnum():
            warns.append(f"{surface!r} ({label}) ends inside a word: {raw[s:e + 10]!r}")
    # The same surface left unannotated elsewhere in the document (outside every span).
    for surface in sorted({sp[3] for sp in spans}):
        for m in re.finditer(r"(?<!\w)" + re.escape(surface) + r"(?!\w)", raw):
            if not any(covered[m.start():m.end()]):
                line = raw.count("\n", 0, m.start()) + 1
                warns.append(f"line {line}: {surface!r} is annotated elsewhere but not here")
    words = len(re.findall(r"\w+(?:['’]\w+)*", raw))
    if not MIN_WORDS <= words <= MAX_WORDS:
        warns.append(f"{words} words (expected {MIN_WORDS}-{MAX_WORDS})")
    if unicodedata.normalize("NFC", raw) != raw:
        warns.append("text is not in Unicode NFC")
    return warns


def main():
    folder = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    paths = sorted(glob.glob(os.path.join(folder, "doc-*.txt")))
    if not paths:
        print(f"no doc-*.txt in {folder}")
        return 1
    counts = collections.Counter()
    per_doc = []
    labels_by_surface = collections.defaultdict(set)
    n_errors = n_warnings = 0
    for path in paths:
        name = os.path.basename(path)
        problems = []
        if not NAME.match(name):
            problems.append("ERROR file name does not match doc-NNN.txt")
        try:
            with open(path, encoding="utf-8", newline="") as f:
                marked = f.read()
        except UnicodeDecodeError as exc:
            print(f"{name}: ERROR not UTF-8: {exc}")
            n_errors += 1
            continue
        raw, spans, errors = parse(marked)
        problems += [f"ERROR {e}" for e in errors]
        problems += [f"warning {w}" for w in warnings_for(raw, spans)]
        for s, e, label, surface in spans:
            assert raw[s:e] == surface
            counts[label] += 1
            labels_by_surface[surface].add(label)
        per_doc.append(len(spans))
        for p in problems:
            print(f"{name}: {p}")
            if p.startswith("ERROR"):
                n_errors += 1
            else:
                n_warnings += 1
    for surface, labels in sorted(labels_by_surface.items()):
        if len(labels) > 1:
            print(f"note: {surface!r} has several labels across documents: {', '.join(sorted(labels))}")
    total = sum(counts.values())
    scored = sum(counts[l] for l in SCORED)
    print()
    print(f"documents: {len(paths)}   mentions: {total}   scored (PER/LOC/ORG): {scored}")
    for label in LABELS:
        share = 100.0 * counts[label] / total if total else 0.0
        print(f"  {label:<5}{counts[label]:>6}  {share:5.1f} %")
    if per_doc:
        print(f"mentions per document: min {min(per_doc)}, max {max(per_doc)}, mean {total / len(per_doc):.1f}")
    print(f"errors: {n_errors}   warnings: {n_warnings}")
    return 1 if n_errors else 0


if __name__ == "__main__":
    sys.exit(main())

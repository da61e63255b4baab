#!/usr/bin/env python3
"""Validate the linking benchmark corpus and print statistics.

Usage: python3 check.py [--keys] [--surnames] [--raw] [CORPUS]
       (CORPUS defaults to corpus.txt next to this script)

corpus.txt holds short documents as blocks:

    ## d017 gender,surname
    Mme [[Durand|PER|claire-durand]] a déposé ...

    ## d018 ...

Every gold mention is written inline as [[surface|LABEL|key]]; removing the
markup (keeping the surface) gives the raw text.  The key names one real-world
entity across the whole corpus; keys containing "-ambiguous-" end with the id
of the one document where they are used (a lone surname that the document
cannot resolve: it must not be merged with anything).

Options:
  --keys      list every key with its label, documents and surfaces
  --surnames  list lone-token PER mentions whose surface is the last word of
              full names of two or more keys (review aid for the surname trap)
  --raw       print each document's raw text (markup removed)

Reads only; writes nothing.  Exit status 1 when there is an error (warnings do
not fail).
"""
import collections
import os
import re
import sys
import unicodedata

LABELS = ("PER", "LOC", "ORG", "MISC")
TAGS = ("surname", "gender", "relatives", "given-name", "translit", "acronym",
        "english", "table-vs-context", "cross-label", "must-merge", "namesake")
MIN_DOCS_PER_TAG = 8
MENTION = re.compile(r"\[\[([^\[\]|\n]*)\|([^\[\]|\n]*)\|([^\[\]|\n]*)\]\]")
HEADER = re.compile(r"^## (\S+)(?: (\S+))?$")
DOC_ID = re.compile(r"^d\d{3,}$")
KEY = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
# Suffixes that are part of a name but not a surname ("Donald Trump Jr.").
NAME_SUFFIXES = {"Jr.", "Jr", "Sr.", "Sr", "père", "fils", "II", "III"}


class Doc:
    def __init__(self, doc_id, tags, line):
        self.id, self.tags, self.line = doc_id, tags, line
        self.lines = []
        self.raw = ""
        self.spans = []  # (start, end, label, key, surface)


def read_blocks(text, errors):
    """Split the corpus into Doc objects (text not yet parsed)."""
    docs, cur = [], None
    for n, line in enumerate(text.split("\n"), 1):
        if line.startswith("##"):
            m = HEADER.match(line)
            if not m:
                errors.append(f"line {n}: malformed header {line!r}")
                cur = None
                continue
            doc_id, tags = m.group(1), m.group(2)
            cur = Doc(doc_id, tags.split(",") if tags else [], n)
            docs.append(cur)
        elif line.startswith("#") and not docs:
            continue  # comment before the first document
        elif line.strip() == "":
            if cur is not None and cur.lines:
                cur = None  # a blank line ends the document text
        elif cur is None:
            errors.append(f"line {n}: text outside a document block: {line[:40]!r}")
        else:
            if line != line.strip():
                errors.append(f"line {n}: leading/trailing whitespace")
            cur.lines.append((n, line))
    return docs


def parse_doc(doc, errors):
    marked = "\n".join(l for _, l in doc.lines)
    first = doc.lines[0][0] if doc.lines else doc.line

    def where(offset):
        return f"{doc.id} line {first + marked.count(chr(10), 0, offset)}"

    parts, pos, raw_len = [], 0, 0
    for m in MENTION.finditer(marked):
        between = marked[pos:m.start()]
        parts.append(between)
        raw_len += len(between)
        surface, label, key = m.groups()
        if label not in LABELS:
            errors.append(f"{where(m.start())}: invalid label {label!r} on {surface!r}")
        if not surface or surface != surface.strip():
            errors.append(f"{where(m.start())}: empty surface or surrounding whitespace: {surface!r}")
        if not KEY.match(key):
            errors.append(f"{where(m.start())}: invalid key {key!r} (lowercase-hyphenated expected)")
        if "-ambiguous-" in key and not key.endswith("-" + doc.id):
            errors.append(f"{where(m.start())}: ambiguous key {key!r} must end with -{doc.id}")
        doc.spans.append((raw_len, raw_len + len(surface), label, key, surface))
        parts.append(surface)
        raw_len += len(surface)
        pos = m.end()
    parts.append(marked[pos:])
    doc.raw = "".join(parts)
    for token in ("[[", "]]", "|"):
        i = doc.raw.find(token)
        while i >= 0:
            errors.append(f"{doc.id}: stray {token!r} near {doc.raw[max(0, i - 20):i + 20]!r}")
            i = doc.raw.find(token, i + len(token))


def doc_warnings(doc):
    warns = []
    raw = doc.raw
    covered = [False] * len(raw)
    for s, e, *_ in doc.spans:
        for i in range(s, e):
            covered[i] = True
    for s, e, label, key, surface in doc.spans:
        if s > 0 and raw[s - 1].isalnum():
            warns.append(f"{surface!r} ({label}) starts inside a word")
        if e < len(raw) and raw[e].isalnum():
            warns.append(f"{surface!r} ({label}) ends inside a word")
    for surface in sorted({sp[4] for sp in doc.spans}):
        for m in re.finditer(r"(?<!\w)" + re.escape(surface) + r"(?!\w)", raw):
            if not any(covered[m.start():m.end()]):
                warns.append(f"{surface!r} is annotated elsewhere in the document but not at offset {m.start()}")
    if unicodedata.normalize("NFC", raw) != raw:
        warns.append("text is not in Unicode NFC")
    if not doc.spans:
        warns.append("no mention")
    return warns


def lone_surname_report(docs):
    """Lone-token PER surfaces that are the surname of several keys."""
    owners = collections.defaultdict(set)  # surname -> keys with a full name ending in it
    for doc in docs:
        for *_, label, key, surface in doc.spans:
            words = surface.split()
            while len(words) > 1 and words[-1] in NAME_SUFFIXES:
                words.pop()
            if label == "PER" and len(words) >= 2 and "-ambiguous-" not in key:
                for i in range(1, len(words)):
                    owners[" ".join(words[i:])].add(key)
    lines = []
    for doc in docs:
        full = {sp[4] for sp in doc.spans if sp[2] == "PER"}
        for *_, label, key, surface in doc.spans:
            if label != "PER" or surface not in owners:
                continue
            keys = owners[surface]
            if len(keys) >= 2:
                lines.append(f"{doc.id}: {surface!r} -> {key}  (surname of {', '.join(sorted(keys))})")
    return lines


def main(argv):
    opts = {a for a in argv if a.startswith("--")}
    args = [a for a in argv if not a.startswith("--")]
    unknown = opts - {"--keys", "--surnames", "--raw"}
    if unknown:
        print(f"unknown option(s): {', '.join(sorted(unknown))}\n\n{__doc__}")
        return 2
    path = args[0] if args else os.path.join(os.path.dirname(os.path.abspath(__file__)), "corpus.txt")
    errors = []
    try:
        with open(path, encoding="utf-8", newline="") as f:
            text = f.read()
    except UnicodeDecodeError as exc:
        print(f"ERROR {path} is not UTF-8: {exc}")
        return 1
    if "\r" in text:
        errors.append("file contains CR characters (use LF line endings)")
    if text.startswith("\ufeff"):
        errors.append("file starts with a byte-order mark")

    docs = read_blocks(text, errors)
    seen_ids = set()
    for doc in docs:
        if not DOC_ID.match(doc.id):
            errors.append(f"line {doc.line}: doc id {doc.id!r} does not look like d001")
        if doc.id in seen_ids:
            errors.append(f"line {doc.line}: duplicate doc id {doc.id}")
        seen_ids.add(doc.id)
        for t in doc.tags:
            if t not in TAGS:
                errors.append(f"{doc.id}: unknown tag {t!r}")
        if len(set(doc.tags)) != len(doc.tags):
            errors.append(f"{doc.id}: repeated tag")
        if not doc.lines:
            errors.append(f"{doc.id}: empty document")
            continue
        parse_doc(doc, errors)

    labels_of = collections.defaultdict(collections.Counter)
    docs_of = collections.defaultdict(list)
    surfaces_of = collections.defaultdict(collections.Counter)
    label_counts = collections.Counter()
    for doc in docs:
        for s, e, label, key, surface in doc.spans:
            assert doc.raw[s:e] == surface
            labels_of[key][label] += 1
            if doc.id not in docs_of[key]:
                docs_of[key].append(doc.id)
            surfaces_of[key][surface] += 1
            label_counts[label] += 1
    for key, labels in sorted(labels_of.items()):
        if len(labels) > 1:
            detail = ", ".join(f"{l}×{c}" for l, c in sorted(labels.items()))
            errors.append(f"key {key!r} used with several labels: {detail} in {', '.join(docs_of[key])}")
        if "-ambiguous-" in key and len(docs_of[key]) > 1:
            errors.append(f"ambiguous key {key!r} used in several documents")

    warnings = []
    for doc in docs:
        warnings += [f"{doc.id}: {w}" for w in doc_warnings(doc)]
    tag_counts = collections.Counter(t for doc in docs for t in doc.tags)
    for t in TAGS:
        if tag_counts[t] < MIN_DOCS_PER_TAG:
            warnings.append(f"tag {t!r} has {tag_counts[t]} documents (want >= {MIN_DOCS_PER_TAG})")

    if "--raw" in opts:
        for doc in docs:
            print(f"## {doc.id}\n{doc.raw}\n")
    if "--keys" in opts:
        for key in sorted(docs_of):
            label = "/".join(labels_of[key])
            surf = "; ".join(f"{s}×{c}" if c > 1 else s for s, c in surfaces_of[key].items())
            print(f"{key:<34} {label:<4} {','.join(docs_of[key]):<30} {surf}")
        print()
    if "--surnames" in opts:
        for line in lone_surname_report(docs):
            print(line)
        print()

    for e in errors:
        print(f"ERROR {e}")
    for w in warnings:
        print(f"warning {w}")

    mentions = sum(label_counts.values())
    ambiguous = [k for k in docs_of if "-ambiguous-" in k]
    multi = [k for k in docs_of if len(docs_of[k]) >= 2]
    print()
    print(f"documents: {len(docs)}   mentions: {mentions}   keys: {len(docs_of)} "
          f"(of which -ambiguous-: {len(ambiguous)})   keys in >= 2 documents: {len(multi)}")
    print("mentions per label: " + "  ".join(f"{l} {label_counts[l]}" for l in LABELS))
    print("documents per tag:")
    for t in TAGS:
        print(f"  {t:<18}{tag_counts[t]:>4}")
    print(f"untagged documents: {sum(1 for d in docs if not d.tags)}")
    print(f"errors: {len(errors)}   warnings: {len(warnings)}")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

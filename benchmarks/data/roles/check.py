#!/usr/bin/env python3
"""Validate the roles benchmark (corpus.txt) and print its counts.

Usage: python3 check.py [corpus.txt] [--countries PATH]

Checks the block structure, the inline [[surface|LABEL|id]] markup, ids, relation lines, tags, and (when the
repository's countries.tsv is found) that every `=Name` target is a canonical country name. Exits 1 on any error.
Python 3 standard library only.
"""
import os
import re
import sys
from collections import Counter, OrderedDict

TAGS = [
    "before-comma", "before-nocomma", "after-comma", "demonym", "qualifier", "feminine", "vice",
    "plural-list", "company", "spokesperson", "negative",
]
LABELS = {"PER", "LOC", "ORG", "MISC"}
ID_PREFIX = {"PER": "p", "LOC": "l", "ORG": "o", "MISC": "m"}
QUALIFIERS = {"ancien", "ex", "futur", "-"}
# Words that must not start a role: articles and qualifiers belong outside it.
ROLE_BAD_START = re.compile(
    r"^(le|la|les|l'|l’|un|une|des|du|ancien|ancienne|anciens|anciennes|ex|ex-|futur|future|futurs|futures|"
    r"nouveau|nouvelle|nouveaux|nouvelles|nouvel)\b",
    re.IGNORECASE,
)
HEADER = re.compile(r"^## (\S+) (\S+)$")
MENTION = re.compile(r"\[\[([^\[\]|]+)\|([A-Z]+)\|([a-z]+[0-9]+)\]\]")
RELATION = re.compile(r"^@role (\S+) \| ([^|]+?) \| (\S(?:[^|]*\S)?) \| (\S+)$")
MIN_RELATIONS, MIN_NEGATIVES, MIN_PER_TAG = 220, 60, 15


def default_countries_path():
    here = os.path.dirname(os.path.abspath(__file__))
    root = os.path.normpath(os.path.join(here, "..", "..", ".."))
    return os.path.join(root, "src", "Entities.French", "Data", "aliases", "countries.tsv")


def load_countries(path):
    if not path or not os.path.exists(path):
        return None
    names = set()
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            canonical = line.rstrip("\n").split("\t")[0]
            if canonical != "canonical":
                names.add(canonical)
    return names


def strip_markup(text):
    return MENTION.sub(lambda m: m.group(1), text)


def parse(path):
    """Yield (line_number, header, text_lines, relation_lines) per blank-line-separated block."""
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    block, start = [], None
    for i, line in enumerate(lines + [""], start=1):
        if line.strip() == "":
            if block:
                yield start, block
            block, start = [], None
        else:
            if start is None:
                start = i
            block.append((i, line))


def fold(word):
    return word.lower().strip(".,;:()«»\"'’")


def main(argv):
    args = [a for a in argv[1:]]
    countries_path = default_countries_path()
    if "--countries" in args:
        k = args.index("--countries")
        countries_path = args[k + 1]
        del args[k:k + 2]
    corpus = args[0] if args else os.path.join(os.path.dirname(os.path.abspath(__file__)), "corpus.txt")
    countries = load_countries(countries_path)

    errors, warnings = [], []
    doc_ids = set()
    n_docs = n_rel = n_neg = 0
    rel_per_tag = Counter({t: 0 for t in TAGS})
    docs_per_tag = Counter({t: 0 for t in TAGS})
    qualifier_count, target_kind = Counter(), Counter()
    mention_labels = Counter()

    for start, block in parse(corpus):
        where = f"{corpus}:{start}"
        ln, header = block[0]
        m = HEADER.match(header)
        if not m:
            errors.append(f"{where}: bad header {header!r} (want '## <doc-id> <tag,tag>')")
            continue
        doc_id, tag_field = m.group(1), m.group(2)
        where = f"{corpus}:{start} [{doc_id}]"
        if doc_id in doc_ids:
            errors.append(f"{where}: duplicate document id")
        doc_ids.add(doc_id)
        tags = tag_field.split(",")
        for t in tags:
            if t not in TAGS:
                errors.append(f"{where}: unknown tag {t!r}")
        if len(set(tags)) != len(tags):
            errors.append(f"{where}: repeated tag")

        text_lines, rel_lines = [], []
        for i, line in block[1:]:
            if line.startswith("@"):
                rel_lines.append((i, line))
            else:
                if rel_lines:
                    errors.append(f"{corpus}:{i} [{doc_id}]: text line after relation lines")
                text_lines.append(line)
        if not text_lines:
            errors.append(f"{where}: no text")
            continue
        text = "\n".join(text_lines)

        # Markup: every [[...]] must be a well-formed mention; nothing else may use [[, ]] or |.
        mentions = OrderedDict()
        for mm in MENTION.finditer(text):
            surface, label, mid = mm.groups()
            if label not in LABELS:
                errors.append(f"{where}: unknown label {label!r} in {mm.group(0)!r}")
            if surface != surface.strip():
                errors.append(f"{where}: surface with outer spaces in {mm.group(0)!r}")
            if mid in mentions:
                errors.append(f"{where}: id {mid} used twice")
            if label in ID_PREFIX and not mid.startswith(ID_PREFIX[label]):
                warnings.append(f"{where}: id {mid} does not match label {label}")
            mentions[mid] = (surface, label)
            mention_labels[label] += 1
        raw = strip_markup(text)
        for bad in ("[[", "]]", "|"):
            if bad in raw:
                errors.append(f"{where}: stray {bad!r} outside well-formed markup")
        if raw != raw.strip() or "  " in raw:
            errors.append(f"{where}: leading/trailing or double spaces in raw text")
        if "@" in raw.split("\n")[0][:1]:
            errors.append(f"{where}: text starts with '@'")
        raw_words = {fold(w) for w in re.split(r"[\s\-’']+", raw) if w}

        seen_rel = set()
        for i, line in rel_lines:
            rw = f"{corpus}:{i} [{doc_id}]"
            r = RELATION.match(line)
            if not r:
                errors.append(f"{rw}: bad relation line {line!r}")
                continue
            pid, role, target, qual = r.groups()
            if (pid, role, target, qual) in seen_rel:
                errors.append(f"{rw}: duplicate relation")
            seen_rel.add((pid, role, target, qual))
            if pid not in mentions:
                errors.append(f"{rw}: person id {pid} is not a mention")
            elif mentions[pid][1] != "PER":
                errors.append(f"{rw}: person id {pid} is a {mentions[pid][1]} mention, not PER")
            if role != role.strip() or not role:
                errors.append(f"{rw}: empty role")
            if ROLE_BAD_START.match(role):
                errors.append(f"{rw}: role {role!r} starts with an article or a qualifier")
            for w in re.split(r"[\s\-’']+", role):
                fw = fold(w)
                if fw and fw not in raw_words and fw + "s" not in raw_words and fw + "es" not in raw_words \
                        and fw not in ("de", "du", "des", "la", "l", "d"):
                    warnings.append(f"{rw}: role word {w!r} not found in the text")
            if target == "-":
                target_kind["none"] += 1
            elif target.startswith("="):
                target_kind["country"] += 1
                name = target[1:]
                if not name:
                    errors.append(f"{rw}: empty country target")
                elif countries is not None and name not in countries:
                    errors.append(f"{rw}: {name!r} is not a canonical name in countries.tsv")
            else:
                target_kind["mention"] += 1
                if target not in mentions:
                    errors.append(f"{rw}: target id {target} is not a mention")
                elif mentions[target][1] == "PER":
                    errors.append(f"{rw}: target id {target} is a PER mention")
                if target == pid:
                    errors.append(f"{rw}: target is the person")
            if qual not in QUALIFIERS:
                errors.append(f"{rw}: qualifier {qual!r} not in {sorted(QUALIFIERS)}")
            qualifier_count[qual] += 1

        if not rel_lines and "negative" not in tags:
            errors.append(f"{where}: no relation and not tagged negative")
        n_docs += 1
        n_rel += len(rel_lines)
        if "negative" in tags:
            n_neg += 1
        for t in set(tags):
            docs_per_tag[t] += 1
            rel_per_tag[t] += len(rel_lines)

    for w in warnings:
        print("warning:", w)
    for e in errors:
        print("error:", e)

    print(f"documents:  {n_docs}")
    print(f"relations:  {n_rel}")
    print(f"negatives:  {n_neg} documents tagged negative")
    print(f"mentions:   " + ", ".join(f"{k} {v}" for k, v in sorted(mention_labels.items())))
    print(f"targets:    mention {target_kind['mention']}, country (=Name) {target_kind['country']}, none (-) {target_kind['none']}")
    print(f"qualifiers: " + ", ".join(f"{k} {v}" for k, v in sorted(qualifier_count.items())))
    print("relations per tag (documents):")
    for t in TAGS:
        print(f"  {t:15} {rel_per_tag[t]:4}  ({docs_per_tag[t]})")
    short = []
    if n_rel < MIN_RELATIONS:
        short.append(f"relations {n_rel} < {MIN_RELATIONS}")
    if n_neg < MIN_NEGATIVES:
        short.append(f"negatives {n_neg} < {MIN_NEGATIVES}")
    for t in TAGS:
        if t != "negative" and rel_per_tag[t] < MIN_PER_TAG:
            short.append(f"tag {t}: {rel_per_tag[t]} relations < {MIN_PER_TAG}")
    for s in short:
        print("below target:", s)
    if countries is None:
        print("note: countries.tsv not found; =Name targets not checked")
    print("OK" if not errors and not short else f"FAILED ({len(errors)} errors, {len(short)} below target)")
    return 1 if errors or short else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

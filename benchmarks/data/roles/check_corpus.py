#!/usr/bin/env python3
"""Check the flat roles corpus (corpus-flat.txt) and print its counts.

Usage: python3 check_corpus.py [--stats] [CORPUS]
       CORPUS defaults to corpus-flat.txt next to this script.

Format (see the header of the corpus):

    # comment
    ## r001 before-comma,feminine
    One line of text (one to three sentences).
    = PERSON | ROLE | TARGET

Errors are reported as "LINE: message". The last line is always
"N documents, M relations, K negative documents, E errors". Exit status 1 if there
is any error. --stats also prints, per tag, the number of documents and relations.
Python 3 standard library only; reads the repository's countries.tsv (canonical
country names) when it is found, to check the @Country targets.
"""
import os
import re
import sys
from collections import Counter

TAGS = [
    "before-comma", "before-nocomma", "after-comma", "demonym", "modifier", "feminine",
    "plural", "list", "portfolio", "at", "negative",
]
HEADER = re.compile(r"^## (\S+) (\S+)$")
ROLE_BAD_START = re.compile(r"^(le|la|les|l'|l’|un|une|des|du)\b", re.IGNORECASE)
MODIFIER = re.compile(r"^(ancien|ancienne|anciens|anciennes|ex-|futur|future|futurs|futures)\b|(^|[\s-])vice-",
                      re.IGNORECASE)
WORD = re.compile(r"[\w-]+")
AT_BEFORE = r"(?:\bà (?:la |l'|l’)?|\bau |\baux )"


def default_paths():
    here = os.path.dirname(os.path.abspath(__file__))
    root = os.path.normpath(os.path.join(here, "..", "..", ".."))
    return (os.path.join(here, "corpus-flat.txt"),
            os.path.join(root, "src", "Entities.French", "Data", "aliases", "countries.tsv"))


def norm_apos(s):
    return s.replace("’", "'")


def load_countries(path):
    if not os.path.exists(path):
        return None
    names = set()
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line or line.startswith("#") or line.startswith("canonical\t"):
                continue
            names.add(norm_apos(line.split("\t")[0]))
    return names


def occurrences_as_word(name, text):
    return len(re.findall(r"(?<!\w)" + re.escape(name) + r"(?!\w)", text))


def words_found(role, text):
    """Every word of the role appears in the text (also as a plural in -s, -x or -al/-aux)."""
    tw = {w.lower() for w in WORD.findall(norm_apos(text))}
    missing = []
    for w in WORD.findall(norm_apos(role)):
        w = w.lower()
        plurals = {w, w + "s", w + "x"}
        if w.endswith("al"):
            plurals.add(w[:-2] + "aux")
        if not plurals & tw:
            missing.append(w)
    return missing


class Doc:
    def __init__(self, line, doc_id, tags):
        self.line = line
        self.id = doc_id
        self.tags = tags
        self.text = None
        self.text_line = None
        self.rels = []  # (line, person, role, target)


def parse(lines, errors):
    docs = []
    doc = None
    for n, raw in enumerate(lines, 1):
        line = raw.rstrip("\n")
        if line != line.rstrip() or "\t" in line:
            errors.append((n, "trailing whitespace or tab"))
            line = line.rstrip()
        if line.startswith("## "):
            m = HEADER.match(line)
            if not m:
                errors.append((n, "bad header (want '## rNNN tag,tag'): %r" % line))
                doc = None
                continue
            doc = Doc(n, m.group(1), m.group(2).split(","))
            docs.append(doc)
            continue
        if line == "#" or line.startswith("# "):
            continue
        if line.startswith("#"):
            errors.append((n, "bad header or comment (comments start with '# ', headers with '## '): %r" % line))
            continue
        if line == "":
            doc = None
            continue
        if doc is None:
            errors.append((n, "line outside a document (missing header or blank line inside a document?)"))
            continue
        if line.startswith("="):
            if doc.text is None:
                errors.append((n, "relation before the text line"))
                continue
            if not line.startswith("= "):
                errors.append((n, "relation line must start with '= '"))
            fields = [f.strip() for f in line[1:].split("|")]
            if len(fields) != 3 or any(not f for f in fields):
                errors.append((n, "relation needs exactly 3 non-empty fields PERSON | ROLE | TARGET, got %d" % len(fields)))
                continue
            doc.rels.append((n, fields[0], fields[1], fields[2]))
            continue
        if doc.text is not None:
            errors.append((n, "document %s: text must be a single line (second text line or relation without '= ')"
                           % doc.id))
            continue
        doc.text = line
        doc.text_line = n
    return docs


def check(docs, countries, errors):
    for i, d in enumerate(docs, 1):
        want = "r%03d" % i
        if d.id != want:
            errors.append((d.line, "id %s is not consecutive (expected %s)" % (d.id, want)))
        for t in d.tags:
            if t not in TAGS:
                errors.append((d.line, "unknown tag %r" % t))
        dup = [t for t, c in Counter(d.tags).items() if c > 1]
        if dup:
            errors.append((d.line, "repeated tag(s): %s" % ",".join(dup)))
        if d.text is None:
            errors.append((d.line, "document %s has no text line" % d.id))
            continue
        text = d.text
        tags = set(d.tags)
        if "negative" in tags:
            if d.rels:
                errors.append((d.line, "negative document %s has %d relation(s)" % (d.id, len(d.rels))))
            if len(tags) > 1:
                errors.append((d.line, "negative document %s has other tags" % d.id))
            continue
        if not d.rels:
            errors.append((d.line, "document %s is not tagged negative but has no relation" % d.id))
            continue
        seen = set()
        has_at = has_modifier = has_demonym = has_split_role = False
        for n, person, role, target in d.rels:
            key = (person, role, target)
            if key in seen:
                errors.append((n, "duplicate relation"))
            seen.add(key)
            c = text.count(person)
            if c != 1:
                errors.append((n, "PERSON %r occurs %d times in the text (must be exactly once)" % (person, c)))
            if ROLE_BAD_START.match(role):
                errors.append((n, "ROLE %r starts with an article" % role))
            if MODIFIER.search(role):
                has_modifier = True
            missing = words_found(role, text)
            if missing:
                errors.append((n, "ROLE %r: word(s) not in the text: %s" % (role, ", ".join(missing))))
            elif role not in text:
                has_split_role = True
                if not tags & {"portfolio", "plural"}:
                    errors.append((n, "ROLE %r is not written as such in the text (tag portfolio or plural?)" % role))
            if target.startswith("@"):
                has_demonym = True
                name = target[1:].strip()
                if not name:
                    errors.append((n, "empty @ target"))
                    continue
                if countries is not None and norm_apos(name) not in countries:
                    errors.append((n, "@%s is not a canonical country name of countries.tsv" % name))
                if occurrences_as_word(norm_apos(name), norm_apos(text)):
                    errors.append((n, "@%s: the country is named in the text, give it as written (without @)" % name))
            else:
                c = text.count(target)
                if c != 1:
                    errors.append((n, "TARGET %r occurs %d times in the text (must be exactly once)" % (target, c)))
                if re.search(AT_BEFORE + re.escape(target), text):
                    has_at = True
        if ("demonym" in tags) != has_demonym:
            errors.append((d.line, "tag demonym %s but %s @ target" % (
                "set" if "demonym" in tags else "missing", "no" if not has_demonym else "an")))
        if ("modifier" in tags) != has_modifier:
            errors.append((d.line, "tag modifier %s but %s role with ancien/ex-/futur/vice-" % (
                "set" if "modifier" in tags else "missing", "no" if not has_modifier else "a")))
        if "at" in tags and not has_at:
            errors.append((d.line, "tag at but no target written after à/au/aux"))
        if "portfolio" in tags and not has_split_role:
            errors.append((d.line, "tag portfolio but every role is written as such in the text"))
        for t in ("list", "plural"):
            if t in tags and len(d.rels) < 2:
                errors.append((d.line, "tag %s but fewer than 2 relations" % t))


def main(argv):
    stats = "--stats" in argv
    args = [a for a in argv if a != "--stats"]
    corpus_path, countries_path = default_paths()
    if args:
        corpus_path = args[0]
    countries = load_countries(countries_path)
    with open(corpus_path, encoding="utf-8") as f:
        lines = f.readlines()
    errors = []
    docs = parse(lines, errors)
    check(docs, countries, errors)
    for n, msg in sorted(errors):
        print("%s:%d: %s" % (os.path.basename(corpus_path), n, msg))
    if countries is None:
        print("note: countries.tsv not found, @Country targets not checked against it")
    nrel = sum(len(d.rels) for d in docs)
    nneg = sum(1 for d in docs if "negative" in d.tags)
    if stats:
        print("%-16s %5s %5s" % ("tag", "docs", "rels"))
        for t in TAGS:
            ds = [d for d in docs if t in d.tags]
            print("%-16s %5d %5d" % (t, len(ds), sum(len(d.rels) for d in ds)))
        typo = sum(1 for d in docs if d.text and "’" in d.text)
        straight = sum(1 for d in docs if d.text and "'" in d.text)
        mixed = sum(1 for d in docs if d.text and "’" in d.text and "'" in d.text)
        print("apostrophes: %d documents with ’, %d with ', %d mixed" % (typo, straight, mixed))
        roles = Counter(r[2] for d in docs for r in d.rels)
        print("distinct roles: %d" % len(roles))
        print("targets: %d @country, %d written" % (
            sum(1 for d in docs for r in d.rels if r[3].startswith("@")),
            sum(1 for d in docs for r in d.rels if not r[3].startswith("@"))))
    print("%d documents, %d relations, %d negative documents, %d errors" % (len(docs), nrel, nneg, len(errors)))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

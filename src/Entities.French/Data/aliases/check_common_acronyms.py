#!/usr/bin/env python3
"""Checks common-acronyms.tsv: header comment lines ("# ..."), then acronym<TAB>category<TAB>expansion lines, then an
optional closing comment block (the acronyms left out, one "# ACR: reason" line each).

Reports, with line numbers: a byte order mark, CRLF line endings, blank lines, a missing final newline, a file that does
not start with a comment, a comment that does not start with "# ", a comment between data lines, a wrong column count, an
acronym that is not 2 to 6 capitals A-Z with at most one "&" inside (R&D), a category not in CATEGORIES, an empty or
padded expansion, data lines out of order (ordinal order of the acronym), repeated acronyms, and an acronym of the closing
block that is also listed. Prints the number of entries per category.
Usage: check_common_acronyms.py [path]   (default: common-acronyms.tsv next to this script). Exits 1 on any error.
"""
import os
import re
import sys

CATEGORIES = (
    "noun", "economy", "social", "education", "health", "science", "technology", "law", "product", "savings",
    "company-form", "index", "web", "english", "abbreviation",
)
ROMAN_LETTERS = set("IVXLCDM")
LEFT_OUT = re.compile(r"^# ([A-Z][A-Z&]*[A-Z]): ")


def acronym_problem(acronym):
    if acronym != acronym.strip():
        return "leading or trailing spaces"
    if any(not ("A" <= c <= "Z") and c != "&" for c in acronym):
        bad = next(c for c in acronym if not ("A" <= c <= "Z") and c != "&")
        return f"character {bad!r} is not a capital A-Z or '&'"
    if acronym.count("&") > 1:
        return "more than one '&'"
    if acronym.startswith("&") or acronym.endswith("&"):
        return "'&' at an end"
    letters = len(acronym) - acronym.count("&")
    if not 2 <= letters <= 6:
        return f"{letters} letters, expected 2 to 6"
    return None


def check(path):
    errors = []
    counts = {category: 0 for category in CATEGORIES}
    listed = {}
    left_out = []
    roman_only = []
    previous = None
    state = "header"  # header -> data -> footer
    with open(path, "rb") as f:
        raw = f.read()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        return counts, [(0, f"not UTF-8: {e}")], [], []
    if text.startswith("\ufeff"):
        errors.append((1, "byte order mark at the start of the file"))
        text = text[1:]
    if text and not text.endswith("\n"):
        errors.append((text.count("\n") + 1, "no newline at the end of the file"))
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    if not lines or not lines[0].startswith("#"):
        errors.append((1, "the file must start with header comment lines"))
    for number, line in enumerate(lines, start=1):
        if line.endswith("\r"):
            errors.append((number, "CRLF line ending"))
            line = line[:-1]
        if line == "":
            errors.append((number, "blank line"))
            continue
        if line.startswith("#"):
            if line != "#" and not line.startswith("# "):
                errors.append((number, "comment must start with '# '"))
            if state == "data":
                state = "footer"
            if state == "footer":
                match = LEFT_OUT.match(line)
                if match:
                    left_out.append((number, match.group(1)))
            continue
        if state == "footer":
            errors.append((number, "data line after the closing comment block (comments between data lines?)"))
        state = "data" if state == "header" else state
        columns = line.split("\t")
        if len(columns) != 3:
            errors.append((number, f"{len(columns)} columns, expected 3 (acronym<TAB>category<TAB>expansion)"))
            continue
        acronym, category, expansion = columns
        problem = acronym_problem(acronym)
        if problem:
            errors.append((number, f"{acronym!r}: {problem}"))
        if category in counts:
            counts[category] += 1
        else:
            errors.append((number, f"{acronym!r}: unknown category {category!r}"))
        if not expansion.strip():
            errors.append((number, f"{acronym!r}: empty expansion"))
        elif expansion != expansion.strip() or "  " in expansion:
            errors.append((number, f"{acronym!r}: expansion has leading, trailing or double spaces"))
        if acronym in listed:
            errors.append((number, f"{acronym!r} repeated (line {listed[acronym]})"))
        else:
            listed[acronym] = number
        if previous is not None and acronym < previous:
            errors.append((number, f"{acronym!r} is out of order (after {previous!r})"))
        previous = acronym
        if acronym and set(acronym) <= ROMAN_LETTERS:
            roman_only.append(acronym)
    for number, acronym in left_out:
        if acronym in listed:
            errors.append((number, f"{acronym!r} is in the left-out block and listed (line {listed[acronym]})"))
    if not listed:
        errors.append((0, "no data lines"))
    return counts, errors, left_out, roman_only


def main():
    default = os.path.join(os.path.dirname(os.path.abspath(__file__)), "common-acronyms.tsv")
    path = sys.argv[1] if len(sys.argv) > 1 else default
    counts, errors, left_out, roman_only = check(path)
    label = os.path.basename(path)
    for number, message in errors:
        print(f"{label}:{number}: {message}")
    for category in CATEGORIES:
        print(f"{category:<13} {counts[category]:>4}")
    print(f"{'total':<13} {sum(counts.values()):>4}")
    print(f"{len(left_out)} acronyms in the left-out block")
    if roman_only:
        print(f"note: made only of roman-numeral letters: {' '.join(roman_only)}")
    print(f"{len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())

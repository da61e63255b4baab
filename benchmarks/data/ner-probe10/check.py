#!/usr/bin/env python3
"""Validate the ner-probe10 gold documents and print per-label counts.

Usage: python3 check.py [DIR]        (DIR defaults to this script's directory)

The same checks as ../ner-news/check.py (same inline format), with the word range of this set (180-240 words a document).
It reads only; it writes nothing. Exit status 1 when a document has an error (warnings do not fail).
"""
import importlib.util
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
spec = importlib.util.spec_from_file_location("ner_news_check", os.path.join(HERE, "..", "ner-news", "check.py"))
check = importlib.util.module_from_spec(spec)
spec.loader.exec_module(check)
check.MIN_WORDS, check.MAX_WORDS = 180, 240

if __name__ == "__main__":
    if len(sys.argv) == 1:
        sys.argv.append(HERE)
    sys.exit(check.main())

#!/usr/bin/env python3
"""Checks that every article citation in src/ and seeds/ quotes its article word for word.

Usage: eng/check-citations.py <folder with the source articles, e.g. ../shared/seeds>

The articles (NNN_<hash>.txt) are not part of the repository. A citation is `Sources.ArticleNNN.At("…")` in
the code, a citation object (`source.kind` = Article, `source.reference` = the file, `clause`) or a catalogue's
`sourceFile` + `sourceClause` in a seed document; its quote may leave words out only where it says so with "……" (or "…").
Whitespace (the articles break lines mid-sentence) is ignored; punctuation is not: an article that uses
ASCII commas is quoted with ASCII commas. Exit status 1 lists every quote not found.
"""
import glob
import json
import os
import re
import sys

if len(sys.argv) != 2:
    sys.exit(__doc__)
root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
articles = {}
for path in glob.glob(os.path.join(sys.argv[1], "[0-9][0-9][0-9]_*.txt")):
    articles[os.path.basename(path)[:3]] = re.sub(r"\s+", "", open(path, encoding="utf-8").read())
if not articles:
    sys.exit(f"no articles (NNN_*.txt) in {sys.argv[1]}")

checked, missing = 0, []
for path in sorted(glob.glob(os.path.join(root, "src", "**", "*.cs"), recursive=True)):
    text = open(path, encoding="utf-8").read()
    for match in re.finditer(r'Article(\d{3})\.At\(\s*((?:"(?:[^"\\]|\\.)*"\s*\+?\s*)+)', text):
        number = match.group(1)
        quote = "".join(re.findall(r'"((?:[^"\\]|\\.)*)"', match.group(2))).replace('\\"', '"')
        parts = [p for p in re.split(r"…+|\.\.\.", re.sub(r"\s+", "", quote)) if p]
        checked += 1
        if number not in articles or not all(p in articles[number] for p in parts):
            line = text.count("\n", 0, match.start()) + 1
            missing.append(f"{os.path.relpath(path, root)}:{line}: article {number}: {quote}")

def check(number, quote, where):
    global checked
    parts = [p for p in re.split(r"…+|\.\.\.", re.sub(r"\s+", "", quote)) if p]
    checked += 1
    if number not in articles or not all(p in articles[number] for p in parts):
        missing.append(f"{where}: article {number}: {quote}")


def walk(node, where):
    if isinstance(node, dict):
        source = node.get("source")
        if isinstance(source, dict) and source.get("kind") == "Article" and isinstance(node.get("clause"), str):
            check(str(source.get("reference", ""))[:3], node["clause"], where)
        if isinstance(node.get("sourceFile"), str) and isinstance(node.get("sourceClause"), str):
            check(node["sourceFile"][:3], node["sourceClause"], where)
        for value in node.values():
            walk(value, where)
    elif isinstance(node, list):
        for value in node:
            walk(value, where)


for path in sorted(glob.glob(os.path.join(root, "seeds", "**", "*.json"), recursive=True)):
    walk(json.load(open(path, encoding="utf-8")), os.path.relpath(path, root))

print(f"{checked} article citations checked, {len(missing)} not found word for word")
for m in missing:
    print("  " + m)
sys.exit(1 if missing else 0)

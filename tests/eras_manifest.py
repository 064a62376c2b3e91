#!/usr/bin/env python3
"""Check tests/eras/rustc against its MANIFEST.tsv: every file listed and every listed file
present, each file's character count (UTF-8 text, newlines as stored) equal to the `chars`
the index reported, the name's 8 hex digits the start of the 40-digit commit, and the name's
rest rustc's base name of `path`.  Usage: eras_manifest.py DIR"""
import csv
import os
import sys


def main():
    d = sys.argv[1]
    with open(os.path.join(d, "MANIFEST.tsv"), encoding="utf-8", newline="") as fh:
        rows = list(csv.reader(fh, delimiter="\t"))
    if rows[0] != ["file", "repository", "path", "commit", "chars", "group"]:
        print("eras manifest: unexpected header", rows[0])
        return 1
    listed = {}
    bad = 0
    for r in rows[1:]:
        name, _repo, path, commit, chars, _group = r
        if name in listed:
            print(f"{name}: listed twice")
            bad += 1
        listed[name] = r
        prefix, _, base = name.partition(".")
        ok = (len(commit) == 40 and commit.startswith(prefix) and len(prefix) == 8
              and base == path.rsplit("/", 1)[-1])
        fpath = os.path.join(d, name)
        if not os.path.isfile(fpath):
            print(f"{name}: listed but missing")
            bad += 1
            continue
        with open(fpath, encoding="utf-8", newline="") as fh:
            n = len(fh.read())
        if n != int(chars):
            print(f"{name}: {n} characters, the manifest says {chars}")
            ok = False
        if not ok:
            print(f"{name}: does not match its manifest line")
            bad += 1
    for name in sorted(os.listdir(d)):
        if name != "MANIFEST.tsv" and name not in listed:
            print(f"{name}: not in MANIFEST.tsv")
            bad += 1
    print(f"eras manifest: {len(listed) - bad} passed, {bad} failed")
    return 1 if bad or not listed else 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""Whole and parts agree: `report -f json CORPUS` (every case at once) gives each coroutine
the same size, instances, code figures and findings as `report -f json CASE` of its own
case directory.  Each case is its own build (its own -Zprint-type-sizes table and nm
symbols); a figure that changes when other cases are read beside it was taken from another
crate's table (2026-12-07: tokio-postgres' generic `connect<T>` took the 12-byte
`connect()` of the drops case, exact, in the whole-corpus run only).

Prints a last line "N passed, M failed".  Usage: whole_vs_parts.py MIRSCOPE CORPUS_DIR
"""
import json, os, subprocess, sys
from tally import check, finish

mirscope, corpus = sys.argv[1], sys.argv[2]


def report(path):
    r = subprocess.run([mirscope, "report", "-f", "json", "-j1", path], capture_output=True,
                       text=True)
    if r.returncode == 1 and "no coroutine in the input" in r.stderr:
        return {"coroutines": []}  # a case of other constructs (corpus/*/constructs)
    check(r.returncode == 0, f"report -f json {path}: exit {r.returncode}: {r.stderr[:300]}")
    return json.loads(r.stdout) if r.returncode == 0 else {"coroutines": []}


def figures(co):
    size = co.get("size", {})
    code = co.get("code", {})
    return {
        "size": (size.get("bytes"), size.get("exact"), size.get("source"),
                 tuple(size.get("instances", []))),
        "states": tuple(s.get("bytes") for s in co.get("states", [])),
        "code": (code.get("estimated_bytes"), code.get("exact_bytes"), code.get("bytes"),
                 code.get("source")),
        "findings": tuple(sorted(repr((f.get("class"), f.get("state"), f.get("bytes")))
                                 for f in co.get("findings", []))),
    }


def key(co):
    return (co["file"], co["line"])


cases = sorted(root for root, dirs, _ in os.walk(corpus) if "mir_dump" in dirs)
check(len(cases) >= 20, f"case directories found under {corpus}: {len(cases)}")

whole = {key(co): co for co in report(corpus)["coroutines"]}
seen = 0
for case in cases:
    for co in report(case)["coroutines"]:
        seen += 1
        w = whole.get(key(co))
        if not check(w is not None, f"{co['file']}:{co['line']}: in {case}'s report, not in "
                                    "the whole corpus's"):
            continue
        a, b = figures(co), figures(w)
        for k in a:
            check(a[k] == b[k], f"{co['name']} ({os.path.relpath(case, corpus)}): {k} alone "
                                f"{a[k]}, in the whole corpus {b[k]}")
check(seen == len(whole), f"coroutines of the cases one by one: {seen}, of the whole corpus: "
                          f"{len(whole)}")
finish()

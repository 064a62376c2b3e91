#!/usr/bin/env python3
"""Corpus-wide invariants of the coroutine model (issue 3), checked on every coroutine that
`mirscope report` finds in the corpus:
  - its states are exactly the layout's variants, as counted here from the dump's text;
  - Unresumed has a dispatch arm, and every Suspend state is reachable from Unresumed
    through transitions (self-loops do not count);
  - every transition leaves a state that has an arm, and `unwind` edges end in Panicked;
  - a coroutine_resume dump exists for every body that has one (nothing lost), and
    coroutine_drop dumps are never modelled.
Prints a last line "N passed, M failed".  Usage: model_invariants.py MIRSCOPE CORPUS_DIR
"""
import json, os, re, subprocess, sys
from tally import check, finish
from collections import defaultdict

mirscope, corpus = sys.argv[1], sys.argv[2]
out = subprocess.run([mirscope, "report", "-f", "json", corpus], capture_output=True, text=True)
if out.returncode != 0:
    sys.exit(f"report failed ({out.returncode}): {out.stderr[:2000]}")
cos = json.loads(out.stdout)["coroutines"]



variant_re = re.compile(r"^\s+(\w+)\s*\((\d+)\): \[")
resume_files = set()
for root, _, files in os.walk(corpus):
    for f in files:
        if f.endswith(".coroutine_resume.0.mir"):
            resume_files.add(os.path.join(root, f))
modelled = set()
for co in cos:
    where = f"{co['file']}: {co['def_path']}"
    check("coroutine_drop" not in co["file"], f"{where}: a drop dump was modelled")
    modelled.add(co["file"])
    text = open(co["file"]).read().split("\n")
    variants, inside = [], False
    for line in text:
        if "variant_fields" in line:
            inside = True
            continue
        if inside:
            m = variant_re.match(line)
            if m:
                variants.append((m.group(1), int(m.group(2))))
            elif line.strip().startswith("}"):
                break
    check([(s["name"], s["index"]) for s in co["states"]] == variants,
          f"{where}: states {[s['name'] for s in co['states']]} != layout {variants}")
    names = {s["name"]: s for s in co["states"]}
    check(names.get("Unresumed", {}).get("entry_block") is not None, f"{where}: no Unresumed arm")
    succ = defaultdict(set)
    for t in co["transitions"]:
        check(names[t["from"]]["entry_block"] is not None, f"{where}: transition from armless {t}")
        if t["via"] == "unwind":
            check(t["to"] == "Panicked", f"{where}: unwind into {t['to']}")
        if t["from"] != t["to"]:
            succ[t["from"]].add(t["to"])
    seen, todo = {"Unresumed"}, ["Unresumed"]
    while todo:
        for n in succ[todo.pop()]:
            if n not in seen:
                seen.add(n)
                todo.append(n)
    for s in co["states"]:
        if s["name"].startswith("Suspend"):
            check(s["name"] in seen, f"{where}: {s['name']} not reachable from Unresumed")
for f in sorted(resume_files):
    check(f in modelled, f"{f}: coroutine_resume dump not modelled")
print(f"{len(cos)} coroutines, {sum(len(c['transitions']) for c in cos)} transitions")
finish()

#!/usr/bin/env python3
"""Corpus-wide invariants of the coroutine model (issue 3), checked on every coroutine that
`mirscope report` finds in the corpus:
  - its states are exactly the layout's variants, as counted here from the dump's text;
  - Unresumed has a dispatch arm, and every Suspend state is reachable from Unresumed
    through transitions (self-loops do not count);
  - every transition leaves a state that has an arm, and `unwind` edges end in Panicked;
  - a coroutine_resume dump exists for every body that has one (nothing lost), and
    coroutine_drop dumps are never modelled;
  - the what-if totals reconcile: each change's figures are the sums of its crates', its code
    bytes the sum of its findings' code bytes, a coroutine with one such finding saves that
    finding's future bytes, and the shares are of the coroutines' code and futures' bytes.
Prints a last line "N passed, M failed".  Usage: model_invariants.py MIRSCOPE CORPUS_DIR
"""
import json, os, re, subprocess, sys
from tally import check, finish
from collections import defaultdict

# model_invariants.py MIRSCOPE DUMPS [REPORT OPTIONS...] (e.g. --symbols FILE --opt-level 3)
mirscope, corpus, extra = sys.argv[1], sys.argv[2], sys.argv[3:]
out = subprocess.run([mirscope, "report", "-f", "json", *extra, corpus], capture_output=True, text=True)
if out.returncode != 0:
    sys.exit(f"report failed ({out.returncode}): {out.stderr[:2000]}")
report = json.loads(out.stdout)
cos = report["coroutines"]



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

# a coroutine inlined into an executor's instance (a host) fits in it: its best figure is at
# most the host's nm size, and only a coroutine without a symbol of its own has one
for co in report["coroutines"]:
    cd = co["code"]
    if cd["host_bytes"] is not None:
        check(cd["exact_bytes"] is None and not cd["in_awaiter"] and cd["bytes"] is not None and
              cd["bytes"] <= cd["host_bytes"], f"{co['name']}: code {cd['bytes']} in host {cd['host_bytes']}")

def whatif_reconciles(w, cos):
    # each byte once: a coroutine inlined into an awaiter nm sized is in that awaiter's size
    # a generic body's instances nm has: each its own code (exact_bytes is the largest's)
    def code_all(c):
        cd = c["code"]
        return cd["exact_all_bytes"] if cd["exact_instances"] > 1 else (cd["bytes"] or 0)
    check(w["coroutine_code_bytes"] == sum(code_all(c) for c in cos
                                           if not c["code"]["in_awaiter"]), "whatif: code total")
    check(w["future_bytes"] == report["totals"]["future_bytes"], "whatif: future total")
    for ch in w["changes"]:
        name, classes = ch["change"], set(ch["classes"])
        for key in ("findings", "coroutines", "code_bytes", "future_bytes", "future_unknown"):
            per = [cr["changes"][name][key] for cr in w["crates"]]
            want = None if ch[key] is None else sum(per)
            check(ch[key] == want and (want is None) == (None in per), f"whatif {name}: {key} {ch[key]} != crates' {per}")
        mine = [[f for f in c["findings"] if f["class"] in classes] for c in cos]
        copies = [c["code"]["copies"] for c in cos]
        check(all(k >= 1 and (k == 1 or c["code"]["in_awaiter"] or c["code"]["in_host"] or
                              k <= c["code"]["exact_instances"]) for k, c in zip(copies, cos)),
              f"whatif {name}: copies")
        check(ch["findings"] == sum(map(len, mine)), f"whatif {name}: findings")
        if ch["code_bytes"] is not None:
            # each copy of an inlined future's code (in every awaiter nm sized) loses it
            code = sum((f["code_bytes"] or 0) * k for m, k in zip(mine, copies) for f in m)
            check(ch["code_bytes"] == code, f"whatif {name}: code {ch['code_bytes']} != findings' {code}")
            check(ch["code_share"] == round(ch["code_bytes"] / w["coroutine_code_bytes"], 3) if w["coroutine_code_bytes"] else ch["code_share"] is None,
                  f"whatif {name}: code share")
        if ch["future_bytes"] is not None:
            singles = sum(m[0]["future_bytes"] for m in mine if len(m) == 1 and m[0]["future_bytes"] is not None)
            several = [m for m in mine if len(m) > 1]
            check(several or ch["future_bytes"] == singles, f"whatif {name}: future {ch['future_bytes']} != {singles}")


whatif_reconciles(report["whatif"], cos)
print(f"{len(cos)} coroutines, {sum(len(c['transitions']) for c in cos)} transitions")
finish()

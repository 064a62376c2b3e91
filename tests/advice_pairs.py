#!/usr/bin/env python3
"""Advice with proof (issue 15), on corpus/pairs/ (corpus/pairs/README.md):

1. Per pair and toolchain, the held-across-await and passthrough findings of the "before" build
   are exactly those of corpus/pairs/EXPECT.tsv (class, local, advice), and each one's
   `future_bytes_after` equals the size -Zprint-type-sizes printed for the "after" build (read
   here from its type-sizes.txt, independently of the library), exact (`after_source`
   print-type-sizes), with `future_bytes` = before - after; the finding is gone in "after".
   A "none" row: the local is held across an await in "before", has no finding, and the
   "after" future has the same size (the prediction of 0 saved, proved by recompiling).
2. Passthrough fires on single-await wrappers only, in the pairs and in the whole corpus: one
   Suspend state, whose only saved local is the awaited future.
3. Every finding of every coroutine carries the keys of docs/json.md, with code_bytes and/or
   future_bytes for the classes that have them; a held-across-await's `big_rule` is the rule
   its local's bytes and the future's size meet (absolute: >= 64; relative: >= 32 and >= 1/4),
   and no other finding has one.
Prints a line per prediction and a last line "N passed, M failed".
Usage: advice_pairs.py MIRSCOPE CORPUS_DIR
"""
import json, os, re, subprocess, sys
from tally import check, finish

mirscope, corpus = sys.argv[1], sys.argv[2]
pairs = os.path.join(corpus, "pairs")
ADVICE = ("held-across-await", "passthrough")
KEYS = ["class", "state", "bytes", "code_bytes", "future_bytes", "future_bytes_after", "after_source",
        "local", "type", "local_bytes", "span", "awaits", "why", "big_rule", "advice", "reason"]


def report(path):
    out = subprocess.run([mirscope, "report", "-f", "json", path], capture_output=True, text=True)
    if out.returncode != 0:
        sys.exit(f"mirscope report {path} failed: {out.stderr}")
    return json.loads(out.stdout)["coroutines"]


def table(path):
    """-Zprint-type-sizes: type name -> set of sizes."""
    sizes = {}
    for line in open(os.path.join(path, "type-sizes.txt")):
        m = re.match(r"^print-type-size type: `(.*)`: (\d+) bytes", line)
        if m:
            sizes.setdefault(m.group(1), set()).add(int(m.group(2)))
    return sizes


def advice(cos):
    return {(c["def_path"], f["class"], f["local"]): (c, f) for c in cos for f in c["findings"]
            if f["class"] in ADVICE}


def single_await(c):
    suspends = [s for s in c["states"] if s["name"].startswith("Suspend")]
    return len(suspends) == 1 and [c["saved_locals"][0]["name"]] == ["__awaitee"] and \
        suspends[0]["saved_locals"] == [c["saved_locals"][0]["id"]]


expect = {}
for line in open(os.path.join(pairs, "EXPECT.tsv")):
    if line.startswith("#") or not line.strip():
        continue
    pair, dp, cls, local, adv, after_type = line.rstrip("\n").split("\t")
    expect.setdefault(pair, []).append((dp, cls, local, adv, after_type))

pair_names = sorted(os.listdir(os.path.join(pairs, "src")))
check(set(expect) <= set(pair_names), f"EXPECT.tsv names pairs that do not exist: {set(expect) - set(pair_names)}")
for tc in ("stable", "nightly"):
    for pair in pair_names:
        before_dir = os.path.join(pairs, tc, pair, "before")
        after_dir = os.path.join(pairs, tc, pair, "after")
        if not check(os.path.isdir(before_dir), f"{tc}/{pair}: not built (corpus/pairs/regen)"):
            continue
        before = report(before_dir)
        got = advice(before)
        rows = expect.get(pair, [])
        want = {(dp, cls, local) for dp, cls, local, _, _ in rows if cls != "none"}
        check(set(got) == want, f"{tc}/{pair}: findings {sorted(got)} != expected {sorted(want)}")
        for c in before:
            for f in c["findings"]:
                check(list(f) == KEYS, f"{tc}/{pair}: {c['def_path']}: finding keys {list(f)}")
                if f["class"] == "passthrough":
                    check(single_await(c), f"{tc}/{pair}: passthrough on {c['def_path']}, not a single await")
        if not rows:
            continue
        if not check(os.path.isdir(after_dir), f"{tc}/{pair}: no after build"):
            continue
        truth, after = table(after_dir), advice(report(after_dir))
        by_path = {c["def_path"]: c for c in before}
        for dp, cls, local, adv, after_type in rows:
            sizes = truth.get(after_type, set())
            check(len(sizes) == 1, f"{tc}/{pair}: after: `{after_type}` sized {sorted(sizes)}")
            real = min(sizes) if sizes else None
            c = by_path.get(dp)
            if not check(c is not None, f"{tc}/{pair}: no coroutine {dp}"):
                continue
            if cls == "none":
                held = any(s["name"] == local for st in c["states"] if st["name"].startswith("Suspend")
                           for s in c["saved_locals"] if s["id"] in st["saved_locals"])
                check(held, f"{tc}/{pair}: {dp}: `{local}` is not held across an await (vacuous)")
                check(real == c["size"]["bytes"],
                      f"{tc}/{pair}: {dp}: after {real} != before {c['size']['bytes']}: saving not 0")
                print(f"{tc}/{pair}: {dp} `{local}`: no finding (saves 0); before {c['size']['bytes']}, after {real}")
                continue
            hit = got.get((dp, cls, local))
            if not hit:
                continue  # reported above
            f = hit[1]
            check(f["advice"] == adv, f"{tc}/{pair}: {dp}: advice {f['advice']} != {adv}")
            check(f["future_bytes_after"] == real and f["after_source"] == "print-type-sizes",
                  f"{tc}/{pair}: {dp}: predicted {f['future_bytes_after']} ({f['after_source']}), recompiled {real}")
            check(f["future_bytes"] == c["size"]["bytes"] - (real or 0),
                  f"{tc}/{pair}: {dp}: future_bytes {f['future_bytes']}")
            check((dp, cls, local) not in after, f"{tc}/{pair}: {dp}: the finding survives its fix")
            print(f"{tc}/{pair}: {dp} {cls} `{local}` ({adv}): {c['size']['bytes']} -> predicted "
                  f"{f['future_bytes_after']}, recompiled {real}")

# 2 and 3 on the whole corpus
allcos = report(corpus)
npass = 0
for c in allcos:
    for f in c["findings"]:
        check(list(f) == KEYS, f"{c['name']}: finding keys {list(f)}")
        if f["class"] in ("poison-returned", "poison-panicked", "poison-async-drop", "no-await",
                          "duplicate-suspend"):
            check(f["code_bytes"] == f["bytes"] and f["future_bytes"] is None,
                  f"{c['name']}: {f['class']}: code {f['code_bytes']} future {f['future_bytes']}")
        if f["class"] == "held-across-await":
            # an unnamed temporary has no local name: its why says so
            check(f["code_bytes"] is None and (f["local"] or f["why"] == "temporary") and
                  f["awaits"] and f["why"] and f["advice"],
                  f"{c['name']}: held-across-await without its facts: {f}")
            check(f["future_bytes"] is None or f["future_bytes"] > 0, f"{c['name']}: saves {f['future_bytes']}")
            b, size = f["local_bytes"], c["size"]
            rule = "absolute" if b >= 64 else "relative" if (
                b >= 32 and size["source"] != "lower-bound" and size["bytes"] and 4 * b >= size["bytes"]) else None
            check(f["big_rule"] == rule, f"{c['name']}: {f['local']} ({b} of {size['bytes']} B): big_rule {f['big_rule']}")
        elif f["big_rule"] is not None:
            check(False, f"{c['name']}: {f['class']} with a big_rule")
        if f["class"] == "passthrough":
            npass += 1
            check(single_await(c), f"{c['name']}: passthrough, not a single-await wrapper")
            check(f["code_bytes"] is not None and f["future_bytes_after"] is not None,
                  f"{c['name']}: passthrough without its bytes")
print(f"{len(allcos)} coroutines in the corpus, {npass} passthrough findings")
finish()

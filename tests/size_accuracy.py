#!/usr/bin/env python3
"""Accuracy of mirscope's future sizes against -Zprint-type-sizes, on the corpus.

1. Exact: for every `{async fn body of NAME()}` type in a case's type-sizes.txt (read here,
   independently of the library), the coroutine of that case with that self type must be
   reported with size.source "print-type-sizes" and a size that the table printed.
2. Without the tables (dumps copied to a temporary tree with no type-sizes file), every
   coroutine that had an exact size must get a `computed` size within +-10 % of it or a
   `lower-bound` that is <= it; at least 95 % must (issue 3), and we assert 100 %.
Prints the figures and a last line "N passed, M failed".
Usage: size_accuracy.py MIRSCOPE CORPUS_DIR
"""
import json, os, re, shutil, subprocess, sys, tempfile
from tally import check, finish

mirscope, corpus = sys.argv[1], sys.argv[2]



def report(path):
    out = subprocess.run([mirscope, "report", "-f", "json", path], capture_output=True, text=True)
    if out.returncode not in (0, 1):
        sys.exit(f"mirscope report {path} failed: {out.stderr}")
    return json.loads(out.stdout)["coroutines"]


cases = sorted(os.path.join(corpus, tc, c) for tc in os.listdir(corpus)
               if os.path.isdir(os.path.join(corpus, tc)) and tc in ("stable", "nightly")
               for c in os.listdir(os.path.join(corpus, tc)))
type_re = re.compile(r"^print-type-size type: `(\{async fn body of [^`]*\})`: (\d+) bytes")
with_truth = exact_named = 0
computed = within = lower_ok = 0
for case in cases:
    ts = os.path.join(case, "type-sizes.txt")
    if not os.path.exists(ts):
        continue
    truth = {}
    for line in open(ts):
        m = type_re.match(line)
        if m:
            truth.setdefault(m.group(1), set()).add(int(m.group(2)))
    cos = report(case)
    by_self = {}
    for co in cos:
        by_self.setdefault(co["self_type"], []).append(co)
    # 1. exact, for the names this script can match on its own
    for name, sizes in truth.items():
        for co in by_self.get(name, []):
            exact_named += 1
            check(co["size"]["source"] == "print-type-sizes" and co["size"]["bytes"] in sizes,
                  f"{case}: {co['def_path']}: {co['size']} not in {sorted(sizes)}")
    # 2. the same dumps without any type-sizes file
    with tempfile.TemporaryDirectory() as tmp:
        shutil.copytree(os.path.join(case, "mir_dump"), os.path.join(tmp, "mir_dump"))
        bare = {(c["def_path"], c["file"].split("/mir_dump/")[-1]): c for c in report(tmp)}
    for co in cos:
        if co["size"]["source"] != "print-type-sizes":
            continue
        with_truth += 1
        t = co["size"]["bytes"]
        b = bare.get((co["def_path"], co["file"].split("/mir_dump/")[-1]))
        if b is None:
            check(False, f"{case}: {co['def_path']} missing without type sizes")
            continue
        s, src = b["size"]["bytes"], b["size"]["source"]
        if src == "computed":
            computed += 1
            ok = s is not None and abs(s - t) <= 0.10 * t
            within += ok
        else:
            ok = s is not None and s <= t  # a missing size is no bound
            lower_ok += ok
        check(ok, f"{case}: {co['def_path']}: without table {src} {s}, truth {t}")

# 3. One printed name, several bodies (a macro expanding one async block or closure several
# times): each body must get *its* entry.  The expected sizes were read off type-sizes.txt
# by hand, entry by entry, from the fields each entry lists (`kept`: 1, 32 or 24 bytes; `v`
# and the `self` upvar: the impl's integer type), not from mirscope.
SAME_NAME = {
    "macro-impls": {
        "start_three::{closure#0}": 3, "start_three::{closure#1}": 34,
        "start_three::{closure#2}": 32,
        "{impl#0}::settle::{closure#0}": 7, "{impl#1}::settle::{closure#0}": 10,
        "{impl#2}::settle::{closure#0}": 16, "{impl#3}::settle::{closure#0}": 24,
        "{impl#4}::settle::{closure#0}": 48,
    },
}
for case in cases:
    want = SAME_NAME.get(os.path.basename(case))
    if not want:
        continue
    got = {c.get("name", c["def_path"]): c["size"] for c in report(case)}
    for name, size in want.items():
        g = got.get(name)
        check(g is not None and g["source"] == "print-type-sizes" and g["bytes"] == size,
              f"{case}: {name}: {g} (its own -Zprint-type-sizes entry says {size})")
ui = os.path.join(os.path.dirname(os.path.abspath(__file__)), "data", "ui-issue-57017")
got = {c.get("name", c["def_path"]): c["size"]["bytes"] for c in report(ui)}  # the three 18:34 closures: 1, 32, 1
check(got == {"main::{closure#0}": 1, "main::{closure#1}": 1, "main::{closure#2}": 32,
              "main::{closure#3}": 1, "main::{closure#4}": 1, "main::{closure#5}": 1},
      f"tests/data/ui-issue-57017: {got}")
# rustc's tests/ui/async-await/async-drop/deref-later-projection.rs (stable 1.95): one
# `async_drop_in_place::{closure#0}` def path, instantiated for two types; the table prints
# `{async fn body of std::future::async_drop_in_place<Holder>()}` 48 bytes and `<HasAsyncDrop>`
# 32 bytes, and each body must get its own (not the largest).
# rustc's tests/ui/async-await/async-closures/no-borrow-from-env.rs (stable 1.95): the by-move
# body of `async move || { *x.0 }` with x: &S declares its upvar through a deref chain
# (`debug x__0 => (*((*((*_20).0: &S<'_>)).0: &i32));`); the table prints 16 bytes, and
# without it the computed size must be 16 too (it was 1: no upvar seen).
nbfe = os.path.join(os.path.dirname(ui), "ui-no-borrow-from-env")
SYN = "through_field_and_ref::{closure#1}::{synthetic#0}"
for path, source in ((nbfe, "print-type-sizes"), (os.path.join(nbfe, "mir_dump"), "computed")):
    got = {c["name"]: c for c in report(path)}.get(SYN)
    check(got is not None and got["size"]["bytes"] == 16 and got["size"]["source"] == source
          and [u["name"] for u in got["upvars"]] == ["x__0"],
          f"{path}: {SYN}: {got and (got['size'], got['upvars'])}")
shims = os.path.join(os.path.dirname(ui), "ui-async-drop-shims")
got = {c["self_type"]: (c["size"]["bytes"], c["size"]["instances"]) for c in report(shims)}
check(got == {"{async fn body of async_drop_in_place<HasAsyncDrop>()}": (32, [32]),
              "{async fn body of async_drop_in_place<Holder>()}": (48, [48])},
      f"tests/data/ui-async-drop-shims: {got}")

share = (within + lower_ok) / with_truth if with_truth else 0
print(f"coroutines with ground truth: {with_truth} (exact, name-matched independently: {exact_named})")
print(f"without the tables: computed {computed} ({100 * computed / max(with_truth, 1):.0f} %), "
      f"within +-10 %: {within}; lower bounds <= truth: {lower_ok}; acceptable: {100 * share:.1f} %")
check(with_truth > 0 and exact_named > 0, "no ground truth found")
check(share >= 0.95, f"only {100 * share:.1f} % acceptable (need >= 95 %)")
finish()

#!/usr/bin/env python3
"""Layouts rebuilt from the body (src/rebuild.c) against the layouts rustc printed.

Every `coroutine_resume` dump under the given directories is copied with its `// MIR for`
header and its layout comment taken out -- what `--emit=mir` prints of the same body -- and
`mirscope report -f json` reads both trees. Per dump and coroutine it asserts:
  - every resume body is modelled (bodies in = coroutines out);
  - the same states and transitions;
  - every saved local is found, under the id `variant#K.F` (K the last state that holds it,
    F its position there), with a type and the name the printed layout's report gives it;
  - each state holds a subset of the saved locals rustc's layout gives it, and all of them
    when there is at most one suspend state;
  - no finding the printed layout does not give, but an upvar-copy the rebuilt layout cannot
    price (the printed one may show it saves nothing), and held-across-await of a local that the
    printed layout's internal Debug type left unsized;
  - the future size is at most the one from the printed layout when that one is exact or
    computed; equal when there is at most one suspend state, unless a type it names could not
    be sized.
Each case directory's -Zprint-type-sizes table (type-sizes.txt beside mir_dump/) is read by
both reports.
Prints counts (how many state memberships were found) and a last line "N passed, M failed".
Usage: rebuilt_layouts.py MIRSCOPE DIR...
"""
import json, os, re, shutil, subprocess, sys, tempfile
from tally import check, finish

mirscope, roots = sys.argv[1], sys.argv[2:]
LAYOUT = re.compile(r"^/\* (?:coroutine|generator)_layout = .*?^\} \*/\n", re.S | re.M)


def report(path, sizes):
    ts = ["-t", sizes] if sizes else []
    r = subprocess.run([mirscope, "report", "-f", "json", *ts, path], capture_output=True, text=True)
    if r.returncode != 0:
        return None
    return {c["file"].rsplit("/", 1)[-1]: c for c in json.loads(r.stdout)["coroutines"]}


def dirs():
    for root in roots:
        for d, _, files in sorted(os.walk(root)):
            if any(".coroutine_resume." in f for f in files):
                yield d


members = found = 0
sizes = {}
tmp = tempfile.mkdtemp(prefix="mirscope-rebuilt.")
try:
    for d in dirs():
        # the case's -Zprint-type-sizes table (beside mir_dump/): both reports read it, so a
        # rebuilt coroutine finds its exact size by its type's name
        table = os.path.join(os.path.dirname(d), "type-sizes.txt")
        table = table if os.path.exists(table) else None
        out = os.path.join(tmp, d.strip("/").replace("/", "_"))
        os.makedirs(out)
        n = 0
        for f in sorted(os.listdir(d)):
            if ".coroutine_resume." not in f:
                continue
            text = open(os.path.join(d, f), encoding="utf-8", errors="replace").read()
            text, k = LAYOUT.subn("", text, count=1)
            if not k:
                continue
            text = re.sub(r"^// MIR for .*\n", "", text, count=1, flags=re.M)
            open(os.path.join(out, f), "w", encoding="utf-8").write(text)
            n += 1
        if not n:
            continue
        old, new = report(d, table), report(out, table)
        if not check(old is not None and new is not None, f"{d}: both reports"):
            continue
        old = {f: c for f, c in old.items() if ".coroutine_resume." in f}
        check(len(new) == n == len(old), f"{d}: {n} bodies, {len(old)} coroutines printed, {len(new)} rebuilt")
        for f, o in sorted(old.items()):
            r = new.get(f)
            if not check(r is not None, f"{d}/{f}: rebuilt"):
                continue
            st_o, st_r = o["states"], r["states"]
            check([s["name"] for s in st_o] == [s["name"] for s in st_r], f"{f}: states")
            tr = lambda c: sorted((t["from"], t["to"], t.get("kind")) for t in c["transitions"])
            check(tr(o) == tr(r), f"{f}: transitions")
            # the id each saved local gets when rebuilt: its last state and position there
            ids, types = {}, {s["id"]: s["type"] for s in o["saved_locals"]}
            for s in st_o:
                for pos, sid in enumerate(s["saved_locals"]):
                    ids[sid] = f"variant#{s['index']}.{pos}"
            rtypes = {s["id"]: s["type"] for s in r["saved_locals"]}
            rnames = {s["id"]: s["name"] for s in r["saved_locals"]}
            onames = {ids[s["id"]]: s["name"] for s in o["saved_locals"] if s["id"] in ids}
            check(all(rnames.get(k) == v for k, v in onames.items()),
                  f"{f}: names {sorted(onames.items())} rebuilt as {sorted(rnames.items())}")
            check(sorted(ids.values()) == sorted(rtypes),
                  f"{f}: saved locals {sorted(ids.values())} rebuilt as {sorted(rtypes)}")
            # era-2 layouts print internal Debug types (`Coroutine(DefId(..))`), the body the
            # user-facing ones: only that each has one
            check(all(rtypes.values()), f"{f}: a type for every saved local")
            suspends = sum(s["name"].startswith("Suspend") for s in st_o)
            for so, sr in zip(st_o, st_r):
                want = {ids[k] for k in so["saved_locals"] if k in ids}
                got = set(sr["saved_locals"])
                members += len(want)
                found += len(want & got)
                check(got <= want, f"{f}: {so['name']} holds {sorted(got - want)} not in rustc's layout")
                if suspends <= 1:
                    check(got == want, f"{f}: {so['name']} (one suspend state) misses {sorted(want - got)}")
            # findings: none that the printed layout does not give (findings that need a
            # local in a state may be missed where the state misses the local), but for a
            # local the printed layout could not size: its internal Debug type (`[u8; Const {
            # .. }]`) against the body's user-facing one (`[u8; 8192]`)
            fk = lambda c: {(x["class"], x["state"] or "", x["local"] or "") for x in c["findings"]}
            unsized = {s["name"] for s in o["saved_locals"] if s["bytes"] is None}
            # nor an upvar-copy the rebuilt layout cannot price (its size after only a lower
            # bound, future_bytes null): the printed layout may show it saves nothing, and
            # such a copy is no finding (docs/model.md, since 2026-12-07)
            unpriced = {(x["class"], x["state"] or "", x["local"] or "") for x in r["findings"]
                        if x["class"] == "upvar-copy" and x["future_bytes"] is None}
            extra = sorted(k for k in fk(r) - fk(o)
                           if not (k[0] == "held-across-await" and k[2] in unsized) and k not in unpriced)
            check(not extra, f"{f}: findings the printed layout does not give: {extra}")
            so, sr = o["size"], r["size"]
            sizes[sr["source"]] = sizes.get(sr["source"], 0) + 1
            if so["source"] in ("computed", "exact") and sr["bytes"] is not None:
                check(sr["bytes"] <= so["bytes"], f"{f}: rebuilt size {sr['bytes']} > {so['bytes']}")
            if suspends <= 1 and so["source"] in ("computed", "exact"):
                # the same, or a lower bound that names a type it could not size (a body prints
                # an awaited future by its name, `{async fn body of f<T>()}`, the layout by its
                # DefId: a name may not be resolved where the DefId is)
                why = [u for u in sr["unknown_types"] if not u.startswith("(no coroutine layout")]
                check((sr["bytes"] == so["bytes"] and sr["source"] in ("computed", "exact")) or
                      (sr["source"] == "lower-bound" and why),
                      f"{f}: one suspend state: {sr['bytes']} ({sr['source']}) vs {so['bytes']} ({so['source']})")
finally:
    shutil.rmtree(tmp)
print(f"state memberships found: {found} of {members}")
print("rebuilt sizes:", ", ".join(f"{v} {k}" for k, v in sorted(sizes.items())))
finish()

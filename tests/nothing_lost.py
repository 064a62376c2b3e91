#!/usr/bin/env python3
"""Nothing lost (issue 12): every resume body read is one coroutine reported, counted
independently of the library's notion of a body.

  - For every case directory of the corpus (a directory holding mir_dump/), the number of
    `*.coroutine_resume.N.mir` files below it equals the number of coroutines that
    `report -f json DIR` lists, their `name`s are distinct, and stderr says nothing was
    merged.
  - The same for all of them at once (`report corpus`: names stay distinct across cases
    and toolchains).
  - A single-file dump: every case's resume files concatenated into one file (and piped
    through stdin): the number of `// MIR for ... coroutine_resume` headers equals the
    number of coroutines reported.
  - The macro-generated-impls case (corpus/*/macro-impls: impls whose bodies all print one
    def path) in every output: JSON, text and Markdown (--top 0: one row / section per
    body), `graph` (one DOT cluster per body, one SVG file per body) and `diff` (stable vs
    nightly: every body matched, none added or removed); all names distinct.

Prints a last line "N passed, M failed".  Usage: nothing_lost.py MIRSCOPE CORPUS_DIR
"""
import json, os, re, subprocess, sys, tempfile
from tally import check, finish

mirscope, corpus = sys.argv[1], sys.argv[2]



def run(*args, stdin=None):
    return subprocess.run([mirscope, *args], capture_output=True, text=True, input=stdin)


def resume_files(d):
    out = []
    for root, _, files in os.walk(d):
        out += [os.path.join(root, f) for f in files
                if re.search(r"\.coroutine_resume\.\d+\.mir$", f)]
    return sorted(out)


def report_json(*args, stdin=None):
    r = run("report", "-f", "json", *args, stdin=stdin)
    try:
        return json.loads(r.stdout)["coroutines"], r.stderr
    except Exception as e:
        return None, f"{r.stderr} ({e})"


cases = sorted(root for root, dirs, _ in os.walk(corpus) if "mir_dump" in dirs)
check(len(cases) >= 20, f"case directories found: {len(cases)}")
for case in cases:
    want = len(resume_files(case))
    cos, err = report_json(case)
    if cos is None:
        check(False, f"{case}: report failed: {err[:500]}")
        continue
    names = [c.get("name", c["def_path"]) for c in cos]
    check(len(cos) == want, f"{case}: {want} coroutine_resume files, {len(cos)} coroutines")
    check(len(set(names)) == len(names), f"{case}: duplicate names")
    check("merged" not in err and "not modelled" not in err, f"{case}: {err.strip()[:300]}")
    if not want:
        continue
    # one file holding every resume body of the case, as a file and on stdin
    text = "".join(open(f, encoding="utf-8", errors="surrogateescape").read() + "\n"
                   for f in resume_files(case))
    headers = len(re.findall(r"^// MIR for `.*` \d+ coroutine_resume$", text, re.M))
    check(headers == want, f"{case}: {headers} headers in {want} files")
    with tempfile.NamedTemporaryFile("w", suffix=".mir", encoding="utf-8",
                                     errors="surrogateescape", delete=False) as tmp:
        tmp.write(text)
    try:
        one, err = report_json(tmp.name)
        check(one is not None and len(one) == headers,
              f"{case}: one file, {headers} bodies, {None if one is None else len(one)} coroutines")
        if one is not None:
            check(len({c.get("name", c["def_path"]) for c in one}) == len(one), f"{case}: one file: duplicate names")
        piped, err = report_json("-", stdin=text)
        check(piped is not None and len(piped) == headers,
              f"{case}: stdin, {headers} bodies, {None if piped is None else len(piped)} coroutines")
    finally:
        os.unlink(tmp.name)

allcos, err = report_json(corpus)
want = len(resume_files(corpus))
check(allcos is not None and len(allcos) == want,
      f"corpus: {want} resume files, {None if allcos is None else len(allcos)} coroutines")
if allcos is not None:
    names = [c.get("name", c["def_path"]) for c in allcos]
    check(len(set(names)) == len(names), "corpus: duplicate names")

# ---------------------------------------------------------------- the macro-impls case
macro = sorted(c for c in cases if os.path.basename(c) == "macro-impls")
check(len(macro) == 2, f"macro-impls cases (stable, nightly): {macro}")
for case in macro:
    want = len(resume_files(case))
    cos, _ = report_json(case)
    if not cos:
        check(False, f"{case}: no coroutines")
        continue
    paths = [c["def_path"] for c in cos]
    shared = {p for p in paths if paths.count(p) > 1}
    check(len(shared) >= 2, f"{case}: def paths shared by several bodies: {sorted(shared)}")
    names = [c.get("name", c["def_path"]) for c in cos]
    check(all("{impl#" in c.get("name", c["def_path"]) for c in cos if c["def_path"] in shared),
          f"{case}: shared def paths are named by the file's {{impl#N}}")
    r = run("report", "--top", "0", case)
    rows = [l for l in r.stdout.splitlines() if re.match(r"^\s+\d+\s{2}", l)]
    check(r.returncode == 0 and len(rows) == want, f"{case}: text report rows {len(rows)} != {want}")
    check(len({re.split(r"\s{2,}", l.strip())[1] for l in rows}) == len(rows),
          f"{case}: text report: rows with the same visible name")
    r = run("report", "-f", "md", "--top", "0", case)
    sections = re.findall(r"^## \d+\. `(.*)`$", r.stdout, re.M)
    check(r.returncode == 0 and sorted(sections) == sorted(names),
          f"{case}: markdown sections {len(sections)} != {want} names")
    r = run("graph", "-f", "dot", case)
    titles = re.findall(r"label=<<B>(.*?)</B>", r.stdout)[1:]  # [0]: the whole graph's
    check(f"· {want} coroutines>" in r.stdout, f"{case}: graph DOT does not say {want} coroutines")
    check(r.returncode == 0 and len(titles) == want and len(set(titles)) == want,
          f"{case}: graph DOT titles {len(titles)} ({len(set(titles))} distinct) != {want}")
    with tempfile.TemporaryDirectory() as d:
        r = run("graph", "-f", "svg", "-o", d, case)
        svgs = [f for f in os.listdir(d) if f.endswith(".svg")]
        check(r.returncode == 0 and len(svgs) == want, f"{case}: {len(svgs)} SVG files != {want}")
if len(macro) == 2:
    r = run("diff", "-f", "json", macro[0], macro[1])
    try:
        entries = json.loads(r.stdout)["coroutines"]
    except Exception as e:
        entries = []
        check(False, f"diff: {e}: {r.stderr[:300]}")
    status = [e["status"] for e in entries]
    n = len(resume_files(macro[0]))
    check(len(entries) == n and not {"added", "removed"} & set(status),
          f"diff stable vs nightly macro-impls: {len(entries)} entries, statuses {sorted(set(status))}")
    check(all(e["old"] and e["new"] and e["old"].get("name") == e["new"].get("name") for e in entries),
          "diff: every body paired with the body of the same name")

print(f"{len(cases)} case directories, {len(resume_files(corpus))} resume files in the corpus")
finish()

#!/bin/sh
# Every coroutine of corpus/ in every view, as DOT and as SVG, through the CLI (issue 4:
# "for every coroutine in corpus/, all three views render to DOT and SVG without error,
# and the DOT is accepted by the dot program"):
#   - `mirscope graph --view V -f F -o DIR/ corpus/` for V in states cfg layout, F in dot svg
#     exits 0 and writes one file per coroutine (the count from `mirscope report -f json`),
#     with the same file names in all six outputs;
#   - every SVG parses as XML (python3 xml.etree) with an <svg> root;
#   - every DOT is accepted by `dot -Tcanon -Kosage`.
#
#   render_corpus.sh MIRSCOPE SRCDIR
#
# Time (2 cores): the cfg view as SVG is the expensive part: Graphviz's dot layout of
# the largest resume functions (tokio-postgres' authenticate_sasl, 724 blocks: ~23 s with
# the head labels of cfgs above 500 blocks, docs/diagrams.md; whole test 83 s on the CI
# machine, 2026-12-08, 388 s with labels).  So that one output is
# made per dump file (the files `report -f json` names, with the crate's type-sizes.txt
# as `-t`, which gives the same diagrams as the directory run) on two processes, largest
# first; the other five are one run over corpus/ each.
#
# Checking the DOT: `dot -Tcanon` still runs the dot layout (163 s for authenticate_sasl's
# cfg, as slow as rendering it).  `-Kosage` (cluster packing) instead of the dot engine
# reads the same text and parses every HTML-like label of nodes, edges, clusters and the
# graph (a mismatched tag is an error and exit 1), in milliseconds; `-Kpatchwork` is a
# little faster but skips edge and cluster labels; `-Kcirco`/`-Ktwopi` skip cluster
# labels.  dot reads many files per run: 780 files in ~4 s in batches of 40 (per file
# ~20 s); a failing batch is re-run file by file to name the culprit.
# Last line: `N passed, M failed`.
set -u
mirscope=$1
src=$2
case "$mirscope" in /*) ;; *) mirscope="$(pwd)/$mirscope" ;; esac
corpus=$src/corpus
T=$(mktemp -d "${TMPDIR:-/tmp}/mirscope-render.XXXXXX")
trap 'rm -rf "$T"' EXIT
. "$(dirname "$0")/tally.sh"
start=$(date +%s)

# nothing is installed here (scripts/setup does it): without `dot` the test is skipped
command -v dot >/dev/null 2>&1 || { echo "dot not found (graphviz): skipped"; exit 77; }

# --- how many coroutines, and in which dump files
if "$mirscope" report -f json "$corpus" >"$T/report.json" 2>"$T/report.err" &&
   python3 - "$T/report.json" "$T/files" >"$T/count" <<'PY'
import json, os, sys
d = json.load(open(sys.argv[1]))
files = sorted({c["file"] for c in d["coroutines"]}, key=lambda f: -os.path.getsize(f))
with open(sys.argv[2], "w") as out:
    out.write("".join(f + "\n" for f in files))
print(len(d["coroutines"]))
PY
then
  n=$(cat "$T/count")
  ok "report -f json corpus/: $n coroutines in $(wc -l <"$T/files") dump files"
else
  bad "report -f json corpus/ failed"; cat "$T/report.err"
  echo "$pass passed, $fail failed"; exit 1
fi

# --- render: one job = VIEW FORMAT PATH (a directory, or a dump file)
# shellcheck disable=SC2016
job='
v=$1 f=$2 p=$3 ts=
if [ -f "$p" ]; then   # the type sizes the directory run would find beside the dumps
  d=$(dirname "$p")
  while [ "${#d}" -ge "${#C}" ]; do
    if [ -f "$d/type-sizes.txt" ]; then ts=$d/type-sizes.txt; break; fi
    d=$(dirname "$d")
  done
fi
log=$(mktemp "$T/log/job.XXXXXX")
if [ -n "$ts" ]; then set -- -t "$ts"; else set --; fi
"$M" graph --view "$v" -f "$f" -o "$T/$f-$v/" "$@" "$p" >"$log" 2>&1
rc=$?
if [ "$rc" -ne 0 ]; then echo "$v $f $p: exit $rc: $(head -c 300 "$log")" >>"$T/errors"; fi
rm -f "$log"
'
mkdir -p "$T/log"
for v in states cfg layout; do for f in dot svg; do mkdir -p "$T/$f-$v"; done; done
: >"$T/errors"
{
  while IFS= read -r file; do printf 'cfg\0svg\0%s\0' "$file"; done <"$T/files"
  for v in states cfg layout; do
    for f in dot svg; do
      [ "$v/$f" = cfg/svg ] || printf '%s\0%s\0%s\0' "$v" "$f" "$corpus/"
    done
  done
} | M=$mirscope T=$T C=$corpus xargs -0 -n3 -P2 sh -c "$job" sh
render_s=$(($(date +%s) - start))

for v in states cfg layout; do
  for f in dot svg; do
    errs=$(grep -c "^$v $f " "$T/errors")
    got=$(find "$T/$f-$v" -type f -name "*.$f" | wc -l)
    other=$(find "$T/$f-$v" -type f ! -name "*.$f" | wc -l)
    if [ "$errs" -eq 0 ] && [ "$got" -eq "$n" ] && [ "$other" -eq 0 ]; then
      ok "graph --view $v -f $f: $got files"
    else
      bad "graph --view $v -f $f: $got .$f files for $n coroutines, $other other files, $errs failed runs"
      grep "^$v $f " "$T/errors" | head -5
    fi
    # the stem of every file: the cfg and layout views add `.cfg` / `.layout` to it
    (cd "$T/$f-$v" && find . -type f | sed 's/\.[a-z]*$//; s/\.\(cfg\|layout\)$//' | sort) >"$T/names-$f-$v"
  done
done
same=1
for x in "$T"/names-*; do cmp -s "$T/names-dot-states" "$x" || { same=0; echo "differs: $x"; }; done
if [ "$same" -eq 1 ]; then ok "same file stems in all six outputs"
else bad "file names differ between outputs"; fi

# --- every SVG is XML with an <svg> root
if find "$T"/svg-* -type f -name '*.svg' -print0 |
   python3 -c '
import sys, xml.etree.ElementTree as ET
paths = [p for p in sys.stdin.buffer.read().decode().split("\0") if p]
bad = 0
for p in paths:
    try:
        root = ET.parse(p).getroot()
        if root.tag != "{http://www.w3.org/2000/svg}svg":
            raise ValueError("root element is " + root.tag)
    except Exception as e:
        bad += 1
        if bad <= 10:
            print("  %s: %s" % (p, e))
print("%d SVG files parsed, %d bad" % (len(paths), bad))
sys.exit(1 if bad or not paths else 0)
' >"$T/xml.out" 2>&1
then ok "$(tail -n 1 "$T/xml.out")"
else bad "SVG as XML:"; cat "$T/xml.out"; fi

# --- every DOT is accepted by dot
if command -v dot >/dev/null 2>&1; then
  ndot=$(find "$T"/dot-* -type f -name '*.dot' | wc -l)
  # shellcheck disable=SC2016
  find "$T"/dot-* -type f -name '*.dot' -print0 |
    xargs -0 -n40 -P2 sh -c '
      dot -Tcanon -Kosage "$@" >/dev/null 2>&1 && exit 0
      for f; do
        dot -Tcanon -Kosage "$f" >/dev/null 2>"$f.err" || { echo "  $f:"; head -n 4 "$f.err"; }
      done' sh >"$T/dot.out" 2>&1
  if [ -s "$T/dot.out" ]; then bad "dot rejects some DOT files:"; head -n 40 "$T/dot.out"
  else ok "dot -Tcanon -Kosage accepts all $ndot DOT files"; fi
else
  bad "the dot program is not installed (Debian package graphviz)"
fi

echo "render corpus: $n coroutines x 3 views x 2 formats; rendering ${render_s} s, total $(($(date +%s) - start)) s"
finish

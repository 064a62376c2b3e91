#!/bin/sh
# Compare the IR's counts of bodies, blocks and statements (+ terminators) for every dump
# under the given directories with an independent count made by awk from the raw text:
#   body        a line `fn ...{`, `const/static ... = {`, `promoted[N] in ...`, `NAME: T = {`
#               at column 0
#   block       a line `    bbN: {` or `    bbN (cleanup): {`
#   statement   any non-blank, non-comment line between a block's `{` and its `}`
# Usage: corpus_counts.sh MIRSCOPE DIR...
set -eu
mirscope=$1
shift
tmp=${TMPDIR:-/tmp}/mirscope-counts.$$
mkdir -p "$tmp"
trap 'rm -rf "$tmp"' EXIT

# IR side: one line per body from `check -v`, summed per file.
"$mirscope" check -v "$@" >"$tmp/ir.txt" 2>"$tmp/err.txt" || {
  echo "mirscope check failed:"; cat "$tmp/err.txt"; exit 1; }
awk '
  / \[.*\]: [0-9]+ blocks?, / {
    line = $0
    sub(/:[0-9]+: .*/, "", line)            # file name
    match($0, /\]: [0-9]+ blocks?, [0-9]+ statements?, [0-9]+ terminators?/)
    s = substr($0, RSTART + 3, RLENGTH - 3)
    split(s, f, /[^0-9]+/)
    bodies[line]++; blocks[line] += f[1]; stmts[line] += f[2] + f[3]
  }
  END { for (k in bodies) printf "%s\t%d\t%d\t%d\n", k, bodies[k], blocks[k], stmts[k] }
' "$tmp/ir.txt" | sort >"$tmp/ir.tsv"

# Text side.
find "$@" -name '*.mir' -type f | sort | while IFS= read -r f; do
  awk -v file="$f" '
    /^(fn |const |static |promoted\[)/ || /^[^ \t\/|}].*: .* = \{$/ { bodies++ }
    /^    bb[0-9]+( \(cleanup\))?: \{$/ { inblk = 1; blocks++; next }
    inblk && /^    \}$/ { inblk = 0; next }
    inblk && !/^[ \t]*(\/\/.*)?$/ { stmts++ }
    END { if (bodies) printf "%s\t%d\t%d\t%d\n", file, bodies, blocks, stmts }
  ' "$f"
done | sort >"$tmp/text.tsv"

pass=$(comm -12 "$tmp/ir.tsv" "$tmp/text.tsv" | wc -l)
total=$(wc -l <"$tmp/text.tsv")
fail=$((total - pass))
if [ "$fail" -ne 0 ]; then
  echo "count mismatches (file, bodies, blocks, statements): < IR, > text"
  diff "$tmp/ir.tsv" "$tmp/text.tsv" | head -40
fi
echo "corpus counts: $pass passed, $fail failed"
[ "$fail" -eq 0 ] && [ "$total" -gt 0 ]

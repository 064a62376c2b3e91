#!/bin/sh
# Output files are created as open(2) would create them: mode 0666 less the umask (they
# are written to a mkstemp file, 0600, and renamed into place).  Every way mirscope writes
# a file: report -o, report --svg-dir, graph -o FILE, graph -o DIR/, diff -o, check -o.
# Usage: umask_test.sh MIRSCOPE SRCDIR
set -u
mirscope=$1
src=$2
T=$(mktemp -d "${TMPDIR:-/tmp}/mirscope-umask.XXXXXX")
trap 'rm -rf "$T"' EXIT
basic=$src/corpus/stable/basic
pass=0 fail=0
# expect MODE FILE: the file exists with that mode
expect() {
  got=$(stat -c %a "$2" 2>/dev/null || echo missing)
  if [ "$got" = "$1" ]; then pass=$((pass + 1)); else echo "FAIL: $2: mode $got, expected $1"; fail=$((fail + 1)); fi
}
for case in 022:644 027:640 002:664 077:600; do
  mask=${case%:*} mode=${case#*:}
  d=$T/$mask
  mkdir "$d"
  (
    umask "$mask"
    "$mirscope" report -o "$d/report.txt" "$basic"
    "$mirscope" report -f md --top 1 --svg-dir "$d/svg" -o "$d/report.md" "$basic"
    "$mirscope" graph --fn '^one_await' -o "$d/one.dot" "$basic"
    "$mirscope" graph -o "$d/dots/" "$basic"
    "$mirscope" graph --view layout -o "$d/dots/" "$basic" # beside, not over, the states
    "$mirscope" graph -o "$d/new/nested/" "$basic" # made with its parents, as --svg-dir
    "$mirscope" diff -o "$d/diff.txt" "$basic" "$src/corpus/nightly/basic"
    "$mirscope" check -o "$d/check.txt" "$basic"
  ) >"$d/stdout" 2>"$d/stderr" || { echo "FAIL: umask $mask: a command failed:"; cat "$d/stderr"; fail=$((fail + 1)); }
  for f in report.txt report.md svg/basic.handshake.*.svg one.dot dots/basic.one_await.*[0-9a-f].dot dots/basic.one_await.*.layout.dot new/nested/basic.one_await.*.dot diff.txt check.txt; do
    expect "$mode" "$d/"$f
  done
done
# as a shell's `>`: a file that exists keeps its mode, a symbolic link is written through
d=$T/existing
mkdir "$d"
(
  umask 022
  : >"$d/kept.txt" && chmod 640 "$d/kept.txt"
  echo old >"$d/target.txt" && ln -s target.txt "$d/link.txt"
  "$mirscope" report -o "$d/kept.txt" "$basic" && "$mirscope" report -o "$d/link.txt" "$basic"
) >"$d/stdout" 2>"$d/stderr" || { echo "FAIL: existing outputs: a command failed:"; cat "$d/stderr"; fail=$((fail + 1)); }
expect 640 "$d/kept.txt"
if [ -L "$d/link.txt" ] && grep -q coroutine "$d/target.txt" && grep -q coroutine "$d/kept.txt"; then
  pass=$((pass + 1))
else
  echo "FAIL: -o through a symbolic link: the link was replaced or its target not written"; fail=$((fail + 1))
fi
# what exists and is not a regular file is written in place: a rename over a FIFO (or over
# /dev/null, as root) would replace it with a file.  Every command's -o, into a FIFO.
for cmd in "report $basic" "check $basic" "diff $basic $src/corpus/nightly/basic" \
  "graph --fn ^one_await $basic" "explain one_await $basic"; do
  f=$T/fifo
  rm -f "$f" "$T/fifo.out"
  mkfifo "$f"
  cat "$f" >"$T/fifo.out" &
  reader=$!
  # shellcheck disable=SC2086 # $cmd is split into the command's words
  "$mirscope" $cmd -o "$f" >/dev/null 2>"$T/fifo.err"
  rc=$?
  # replaced by a file, the FIFO the reader waits on is never opened for writing: stop it
  [ -p "$f" ] || kill "$reader" 2>/dev/null
  wait "$reader"
  if [ "$rc" -eq 0 ] && [ -p "$f" ] && [ -s "$T/fifo.out" ]; then
    pass=$((pass + 1))
  else
    echo "FAIL: $cmd -o FIFO: exit $rc, FIFO kept: $([ -p "$f" ] && echo yes || echo no), read $(wc -c <"$T/fifo.out") bytes"
    cat "$T/fifo.err"
    fail=$((fail + 1))
  fi
done
echo "umask: $pass passed, $fail failed"
[ "$fail" -eq 0 ]

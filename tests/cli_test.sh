#!/bin/sh
# Data-driven CLI tests.  Each directory tests/cli/NAME/ holds:
#   args          the arguments, one per line (the mirscope binary is prepended)
#   stdin         optional standard input
#   expected.out  exact expected standard output
#   expected.err  exact expected standard error (optional: not compared when absent)
#   expected.rc   the exit status
#   env           optional: VAR=value lines added to the environment (COLUMNS is unset
#                 unless given here, NO_COLOR=1 is always set)
#   expected.file optional: the exact content of the file @OUT@ (in args, replaced by a
#                 fresh temporary path for each test; the file must exist).  Without it,
#                 nothing may be created at @OUT@ or at a path beginning with it.
# In the expected files @SRC@ stands for the source root's absolute path (symbolic links
# resolved, as getcwd gives it) as a link writes it: percent-encoded but for A-Za-z0-9-._~/.
# Where a file has it, lines ending in `\` are joined to the next in both the expected and
# the actual output before they are compared: DOT's line continuations, which agwrite puts
# near 128 characters, move with the path's length.
# Paths in args are relative to the source root, where the test runs.
# UPDATE_GOLDEN=1 rewrites the expected files (review the diff); a new case (a directory
# with only `args`) gets expected.out, expected.rc and expected.err, an older one its
# expected.err only where it has one.  CLI_CASES='report-*' runs only the cases whose names
# match that shell pattern.
# To add a case: mkdir tests/cli/NAME, write args (one argument a line), run
#   UPDATE_GOLDEN=1 CLI_CASES=NAME sh tests/cli_test.sh build/mirscope .
# and read the expected files it wrote; `meson test -C build cli` then runs it with the rest.
# Usage: cli_test.sh MIRSCOPE SRCDIR
set -u
mirscope=$1
cd "$2" || exit 1
tmp=${TMPDIR:-/tmp}/mirscope-cli.$$
mkdir -p "$tmp"
trap 'rm -rf "$tmp"' EXIT
pass=0 fail=0
# @SRC@: the working directory, percent-encoded byte by byte (od: one hex pair a line)
SRC=$(pwd -P | tr -d '\n' | od -An -v -tx1 | tr -s ' ' '\n' | while read -r h; do
  case $h in
    '') ;;
    2[def] | 3[0-9] | 4[1-9a-f] | 5[0-9af] | 6[1-9a-f] | 7[0-9ae]) printf '%b' "\\0$(printf %o "0x$h")" ;;
    *) printf '%%%s' "$(echo "$h" | tr a-f A-F)" ;;
  esac
done)
export SRC
# Lines ending in a backslash joined to the next (DOT's continuations taken out).
joined() {
  awk '{ if (sub(/\\$/, "")) { b = b $0; next } print b $0; b = "" } END { if (b != "") print b }' "$1"
}
# The file to compare the output $2 with: the expected file $1, or with @SRC@ in it a copy
# with @SRC@ replaced and lines joined (and $2 joined in place).
expected() {
  if grep -q @SRC@ "$1"; then
    joined "$1" | awk '{ s = $0; o = ""; while ((i = index(s, "@SRC@")) > 0) { o = o substr(s, 1, i - 1) ENVIRON["SRC"]; s = substr(s, i + 5) } print o s }' >"$tmp/expected"
    joined "$2" >"$tmp/joined" && mv "$tmp/joined" "$2"
    echo "$tmp/expected"
  else
    echo "$1"
  fi
}
# Update $2 from $1, with @SRC@ put back when $2 had it.
update() {
  if [ -f "$2" ] && grep -q @SRC@ "$2"; then
    awk '{ s = $0; o = ""; while ((i = index(s, ENVIRON["SRC"])) > 0) { o = o substr(s, 1, i - 1) "@SRC@"; s = substr(s, i + length(ENVIRON["SRC"])) } print o s }' "$1" >"$2"
  else
    cp "$1" "$2"
  fi
}
for dir in tests/cli/*/; do
  name=$(basename "$dir")
  # shellcheck disable=SC2254 # a pattern
  case $name in ${CLI_CASES:-*}) ;; *) continue ;; esac
  set --
  rm -rf "$tmp"/file*
  while IFS= read -r a || [ -n "$a" ]; do
    case $a in *@OUT@*) a=${a%%@OUT@*}$tmp/file${a#*@OUT@} ;; esac
    set -- "$@" "$a"
  done <"$dir/args"
  envs=
  [ -f "$dir/env" ] && envs=$(cat "$dir/env")
  input=/dev/null
  [ -f "$dir/stdin" ] && input=$dir/stdin
  # shellcheck disable=SC2086 # one VAR=value word per line
  env -u COLUMNS NO_COLOR=1 $envs "$mirscope" "$@" <"$input" >"$tmp/out" 2>"$tmp/err"
  rc=$?
  if [ -n "${UPDATE_GOLDEN:-}" ] && [ "$UPDATE_GOLDEN" != 0 ]; then
    [ -f "$dir/expected.out" ] || : >"$dir/expected.err" # a new case: its stderr compared too
    echo "$rc" >"$dir/expected.rc"
    update "$tmp/out" "$dir/expected.out"
    [ -f "$dir/expected.file" ] && [ -f "$tmp/file" ] && update "$tmp/file" "$dir/expected.file"
    [ -f "$dir/expected.err" ] && update "$tmp/err" "$dir/expected.err"
  fi
  ok=1
  [ "$rc" = "$(cat "$dir/expected.rc")" ] || { echo "$name: exit $rc, expected $(cat "$dir/expected.rc")"; ok=0; }
  e=$(expected "$dir/expected.out" "$tmp/out")
  cmp -s "$tmp/out" "$e" || { echo "$name: stdout differs:"; diff "$e" "$tmp/out" | head -20; ok=0; }
  if [ -f "$dir/expected.file" ]; then
    e=$(expected "$dir/expected.file" "$tmp/file")
    cmp -s "$tmp/file" "$e" || { echo "$name: @OUT@ differs:"; diff "$e" "$tmp/file" | head -20; ok=0; }
  elif ls -d "$tmp"/file* >/dev/null 2>&1; then
    echo "$name: created $(ls -d "$tmp"/file*)"; ok=0
  fi
  if [ -f "$dir/expected.err" ]; then
    e=$(expected "$dir/expected.err" "$tmp/err")
    cmp -s "$tmp/err" "$e" || { echo "$name: stderr differs:"; diff "$e" "$tmp/err" | head -20; ok=0; }
  fi
  if [ $ok = 1 ]; then pass=$((pass + 1)); else fail=$((fail + 1)); fi
done
echo "cli: $pass passed, $fail failed"
[ "$fail" -eq 0 ]

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
# Paths in args are relative to the source root, where the test runs.
# UPDATE_GOLDEN=1 rewrites the expected files of the tests that differ (review the diff).
# Usage: cli_test.sh MIRSCOPE SRCDIR
set -u
mirscope=$1
cd "$2" || exit 1
tmp=${TMPDIR:-/tmp}/mirscope-cli.$$
mkdir -p "$tmp"
trap 'rm -rf "$tmp"' EXIT
pass=0 fail=0
for dir in tests/cli/*/; do
  name=$(basename "$dir")
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
    echo "$rc" >"$dir/expected.rc"
    cp "$tmp/out" "$dir/expected.out"
    [ -f "$dir/expected.file" ] && [ -f "$tmp/file" ] && cp "$tmp/file" "$dir/expected.file"
    [ -f "$dir/expected.err" ] && cp "$tmp/err" "$dir/expected.err"
  fi
  ok=1
  [ "$rc" = "$(cat "$dir/expected.rc")" ] || { echo "$name: exit $rc, expected $(cat "$dir/expected.rc")"; ok=0; }
  cmp -s "$tmp/out" "$dir/expected.out" || { echo "$name: stdout differs:"; diff "$dir/expected.out" "$tmp/out" | head -20; ok=0; }
  if [ -f "$dir/expected.file" ]; then
    cmp -s "$tmp/file" "$dir/expected.file" || { echo "$name: @OUT@ differs:"; diff "$dir/expected.file" "$tmp/file" | head -20; ok=0; }
  elif ls -d "$tmp"/file* >/dev/null 2>&1; then
    echo "$name: created $(ls -d "$tmp"/file*)"; ok=0
  fi
  if [ -f "$dir/expected.err" ]; then
    cmp -s "$tmp/err" "$dir/expected.err" || { echo "$name: stderr differs:"; diff "$dir/expected.err" "$tmp/err" | head -20; ok=0; }
  fi
  if [ $ok = 1 ]; then pass=$((pass + 1)); else fail=$((fail + 1)); fi
done
echo "cli: $pass passed, $fail failed"
[ "$fail" -eq 0 ]

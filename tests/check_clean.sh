#!/bin/sh
# Fail unless `mirscope check` reads every dump under the given paths with no error and no
# warning (a warning means a statement or terminator kind was parsed generically: not
# understood).  The summary line `N files, M bodies, K errors, W warnings` (`1 file`,
# `1 body`) is what is read; the diagnostics are shown when it is not clean.
# Usage: check_clean.sh MIRSCOPE PATH...
set -u
mirscope=$1
shift
err=${TMPDIR:-/tmp}/mirscope-clean.$$
trap 'rm -f "$err"' EXIT
summary=$("$mirscope" check --color never "$@" 2>"$err")
rc=$?
echo "$summary"
case "$summary" in
  [1-9]*" file"*", "*" bod"*", 0 errors, 0 warnings") clean=1 ;; # N file(s), M body/bodies
  *) clean=0 ;;
esac
if [ "$clean" -ne 1 ] || [ "$rc" -ne 0 ]; then
  head -n 60 "$err"
  echo "check_clean: not clean (exit status $rc)"
  exit 1
fi

# How the shell tests count (sourced): ok/bad/skipped each assertion, tally python's
# "PASS ..."/"FAIL ..." lines, finish prints "K skipped" (when any) and the last line
# "N passed, M failed" (what scripts/test and .ci/run read) and returns non-zero on a failure.
pass=0 fail=0 skip=0
ok() { pass=$((pass + 1)); echo "ok: $1"; }
bad() { fail=$((fail + 1)); echo "FAIL: $1"; }
skipped() { skip=$((skip + 1)); echo "SKIP: $1"; }
tally() {
  while IFS= read -r l; do
    case "$l" in
      PASS*) ok "${l#PASS }" ;;
      FAIL*) bad "${l#FAIL }" ;;
      *) echo "$l" ;;
    esac
  done
}
finish() {
  [ "$skip" = 0 ] || echo "$skip skipped"
  echo "$pass passed, $fail failed"
  [ "$fail" = 0 ]
}

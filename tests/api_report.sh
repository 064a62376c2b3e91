#!/bin/sh
# The library and the executable give the same report: `mirscope report -f json` against
# tests/api_report (the public header alone) on plain dumps and on captures (their build.txt
# and symbols.txt), byte for byte.
#   api_report.sh MIRSCOPE API_REPORT SRCDIR
set -u
M=$1 API=$2
cd "$3" || exit 1
T=$(mktemp -d) || exit 1
trap 'rm -rf "$T"' EXIT
pass=0 fail=0
for input in corpus/stable/basic tests/data/two-captures/v1 tests/data/two-captures/v2/dumps \
             tests/data/diff-corrected/new tests/data/build-recorded tests/data/generic-param; do
  "$M" report -f json "$input" > "$T/cli.json" 2>/dev/null
  "$API" "$input" > "$T/api.json" || { echo "FAIL $input: api_report exited $?"; fail=$((fail+1)); continue; }
  if cmp -s "$T/cli.json" "$T/api.json" && [ -s "$T/api.json" ]; then
    pass=$((pass+1))
  else
    echo "FAIL $input: the API's JSON differs from the CLI's"
    diff "$T/cli.json" "$T/api.json" | head -20
    fail=$((fail+1))
  fi
done
# the capture's nm sizes were read (not only the same report without them on both sides)
"$API" tests/data/two-captures/v1 | grep -q '"source": "exact"' \
  && pass=$((pass+1)) || { echo "FAIL: no exact code size from the capture's symbols.txt"; fail=$((fail+1)); }
echo "api report: $pass passed, $fail failed"
[ "$fail" -eq 0 ]

"""How the python tests count: check() each assertion, finish() prints the last line
"N passed, M failed" (what scripts/test and .ci/run read) and exits 1 on any failure."""
import sys

passed = failed = 0


def check(ok, what, show_ok=False):
    """Count one assertion; print it when it failed (and when it passed, with show_ok)."""
    global passed, failed
    passed += bool(ok)
    failed += not ok
    if not ok:
        print("FAIL", what)
    elif show_ok:
        print("ok  ", what)
    return bool(ok)


def finish():
    print(f"{passed} passed, {failed} failed")
    sys.exit(1 if failed else 0)

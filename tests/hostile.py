#!/usr/bin/env python3
"""The bad-input contract: hostile inputs made on the fly, each run through `mirscope check`
and `mirscope report -f json`.  For every input: no crash and no hang (exit 0 or 1 within a
time limit, never a signal or 3), errors as `file:line:col: error: ...`, a report that is
valid JSON.  Specific expectations per case are asserted too.
Prints a last line "N passed, M failed".  Usage: hostile.py MIRSCOPE SRCDIR
"""
import json, os, random, re, subprocess, sys, tempfile
from tally import check, finish

mirscope, srcdir = sys.argv[1], sys.argv[2]
DIAG = re.compile(r"^[^\n]+:\d+:\d+: (error|warning|note): .+$", re.M)



def run(args, timeout=120):
    try:
        p = subprocess.run([mirscope] + args, capture_output=True, timeout=timeout,
                           env=dict(os.environ, NO_COLOR="1"))
        return p.returncode, p.stdout.decode("utf-8", "replace"), p.stderr.decode("utf-8", "replace")
    except subprocess.TimeoutExpired:
        return "timeout", "", ""


def contract(name, path, expect_rc=None, stderr_has=None):
    rc, out, err = run(["check", path])
    check(rc in (0, 1), f"{name}: check exited {rc}")
    if expect_rc is not None:
        check(rc == expect_rc, f"{name}: check exited {rc}, expected {expect_rc}")
    if rc == 1 and not err.startswith(path + ": error: cannot read"):
        check(DIAG.search(err) is not None, f"{name}: no file:line:col diagnostic in {err[:300]!r}")
    if stderr_has:
        check(stderr_has in err, f"{name}: stderr lacks {stderr_has!r}: {err[:300]!r}")
    rc2, out2, err2 = run(["report", "-f", "json", path])
    check(rc2 in (0, 1), f"{name}: report exited {rc2}")
    try:
        json.loads(out2)
        check(True, "")
    except ValueError as e:
        check(False, f"{name}: report is not JSON: {e}")


real = open(os.path.join(srcdir, "tests/data/add.coroutine_resume.mir"), "rb").read()
with tempfile.TemporaryDirectory() as tmp:
    def write(name, data):
        p = os.path.join(tmp, name)
        with open(p, "wb") as f:
            f.write(data if isinstance(data, bytes) else data.encode())
        return p

    contract("empty file", write("empty.mir", b""), expect_rc=0)
    rnd = random.Random(7)
    contract("binary data", write("binary.mir", bytes(rnd.randrange(256) for _ in range(100000))))
    contract("non-UTF-8 in types", write("latin1.mir", real.replace(b"u32", b"u\xff\xfe32", 3)),
             expect_rc=0)
    # a block number too large for any table (found by fuzzing: out-of-range bitmap reads)
    contract("huge block number", write("hugebb.mir", real.replace(b"bb52: {", b"bb800000000000000000000000: {")))
    # a discriminant and a saved-local number as large as they can be printed (fuzzing:
    # tables sized by them asked for 32 GB)
    contract("huge discriminant", write("hugediscr.mir", real.replace(b"Suspend1 (4)", b"Suspend1 (4294967295)")))
    contract("huge saved local", write("hugesaved.mir", real.replace(b"_s5", b"_s4294967295")))
    contract("NUL bytes", write("nul.mir", real[:3000] + b"\0\0\0" + real[3000:]))
    # a real dump truncated at many offsets: a clean diagnostic or a clean parse, never a crash
    step = max(1, len(real) // 120)
    for cut in range(0, len(real), step):
        contract(f"truncated at byte {cut}", write("cut.mir", real[:cut]))
    contract("truncated mid-block", write("mid.mir", real[:9000]), expect_rc=1,
             stderr_has="unexpected end of input")
    big = "fn f() -> () {\n    let _1: " + "A" * 10_000_000 + ";\n\n    bb0: {\n        return;\n    }\n}\n"
    contract("10 MB single line", write("long.mir", big), expect_rc=0)
    n = 100000
    contract("types nested 100000 deep", write("deeptype.mir",
             "fn f() -> () {\n    let _1: " + "Vec<" * n + "u8" + ">" * n + ";\n\n    bb0: {\n        return;\n    }\n}\n"),
             expect_rc=0)
    contract("places nested 100000 deep", write("deepplace.mir",
             "fn f() -> () {\n    bb0: {\n        _1 = copy " + "(*" * n + "_2" + ")" * n + ";\n        return;\n    }\n}\n"),
             expect_rc=0)
    contract("braces open 100000 deep", write("deepopen.mir", "fn f() -> () {\n" + "    scope 1 {\n" * n),
             expect_rc=1, stderr_has="nested more than")
    contract("parentheses open 100000 deep in a statement", write("deeppar.mir",
             "fn f() -> () {\n    bb0: {\n        _0 = " + "(" * n + "\n    }\n}\n"),
             expect_rc=1, stderr_has="nested more than")  # a double free in tree-sitter until 2026-12-06
    contract("brackets open 100000 deep in a type", write("deepbr.mir",
             "fn f() -> () {\n    let _1: " + "(" * n + "\n"), expect_rc=1)
    # a large dump is parsed in chunks: every body found, with its true line number
    copies = 3 * (1 << 20) // len(real) + 2
    bigp = write("big.mir", real * copies)
    rc, out, err = run(["check", "-v", bigp])
    lines = [l for l in out.splitlines() if "[coroutine_resume]" in l]
    per = real.count(b"\n")
    first = int(lines[0].split(":")[1]) if lines else 0
    check(rc == 0 and len(lines) == copies, f"chunked parse: {len(lines)} bodies of {copies}, exit {rc}")
    check(all(int(l.split(":")[1]) == first + k * per for k, l in enumerate(lines)),
          "chunked parse: body line numbers")
    # a NUL byte far past the first 4 KB, in a later part of a dump parsed in parts, and
    # another after it: one error, at the first's line and column, named or piped in (until
    # 2026-12-07 a NUL in `StorageLive` was only an unknown statement kind, a warning)
    at = copies // 2 * len(real) + real.index(b"StorageLive(", 8000) + 10  # about 1.6 MB in
    nulbig = (real * copies)[:at] + b"\0\0" + (real * copies)[at:]
    nulbig = nulbig[:len(nulbig) - 100] + b"\0" + nulbig[len(nulbig) - 100:]
    bign = write("bignul.mir", nulbig)
    nl, nc = nulbig[:at].count(b"\n") + 1, at - nulbig.rfind(b"\n", 0, at)
    for how, args, data in (("named", ["check", bign], None), ("piped", ["check", "-"], nulbig)):
        p = subprocess.run([mirscope] + args, input=data, capture_output=True, timeout=120,
                           stdin=None if data else subprocess.DEVNULL, env=dict(os.environ, NO_COLOR="1"))
        err = p.stderr.decode("utf-8", "replace")
        nuls = re.findall(r"^[^\n]*:(\d+):(\d+): error: NUL byte", err, re.M)
        check(p.returncode == 1 and nuls == [(str(nl), str(nc))],
              f"NUL byte in a later part ({how}): exit {p.returncode}, {nuls}, expected {nl}:{nc}")
        check(re.search(r"^1 file, %d bodies, 1 error," % copies, p.stdout.decode(), re.M) is not None,
              f"NUL byte in a later part ({how}): {p.stdout.decode()!r}")
    rc, out, err = run(["check", os.path.join(srcdir, "tests/data/unknown-kinds.mir")])
    check(rc == 0 and "warning: unknown statement kind" in err, "unknown statement kinds: warned, exit 0")
    # a directory with an unreadable entry and a symlink loop
    d = os.path.join(tmp, "dir")
    os.makedirs(os.path.join(d, "sub"))
    with open(os.path.join(d, "sub", "ok.mir"), "wb") as f:
        f.write(real)
    os.symlink("/nonexistent/gone.mir", os.path.join(d, "dangling.mir"))
    os.symlink("..", os.path.join(d, "sub", "loop"))
    rc, out, err = run(["check", d])
    check(rc == 1, f"directory with a dangling link and a loop: exit {rc}")
    check("directory loop" in err, f"loop not reported: {err[:300]!r}")
    check("dangling.mir: error:" in err, f"dangling link not reported: {err[:300]!r}")
    check(re.search(r"^[0-9]+ files?, 1 body,", out, re.M) is not None, f"the good file was not read: {out!r}")
    # inputs are never modified
    before = open(os.path.join(d, "sub", "ok.mir"), "rb").read()
    run(["report", "-f", "json", d])
    check(open(os.path.join(d, "sub", "ok.mir"), "rb").read() == before, "input modified")
    # the number of threads never changes the output
    outs = [run(["report", "-f", "json", "-j", j, os.path.join(srcdir, "corpus/stable")])
            for j in ("1", "2", "3")]
    check(outs[0][0] == 0 and outs[0][1] == outs[1][1] == outs[2][1], "report -j1/-j2/-j3 differ")
    outs = [run(["check", "-v", "-j", j, os.path.join(srcdir, "corpus/nightly")]) for j in ("1", "2")]
    check(outs[0][1] == outs[1][1] and outs[0][1], "check -v -j1/-j2 differ")
    # a crate named by a dump file whose name holds a tab or a line break: each table row
    # stays one line, the name escaped as \x09 / \x0a (until 2026-12-06 a row was split)
    w = os.path.join(tmp, "weird")
    os.makedirs(w)
    for name in ("nl\nx", "tab\tt"):
        with open(os.path.join(w, name + ".mir"), "wb") as f:
            f.write(real)
    rc, out, err = run(["report", w])
    rows = [l for l in out.splitlines() if re.match(r"^ +[0-9]+  add ", l)]
    check(rc == 0 and len(rows) == 2 and "nl\\x0ax" in out and "tab\\x09t" in out,
          f"names with a tab or a line break: one escaped row each: {out[:600]!r}")
    # exit codes: usage errors are 2
    check(run(["check"])[0] == 2, "check without input: exit 2")
    check(run(["report", "--no-such-option", d])[0] == 2, "unknown option: exit 2")
finish()

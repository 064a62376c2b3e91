#!/usr/bin/env python3
"""Bounded memory on a large input (the bad-input contract): a dump of SIZE_MB megabytes
(real corpus dumps repeated), streamed through `mirscope check` and `mirscope report`;
asserts every body is found and that check's peak RSS stays under LIMIT_MB, whatever the
size; report keeps the model of every coroutine for its ranking, and may add PER_CO_KB for
each (docs/performance.md, "Memory": about 6-7 KB for these small bodies).
Usage: big_input.py MIRSCOPE SRCDIR [SIZE_MB=128] [LIMIT_MB=96]
Prints a last line "N passed, M failed"."""
import glob, os, subprocess, sys, tempfile, time
from tally import check as tally_check, finish


def check(ok, what):  # every line shown: the figures are the point
    tally_check(ok, what, show_ok=True)


mirscope, srcdir = sys.argv[1], sys.argv[2]
size_mb = int(sys.argv[3]) if len(sys.argv) > 3 else 128
limit_mb = int(sys.argv[4]) if len(sys.argv) > 4 else 96
PER_CO_KB = 8

seed = b"".join(open(f, "rb").read() for f in sorted(glob.glob(
    os.path.join(srcdir, "corpus/stable/basic/mir_dump/*coroutine_resume*.mir"))))
bodies_per_seed = seed.count(b"\n// MIR for ") + (1 if seed.startswith(b"// MIR for ") else 0)
with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, "big.mir")
    copies = size_mb * (1 << 20) // len(seed) + 1
    with open(path, "wb") as f:
        for _ in range(copies):
            f.write(seed)
    mb = os.path.getsize(path) / (1 << 20)
    for args in (["check", "-q", path], ["report", "-f", "json", path]):
        # this command's own peak RSS: os.wait4 gives the rusage of one child (RUSAGE_CHILDREN
        # would be the maximum over every child so far)
        t = time.time()
        with open(os.path.join(tmp, "out"), "w+") as out, open(os.path.join(tmp, "err"), "w+") as err:
            proc = subprocess.Popen([mirscope] + args, stdout=out, stderr=err)
            _, status, usage = os.wait4(proc.pid, 0)
            proc.returncode = os.waitstatus_to_exitcode(status)
            t = time.time() - t
            out.seek(0)
            err.seek(0)
            stdout, stderr = out.read(1000), err.read(200)
        rss = usage.ru_maxrss / 1024  # MB
        name = f"{args[0]} {mb:.0f} MB in {t:.1f} s ({mb / t:.1f} MB/s), peak RSS {rss:.1f} MB"
        check(proc.returncode == 0, f"{name}: exit {proc.returncode} {stderr}")
        if args[0] == "check":
            check(stdout.startswith(f"1 file, {copies * bodies_per_seed} bodies"),
                  f"all {copies * bodies_per_seed} bodies found: {stdout.strip()}")
        # report: the model of each of the copies' bodies on top (their number: check's count)
        limit = limit_mb if args[0] == "check" else limit_mb + copies * bodies_per_seed * PER_CO_KB / 1024
        check(rss < limit, f"{name}: under {limit:.0f} MB" +
              ("" if args[0] == "check" else f" ({limit_mb} + {PER_CO_KB} KB per coroutine)"))
    # The first body longer than a parse chunk (1 MB) with its `// MIR for` header at byte 0
    # (a 300-await async fn's layout is over 1 MB): the chunk boundary must not fall between
    # the layout and its `fn` (it did: "header without its body", the layout rebuilt).  Blank
    # lines after the header stand for the long layout; more bodies follow, past 1.5 MB.
    files = sorted(glob.glob(os.path.join(srcdir, "corpus/stable/basic/mir_dump/*coroutine_resume*.mir")))
    first = open(files[0], "rb").read()
    assert first.startswith(b"// MIR for ")
    cut = first.index(b"\n") + 1
    rest = b"".join(open(f, "rb").read() for f in files[1:]) * 60
    long_first = first[:cut] + b"\n" * 1_200_000 + first[cut:] + rest
    want = 1 + 60 * (len(files) - 1)
    for how in ("file", "stdin"):
        with open(path, "wb") as f:
            f.write(long_first)
        with open(path, "rb") as f:
            p = subprocess.run([mirscope, "check", "-q", "-" if how == "stdin" else path],
                               stdin=f if how == "stdin" else None, capture_output=True)
        out = p.stdout.decode()
        check(p.returncode == 0 and out.startswith(f"1 file, {want} bodies, 0 errors"),
              f"first body over a chunk, header at byte 0 ({how}): {out.strip()} exit {p.returncode}")
finish()

#!/usr/bin/env python3
"""Bounded memory on a large input (the bad-input contract): a dump of SIZE_MB megabytes
(real corpus dumps repeated), streamed through `mirscope check` and `mirscope report`;
asserts every body is found and that peak RSS stays under LIMIT_MB, whatever the size.
Usage: big_input.py MIRSCOPE SRCDIR [SIZE_MB=128] [LIMIT_MB=96]
Prints a last line "N passed, M failed"."""
import glob, os, resource, subprocess, sys, tempfile, time

mirscope, srcdir = sys.argv[1], sys.argv[2]
size_mb = int(sys.argv[3]) if len(sys.argv) > 3 else 128
limit_mb = int(sys.argv[4]) if len(sys.argv) > 4 else 96
passed = failed = 0


def check(ok, what):
    global passed, failed
    passed += bool(ok)
    failed += not ok
    print(("ok   " if ok else "FAIL ") + what)


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
        before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
        t = time.time()
        p = subprocess.run([mirscope] + args, capture_output=True, text=True)
        t = time.time() - t
        rss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024  # MB
        name = f"{args[0]} {mb:.0f} MB in {t:.1f} s ({mb / t:.1f} MB/s), peak RSS {rss:.1f} MB"
        check(p.returncode == 0, f"{name}: exit {p.returncode} {p.stderr[:200]}")
        if args[0] == "check":
            check(p.stdout.startswith(f"1 files, {copies * bodies_per_seed} bodies"),
                  f"all {copies * bodies_per_seed} bodies found: {p.stdout.strip()}")
        check(rss < limit_mb, f"{name}: under {limit_mb} MB")
print(f"{passed} passed, {failed} failed")
sys.exit(1 if failed else 0)

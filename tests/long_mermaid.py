#!/usr/bin/env python3
"""Mermaid's size limit: Mermaid renders at most 50 000 characters by default (GitHub shows
"Maximum text size in diagram exceeded" instead).  An async fn of 250 sequential awaits,
dumped by rustc, gives a longer state diagram: `graph -f mermaid -o FILE` warns, `report -f
md` leaves the Mermaid block out and says so (its DOT source stays); a short body does
neither.  Usage: long_mermaid.py MIRSCOPE.  Needs rustc (exit 77 without)."""
import os, shutil, subprocess, sys, tempfile
from tally import check, finish

mirscope = sys.argv[1]
rustc = shutil.which("rustc")
if not rustc:
    print("long_mermaid: no rustc")
    sys.exit(77)


def source(n):
    lines = ["pub struct Y(bool);",
             "impl std::future::Future for Y { type Output = u32; fn poll(mut self: std::pin::Pin<&mut Self>,"
             " _c: &mut std::task::Context<'_>) -> std::task::Poll<u32> { if self.0 { std::task::Poll::Ready(1) }"
             " else { self.0 = true; std::task::Poll::Pending } } }",
             "pub fn y() -> Y { Y(false) }",
             "pub async fn long() -> u32 {", "    let mut t = 0u32;"]
    lines += ["    t = t.wrapping_add(y().await);"] * n
    lines += ["    t", "}"]
    return "\n".join(lines) + "\n"


with tempfile.TemporaryDirectory() as tmp:
    for n, long in ((250, True), (2, False)):
        d = os.path.join(tmp, f"d{n}")
        src = os.path.join(tmp, f"long{n}.rs")
        with open(src, "w") as f:
            f.write(source(n))
        env = dict(os.environ, RUSTC_BOOTSTRAP="1")
        subprocess.run([rustc, "--edition", "2021", "--crate-type", "lib", "--crate-name", f"long{n}",
                        "-Copt-level=3", "-Zdump-mir=coroutine_resume", f"-Zdump-mir-dir={d}",
                        "--emit=metadata", "-o", os.path.join(tmp, f"l{n}.rmeta"), src],
                       check=True, env=env, cwd=tmp)
        mmd = os.path.join(tmp, f"long{n}.mmd")
        g = subprocess.run([mirscope, "graph", "-f", "mermaid", "-o", mmd, d], capture_output=True, text=True)
        size = os.path.getsize(mmd) if os.path.exists(mmd) else -1
        check(g.returncode == 0, f"{n} awaits: graph exit {g.returncode} {g.stderr[:200]}")
        warned = "over the 50000 characters Mermaid renders" in g.stderr
        check(warned == long and (size > 50000) == long,
              f"{n} awaits: {size} bytes of Mermaid, warned {warned}: {g.stderr[:200]}")
        r = subprocess.run([mirscope, "report", "-f", "md", "--max-chars", "0", d], capture_output=True, text=True)
        check(r.returncode == 0, f"{n} awaits: report exit {r.returncode}")
        note = "_The Mermaid diagram is left out:" in r.stdout
        block = "```mermaid" in r.stdout
        check(note == long and block != long and "```dot" in r.stdout,
              f"{n} awaits: md note {note}, mermaid block {block}, DOT {'```dot' in r.stdout}")
finish()

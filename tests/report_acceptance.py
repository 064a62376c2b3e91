#!/usr/bin/env python3
"""What issue 14 accepts of the reports, checked on the real CLI and the whole corpus:

- largest saved local: no row of a lower-bound future names a known local that explains
  less than a quarter of it (the unknown-size awaitee is the bulk: `await: future of
  connect::connect (size unknown, ≥1664 B)`);
- Markdown: `report -f md -o other/dir/r.md --svg-dir svgs` (and an absolute --svg-dir):
  every image link resolves from the Markdown file's directory and none is absolute; the
  default report of corpus/stable fits GitHub's 65,536 characters and says what it left out;
- names: `report` text of every corpus directory (each corpus/*/*/ and corpus itself) has
  no two rows with the same visible name and crate; piped without COLUMNS nothing is
  shortened; on a terminal (ptys of 110 and 80 columns) rows fit, no two read alike and
  shortened names keep their end.

Prints a last line "N passed, M failed".  Usage: report_acceptance.py MIRSCOPE SRCDIR
"""
import os, pty, re, struct, subprocess, sys, tempfile, fcntl, termios
from tally import check, finish

mirscope, srcdir = os.path.abspath(sys.argv[1]), sys.argv[2]
os.chdir(srcdir)
ENV = {k: v for k, v in os.environ.items() if k != "COLUMNS"}
ENV["NO_COLOR"] = "1"


def run(args, env=None):
    p = subprocess.run([mirscope] + args, capture_output=True, env=env or ENV)
    return p.returncode, p.stdout.decode(), p.stderr.decode()


def table(text):
    """The rows of a text report's table as (rank, name, crate, rest) cells, cut at the
    header's column starts (every column up to `kind` is left-aligned and padded).  A
    narrow table (a second header line "crate · largest saved local") has two lines a
    row: crate and largest saved local on the second; rest is then the first line's
    columns from kind on and the largest saved local."""
    lines = text.split("\n")
    head = next(i for i, l in enumerate(lines) if l.lstrip().startswith("#  coroutine"))
    h = lines[head]
    narrow = lines[head + 1].strip() == "crate · largest saved local"
    if "crate" not in h and not narrow:
        return []
    name_at, kind_at = h.index("coroutine"), h.index("kind")
    crate_at = kind_at if narrow else h.index("crate")
    rows = []
    body = lines[head + 2 if narrow else head + 1:]
    step = 2 if narrow else 1
    for k in range(0, len(body), step):
        l = body[k]
        if not l.startswith("  ") or not l[2:].lstrip()[:1].isdigit():
            break
        name = l[name_at:crate_at].rstrip()
        if narrow:
            crate, _, big = body[k + 1].strip().partition(" · ")
            rows.append((l[:name_at].strip(), name, crate, l[kind_at:] + "  " + big))
        else:
            rows.append((l[:name_at].strip(), name, l[crate_at:kind_at].rstrip(), l[kind_at:]))
    return rows


# ---- names: every corpus directory, piped (no COLUMNS: nothing shortened)
dirs = ["corpus"] + sorted(os.path.join("corpus", t, c) for t in ("stable", "nightly")
                           for c in os.listdir(os.path.join("corpus", t)))
for d in dirs:
    rc, out, err = run(["report", "--top", "0", d])
    if "/constructs" in d:  # non-async MIR only: nothing to report, and it says why
        check(rc == 1 and out == "" and "no coroutine in the input" in err
              and "-Zdump-mir=coroutine_resume" in err, f"report {d}: exit {rc}, {err[:200]!r}")
        continue
    check(rc == 0, f"report {d}: exit {rc}: {err[-300:]}")
    rows = table(out)
    check(len(rows) > 0, f"report {d}: no rows")
    seen = {}
    for rank, name, crate, rest in rows:
        check(name and crate, f"report {d}: row {rank} without a name or crate")
        lower = re.search(r"^\S+(?: \S+)?\s+≥(\d+)\s+\d+\s+\d+\s+\S+\s+\d+\s+(.*)$", rest)
        held = re.search(r"\((\d+) B\)", lower.group(2)) if lower else None
        check(not held or int(held.group(1)) * 4 >= int(lower.group(1)),
              f"report {d}: row {rank} ({name}, ≥{lower and lower.group(1)} B) names a small local: {rest}")
        check("…" not in name, f"report {d}: row {rank} shortened without a terminal: {name}")
        key = (name, crate)
        check(key not in seen, f"report {d}: rows {seen.get(key)} and {rank} both read {name!r} {crate!r}")
        seen[key] = rank
    for cols in ("80", "120"):  # shortened to fit COLUMNS: still no two rows alike
        rc, out, err = run(["report", "--top", "0", d], env=dict(ENV, COLUMNS=cols))
        rows = table(out)
        check(rc == 0 and len({(n, c) for _, n, c, _ in rows}) == len(rows) > 0,
              f"report {d} at COLUMNS={cols}: two rows read alike: {rows}")

# ---- the example: config::connect's bulk is connect::connect's future
rc, out, err = run(["report", "--top", "0", "corpus/stable/tokio-postgres"])
row = [r for r in table(out) if r[1] == "Config::connect<T>"]  # `config::<impl at config.rs:170>::connect` until 2026-12-07
check(len(row) == 1 and "await: future of connect::connect (size unknown, ≥1664 B)" in row[0][3],
      f"config::connect: {row}")

# ---- a terminal of 110 columns (TIOCGWINSZ): rows fit, shortened names keep their end
def on_terminal(args, cols):
    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 24, cols, 0, 0))
    p = subprocess.Popen([mirscope] + args, stdout=slave, stderr=subprocess.DEVNULL,
                         env=dict(ENV, COLUMNS="200"))
    os.close(slave)
    chunks = []
    while True:
        try:
            data = os.read(master, 65536)
        except OSError:
            break
        if not data:
            break
        chunks.append(data)
    p.wait()
    os.close(master)
    return p.returncode, b"".join(chunks).decode().replace("\r\n", "\n")


full = {r[1] for r in table(run(["report", "--top", "0", "corpus/stable/tokio-postgres"])[1])}
for cols in (110, 80):
    rc, out = on_terminal(["report", "--top", "8", "corpus/stable/tokio-postgres"], cols)
    rows = table(out)
    check(rc == 0 and len(rows) == 8, f"terminal {cols}: exit {rc}, {len(rows)} rows")
    tab = out.split("\n")
    tab = tab[next(i for i, l in enumerate(tab) if l.startswith("  #  ")):]
    tab = tab[:next(i for i, l in enumerate(tab) if l.startswith("  … "))]
    for line in tab:
        check(len(line) <= cols, f"terminal {cols}: line wider than {cols} columns (TIOCGWINSZ, not COLUMNS=200): {line}")
    check(len({(n, c) for _, n, c, _ in rows}) == 8, f"terminal {cols}: two rows read alike: {rows}")
    check(cols > 80 or any(n.startswith("…") for _, n, _, _ in rows), f"terminal {cols}: no name shortened: {rows}")
    for _, n, _, _ in rows:  # each name is a full one, or keeps the start of its first segment and its end
        head, _, tail = n.partition("…")
        check(n in full or any(f.startswith(head) and f.endswith(tail) for f in full if "…" in n),
              f"terminal {cols}: {n!r} is not the end of a name")
    check(all(not n.endswith("…") for _, n, _, _ in rows), f"terminal {cols}: a name cut at its end: {rows}")

# ---- Markdown: image links from the file's own directory; the default size budget
src = os.getcwd()
with tempfile.TemporaryDirectory() as tmp:
    os.makedirs(os.path.join(tmp, "other/dir"))
    for svg in ("svgs", os.path.join(tmp, "abs/svgs")):
        rc, out, err = subprocess.run(
            [mirscope, "report", "-f", "md", "--top", "3", "--svg-dir", svg, "-o", "other/dir/r.md",
             os.path.join(src, "corpus/stable/basic")], cwd=tmp, capture_output=True, text=True,
            env=ENV).returncode, "", ""
        check(rc == 0, f"md --svg-dir {svg}: exit {rc}")
        md = open(os.path.join(tmp, "other/dir/r.md")).read()
        links = re.findall(r"!\[[^\]]*\]\(([^)]*)\)", md)
        check(len(links) == 3, f"md --svg-dir {svg}: {len(links)} image links")
        for l in links:
            check(not l.startswith("/"), f"md --svg-dir {svg}: absolute link {l}")
            check(os.path.isfile(os.path.join(tmp, "other/dir", l)), f"md --svg-dir {svg}: {l} does not resolve")

rc, out, err = run(["report", "-f", "md", "corpus/stable"])
check(rc == 0, f"md corpus/stable: exit {rc}")
check(len(out) <= 65536, f"md corpus/stable: {len(out)} characters, more than GitHub's 65,536")
check("**Left out**" in out and "## 1. " in out and "### State diagram" in out,
      "md corpus/stable: no note on what was left out, or no section with a diagram")

finish()

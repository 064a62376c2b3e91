#!/usr/bin/env python3
"""Markdown as an issue tracker renders it (marked, GitHub-flavoured; installed with Mermaid
in tests/browser by scripts/setup --all): what the Markdown says must survive rendering.
  - diff -f md: every line the text diff prints under a row (`+ finding ..`, `- local ..`,
    `↑ local ..`, `largest state: ..`) is the text of one list item, its mark included (a
    bare `+` or `-` at the start of an item is a list marker: appeared and gone rendered
    alike until 2026-12-06);
  - report -f md and diff -f md: every table row renders with as many cells as its header.
Skipped (77) without node or tests/browser/node_modules/marked: tests install nothing.
Usage: markdown_render.py MIRSCOPE SRCDIR.  Last line: "N passed, M failed"."""
import html.parser, os, re, shutil, subprocess, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from tally import check, finish  # noqa: E402

mirscope, src = sys.argv[1], sys.argv[2]
lib = os.path.abspath(os.path.join(src, "tests", "browser", "node_modules", "marked", "lib", "marked.esm.js"))
if not shutil.which("node") or not os.path.exists(lib):
    print("node or %s not found (scripts/setup --all installs them): skipped" % lib)
    sys.exit(77)


class Html(html.parser.HTMLParser):
    """The text of each <li> (without its nested lists) and, per <table>, the cell count of
    each of its <tr>s."""

    def __init__(self):
        super().__init__()
        self.items, self.tables, self.stack = [], [], []
        self.cells = None

    def handle_starttag(self, tag, attrs):
        if tag == "li":
            self.stack.append([])
        elif tag == "table":
            self.tables.append([])
        elif tag == "tr":
            self.cells = 0
        elif tag in ("td", "th") and self.cells is not None:
            self.cells += 1

    def handle_endtag(self, tag):
        if tag == "li":
            self.items.append(re.sub(r"\s+", " ", "".join(self.stack.pop())).strip())
        elif tag == "tr":
            self.tables[-1].append(self.cells)
            self.cells = None

    def handle_data(self, data):
        if self.stack:
            self.stack[-1].append(data)


def render(md):
    p = subprocess.run(["node", os.path.join(src, "tests", "browser", "md.mjs"), lib],
                       input=md, capture_output=True, text=True)
    check(p.returncode == 0, "marked ran: %s" % p.stderr[-300:])
    h = Html()
    h.feed(p.stdout)
    return h


def run(*args):
    p = subprocess.run([mirscope, *args], capture_output=True, text=True, cwd=src)
    return p.stdout


def table_rows(h, what):
    # each row has its header's cell count: a pipe left unescaped in a cell adds one
    bad = [t for t in h.tables if any(n != t[0] for n in t)]
    check(h.tables and not bad, "%s: %d tables, every row with its header's cells%s"
          % (what, len(h.tables), ": %s" % bad[:2] if bad else ""))


# Nested list items are not split off their parent's text by this parser, so compare only
# the leaf items: those that are exactly a text diff line.
for old, new in (("tests/data/diff/before", "tests/data/diff/after"),
                 ("corpus/stable/drops", "corpus/stable/drops-panic-abort"),
                 ("corpus/pairs/stable/scope-one/after", "corpus/pairs/stable/scope-one/before")):
    text = run("diff", old, new)
    lines = [l.strip() for l in text.splitlines() if re.match(r"^ {6}[-+↑↓→] (finding|local) |^ {6}largest state", l)]
    h = render(run("diff", "-f", "md", old, new))
    items = set(h.items)
    missing = [l for l in lines if l not in items]
    check(lines and not missing, "diff %s %s: the text diff's %d lines under rows are list items "
          "as rendered, marks included%s" % (old, new, len(lines), ": missing %s" % missing[:3] if missing else ""))
    table_rows(h, "diff -f md %s %s" % (old, new))
for d in ("corpus/stable/basic", "corpus/stable/tokio-postgres", "tests/data/diff/after"):
    table_rows(render(run("report", "-f", "md", d)), "report -f md %s" % d)
finish()

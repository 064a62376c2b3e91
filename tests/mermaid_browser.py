#!/usr/bin/env python3
"""Mermaid in a real browser (issue 14): every corpus coroutine's `graph -f mermaid` is
rendered by Mermaid's own library (npm package `mermaid`, pinned by tests/browser/
package-lock.json, installed by `scripts/setup --all` with `npm ci`) in headless Chromium,
from local files only (no network):
  - mermaid.render() of every diagram succeeds (no parse error) and gives an SVG with a node
    per state and bundle;
  - the states and transitions Mermaid itself parsed (its diagram's getData()) are those of
    the DOT states view: a node per state (`s<index>`) and per bundle, an edge per drawn
    transition and per bundle, with the same kinds.
Identical diagram texts (a case dumped by both toolchains) are rendered once: 233 of 316
on 2026-12-08 (the test alone: 52 s on the 2-core CI machine; 111 s in CI before).
Skipped (77) when chromium or tests/browser/node_modules is missing: tests install nothing.
Usage: mermaid_browser.py MIRSCOPE SRCDIR.  Last line: "N passed, M failed".
"""
import html, json, os, re, shutil, subprocess, sys, tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import drawn_edges as de  # noqa: E402  (reads sys.argv: MIRSCOPE SRCDIR)
from tally import check, finish  # noqa: E402

src = sys.argv[2]
chromium = shutil.which("chromium")
lib = os.path.join(src, "tests", "browser", "node_modules", "mermaid", "dist", "mermaid.min.js")
if not chromium:
    print("chromium not found (scripts/setup --all installs it): skipped")
    sys.exit(77)
if not os.path.exists(lib):
    print("%s not found (scripts/setup --all runs npm ci in tests/browser): skipped" % lib)
    sys.exit(77)
version = json.load(open(os.path.join(src, "tests", "browser", "node_modules", "mermaid", "package.json")))["version"]
pinned = json.load(open(os.path.join(src, "tests", "browser", "package.json")))["dependencies"]["mermaid"]
check(version == pinned, "mermaid %s installed, %s pinned" % (version, pinned), show_ok=True)

PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8"></head><body>
<script src="%s"></script>
<pre id="out">not run</pre>
<script>
const diagrams = %s;
mermaid.initialize({startOnLoad: false, securityLevel: 'strict'});
(async () => {
  const res = [];
  for (let i = 0; i < diagrams.length; i++) {
    const r = {i: i};
    try {
      const d = await mermaid.mermaidAPI.getDiagramFromText(diagrams[i]);
      const data = d.db.getData();
      r.nodes = data.nodes.filter(n => !n.isGroup).map(n => n.id);
      r.edges = data.edges.map(e => [e.start, e.end, e.label]);
      const {svg} = await mermaid.render('m' + i, diagrams[i]);
      r.svg_nodes = (svg.match(/<g class="node[^"]*statediagram-state/g) || []).length;
      r.ok = svg.indexOf('Syntax error') < 0;
    } catch (e) {
      r.error = String((e && e.message) || e).split('\\n').slice(0, 3).join(' / ');
    }
    res.push(r);
  }
  document.getElementById('out').textContent = 'RESULTS ' + JSON.stringify(res);
})();
</script></body></html>
"""


def expected_ids(co, cl):
    """Mermaid's ids and edges as the DOT states view draws them."""
    names = [s["name"] for s in co["states"]]
    own, bundled, _, _, _ = de.drawn_from_dot(cl, co)
    nodes = {"s%d" % k for k in range(len(names))}
    edges = {("s%d" % names.index(a), "s%d" % names.index(b), k) for a, b, k in own}
    for _, b, k in bundled:
        bid = "bundle_%s_%d" % (k, names.index(b))
        nodes.add(bid)
        edges.add((bid, "s%d" % names.index(b), k))
    return nodes, edges


with tempfile.TemporaryDirectory() as tmp:
    entries = list(de.corpus_drawings(tmp))
    page = os.path.join(tmp, "mermaid.html")
    with open(page, "w", encoding="utf-8") as f:
        texts = sorted({mm for _, _, mm in entries})
        f.write(PAGE % ("file://" + os.path.abspath(lib), json.dumps(texts)))
    profile = tempfile.mkdtemp(dir=tmp)
    cmd = [chromium, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
           "--disable-background-networking", "--disable-component-update", "--disable-sync",
           "--user-data-dir=" + profile, "--virtual-time-budget=600000", "--dump-dom", "file://" + page]
    p = subprocess.run(cmd, capture_output=True, text=True, timeout=600)
    m = re.search(r"RESULTS (.*?)</pre>", p.stdout, re.S)
    check(m is not None, "chromium ran the page (exit %d)%s" % (p.returncode, "" if m else ": " + p.stderr[-500:]))
    unique = json.loads(html.unescape(m.group(1))) if m else []
    check(len(unique) == len(texts), "%d distinct diagrams rendered of %d (%d coroutines)"
          % (len(unique), len(texts), len(entries)), show_ok=True)
    by_text = dict(zip(texts, unique))
    results = [by_text.get(mm, {"error": "not rendered"}) for _, _, mm in entries]
    errors = 0
    for (co, cl, _), r in zip(entries, results):
        name = co["name"]
        if "error" in r:
            errors += 1
            check(False, "%s: Mermaid: %s" % (name, r["error"]))
            continue
        nodes, edges = expected_ids(co, cl)
        got_edges = {tuple(e) for e in r["edges"]}
        check(r["ok"] and r["svg_nodes"] == len(nodes), "%s: an SVG with %d state nodes (%d)"
              % (name, len(nodes), r["svg_nodes"]))
        check(set(r["nodes"]) == nodes and len(r["nodes"]) == len(nodes),
              "%s: Mermaid's states are the DOT's: %s" % (name, sorted(set(r["nodes"]) ^ nodes)))
        check(got_edges == edges and len(r["edges"]) == len(edges),
              "%s: Mermaid's transitions are the DOT's: %s" % (name, sorted(got_edges ^ edges)))
    print("%d diagrams, %d parse errors" % (len(results), errors))
finish()

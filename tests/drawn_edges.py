#!/usr/bin/env python3
"""The states view draws the per-kind transitive reduction (issue 14, docs/diagrams.md
"Which transitions are drawn"), checked on every corpus coroutine against a computation of
its own from `report -f json`'s transitions:
  - per group of kinds (pending+yield, ready+return, unwind): strongly connected components
    (Tarjan), the condensation, and a transition between two components kept unless a path
    through a third component joins them; transitions inside a component kept;
  - of those, ready/return/unwind transitions of one kind into one state from at least 4
    other states form one bundle;
  - the DOT states view (`graph -f dot`, read with a small DOT reader of its own) draws
    exactly that: an edge per kept transition, a bundle box (its tooltip names the sources)
    and one edge per bundle;
  - every state the transitions reach from Unresumed is reached in the drawing;
  - the Mermaid view (`graph -f mermaid`) has the same states, the same drawn transitions
    (its bundle boxes read back as the sources they name) and the same byte line per state;
  - basic::handshake: no node with more than three edges leaving it.
Usage: drawn_edges.py MIRSCOPE SRCDIR.  Last line: "N passed, M failed".
"""
import json, os, re, subprocess, sys, tempfile
from collections import defaultdict
from tally import check, finish

mirscope, src = sys.argv[1], sys.argv[2]  # also when imported (tests/mermaid_browser.py)
GROUP = {"pending": 0, "yield": 0, "ready": 1, "return": 1, "unwind": 2}
BUNDLE_MIN = 4


def run(*args):
    p = subprocess.run([mirscope, *args], capture_output=True, text=True)
    if p.returncode != 0:
        raise RuntimeError("mirscope %s: exit %d: %s" % (" ".join(args), p.returncode, p.stderr))
    return p.stdout


# ---------------------------------------------------------------- the expected drawing

def tarjan(nodes, succ):
    """Strongly connected components: node -> component number."""
    index, low, comp, stack, on, counter = {}, {}, {}, [], set(), [0]

    def visit(v):
        index[v] = low[v] = counter[0]
        counter[0] += 1
        stack.append(v)
        on.add(v)
        for w in succ[v]:
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            while True:
                w = stack.pop()
                on.discard(w)
                comp[w] = v
                if w == v:
                    break

    for v in nodes:
        if v not in index:
            visit(v)
    return comp


def reduce_group(states, edges):
    """Edges (u, v, kind) of one group -> the kept ones."""
    succ = defaultdict(set)
    for u, v, _ in edges:
        succ[u].add(v)
    comp = tarjan(states, succ)
    csucc = defaultdict(set)  # the condensation
    for u, v, _ in edges:
        if comp[u] != comp[v]:
            csucc[comp[u]].add(comp[v])

    def reaches(a, b):  # in the condensation, a path of length >= 0
        seen, todo = {a}, [a]
        while todo:
            x = todo.pop()
            if x == b:
                return True
            for y in csucc[x]:
                if y not in seen:
                    seen.add(y)
                    todo.append(y)
        return False

    kept = set()
    for u, v, k in edges:
        cu, cv = comp[u], comp[v]
        if cu == cv or not any(d != cv and reaches(d, cv) for d in csucc[cu]):
            kept.add((u, v, k))
    return kept


def expected(co):
    states = [s["name"] for s in co["states"]]
    trans = [(t["from"], t["to"], t["via"]) for t in co["transitions"]]
    kept = set()
    for g in range(3):
        kept |= reduce_group(states, [t for t in trans if GROUP[t[2]] == g])
    sources = defaultdict(set)
    for u, v, k in kept:
        if GROUP[k] != 0 and u != v:
            sources[(k, v)].add(u)
    bundled = {(u, v, k) for u, v, k in kept if GROUP[k] != 0 and u != v
               and len(sources[(k, v)]) >= BUNDLE_MIN}
    return kept - bundled, bundled, trans


def reachable(start, edges):
    seen, todo = {start}, [start]
    while todo:
        x = todo.pop()
        for u, v, _ in edges:
            if u == x and v not in seen:
                seen.add(v)
                todo.append(v)
    return seen


# ---------------------------------------------------------------- reading DOT (agwrite's)

TOKEN = re.compile(r'\s+|"(?:[^"\\]|\\.|\\\n)*"|<|[{}\[\];,=]|->|[A-Za-z0-9_.~-]+', re.S)


def tokens(text):
    pos = 0
    while pos < len(text):
        if text[pos] == "<":  # an HTML string: balanced <>
            depth, end = 0, pos
            while True:
                if text[end] == "<":
                    depth += 1
                elif text[end] == ">":
                    depth -= 1
                    if depth == 0:
                        break
                end += 1
            yield ("html", text[pos + 1:end])
            pos = end + 1
            continue
        m = TOKEN.match(text, pos)
        if not m:
            raise ValueError("DOT: unexpected %r" % text[pos:pos + 20])
        t = m.group(0)
        pos = m.end()
        if t.isspace():
            continue
        if t.startswith('"'):
            yield ("id", t[1:-1].replace("\\\n", "").replace('\\"', '"'))
        elif t in "{}[];,=" or t == "->":
            yield (t, t)
        else:
            yield ("id", t)


def read_dot(text):
    """-> list of clusters at depth 1: {name, attrs, nodes: {name: attrs}, edges: [(t, h, attrs)]}."""
    toks = list(tokens(text))
    i, stack, clusters = 0, [], []

    def attrs():
        nonlocal i
        a = {}
        if i < len(toks) and toks[i][0] == "[":
            i += 1
            while toks[i][0] != "]":
                key = toks[i][1]
                val = toks[i + 2][1]
                a[key] = val
                i += 3
                if toks[i][0] == ",":
                    i += 1
            i += 1
        return a

    while i < len(toks):
        kind, val = toks[i]
        if kind == "id" and val in ("digraph", "strict"):
            i += 1
            while toks[i][0] != "{":
                i += 1
            i += 1
            stack.append(None)
        elif kind == "id" and val == "subgraph":
            name = toks[i + 1][1]
            i += 3
            cl = {"name": name, "attrs": {}, "nodes": {}, "edges": []}
            if len(stack) == 1:
                clusters.append(cl)
            stack.append(cl if len(stack) == 1 else stack[-1])
        elif kind == "}":
            stack.pop()
            i += 1
        elif kind == "id" and val in ("graph", "node", "edge") and toks[i + 1][0] == "[":
            i += 1
            a = attrs()
            if val == "graph" and stack[-1] is not None and not stack[-1]["attrs"]:
                stack[-1]["attrs"] = a
        elif kind == "id" and i + 1 < len(toks) and toks[i + 1][0] == "->":
            tail, head = val, toks[i + 2][1]
            i += 3
            if stack[-1] is not None:
                stack[-1]["edges"].append((tail, head, attrs()))
            else:
                attrs()
        elif kind == "id":
            i += 1
            a = attrs()
            if stack[-1] is not None:
                stack[-1]["nodes"][val] = a
        else:
            i += 1
    return clusters


def ident(s):
    return re.sub(r"[^A-Za-z0-9_-]", "_", s)


def drawn_from_dot(cl, co):
    """The logical drawing of one coroutine's cluster: own edges, bundled edges, out-degrees."""
    by_node = {n: s["name"] for n in cl["nodes"] for s in co["states"]
               if n == "state-" + ident(s["name"]) or n.endswith(".state-" + ident(s["name"]))}
    own, bundled, out = set(), set(), defaultdict(int)
    for tail, head, a in cl["edges"]:
        kind = a.get("label") or a.get("xlabel")
        out[tail] += 1
        to = by_node[head]
        if tail in by_node:
            own.add((by_node[tail], to, kind))
            continue
        tip = cl["nodes"][tail]["tooltip"].split("&#10;")
        check(tip[0] == "%s into %s from:" % (kind, to), "%s: bundle tooltip %r" % (co["name"], tip[0]))
        bundled |= {(s, to, kind) for s in tip[1:]}
    states = {n for n in cl["nodes"] if n in by_node}
    return own, bundled, out, states, by_node


# ---------------------------------------------------------------- reading Mermaid

def unentity(s):
    return re.sub(r"#(\d+);", lambda m: chr(int(m.group(1))), s)


def read_mermaid(text, co):
    names = [s["name"] for s in co["states"]]
    titles, lines, own, boxes, edges = {}, defaultdict(list), set(), {}, []
    for line in text.splitlines():
        if m := re.fullmatch(r'    state "([^"]*)" as (s\d+|bundle_[a-z]+_\d+)', line):
            titles[m.group(2)] = unentity(m.group(1))
        elif m := re.fullmatch(r"    (s\d+|bundle_[a-z]+_\d+) --> (s\d+) : ([a-z]+)", line):
            edges.append(m.groups())
        elif m := re.fullmatch(r"    (s\d+) : (.*)", line):
            lines[m.group(1)].append(unentity(m.group(2)))
    bundled = set()
    for a, b, kind in edges:
        to = names[int(b[1:])]
        if a.startswith("s"):
            own.add((names[int(a[1:])], to, kind))
            continue
        first, rest = titles[a].split("<br/>")
        listed = rest[len("all but "):] if rest.startswith("all but ") else rest
        listed = set(listed.split(", "))
        srcs = set(names) - listed if rest.startswith("all but ") else listed
        check(first == "from %d states" % len(srcs), "%s: Mermaid bundle %r" % (co["name"], titles[a]))
        bundled |= {(s, to, kind) for s in srcs}
    states = {names[int(k[1:])]: t for k, t in titles.items() if k.startswith("s")}
    return own, bundled, states, lines


def dot_bytes_line(label):
    """The state label's `24 B · code ~4 B` row, as text."""
    for row in re.findall(r"<TR>(.*?)</TR>", label):
        text = re.sub(r"<[^>]*>", "", row)
        if "\u00b7 code " in text:
            return text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")
    return None


# ---------------------------------------------------------------- the corpus

def corpus_drawings(tmp):
    """Every corpus coroutine: (its JSON, its cluster of the DOT states view, its Mermaid)."""
    cases = sorted(d for d in (os.path.join(src, "corpus", t, c)
                               for t in ("stable", "nightly")
                               for c in os.listdir(os.path.join(src, "corpus", t)))
                   if os.path.isdir(os.path.join(d, "mir_dump")) and
                   any(".coroutine_resume." in f for f in os.listdir(os.path.join(d, "mir_dump"))))
    check(len(cases) >= 20, "%d corpus cases with coroutines" % len(cases))
    for case in cases:
        cos = json.loads(run("report", "-f", "json", "--top", "0", case))["coroutines"]
        if not cos:
            continue
        dot = run("graph", "-f", "dot", case)
        if len(cos) == 1:  # one coroutine: the graph itself, read as one cluster
            dot = "digraph x { subgraph cluster_ {\n" + dot.split("{", 1)[1] + "}"
        clusters = [c for c in read_dot(dot) if c["name"].startswith("cluster_") and c["name"] != "cluster_legend"]
        check(len(clusters) == len(cos), "%s: %d clusters for %d coroutines" % (case, len(clusters), len(cos)))
        mdir = os.path.join(tmp, os.path.basename(case) + "-" + os.path.basename(os.path.dirname(case)))
        run("graph", "-f", "mermaid", "-o", mdir + "/", case)
        mermaid = {}
        for f in os.listdir(mdir):
            text = open(os.path.join(mdir, f), encoding="utf-8").read()
            # the comment names it as it reads, `<impl at ..>` as `‹impl at ..›`
            name = text.split("\n", 1)[0][len("%% mirscope states view of "):]
            mermaid[unentity(name).replace("‹", "<").replace("›", ">")] = text
        for co, cl in zip(cos, clusters):
            yield co, cl, mermaid[co["name"]]


def check_one(co, cl, mermaid):
    """Every check of one coroutine; returns the number of states the drawing does not reach."""
    name = co["name"]
    want_own, want_bundled, trans = expected(co)
    own, bundled, out, states, by_node = drawn_from_dot(cl, co)
    ok = own == want_own and bundled == want_bundled
    check(ok, "%s: DOT draws the reduction (%d own, %d bundled; expected %d, %d)%s"
          % (name, len(own), len(bundled), len(want_own), len(want_bundled),
             "" if ok else "; extra %s, missing %s" % (sorted((own | bundled) - (want_own | want_bundled)),
                                                       sorted((want_own | want_bundled) - (own | bundled)))))
    check(len(states) == len(co["states"]), "%s: a node per state" % name)
    full = reachable("Unresumed", trans)
    drawn = reachable("Unresumed", own | bundled)
    check(drawn == full, "%s: reachable from Unresumed in the drawing: %d of %d states (all transitions: %d)"
          % (name, len(drawn), len(co["states"]), len(full)))
    m_own, m_bundled, m_states, m_lines = read_mermaid(mermaid, co)
    check(m_own == own and m_bundled == bundled, "%s: Mermaid draws the DOT's transitions" % name)
    titles = {s["name"]: "%s (%d)" % (s["name"], s["index"]) for s in co["states"]}
    check(m_states == titles, "%s: Mermaid has the DOT's states" % name)
    for k, s in enumerate(co["states"]):
        node = cl["nodes"][[n for n, v in by_node.items() if v == s["name"]][0]]
        want = dot_bytes_line(node["label"])
        got = [l for l in m_lines["s%d" % k] if "\u00b7 code " in l]
        good = bool(want) and got == [want.replace("&#160;", " ").replace("</B> ", " ").replace("<B>", "")]
        check(good, "%s %s: byte line %r in Mermaid, %r in DOT" % (name, s["name"], got, want))
    if name.startswith("handshake::"):
        most = max(out.values())
        check(most <= 3, "%s: at most %d edges leave a node (%d drawn of %d transitions)"
              % (name, most, len(cl["edges"]), len(trans)), show_ok=True)
    return len(co["states"]) - len(drawn)


if __name__ == "__main__":
    total = unreached = 0
    with tempfile.TemporaryDirectory() as tmp:
        for co, cl, mm in corpus_drawings(tmp):
            total += 1
            unreached += check_one(co, cl, mm)
    print("%d coroutines checked; %d states unreachable from Unresumed by any transition" % (total, unreached))
    finish()

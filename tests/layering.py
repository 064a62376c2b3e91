#!/usr/bin/env python3
"""The library's structure (issue 16):
  - the call graph between its object files is acyclic: for each object, the symbols it
    uses (`nm -u`) are resolved to the objects that define them, and the graph of "object A
    calls object B" must have no cycle (the pipeline reads in one direction:
    parse -> model -> layout -> index -> text);
  - the shared library exports only the public header's functions (`nm -D --defined-only`
    against the `ms_*` declarations of include/mirscope/mirscope.h).
Prints the dependency edges, then a last line "N passed, M failed".
Usage: layering.py STATIC_LIBRARY SHARED_LIBRARY PUBLIC_HEADER
"""
import os, re, subprocess, sys
from tally import check, finish

archive, solib, header = sys.argv[1:4]



def nm(*args):
    return subprocess.run(["nm", *args], capture_output=True, text=True, check=True).stdout


def members(listing):
    """nm output of an archive -> {member name: [lines]} for the library's own sources."""
    out, cur = {}, None
    for line in listing.splitlines():
        m = re.match(r"^(\S+\.o):$", line)
        if m:
            name = os.path.basename(m.group(1))  # thin archives name members by path
            cur = None
            if name.startswith("src_") and name.endswith(".c.o"):
                cur = out.setdefault(name[len("src_"):-len(".c.o")], [])
        elif cur is not None and line.strip():
            cur.append(line)
    return out


defined = members(nm("--defined-only", archive))
used = members(nm("-u", archive))
objs = sorted(defined)
check(len(objs) >= 10, f"library objects found in {archive}: {objs}")
defines, uses = {}, {}
for name in objs:
    for line in defined[name]:
        parts = line.split()
        if len(parts) == 3 and parts[1] in "TDRB":
            defines.setdefault(parts[2], name)
    uses[name] = {l.split()[-1] for l in used.get(name, [])}
edges = {n: sorted({defines[s] for s in u if s in defines and defines[s] != n})
         for n, u in uses.items()}
for n in sorted(edges):
    if edges[n]:
        print(f"{n} -> {' '.join(edges[n])}")

# cycles: depth-first search with colours
WHITE, GREY, BLACK = 0, 1, 2
colour = {n: WHITE for n in edges}
cycles = []


def visit(n, stack):
    colour[n] = GREY
    stack.append(n)
    for m in edges[n]:
        if colour.get(m) == GREY:
            cycles.append(stack[stack.index(m):] + [m])
        elif colour.get(m) == WHITE:
            visit(m, stack)
    stack.pop()
    colour[n] = BLACK


for n in sorted(edges):
    if colour[n] == WHITE:
        visit(n, [])
check(not cycles, "call cycles between objects: " + "; ".join(" -> ".join(c) for c in cycles))

public = set(re.findall(r"\b(ms_[a-z0-9_]+)\s*\(", open(header).read()))
exported = {l.split()[-1] for l in nm("-D", "--defined-only", solib).splitlines()
            if len(l.split()) == 3 and l.split()[1] in "TDRBW"}
extra = sorted(exported - public)
check(not extra, f"{len(extra)} exported symbols not in the public header: {' '.join(extra[:40])}")
missing = sorted(s for s in public if s not in exported)
check(not missing, f"public functions not exported: {' '.join(missing[:40])}")
print(f"{len(objs)} objects, {sum(len(e) for e in edges.values())} dependencies, "
      f"{len(exported)} exported symbols")
finish()

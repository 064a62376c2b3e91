#!/bin/sh
# `mirscope capture --release --target thumbv7em-none-eabihf` on examples/embedded-demo, end
# to end: exact future sizes from -Zprint-type-sizes, 4-byte pointers in saved locals and
# upvars, nm code sizes, the build (target, opt-level z, pointer width 32) in build.txt and
# report.json, and `mirscope report` reading it back from the capture's output.
#
#   capture_embedded.sh MIRSCOPE SRCDIR
#
# The toolchain: $MIRSCOPE_EMBEDDED_CARGO, else Debian's /usr/bin/cargo (cargo-web with
# rustc-web and rust-web-src: core is built offline with -Zbuild-std=core), else the cargo on
# PATH, the first whose rustc either has core for the target installed or has the library
# sources (and, offline, their vendored dependencies) to build it.  None: exit 77 (skipped);
# `scripts/setup --all` installs Debian's.  The test installs nothing.  It copies the example
# to a temporary directory (the source tree is not written).
# Last line: `N passed, M failed` (a `K skipped` line before it when a check could not run).
set -u
mirscope=$1
case "$mirscope" in /*) ;; *) mirscope="$(pwd)/$mirscope" ;; esac
src=$2
TARGET=thumbv7em-none-eabihf
unset RUSTC_WRAPPER RUSTC_WORKSPACE_WRAPPER CARGO_TARGET_DIR RUSTFLAGS CARGO_ENCODED_RUSTFLAGS \
      CARGO_BUILD_RUSTFLAGS RUSTC_BOOTSTRAP MIRSCOPE_CAPTURE_CONFIG RUSTC CARGO
export CARGO_TERM_COLOR=never

# can_build CARGO: its rustc (beside it, else on PATH) has core for $TARGET, or the library
# sources with their vendor/ (offline -Zbuild-std)
can_build() {
  [ -x "$1" ] || return 1
  r=$(dirname "$1")/rustc
  [ -x "$r" ] || r=$(command -v rustc) || return 1
  libdir=$("$r" --print target-libdir --target "$TARGET" 2>/dev/null) || return 1
  ls "$libdir"/libcore-*.rlib >/dev/null 2>&1 && return 0
  lib=$("$r" --print sysroot 2>/dev/null)/lib/rustlib/src/rust/library
  [ -f "$lib/core/Cargo.toml" ] && [ -d "$lib/vendor" ]
}
cargo=
for c in ${MIRSCOPE_EMBEDDED_CARGO:-} /usr/bin/cargo $(command -v cargo 2>/dev/null); do
  if can_build "$c"; then cargo=$c; break; fi
done
if [ -z "$cargo" ]; then
  echo "no cargo that can build core for $TARGET offline (scripts/setup --all installs Debian's rustc-web, cargo-web and rust-web-src): skipped"
  exit 77
fi

T=$(mktemp -d "${TMPDIR:-/tmp}/mirscope-embedded.XXXXXX")
trap 'rm -rf "$T"' EXIT
. "$(dirname "$0")/tally.sh"

cp -r "$src/examples/embedded-demo" "$T/demo"
rm -rf "$T/demo/target"
sum_before=$(cat "$T/demo/Cargo.toml" "$T/demo/Cargo.lock" | cksum)
OUT=$T/out
start=$(date +%s)
"$mirscope" capture --manifest-path "$T/demo/Cargo.toml" --release --target "$TARGET" \
  --cargo "$cargo" -o "$OUT" -n 0 >"$T/stdout" 2>"$T/stderr"
rc=$?
echo "capture took $(( $(date +%s) - start )) s with $cargo"
if [ $rc = 0 ]; then ok "capture --release --target $TARGET: exit 0"
else bad "capture: exit $rc: $(tail -n 8 "$T/stderr")"; fi
grep -q "^mirscope capture: cargo $cargo (--cargo), rustc " "$T/stderr" &&
  ok "capture says which cargo and rustc it runs" || bad "no cargo/rustc line: $(head -n 3 "$T/stderr")"
[ "$(cat "$T/demo/Cargo.toml" "$T/demo/Cargo.lock" | cksum)" = "$sum_before" ] &&
  [ ! -e "$T/demo/.cargo" ] && [ ! -e "$T/demo/target" ] &&
  ok "the project is left alone (no .cargo/ config, no target/, manifest and lock unchanged)" ||
  bad "the project was modified: $(ls -a "$T/demo")"
[ ! -e "$OUT.attempt" ] && ok "the attempt directory is gone after success" ||
  bad "$OUT.attempt left behind"

# the ranking printed marks code as the report does: exact, ≈ corrected, ~ modelled
python3 - "$OUT/report.json" "$T/stdout" <<'PY' >"$T/py.out"; tally <"$T/py.out"
import json, sys
try:
    cos = json.load(open(sys.argv[1]))["coroutines"]
except Exception as e:
    print("FAIL ranking: report.json: %s" % e); sys.exit(0)
rows = {l.split(None, 3)[3].strip(): l.split()[2] for l in open(sys.argv[2]) if l[:10].strip().isdigit()}
mark = {"exact": "", "corrected": "≈", "modelled": "~"}
bad = [(c["table_name"], rows.get(c["table_name"]), c["code"]["source"], c["code"]["bytes"]) for c in cos
       if rows.get(c["table_name"]) != mark[c["code"]["source"]] + str(c["code"]["bytes"])]
n = sum(1 for c in cos if c["code"]["source"] == "corrected")
print(("PASS" if not bad and n and len(rows) == len(cos) else "FAIL") +
      " ranking: every code figure as report.json's, marked by its source (%d corrected)%s" % (n, "" if not bad else ": %s" % bad[:3]))
PY

python3 - "$OUT" <<'PY' >"$T/py.out"; tally <"$T/py.out"
import json, os, re, sys
out = sys.argv[1]
def P(name, cond, why=""):
    print(("PASS " if cond else "FAIL ") + name + ("" if cond else ": " + why))
try:
    rep = json.load(open(os.path.join(out, "report.json")))
except Exception as e:
    P("report.json", False, str(e)); sys.exit(0)
b = rep.get("build", {})
P("report.json build object", b == {"target": "thumbv7em-none-eabihf", "opt_level": "z",
  "pointer_width": 32, "given": True, "overflow_checked": 0}, "build %s" % b)
try:
    bt = dict(l.split("=", 1) for l in open(os.path.join(out, "build.txt")).read().splitlines())
except Exception as e:
    bt = {"error": str(e)}
P("build.txt: target, opt-level z, 32-bit pointers", bt.get("target") == "thumbv7em-none-eabihf"
  and bt.get("opt_level") == "z" and bt.get("pointer_width") == "32", "build.txt %s" % bt)
cos = rep["coroutines"]
P("at least 12 coroutines", len(cos) >= 12, "%d" % len(cos))
unit = os.path.join(out, "dumps", "embedded_demo")
printed = {}
for line in open(os.path.join(unit, "type-sizes.txt")):
    t = re.match(r"print-type-size type: `\{async fn body of (.*?)(<.*>)?\(\)\}`: (\d+) bytes", line)
    if t:
        printed.setdefault(t.group(1).split("::")[-1], set()).add(int(t.group(3)))
def leaf(c):
    m = re.match(r"\{async fn body of (.*?)(<.*>)?\(\)\}$", c["self_type"])
    return m.group(1).split("::")[-1] if m else None
for c in cos:
    sz, name = c["size"], leaf(c)
    P("%s: exact size %s from -Zprint-type-sizes (printed %s)" % (c["name"], sz["bytes"],
      sorted(printed.get(name, []))),
      sz["source"] == "print-type-sizes" and sz["exact"] and sz["bytes"] in printed.get(name, ()),
      "source %s" % sz["source"])
# references: 4 bytes, slices and str 8 (pointer and length)
refs = [(c["name"], s["type"], s["bytes"]) for c in cos for s in c["saved_locals"] + c["upvars"]
        if re.match(r"&", s["type"])]
fat = re.compile(r"&('\S+ )?(mut )?(\[|str\b|dyn )")
wrong = [r for r in refs if r[2] != (8 if fat.match(r[1]) else 4)]
thin = [r for r in refs if not fat.match(r[1])]
P("%d thin references among saved locals and upvars are 4 bytes, %d slices 8" %
  (len(thin), len(refs) - len(thin)), len(thin) >= 10 and not wrong, "wrong: %s" % wrong[:3])
syms = {}
for line in open(os.path.join(unit, "symbols.txt")):
    s = re.match(r"^[0-9a-f]+ ([0-9a-f]+) [tTwW] (.*)$", line.rstrip("\n"))
    if s:
        syms.setdefault(s.group(2), set()).add(int(s.group(1), 16))
nm = [c for c in cos if c["code"]["source"] == "exact"]
P("at least 8 coroutines with nm code sizes", len(nm) >= 8, "%d" % len(nm))
for c in nm:
    want = re.compile(r"::%s(::<.*>)?::\{closure#0\}$" % re.escape(leaf(c) or "?"))
    sizes = {v for k, vs in syms.items() if want.search(k) for v in vs}
    P("%s: code %s bytes is nm's" % (c["name"], c["code"]["exact_bytes"]),
      c["code"]["exact_bytes"] in sizes, "nm: %s" % sorted(sizes))
PY

# report and graph read the build from the capture's output
"$mirscope" report "$OUT" >"$T/report.txt" 2>&1
tail -n 1 "$T/report.txt" | grep -qx "build: $TARGET, opt-level z, 32-bit pointers (recorded by the capture in $OUT/build.txt)" &&
  ok "report OUT: the capture's build" || bad "report OUT: $(tail -n 1 "$T/report.txt")"
"$mirscope" report -f json "$OUT/dumps/embedded_demo" 2>&1 | grep -q '"build": { "target": "thumbv7em-none-eabihf", "opt_level": "z", "pointer_width": 32, "given": true, "overflow_checked": 0 }' &&
  ok "report -f json OUT/dumps/UNIT: the capture's build" || bad "report -f json OUT/dumps/UNIT: no build object"
"$mirscope" report --pointer-width 64 "$OUT" >/dev/null 2>"$T/pw.err"
[ $? = 2 ] && grep -q 'disagrees' "$T/pw.err" && ok "report OUT --pointer-width 64: usage error" ||
  bad "report OUT --pointer-width 64: $(cat "$T/pw.err")"
"$mirscope" graph --fn 'app::run' "$OUT" >"$T/run.dot" 2>"$T/graph.err" && grep -q digraph "$T/run.dot" &&
  ok "graph OUT" || bad "graph OUT: $(cat "$T/graph.err")"

# a failed capture after the good one leaves it whole
for f in report.json report.md build.txt; do cksum "$OUT/$f"; done >"$T/good.sums" 2>&1
ls "$OUT/svg" >>"$T/good.sums"
printf 'pub fn broken() -> u32 { not_defined_anywhere }\n' >>"$T/demo/src/lib.rs"
"$mirscope" capture --manifest-path "$T/demo/Cargo.toml" --release --target "$TARGET" \
  --cargo "$cargo" -o "$OUT" -- -Zbuild-std=core,alloc >/dev/null 2>"$T/stderr2"
rc=$?
# the crates -Zbuild-std was given are the ones it says it builds (it said `core` alone)
grep -q 'building it with -Zbuild-std=core,alloc from' "$T/stderr2" &&
  ok "capture -- -Zbuild-std=core,alloc: says it builds core,alloc" ||
  bad "-Zbuild-std=core,alloc: $(grep -m1 build-std "$T/stderr2")"
for f in report.json report.md build.txt; do cksum "$OUT/$f"; done >"$T/after.sums" 2>&1
ls "$OUT/svg" >>"$T/after.sums"
[ $rc = 1 ] && cmp -s "$T/good.sums" "$T/after.sums" && grep -q not_defined_anywhere "$OUT.attempt/cargo.log" &&
  grep -q "$OUT.attempt/cargo.log" "$T/stderr2" &&
  ok "a failed capture leaves the good one whole, its attempt in OUT.attempt" ||
  bad "failed capture: exit $rc; $(diff "$T/good.sums" "$T/after.sums" | head -n 4)"

# a firmware crate with a Debian-packaged dependency (its .cargo/config.toml replaces crates.io
# with /usr/share/cargo/registry): one directory source holds both that and the library's
# vendored crates
REGISTRY=/usr/share/cargo/registry
if ls -d "$REGISTRY"/futures-core-0.3* >/dev/null 2>&1; then
  D=$T/deps
  mkdir -p "$D/src" "$D/.cargo"
  cat >"$D/Cargo.toml" <<'EOF'
[package]
name = "fw-deps"
version = "0.1.0"
edition = "2021"

[dependencies]
futures-core = { version = "0.3", default-features = false }

[profile.release]
opt-level = "s"

[workspace]
EOF
  printf '[source.crates-io]\nreplace-with = "debian"\n\n[source.debian]\ndirectory = "%s"\n' "$REGISTRY" \
    >"$D/.cargo/config.toml"
  cat >"$D/src/lib.rs" <<'EOF'
#![no_std]
use core::future::Future;
use core::pin::{pin, Pin};
use core::task::{Context, Poll, Waker};
use futures_core::future::FusedFuture;

pub struct Once(Option<u32>);
impl Future for Once {
    type Output = u32;
    fn poll(mut self: Pin<&mut Self>, _: &mut Context<'_>) -> Poll<u32> {
        Poll::Ready(self.0.take().unwrap_or(0))
    }
}
impl FusedFuture for Once {
    fn is_terminated(&self) -> bool { self.0.is_none() }
}

pub async fn twice(x: u32) -> u32 { Once(Some(x)).await + Once(Some(x)).await }

#[inline(never)]
pub fn run(x: u32) -> u32 {
    let mut f: Pin<&mut dyn Future<Output = u32>> = pin!(twice(x));
    let mut cx = Context::from_waker(Waker::noop());
    loop {
        if let Poll::Ready(v) = f.as_mut().poll(&mut cx) { return v; }
    }
}
EOF
  config_before=$(cksum <"$D/.cargo/config.toml")
  "$mirscope" capture --manifest-path "$D/Cargo.toml" --release --target "$TARGET" --cargo "$cargo" \
    -o "$T/out-deps" >/dev/null 2>"$T/deps.err"
  rc=$?
  [ $rc = 0 ] && grep -q 'Compiling futures-core' "$T/out-deps/cargo.log" &&
    grep -q "of $REGISTRY\$" "$T/deps.err" && grep -qx 'opt_level=s' "$T/out-deps/build.txt" &&
    [ "$(cksum <"$D/.cargo/config.toml")" = "$config_before" ] &&
    grep -q '"def_path": "twice::{closure#0}"' "$T/out-deps/report.json" &&
    ok "with a Debian-packaged dependency: one merged directory source, the project's config untouched" ||
    bad "with a Debian-packaged dependency: exit $rc: $(tail -n 4 "$T/deps.err")"
else
  skip=$((skip + 1))
  echo "SKIP: $REGISTRY/futures-core-* missing (scripts/setup --all installs librust-futures-core-dev)"
fi

# the target named by the project's cargo configuration (`[build] target`), not by --target:
# capture reads it before the build, so core is built with -Zbuild-std as for --target.
# Captured into OUT, whose target/ holds the core the first capture built for the same
# profile: cargo finds it fresh (44 s -> 9 s on the 2-core CI machine, 2026-12-08).
cp -r "$src/examples/embedded-demo" "$T/cfgt"
rm -rf "$T/cfgt/target"
mkdir -p "$T/cfgt/.cargo"
printf '[build]\ntarget = "%s"\n' "$TARGET" >>"$T/cfgt/.cargo/config.toml"
"$mirscope" capture --manifest-path "$T/cfgt/Cargo.toml" --release --cargo "$cargo" \
  -o "$OUT" -n 0 >/dev/null 2>"$T/cfgt.err"
rc=$?
[ $rc = 0 ] && grep -qx "target=$TARGET" "$OUT/build.txt" &&
  grep -q "target $TARGET (build.target of the cargo configuration)" "$T/cfgt.err" &&
  ok "build.target in .cargo/config.toml: captured for $TARGET without --target" ||
  bad "build.target in .cargo/config.toml: exit $rc: $(tail -n 3 "$T/cfgt.err")"

# a toolchain without core for the target nor the library sources: capture says how to get them
nosrc=
if command -v rustup >/dev/null 2>&1; then
  for tc in stable nightly; do
    c=$(rustup which cargo --toolchain "$tc" 2>/dev/null) || continue
    if ! can_build "$c"; then nosrc=$c; break; fi
  done
fi
if [ -n "$nosrc" ]; then
  : # a rustup toolchain without rust-src
else # a stand-in: the real cargo and rustc, but a sysroot without core or library sources
  mkdir -p "$T/nosrc/bin" "$T/nosrc/sysroot"
  ln -s "$cargo" "$T/nosrc/bin/cargo"
  cat >"$T/nosrc/bin/rustc" <<EOF
#!/bin/sh
case "\$*" in *"--print sysroot"* | *"--print target-libdir"*) echo "$T/nosrc/sysroot"; exit 0 ;; esac
exec "$(dirname "$cargo")/rustc" "\$@"
EOF
  chmod +x "$T/nosrc/bin/rustc"
  nosrc=$T/nosrc/bin/cargo
fi
"$mirscope" capture --manifest-path "$T/demo/Cargo.toml" --target "$TARGET" --cargo "$nosrc" \
  -o "$T/out-nosrc" >/dev/null 2>"$T/nosrc.err"
rc=$?
[ $rc = 1 ] && grep -q 'rustup component add rust-src' "$T/nosrc.err" && grep -q 'rust-web-src' "$T/nosrc.err" &&
  ok "no library sources ($nosrc): exit 1, says how to get them" ||
  bad "no library sources ($nosrc): exit $rc: $(tail -n 2 "$T/nosrc.err")"

finish

#!/bin/sh
# `mirscope capture` end to end: builds small cargo projects made here in a temp dir and
# checks report.json against what rustc printed (-Zprint-type-sizes) and what nm sees.
#
#   capture_test.sh MIRSCOPE [CAPTURE_QUIET]
#
# MIRSCOPE is run as `MIRSCOPE capture ...` (and, by cargo, as the RUSTC_WRAPPER).
# CAPTURE_QUIET (tests/capture_quiet.c) runs ms_capture through the library's API; without it
# those checks are counted as skipped.
# Needs cargo + rustc (stable, and nightly for one case), nm, python3, and Debian's
# librust-futures-core-dev (the directory-source dependency; `scripts/setup --all` installs
# it).  The test installs nothing: without cargo it exits 77 (skipped); without nightly or
# futures-core those cases are counted as skipped.  Offline.
# Last lines: `K skipped` (when any), then `N passed, M failed`.
set -u
mirscope=$1
case "$mirscope" in /*) ;; *) mirscope="$(pwd)/$mirscope" ;; esac
quiet=${2:-}
case "$quiet" in /* | "") ;; *) quiet="$(pwd)/$quiet" ;; esac
REGISTRY=/usr/share/cargo/registry
T=$(mktemp -d "${TMPDIR:-/tmp}/mirscope-capture.XXXXXX")
trap 'rm -rf "$T"' EXIT
unset RUSTC_WRAPPER RUSTC_WORKSPACE_WRAPPER CARGO_TARGET_DIR RUSTFLAGS CARGO_ENCODED_RUSTFLAGS \
      CARGO_BUILD_RUSTFLAGS RUSTC_BOOTSTRAP MIRSCOPE_CAPTURE_CONFIG
export CARGO_TERM_COLOR=never
command -v cargo >/dev/null 2>&1 || { echo "cargo not found: skipped"; exit 77; }
. "$(dirname "$0")/tally.sh"

# check_report OUT UNITS EXPECT...  (UNITS: the dump dirs that must exist, space-separated;
# EXPECT: def paths that must be in the report)
check_report() {
  python3 - "$@" <<'PY'
import json, os, re, sys
out, units, expect = sys.argv[1], sys.argv[2].split(), sys.argv[3:]
def P(name, cond, why=""):
    print(("PASS " if cond else "FAIL ") + name + ("" if cond else ": " + why))
try:
    rep = json.load(open(os.path.join(out, "report.json")))
except Exception as e:
    P(out + ": report.json", False, str(e)); sys.exit(0)
dumps = os.path.join(out, "dumps")
have = sorted(d for d in os.listdir(dumps) if os.path.isdir(os.path.join(dumps, d)))
P(out + ": dumped units " + " ".join(units), have == sorted(units), "dumped: %s" % have)
cos = rep["coroutines"]
paths = {c["def_path"] for c in cos}
for e in expect:
    P(out + ": coroutine " + e, e in paths, "not in report (%s)" % sorted(paths))
# every coroutine_resume dump of the dumped crates is in the report
files = {c["file"] for c in cos}
for u in have:
    for f in os.listdir(os.path.join(dumps, u)):
        if f.endswith(".coroutine_resume.0.mir"):
            # report.json names dumps relative to the capture's directory
            P(out + ": in report: " + f, os.path.join("dumps", u, f) in files, "missing")
sym_re = re.compile(r"^[0-9a-f]+ ([0-9a-f]+) [tTwW] (.*)$")
for c in cos:
    unit = os.path.basename(os.path.dirname(c["file"]))
    crate = unit.split("-")[0]
    name = c["def_path"]
    # sizes that -Zprint-type-sizes printed for this coroutine's type
    st = c["self_type"]
    m = re.match(r"\{async fn body of (.*)\(\)\}$", st)
    printed = []
    for line in open(os.path.join(dumps, unit, "type-sizes.txt")):
        t = re.match(r"print-type-size type: `(.*)`: (\d+) bytes", line)
        if not t: continue
        ty = t.group(1)
        if m:
            fn = re.sub(r"<.*$", "", m.group(1))  # generic_send<T> -> generic_send
            if ty == "{async fn body of %s()}" % fn or re.fullmatch(r"\{async fn body of %s<.*>\(\)\}" % re.escape(fn), ty):
                printed.append(int(t.group(2)))
        elif ty == st:
            printed.append(int(t.group(2)))
    sz = c["size"]
    P("%s: %s size from print-type-sizes" % (unit, name), sz["source"] == "print-type-sizes" and sz["exact"],
      "source %s" % sz["source"])
    P("%s: %s size %s printed %s" % (unit, name, sz["bytes"], sorted(set(printed))),
      printed and sz["bytes"] in printed and sorted(set(sz["instances"])) == sorted(set(printed)),
      "instances %s" % sz["instances"])
    # code bytes from nm where the resume function has a symbol
    leaf = name.replace("::{closure#0}", "")
    want = re.compile(r"^%s::%s(::<.*>)?::\{closure#0\}$" % (re.escape(crate), re.escape(leaf)))
    nm_sizes = set()
    for line in open(os.path.join(dumps, unit, "symbols.txt")):
        s = sym_re.match(line.rstrip("\n"))
        if s and want.match(s.group(2)):
            nm_sizes.add(int(s.group(1), 16))
    if nm_sizes:
        P("%s: %s code bytes from nm" % (unit, name),
          c["code"]["exact_bytes"] in nm_sizes and c["code"]["source"] == "exact",
          "exact_bytes %s, nm %s" % (c["code"]["exact_bytes"], sorted(nm_sizes)))
for u in have:
    ts = open(os.path.join(dumps, u, "type-sizes.txt")).read().splitlines()
    P(out + ": %s type-sizes.txt holds only print-type-size lines" % u,
      all(l.startswith("print-type-size ") for l in ts), "other lines")
for f in ("rustc-vV.txt", "cargo.log"):
    P(out + ": " + f, os.path.getsize(os.path.join(out, f)) > 0, "missing or empty")
PY
}

# ------------------------------------------------------------------ project 1: one crate
P1=$T/one
mkdir -p "$P1/src"
cat >"$P1/Cargo.toml" <<'EOF'
[package]
name = "tcap"
version = "0.1.0"
edition = "2021"
build = "build.rs"

[dependencies]

[workspace]
EOF
cat >"$P1/build.rs" <<'EOF'
fn main() {
    println!("cargo:rerun-if-changed=build.rs");
}
EOF
cat >"$P1/src/lib.rs" <<'EOF'
use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll};

pub struct Tick(bool);
impl Future for Tick {
    type Output = u32;
    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<u32> {
        if self.0 { return Poll::Ready(1); }
        self.0 = true;
        cx.waker().wake_by_ref();
        Poll::Pending
    }
}
pub fn tick() -> Tick { Tick(false) }

pub async fn leaf() -> u32 { tick().await + tick().await }

pub async fn big(n: usize) -> u32 {
    let buf = [7u8; 300];
    let a = leaf().await;
    let b = tick().await;
    buf[n % 300] as u32 + a + b
}

pub async fn no_await() -> u32 { 5 }

pub async fn generic_send<T: Clone + Into<u64>>(v: T) -> u64 {
    let keep = v.clone();
    tick().await;
    keep.into() + v.into()
}

pub fn block(x: u64) -> impl Future<Output = u64> {
    async move {
        let y = tick().await as u64;
        x + y + leaf().await as u64
    }
}

#[inline(never)] pub fn start_big() -> Pin<Box<dyn Future<Output = u32>>> { Box::pin(big(3)) }
#[inline(never)] pub fn start_none() -> Pin<Box<dyn Future<Output = u32>>> { Box::pin(no_await()) }
#[inline(never)] pub fn start_u8() -> Pin<Box<dyn Future<Output = u64>>> { Box::pin(generic_send(1u8)) }
#[inline(never)] pub fn start_u32() -> Pin<Box<dyn Future<Output = u64>>> { Box::pin(generic_send(1u32)) }
#[inline(never)] pub fn start_block() -> Pin<Box<dyn Future<Output = u64>>> { Box::pin(block(2)) }
EOF
sum_before=$(cat "$P1/Cargo.toml" | cksum)
"$mirscope" capture --manifest-path "$P1/Cargo.toml" --out "$T/out1" --release \
  >"$T/out1.stdout" 2>"$T/out1.stderr"
rc=$?
if [ $rc = 0 ]; then ok "project 1: capture exit 0"; else bad "project 1: capture exit $rc: $(tail -5 "$T/out1.stderr")"; fi
check_report "$T/out1" "tcap" "leaf::{closure#0}" "big::{closure#0}" "no_await::{closure#0}" \
  "generic_send::{closure#0}" "block::{closure#0}" >"$T/py.out"; tally <"$T/py.out"
grep -qE "  big$" "$T/out1.stdout" && grep -q "report.json" "$T/out1.stdout" &&
  ok "project 1: ranking printed with the report's path" || bad "project 1: ranking: $(cat "$T/out1.stdout")"
[ "$(cat "$P1/Cargo.toml" | cksum)" = "$sum_before" ] && [ ! -e "$P1/target" ] &&
  ok "project 1: Cargo.toml unchanged, no target/ in the project" || bad "project 1: project modified"
grep -q '^bootstrap=1$' "$T/out1/capture.conf" && ok "project 1: RUSTC_BOOTSTRAP for stable" ||
  bad "project 1: bootstrap not set for stable"
# generic: both instantiations have symbols and sizes
python3 - "$T/out1/report.json" <<'PY' >"$T/py.out"; tally <"$T/py.out"
import json, sys
try:
    cos = json.load(open(sys.argv[1]))["coroutines"]
except Exception as e:
    print("FAIL project 1: report.json: %s" % e); sys.exit(0)
c = [c for c in cos if c["def_path"] == "generic_send::{closure#0}"]
print(("PASS" if c and len(set(c[0]["size"]["instances"])) == 2 else "FAIL") +
      " project 1: generic async fn has two instance sizes" + ("" if c else ": missing"))
n = sum(1 for c in cos if c["code"]["exact_bytes"] is not None)
print(("PASS" if n >= 3 else "FAIL") + " project 1: %d coroutines with nm code sizes (>= 3)" % n)
PY

# report on the capture's output models it as the capture did: its symbols.txt, type sizes
# and build are read back (code sizes exact where nm sized them)
"$mirscope" report -f json "$T/out1" >"$T/out1.again.json" 2>"$T/out1.again.err"
python3 - "$T/out1/report.json" "$T/out1.again.json" <<'PY' >"$T/py.out"; tally <"$T/py.out"
import json, sys
try:
    a, b = (json.load(open(f)) for f in sys.argv[1:3])
except Exception as e:
    print("FAIL project 1: report OUT: %s" % e); sys.exit(0)
code = lambda r: sorted((c["name"], c["code"]["bytes"], c["code"]["source"], c["size"]["bytes"]) for c in r["coroutines"])
exact = sum(1 for c in b["coroutines"] if c["code"]["source"] == "exact")
print(("PASS" if code(a) == code(b) and exact >= 3 else "FAIL") +
      " project 1: report OUT gives the capture's sizes and code (%d exact from its symbols.txt)" % exact)
PY

# again: cargo would find the crate fresh; capture must rebuild it and dump again
"$mirscope" capture --manifest-path "$P1/Cargo.toml" --out "$T/out1" --release >/dev/null 2>"$T/out1b.stderr"
rc=$?
n=$(ls "$T/out1/dumps/tcap" 2>/dev/null | grep -c 'coroutine_resume')
[ $rc = 0 ] && [ "$n" -ge 5 ] && ok "project 1: second capture dumps again ($n)" ||
  bad "project 1: second capture: exit $rc, $n dumps"

# the build the capture records: the host, the release profile's opt-level 3, 64-bit pointers
host=$(${RUSTC:-rustc} -vV 2>/dev/null | sed -n 's/^host: //p')
grep -qx "target=$host" "$T/out1/build.txt" && grep -qx 'opt_level=3' "$T/out1/build.txt" &&
  grep -qx 'pointer_width=64' "$T/out1/build.txt" &&
  grep -q "\"build\": { \"target\": \"$host\", \"opt_level\": \"3\", \"pointer_width\": 64, \"given\": true, \"overflow_checked\": 0 }" "$T/out1/report.json" &&
  ok "project 1: build.txt and report.json record $host, opt-level 3" ||
  bad "project 1: build: $(cat "$T/out1/build.txt" 2>&1 | head -n 3)"
# link-time optimisation (the release profile's lto, as cargo's environment sets it) is
# recorded and said: the linked binary can merge or drop what the crates' code has
CARGO_PROFILE_RELEASE_LTO=true "$mirscope" capture --manifest-path "$P1/Cargo.toml" --out "$T/out-lto" \
  --release >"$T/lto.stdout" 2>"$T/lto.stderr"
rc=$?
[ $rc = 0 ] && grep -qx 'lto=yes' "$T/out-lto/build.txt" && grep -qx 'lto=no' "$T/out1/build.txt" &&
  grep -qx 'nm_linked=' "$T/out-lto/build.txt" && ! grep -q '^nm_' "$T/out1/build.txt" &&
  grep -q 'warning: built with link-time optimisation' "$T/lto.stderr" &&
  "$mirscope" report "$T/out-lto" 2>/dev/null | tail -n 1 | grep -q 'link-time optimisation' &&
  ok "project 1 with lto: build.txt records it, capture and report say so" ||
  bad "project 1 with lto: exit $rc; $(grep lto= "$T/out-lto/build.txt" "$T/out1/build.txt" 2>&1)"
# the project root is recorded, so explain finds the source lines from any directory
grep -qx "root=$P1" "$T/out1/build.txt" &&
  (cd / && "$mirscope" explain '^leaf' "$T/out1" 2>/dev/null) | grep -q 'tick().await + tick().await' &&
  ok "project 1: build.txt records the project root; explain from / shows the source lines" ||
  bad "project 1: root: $(grep root= "$T/out1/build.txt"); explain: $(cd / && "$mirscope" explain '^leaf' "$T/out1" 2>&1 | grep -m1 -i await)"
# ... and graph's editor links point at the project's files, not at paths relative to it
(cd / && "$mirscope" graph --fn '^leaf' --link-format 'file://{file}#L{line}' "$T/out1" 2>/dev/null) |
  grep -q "file://$P1/src/" &&
  ok "project 1: graph's --link-format links are absolute, from build.txt's root" ||
  bad "project 1: graph links: $(cd / && "$mirscope" graph --fn '^leaf' --link-format 'file://{file}#L{line}' "$T/out1" 2>&1 | grep -o 'file://[^\"]*' | head -n 1)"
grep -q '^mirscope capture: cargo [^ ]* ([^)]*), rustc [^ ]* ([^)]*)$' "$T/out1b.stderr" &&
  ok "project 1: says which cargo and rustc" || bad "project 1: no cargo/rustc line: $(head -n 2 "$T/out1b.stderr")"

# a failed capture after a good one leaves it whole (report.json, report.md, svg/), and its
# attempt (with the log) in OUT.attempt; the next good one replaces both
P1B=$T/one-broken
cp -r "$P1" "$P1B"
printf 'pub fn broken() -> u32 { not_defined_anywhere }\n' >>"$P1B/src/lib.rs"
sums() { for f in report.json report.md build.txt cargo.log; do cksum <"$T/out1/$f"; done; ls "$T/out1/svg" "$T/out1/dumps/tcap"; }
sums >"$T/good.sums" 2>&1
"$mirscope" capture --manifest-path "$P1B/Cargo.toml" --out "$T/out1" --release >/dev/null 2>"$T/out1c.stderr"
rc=$?
sums >"$T/after.sums" 2>&1
[ $rc = 1 ] && cmp -s "$T/good.sums" "$T/after.sums" && grep -q not_defined_anywhere "$T/out1.attempt/cargo.log" &&
  grep -q "full log: $T/out1.attempt/cargo.log" "$T/out1c.stderr" &&
  ok "project 1: a failed capture leaves the good one whole, its attempt in OUT.attempt" ||
  bad "project 1: failed capture: exit $rc; $(diff "$T/good.sums" "$T/after.sums" | head -n 4)"
"$mirscope" capture --manifest-path "$P1/Cargo.toml" --out "$T/out1" --release >/dev/null 2>&1
[ $? = 0 ] && [ ! -e "$T/out1.attempt" ] && [ -s "$T/out1/report.md" ] && [ -d "$T/out1/svg" ] &&
  ok "project 1: the next good capture replaces it and removes the attempt" ||
  bad "project 1: capture after the failed one: $(ls "$T")"
# report.md quotes the capture command as typed (it said `mirscope capture` alone), its local
# directories out: OUT for --out, DIR/NAME for another absolute path (a trial's held `-o
# /tmp/trialQ/cap-rel`); no $T anywhere in it
grep -qF "mirscope capture --manifest-path DIR/Cargo.toml --out OUT --release" "$T/out1/report.md" &&
  ! grep -qF "$T" "$T/out1/report.md" &&
  ok "project 1: report.md has the capture command as typed, no local directory" ||
  bad "project 1: report.md's command: $(grep -n "mirscope capture\|$T" "$T/out1/report.md" | head -n 2)"
# report.md, to paste into an issue: the build line report -f md writes, dump paths relative
# to the capture's directory (a trial found neither the target nor the opt-level, and local
# paths in every section and tooltip)
grep -qF '_Build: `x86_64-unknown-linux-gnu`, opt-level `3`, 64-bit pointers (recorded by the capture in build.txt)._' "$T/out1/report.md" &&
  grep -q '^- dump: `dumps/tcap/' "$T/out1/report.md" && ! grep -q "$T/out1/dumps" "$T/out1/report.md" &&
  ok "project 1: report.md has the build line and relative dump paths" ||
  bad "project 1: report.md: $(grep -n '_Build\|dump: ' "$T/out1/report.md" | head -n 2)"

# the same project captured into two directories (a CI runner's per-job paths) gives the
# same report.json, report.md and svg/ (names and contents): dump files relative to OUT, SVG
# stems hashed on them (a trial found every `file` absolute and svg/ names that changed with
# OUT's path)
mkdir -p "$T/x/a" "$T/y"
"$mirscope" capture --manifest-path "$P1/Cargo.toml" --out "$T/x/a/out" --release >/dev/null 2>&1 &&
  "$mirscope" capture --manifest-path "$P1/Cargo.toml" --out "$T/y/out" --release >/dev/null 2>&1
rc=$?
same=yes
for f in report.json report.md; do cmp -s "$T/x/a/out/$f" "$T/y/out/$f" || same="no ($f: $(diff "$T/x/a/out/$f" "$T/y/out/$f" | head -n 2))"; done
[ "$(ls "$T/x/a/out/svg")" = "$(ls "$T/y/out/svg")" ] || same="no (svg/: $(diff -r "$T/x/a/out/svg" "$T/y/out/svg" 2>&1 | head -n 2))"
diff -r "$T/x/a/out/svg" "$T/y/out/svg" >/dev/null 2>&1 || same="no (svg/ contents differ)"
[ $rc = 0 ] && [ "$same" = yes ] && [ -n "$(ls "$T/y/out/svg")" ] &&
  grep -q '"file": "dumps/tcap/' "$T/y/out/report.json" &&
  ! grep -qF "$T" "$T/y/out/report.json" "$T/y/out/report.md" "$T/y/out/svg"/* &&
  ok "project 1: captured into two directories, the same report.json, report.md and svg/" ||
  bad "project 1: captures into two directories: exit $rc, same: $same"
# report on a capture keeps the dump paths as given
"$mirscope" report -f json "$T/y/out" 2>/dev/null | grep -qF "\"file\": \"$T/y/out/dumps/tcap/" &&
  ok "project 1: report -f json DIR keeps the dump paths as given" ||
  bad "project 1: report -f json DIR: $("$mirscope" report -f json "$T/y/out" 2>&1 | grep -m1 '"file"')"

# ------------------------------------------------------------------ project 2: workspace + Debian dep
if ls -d "$REGISTRY"/futures-core-0* >/dev/null 2>&1; then
  P2=$T/ws
  mkdir -p "$P2/.cargo" "$P2/app/src" "$P2/util/src" "$P2/macros/src"
  cat >"$P2/Cargo.toml" <<'EOF'
[workspace]
members = ["app", "util", "macros"]
resolver = "2"
EOF
  cat >"$P2/.cargo/config.toml" <<EOF
[source.crates-io]
replace-with = "debian"

[source.debian]
directory = "$REGISTRY"
EOF
  cat >"$P2/util/Cargo.toml" <<'EOF'
[package]
name = "ws-util"
version = "0.1.0"
edition = "2021"

[dependencies]
futures-core = "0.3"
EOF
  cat >"$P2/util/src/lib.rs" <<'EOF'
use futures_core::future::BoxFuture;
use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll};

pub struct Once(bool);
impl Future for Once {
    type Output = u16;
    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<u16> {
        if self.0 { return Poll::Ready(3); }
        self.0 = true;
        cx.waker().wake_by_ref();
        Poll::Pending
    }
}

pub async fn fetch(id: u16) -> u16 { Once(false).await + id }

#[inline(never)]
pub fn boxed(id: u16) -> BoxFuture<'static, u16> { Box::pin(fetch(id)) }
EOF
  cat >"$P2/macros/Cargo.toml" <<'EOF'
[package]
name = "ws-macros"
version = "0.1.0"
edition = "2021"

[lib]
proc-macro = true
EOF
  cat >"$P2/macros/src/lib.rs" <<'EOF'
use proc_macro::TokenStream;
#[proc_macro]
pub fn seven(_: TokenStream) -> TokenStream { "7u16".parse().unwrap() }
EOF
  cat >"$P2/app/Cargo.toml" <<'EOF'
[package]
name = "ws-app"
version = "0.1.0"
edition = "2021"

[dependencies]
ws-util = { path = "../util" }
ws-macros = { path = "../macros" }
EOF
  cat >"$P2/app/src/lib.rs" <<'EOF'
use std::future::Future;
use std::pin::Pin;

pub async fn both() -> u16 {
    let a = ws_util::fetch(ws_macros::seven!()).await;
    let b = ws_util::boxed(2).await;
    a + b
}

#[inline(never)]
pub fn start() -> Pin<Box<dyn Future<Output = u16>>> { Box::pin(both()) }
EOF
  # default output directory: <workspace>/target/mirscope
  (cd "$P2/app" && "$mirscope" capture >"$T/out2.stdout" 2>"$T/out2.stderr")
  rc=$?
  [ $rc = 0 ] && ok "workspace: capture exit 0 (default --out)" || bad "workspace: exit $rc: $(tail -5 "$T/out2.stderr")"
  check_report "$P2/target/mirscope" "ws_app ws_util" "both::{closure#0}" "fetch::{closure#0}" >"$T/py.out"; tally <"$T/py.out"
  # a dev build (no --release): opt-level 0, priced by the opt-level-0 row, its own
  python3 - "$P2/target/mirscope/report.json" >"$T/py.out" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))
b, m = r["build"], r["code_model"]
ok = b["opt_level"] == "0" and m["opt_level"] == "0" and m["calibrated"] is True
print(("PASS " if ok else "FAIL ") + "workspace: a dev build is priced by the opt-level-0 row"
      + ("" if ok else ": build %s, code_model %s" % (b, m)))
PY
  tally <"$T/py.out"
  grep -q 'Compiling futures-core' "$P2/target/mirscope/cargo.log" &&
    ok "workspace: the Debian dependency was built (directory source)" ||
    bad "workspace: futures-core not built: $(tail -3 "$P2/target/mirscope/cargo.log")"
  [ -z "$(ls "$P2/target" | grep -v '^mirscope$')" ] &&
    ok "workspace: cargo used its own target dir under target/mirscope" ||
    bad "workspace: other files in target/: $(ls "$P2/target")"
  # only the named crate
  "$mirscope" capture --manifest-path "$P2/Cargo.toml" --out "$T/out3" --crate ws-util \
    >/dev/null 2>"$T/out3.stderr"
  rc=$?
  [ $rc = 0 ] && ok "workspace --crate ws-util: exit 0" || bad "workspace --crate: exit $rc: $(tail -5 "$T/out3.stderr")"
  check_report "$T/out3" "ws_util" "fetch::{closure#0}" >"$T/py.out"; tally <"$T/py.out"
  # a dependency named with --crate is dumped (it has no coroutines: an empty report is fine)
  "$mirscope" capture --manifest-path "$P2/Cargo.toml" --out "$T/out4" --crate futures_core \
    >/dev/null 2>"$T/out4.stderr"
  rc=$?
  [ $rc = 0 ] && [ -d "$T/out4/dumps/futures_core" ] && [ ! -d "$T/out4/dumps/ws_app" ] &&
    ok "workspace --crate futures_core: only the dependency dumped" ||
    bad "workspace --crate futures_core: exit $rc, dumped: $(ls "$T/out4/dumps" 2>&1)"
  "$mirscope" capture --manifest-path "$P2/Cargo.toml" --out "$T/out5" --crate no_such_crate \
    >/dev/null 2>"$T/out5.stderr"
  rc=$?
  [ $rc != 0 ] && grep -q no_such_crate "$T/out5.stderr" &&
    ok "workspace --crate no_such_crate: error" || bad "--crate no_such_crate: exit $rc"
else
  skipped "workspace: $REGISTRY/futures-core-* missing (scripts/setup --all installs librust-futures-core-dev)"
fi

# ------------------------------------------------------------------ a library polled by a binary
# A library's async fns are compiled in the crate that polls them: `--crate polled` alone
# has no nm size for them, and the ranking says so and what to dump too (a firmware trial's
# `--crate drivers`: '0 with nm code sizes', no word why).  Under LTO the binary's nm sizes
# are after it: build.txt names the linked unit, capture and report say so.
P10=$T/polled
mkdir -p "$P10/polled/src" "$P10/runner/src"
printf '[workspace]\nmembers = ["polled", "runner"]\nresolver = "2"\n' >"$P10/Cargo.toml"
printf '[package]\nname = "polled"\nversion = "0.1.0"\nedition = "2021"\n' >"$P10/polled/Cargo.toml"
printf '[package]\nname = "runner"\nversion = "0.1.0"\nedition = "2021"\n[dependencies]\npolled = { path = "../polled" }\n' \
  >"$P10/runner/Cargo.toml"
cat >"$P10/polled/src/lib.rs" <<'EOF'
use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll};

pub struct Once(bool);
impl Future for Once {
    type Output = u32;
    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<u32> {
        if self.0 { return Poll::Ready(3); }
        self.0 = true;
        cx.waker().wake_by_ref();
        Poll::Pending
    }
}

pub async fn tick() -> u32 { Once(false).await }

pub async fn twice(x: u32) -> u32 { tick().await + tick().await + x }
EOF
cat >"$P10/runner/src/main.rs" <<'EOF'
use std::future::Future;
use std::pin::pin;
use std::task::{Context, Poll, Waker};

fn block_on<F: Future>(f: F) -> F::Output {
    let mut f = pin!(f);
    let mut cx = Context::from_waker(Waker::noop());
    loop {
        if let Poll::Ready(v) = f.as_mut().poll(&mut cx) { return v; }
    }
}

async fn run(n: u32) -> u32 { polled::twice(n).await + 1 }

fn main() { std::process::exit(block_on(run(std::env::args().count() as u32)) as i32); }
EOF
"$mirscope" capture --manifest-path "$P10/Cargo.toml" --out "$T/out10" --crate polled --release \
  >"$T/out10.stdout" 2>"$T/out10.stderr"
rc=$?
[ $rc = 0 ] &&
  grep -q '^  polled: no nm code size for its 2 coroutines: a library.s resume functions are compiled in the crate that polls them' "$T/out10.stdout" &&
  grep -q 'dump that crate too (leave out --crate, or add --crate runner)$' "$T/out10.stdout" &&
  ok "library polled by a binary: --crate polled says why nm sizes none, and to add --crate runner" ||
  bad "library polled by a binary: exit $rc: $(head -n 3 "$T/out10.stdout"; tail -n 3 "$T/out10.stderr")"
"$mirscope" capture --manifest-path "$P10/Cargo.toml" --out "$T/out11" --release \
  >"$T/out11.stdout" 2>"$T/out11.stderr"
rc=$?
[ $rc = 0 ] && ! grep -q 'no nm code size for its' "$T/out11.stdout" && ! grep -q '^nm_' "$T/out11/build.txt" &&
  ok "library polled by a binary: dumped with it, no such note" ||
  bad "library polled by a binary, both dumped: exit $rc: $(head -n 3 "$T/out11.stdout")"
CARGO_PROFILE_RELEASE_LTO=true CARGO_PROFILE_RELEASE_OPT_LEVEL=z "$mirscope" capture \
  --manifest-path "$P10/Cargo.toml" --out "$T/out12" --release >"$T/out12.stdout" 2>"$T/out12.stderr"
rc=$?
[ $rc = 0 ] && grep -qx 'nm_linked=runner-bin' "$T/out12/build.txt" && grep -qx 'nm_objects=' "$T/out12/build.txt" &&
  ! grep -q 'LTO bitcode' "$T/out12.stdout" &&
  { grep -q 'exact code figures are nm.s of the linked binary (runner-bin), after it' "$T/out12.stderr" ||
    grep -q 'no code figure is exact' "$T/out12.stderr"; } &&
  "$mirscope" report "$T/out12" 2>/dev/null | grep -q 'poison arms and duplicate suspend points are upper bounds' &&
  ! "$mirscope" report "$T/out12" 2>/dev/null | grep -q 'upper bounds for the binary\|a lower bound: the dispatch' &&
  ok "library polled by a binary, LTO: build.txt names the linked unit; capture and report say its nm sizes are after LTO" ||
  bad "library polled by a binary, LTO: exit $rc: $(grep '^nm_' "$T/out12/build.txt"; tail -n 2 "$T/out12.stderr")"
CARGO_PROFILE_RELEASE_LTO=true "$mirscope" capture --manifest-path "$P10/Cargo.toml" --out "$T/out13" \
  --crate polled --release >"$T/out13.stdout" 2>"$T/out13.stderr"
rc=$?
[ $rc = 0 ] &&
  grep -q 'under LTO only the linked binary holds machine code; dump that crate too (leave out --crate, or add --crate runner)' "$T/out13.stdout" &&
  ok "library polled by a binary, LTO, --crate polled: says to dump the binary too" ||
  bad "library polled by a binary, LTO, --crate polled: exit $rc: $(head -n 3 "$T/out13.stdout")"

# ------------------------------------------------------------------ a build failure
P6=$T/broken
mkdir -p "$P6/src"
printf '[package]\nname = "broken"\nversion = "0.1.0"\nedition = "2021"\n[workspace]\n' >"$P6/Cargo.toml"
printf 'pub async fn f() -> u32 { not_defined_anywhere }\n' >"$P6/src/lib.rs"
"$mirscope" capture --manifest-path "$P6/Cargo.toml" --out "$T/out6" >/dev/null 2>"$T/out6.stderr"
rc=$?
[ $rc = 1 ] && grep -q not_defined_anywhere "$T/out6.stderr" && grep -q cargo.log "$T/out6.stderr" &&
  ok "build failure: exit 1, the log's tail on stderr" ||
  bad "build failure: exit $rc: $(cat "$T/out6.stderr" | tail -5)"

# ------------------------------------------------------------------ the model's warnings
# impls made by one macro print one def path for several bodies: the library warns, and
# capture passes its warnings on to stderr as report does
P8=$T/macro
mkdir -p "$P8/src"
printf '[package]\nname = "tmacro"\nversion = "0.1.0"\nedition = "2021"\n[workspace]\n' >"$P8/Cargo.toml"
cat >"$P8/src/lib.rs" <<'EOF'
pub struct A;
pub struct B;
async fn step() {}
macro_rules! imp { ($($t:ty),*) => { $(impl $t { pub async fn get(&self) -> u32 { step().await; 1 } })* } }
imp!(A, B);
EOF
printf 'fn main() {}\n' >"$P8/src/main.rs" # a dumped unit without a coroutine
"$mirscope" capture --manifest-path "$P8/Cargo.toml" --out "$T/out8" >"$T/out8.stdout" 2>"$T/out8.stderr"
rc=$?
[ $rc = 0 ] && grep -q "warning: .*def path.*printed for several bodies" "$T/out8.stderr" &&
  ok "model warnings: capture prints the library's (shared def paths)" ||
  bad "model warnings: exit $rc: $(tail -5 "$T/out8.stderr")"
grep -q "^3 coroutines in 1 crate of 2 dumped (" "$T/out8.stdout" &&
  ok "summary: crates with coroutines of those dumped" || bad "summary: $(head -1 "$T/out8.stdout")"

# ------------------------------------------------------------------ nightly (when installed)
if command -v rustup >/dev/null 2>&1 && rustup which rustc --toolchain nightly >/dev/null 2>&1; then
  RUSTC=$(rustup which rustc --toolchain nightly) CARGO=$(rustup which cargo --toolchain nightly) \
    "$mirscope" capture --manifest-path "$P1/Cargo.toml" --out "$T/out7" --release \
    >/dev/null 2>"$T/out7.stderr"
  rc=$?
  [ $rc = 0 ] && grep -q '^bootstrap=0$' "$T/out7/capture.conf" && grep -q nightly "$T/out7/rustc-vV.txt" &&
    ok "nightly: capture without RUSTC_BOOTSTRAP" || bad "nightly: exit $rc: $(tail -5 "$T/out7.stderr")"
  if [ $rc = 0 ]; then
    check_report "$T/out7" "tcap" "big::{closure#0}" "generic_send::{closure#0}" >"$T/py.out"
    tally <"$T/py.out"
  fi
else
  skipped "nightly: no nightly toolchain (rustup toolchain install nightly)"
fi

# a relative --manifest-path (cargo runs in another directory)
(cd "$(dirname "$P1")" && "$mirscope" capture --manifest-path "$(basename "$P1")/Cargo.toml" \
  --out "$T/out8" --release >/dev/null 2>"$T/out8.stderr")
rc=$?
[ $rc = 0 ] && [ -s "$T/out8/report.json" ] && ok "relative --manifest-path" ||
  bad "relative --manifest-path: exit $rc: $(tail -5 "$T/out8.stderr")"

# ------------------------------------------------------------------ the library alone (API)
# ms_capture without callbacks writes nothing to stderr, with progress on and also when it has
# much to say (a failed build; dumps spoiled by a rustc that appends garbage to them, adds a
# directory loop and hides the artefact from nm); with callbacks, its messages are the lines
# the CLI prints.
if [ -n "$quiet" ] && [ -f "$quiet" ]; then
  "$quiet" "$P6/Cargo.toml" "$T/out6" >"$T/q1.stdout" 2>"$T/q1.stderr"
  [ ! -s "$T/q1.stderr" ] && grep -q '^rc=1 error=cargo build failed' "$T/q1.stdout" &&
    ok "API, failed build, no callbacks: result 1, nothing on stderr" ||
    bad "API, failed build, no callbacks: $(tail -n 3 "$T/q1.stderr" "$T/q1.stdout")"
  "$quiet" --messages "$P6/Cargo.toml" "$T/out6" >"$T/q2.stdout" 2>"$T/q2.stderr"
  [ ! -s "$T/q2.stderr" ] && grep -q '^message: ---- last lines of .*/cargo.log ----$' "$T/q2.stdout" &&
    grep -q '^message: .*not_defined_anywhere' "$T/q2.stdout" &&
    grep -q '^progress: 1 Compiling broken ' "$T/q2.stdout" && grep -q '^progress: 1 -$' "$T/q2.stdout" &&
    ok "API, failed build, callbacks: the log's tail and the progress through them" ||
    bad "API, failed build, callbacks: $(tail -n 5 "$T/q2.stderr" "$T/q2.stdout")"

  cat >"$T/spoil-rustc" <<'EOF'
#!/bin/sh
"$REAL_RUSTC" "$@" || exit $?
for a in "$@"; do
  case "$a" in -Zdump-mir-dir=*)
    d=${a#-Zdump-mir-dir=}
    for f in "$d"/*.mir; do [ -f "$f" ] && printf 'fn spoiled( {{{\n' >>"$f"; done
    ln -sfn . "$d/loop"
    sed -i 's|^artefact=.*|artefact=/nonexistent|' "$d/unit.txt" ;;
  esac
done
EOF
  chmod +x "$T/spoil-rustc"
  spoiled() { REAL_RUSTC=$(command -v "${RUSTC:-rustc}") RUSTC=$T/spoil-rustc "$@"; }
  spoiled "$mirscope" capture --manifest-path "$P1/Cargo.toml" --out "$T/out9" \
    >"$T/q3.stdout" 2>"$T/q3.stderr"
  rc=$?
  [ $rc = 1 ] && grep -q 'error: unexpected end of input' "$T/q3.stderr" &&
    grep -q 'error: directory loop' "$T/q3.stderr" && grep -q 'no artefact found for nm' "$T/q3.stderr" &&
    ok "spoiled dumps: exit 1, the errors and the warning on stderr" ||
    bad "spoiled dumps: exit $rc: $(tail -n 5 "$T/q3.stderr")"
  spoiled "$quiet" "$P1/Cargo.toml" "$T/out9" >"$T/q4.stdout" 2>"$T/q4.stderr"
  [ ! -s "$T/q4.stderr" ] && grep -q '^rc=1 error=[0-9]* dump errors' "$T/q4.stdout" &&
    ok "API, spoiled dumps, no callbacks: result 1, nothing on stderr" ||
    bad "API, spoiled dumps, no callbacks: $(tail -n 3 "$T/q4.stderr" "$T/q4.stdout")"
  spoiled "$quiet" --messages "$P1/Cargo.toml" "$T/out9" >"$T/q5.stdout" 2>"$T/q5.stderr"
  sed -n 's/^message: //p' "$T/q5.stdout" | grep -v '^mirscope capture: cargo build --offline (log: ' \
    >"$T/q5.messages"
  sed '$d' "$T/q3.stderr" >"$T/q3.messages" # all but the CLI's own error line
  [ ! -s "$T/q5.stderr" ] && [ -s "$T/q5.messages" ] && cmp -s "$T/q3.messages" "$T/q5.messages" &&
    grep -q '^message: mirscope capture: cargo build --offline (log: ' "$T/q5.stdout" &&
    ok "API, spoiled dumps, callbacks: the messages are the lines the CLI prints" ||
    bad "API, spoiled dumps, callbacks: $(diff "$T/q3.messages" "$T/q5.messages" | head -n 5; tail -n 3 "$T/q5.stderr")"
  "$quiet" "$P1/Cargo.toml" "$T/out9" >"$T/q6.stdout" 2>"$T/q6.stderr"
  [ ! -s "$T/q6.stderr" ] && grep -q '^rc=0 error=$' "$T/q6.stdout" && grep -q 'report.json' "$T/q6.stdout" &&
    ok "API, good capture, no callbacks: result 0, the ranking, nothing on stderr" ||
    bad "API, good capture, no callbacks: $(tail -n 3 "$T/q6.stderr" "$T/q6.stdout")"
else
  skipped "API: no capture_quiet binary given (meson test passes tests/capture_quiet)"
fi

finish

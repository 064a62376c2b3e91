#!/bin/sh
# End to end (issue 4): open mirscope's SVGs in a real browser engine, as editors' web views
# do, and check what it paints is a diagram and not a blank page.
#   - needs Debian's `chromium` (scripts/setup --all); without it the test is skipped (77);
#   - renders corpus/stable/collapse's `d` (two redundant poison states, duplicate suspend
#     points) in the states view and the cfg view as SVG;
#   - opens each in headless Chromium (a fresh --user-data-dir per run, no network:
#     background networking, component updates and sync off) with --screenshot;
#   - decodes the PNG with python3's zlib (no PIL) and asserts enough non-white pixels,
#     several distinct colours, and the muted red of redundant states (states view) or the
#     dark blue of block names (cfg view).
#
#   svg_browser.sh MIRSCOPE SRCDIR
#
# Last line: `N passed, M failed`.
set -u
mirscope=$1
src=$2
case "$mirscope" in /*) ;; *) mirscope="$(pwd)/$mirscope" ;; esac
T=$(mktemp -d "${TMPDIR:-/tmp}/mirscope-browser.XXXXXX")
trap 'rm -rf "$T"' EXIT
. "$(dirname "$0")/tally.sh"

chromium=$(command -v chromium || true)
if [ -z "$chromium" ]; then # nothing is installed here: scripts/setup --all does it
  echo "chromium not found (scripts/setup --all installs it): skipped"
  exit 77
fi
ok "chromium: $("$chromium" --version 2>/dev/null | head -n 1)"

# PNG -> numbers, with zlib only: colour types 0, 2, 4, 6 at 8 bits, filters 0-4.
cat >"$T/png.py" <<'PY'
import struct, sys, zlib

def decode(path):
    data = open(path, "rb").read()
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        raise ValueError("not a PNG")
    pos, idat, hdr = 8, [], None
    while pos < len(data):
        n, kind = struct.unpack(">I4s", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + n]
        if kind == b"IHDR":
            hdr = struct.unpack(">IIBBBBB", body)
        elif kind == b"IDAT":
            idat.append(body)
        elif kind == b"IEND":
            break
        pos += 12 + n
    w, h, depth, ctype, _, _, interlace = hdr
    if depth != 8 or interlace or ctype not in (0, 2, 4, 6):
        raise ValueError("unsupported PNG: depth %d, colour type %d, interlace %d"
                         % (depth, ctype, interlace))
    bpp = {0: 1, 2: 3, 4: 2, 6: 4}[ctype]
    raw = zlib.decompress(b"".join(idat))
    stride = w * bpp
    prev = bytearray(stride)
    rows = []
    for y in range(h):
        f = raw[y * (stride + 1)]
        line = bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
        if f == 1:
            for i in range(bpp, stride):
                line[i] = (line[i] + line[i - bpp]) & 255
        elif f == 2:
            for i in range(stride):
                line[i] = (line[i] + prev[i]) & 255
        elif f == 3:
            for i in range(stride):
                left = line[i - bpp] if i >= bpp else 0
                line[i] = (line[i] + ((left + prev[i]) >> 1)) & 255
        elif f == 4:
            for i in range(stride):
                a = line[i - bpp] if i >= bpp else 0
                b = prev[i]
                c = prev[i - bpp] if i >= bpp else 0
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                pred = a if pa <= pb and pa <= pc else (b if pb <= pc else c)
                line[i] = (line[i] + pred) & 255
        elif f != 0:
            raise ValueError("bad filter type %d in row %d" % (f, y))
        rows.append(line)
        prev = line
    return w, h, ctype, bpp, rows

path, min_ink, min_colours, want = sys.argv[1], float(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
w, h, ctype, bpp, rows = decode(path)
ink = red = blue = 0
colours = set()
for line in rows:
    for i in range(0, len(line), bpp):
        if ctype in (2, 6):
            r, g, b = line[i], line[i + 1], line[i + 2]
        else:
            r = g = b = line[i]
        colours.add((r, g, b))
        if r < 235 or g < 235 or b < 235:
            ink += 1
        if r > 120 and r - g > 40 and r - b > 40:
            red += 1
        if b > 80 and b - r > 40:
            blue += 1
share = 100.0 * ink / (w * h)
print("%dx%d, %.1f %% non-white pixels, %d colours, %d red and %d blue pixels"
      % (w, h, share, len(colours), red, blue))
problems = []
if share < min_ink:
    problems.append("fewer than %.1f %% non-white pixels" % min_ink)
if len(colours) < min_colours:
    problems.append("fewer than %d distinct colours" % min_colours)
if want == "red" and red < 50:
    problems.append("no red (redundant states) to be seen")
if want == "blue" and blue < 50:
    problems.append("no blue (block names) to be seen")
if problems:
    print("blank or wrong: " + "; ".join(problems))
    sys.exit(1)
PY

corpus=$src/corpus/stable/collapse
for view in states cfg; do
  svg=$T/collapse-d.$view.svg
  if ! "$mirscope" graph --view "$view" -f svg --fn '^d::' -o "$svg" "$corpus" 2>"$T/err"; then
    bad "graph --view $view: $(cat "$T/err")"; continue
  fi
  profile=$(mktemp -d "$T/profile.XXXXXX")
  png=$T/collapse-d.$view.png
  s=$(date +%s)
  timeout 120 "$chromium" --headless --no-sandbox --disable-gpu --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync \
    --user-data-dir="$profile" --screenshot="$png" --window-size=1200,900 \
    "file://$svg" >"$T/chromium.log" 2>&1
  rc=$?
  took=$(($(date +%s) - s))
  if [ ! -s "$png" ]; then
    bad "$view: chromium wrote no screenshot (exit $rc, ${took} s)"; tail -n 10 "$T/chromium.log"
    continue
  fi
  # what must show in the 1200x900 window: states, the muted red of the redundant
  # (poison) states; cfg (much larger than the window: the poison clusters are off to the
  # right), the dark blue of block names
  if [ "$view" = states ]; then want=red; else want=blue; fi
  if python3 "$T/png.py" "$png" 2 8 "$want" >"$T/png.out" 2>&1; then
    ok "$view view in chromium (${took} s): $(cat "$T/png.out")"
  else
    bad "$view view in chromium: $(cat "$T/png.out")"
  fi
done

finish

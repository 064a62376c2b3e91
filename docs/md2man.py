#!/usr/bin/env python3
"""Turn docs/mirscope.1.md into the roff man page docs/mirscope.1.

    docs/md2man.py docs/mirscope.1.md > docs/mirscope.1
    docs/md2man.py --check docs/mirscope.1.md docs/mirscope.1   # is it up to date?

Only the Markdown that mirscope.1.md uses is understood: `# title(1)`, `## SECTION`,
`### Subsection`, paragraphs, code blocks indented by four spaces, definition lists (a
term line, then `:   text` with continuation lines indented by four spaces), `code` and
**bold**.  Anything else is a paragraph.  The output is plain man(7) and depends only on
the input (no date, no version), so the committed page can be checked against a fresh
one (tests/meson.build: 'man page').
"""
import re
import sys

# Characters outside ASCII that the page uses, as groff escapes (man-db would run preconv;
# groff alone would not).
SPECIAL = {"—": r"\(em", "×": r"\(mu", "≥": r"\(>=", "≈": r"\(~~", "→": r"\(->"}


def escape(text):
    """Plain text as roff: backslashes, minus signs, special characters."""
    text = text.replace("\\", r"\e").replace("-", r"\-")
    for ch, esc in SPECIAL.items():
        text = text.replace(ch, esc)
    if any(ord(c) > 127 for c in text):
        sys.exit("md2man: no roff escape for a character in: " + text)
    return text


def inline(text):
    """`code` and **bold** in bold, the rest escaped."""
    out = []
    for part in re.split(r"(`[^`]*`|\*\*[^*]*\*\*)", text):
        if part.startswith("`") and part.endswith("`") and len(part) > 1:
            out.append(r"\fB" + escape(part[1:-1]) + r"\fR")
        elif part.startswith("**") and part.endswith("**") and len(part) > 3:
            out.append(r"\fB" + escape(part[2:-2]) + r"\fR")
        else:
            out.append(escape(part))
    return "".join(out)


def line(text):
    """One output line: a leading . or ' would be read as a request."""
    return r"\&" + text if text[:1] in (".", "'") else text


def blocks(lines):
    """Runs of lines between blank lines (a code block keeps its inner blank lines)."""
    block = []
    for i, l in enumerate(lines):
        if l.strip():
            block.append(l)
            continue
        nxt = next((m for m in lines[i + 1:] if m.strip()), "")
        if block and all(b.startswith("    ") for b in block) and nxt.startswith("    "):
            block.append("")  # a blank line inside a code block
        elif block:
            yield block
            block = []
    if block:
        yield block


def paragraph(out):
    """A new paragraph, unless a heading has just begun one."""
    if not out or not out[-1].startswith((".SH", ".SS")):
        out.append(".PP")


def convert(md):
    out = []
    section = None
    for block in blocks(md.splitlines()):
        first = block[0]
        if first.startswith("# "):
            m = re.match(r"# (\S+)\((\d)\)", first)
            name, num = m.group(1), m.group(2)
            out.append('.TH %s %s "" "%s" "User Commands"' % (name.upper(), num, name))
            out += [".nh", ".ad l"]  # no hyphenation, ragged right: option names stay whole
        elif first.startswith("## "):
            section = first[3:].strip()
            out.append(".SH " + escape(section.upper()))
        elif first.startswith("### "):
            out.append(".SS " + escape(first[4:].strip()))
        elif all(l.startswith("    ") or not l for l in block):
            paragraph(out)
            out += [".RS 4", ".nf"]
            out += [line(escape(l[4:])) for l in block]
            out += [".fi", ".RE"]
        elif section == "NAME":
            name, _, what = " ".join(block).partition(" — ")
            out.append(line(escape(name) + r" \- " + inline(what)))
        elif len(block) > 1 and block[1].startswith(":   "):
            for l in block:
                if l.startswith(":   "):
                    out.append(line(inline(l[4:])))
                elif l.startswith("    "):
                    out.append(line(inline(l[4:])))
                else:
                    out += [".TP", line(inline(l))]
        else:
            paragraph(out)
            out += [line(inline(l)) for l in block]
    return "\n".join(out) + "\n"


def main():
    args = sys.argv[1:]
    if len(args) not in (1, 3) or (len(args) == 3) != (args[0] == "--check"):
        sys.exit("usage: md2man.py FILE.md > FILE.1 | md2man.py --check FILE.md FILE.1")
    with open(args[-2] if len(args) == 3 else args[0], encoding="utf-8") as f:
        page = convert(f.read())
    if len(args) == 1:
        sys.stdout.write(page)
        return
    with open(args[2], encoding="utf-8") as f:
        if f.read() != page:
            sys.exit("%s is not md2man.py's output for %s: regenerate it with\n"
                     "  docs/md2man.py %s > %s" % (args[2], args[1], args[1], args[2]))
    print("1 passed, 0 failed")


if __name__ == "__main__":
    main()

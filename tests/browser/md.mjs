// Markdown on standard input to HTML on standard output, by marked (GitHub-flavoured, as
// issue trackers render it).  Usage: node md.mjs PATH/TO/marked.esm.js
const { marked } = await import(process.argv[2]);
let s = "";
process.stdin.on("data", (d) => (s += d)).on("end", () => process.stdout.write(marked.parse(s)));

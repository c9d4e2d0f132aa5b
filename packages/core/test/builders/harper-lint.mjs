// Lints texts with Harper (harper.js, WebAssembly), spelling rules off: names and product words
// are not in its dictionary. Reads a JSON array of texts on stdin, writes one array of lints per
// text on stdout, with spans as JavaScript string offsets. Run as a child process so Jest need
// not load an ES module with WebAssembly.
import { LocalLinter } from 'harper.js';
import { binary } from 'harper.js/binary';

const texts = JSON.parse(
  await new Promise((resolve) => {
    let data = '';
    process.stdin.on('data', (c) => (data += c));
    process.stdin.on('end', () => resolve(data));
  }),
);
const linter = new LocalLinter({ binary });
const config = await linter.getLintConfig();
for (const key of Object.keys(config)) if (/spell/i.test(key)) config[key] = false;
await linter.setLintConfig(config);

/** Harper counts Unicode scalar values; JavaScript strings count UTF-16 units. */
function toUtf16(text) {
  const offsets = [0];
  let at = 0;
  for (const ch of text) {
    at += ch.length;
    offsets.push(at);
  }
  return (i) => offsets[Math.min(i, offsets.length - 1)];
}

const out = [];
for (const text of texts) {
  const at = toUtf16(text);
  const lints = await linter.lint(text);
  out.push(
    lints.map((l) => {
      const span = l.span();
      return { start: at(span.start), end: at(span.end), kind: l.lint_kind(), message: l.message() };
    }),
  );
}
process.stdout.write(JSON.stringify(out));

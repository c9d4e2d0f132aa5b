/**
 * Turns HTML-escaped plain text (as the HTML templates render it) into simple HTML: blank lines
 * make paragraphs, line breaks become `<br>`, lines starting with "- " become a list. Only
 * `<p>`, `<br>`, `<ul>`, `<li>` and `<a>` are used: mail clients rewrite anything richer.
 */
export function textToHtml(escaped: string): string {
  const out: string[] = [];
  for (const block of escaped.split(/\n{2,}/)) {
    const lines = block.split('\n').filter((l) => l.trim() !== '');
    let paragraph: string[] = [];
    let items: string[] = [];
    const flushParagraph = () => {
      if (paragraph.length > 0) out.push(`<p>${paragraph.join('<br>')}</p>`);
      paragraph = [];
    };
    const flushList = () => {
      if (items.length > 0) out.push(`<ul>${items.map((i) => `<li>${i}</li>`).join('')}</ul>`);
      items = [];
    };
    for (const line of lines) {
      if (line.startsWith('- ')) {
        flushParagraph();
        items.push(line.slice(2));
      } else {
        flushList();
        paragraph.push(line);
      }
    }
    flushParagraph();
    flushList();
  }
  return out.join('\n');
}

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#x27;',
  '`': '&#x60;',
  '=': '&#x3D;',
};
const UNSAFE = /[&<>"'`=]/g;

/** Escapes text for an HTML attribute or element (the same characters Handlebars escapes). */
export function escapeHtml(value: string): string {
  UNSAFE.lastIndex = 0;
  return UNSAFE.test(value) ? value.replace(UNSAFE, (ch) => ESCAPES[ch]!) : value;
}

/** Tidies rendered text: no trailing spaces, at most one blank line in a row, no blank edges. */
export function tidy(text: string): string {
  // Most renderings have no trailing space and no run of blank lines: nothing to split.
  const spaced = TRAILING.test(text);
  const lines = spaced
    ? text
        .split('\n')
        .map((line) => line.trimEnd())
        .join('\n')
    : text;
  return (lines.includes('\n\n\n') ? lines.replace(/\n{3,}/g, '\n\n') : lines).trim();
}

const TRAILING = /[ \t]\n/;

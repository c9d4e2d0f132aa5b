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

/** Escapes text for an HTML attribute or element. */
export function escapeHtml(value: string): string {
  return value
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#x27;')
    .replaceAll('`', '&#x60;')
    .replaceAll('=', '&#x3D;');
}

/** Tidies rendered text: no trailing spaces, at most one blank line in a row, no blank edges. */
export function tidy(text: string): string {
  return text
    .split('\n')
    .map((line) => line.trimEnd())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

import type { Template, TemplateHelpers } from '../templates/compiled.js';
import { escapeHtml, textToHtml, tidy } from './html.js';

/** A link a template wrote (the sender's address or profile): its text and where it points. */
export interface Link {
  value: string;
  scheme: string;
}

/** A rendered draft embedded in another (the intro request's note), as both outputs need it. */
export interface BlurbPart {
  text: string;
  /** Its links, in order, so the enclosing draft's HTML links them too. */
  links: readonly Link[];
}

/** A rendered draft before checks: the text, its links, and the HTML made from them. */
export interface Rendered {
  text: string;
  links: readonly Link[];
  html: string;
}

// The links of the rendering under way, in the order the template writes them.
let written: Link[] = [];

const textHelpers: TemplateHelpers = {
  link: (value, scheme) => {
    const v = String(value);
    written.push({ value: v, scheme: String(scheme) });
    return v;
  },
  blurbPart: (part) => {
    written.push(...(part as BlurbPart).links);
    return (part as BlurbPart).text;
  },
};

/**
 * Renders a template's text and notes the links it writes. Lookups are strict: a slot the view
 * lacks throws, so a builder cannot silently leave a hole. This is what the checks read; the
 * HTML is made from it (`htmlOf`) for the draft a builder returns.
 */
export function renderText(template: Template, view: object): { text: string; links: readonly Link[] } {
  written = [];
  const text = tidy(template(view, textHelpers));
  return { text, links: written };
}

/**
 * The HTML of a rendered text: every character escaped, paragraphs and line breaks made, and the
 * links the template wrote turned into `<a>` elements (the last occurrence of each, in order from
 * the end: links sit in contact lines, after anything the user typed).
 */
export function htmlOf(text: string, links: readonly Link[]): string {
  const escaped = escapeHtml(text);
  let out = '';
  let cursor = escaped.length;
  for (let i = links.length - 1; i >= 0; i--) {
    const { value, scheme } = links[i]!;
    const v = escapeHtml(value);
    const at = v === '' ? -1 : escaped.lastIndexOf(v, cursor - v.length);
    if (at === -1) continue;
    out = `<a href="${escapeHtml(scheme)}${v}">${v}</a>${escaped.slice(at + v.length, cursor)}${out}`;
    cursor = at;
  }
  return textToHtml(escaped.slice(0, cursor) + out);
}

/** Renders a template with a view, as text and as HTML; no user value reaches the HTML unescaped. */
export function render(template: Template, view: object): Rendered {
  const { text, links } = renderText(template, view);
  return { text, links, html: htmlOf(text, links) };
}

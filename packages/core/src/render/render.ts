import { templates, type TemplateHelpers } from '../templates/compiled.js';
import { escapeHtml, textToHtml, tidy } from './html.js';

/** The blurb of an intro request as both outputs need it. */
export interface BlurbPart {
  text: string;
  escaped: string;
}

/** A rendered draft before checks: the text, and the HTML made from the escaped rendering. */
export interface Rendered {
  text: string;
  html: string;
  /** The HTML-escaped text, before paragraphs are made: what an enclosing template embeds. */
  escaped: string;
}

/** Marks a view value that is already HTML (the escaped blurb), so `escapeView` leaves it alone. */
class Escaped {
  constructor(readonly html: string) {}
}

const textHelpers: TemplateHelpers = {
  link: (value) => String(value),
  blurbPart: (part) => (part as BlurbPart).text,
};

const htmlHelpers: TemplateHelpers = {
  // In the HTML rendering, `value` is already escaped (see `escapeView`).
  link: (value, scheme) => `<a href="${escapeHtml(String(scheme))}${String(value)}">${String(value)}</a>`,
  blurbPart: (part) => (part as Escaped).html,
};

/** A copy of the view with every string HTML-escaped; a blurb part becomes its escaped text. */
function escapeView(value: unknown): unknown {
  if (typeof value === 'string') return escapeHtml(value);
  if (Array.isArray(value)) return value.map(escapeView);
  if (typeof value === 'object' && value !== null) {
    if ('escaped' in value && 'text' in value) return new Escaped((value as BlurbPart).escaped);
    const out: Record<string, unknown> = {};
    for (const [key, v] of Object.entries(value)) out[key] = escapeView(v);
    return out;
  }
  return value;
}

/**
 * Renders a template with a view, as text and as HTML. Lookups are strict: a slot the view lacks
 * throws, so a builder cannot silently leave a hole. The HTML rendering escapes every string of
 * the view first, so no user value reaches the HTML unescaped.
 */
export function render(name: string, view: object): Rendered {
  const template = templates[name];
  if (template === undefined) throw new Error(`No template named ${name}`);
  const escaped = tidy(template(escapeView(view) as object, htmlHelpers));
  return { text: tidy(template(view, textHelpers)), html: textToHtml(escaped), escaped };
}

import type FullHandlebars from 'handlebars';
import runtimeModule from 'handlebars/runtime.js';
import { partialNames, templates } from '../templates/compiled.js';
import { escapeHtml, textToHtml, tidy } from './html.js';

// The runtime (no compiler) has the full package's API minus `compile`; its bundled typings are broken.
const Handlebars = runtimeModule as unknown as typeof FullHandlebars;

type Render = (view: object) => string;

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

interface Runtime {
  text: Map<string, Render>;
  html: Map<string, Render>;
}

let runtime: Runtime | undefined;

function setup(): Runtime {
  const make = (html: boolean) => {
    const env = Handlebars.create();
    env.registerHelper('link', (value: unknown, scheme: unknown) =>
      // In the HTML rendering, `value` is already escaped (see `escapeView`).
      html
        ? new env.SafeString(`<a href="${escapeHtml(String(scheme))}${String(value)}">${String(value)}</a>`)
        : String(value),
    );
    env.registerHelper('blurbPart', (part: BlurbPart | Escaped) => (part instanceof Escaped ? part.html : part.text));
    const map = new Map<string, Render>();
    for (const [name, spec] of Object.entries(templates)) {
      const fn = env.template(spec as Parameters<typeof env.template>[0]) as unknown as Render;
      if (partialNames.includes(name)) env.registerPartial(name, fn as never);
      else map.set(name, fn);
    }
    return map;
  };
  return { text: make(false), html: make(true) };
}

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
 * Renders a template with a view, as text and as HTML. Templates run in strict mode: a slot the
 * view lacks throws, so a builder cannot silently leave a hole. The HTML rendering escapes every
 * string of the view first, so no user value reaches the HTML unescaped.
 */
export function render(name: string, view: object): Rendered {
  runtime ??= setup();
  const text = runtime.text.get(name);
  const html = runtime.html.get(name);
  if (text === undefined || html === undefined) throw new Error(`No template named ${name}`);
  const escaped = tidy(html(escapeView(view) as object));
  return { text: tidy(text(view)), html: textToHtml(escaped), escaped };
}

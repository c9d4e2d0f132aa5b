import Handlebars from 'handlebars/runtime';
import { htmlTemplates, partialNames, textTemplates } from '../templates/compiled.js';
import { escapeHtml, textToHtml, tidy } from './html.js';

type Render = (view: object) => string;
type Env = ReturnType<typeof Handlebars.create>;

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

interface Runtime {
  text: Map<string, Render>;
  html: Map<string, Render>;
  textEnv: Env;
  htmlEnv: Env;
}

let runtime: Runtime | undefined;

function setup(): Runtime {
  const textEnv = Handlebars.create();
  const htmlEnv = Handlebars.create();
  textEnv.registerHelper('link', (value: unknown) => String(value));
  textEnv.registerHelper('blurbPart', (part: BlurbPart) => part.text);
  htmlEnv.registerHelper('link', (value: unknown, scheme: unknown) => {
    const v = String(value);
    return new htmlEnv.SafeString(`<a href="${escapeHtml(`${String(scheme)}${v}`)}">${escapeHtml(v)}</a>`);
  });
  htmlEnv.registerHelper('blurbPart', (part: BlurbPart) => new htmlEnv.SafeString(part.escaped));
  const make = (env: Env, specs: Record<string, unknown>) => {
    const map = new Map<string, Render>();
    for (const [name, spec] of Object.entries(specs)) {
      const fn = env.template(spec as Parameters<Env['template']>[0]) as unknown as Render;
      if (partialNames.includes(name)) env.registerPartial(name, fn as never);
      else map.set(name, fn);
    }
    return map;
  };
  return { textEnv, htmlEnv, text: make(textEnv, textTemplates), html: make(htmlEnv, htmlTemplates) };
}

/**
 * Renders a template with a view, as text and as HTML. Templates run in strict mode: a slot the
 * view lacks throws, so a builder cannot silently leave a hole.
 */
export function render(name: string, view: object): Rendered {
  runtime ??= setup();
  const text = runtime.text.get(name);
  const html = runtime.html.get(name);
  if (text === undefined || html === undefined) throw new Error(`No template named ${name}`);
  const escaped = tidy(html(view));
  return { text: tidy(text(view)), html: textToHtml(escaped), escaped };
}

// Precompiles src/templates/*.hbs into src/templates/compiled.ts. The templates are written in
// Handlebars syntax and parsed with Handlebars' own parser here, at build time; the generated
// module is plain string-building JavaScript (no template source, no `eval`, no Handlebars
// runtime), so the core stays CSP-safe and small. Only the constructs the templates use are
// supported, and anything else fails the build:
//   {{path}}  {{#if x}}…{{else if y}}…{{else}}…{{/if}}  {{#unless x}}  {{#each list}}{{this}}{{/each}}
//   {{#is value 2}}…{{else is value 3}}…{{/is}} (the variant the builder chose)  {{> partial}}
//   {{link value "mailto:"}}  {{blurbPart value}} (helpers the renderer passes in)
// Values are not escaped: the HTML rendering escapes every string of the view before rendering.
// Lookups are strict: a slot the view lacks throws, so a builder cannot leave a hole.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Handlebars from 'handlebars';

const here = dirname(fileURLToPath(import.meta.url));
const dir = join(here, '..', 'src', 'templates');
const out = join(dir, 'compiled.ts');

function fail(file, node, message) {
  const at = node.loc ? `:${node.loc.start.line}:${node.loc.start.column + 1}` : '';
  throw new Error(`${file}${at}: ${message}`);
}

/** JavaScript for a path: `c` is the context, `u` the enclosing one, `d` the loop data. */
function path(file, node) {
  if (node.type === 'NumberLiteral' || node.type === 'BooleanLiteral') return JSON.stringify(node.value);
  if (node.type === 'StringLiteral') return JSON.stringify(node.value);
  if (node.type !== 'PathExpression') fail(file, node, `unsupported expression ${node.type}`);
  if (node.data) {
    if (node.parts.length !== 1 || !['first', 'last', 'index'].includes(node.parts[0]))
      fail(file, node, `unsupported @${node.original}`);
    return `d.${node.parts[0]}`;
  }
  if (node.depth > 1) fail(file, node, 'only ../ one level up is supported');
  const from = node.depth === 1 ? 'u' : 'c';
  if (node.parts.length === 0) return from;
  if (node.parts.length > 2) fail(file, node, 'paths of at most two parts are supported');
  return `g(${from},${node.parts.map((p) => JSON.stringify(p)).join(',')})`;
}

function program(file, prog) {
  if (prog === undefined) return '""';
  const parts = prog.body.map((node) => statement(file, node)).filter((p) => p !== '""');
  return parts.length === 0 ? '""' : parts.join('+');
}

function statement(file, node) {
  switch (node.type) {
    case 'ContentStatement':
      return node.value === '' ? '""' : JSON.stringify(node.value);
    case 'CommentStatement':
      return '""';
    case 'MustacheStatement': {
      const name = node.path.original;
      if (name === 'link') {
        if (node.params.length !== 2) fail(file, node, 'link takes a value and a scheme');
        return `h.link(${path(file, node.params[0])},${path(file, node.params[1])})`;
      }
      if (name === 'blurbPart') return `h.blurbPart(${path(file, node.params[0])})`;
      if (node.params.length > 0) fail(file, node, `unknown helper ${name}`);
      const value = path(file, node.path);
      return value.startsWith('g(') ? `S(${value.slice(2)}` : `s(${value})`;
    }
    case 'PartialStatement': {
      if (node.name.type !== 'PathExpression' || node.params.length > 0 || node.hash)
        fail(file, node, 'only plain {{> name}} partials are supported');
      return `t(${JSON.stringify(node.name.original)},c,u,d)`;
    }
    case 'BlockStatement': {
      const helper = node.path.original;
      const yes = program(file, node.program);
      const no = program(file, node.inverse);
      if (helper === 'if' || helper === 'unless') {
        if (node.params.length !== 1) fail(file, node, `${helper} takes one value`);
        const value = path(file, node.params[0]);
        const test = value.startsWith('g(') ? `Y(${value.slice(2)}` : `y(${value})`;
        return helper === 'if' ? `(${test}?${yes}:${no})` : `(${test}?${no}:${yes})`;
      }
      if (helper === 'is') {
        if (node.params.length !== 2) fail(file, node, 'is takes a value and what it must equal');
        return `(${path(file, node.params[0])}===${path(file, node.params[1])}?${yes}:${no})`;
      }
      if (helper === 'each') {
        if (node.params.length !== 1) fail(file, node, 'each takes one list');
        return `e(${path(file, node.params[0])},c,(c,u,d)=>${yes},()=>${no})`;
      }
      return fail(file, node, `unknown block helper ${helper}`);
    }
    default:
      return fail(file, node, `unsupported ${node.type}`);
  }
}

/** Returns the generated module's source. */
export function generate() {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.hbs'))
    .sort();
  const entries = files.map((file) => {
    const partial = file.endsWith('.partial.hbs');
    const raw = readFileSync(join(dir, file), 'utf8');
    // A partial's final newline would end the line it is used in.
    const source = partial ? raw.replace(/\n$/, '') : raw;
    // Line breaks are the layout: a partial or a block alone on its line keeps its line break.
    const ast = Handlebars.parse(source, { ignoreStandalone: true });
    const name = file.replace(/\.partial\.hbs$|\.hbs$/, '');
    return { name, partial, js: program(file, ast) };
  });
  const body = entries.map((e) => `  ${JSON.stringify(e.name)}: (c, u, d) => ${e.js},`).join('\n');
  return `// Generated by scripts/compile-templates.mjs from src/templates/*.hbs. Do not edit; run \`pnpm --filter @sidedoor/core templates\`.
/* eslint-disable */
// @ts-nocheck

/** Helpers a rendering passes in: links and the embedded blurb differ between text and HTML. */
export interface TemplateHelpers {
  link(value: unknown, scheme: unknown): string;
  blurbPart(value: unknown): string;
}

type Fn = (c: unknown, u: unknown, d: unknown) => string;

/** A compiled template: renders a view with the helpers of one output. */
export type Template = (view: object, helpers: TemplateHelpers) => string;

let h: TemplateHelpers;
const has = Object.prototype.hasOwnProperty;
// Strict lookup: a slot the view lacks is a bug in a builder, never an empty string.
const g1 = (o, k) => {
  if (o !== null && typeof o === 'object' && has.call(o, k)) return o[k];
  throw new Error(\`Missing "\${k}" in a template's view\`);
};
const g = (o, k, k2) => (k2 === undefined ? g1(o, k) : g1(g1(o, k), k2));
const s = (v) => (v === undefined || v === null ? '' : String(v));
const y = (v) => (Array.isArray(v) ? v.length > 0 : Boolean(v));
// g then s, and g then y: the two commonest shapes, shorter in the generated code.
const S = (o, k, k2) => s(g(o, k, k2));
const Y = (o, k, k2) => y(g(o, k, k2));
const e = (list, u, each, none) => {
  if (!Array.isArray(list) || list.length === 0) return none();
  let r = '';
  for (let i = 0; i < list.length; i++) r += each(list[i], u, { first: i === 0, last: i === list.length - 1, index: i });
  return r;
};
const t = (name, c, u, d) => fns[name](c, u, d);

const fns: Record<string, Fn> = {
${body}
};

/** Names of the templates used as partials. */
export const partialNames: readonly string[] = ${JSON.stringify(entries.filter((e) => e.partial).map((e) => e.name))};

/** The templates, by name: each renders a view (not escaped: the HTML rendering escapes the view first). */
export const templates: Record<string, Template> = Object.fromEntries(
  Object.keys(fns).map((name) => [
    name,
    (view, helpers) => {
      h = helpers;
      return fns[name](view, undefined, undefined);
    },
  ]),
);
`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync(out, generate());
  console.log(`wrote ${out}`);
}

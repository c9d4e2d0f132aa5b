// Precompiles src/templates/*.hbs into src/templates/compiled.ts. The templates are written in
// Handlebars syntax and parsed with Handlebars' own parser here, at build time; the generated
// module is plain string-building JavaScript (no template source, no `eval`, no Handlebars
// runtime), so the core stays CSP-safe and small.
//
// Two kinds of file:
//   <kind>.hbs            the layout of a kind: its paragraphs, each naming its sentences. Line
//                         breaks here are the draft's line breaks.
//   <name>.sentences.hbs  one {{#*inline "sentence"}}…{{/inline}} block per sentence, with its
//                         variants and tones. Line breaks and indentation here are for reading
//                         only and are removed: write the words of one variant on one line.
// Only the constructs the templates use are supported, and anything else fails the build:
//   {{path}}  {{#if x}}…{{else if y}}…{{else}}…{{/if}}  {{#unless x}}  {{#each list}}{{this}}{{/each}}
//   {{#is value 2}}…{{else is value 3}}…{{/is}} (the variant the builder chose)  {{> partial}}
//   {{link value "mailto:"}}  {{blurbPart value}} (helpers the renderer passes in)
// Values are written as they are (text): the HTML is made from the text, escaped as a whole.
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

/** The generated function of a template or sentence: a plain identifier, called directly. */
function fnName(name) {
  return `f_${name.replace(/\W/g, (ch) => `$${ch.charCodeAt(0).toString(16)}`)}`;
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
      return `${fnName(node.name.original)}(c,u,d)`;
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

/** A sentence file's source with the line breaks and indentation that are there for reading removed. */
export function sentenceSource(raw) {
  return raw
    .split('\n')
    .map((line) => line.trim())
    .join('');
}

/**
 * The templates as Handlebars source, by file: layouts as written, sentence files with their
 * reading whitespace removed (what `pnpm bench` also compiles with Handlebars itself).
 */
export function sources() {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.hbs'))
    .sort()
    .map((file) => {
      const raw = readFileSync(join(dir, file), 'utf8');
      return {
        file,
        sentences: file.endsWith('.sentences.hbs'),
        source: file.endsWith('.sentences.hbs') ? sentenceSource(raw) : raw,
      };
    });
}

/** The sentences a sentence file defines, each as { name, js }. */
function sentencesOf(file, ast) {
  const out = [];
  for (const node of ast.body) {
    if (node.type === 'CommentStatement' || (node.type === 'ContentStatement' && node.value.trim() === '')) continue;
    if (node.type !== 'DecoratorBlock' || node.path.original !== 'inline' || node.params[0]?.type !== 'StringLiteral')
      fail(file, node, 'a sentence file holds only {{#*inline "name"}}…{{/inline}} blocks and comments');
    out.push({ name: node.params[0].value, js: program(file, node.program) });
  }
  return out;
}

/** Returns the generated module's source. */
export function generate() {
  const entries = [];
  const seen = new Map();
  for (const { file, sentences, source } of sources()) {
    // Line breaks are the layout: a partial or a block alone on its line keeps its line break.
    const ast = Handlebars.parse(source, { ignoreStandalone: true });
    const found = sentences
      ? sentencesOf(file, ast).map((s) => ({ ...s, partial: true }))
      : [{ name: file.replace(/\.hbs$/, ''), partial: false, js: program(file, ast) }];
    for (const entry of found) {
      if (seen.has(entry.name)) throw new Error(`${file}: "${entry.name}" is defined in ${seen.get(entry.name)} too`);
      seen.set(entry.name, file);
      entries.push(entry);
    }
  }
  // Every sentence a template names must exist.
  for (const entry of entries)
    for (const [, name] of entry.js.matchAll(/\bt\("([^"]+)"/g))
      if (!seen.has(name)) throw new Error(`${seen.get(entry.name)}: no sentence named "${name}"`);
  const body = entries.map((e) => `const ${fnName(e.name)}: Fn = (c, u, d) => ${e.js};`).join('\n');
  // Each kind's layout is exported on its own, so a bundle keeps only the kinds it drafts;
  // sentences are called directly.
  const exported = entries
    .filter((e) => !e.partial)
    .map(
      (e) =>
        `/** The ${e.name} template. */\nexport const ${e.name}Template: Template = /* @__PURE__ */ wrap(${fnName(e.name)});`,
    )
    .join('\n');
  return `// Generated by scripts/compile-templates.mjs from src/templates/*.hbs. Do not edit; run \`pnpm --filter @sidedoor/core templates\`.
/* eslint-disable */
// @ts-nocheck

/** Helpers a rendering passes in: links (noted for the HTML) and the embedded blurb. */
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
// The fast path is one property read; only a missing value pays for the own-property test.
const g1 = (o, k) => {
  if (o !== null && typeof o === 'object') {
    const v = o[k];
    if (v !== undefined || has.call(o, k)) return v;
  }
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
const wrap =
  (f: Fn): Template =>
  (view, helpers) => {
    h = helpers;
    return f(view, undefined, undefined);
  };
${body}

${exported}
`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync(out, generate());
  console.log(`wrote ${out}`);
}

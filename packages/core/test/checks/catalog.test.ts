import { check, kinds, rules, type CheckOptions } from '@sidedoor/core';

const mail = (body: string) => `Hi Sam,\n\n${body}\n\nBest,\nAlex`;
const filler = (n: number) => Array.from({ length: n }, () => 'team').join(' ');

/** One text per rule that must make it fire: every rule of the catalog is reachable. */
const firing: Record<string, [string, CheckOptions]> = {
  'length/words': [mail(`${filler(210)}.`), { kind: 'managerPitch' }],
  'subject/missing': [mail('x'), { subject: '' }],
  'subject/length': [mail('x'), { subject: 'Hello' }],
  'readability/grade': [
    mail('Organizational transformation necessitates comprehensive infrastructural modernization. '.repeat(6)),
    {},
  ],
  'sentence/length': [mail(`${filler(30)}.`), {}],
  'questions/count': [mail('A? B? C? D?'), {}],
  'ask/interview-only': [mail('Please consider me for the position.'), {}],
  'ask/vague': [mail('Any openings?'), {}],
  'proof/missing': [mail('I love payments.'), { kind: 'managerPitch' }],
  'ask/missing': [mail('I cut churn 30% at Globex.'), { kind: 'managerPitch' }],
  'followup/no-new-value': [mail('Just following up.'), {}],
  'tone/hr-criticism': [mail('The recruiter was clueless.'), {}],
  'tone/hedging': [mail('I just wanted to say hi.'), {}],
  'tone/resentment': [mail('Frankly, it is your loss.'), {}],
  'tone/desperation': [mail('I am desperate.'), {}],
  'focus/self': [mail('I did it. I led it. My plan. I know. I can. My way.'), {}],
  'personalization/name': ['No greeting here.', { kind: 'managerPitch' }],
  'personalization/company': [mail('x'), { company: 'Acme' }],
  'personalization/hook': [mail('I cut churn 30%.'), { kind: 'managerPitch' }],
  'placeholder/left': [mail('Hello [Name].'), {}],
  'format/paragraphs': [mail('One. Two. Three. Four.'), {}],
  'intro/one-ask': [mail('Hello.'), { kind: 'introRequest' }],
  'intro/opt-out': [mail('Hello.'), { kind: 'introRequest' }],
  'intro/relationship': [mail('Hello.'), { kind: 'introRequest' }],
  'intro/blurb': [mail('Hello.'), { kind: 'introRequest' }],
  'intro/contacts': [mail('Hello.'), { kind: 'introRequest', contactsAsked: 3 }],
  'call/name-number-twice': ['Hi Sam, this is Alex.', { kind: 'callScript' }],
  'call/length': [`Hi Sam, ${filler(170)}.`, { kind: 'callScript' }],
  'channel/limit': [`Hi Sam, ${'x'.repeat(320)}`, { kind: 'linkedinNote' }],
};

describe('rule catalog', () => {
  test('every rule should have a case that fires it', () => {
    expect(Object.keys(firing).sort()).toEqual(rules.map((r) => r.id).sort());
  });

  test.each(Object.entries(firing))(
    '%s should fire, at the severity of the catalog or lower',
    (id, [text, options]) => {
      const order = { error: 0, warning: 1, info: 2 } as const;
      const rule = rules.find((r) => r.id === id)!;
      const found = check(text, options).findings.filter((f) => f.rule === id);
      expect(found.length).toBeGreaterThan(0);
      for (const f of found) expect(order[f.severity]).toBeGreaterThanOrEqual(order[rule.severity]);
    },
  );

  test.each(rules.filter((r) => r.kinds !== undefined).map((r) => [r.id, r.kinds!] as const))(
    '%s should not fire for kinds it does not cover, nor without a kind',
    (id, covered) => {
      const [text, options] = firing[id]!;
      const { kind: _kind, ...rest } = options;
      expect(check(text, { ...rest, kind: null }).findings.filter((f) => f.rule === id)).toEqual([]);
      for (const other of kinds) {
        if (covered.includes(other)) continue;
        expect(check(text, { ...rest, kind: other }).findings.filter((f) => f.rule === id)).toEqual([]);
      }
    },
  );
});

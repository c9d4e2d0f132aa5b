import fc from 'fast-check';
import type { InputOf, Kind } from '@sidedoor/core';

const firstNames = [
  'Sam',
  'Dana',
  'Alex',
  'Zoë',
  'José',
  'Łukasz',
  'Anne-Marie',
  'Siobhán',
  'Wei',
  'Priya',
  'Kwame',
  'Ngozi',
];
const lastNames = [
  'Lee',
  'Kim',
  'Rivera',
  "O'Brien",
  'Nguyễn',
  'Müller',
  'Okafor',
  'Van der Berg',
  'Smith-Jones',
  'Tanaka',
];
const companies = [
  'Acme',
  'Globex',
  'Initech',
  'Umbrella Health',
  'Stark & Wayne',
  'Müller GmbH',
  'A.B. Systems',
  'Zeta',
];
const roles = [
  'Payments Engineer',
  'Senior Data Scientist',
  'Head of Design',
  'Staff Engineer, Platform',
  'Product Manager',
  'SRE',
];
const domains = ['example.com', 'acme.example', 'mail.example.org'];

const name = fc
  .tuple(fc.constantFrom(...firstNames), fc.option(fc.constantFrom(...lastNames), { nil: undefined }))
  .map(([f, l]) => (l ? `${f} ${l}` : f));
const email = fc
  .tuple(fc.stringMatching(/^[a-z]{1,12}(?:\.[a-z]{1,12})?$/), fc.constantFrom(...domains))
  .map(([local, d]) => `${local}@${d}`);
const phone = fc
  .tuple(fc.integer({ min: 200, max: 999 }), fc.integer({ min: 200, max: 999 }), fc.integer({ min: 1000, max: 9999 }))
  .map(([a, b, c]) => `+1 ${a} ${b} ${c}`);

const subjects = ['your team', 'the payments group', 'Acme', 'the platform team', 'your company'];
// "Is hiring for" is no hook (issue 10): the hooks a sender gives name a launch, a move, a change.
const verbs = ['is rebuilding', 'just launched', 'is expanding', 'announced', 'is launching', 'is moving'];
const objects = [
  'checkout',
  'its data platform',
  'a new office in Berlin',
  'the mobile app',
  'billing to a new provider',
  'search for the launch in Germany',
];
const hook = fc
  .tuple(fc.constantFrom(...subjects), fc.constantFrom(...verbs), fc.constantFrom(...objects))
  .map((p) => p.join(' '));

const resultVerbs = ['Cut', 'Grew', 'Reduced', 'Raised', 'Increased', 'Saved'];
const metrics = ['checkout latency', 'churn', 'onboarding time', 'cloud costs', 'conversion', 'weekly active users'];
const proofItem = fc
  .tuple(
    fc.constantFrom(...resultVerbs),
    fc.constantFrom(...metrics),
    fc.integer({ min: 2, max: 95 }),
    fc.constantFrom('', ' at Globex', ' in six months', ' for 3 teams'),
  )
  .map(([v, m, n, tail]) => `${v} ${m} by ${n}%${tail}`);
const namedOutcome = fc.constantFrom(
  'Launched the new billing API',
  'Shipped the iOS app to two million users',
  'Won the 2024 design award',
);
const proof = fc.array(fc.oneof(proofItem, namedOutcome), { minLength: 1, maxLength: 3 });

const offerVerbs = ['bring the same playbook to', 'apply that work to', 'help speed up', 'take on'];
const offer = fc.tuple(fc.constantFrom(...offerVerbs), fc.constantFrom(...objects)).map((p) => p.join(' '));
const ask = fc.option(
  fc.record(
    {
      minutes: fc.integer({ min: 5, max: 60 }),
      when: fc.constantFrom(
        'Tuesday or Wednesday',
        'next week',
        'this week',
        'Thursday afternoon',
        'the week of May 4',
        'early next month',
      ),
    },
    { requiredKeys: [] },
  ),
  { nil: undefined },
);
const tone = fc.constantFrom('warm' as const, 'direct' as const, 'formal' as const);
const sender = fc.record(
  {
    name,
    email,
    phone: fc.option(phone, { nil: undefined }),
    linkedin: fc.option(fc.constant('https://www.linkedin.com/in/someone'), { nil: undefined }),
  },
  { requiredKeys: ['name', 'email'] },
);
const manager = fc.record(
  {
    name,
    email: fc.option(email, { nil: undefined }),
    title: fc.option(fc.constantFrom('Head of Payments', 'VP Engineering'), { nil: undefined }),
  },
  { requiredKeys: ['name'] },
);
const contact = fc.record({ name, email: fc.option(email, { nil: undefined }) }, { requiredKeys: ['name'] });
const relationship = fc.constantFrom(
  'worked together at Globex',
  'studied together in Leeds',
  'met at the payments meetup last spring',
);
const connection = fc.constantFrom(
  'worked with Sam at Initech',
  'know the manager from your last team',
  'were on the same team for four years',
);
const update = fc.oneof(
  proofItem,
  fc.constantFrom(
    'I sketched how your checkout could drop one of its three redirects',
    'I wrote up a plan for the Berlin launch',
  ),
);

const strip = <T extends object>(o: T): T => JSON.parse(JSON.stringify(o)) as T;

/** A generator of valid inputs for each kind. */
export const inputs: { [K in Kind]: fc.Arbitrary<InputOf<K>> } = {
  managerPitch: fc
    .record({
      sender,
      manager,
      company: fc.constantFrom(...companies),
      role: fc.constantFrom(...roles),
      hook,
      proof,
      offer,
      ask,
      tone,
      screenedOut: fc.boolean(),
    })
    .map(strip),
  introRequest: fc
    .record({
      sender,
      contact,
      manager,
      company: fc.constantFrom(...companies),
      role: fc.constantFrom(...roles),
      relationship,
      connection,
      help: fc.constantFrom('introduce' as const, 'urge' as const, 'meeting' as const),
      hook: fc.option(hook, { nil: undefined }),
      proof,
      offer: fc.option(offer, { nil: undefined }),
      ask,
      tone,
    })
    .map(strip),
  forwardableBlurb: fc
    .record({
      sender,
      manager,
      company: fc.constantFrom(...companies),
      role: fc.constantFrom(...roles),
      hook: fc.option(hook, { nil: undefined }),
      proof,
      offer: fc.option(offer, { nil: undefined }),
      ask,
      tone,
    })
    .map(strip),
  followUp: fc
    .record({
      sender,
      manager,
      company: fc.constantFrom(...companies),
      role: fc.option(fc.constantFrom(...roles), { nil: undefined }),
      update,
      previousSubject: fc.option(fc.constantFrom('Checkout latency', 'Re: Your SRE role'), { nil: undefined }),
      ask,
      tone,
    })
    .map(strip),
  callScript: fc
    .record({
      sender: sender.chain((s) => phone.map((p) => ({ ...s, phone: p }))),
      manager,
      company: fc.constantFrom(...companies),
      role: fc.constantFrom(...roles),
      proof,
      offer: fc.option(offer, { nil: undefined }),
      ask,
      referrer: fc.option(name, { nil: undefined }),
      tone,
    })
    .map(strip),
  linkedinNote: fc
    .record({
      sender,
      manager,
      company: fc.constantFrom(...companies),
      role: fc.option(fc.constantFrom(...roles), { nil: undefined }),
      hook: fc.option(hook, { nil: undefined }),
      proof,
      premium: fc.option(fc.boolean(), { nil: undefined }),
      tone,
    })
    .map(strip),
  thankYou: fc
    .record({
      sender,
      contact,
      manager,
      company: fc.constantFrom(...companies),
      outcome: fc.option(fc.constantFrom('Sam and I are meeting on Thursday', 'we have a call next week'), {
        nil: undefined,
      }),
      tone,
    })
    .map(strip),
};

/** The inputs the voice needs: the headline, status-check updates refused, the help thanked for, names taken apart. */
import { build, fields, followUp, InputError, linkedinNote, safeBuild, thankYou } from '@sidedoor/core';
import { article, nameParts, when, headlinePhrase, subjectFrom } from '../../src/builders/phrasing';
import { introExtra, pitchInput } from '../helpers/fixtures';

const sender = { name: 'Jonas Berg', email: 'jonas.berg@example.com' };
const manager = { name: 'Aisha Khan' };

describe('sender.headline', () => {
  test('should be an optional one-line field of every kind, in the forms', () => {
    for (const kind of ['managerPitch', 'callScript', 'linkedinNote', 'thankYou'] as const) {
      const field = fields(kind).find((f) => f.name === 'sender.headline');
      expect(field).toMatchObject({ required: false, type: 'text', label: 'Your headline' });
    }
  });

  test('should refuse a line break and more than 80 characters, naming the field', () => {
    for (const headline of ['Nurse\nmanager', 'x'.repeat(81)]) {
      const result = safeBuild('managerPitch', { ...pitchInput, sender: { ...pitchInput.sender, headline } });
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error.issues[0]!.path).toEqual(['sender', 'headline']);
    }
  });

  test('should introduce the sender in the pitch, and leave no hole without it', () => {
    const withIt = build('managerPitch', {
      ...pitchInput,
      sender: { ...pitchInput.sender, headline: 'Senior payments engineer at Globex' },
    });
    expect(withIt.text).toMatch(/(?:I'm Alex,|My name is Alex, and I'm) a senior payments engineer at Globex\./);
    const without = build('managerPitch', pitchInput);
    expect(without.text).not.toMatch(/I'm Alex,|an? \./);
  });
});

describe('hook', () => {
  test.each([
    'your team is hiring',
    "you're hiring",
    'I saw your job posting',
    'you are looking for a payments engineer',
    'I noticed the open role on your team.',
  ])('should refuse a hook the hook rule calls generic, saying what counts: %s', (hook) => {
    for (const kind of ['managerPitch', 'forwardableBlurb', 'linkedinNote', 'introRequest'] as const) {
      const input = kind === 'introRequest' ? { ...pitchInput, ...introExtra, hook } : { ...pitchInput, hook };
      const result = safeBuild(kind, input);
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(result.error.issues).toHaveLength(1);
        expect(result.error.issues[0]!.path).toEqual(['hook']);
        expect(result.error.issues[0]!.message).toMatch(/why this team, why now: a launch, an expansion/);
      }
    }
  });

  test.each([
    'your team is rebuilding checkout ahead of the launch in Germany',
    'your team is hiring for the launch in Germany',
    'I read your post about on-call load',
    'your CFO said on the Q3 call that fraud losses doubled',
  ])('should accept a hook with something specific in it: %s', (hook) => {
    const draft = build('managerPitch', { ...pitchInput, hook });
    expect(draft.report.findings.filter((f) => f.rule === 'personalization/hook')).toEqual([]);
  });
});

describe('HTML', () => {
  test('should escape every character and link the contact line only, not the same address typed earlier', () => {
    const draft = build('managerPitch', {
      ...pitchInput,
      offer: 'bring the same playbook to checkout & "wallets", as I told alex.rivera@example.com',
      tone: 'direct',
    });
    expect(draft.html).toContain('checkout &amp; &quot;wallets&quot;, as I told alex.rivera@example.com.');
    expect(draft.html.match(/<a /g)).toHaveLength(2);
    expect(draft.html).toContain(
      '<a href="mailto:alex.rivera@example.com">alex.rivera@example.com</a> · +1 415 555 0134 · <a href="https://www.linkedin.com/in/alex-rivera-example">',
    );
  });
});

describe('followUp update', () => {
  test.each([
    'Just following up to see if you had a chance to read my note.',
    'any update on the role?',
    'Checking in on my application',
    'I wanted to follow up on my last email',
  ])('should refuse a status check: %s', (update) => {
    const result = safeBuild('followUp', { sender, manager, company: 'Woodgrove', update });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.issues[0]!.path).toEqual(['update']);
      expect(result.error.issues[0]!.message).toMatch(
        /a result, an artifact \(a plan, a sketch, a test you ran\) or news/,
      );
    }
  });

  test.each([
    'Just following up: I mapped your pay calendar and found 2 dates that collide',
    'checking in with a one-page plan for the first 30 days',
    'I sketched how checkout could drop one redirect',
  ])('should accept new value, even beside a status phrase: %s', (update) => {
    expect(() => followUp({ sender, manager, company: 'Woodgrove', update })).not.toThrow();
  });

  test('should offer the cheapest next step when no call is asked for', () => {
    const text = followUp({
      sender,
      manager,
      company: 'Woodgrove',
      update: 'I mapped your pay calendar and found 2 dates that collide',
      tone: 'direct',
    }).text;
    expect(text).toMatch(/\?\n\nThanks,\nJonas$/);
    expect(text).not.toMatch(/minutes/);
  });
});

describe('thankYou', () => {
  const base = { sender, manager, contact: { name: 'Dana Kim' }, company: 'Woodgrove' };
  test.each([
    ['introduce', /introduc|intro |connecting/i],
    ['urge', /a word with/i],
    ['meeting', /meeting|time with/i],
  ] as const)('should thank for the help given: %s', (help, said) => {
    for (const tone of ['warm', 'direct', 'formal'] as const)
      expect(thankYou({ ...base, help, tone }).text).toMatch(said);
  });

  test('should say Bcc only while a reply to the manager is still to come', () => {
    expect(thankYou({ ...base, help: 'introduce' }).text).toMatch(/Bcc/);
    expect(thankYou(base).text).toMatch(/Bcc/);
    expect(thankYou({ ...base, help: 'introduce', outcome: 'Aisha and I talk on Friday' }).text).not.toMatch(/Bcc/);
    expect(thankYou({ ...base, help: 'meeting' }).text).not.toMatch(/Bcc/);
  });
});

describe('linkedinNote limits', () => {
  const long = {
    sender,
    manager,
    company: 'Woodgrove',
    hook: 'Woodgrove is moving payroll for all 9,000 of its staff to Workday in the third quarter of next year, region by region',
    proof: ['Ran the move of 4,200 employees at Contoso to Workday with zero missed paychecks in the first year'],
  };
  test('should refuse, naming the hook, when the hook and the first proof cannot fit a free note', () => {
    expect(() => linkedinNote(long)).toThrow(InputError);
    try {
      linkedinNote(long);
    } catch (error) {
      expect((error as InputError).issues[0]!.path).toEqual(['hook']);
      expect((error as InputError).issues[0]!.message).toMatch(/200 characters.*premium/);
    }
  });
  test('should fit Premium, keeping the hook, with no warning from its own check', () => {
    const draft = linkedinNote({ ...long, premium: true });
    expect(draft.text.length).toBeLessThanOrEqual(300);
    expect(draft.text.length).toBeGreaterThan(200);
    expect(draft.text).toContain(long.hook);
    expect(draft.report.findings.filter((f) => f.severity !== 'info')).toEqual([]);
  });
});

describe('names and grammar', () => {
  test.each([
    ['Dr. Alan Reyes', 'Alan', 'Dr. Reyes'],
    ['Alan Reyes, PhD', 'Alan', 'Alan Reyes'],
    ['Beth Anne Miller', 'Beth Anne', 'Beth Anne Miller'],
    ['Ms Mary Jo Evans', 'Mary Jo', 'Ms. Evans'],
    ['Marcus Johnson Jr.', 'Marcus', 'Marcus Johnson'],
    ['Col. (Ret.) James O’Neil', 'James', 'Col. O’Neil'],
    ['Prof. Ana de la Cruz', 'Ana', 'Prof. de la Cruz'],
    ['Anne-Marie Dubois', 'Anne-Marie', 'Anne-Marie Dubois'],
    ['Cher', 'Cher', 'Cher'],
    ['Dr.', 'Dr.', 'Dr.'],
  ])('should take %s apart', (full, first, formal) => {
    expect(nameParts(full)).toMatchObject({ first, formal });
  });

  test.each([
    ['Tuesday or Thursday', 'on Tuesday or Thursday'],
    ['the week of March 10', 'in the week of March 10'],
    ['sometime in the next two weeks', 'sometime in the next two weeks'],
    ['Next week.', 'next week'],
    ['March 10', 'on March 10'],
    [undefined, 'next week'],
  ])('should place the day %s after "15 minutes"', (value, expected) => {
    expect(when(value)).toBe(expected);
  });

  test.each([
    ['ICU charge nurse at Mercy West', 'an ICU charge nurse at Mercy West'],
    ['Senior payroll analyst at Contoso.', 'a senior payroll analyst at Contoso'],
    ['Army logistics NCO, 8 years', 'an Army logistics NCO, 8 years'],
    ['8 years in payroll', '8 years in payroll'],
    ['Union organizer turned HR lead', 'a union organizer turned HR lead'],
    ['Payments engineer at Globex', 'a payments engineer at Globex'],
  ])('should introduce the headline %s with its article', (headline, expected) => {
    expect(headlinePhrase(headline)).toBe(expected);
  });

  test.each([
    ['ICU nurse', 'an'],
    ['NCO', 'an'],
    ['MBA graduate', 'an'],
    ['RN', 'an'],
    ['UX designer', 'a'],
    ['CFO', 'a'],
    ['union organizer', 'a'],
    ['unimportant detail', 'an'],
    ['one-person team', 'a'],
    ['hour', 'an'],
    ['honest broker', 'an'],
    ['historian', 'a'],
    ['European team', 'a'],
    ['useful tool', 'a'],
    ['operations lead', 'an'],
    ['8-year veteran', 'an'],
    ['11-person team', 'an'],
    ['1,800-bed system', 'a'],
    ['18-month plan', 'an'],
    ['100-day plan', 'a'],
    ['senior analyst', 'a'],
    ['Army NCO', 'an'],
  ])('should put the article by sound before %s', (phrase, expected) => {
    expect(article(phrase)).toBe(expected);
  });

  test('should take a subject from the start of a result', () => {
    expect(subjectFrom('Cut checkout latency by 40% at Globex in six months')).toBe('Cut checkout latency by 40%');
    expect(subjectFrom('trained 14 new graduate nurses.')).toBe('Trained 14 new graduate nurses');
  });
});

import { build, type InputOf, type Kind, type Tone } from '@sidedoor/core';
import { introExtra, pitchInput } from '../helpers/fixtures';

const base = { ...pitchInput, ...introExtra };
const example: { [K in Kind]: InputOf<K> } = {
  managerPitch: pitchInput,
  introRequest: { ...base, contactsAsked: 1 },
  forwardableBlurb: {
    sender: base.sender,
    manager: base.manager,
    company: base.company,
    role: base.role,
    proof: base.proof,
    ask: base.ask,
  },
  followUp: {
    sender: base.sender,
    manager: base.manager,
    company: base.company,
    role: base.role,
    update: 'I sketched how your checkout could drop one of its 3 redirects',
  },
  callScript: {
    sender: base.sender,
    manager: base.manager,
    company: base.company,
    role: base.role,
    proof: base.proof,
    offer: base.offer,
    referrer: 'Dana Kim',
  },
  linkedinNote: {
    sender: base.sender,
    manager: base.manager,
    company: base.company,
    role: base.role,
    hook: base.hook,
    proof: base.proof,
  },
  thankYou: {
    sender: base.sender,
    contact: base.contact,
    manager: base.manager,
    company: base.company,
    outcome: 'Sam and I are meeting on Thursday',
  },
};

/** The draft of `kind` in `tone`, as the snapshots show it; every example must be ready to send. */
function draft(kind: Kind, tone: Tone) {
  const d = build(kind, { ...example[kind], tone });
  expect(d.report.ready).toBe(true);
  return {
    subject: d.subject,
    to: d.to,
    text: d.text,
    html: d.html,
    findings: d.report.findings.map((f) => `${f.severity} ${f.rule}`),
  };
}

describe('managerPitch', () => {
  test('should draft in the warm tone', () => {
    expect(draft('managerPitch', 'warm')).toMatchInlineSnapshot(`
      {
        "findings": [],
        "html": "<p>Hi Sam,</p>
      <p>I saw that your team is rebuilding checkout ahead of the launch in Germany. I&#x27;m writing about the Senior Payments Engineer role at Acme.</p>
      <p>One result that bears on it: cut checkout latency by 40% at Globex in six months.</p>
      <p>I&#x27;d bring the same playbook to your checkout before the German launch. Would you be open to a 15-minute call on Tuesday or Wednesday?</p>
      <p>Best,<br>Alex Rivera<br><a href="mailto:alex.rivera@example.com">alex.rivera@example.com</a> · +1 415 555 0134 · <a href="https://www.linkedin.com/in/alex-rivera-example">https://www.linkedin.com/in/alex-rivera-example</a></p>",
        "subject": "Senior Payments Engineer at Acme",
        "text": "Hi Sam,

      I saw that your team is rebuilding checkout ahead of the launch in Germany. I'm writing about the Senior Payments Engineer role at Acme.

      One result that bears on it: cut checkout latency by 40% at Globex in six months.

      I'd bring the same playbook to your checkout before the German launch. Would you be open to a 15-minute call on Tuesday or Wednesday?

      Best,
      Alex Rivera
      alex.rivera@example.com · +1 415 555 0134 · https://www.linkedin.com/in/alex-rivera-example",
        "to": [
          {
            "email": "sam.lee@acme.example",
            "name": "Sam Lee",
          },
        ],
      }
    `);
  });
  test('should draft in the direct tone', () => {
    expect(draft('managerPitch', 'direct')).toMatchInlineSnapshot(`
      {
        "findings": [],
        "html": "<p>Hi Sam,</p>
      <p>I saw that your team is rebuilding checkout ahead of the launch in Germany. I&#x27;m writing about the Senior Payments Engineer role at Acme.</p>
      <p>One result that bears on it: cut checkout latency by 40% at Globex in six months.</p>
      <p>I would bring the same playbook to your checkout before the German launch. Could we talk for 15 minutes on Tuesday or Wednesday?</p>
      <p>Thanks,<br>Alex Rivera<br><a href="mailto:alex.rivera@example.com">alex.rivera@example.com</a> · +1 415 555 0134 · <a href="https://www.linkedin.com/in/alex-rivera-example">https://www.linkedin.com/in/alex-rivera-example</a></p>",
        "subject": "Senior Payments Engineer at Acme",
        "text": "Hi Sam,

      I saw that your team is rebuilding checkout ahead of the launch in Germany. I'm writing about the Senior Payments Engineer role at Acme.

      One result that bears on it: cut checkout latency by 40% at Globex in six months.

      I would bring the same playbook to your checkout before the German launch. Could we talk for 15 minutes on Tuesday or Wednesday?

      Thanks,
      Alex Rivera
      alex.rivera@example.com · +1 415 555 0134 · https://www.linkedin.com/in/alex-rivera-example",
        "to": [
          {
            "email": "sam.lee@acme.example",
            "name": "Sam Lee",
          },
        ],
      }
    `);
  });
  test('should draft in the formal tone', () => {
    expect(draft('managerPitch', 'formal')).toMatchInlineSnapshot(`
      {
        "findings": [],
        "html": "<p>Dear Sam Lee,</p>
      <p>I saw that your team is rebuilding checkout ahead of the launch in Germany. I&#x27;m writing about the Senior Payments Engineer role at Acme.</p>
      <p>A relevant result from my recent work: cut checkout latency by 40% at Globex in six months.</p>
      <p>I would welcome the chance to bring the same playbook to your checkout before the German launch. Would you have 15 minutes on Tuesday or Wednesday for a short call?</p>
      <p>Kind regards,<br>Alex Rivera<br><a href="mailto:alex.rivera@example.com">alex.rivera@example.com</a> · +1 415 555 0134 · <a href="https://www.linkedin.com/in/alex-rivera-example">https://www.linkedin.com/in/alex-rivera-example</a></p>",
        "subject": "Senior Payments Engineer at Acme",
        "text": "Dear Sam Lee,

      I saw that your team is rebuilding checkout ahead of the launch in Germany. I'm writing about the Senior Payments Engineer role at Acme.

      A relevant result from my recent work: cut checkout latency by 40% at Globex in six months.

      I would welcome the chance to bring the same playbook to your checkout before the German launch. Would you have 15 minutes on Tuesday or Wednesday for a short call?

      Kind regards,
      Alex Rivera
      alex.rivera@example.com · +1 415 555 0134 · https://www.linkedin.com/in/alex-rivera-example",
        "to": [
          {
            "email": "sam.lee@acme.example",
            "name": "Sam Lee",
          },
        ],
      }
    `);
  });
});

describe('introRequest', () => {
  test('should draft in the warm tone', () => {
    expect(draft('introRequest', 'warm')).toMatchInlineSnapshot(`
      {
        "findings": [],
        "html": "<p>Hi Dana,</p>
      <p>It has been a while since we worked together on the billing team at Globex, and I hope all is well.</p>
      <p>I&#x27;m hoping to reach Sam Lee (Head of Payments) at Acme about the Senior Payments Engineer role. You worked with Sam at Initech for four years, so you know Sam better than most. For context, my strongest result: cut checkout latency by 40% at Globex in six months.</p>
      <p>Would you be willing to introduce me to Sam? I&#x27;ve added a short note below that you can pass on as is. No pressure either way; I understand if the timing is wrong.</p>
      <p>All the best,<br>Alex</p>
      <p>---------- Note to forward to Sam ----------<br>Hi Sam,</p>
      <p>I saw that your team is rebuilding checkout ahead of the launch in Germany. I&#x27;m Alex Rivera, and the Senior Payments Engineer role at Acme is why I&#x27;m writing.</p>
      <p>What I did that speaks to it: cut checkout latency by 40% at Globex in six months.</p>
      <p>I&#x27;d bring the same playbook to your checkout before the German launch. Would you be open to a 15-minute call on Tuesday or Wednesday?</p>
      <p>All the best,<br>Alex Rivera<br><a href="mailto:alex.rivera@example.com">alex.rivera@example.com</a> · +1 415 555 0134 · <a href="https://www.linkedin.com/in/alex-rivera-example">https://www.linkedin.com/in/alex-rivera-example</a><br>---------- End of note ----------</p>",
        "subject": "Intro to Sam Lee?",
        "text": "Hi Dana,

      It has been a while since we worked together on the billing team at Globex, and I hope all is well.

      I'm hoping to reach Sam Lee (Head of Payments) at Acme about the Senior Payments Engineer role. You worked with Sam at Initech for four years, so you know Sam better than most. For context, my strongest result: cut checkout latency by 40% at Globex in six months.

      Would you be willing to introduce me to Sam? I've added a short note below that you can pass on as is. No pressure either way; I understand if the timing is wrong.

      All the best,
      Alex

      ---------- Note to forward to Sam ----------
      Hi Sam,

      I saw that your team is rebuilding checkout ahead of the launch in Germany. I'm Alex Rivera, and the Senior Payments Engineer role at Acme is why I'm writing.

      What I did that speaks to it: cut checkout latency by 40% at Globex in six months.

      I'd bring the same playbook to your checkout before the German launch. Would you be open to a 15-minute call on Tuesday or Wednesday?

      All the best,
      Alex Rivera
      alex.rivera@example.com · +1 415 555 0134 · https://www.linkedin.com/in/alex-rivera-example
      ---------- End of note ----------",
        "to": [
          {
            "email": "dana.kim@example.com",
            "name": "Dana Kim",
          },
        ],
      }
    `);
  });
  test('should draft in the direct tone', () => {
    expect(draft('introRequest', 'direct')).toMatchInlineSnapshot(`
      {
        "findings": [],
        "html": "<p>Hi Dana,</p>
      <p>We worked together on the billing team at Globex, so I will get right to it.</p>
      <p>I&#x27;m hoping to reach Sam Lee (Head of Payments) at Acme about the Senior Payments Engineer role. You worked with Sam at Initech for four years, so you know Sam better than most. For context, my strongest result: cut checkout latency by 40% at Globex in six months.</p>
      <p>Would you be willing to introduce me to Sam? I&#x27;ve added a short note below that you can pass on as is. No pressure either way; I understand if the timing is wrong.</p>
      <p>Thanks,<br>Alex</p>
      <p>---------- Note to forward to Sam ----------<br>Hi Sam,</p>
      <p>I saw that your team is rebuilding checkout ahead of the launch in Germany. I&#x27;m Alex Rivera, and the Senior Payments Engineer role at Acme is why I&#x27;m writing.</p>
      <p>What I did that speaks to it: cut checkout latency by 40% at Globex in six months.</p>
      <p>I would bring the same playbook to your checkout before the German launch. Could we talk for 15 minutes on Tuesday or Wednesday?</p>
      <p>Thanks,<br>Alex Rivera<br><a href="mailto:alex.rivera@example.com">alex.rivera@example.com</a> · +1 415 555 0134 · <a href="https://www.linkedin.com/in/alex-rivera-example">https://www.linkedin.com/in/alex-rivera-example</a><br>---------- End of note ----------</p>",
        "subject": "Intro to Sam Lee?",
        "text": "Hi Dana,

      We worked together on the billing team at Globex, so I will get right to it.

      I'm hoping to reach Sam Lee (Head of Payments) at Acme about the Senior Payments Engineer role. You worked with Sam at Initech for four years, so you know Sam better than most. For context, my strongest result: cut checkout latency by 40% at Globex in six months.

      Would you be willing to introduce me to Sam? I've added a short note below that you can pass on as is. No pressure either way; I understand if the timing is wrong.

      Thanks,
      Alex

      ---------- Note to forward to Sam ----------
      Hi Sam,

      I saw that your team is rebuilding checkout ahead of the launch in Germany. I'm Alex Rivera, and the Senior Payments Engineer role at Acme is why I'm writing.

      What I did that speaks to it: cut checkout latency by 40% at Globex in six months.

      I would bring the same playbook to your checkout before the German launch. Could we talk for 15 minutes on Tuesday or Wednesday?

      Thanks,
      Alex Rivera
      alex.rivera@example.com · +1 415 555 0134 · https://www.linkedin.com/in/alex-rivera-example
      ---------- End of note ----------",
        "to": [
          {
            "email": "dana.kim@example.com",
            "name": "Dana Kim",
          },
        ],
      }
    `);
  });
  test('should draft in the formal tone', () => {
    expect(draft('introRequest', 'formal')).toMatchInlineSnapshot(`
      {
        "findings": [],
        "html": "<p>Dear Dana Kim,</p>
      <p>I hope all is well since we worked together on the billing team at Globex.</p>
      <p>I&#x27;m hoping to reach Sam Lee (Head of Payments) at Acme about the Senior Payments Engineer role. You worked with Sam at Initech for four years, so you know Sam better than most. For context, my strongest result: cut checkout latency by 40% at Globex in six months.</p>
      <p>Would you be willing to introduce me to Sam? I&#x27;ve added a short note below that you can pass on as is. No pressure either way; I understand if the timing is wrong.</p>
      <p>Kind regards,<br>Alex</p>
      <p>---------- Note to forward to Sam ----------<br>Dear Sam Lee,</p>
      <p>I saw that your team is rebuilding checkout ahead of the launch in Germany. I&#x27;m Alex Rivera, and the Senior Payments Engineer role at Acme is why I&#x27;m writing.</p>
      <p>A relevant result from my recent work: cut checkout latency by 40% at Globex in six months.</p>
      <p>I would welcome the chance to bring the same playbook to your checkout before the German launch. Would you have 15 minutes on Tuesday or Wednesday for a short call?</p>
      <p>Kind regards,<br>Alex Rivera<br><a href="mailto:alex.rivera@example.com">alex.rivera@example.com</a> · +1 415 555 0134 · <a href="https://www.linkedin.com/in/alex-rivera-example">https://www.linkedin.com/in/alex-rivera-example</a><br>---------- End of note ----------</p>",
        "subject": "Intro to Sam Lee?",
        "text": "Dear Dana Kim,

      I hope all is well since we worked together on the billing team at Globex.

      I'm hoping to reach Sam Lee (Head of Payments) at Acme about the Senior Payments Engineer role. You worked with Sam at Initech for four years, so you know Sam better than most. For context, my strongest result: cut checkout latency by 40% at Globex in six months.

      Would you be willing to introduce me to Sam? I've added a short note below that you can pass on as is. No pressure either way; I understand if the timing is wrong.

      Kind regards,
      Alex

      ---------- Note to forward to Sam ----------
      Dear Sam Lee,

      I saw that your team is rebuilding checkout ahead of the launch in Germany. I'm Alex Rivera, and the Senior Payments Engineer role at Acme is why I'm writing.

      A relevant result from my recent work: cut checkout latency by 40% at Globex in six months.

      I would welcome the chance to bring the same playbook to your checkout before the German launch. Would you have 15 minutes on Tuesday or Wednesday for a short call?

      Kind regards,
      Alex Rivera
      alex.rivera@example.com · +1 415 555 0134 · https://www.linkedin.com/in/alex-rivera-example
      ---------- End of note ----------",
        "to": [
          {
            "email": "dana.kim@example.com",
            "name": "Dana Kim",
          },
        ],
      }
    `);
  });
});

describe('forwardableBlurb', () => {
  test('should draft in the warm tone', () => {
    expect(draft('forwardableBlurb', 'warm')).toMatchInlineSnapshot(`
      {
        "findings": [],
        "html": "<p>Hi Sam,</p>
      <p>I saw that Acme is hiring a Senior Payments Engineer. I&#x27;m Alex Rivera, and I would like to bring my work to your team.</p>
      <p>What I did that speaks to it: cut checkout latency by 40% at Globex in six months.</p>
      <p>Would you be open to a 15-minute call on Tuesday or Wednesday?</p>
      <p>All the best,<br>Alex Rivera<br><a href="mailto:alex.rivera@example.com">alex.rivera@example.com</a> · +1 415 555 0134 · <a href="https://www.linkedin.com/in/alex-rivera-example">https://www.linkedin.com/in/alex-rivera-example</a></p>",
        "subject": "Alex Rivera — Senior Payments Engineer",
        "text": "Hi Sam,

      I saw that Acme is hiring a Senior Payments Engineer. I'm Alex Rivera, and I would like to bring my work to your team.

      What I did that speaks to it: cut checkout latency by 40% at Globex in six months.

      Would you be open to a 15-minute call on Tuesday or Wednesday?

      All the best,
      Alex Rivera
      alex.rivera@example.com · +1 415 555 0134 · https://www.linkedin.com/in/alex-rivera-example",
        "to": [
          {
            "email": "sam.lee@acme.example",
            "name": "Sam Lee",
          },
        ],
      }
    `);
  });
  test('should draft in the direct tone', () => {
    expect(draft('forwardableBlurb', 'direct')).toMatchInlineSnapshot(`
      {
        "findings": [],
        "html": "<p>Hi Sam,</p>
      <p>I saw that Acme is hiring a Senior Payments Engineer. I&#x27;m Alex Rivera, and I would like to bring my work to your team.</p>
      <p>What I did that speaks to it: cut checkout latency by 40% at Globex in six months.</p>
      <p>Could we talk for 15 minutes on Tuesday or Wednesday?</p>
      <p>Thanks,<br>Alex Rivera<br><a href="mailto:alex.rivera@example.com">alex.rivera@example.com</a> · +1 415 555 0134 · <a href="https://www.linkedin.com/in/alex-rivera-example">https://www.linkedin.com/in/alex-rivera-example</a></p>",
        "subject": "Alex Rivera — Senior Payments Engineer",
        "text": "Hi Sam,

      I saw that Acme is hiring a Senior Payments Engineer. I'm Alex Rivera, and I would like to bring my work to your team.

      What I did that speaks to it: cut checkout latency by 40% at Globex in six months.

      Could we talk for 15 minutes on Tuesday or Wednesday?

      Thanks,
      Alex Rivera
      alex.rivera@example.com · +1 415 555 0134 · https://www.linkedin.com/in/alex-rivera-example",
        "to": [
          {
            "email": "sam.lee@acme.example",
            "name": "Sam Lee",
          },
        ],
      }
    `);
  });
  test('should draft in the formal tone', () => {
    expect(draft('forwardableBlurb', 'formal')).toMatchInlineSnapshot(`
      {
        "findings": [],
        "html": "<p>Dear Sam Lee,</p>
      <p>I saw that Acme is hiring a Senior Payments Engineer. I&#x27;m Alex Rivera, and I would like to bring my work to your team.</p>
      <p>A relevant result from my recent work: cut checkout latency by 40% at Globex in six months.</p>
      <p>Would you have 15 minutes on Tuesday or Wednesday for a short call?</p>
      <p>Kind regards,<br>Alex Rivera<br><a href="mailto:alex.rivera@example.com">alex.rivera@example.com</a> · +1 415 555 0134 · <a href="https://www.linkedin.com/in/alex-rivera-example">https://www.linkedin.com/in/alex-rivera-example</a></p>",
        "subject": "Alex Rivera — Senior Payments Engineer",
        "text": "Dear Sam Lee,

      I saw that Acme is hiring a Senior Payments Engineer. I'm Alex Rivera, and I would like to bring my work to your team.

      A relevant result from my recent work: cut checkout latency by 40% at Globex in six months.

      Would you have 15 minutes on Tuesday or Wednesday for a short call?

      Kind regards,
      Alex Rivera
      alex.rivera@example.com · +1 415 555 0134 · https://www.linkedin.com/in/alex-rivera-example",
        "to": [
          {
            "email": "sam.lee@acme.example",
            "name": "Sam Lee",
          },
        ],
      }
    `);
  });
});

describe('followUp', () => {
  test('should draft in the warm tone', () => {
    expect(draft('followUp', 'warm')).toMatchInlineSnapshot(`
      {
        "findings": [],
        "html": "<p>Hi Sam,</p>
      <p>I have something new since I wrote about the Senior Payments Engineer role at Acme. I sketched how your checkout could drop one of its 3 redirects.</p>
      <p>Could we find 15 minutes next week to talk it through?</p>
      <p>Best,<br>Alex Rivera<br><a href="mailto:alex.rivera@example.com">alex.rivera@example.com</a> · +1 415 555 0134 · <a href="https://www.linkedin.com/in/alex-rivera-example">https://www.linkedin.com/in/alex-rivera-example</a></p>",
        "subject": "One more idea for Acme",
        "text": "Hi Sam,

      I have something new since I wrote about the Senior Payments Engineer role at Acme. I sketched how your checkout could drop one of its 3 redirects.

      Could we find 15 minutes next week to talk it through?

      Best,
      Alex Rivera
      alex.rivera@example.com · +1 415 555 0134 · https://www.linkedin.com/in/alex-rivera-example",
        "to": [
          {
            "email": "sam.lee@acme.example",
            "name": "Sam Lee",
          },
        ],
      }
    `);
  });
  test('should draft in the direct tone', () => {
    expect(draft('followUp', 'direct')).toMatchInlineSnapshot(`
      {
        "findings": [],
        "html": "<p>Hi Sam,</p>
      <p>I have something new since I wrote about the Senior Payments Engineer role at Acme. I sketched how your checkout could drop one of its 3 redirects.</p>
      <p>Do you have 15 minutes next week for a call?</p>
      <p>Best,<br>Alex Rivera<br><a href="mailto:alex.rivera@example.com">alex.rivera@example.com</a> · +1 415 555 0134 · <a href="https://www.linkedin.com/in/alex-rivera-example">https://www.linkedin.com/in/alex-rivera-example</a></p>",
        "subject": "One more idea for Acme",
        "text": "Hi Sam,

      I have something new since I wrote about the Senior Payments Engineer role at Acme. I sketched how your checkout could drop one of its 3 redirects.

      Do you have 15 minutes next week for a call?

      Best,
      Alex Rivera
      alex.rivera@example.com · +1 415 555 0134 · https://www.linkedin.com/in/alex-rivera-example",
        "to": [
          {
            "email": "sam.lee@acme.example",
            "name": "Sam Lee",
          },
        ],
      }
    `);
  });
  test('should draft in the formal tone', () => {
    expect(draft('followUp', 'formal')).toMatchInlineSnapshot(`
      {
        "findings": [],
        "html": "<p>Dear Sam Lee,</p>
      <p>I have something new since I wrote about the Senior Payments Engineer role at Acme. I sketched how your checkout could drop one of its 3 redirects.</p>
      <p>Could we arrange a 15-minute call next week?</p>
      <p>With thanks,<br>Alex Rivera<br><a href="mailto:alex.rivera@example.com">alex.rivera@example.com</a> · +1 415 555 0134 · <a href="https://www.linkedin.com/in/alex-rivera-example">https://www.linkedin.com/in/alex-rivera-example</a></p>",
        "subject": "One more idea for Acme",
        "text": "Dear Sam Lee,

      I have something new since I wrote about the Senior Payments Engineer role at Acme. I sketched how your checkout could drop one of its 3 redirects.

      Could we arrange a 15-minute call next week?

      With thanks,
      Alex Rivera
      alex.rivera@example.com · +1 415 555 0134 · https://www.linkedin.com/in/alex-rivera-example",
        "to": [
          {
            "email": "sam.lee@acme.example",
            "name": "Sam Lee",
          },
        ],
      }
    `);
  });
});

describe('callScript', () => {
  test('should draft in the warm tone', () => {
    expect(draft('callScript', 'warm')).toMatchInlineSnapshot(`
      {
        "findings": [],
        "html": "<p>Hi Sam, this is Alex Rivera, at +1 415 555 0134. Dana Kim suggested I call you.</p>
      <p>I&#x27;m calling about the Senior Payments Engineer role at Acme. In my last role I cut checkout latency by 40% at Globex in six months. I&#x27;d bring the same playbook to your checkout before the German launch.</p>
      <p>Could we talk for 15 minutes this week?</p>
      <p>Again, this is Alex Rivera, at +1 415 555 0134. Thank you, Sam.</p>",
        "subject": undefined,
        "text": "Hi Sam, this is Alex Rivera, at +1 415 555 0134. Dana Kim suggested I call you.

      I'm calling about the Senior Payments Engineer role at Acme. In my last role I cut checkout latency by 40% at Globex in six months. I'd bring the same playbook to your checkout before the German launch.

      Could we talk for 15 minutes this week?

      Again, this is Alex Rivera, at +1 415 555 0134. Thank you, Sam.",
        "to": [
          {
            "email": "sam.lee@acme.example",
            "name": "Sam Lee",
          },
        ],
      }
    `);
  });
  test('should draft in the direct tone', () => {
    expect(draft('callScript', 'direct')).toMatchInlineSnapshot(`
      {
        "findings": [],
        "html": "<p>Hi Sam, this is Alex Rivera, at +1 415 555 0134. Dana Kim suggested I call you.</p>
      <p>I&#x27;m calling about the Senior Payments Engineer role at Acme. In my last role I cut checkout latency by 40% at Globex in six months. I would bring the same playbook to your checkout before the German launch.</p>
      <p>Could we talk for 15 minutes this week?</p>
      <p>Again, this is Alex Rivera, at +1 415 555 0134. Thank you, Sam.</p>",
        "subject": undefined,
        "text": "Hi Sam, this is Alex Rivera, at +1 415 555 0134. Dana Kim suggested I call you.

      I'm calling about the Senior Payments Engineer role at Acme. In my last role I cut checkout latency by 40% at Globex in six months. I would bring the same playbook to your checkout before the German launch.

      Could we talk for 15 minutes this week?

      Again, this is Alex Rivera, at +1 415 555 0134. Thank you, Sam.",
        "to": [
          {
            "email": "sam.lee@acme.example",
            "name": "Sam Lee",
          },
        ],
      }
    `);
  });
  test('should draft in the formal tone', () => {
    expect(draft('callScript', 'formal')).toMatchInlineSnapshot(`
      {
        "findings": [],
        "html": "<p>Hello Sam Lee, this is Alex Rivera, at +1 415 555 0134. Dana Kim suggested I call you.</p>
      <p>I&#x27;m calling about the Senior Payments Engineer role at Acme. In my last role I cut checkout latency by 40% at Globex in six months. I would welcome the chance to bring the same playbook to your checkout before the German launch.</p>
      <p>Could we talk for 15 minutes this week?</p>
      <p>Again, this is Alex Rivera, at +1 415 555 0134. Thank you, Sam.</p>",
        "subject": undefined,
        "text": "Hello Sam Lee, this is Alex Rivera, at +1 415 555 0134. Dana Kim suggested I call you.

      I'm calling about the Senior Payments Engineer role at Acme. In my last role I cut checkout latency by 40% at Globex in six months. I would welcome the chance to bring the same playbook to your checkout before the German launch.

      Could we talk for 15 minutes this week?

      Again, this is Alex Rivera, at +1 415 555 0134. Thank you, Sam.",
        "to": [
          {
            "email": "sam.lee@acme.example",
            "name": "Sam Lee",
          },
        ],
      }
    `);
  });
});

describe('linkedinNote', () => {
  test('should draft in the warm tone', () => {
    expect(draft('linkedinNote', 'warm')).toMatchInlineSnapshot(`
      {
        "findings": [],
        "html": "<p>Hi Sam, I saw that Acme is hiring. One result of mine: cut checkout latency by 40% at Globex in six months. Could we talk about the Senior Payments Engineer role at Acme? — Alex</p>",
        "subject": undefined,
        "text": "Hi Sam, I saw that Acme is hiring. One result of mine: cut checkout latency by 40% at Globex in six months. Could we talk about the Senior Payments Engineer role at Acme? — Alex",
        "to": [
          {
            "email": "sam.lee@acme.example",
            "name": "Sam Lee",
          },
        ],
      }
    `);
  });
  test('should draft in the direct tone', () => {
    expect(draft('linkedinNote', 'direct')).toMatchInlineSnapshot(`
      {
        "findings": [],
        "html": "<p>Hi Sam, I saw that Acme is hiring. One result of mine: cut checkout latency by 40% at Globex in six months. Could we talk about the Senior Payments Engineer role at Acme? — Alex</p>",
        "subject": undefined,
        "text": "Hi Sam, I saw that Acme is hiring. One result of mine: cut checkout latency by 40% at Globex in six months. Could we talk about the Senior Payments Engineer role at Acme? — Alex",
        "to": [
          {
            "email": "sam.lee@acme.example",
            "name": "Sam Lee",
          },
        ],
      }
    `);
  });
  test('should draft in the formal tone', () => {
    expect(draft('linkedinNote', 'formal')).toMatchInlineSnapshot(`
      {
        "findings": [],
        "html": "<p>Hi Sam, I saw that Acme is hiring. One result of mine: cut checkout latency by 40% at Globex in six months. Could we talk about the Senior Payments Engineer role at Acme? — Alex</p>",
        "subject": undefined,
        "text": "Hi Sam, I saw that Acme is hiring. One result of mine: cut checkout latency by 40% at Globex in six months. Could we talk about the Senior Payments Engineer role at Acme? — Alex",
        "to": [
          {
            "email": "sam.lee@acme.example",
            "name": "Sam Lee",
          },
        ],
      }
    `);
  });
});

describe('thankYou', () => {
  test('should draft in the warm tone', () => {
    expect(draft('thankYou', 'warm')).toMatchInlineSnapshot(`
      {
        "findings": [],
        "html": "<p>Hi Dana,</p>
      <p>Thank you for introducing me to Sam Lee at Acme. Sam and I are meeting on Thursday.</p>
      <p>When I reply to Sam, I&#x27;ll move you to Bcc to spare your inbox, and I&#x27;ll let you know how it goes.</p>
      <p>Thanks so much,<br>Alex</p>",
        "subject": "Thank you, Dana",
        "text": "Hi Dana,

      Thank you for introducing me to Sam Lee at Acme. Sam and I are meeting on Thursday.

      When I reply to Sam, I'll move you to Bcc to spare your inbox, and I'll let you know how it goes.

      Thanks so much,
      Alex",
        "to": [
          {
            "email": "dana.kim@example.com",
            "name": "Dana Kim",
          },
        ],
      }
    `);
  });
  test('should draft in the direct tone', () => {
    expect(draft('thankYou', 'direct')).toMatchInlineSnapshot(`
      {
        "findings": [],
        "html": "<p>Hi Dana,</p>
      <p>Thank you for introducing me to Sam Lee at Acme. Sam and I are meeting on Thursday.</p>
      <p>When I reply to Sam, I&#x27;ll move you to Bcc to spare your inbox, and I&#x27;ll let you know how it goes.</p>
      <p>Thanks,<br>Alex</p>",
        "subject": "Thank you, Dana",
        "text": "Hi Dana,

      Thank you for introducing me to Sam Lee at Acme. Sam and I are meeting on Thursday.

      When I reply to Sam, I'll move you to Bcc to spare your inbox, and I'll let you know how it goes.

      Thanks,
      Alex",
        "to": [
          {
            "email": "dana.kim@example.com",
            "name": "Dana Kim",
          },
        ],
      }
    `);
  });
  test('should draft in the formal tone', () => {
    expect(draft('thankYou', 'formal')).toMatchInlineSnapshot(`
      {
        "findings": [],
        "html": "<p>Dear Dana Kim,</p>
      <p>Thank you for introducing me to Sam Lee at Acme. Sam and I are meeting on Thursday.</p>
      <p>When I reply to Sam, I&#x27;ll move you to Bcc to spare your inbox, and I&#x27;ll let you know how it goes.</p>
      <p>Kind regards,<br>Alex</p>",
        "subject": "Thank you, Dana",
        "text": "Dear Dana Kim,

      Thank you for introducing me to Sam Lee at Acme. Sam and I are meeting on Thursday.

      When I reply to Sam, I'll move you to Bcc to spare your inbox, and I'll let you know how it goes.

      Kind regards,
      Alex",
        "to": [
          {
            "email": "dana.kim@example.com",
            "name": "Dana Kim",
          },
        ],
      }
    `);
  });
});

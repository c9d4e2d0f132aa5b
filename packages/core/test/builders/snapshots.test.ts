import { build, type InputOf, type Kind, type Tone } from '@sidedoor/core';
import { introExtra, pitchInput } from '../helpers/fixtures';

const base = {
  ...pitchInput,
  ...introExtra,
  sender: { ...pitchInput.sender, headline: 'Payments engineer at Globex' },
};
const example: { [K in Kind]: InputOf<K> } = {
  managerPitch: { ...pitchInput, sender: base.sender, screenedOut: true },
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
    help: 'introduce',
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
        "html": "<p>Hello Sam,</p>
      <p>My name is Alex, and I&#x27;m a payments engineer at Globex. I was interested to read that your team is rebuilding checkout ahead of the launch in Germany.</p>
      <p>That&#x27;s work I know well: I cut checkout latency by 40% at Globex in six months. I&#x27;d love to bring the same playbook to your checkout before the German launch.</p>
      <p>Would you be up for a 15-minute call on Tuesday or Wednesday about the Senior Payments Engineer role at Acme? (My application is in too.)</p>
      <p>Thanks for reading, Sam.</p>
      <p>All the best,<br>Alex Rivera<br><a href="mailto:alex.rivera@example.com">alex.rivera@example.com</a> · +1 415 555 0134 · <a href="https://www.linkedin.com/in/alex-rivera-example">https://www.linkedin.com/in/alex-rivera-example</a></p>",
        "subject": "Cut checkout latency by 40%",
        "text": "Hello Sam,

      My name is Alex, and I'm a payments engineer at Globex. I was interested to read that your team is rebuilding checkout ahead of the launch in Germany.

      That's work I know well: I cut checkout latency by 40% at Globex in six months. I'd love to bring the same playbook to your checkout before the German launch.

      Would you be up for a 15-minute call on Tuesday or Wednesday about the Senior Payments Engineer role at Acme? (My application is in too.)

      Thanks for reading, Sam.

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
    expect(draft('managerPitch', 'direct')).toMatchInlineSnapshot(`
      {
        "findings": [],
        "html": "<p>Hi Sam,</p>
      <p>I&#x27;m Alex Rivera, a payments engineer at Globex. I noticed that your team is rebuilding checkout ahead of the launch in Germany.</p>
      <p>I cut checkout latency by 40% at Globex in six months. I can bring the same playbook to your checkout before the German launch.</p>
      <p>Are you free for 15 minutes on Tuesday or Wednesday to talk about the Senior Payments Engineer role at Acme? (I&#x27;ve applied too.)</p>
      <p>Best,<br>Alex Rivera<br><a href="mailto:alex.rivera@example.com">alex.rivera@example.com</a> · +1 415 555 0134 · <a href="https://www.linkedin.com/in/alex-rivera-example">https://www.linkedin.com/in/alex-rivera-example</a></p>",
        "subject": "Cut checkout latency by 40%",
        "text": "Hi Sam,

      I'm Alex Rivera, a payments engineer at Globex. I noticed that your team is rebuilding checkout ahead of the launch in Germany.

      I cut checkout latency by 40% at Globex in six months. I can bring the same playbook to your checkout before the German launch.

      Are you free for 15 minutes on Tuesday or Wednesday to talk about the Senior Payments Engineer role at Acme? (I've applied too.)

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
    expect(draft('managerPitch', 'formal')).toMatchInlineSnapshot(`
      {
        "findings": [],
        "html": "<p>Dear Sam Lee,</p>
      <p>My name is Alex Rivera, and I am a payments engineer at Globex. I read recently that your team is rebuilding checkout ahead of the launch in Germany.</p>
      <p>Closest to your needs, I cut checkout latency by 40% at Globex in six months. I would like to bring the same playbook to your checkout before the German launch.</p>
      <p>Could you spare 15 minutes on Tuesday or Wednesday regarding the Senior Payments Engineer role at Acme? (I have also applied for the role.)</p>
      <p>Sincerely,<br>Alex Rivera<br><a href="mailto:alex.rivera@example.com">alex.rivera@example.com</a> · +1 415 555 0134 · <a href="https://www.linkedin.com/in/alex-rivera-example">https://www.linkedin.com/in/alex-rivera-example</a></p>",
        "subject": "Cut checkout latency by 40%",
        "text": "Dear Sam Lee,

      My name is Alex Rivera, and I am a payments engineer at Globex. I read recently that your team is rebuilding checkout ahead of the launch in Germany.

      Closest to your needs, I cut checkout latency by 40% at Globex in six months. I would like to bring the same playbook to your checkout before the German launch.

      Could you spare 15 minutes on Tuesday or Wednesday regarding the Senior Payments Engineer role at Acme? (I have also applied for the role.)

      Sincerely,
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
      <p>It&#x27;s been a while since we worked together on the billing team at Globex.</p>
      <p>I&#x27;m keen to talk with Sam Lee (Head of Payments) at Acme about the Senior Payments Engineer role. You worked with Sam at Initech for four years, so you know Sam well. What I&#x27;d bring: I cut checkout latency by 40% at Globex in six months.</p>
      <p>Would you introduce me to Sam? A note for Sam follows, ready to pass on. If you&#x27;d rather not, no problem at all.</p>
      <p>Thank you so much,<br>Alex</p>
      <p>---------- Note to forward to Sam ----------<br>Hi Sam,</p>
      <p>My name is Alex, and I&#x27;m a payments engineer at Globex. I was glad to read that your team is rebuilding checkout ahead of the launch in Germany.</p>
      <p>That&#x27;s familiar ground: I cut checkout latency by 40% at Globex in six months. I&#x27;d love to bring the same playbook to your checkout before the German launch.</p>
      <p>Could we find 15 minutes on Tuesday or Wednesday to talk about the Senior Payments Engineer role at Acme?</p>
      <p>Best,<br>Alex Rivera<br><a href="mailto:alex.rivera@example.com">alex.rivera@example.com</a> · +1 415 555 0134 · <a href="https://www.linkedin.com/in/alex-rivera-example">https://www.linkedin.com/in/alex-rivera-example</a><br>---------- End of note ----------</p>",
        "subject": "Intro to Sam at Acme?",
        "text": "Hi Dana,

      It's been a while since we worked together on the billing team at Globex.

      I'm keen to talk with Sam Lee (Head of Payments) at Acme about the Senior Payments Engineer role. You worked with Sam at Initech for four years, so you know Sam well. What I'd bring: I cut checkout latency by 40% at Globex in six months.

      Would you introduce me to Sam? A note for Sam follows, ready to pass on. If you'd rather not, no problem at all.

      Thank you so much,
      Alex

      ---------- Note to forward to Sam ----------
      Hi Sam,

      My name is Alex, and I'm a payments engineer at Globex. I was glad to read that your team is rebuilding checkout ahead of the launch in Germany.

      That's familiar ground: I cut checkout latency by 40% at Globex in six months. I'd love to bring the same playbook to your checkout before the German launch.

      Could we find 15 minutes on Tuesday or Wednesday to talk about the Senior Payments Engineer role at Acme?

      Best,
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
      <p>We worked together on the billing team at Globex, so I&#x27;ll keep this short.</p>
      <p>I want to reach Sam Lee (Head of Payments) at Acme about the Senior Payments Engineer role. You know Sam: you worked with Sam at Initech for four years. I cut checkout latency by 40% at Globex in six months.</p>
      <p>Would you introduce us? Note to pass on below. No problem at all if not.</p>
      <p>Thank you,<br>Alex</p>
      <p>---------- Note to forward to Sam ----------<br>Hi Sam,</p>
      <p>I&#x27;m Alex Rivera, a payments engineer at Globex. I saw that your team is rebuilding checkout ahead of the launch in Germany.</p>
      <p>I cut checkout latency by 40% at Globex in six months. I can bring the same playbook to your checkout before the German launch.</p>
      <p>Can we talk for 15 minutes on Tuesday or Wednesday about the Senior Payments Engineer role at Acme?</p>
      <p>Thanks,<br>Alex Rivera<br><a href="mailto:alex.rivera@example.com">alex.rivera@example.com</a> · +1 415 555 0134 · <a href="https://www.linkedin.com/in/alex-rivera-example">https://www.linkedin.com/in/alex-rivera-example</a><br>---------- End of note ----------</p>",
        "subject": "Intro to Sam at Acme?",
        "text": "Hi Dana,

      We worked together on the billing team at Globex, so I'll keep this short.

      I want to reach Sam Lee (Head of Payments) at Acme about the Senior Payments Engineer role. You know Sam: you worked with Sam at Initech for four years. I cut checkout latency by 40% at Globex in six months.

      Would you introduce us? Note to pass on below. No problem at all if not.

      Thank you,
      Alex

      ---------- Note to forward to Sam ----------
      Hi Sam,

      I'm Alex Rivera, a payments engineer at Globex. I saw that your team is rebuilding checkout ahead of the launch in Germany.

      I cut checkout latency by 40% at Globex in six months. I can bring the same playbook to your checkout before the German launch.

      Can we talk for 15 minutes on Tuesday or Wednesday about the Senior Payments Engineer role at Acme?

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
      <p>It has been some time since we worked together on the billing team at Globex.</p>
      <p>I hope to speak with Sam Lee (Head of Payments) at Acme regarding the Senior Payments Engineer role. As you worked with Sam at Initech for four years, you know Sam personally. For background, I cut checkout latency by 40% at Globex in six months.</p>
      <p>Would you be able to introduce me to Sam Lee? A note for Sam follows, should you wish to use it. There is no pressure at all.</p>
      <p>With many thanks,<br>Alex Rivera</p>
      <p>---------- Note to forward to Sam ----------<br>Dear Sam Lee,</p>
      <p>My name is Alex Rivera, and I am a payments engineer at Globex. I have read that your team is rebuilding checkout ahead of the launch in Germany.</p>
      <p>In a similar situation, I cut checkout latency by 40% at Globex in six months. I would like to bring the same playbook to your checkout before the German launch.</p>
      <p>Would you have 15 minutes on Tuesday or Wednesday to discuss the Senior Payments Engineer role at Acme?</p>
      <p>Kind regards,<br>Alex Rivera<br><a href="mailto:alex.rivera@example.com">alex.rivera@example.com</a> · +1 415 555 0134 · <a href="https://www.linkedin.com/in/alex-rivera-example">https://www.linkedin.com/in/alex-rivera-example</a><br>---------- End of note ----------</p>",
        "subject": "Intro to Sam at Acme?",
        "text": "Dear Dana Kim,

      It has been some time since we worked together on the billing team at Globex.

      I hope to speak with Sam Lee (Head of Payments) at Acme regarding the Senior Payments Engineer role. As you worked with Sam at Initech for four years, you know Sam personally. For background, I cut checkout latency by 40% at Globex in six months.

      Would you be able to introduce me to Sam Lee? A note for Sam follows, should you wish to use it. There is no pressure at all.

      With many thanks,
      Alex Rivera

      ---------- Note to forward to Sam ----------
      Dear Sam Lee,

      My name is Alex Rivera, and I am a payments engineer at Globex. I have read that your team is rebuilding checkout ahead of the launch in Germany.

      In a similar situation, I cut checkout latency by 40% at Globex in six months. I would like to bring the same playbook to your checkout before the German launch.

      Would you have 15 minutes on Tuesday or Wednesday to discuss the Senior Payments Engineer role at Acme?

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
      <p>My name is Alex, and I&#x27;m a payments engineer at Globex. I&#x27;m writing about the Senior Payments Engineer role at Acme.</p>
      <p>I cut checkout latency by 40% at Globex in six months.</p>
      <p>Could we find 15 minutes on Tuesday or Wednesday to talk?</p>
      <p>Best,<br>Alex Rivera<br><a href="mailto:alex.rivera@example.com">alex.rivera@example.com</a> · +1 415 555 0134 · <a href="https://www.linkedin.com/in/alex-rivera-example">https://www.linkedin.com/in/alex-rivera-example</a></p>",
        "subject": "Cut checkout latency by 40%",
        "text": "Hi Sam,

      My name is Alex, and I'm a payments engineer at Globex. I'm writing about the Senior Payments Engineer role at Acme.

      I cut checkout latency by 40% at Globex in six months.

      Could we find 15 minutes on Tuesday or Wednesday to talk?

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
    expect(draft('forwardableBlurb', 'direct')).toMatchInlineSnapshot(`
      {
        "findings": [],
        "html": "<p>Hi Sam,</p>
      <p>I&#x27;m Alex Rivera, a payments engineer at Globex. This is about the Senior Payments Engineer role at Acme.</p>
      <p>I cut checkout latency by 40% at Globex in six months.</p>
      <p>Can we talk for 15 minutes on Tuesday or Wednesday?</p>
      <p>Thanks,<br>Alex Rivera<br><a href="mailto:alex.rivera@example.com">alex.rivera@example.com</a> · +1 415 555 0134 · <a href="https://www.linkedin.com/in/alex-rivera-example">https://www.linkedin.com/in/alex-rivera-example</a></p>",
        "subject": "Cut checkout latency by 40%",
        "text": "Hi Sam,

      I'm Alex Rivera, a payments engineer at Globex. This is about the Senior Payments Engineer role at Acme.

      I cut checkout latency by 40% at Globex in six months.

      Can we talk for 15 minutes on Tuesday or Wednesday?

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
      <p>My name is Alex Rivera, and I am a payments engineer at Globex. I am writing about the Senior Payments Engineer role at Acme.</p>
      <p>I cut checkout latency by 40% at Globex in six months.</p>
      <p>Would you have 15 minutes on Tuesday or Wednesday to discuss this?</p>
      <p>Kind regards,<br>Alex Rivera<br><a href="mailto:alex.rivera@example.com">alex.rivera@example.com</a> · +1 415 555 0134 · <a href="https://www.linkedin.com/in/alex-rivera-example">https://www.linkedin.com/in/alex-rivera-example</a></p>",
        "subject": "Cut checkout latency by 40%",
        "text": "Dear Sam Lee,

      My name is Alex Rivera, and I am a payments engineer at Globex. I am writing about the Senior Payments Engineer role at Acme.

      I cut checkout latency by 40% at Globex in six months.

      Would you have 15 minutes on Tuesday or Wednesday to discuss this?

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
        "html": "<p>Hello Sam,</p>
      <p>I&#x27;ve kept thinking about the Senior Payments Engineer role at Acme since my last note. I sketched how your checkout could drop one of its 3 redirects.</p>
      <p>I&#x27;d be happy to share it; would you like a copy?</p>
      <p>Best,<br>Alex</p>",
        "subject": "Your Senior Payments Engineer opening",
        "text": "Hello Sam,

      I've kept thinking about the Senior Payments Engineer role at Acme since my last note. I sketched how your checkout could drop one of its 3 redirects.

      I'd be happy to share it; would you like a copy?

      Best,
      Alex",
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
      <p>Since my last note about the Senior Payments Engineer role at Acme: I sketched how your checkout could drop one of its 3 redirects.</p>
      <p>Want to see it?</p>
      <p>Thanks,<br>Alex</p>",
        "subject": "Your Senior Payments Engineer opening",
        "text": "Hi Sam,

      Since my last note about the Senior Payments Engineer role at Acme: I sketched how your checkout could drop one of its 3 redirects.

      Want to see it?

      Thanks,
      Alex",
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
      <p>I am writing further to my earlier message on the Senior Payments Engineer role at Acme. I sketched how your checkout could drop one of its 3 redirects.</p>
      <p>Shall I forward it to you?</p>
      <p>With thanks,<br>Alex Rivera<br><a href="mailto:alex.rivera@example.com">alex.rivera@example.com</a> · +1 415 555 0134 · <a href="https://www.linkedin.com/in/alex-rivera-example">https://www.linkedin.com/in/alex-rivera-example</a></p>",
        "subject": "Your Senior Payments Engineer opening",
        "text": "Dear Sam Lee,

      I am writing further to my earlier message on the Senior Payments Engineer role at Acme. I sketched how your checkout could drop one of its 3 redirects.

      Shall I forward it to you?

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
        "html": "<p>Hi Sam, this is Alex Rivera, a payments engineer at Globex, calling from +1 415 555 0134. Dana Kim suggested I give you a call.</p>
      <p>I cut checkout latency by 40% at Globex in six months. I&#x27;d be glad to bring the same playbook to your checkout before the German launch.</p>
      <p>Would you have 15 minutes next week to talk about the Senior Payments Engineer role at Acme?</p>
      <p>Again, this is Alex Rivera, at +1 415 555 0134. Thanks so much, Sam.</p>
      <p>If Sam answers: &quot;Hi Sam, this is Alex Rivera, do you have a moment?&quot; Then share the result.</p>",
        "subject": undefined,
        "text": "Hi Sam, this is Alex Rivera, a payments engineer at Globex, calling from +1 415 555 0134. Dana Kim suggested I give you a call.

      I cut checkout latency by 40% at Globex in six months. I'd be glad to bring the same playbook to your checkout before the German launch.

      Would you have 15 minutes next week to talk about the Senior Payments Engineer role at Acme?

      Again, this is Alex Rivera, at +1 415 555 0134. Thanks so much, Sam.

      If Sam answers: "Hi Sam, this is Alex Rivera, do you have a moment?" Then share the result.",
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
        "html": "<p>Hi Sam, this is Alex Rivera, a payments engineer at Globex, at +1 415 555 0134. Dana Kim suggested I call.</p>
      <p>I cut checkout latency by 40% at Globex in six months.</p>
      <p>Do you have 15 minutes next week to talk about the Senior Payments Engineer role at Acme?</p>
      <p>Again, Alex Rivera, +1 415 555 0134. Thanks.</p>
      <p>If Sam answers: &quot;Sam, this is Alex Rivera. Got two minutes?&quot; Then the result.</p>",
        "subject": undefined,
        "text": "Hi Sam, this is Alex Rivera, a payments engineer at Globex, at +1 415 555 0134. Dana Kim suggested I call.

      I cut checkout latency by 40% at Globex in six months.

      Do you have 15 minutes next week to talk about the Senior Payments Engineer role at Acme?

      Again, Alex Rivera, +1 415 555 0134. Thanks.

      If Sam answers: "Sam, this is Alex Rivera. Got two minutes?" Then the result.",
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
        "html": "<p>Hello Sam Lee, this is Alex Rivera, a payments engineer at Globex; my number is +1 415 555 0134. Dana Kim suggested that I contact you.</p>
      <p>I cut checkout latency by 40% at Globex in six months. I would gladly bring the same playbook to your checkout before the German launch.</p>
      <p>May I ask for 15 minutes next week to discuss the Senior Payments Engineer role at Acme?</p>
      <p>Once more, this is Alex Rivera, at +1 415 555 0134. Thank you.</p>
      <p>Should Sam Lee answer: &quot;This is Alex Rivera. Is this a good moment for two minutes?&quot; Then the result.</p>",
        "subject": undefined,
        "text": "Hello Sam Lee, this is Alex Rivera, a payments engineer at Globex; my number is +1 415 555 0134. Dana Kim suggested that I contact you.

      I cut checkout latency by 40% at Globex in six months. I would gladly bring the same playbook to your checkout before the German launch.

      May I ask for 15 minutes next week to discuss the Senior Payments Engineer role at Acme?

      Once more, this is Alex Rivera, at +1 415 555 0134. Thank you.

      Should Sam Lee answer: "This is Alex Rivera. Is this a good moment for two minutes?" Then the result.",
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
        "html": "<p>Hi Sam, I saw that your team is rebuilding checkout ahead of the launch in Germany. I cut checkout latency by 40% at Globex in six months. Any chance of a 15-minute call about Acme?</p>",
        "subject": undefined,
        "text": "Hi Sam, I saw that your team is rebuilding checkout ahead of the launch in Germany. I cut checkout latency by 40% at Globex in six months. Any chance of a 15-minute call about Acme?",
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
        "html": "<p>Hi Sam, I saw that your team is rebuilding checkout ahead of the launch in Germany. I cut checkout latency by 40% at Globex in six months. Free for a 15-minute call about Acme?</p>",
        "subject": undefined,
        "text": "Hi Sam, I saw that your team is rebuilding checkout ahead of the launch in Germany. I cut checkout latency by 40% at Globex in six months. Free for a 15-minute call about Acme?",
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
        "html": "<p>Dear Sam Lee, I saw that your team is rebuilding checkout ahead of the launch in Germany. I cut checkout latency by 40% at Globex in six months. May I ask for 15 minutes of your time to discuss Acme?</p>",
        "subject": undefined,
        "text": "Dear Sam Lee, I saw that your team is rebuilding checkout ahead of the launch in Germany. I cut checkout latency by 40% at Globex in six months. May I ask for 15 minutes of your time to discuss Acme?",
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
      <p>Thank you so much for introducing me to Sam at Acme. I&#x27;ll move you to Bcc when I write back to Sam, so your inbox stays quiet.</p>
      <p>I owe you one, Dana, so tell me whenever I can help.</p>
      <p>Gratefully,<br>Alex</p>",
        "subject": "Thanks for the intro to Sam",
        "text": "Hi Dana,

      Thank you so much for introducing me to Sam at Acme. I'll move you to Bcc when I write back to Sam, so your inbox stays quiet.

      I owe you one, Dana, so tell me whenever I can help.

      Gratefully,
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
      <p>Thanks for the intro to Sam at Acme. Moving you to Bcc when I reply.</p>
      <p>If I can help you with anything, ask.</p>
      <p>Thanks again,<br>Alex</p>",
        "subject": "Thanks for the intro to Sam",
        "text": "Hi Dana,

      Thanks for the intro to Sam at Acme. Moving you to Bcc when I reply.

      If I can help you with anything, ask.

      Thanks again,
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
      <p>Thank you for introducing me to Sam Lee at Acme. When I write back to Sam, I will move you to Bcc.</p>
      <p>Should I ever be able to return the favour, Dana, please ask.</p>
      <p>With thanks,<br>Alex Rivera</p>",
        "subject": "Thanks for the intro to Sam",
        "text": "Dear Dana Kim,

      Thank you for introducing me to Sam Lee at Acme. When I write back to Sam, I will move you to Bcc.

      Should I ever be able to return the favour, Dana, please ask.

      With thanks,
      Alex Rivera",
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

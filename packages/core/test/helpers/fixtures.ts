import type { Finding, ManagerPitchInput, Report } from '@sidedoor/core';

/** A complete, valid manager-pitch input. */
export const pitchInput: ManagerPitchInput = {
  sender: {
    name: 'Alex Rivera',
    email: 'alex.rivera@example.com',
    phone: '+1 415 555 0134',
    linkedin: 'https://www.linkedin.com/in/alex-rivera-example',
  },
  manager: { name: 'Sam Lee', email: 'sam.lee@acme.example', title: 'Head of Payments' },
  company: 'Acme',
  role: 'Senior Payments Engineer',
  hook: 'your team is rebuilding checkout ahead of the launch in Germany',
  proof: ['Cut checkout latency by 40% at Globex in six months'],
  offer: 'bring the same playbook to your checkout before the German launch',
  ask: { minutes: 15, when: 'Tuesday or Wednesday' },
};

/** The extra fields an intro request needs, on top of the pitch input. */
export const introExtra = {
  contact: { name: 'Dana Kim', email: 'dana.kim@example.com' },
  relationship: 'worked together on the billing team at Globex',
  connection: 'worked with Sam at Initech for four years',
  help: 'introduce' as const,
};

/** A short body wrapped in a greeting and a signature, as people write mail. */
export function mail(body: string, greeting = 'Hi Sam,'): string {
  return `${greeting}\n\n${body}\n\nBest,\nAlex Rivera\nalex@example.com`;
}

/** The findings of one rule. */
export function of(report: Report, rule: string): Finding[] {
  return report.findings.filter((f) => f.rule === rule);
}

/** The rule ids of a report, deduplicated. */
export function ruleIds(report: Report): string[] {
  return [...new Set(report.findings.map((f) => f.rule))];
}

import type { IntroRequestInput, ManagerPitchInput } from '@sidedoor/core';

/** A complete, valid manager-pitch input. */
export const pitchInput: ManagerPitchInput = {
  sender: { name: 'Alex Rivera', email: 'alex@example.com', phone: '+1 415 555 0134' },
  manager: { name: 'Sam Lee', email: 'sam.lee@acme.example' },
  company: 'Acme',
  role: 'Senior Payments Engineer',
  hook: 'your team is rebuilding checkout ahead of the launch in Germany',
  proof: ['Cut checkout latency by 40% at Globex in six months'],
  offer: 'bring the same playbook to your checkout',
};

/** A complete, valid intro-request input. */
export const introInput: IntroRequestInput = {
  ...pitchInput,
  contact: { name: 'Dana Kim', email: 'dana.kim@example.com' },
  relationship: 'worked together at Globex',
  connection: 'worked with Sam at Initech',
  help: 'introduce',
};

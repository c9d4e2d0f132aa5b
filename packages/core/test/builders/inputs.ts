import type { InputOf, Kind, Tone } from '@sidedoor/core';
import type { Person } from './people';

/** The input of `kind` in `tone` from everything a person told sidedoor. */
export function inputFor(p: Person, kind: Kind, tone: Tone): InputOf<Kind> {
  const ask = p.ask === undefined ? {} : { ask: p.ask };
  const core = { sender: p.sender, manager: p.manager, company: p.company, tone };
  switch (kind) {
    case 'managerPitch':
      return {
        ...core,
        role: p.role,
        hook: p.hook,
        proof: p.proof,
        offer: p.offer,
        ...ask,
        ...(p.screenedOut === undefined ? {} : { screenedOut: p.screenedOut }),
      };
    case 'introRequest':
      return {
        ...core,
        contact: p.contact,
        role: p.role,
        relationship: p.relationship,
        connection: p.connection,
        help: p.help,
        hook: p.hook,
        proof: p.proof,
        offer: p.offer,
        ...ask,
      };
    case 'forwardableBlurb':
      return { ...core, role: p.role, hook: p.hook, proof: p.proof, offer: p.offer, ...ask };
    case 'followUp':
      return {
        ...core,
        role: p.role,
        update: p.update,
        ...(p.previousSubject === undefined ? {} : { previousSubject: p.previousSubject }),
      };
    case 'callScript':
      return {
        ...core,
        role: p.role,
        proof: p.proof,
        offer: p.offer,
        ...ask,
        ...(p.referrer === undefined ? {} : { referrer: p.referrer }),
      };
    case 'linkedinNote':
      return {
        ...core,
        role: p.role,
        hook: p.hook,
        proof: p.proof,
        ...(p.premium === undefined ? {} : { premium: p.premium }),
      };
    case 'thankYou':
      return {
        ...core,
        contact: p.contact,
        help: p.help,
        ...(p.outcome === undefined ? {} : { outcome: p.outcome }),
      };
  }
}

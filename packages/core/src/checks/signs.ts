/**
 * The phrases only kind inference reads (`infer.ts`): votes for a kind, and signs of whether a
 * text is a job seeker's outreach at all. Apart from the rules' vocabulary so that code checking
 * a known kind (every builder) never carries them: a bundle that drafts but does not infer leaves
 * this module out.
 */
import type { Kind } from '../kinds.js';
import { Lexicon, PhraseSet } from './phrases.js';
import { ruleSets } from './vocabulary.js';

/** Phrases that vote for a kind when `check()` infers it, with their weight (see `infer.ts`). */
export const kindSigns = new PhraseSet<readonly [Kind, number]>(
  (
    [
      // Call scripts: spoken lines.
      ['callScript', 4, '(calling|called) (about|because|to|from|regarding|re)'],
      ['callScript', 4, "(i'm|i am) calling"],
      ['callScript', 4, 'call me back'],
      ['callScript', 3, '(call|reach) me (at|on)'],
      ['callScript', 4, '(my|the) number (is|again)'],
      ['callScript', 4, "(again|once more) (my|it's|that's|this is) (number|name|is)"],
      ['callScript', 3, '(leave|leaving) (you|) (a|this) (message|voicemail)'],
      ['callScript', 3, 'voicemail'],
      ['callScript', 3, "(i'll|i will) try you again"],
      ['callScript', 2, 'sorry i missed you'],
      ['callScript', 2, '(speak|talk) (to|with) you (soon|then)'],
      // LinkedIn connection notes.
      ['linkedinNote', 3, "(like|love|glad|happy|i'd|i) to connect"],
      ['linkedinNote', 3, '(connect|connecting) (here|on linkedin)'],
      ['linkedinNote', 3, '(request|invitation) to connect'],
      ['linkedinNote', 2, 'your network'],
      ['linkedinNote', 2, "let's connect"],
      ['linkedinNote', 1, 'linkedin'],
      ['linkedinNote', 2, 'connect'],
      ['linkedinNote', 2, 'connection request'],
      // Thank-you notes after an introduction.
      [
        'thankYou',
        5,
        '(thank you|thanks|thank you so much|thanks so much) for (the|your) (intro|introduction|kind intro|kind introduction|referral|connection)',
      ],
      // Help with anything: a colleague's favour as much as an introduction.
      ['thankYou', 3, '(thank you|thanks|thank you so much|thanks so much) for (the|your) help'],
      [
        'thankYou',
        5,
        '(thank you|thanks|thank you so much|thanks so much) for (introducing|connecting|referring|recommending|putting|passing|forwarding|sending|vouching|the word|the good word)',
      ],
      ['thankYou', 3, '(want|wanted) to (say|) thank you'],
      ['thankYou', 4, '(moving|move|moved|moving you|move you) (you|) to bcc'],
      ['thankYou', 3, 'to bcc'],
      ['thankYou', 3, 'bcc'],
      ['thankYou', 2, '(return|repay) the (favor|favour)'],
      ['thankYou', 2, 'i owe you'],
      ['thankYou', 3, '(really|truly|so) appreciate (you|your) (connecting|introducing|making|putting|help)'],
      // Follow-ups and replies to a decision.
      ['followUp', 3, '(following|circling|checking) (up|back|in)'],
      ['followUp', 3, 'follow (up|up on) (my|on my)'],
      ['followUp', 3, 'my (last|earlier|previous|first) (email|note|message|mail)'],
      ['followUp', 2, '(i|we) (wrote|emailed|spoke|talked|met) (last|on|a few|two|earlier)'],
      ['followUp', 3, 'since (i|we) (wrote|last|spoke|talked|met)'],
      ['followUp', 3, '(sorry|sad|disappointed|sorry) to (hear|learn) (the|that|about)'],
      ['followUp', 3, '(role|position|job|opening) (was|has been|had been|is) (filled|closed)'],
      ['followUp', 3, '(an|another|the) internal (candidate|hire)'],
      ['followUp', 2, "(didn't|did not) work out"],
      ['followUp', 3, '(went|gone|go) to (an|another|someone)'],
      ['followUp', 2, '(slow|late|quick) (reply|response)'],
      ['followUp', 2, 'no need to (apologise|apologize)'],
      ['followUp', 3, '(passed|pass|passing) on me'],
      ['followUp', 3, '(hired|picked|chose|chosen|selected) (someone|somebody|another|a different)'],
      ['followUp', 3, '(turned|turn|turning) (me|us) down'],
      ['followUp', 2, '(interviewed|screened|rejected) me'],
      ['followUp', 2, '(interviews|rounds|take-home)'],
      ['followUp', 3, 'after (our|my|the) (call|conversation|chat|interview|talk|meeting)'],
      ['followUp', 3, 'any (update|updates|news)'],
      ['followUp', 3, '(bumping|bump) this'],
      ['followUp', 3, 'the status of'],
      [
        'followUp',
        3,
        '(thank you|thanks) for (letting me know|getting back|the update|your reply|your response|the quick reply|your note|interviewing me|meeting with me|the interview|calling me)',
      ],
      ['followUp', 3, '(went|gone|going|go) with (someone|another|other|a different)'],
      ['followUp', 3, 'reconsider'],
      ['followUp', 3, '(your|the) (decision|news|update)'],
      ['followUp', 3, '(decided|chosen|choose|chose) to (move|go|pursue|proceed)'],
      ['followUp', 3, '(other|another) (candidates|candidate)'],
      ['followUp', 2, 'not (selected|moving forward|move forward)'],
      ['followUp', 2, 'since then'],
      ['followUp', 2, '(something|one thing|news) new since'],
      ['followUp', 2, 'i wrote (to you|about|last)'],
      ['followUp', 3, 'since my (last|earlier|previous|first|) (note|email|message|mail|call|letter)'],
      ['followUp', 2, 'one more thing'],
      ['followUp', 3, '(fresh|some|quick|good|new) news'],
      ['followUp', 3, "(i|i have|i've) (wrote|written) up"],
      ['followUp', 3, '(something|anything) new (on|about|from|for|since|to share)'],
      ['followUp', 2, 'a quick update'],
      // Intro and referral requests to a contact.
      ['introRequest', 4, '(introduce|introducing) (me|us)'],
      ['introRequest', 4, '(an|a quick|a short|an email|a warm) (introduction|intro) to'],
      ['introRequest', 4, '(refer|referring) me'],
      ['introRequest', 3, '(a|an|the) (referral|employee referral)'],
      ['introRequest', 4, '(pass|passing|forward|forwarding|send) (along|on|) my (resume|cv|name|note|profile)'],
      ['introRequest', 4, 'put in a (good|) word'],
      ['introRequest', 3, 'forward (the|this) (note|blurb|email|message) (below|to)'],
      ['introRequest', 3, 'connect me with'],
      ['introRequest', 2, "(you|you've|you have) (worked|work|know|known|reported) (with|for|to)"],
      ['introRequest', 2, "(you|you've|you have) (worked|work) (closely|directly) (with|for)"],
      ['introRequest', 2, 'you know'],
      ['introRequest', 2, 'your (colleague|former colleague|teammate|old boss|former manager|former boss)'],
      // A contact asked about their own company: an insider, not the manager.
      [
        'introRequest',
        3,
        "(i saw|i see|i noticed|i heard) (you work|you're working|you are working|you're now|you are now) (at|for)",
      ],
      ['introRequest', 3, '(does|is|would) your (company|team|firm) (have|hire|hiring|need|take)'],
      ['introRequest', 3, "what it's like (there|to work|working)"],
      ['introRequest', 2, '(anyone|anybody|someone|people) (there|at)'],
      ['introRequest', 2, "(you're|you are) connected (with|to)"],
      ['introRequest', 1, "if you'd rather not"],
      ['introRequest', 1, 'no pressure'],
      // Forwardable notes: written to the manager, sent on by the contact.
      ['forwardableBlurb', 4, 'suggested (i|that i) (reach|write|get|contact|email|send)'],
      ['forwardableBlurb', 4, '(kindly|was kind enough to|offered to) (pass|forward|share)'],
      ['forwardableBlurb', 3, 'our mutual'],
      [
        'forwardableBlurb',
        3,
        '(said|mentioned|thought) (i|that i) (should|might|could) (reach|write|send|get|contact|email|call)',
      ],
      ['forwardableBlurb', 3, '(said|mentioned) you (might|could|would) (be able to|)'],
      ['forwardableBlurb', 3, 'mutual (friend|contact|colleague|connection)'],
      ['forwardableBlurb', 3, '(referred|pointed) me to you'],
      ['forwardableBlurb', 3, 'thought we should (talk|connect|meet)'],
      ['forwardableBlurb', 3, '(at|through|on) the suggestion of'],
      ['forwardableBlurb', 3, '(is|was) (forwarding|passing) (this|my note)'],
      // Written for the contact to send on: "a short note she could pass along", "Kelly asked me to send you…".
      ['forwardableBlurb', 4, 'note (she|he|they|you) (could|can|might|would) (pass|forward|send|share)'],
      [
        'forwardableBlurb',
        3,
        '(asked|told|encouraged|invited) me to (send|write|share|reach|email|contact|drop) (you|a|this|out)',
      ],
      [
        'forwardableBlurb',
        3,
        "(mentioned|said|told me) (that|) (you're|you are|your team is|your group is|you'll be|you were) (building|hiring|adding|growing|expanding|looking|starting|setting up|planning|opening)",
      ],
    ] as const
  ).map(([kind, weight, phrase]) => [phrase, [kind, weight] as const] as const),
);

/**
 * Phrases that say whether a text is a job seeker's outreach at all, with a weight: positive for
 * a job search (the role, my resume, I applied, consider me, a result the sender claims), negative
 * for mail someone else writes or sends every day (a recruiter's "thanks for applying", an
 * invoice, a referral bonus, an agenda, an out-of-office, a reference for someone else). They set
 * `Report.confidence` (see `infer.ts`), never the kind.
 */
export const outreachSigns = new PhraseSet<number>(
  [
    // A job search.
    ['(the|this|your|a) (role|position|opening|vacancy)', 1],
    ['(role|position|opening|job|vacancy) (at|on|in|with) (your|the)', 1],
    ['hiring manager', 2],
    ['(my|attached my|the attached) (resume|résumé|cv|portfolio)', 2],
    ["(i|i've|i have|i just|i recently|i also) applied", 3],
    ['applied (online|for|to)', 2],
    ['my application', 3],
    ['(job search|job hunt|job hunting|job seeker)', 3],
    ['(looking|searching) for (a|my next|the next|a new) (role|job|position|opportunity)', 3],
    ['(new|exploring new|next) (opportunities|opportunity|role|challenge)', 2],
    ['(out of work|laid off|between jobs|unemployed)', 2],
    ['consider me', 3],
    ['(for|about) the (position|role|job|opening)', 2],
    ['(great|good|perfect|strong|ideal) (fit|candidate|match)', 2],
    ['(any|a) job', 2],
    ["(you're|you are|your team is|your team's|you have been) hiring", 2],
    ['(hiring|role|position|job)', 1],
    ['your team', 1],
    ["(my name is|i'm a|i'm an|i am a|i am an)", 2],
    ['(interview|interviewed|interviewing)', 1],
    // A thank-you for a step of a job search: the interview, or a contact's intro or referral.
    [
      "(thank you|thanks|thank you so much|thanks so much) for (the|our|today’s|today's|yesterday’s|yesterday's) (interview|conversation about the)",
      2,
    ],
    ['(thank you|thanks|thank you so much|thanks so much) for (interviewing me|meeting with me|speaking with me)', 2],
    ['looking forward to (hearing about|) (the|) next steps', 1],
    // Begging for the job: only a job seeker writes it.
    ['(need|want) this (job|role|position|one) (so|really|badly|more)', 2],
    ['(really|badly|desperately) (need|want) this (job|role|position|one)', 3],
    ["(i'm|i am) (begging|desperate)", 2],
    ['(give|giving) me a chance', 2],
    ['(ready|available|able) to start (right away|immediately|tomorrow|asap|next week|on monday)', 2],
    ["(i'm|i am|i'd be|i would be) (perfect|ideal|the right person|the perfect person) for", 2],
    ['(thinking about|considering|planning|exploring) a (move|switch|change|career change|pivot) (into|to)', 2],
    ['(15|20|10|30|fifteen|twenty|ten) (minutes|mins|min)', 1],
    // The cheapest next step of a follow-up that brings something ("Want me to send it over?").
    ['(want me to|shall i|should i|happy to|glad to) (send|share) (it|the|you|my|over|them)', 1],
    ['(any|working|work) (openings|opening)', 2],
    ['(working for|work for|join|joining|working at) your (company|team|firm|group|lab|practice)', 2],
    ['interested in (working|joining|the role|the position|a role|the opening)', 2],
    ["(remain|am still|i'm still) (very|) interested", 2],
    ['keep me in mind', 2],
    [
      '(degree|years of experience|quick learner|motivated|detail-oriented|team player|hard worker|hardworking|self-starter)',
      2,
    ],
    ['(big fan|been following your|following your work)', 1],
    ["(pick your brain|long shot|what it's like (there|to work))", 1],
    ['your company', 1],
    [
      '(you worked with|you work at|you work with|your colleague|your old boss|your former manager|your former boss|you reported to|connected with)',
      1,
    ],
    [
      '(intro|introduction|introducing me|connecting me|referring me|the referral|recommending me|vouching for me) to',
      2,
    ],
    [
      '(thank you|thanks|thank you so much|thanks so much) for (the intro|the introduction|introducing me|connecting me|referring me|the referral|passing my|putting in|putting me in touch|vouching|recommending me|forwarding my)',
      3,
    ],
    ['(bcc|to bcc)', 2],
    ['(suggested|thought) (i|that i) (call|reach|write|get|contact|email|send)', 2],
    ['(our|a) mutual (friend|contact|colleague|connection)', 2],
    [
      '(other candidates|another candidate|went with someone|going with someone|go with another|went with another|not selected|not moving forward|passed on me|turned me down|turning me down|chose someone)',
      2,
    ],
    ['(position|role|job|opening) (was|has been|had been|is) (filled|closed)', 2],
    ['(your|the) (decision|panel|hiring process|rejection)', 1],
    ['(introduce me|refer me|put in a word|put in a good word|pass my|forward my|vouch for me)', 3],
    ['(hear|learn) (about|more about) (your|the) (team|work|group|plans)', 1],
    ['(to|like to|love to|glad to) connect', 1],
    ["(how|what|where) (i'd|i would) (set|start|change|plan|approach|do|tackle|fix|run|build|handle|cut|begin)", 2],
    ...[
      ...'launched shipped won doubled tripled halved cut saved grew reduced increased raised automated boosted scaled migrated rebuilt built lifted redesigned led ran brought took'.split(
        ' ',
      ),
    ].map((verb) => [`i ${verb}`, 1] as const),
    // Someone else's mail, or everyday mail.
    ['(thanks|thank you) for (applying|your interest|your application)', -6],
    ['your (interview|application|candidacy|portfolio review)', -2],
    ['(the|our) (hiring|interview|recruiting) (team|panel) (would|enjoyed|wants)', -4],
    ['(final|next|second) round', -1],
    ['referral (bonus|bonuses|form|portal|program|programme)', -6],
    ["(open roles|open positions|posted internally|we're hiring|we are hiring)", -4],
    ['(know|knows) (someone|anyone|somebody) (great|good|who)', -3],
    ['(refer|referring) (my|a|this) (former|friend|colleague|old)', -5],
    ['(listed|named|gave) me as (a|her|his|their) reference', -6],
    ["(connecting you two|connecting you both|introduce you two|introduce you both|i'm connecting you)", -5],
    ['(invoice|invoices|payment is due|overdue|refund|tracking number|order number|receipt)', -4],
    ['(agenda|out of office|on leave|sick day|my last day|last day at)', -4],
    ['(please join me in welcoming|join me in welcoming|welcome him|welcome her)', -5],
    ['(newsletter|unsubscribe|sign up|members)', -3],
    ['(quote for|a quote|the quote|price list)', -3],
    // A reply inside a hiring process the employer started (an invitation, an offer, a request
    // for references or samples): the candidate answers; they are not reaching out.
    ['(inviting me|the invitation|your invitation) to (interview|an interview|the interview)', -4],
    ['(thanks|thank you) for (inviting me|the invitation|confirming|getting in touch|getting back to me)', -3],
    ['(second|final|phone|video|panel|technical) (interview|screen)', -2],
    ['(accept|accepting|decline|declining|turn down|turning down) (the|your) (offer|position|role)', -5],
    ['(thank you|thanks) (so much|very much|again|) for (the|your) offer', -5],
    ['(accept|accepted|accepting) (another|a different) (position|offer|role|job)', -4],
    ['(withdraw|withdrawing) my (acceptance|application|candidacy)', -5],
    ['(another|a competing|an) offer (from|that)', -3],
    ['(start date|starting on|notice period|sponsorship|paperwork|background check)', -3],
    ['(as you asked|as requested|as you requested|as discussed|as promised|you asked for|that you asked for)', -3],
    ['(mentioned|discussed) in the interview', -3],
    ['(how long|what time|where|who) (will|is|does) the (interview|screen|call|panel)', -3],
    ['(so i can|to help me|help me) prepare', -2],
    ['(following|after) our (call|conversation|interview|meeting) (this|today|yesterday|on|last)', -2],
    ['(here are|attached are|enclosed are) my (three|two|four|) references', -3],
  ].map(([phrase, weight]) => [phrase as string, weight as number] as const),
);

/**
 * The rules' sets plus those only kind inference reads (`kindSigns`, `outreachSigns`), still in
 * one pass: `check()` scans this one when it infers the kind, `lexicon` when the kind is given,
 * so a check with a kind does not pay for the inference's phrases.
 */
export const inferringLexicon = new Lexicon([...ruleSets, kindSigns, outreachSigns] as PhraseSet<unknown>[]);

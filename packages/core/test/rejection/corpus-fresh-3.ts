// The third fresh set: written after the fifth round's changes to the reader, scored once and
// never tuned on — the honest estimate of how it reads letters it has not seen. Each letter is
// modelled on the situation of the page at `source` (none of its sentences); people and
// companies are made up.
import type { Letter } from './corpus-types.js';

export const fresh3: Letter[] = [
  {
    id: 'fresh3-given-to-another',
    source: 'http://www.sampleletterz.com/interview-letters/interview-rejection-letter.html',
    text: `Dear Ms. Ferreira,

I am writing about your interview last Tuesday for the Marketing Coordinator post at Hollins & Pratt. I'm sorry to say that the post has gone to another applicant whose agency background suited the brief a little better.

Thank you for your time, and good luck.

Yours sincerely,
Gwen Hollins
Managing Partner`,
    expect: {
      isRejection: true,
      company: 'Hollins & Pratt',
      role: 'Marketing Coordinator',
      senderName: 'Gwen Hollins',
      isRecruiter: false,
    },
  },
  {
    id: 'fresh3-unable-to-offer',
    source: 'https://letterwhiz.com/letter/reject_application_after_interview',
    text: `Dear Karan,

It was good to meet you and talk about the Junior Architect opening. I'm afraid we can't offer you the job this time; we had a very strong field.

We will hold on to your portfolio for six months in case something suitable comes up.

Best wishes,
Ottilie Marsh
Studio Director, Marsh Lane Architects`,
    expect: {
      isRejection: true,
      company: 'Marsh Lane Architects',
      role: 'Junior Architect',
      senderName: 'Ottilie Marsh',
      isRecruiter: false,
    },
  },
  {
    id: 'fresh3-selected-whom',
    source: 'http://www.yourhrworld.com/formats/interview-format/candidate-rejection-letter-sample-after-interview/',
    text: `Dear Mr. Osei,

Thank you for interviewing with us for the Site Engineer role. We have now made our final selection and have chosen the applicant we believe best matches the requirements of the position.

We would be glad to see your application for future openings at Carrow Construction.

Regards,
Beth Lindqvist
HR Officer`,
    expect: {
      isRejection: true,
      company: 'Carrow Construction',
      role: 'Site Engineer',
      senderName: 'Beth Lindqvist',
      isRecruiter: true,
    },
  },
  {
    id: 'fresh3-not-favourable',
    source: 'http://howtowritealetter.net/rejection-letter-after-interview.html',
    text: `Hi Tobias,

After a lot of thought we've decided to fill the Operations Analyst position from within the company, so your application won't be going any further.

Thanks for your interest in Ironbark Foods.

Cheers,
Mia Tanaka
People Operations`,
    expect: {
      isRejection: true,
      company: 'Ironbark Foods',
      role: 'Operations Analyst',
      senderName: 'Mia Tanaka',
      isRecruiter: true,
    },
  },
  {
    id: 'fresh3-wasnt-successful',
    source: 'https://www.newsweek.com/prove-wrong-company-rejection-email-branded-condescending-reddit-1718019',
    text: `Hi Elena,

Straight to the point: your application for the Graduate Scheme at Kestrel Bank wasn't successful this year. We know that's disappointing, and we hope you'll try again next autumn.

The Kestrel Bank Early Careers Team`,
    expect: { isRejection: true, company: 'Kestrel Bank', role: 'Graduate Scheme', isRecruiter: true },
  },
  {
    id: 'fresh3-closer-alignment',
    source:
      'https://www.interview-games.blog/post/it-s-not-you-it-s-definitely-you-rejection-emails-that-sound-like-breakups',
    text: `Hello Jamal,

We appreciated the chance to get to know you during the process for the Customer Insights Manager role. After careful consideration, the team is proceeding with a candidate whose experience aligns more closely with what we need right now.

We'll keep your details on file.

Warm regards,
Sophie Laurent
Talent Acquisition, Maplestone`,
    expect: {
      isRejection: true,
      company: 'Maplestone',
      role: 'Customer Insights Manager',
      senderName: 'Sophie Laurent',
      isRecruiter: true,
    },
  },
  {
    id: 'fresh3-didnt-get-it',
    source: 'http://learnenglish.britishcouncil.org/youre-hired/episode-08?page=1',
    text: `Dear Piotr,

Thank you for coming in to talk to us about the Sales Executive vacancy. I'm sorry to tell you that on this occasion you have not been offered the position. The candidate we appointed had more experience of selling into hospitals.

Sincerely,
Marcia Blake
Sales Director, Medline Supplies`,
    expect: {
      isRejection: true,
      company: 'Medline Supplies',
      role: 'Sales Executive',
      senderName: 'Marcia Blake',
      isRecruiter: false,
    },
  },
  {
    id: 'fresh3-second-stage',
    source: 'https://th4.ilovetranslation.com/OC6PM2g1Ew6=d',
    text: `Dear Amara,

The interview team at Redwater Utilities would like to thank you for taking part in both interview stages for the Network Planner role. This letter is to tell you that a different candidate has been selected.

We wish you every success in your job search.

Regards,
Redwater Utilities Resourcing Team`,
    expect: { isRejection: true, company: 'Redwater Utilities', role: 'Network Planner', isRecruiter: true },
  },
  {
    id: 'fresh3-paused-release',
    source: 'https://recruitera.ai/email-templates/role-on-hold-notification-v2',
    text: `Hi Sunita,

I owe you an honest update on the UX Researcher role. Leadership has frozen hiring for the rest of the year, so we won't be making a hire for this role, and I don't want you to wait on us.

All the best,
Ravi Kulkarni
Recruiting Partner, Lumen Health`,
    expect: {
      isRejection: true,
      company: 'Lumen Health',
      role: 'UX Researcher',
      senderName: 'Ravi Kulkarni',
      isRecruiter: true,
    },
  },
  {
    id: 'fresh3-ats-wrapped',
    source: 'https://indeedemployers.zendesk.com/hc/en-us/articles/115005660163-How-to-Send-a-Rejection-Letter',
    text: `Dear Candidate,

Thank you for applying for the Registered Nurse (Night Shift) position at St. Columba's
Hospital. Your application has been reviewed and you are no longer under consideration
for this position.

St. Columba's Hospital Human Resources`,
    expect: {
      isRejection: true,
      company: "St. Columba's Hospital",
      role: 'Registered Nurse (Night Shift)',
      isRecruiter: true,
    },
  },
  {
    id: 'fresh3-particle-le',
    source: 'https://noota.io/it/en/rejection-email-interview-guide',
    text: `Hi Grace,

Thank you for the case study you presented. We have decided not to go ahead with your application for the Product Owner role; we need someone with more B2B payments background.

Kind regards,
Camille le Roux
Head of Product, Orbital Pay`,
    expect: {
      isRejection: true,
      company: 'Orbital Pay',
      role: 'Product Owner',
      senderName: 'Camille le Roux',
      isRecruiter: false,
    },
  },
  {
    id: 'fresh3-short-no',
    source: 'https://join-dev.com/en/glossary/automated-rejection',
    text: `Hi Luca,

Thanks for your interest in the Data Scientist job at Quillfeather. We've reviewed your application and won't be progressing it.

Quillfeather Talent`,
    expect: { isRejection: true, company: 'Quillfeather', role: 'Data Scientist', isRecruiter: true },
  },
  {
    id: 'fresh3-lookalike-invite',
    source: 'https://calendly.com/blog/how-to-write-an-email-to-schedule-an-interview',
    text: `Hi Luca,

Thanks for your interest in the Data Scientist job at Quillfeather. We've reviewed your application and would like to move you to a technical interview. Pick a slot that suits you from the link below.

Quillfeather Talent`,
    expect: { isRejection: false },
  },
  {
    id: 'fresh3-lookalike-offer',
    source: 'https://www.talroo.com/blog/how-to-write-great-job-offer-emails/',
    text: `Dear Piotr,

Thank you for coming in to talk to us about the Sales Executive vacancy. I'm pleased to tell you that the panel chose you, and we would like to offer you the position starting on 1 March.

Sincerely,
Marcia Blake
Sales Director, Medline Supplies`,
    expect: { isRejection: false },
  },
  {
    id: 'fresh3-lookalike-unsuccessful-if',
    source: 'https://gritsearch.com/employment-insights/hiring-process/what-is-application-acknowledgement-email/',
    text: `Dear Candidate,

Thank you for applying for the Registered Nurse position at St. Columba's Hospital. We review applications weekly. Due to the number we receive, we can only contact candidates who are shortlisted; if you have not heard from us within four weeks, your application has not been successful on this occasion.

St. Columba's Hospital Human Resources`,
    expect: { isRejection: false },
  },
  {
    id: 'fresh3-lookalike-reference',
    source: 'https://textexpander.com/templates/reference-check-email',
    text: `Dear Ms Laurent,

Jamal Reed has reached the final stage for the Customer Insights Manager role at Maplestone and has named you as a reference. Could we have a 15-minute call this week about his work with you?

Warm regards,
Sophie Laurent
Talent Acquisition, Maplestone`,
    expect: { isRejection: false },
  },
  {
    id: 'fresh3-lookalike-update',
    source: 'https://staging-w.enwage.com/email-template/position-on-hold/',
    text: `Hi Sunita,

A quick update on the UX Researcher role: interviews are taking longer because two panel members are away. Nobody has been hired and you are still very much in the process; I'll be in touch by Friday.

All the best,
Ravi Kulkarni
Recruiting Partner, Lumen Health`,
    expect: { isRejection: false },
  },
  {
    id: 'fresh3-lookalike-pool',
    source: 'https://talentadore.zendesk.com/hc/en-us/articles/360000477554-How-does-Talent-Community-work',
    text: `Hi Elena,

You are invited to join the Kestrel Bank talent community. Members hear about new graduate roles first, get invitations to our insight evenings, and can update their preferences at any time.

The Kestrel Bank Early Careers Team`,
    expect: { isRejection: false },
  },
];

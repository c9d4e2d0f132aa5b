// The last letters, written after every change to the reader and never tuned on: the honest
// estimate of how it reads letters it has not seen. Modelled on the situation of the page at `source`.
import type { Letter } from './corpus-types.js';

export const fresh: Letter[] = [
  {
    id: 'fresh-ats-update',
    source: 'https://help.smoothhiring.com/help/applicants-pipeline/auto-reject',
    text: `Hi Chidi,

Thanks again for applying to Quarry Labs. We've reviewed your background against the Firmware Engineer requirements and decided to pursue applicants with more embedded Rust experience.

We wish you all the best.

Quarry Labs People Team`,
    expect: { isRejection: true, company: 'Quarry Labs', role: 'Firmware Engineer', isRecruiter: true },
  },
  {
    id: 'fresh-recruiter-call-recap',
    source: 'https://headcontrolsystem.com/rejection-email-template-after-final-interview/',
    text: `Hi Paula,

As promised on the phone, a short written note: the hiring team has made an offer to another finalist for the Clinical Research Coordinator role, and they have accepted. I'm sorry this one didn't work out.

Best wishes,
Dev Sharma
Senior Talent Partner`,
    expect: { isRejection: true, role: 'Clinical Research Coordinator', senderName: 'Dev Sharma', isRecruiter: true },
  },
  {
    id: 'fresh-manager-direct',
    source: 'https://noota.io/it/en/rejection-email-interview-guide',
    text: `Hi Bram,

Thank you for the conversations about the Data Platform Lead role at Meridian Freight. I've decided to go with a candidate who has run a larger team, so we won't take things further this time.

Regards,
Anneke de Vries
VP Engineering`,
    expect: {
      isRejection: true,
      company: 'Meridian Freight',
      role: 'Data Platform Lead',
      senderName: 'Anneke de Vries',
      isRecruiter: false,
    },
  },
  {
    id: 'fresh-filled-notice',
    source: 'https://blog.talentech.com/en/email-template-thank-you-for-your-application',
    text: `Hello,

This is to let you know that the Receptionist opening at Cedar Dental Group has been filled. Thank you for your interest.

Cedar Dental Group HR`,
    expect: { isRejection: true, company: 'Cedar Dental Group', role: 'Receptionist', isRecruiter: true },
  },
  {
    id: 'fresh-not-progressing',
    source: 'https://www.cakeresume.com/resources/rejection-email-after-interview?locale=en',
    text: `Dear Siobhan,

Thank you for applying for the role of Policy Analyst with the Westbrook Council. Having assessed all applications against the criteria, I'm afraid we will not be taking your application forward.

Kind regards,
Recruitment Team`,
    expect: { isRejection: true, company: 'Westbrook Council', role: 'Policy Analyst', isRecruiter: true },
  },
  {
    id: 'fresh-startup-founder',
    source: 'https://mankutagallagher.com/im-perfect-job-whats-wrong-provide-personalized-rejection-letter/',
    text: `Hey Ines,

Really appreciated the time you spent with us on the take-home. We've decided to hold off on hiring for the Growth Designer role until next year, so we're closing the search for now.

Cheers,
Leo Park
Co-founder, Fernleaf`,
    expect: {
      isRejection: true,
      company: 'Fernleaf',
      role: 'Growth Designer',
      senderName: 'Leo Park',
      isRecruiter: false,
    },
  },
  {
    id: 'fresh-lookalike-status',
    source: 'https://manatal.com/hr-email-template/status-of-application-email-template',
    text: `Hi Chidi,

Your application for the Firmware Engineer role at Quarry Labs is still with the hiring manager. We expect to have an update for you next week.

Quarry Labs People Team`,
    expect: { isRejection: false },
  },
  {
    id: 'fresh-lookalike-offer-accepted',
    source: 'https://taptalent.ai/hr-email-templates/formal-job-offer-letter/',
    text: `Hi Paula,

Great news: the team would like to make you an offer for the Clinical Research Coordinator role! I'll call you this afternoon with the details.

Best wishes,
Dev Sharma`,
    expect: { isRejection: false },
  },
  {
    id: 'fresh-lookalike-if-not',
    source: 'https://carreersupport.com/?p=165364',
    text: `Dear Siobhan,

Thank you for applying for the role of Policy Analyst. Shortlisting takes place on 3 March. Applicants who have not heard from us by 10 March should assume they have not been shortlisted.

Kind regards,
Recruitment Team`,
    expect: { isRejection: false },
  },
];

// Letters written after the reader was tuned on the main corpus, and never tuned on: their
// figures are the honest estimate. Each is modelled on the situation of the page at `source`.
import type { Letter } from './corpus-types.js';

export const heldout: Letter[] = [
  {
    id: 'held-ats-short',
    source: 'https://join-dev.com/en/glossary/automated-rejection',
    text: `Hello Maya,

We appreciate you applying for the Technical Writer opening at Tailwind Media. After review, we won't be moving ahead with your application.

Tailwind Media Recruiting`,
    expect: { isRejection: true, company: 'Tailwind Media', role: 'Technical Writer', isRecruiter: true },
  },
  {
    id: 'held-personal-final',
    source: 'https://headcontrolsystem.com/rejection-email-template-after-final-interview/',
    text: `Hi Omar,

I really wish I had better news. The panel met yesterday and we've decided to hire someone else for the Solutions Architect role. It was close, and your system design round was one of the best we saw.

Warmly,
Keisha Brown
Talent Acquisition Manager at Northgate Cloud`,
    expect: {
      isRejection: true,
      company: 'Northgate Cloud',
      role: 'Solutions Architect',
      senderName: 'Keisha Brown',
      isRecruiter: true,
    },
  },
  {
    id: 'held-filled',
    source: 'https://carreersupport.com/how-to-write-a-position-filled-email-with-examples/',
    text: `Dear Applicant,

Thank you for your interest in the Pharmacy Technician position with Harbor Health. Please be advised that this position is now filled.

Sincerely,
Harbor Health Human Resources`,
    expect: { isRejection: true, company: 'Harbor Health', role: 'Pharmacy Technician', isRecruiter: true },
  },
  {
    id: 'held-manager-note',
    source: 'https://noota.io/it/en/rejection-email-interview-guide',
    text: `Hi Lena,

Thanks for coming in on Thursday. I've thought about it a lot and I'm going to pass on moving you to the next stage for the Sous Chef job; I need someone who has run a line of this size before.

Best,
Marco Rossi
Head Chef, Trattoria Verde`,
    expect: {
      isRejection: true,
      company: 'Trattoria Verde',
      role: 'Sous Chef',
      senderName: 'Marco Rossi',
      isRecruiter: false,
    },
  },
  {
    id: 'held-regret',
    source: 'https://cetonia.edu.pl/sample-rejection-email-after-interview',
    text: `Dear Mr. Alvarez,

Thank you for your application for the Civil Engineer II vacancy at Bridgeway Partners. We regret that we are unable to progress your application on this occasion.

Yours sincerely,
Fiona Walsh
Recruitment Advisor`,
    expect: {
      isRejection: true,
      company: 'Bridgeway Partners',
      role: 'Civil Engineer II',
      senderName: 'Fiona Walsh',
      isRecruiter: true,
    },
  },
  {
    id: 'held-not-selected-interview',
    source: 'https://letterideas.netlify.app/letter-informing-applicant-they-did-not-get-the-job',
    text: `Hi Grace,

Thank you for your interest in Lumen Analytics. You have not been selected to interview for the Analytics Engineer role.

Regards,
The Lumen Analytics Talent Team`,
    expect: { isRejection: true, company: 'Lumen Analytics', role: 'Analytics Engineer', isRecruiter: true },
  },
  {
    id: 'held-chosen-someone',
    source: 'https://manatal.com/hr-email-template/post-interview-rejection-email-template',
    text: `Hello Sven,

We enjoyed meeting you for the Brand Manager position at Polar Goods. We have now chosen a candidate whose experience in outdoor retail was a closer match.

Best regards,
Ingrid Holm
Marketing Director`,
    expect: {
      isRejection: true,
      company: 'Polar Goods',
      role: 'Brand Manager',
      senderName: 'Ingrid Holm',
      isRecruiter: false,
    },
  },
  {
    id: 'held-nonprofit',
    source: 'https://www.lettersandtemplates.com/letters/post-interview-rejection-letter',
    text: `Dear Tanvi,

On behalf of the search committee, thank you for applying to be our Development Associate at Open Shelf Library Fund. The committee has decided not to advance your candidacy.

With gratitude,
Ruth Meyer
Executive Director`,
    expect: {
      isRejection: true,
      company: 'Open Shelf Library Fund',
      role: 'Development Associate',
      senderName: 'Ruth Meyer',
      isRecruiter: false,
    },
  },
  {
    id: 'held-lookalike-received',
    source: 'https://support.keldairhr.com/hc/en-us/articles/21140325911319-Email-Confirmation-of-Received-Application',
    text: `Hi Maya,

We got your application for the Technical Writer opening at Tailwind Media. Our team reviews every application, and if we decide not to proceed we will let you know by email.

Tailwind Media Recruiting`,
    expect: { isRejection: false },
  },
  {
    id: 'held-lookalike-invite',
    source: 'https://calendly.com/blog/how-to-write-an-email-to-schedule-an-interview',
    text: `Hi Omar,

Good news: the team would like you to come in for the final round for the Solutions Architect role. Unfortunately Friday is fully booked, so could you do Monday or Tuesday?

Warmly,
Keisha Brown`,
    expect: { isRejection: false },
  },
  {
    id: 'held-lookalike-offer',
    source: 'https://taptalent.ai/hr-email-templates/formal-job-offer-letter/',
    text: `Dear Sven,

We're thrilled to offer you the Brand Manager position at Polar Goods. The attached letter sets out the salary and start date.

Best regards,
Ingrid Holm`,
    expect: { isRejection: false },
  },
  {
    id: 'held-lookalike-reference',
    source: 'https://www.globalta.com.mm/blog-post/new-employee-reference-request/',
    text: `Hello Dr. Chen,

Tanvi Rao is a finalist for our Development Associate role and gave your name as a reference. Would you be able to speak with me for ten minutes this week?

With gratitude,
Ruth Meyer`,
    expect: { isRejection: false },
  },
];

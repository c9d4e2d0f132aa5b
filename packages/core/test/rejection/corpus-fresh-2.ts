// The second fresh set: written after the fourth round's changes to the reader, scored once and
// never tuned on — the honest estimate of how it reads letters it has not seen. Each letter is
// modelled on the situation of the page at `source` (none of its sentences); people and
// companies are made up.
import type { Letter } from './corpus-types.js';

export const fresh2: Letter[] = [
  {
    id: 'fresh2-noreply-ats',
    source: 'https://support.greenhouse.io/hc/en-us/articles/360025603151-Rejection-emails',
    text: `Dear Yusuf,

Thank you for your application for the Backend Engineer (Payments) position at Larkspur Pay. We have now completed our review and regret that we will not be taking your application further.

Please do not reply to this message; this inbox is not monitored.

Larkspur Pay Talent Acquisition`,
    expect: { isRejection: true, company: 'Larkspur Pay', role: 'Backend Engineer (Payments)', isRecruiter: true },
  },
  {
    id: 'fresh2-another-direction',
    source: 'https://universonline.nl/nieuws/2011/01/20/rejection/',
    text: `Hi Camille,

Thanks so much for speaking with us about the Brand Manager opening. After meeting several people, the hiring manager has decided to go in another direction with this hire.

All the best with your search,
Jonas Lindgren
Recruiter, Vireo Cosmetics`,
    expect: {
      isRejection: true,
      company: 'Vireo Cosmetics',
      role: 'Brand Manager',
      senderName: 'Jonas Lindgren',
      isRecruiter: true,
    },
  },
  {
    id: 'fresh2-particle-dos',
    source: 'https://backrow.app/tools/rejection-emails/after-final-round',
    text: `Hello Priyanka,

Thank you for the final presentation last week. It was a close decision between you and one other candidate, and we will be extending the offer to them.

Warm regards,
João dos Santos
Director of Finance, Ardent Mills Co-op`,
    expect: {
      isRejection: true,
      company: 'Ardent Mills Co-op',
      senderName: 'João dos Santos',
      isRecruiter: false,
    },
  },
  {
    id: 'fresh2-requisition-closed',
    source: 'https://backrow.app/tools/rejection-emails/position-closed',
    text: `Hi Marcus,

I wanted to let you know that the Data Governance Analyst requisition at Tollgate Energy has been closed, as the team has been merged into another department. I'm sorry we couldn't take this further with you.

Regards,
Hannah Okoro
Talent Acquisition Partner`,
    expect: {
      isRejection: true,
      company: 'Tollgate Energy',
      role: 'Data Governance Analyst',
      senderName: 'Hannah Okoro',
      isRecruiter: true,
    },
  },
  {
    id: 'fresh2-not-chosen',
    source: 'http://jobsearch.about.com/od/Employeeletters/a/interview-rejection-letter.htm',
    text: `Dear Mr. Adeyemi,

Thank you for taking the time to interview for the Warehouse Supervisor position. We interviewed a number of strong candidates and, after much discussion, you were not chosen for the role.

We appreciate your interest in Crestline Distribution.

Sincerely,
Paula Whitcombe
Operations Manager`,
    expect: {
      isRejection: true,
      company: 'Crestline Distribution',
      role: 'Warehouse Supervisor',
      senderName: 'Paula Whitcombe',
      isRecruiter: false,
    },
  },
  {
    id: 'fresh2-subject-company-wrapped',
    source: 'https://carreersupport.com/how-to-write-a-position-filled-email-with-examples/',
    text: `Dear Applicant,

Thank you for applying for the Museum Educator vacancy. Harrowgate Museum Trust
has decided to appoint a candidate whose background in community programmes
was the closest fit.

We wish you success in your search.

Human Resources`,
    expect: {
      isRejection: true,
      company: 'Harrowgate Museum Trust',
      role: 'Museum Educator',
      isRecruiter: true,
    },
  },
  {
    id: 'fresh2-startup-casual',
    source: 'https://mankutagallagher.com/im-perfect-job-whats-wrong-provide-personalized-rejection-letter/',
    text: `Hey Dmitri,

Quick one, and not the news I wanted to send: we're not going to move ahead with you for the founding designer role. We need someone who has shipped a mobile app end to end.

Thanks again for the time,
Sam Okafor-Lee
CEO, Pebblestack`,
    expect: {
      isRejection: true,
      company: 'Pebblestack',
      role: 'founding designer',
      senderName: 'Sam Okafor-Lee',
      isRecruiter: false,
    },
  },
  {
    id: 'fresh2-filled-notice-short',
    source: 'https://manatal.com/hr-forms-templates/candidate-rejection-letter-position-filled',
    text: `Hello,

Thank you for your interest in the Line Cook position at Saltmarsh Kitchen. We're writing to let you know that we have hired for this role.

Saltmarsh Kitchen`,
    expect: { isRejection: true, company: 'Saltmarsh Kitchen', role: 'Line Cook' },
  },
  {
    id: 'fresh2-hiring-freeze',
    source: 'https://careerminds.com/blog/job-placed-on-hold-letter-sample',
    text: `Dear Helena,

Due to a freeze on new hires across the group, Bellweather Insurance will not be filling the Claims Analyst position this year. We're very sorry, as we enjoyed meeting you.

Kind regards,
Elif Yılmaz
HR Business Partner`,
    expect: {
      isRejection: true,
      company: 'Bellweather Insurance',
      role: 'Claims Analyst',
      senderName: 'Elif Yılmaz',
      isRecruiter: true,
    },
  },
  {
    id: 'fresh2-van-signature',
    source: 'https://noota.io/it/en/rejection-email-interview-guide',
    text: `Hi Jun,

Thank you for the pairing session on Friday. I've decided not to proceed with your candidacy for the Mobile Engineer role at Tidewater Labs; the team needs more native iOS depth right now.

Best,
Maarten van Dijk
Head of Mobile`,
    expect: {
      isRejection: true,
      company: 'Tidewater Labs',
      role: 'Mobile Engineer',
      senderName: 'Maarten van Dijk',
      isRecruiter: false,
    },
  },
  {
    id: 'fresh2-university',
    source: 'https://www.lettersandtemplates.com/letters/post-interview-rejection-letter',
    text: `Dear Dr. Mensah,

On behalf of the search committee, thank you for your application for the post of Lecturer in Computational Biology at the Northfield University. The committee has now met, and I am sorry to tell you that you have not been shortlisted for interview.

Yours sincerely,
Prof. Carys Llewellyn
Chair, Search Committee`,
    expect: {
      isRejection: true,
      company: 'Northfield University',
      role: 'Lecturer in Computational Biology',
      senderName: 'Carys Llewellyn',
      isRecruiter: false,
    },
  },
  {
    id: 'fresh2-recruiter-agency',
    source: 'https://headcontrolsystem.com/rejection-email-template-after-final-interview/',
    text: `Hi Rosa,

I've just had feedback from Quantum Rail on the Signalling Engineer interview. They've offered the job to someone with more mainline experience, so unfortunately it's a no this time.

I'll keep you in mind for other roles.

Cheers,
Tom McAllister
Senior Consultant, Railpath Recruitment`,
    expect: {
      isRejection: true,
      company: 'Quantum Rail',
      role: 'Signalling Engineer',
      senderName: 'Tom McAllister',
      isRecruiter: true,
    },
  },
  {
    id: 'fresh2-internal-hire',
    source: 'https://backrow.app/tools/rejection-emails/internal-candidate-selected',
    text: `Hi Ade,

Thanks for going through all four rounds for the Engineering Manager role at Corvid Health. The team has promoted someone from inside the organisation into the role, so we won't be making an external hire.

Sincerely,
Lucía Fernández de la Vega
Recruiting Manager`,
    expect: {
      isRejection: true,
      company: 'Corvid Health',
      role: 'Engineering Manager',
      senderName: 'Lucía Fernández de la Vega',
      isRecruiter: true,
    },
  },
  {
    id: 'fresh2-lookalike-second-interview',
    source: 'https://maestrolabs.com/how-to/interview-invitation-email',
    text: `Hi Camille,

Thanks so much for speaking with us about the Brand Manager opening. The hiring manager would like to meet you for a second interview. Are you free on Tuesday or Wednesday afternoon?

All the best,
Jonas Lindgren
Recruiter, Vireo Cosmetics`,
    expect: { isRejection: false },
  },
  {
    id: 'fresh2-lookalike-offer',
    source: 'https://remoteskills.io/blog/congratulations-job-offer-email',
    text: `Dear Priyanka,

It was a close decision between you and one other candidate, and we are delighted to offer you the Finance Business Partner role. The formal offer letter will follow tomorrow.

Warm regards,
João dos Santos
Director of Finance`,
    expect: { isRejection: false },
  },
  {
    id: 'fresh2-lookalike-if-unsuccessful',
    source: 'https://carreersupport.com/?p=165364',
    text: `Dear Dr. Mensah,

Thank you for your application for the post of Lecturer in Computational Biology. Shortlisted candidates will be contacted by 30 April. If your application is unsuccessful, we will let you know by email soon after that date.

Yours sincerely,
Faculty Office`,
    expect: { isRejection: false },
  },
  {
    id: 'fresh2-lookalike-reference',
    source: 'https://mailgenly.com/templates/hiring/reference-check-request',
    text: `Dear Ms Whitcombe,

Femi Adeyemi has applied for the Warehouse Supervisor position at Crestline Distribution and has given your name as a referee. We have not made a decision yet. Could you tell us about his time on your team?

Sincerely,
Crestline Distribution HR`,
    expect: { isRejection: false },
  },
  {
    id: 'fresh2-lookalike-newsletter',
    source: 'https://www.socialtalent.com/?p=93088',
    text: `Hi Marcus,

You're receiving this because you joined the Tollgate Energy talent pool. This month: eight new roles in grid analytics, a note on how we run interviews, and a reminder that roles which have been filled are removed from the list each Friday.

Tollgate Energy Careers`,
    expect: { isRejection: false },
  },
  {
    id: 'fresh2-lookalike-paused-kept',
    source: 'https://recruitera.ai/email-templates/role-on-hold-notification-v2',
    text: `Hi Helena,

A heads-up: the Claims Analyst position is on hold for two weeks while the budget is signed off. You are still in the running and your interview will be rescheduled as soon as we restart.

Kind regards,
Elif Yılmaz
HR Business Partner`,
    expect: { isRejection: false },
  },
  {
    id: 'fresh2-lookalike-received',
    source: 'https://support.keldairhr.com/hc/en-us/articles/21140325911319-Email-Confirmation-of-Received-Application',
    text: `Hello,

Thank you for applying for the Line Cook position at Saltmarsh Kitchen. We have received your application and will contact you if your experience matches what we need.

Saltmarsh Kitchen`,
    expect: { isRejection: false },
  },
];

// The fifth fresh set: written after the scored decision over a letter's structure (signals.ts)
// was added, scored once and never tuned on — the honest estimate of how the reader does on
// letters it has not seen. Each letter is modelled on the situation of the page at `source`
// (none of its sentences); people and companies are made up.
import type { Letter } from './corpus-types.js';

export const fresh5: Letter[] = [
  {
    id: 'fresh5-stronger-match',
    source: 'https://mailgenly.com/templates/rejections/rejecting-candidate-after-interview',
    text: `Dear Hamid,

Many thanks for coming in to meet us about the Quality Engineer role at Brightwater Valves. We enjoyed hearing about your work on the pump line. Having compared everyone we spoke to, we're offering the job to an applicant who has led ISO audits before.

I'd be glad to see your name again when we next recruit.

Kind regards,
Sarah Okafor
HR Business Partner`,
    expect: {
      isRejection: true,
      company: 'Brightwater Valves',
      role: 'Quality Engineer',
      senderName: 'Sarah Okafor',
      isRecruiter: true,
    },
  },
  {
    id: 'fresh5-stage-two-no',
    source: 'https://www.nurturebox.ai/blog/interview-rejection-email-templates',
    text: `Hi Lucia,

Thanks for the phone screen on Monday for the Account Executive position at Northpass. We've thought it over and we don't think it's the right match at the moment, so we'll stop the process here.

All the best,
Northpass Recruiting`,
    expect: { isRejection: true, company: 'Northpass', role: 'Account Executive', isRecruiter: true },
  },
  {
    id: 'fresh5-values-direction',
    source: 'https://cetonia.edu.pl/sample-rejection-email-after-interview',
    text: `Dear Mr. Whitfield,

Thank you for interviewing for the Operations Coordinator position at Harbourline Freight. We have now completed our interviews, and the panel has chosen a candidate whose background fits the team's current needs a little more closely.

We hope you find the right next step soon.

Sincerely,
Gemma Lowry
Talent Acquisition Partner`,
    expect: {
      isRejection: true,
      company: 'Harbourline Freight',
      role: 'Operations Coordinator',
      senderName: 'Gemma Lowry',
      isRecruiter: true,
    },
  },
  {
    id: 'fresh5-not-this-time',
    source: 'https://taptalent.ai/hr-email-templates/post-interview-rejection',
    text: `Hello Dmitri,

We appreciate the effort you put into the case study for the Pricing Analyst role at Saltmarsh Insurance. This time, however, your application will not be taken forward.

We'll hold your CV for future vacancies and wish you every success.

Best regards,
Saltmarsh Insurance People Team`,
    expect: { isRejection: true, company: 'Saltmarsh Insurance', role: 'Pricing Analyst', isRecruiter: true },
  },
  {
    id: 'fresh5-founder-short',
    source: 'https://talentport.com/blog/rejection-email-templates',
    text: `Hey Tom,

Quick one on the Product Designer role: we're going to pass for now. Your portfolio was lovely, but we need someone who has shipped a mobile app end to end.

Cheers,
Ines Moreau
Co-founder, Lumen Cards`,
    expect: {
      isRejection: true,
      company: 'Lumen Cards',
      role: 'Product Designer',
      senderName: 'Ines Moreau',
      isRecruiter: false,
    },
  },
  {
    id: 'fresh5-passed-over-formal',
    source: 'https://blog10.website/homework/not-successful-job-application-letter',
    text: `Dear Ms. Adeyemi,

Thank you for your application for the post of Library Assistant at Castleford Borough Council. We received a large number of applications, and on this occasion we will not be inviting you for interview.

Yours sincerely,
Recruitment Team
Castleford Borough Council`,
    expect: {
      isRejection: true,
      company: 'Castleford Borough Council',
      role: 'Library Assistant',
      isRecruiter: true,
    },
  },
  {
    id: 'fresh5-two-posts-offered',
    source: 'https://www.writeexpress.com/refusa07.html',
    text: `Dear Keisha,

Thank you for your interest in the two Site Supervisor openings at Granite Ridge Builders. You reached the final four, but both posts have now gone to applicants with longer experience on highway projects.

With best wishes,
Paul Hendricks
Operations Director`,
    expect: {
      isRejection: true,
      company: 'Granite Ridge Builders',
      role: 'Site Supervisor',
      senderName: 'Paul Hendricks',
      isRecruiter: false,
    },
  },
  {
    id: 'fresh5-relocation',
    source: 'https://www.writeexpress.com/refusa07.html',
    text: `Hi Oliver,

Thanks for applying to the Depot Manager vacancy at Blue Heron Removals. We have found a candidate who can relocate to the new Leeds depot from day one, and we are closing the vacancy.

Good luck with your search,
Carla Benn
Recruitment Officer`,
    expect: {
      isRejection: true,
      company: 'Blue Heron Removals',
      role: 'Depot Manager',
      senderName: 'Carla Benn',
      isRecruiter: true,
    },
  },
  {
    id: 'fresh5-inside-hire',
    source: 'https://www.writeexpress.com/refusa07.html',
    text: `Dear Priyanka,

Thank you for your interest in the Finance Business Partner role at Orchard Lane Foods. Your CV stood out, but we have appointed a colleague from our Bristol office to the role.

Best wishes,
Ruth Castell
Head of Finance`,
    expect: {
      isRejection: true,
      company: 'Orchard Lane Foods',
      role: 'Finance Business Partner',
      senderName: 'Ruth Castell',
      isRecruiter: false,
    },
  },
  {
    id: 'fresh5-incomplete-file',
    source: 'http://www.sampleletterz.com/job-letters/job-application-rejection-letter.html',
    text: `Dear Mr. Osei,

Thank you for applying for the Research Assistant post at Redmoor University. I am sorry to tell you that your application has been declined: it arrived without the two references the advertisement asked for.

Yours sincerely,
Dr. Helen Marsh
Head of Department`,
    expect: {
      isRejection: true,
      company: 'Redmoor University',
      role: 'Research Assistant',
      senderName: 'Helen Marsh',
      isRecruiter: false,
    },
  },
  {
    id: 'fresh5-policy',
    source: 'https://www.101businessletter.com/employmentletters/declining-employment-company/',
    text: `Dear Aaron,

I was sorry to hear your previous employer had closed. I wish I could offer you the Sales Executive job we advertised, but our board's rule against hiring managers' relatives applies, and I can't make an exception.

With warm wishes,
Graham Lyle
Chief Executive, Fenwick Electronics`,
    expect: {
      isRejection: true,
      company: 'Fenwick Electronics',
      role: 'Sales Executive',
      senderName: 'Graham Lyle',
      isRecruiter: false,
    },
  },
  {
    id: 'fresh5-ats-noreply',
    source: 'https://mailgenly.com/templates/hiring/candidate-rejection-after-interview',
    text: `Your application: UX Researcher at Pinecrest Health

Dear Nora,

Thank you for taking part in our interview process for the UX Researcher position. After reviewing all finalists, Pinecrest Health has made a decision, and we will not be extending an offer to you.

Please do not reply to this email.

Pinecrest Health Talent Acquisition`,
    expect: { isRejection: true, company: 'Pinecrest Health', role: 'UX Researcher', isRecruiter: true },
  },
  {
    id: 'fresh5-budget-cut',
    source: 'https://talentport.com/blog/rejection-email-templates',
    text: `Hi Marcus,

I wanted to let you know personally: the Data Engineer role at Kiteway Travel has been cut from this year's plan, so we won't be making a hire for it.

Thanks for your patience with us, and I'm sorry it ended this way.

Lena Hartmann
Engineering Manager`,
    expect: {
      isRejection: true,
      company: 'Kiteway Travel',
      role: 'Data Engineer',
      senderName: 'Lena Hartmann',
      isRecruiter: false,
    },
  },
  {
    id: 'fresh5-lookalike-all-applicants',
    source: 'https://www.allbusinesstemplates.com/preview/VN9AW/FRNUL',
    text: `Dear Joanna,

Thank you for your interest in the Payroll Officer position at Westmere Group. Your application will be reviewed against the requirements of the role. If there is a match we will contact you to arrange an interview; if not, we will keep your details on file for a year.

Kind regards,
Westmere Group Recruitment`,
    expect: { isRejection: false },
  },
  {
    id: 'fresh5-lookalike-interview-slots',
    source: 'https://draft.hotplmedia.com/tools/hr-interview-invitation/',
    text: `Hi Sam,

Thanks for applying for the Support Engineer role at Tidewater Software. We'd like to meet you for a 45-minute video interview with Priya, our support lead. Would Tuesday at 2pm or Wednesday at 10am suit you?

Best,
Alex Moore
Recruiter`,
    expect: { isRejection: false },
  },
  {
    id: 'fresh5-lookalike-calendly',
    source: 'https://calendly.com/blog/how-to-write-an-email-to-schedule-an-interview',
    text: `Hello Grace,

Great news: the hiring team at Fernhill Labs would like to talk with you about the Lab Technician position. Pick any time that works for you using the link below.

Looking forward to it,
Dana Price
Talent Coordinator`,
    expect: { isRejection: false },
  },
  {
    id: 'fresh5-lookalike-offer-followup',
    source: 'https://www.adaface.com/email-templates/offer-letter-follow-up-email',
    text: `Hi Rahul,

Just checking in on the offer for the Backend Engineer role at Quayside Pay that we sent on Friday. We're excited about you joining, and happy to answer any questions about salary or the start date before you decide.

Warmly,
Megan Hale
Head of Talent`,
    expect: { isRejection: false },
  },
  {
    id: 'fresh5-lookalike-candidate-withdraws',
    source: 'https://www.interviewprotips.com/email-rejecting-candidate-after-interview/',
    text: `Dear Marie,

Thank you for inviting me to interview for the Content Lead role at Brookfield Media. Since applying I have accepted a position elsewhere, so unfortunately I must decline the interview.

I hope you find the right person for the role.

Kind regards,
John Lee`,
    expect: { isRejection: false },
  },
  {
    id: 'fresh5-lookalike-schedule-format',
    source: 'https://in.indeed.com/career-advice/interviewing/interview-schedule-format',
    text: `Dear Arjun,

Thank you for applying for the Accounts Assistant position at Lotus Ledger. You have been shortlisted, and your interview is on 14 March at 11:00 at our Pune office. Please bring a copy of your ID.

Regards,
Kavita Rao
HR Executive`,
    expect: { isRejection: false },
  },
  {
    id: 'fresh5-lookalike-reapply-reply',
    source:
      'https://owl.purdue.edu/owl/job_search_writing/job_search_letters/letters_concerning_employment/letter_when_you_are_rejected.html',
    text: `Dear Mr. English,

Thank you for considering me for the Technical Writer position. Although I was disappointed by your decision, I enjoyed meeting your documentation team and learned a great deal about your products. I hope to apply again when I have more experience with API references.

Sincerely,
Lucy Letter`,
    expect: { isRejection: false },
  },
  {
    id: 'fresh5-lookalike-delay',
    source: 'https://pyjamahr.com/blog/the-basics-of-an-interview-schedule-email/',
    text: `Hi Chen,

Sorry for the silence on the Warehouse Lead role at Oakfield Distribution. The hiring manager has been travelling, and we still need to finish two more interviews before anyone hears back. Expect an update from me by Friday.

Thanks for bearing with us,
Rosa Kim
Recruiter`,
    expect: { isRejection: false },
  },
  {
    id: 'fresh5-lookalike-talent-newsletter',
    source: 'https://taptalent.ai/hr-email-templates/post-interview-rejection',
    text: `Hi Ben,

You're receiving this because you joined the Corvane talent community. This month we have opened twelve new roles across engineering and sales. Unfortunately the Paris office is not hiring yet, but London and Berlin are.

Best of luck,
The Corvane Careers Team`,
    expect: { isRejection: false },
  },
];

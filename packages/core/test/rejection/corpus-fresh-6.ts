// The sixth fresh set: written after the fifth set's misses were read (before any change for
// them), scored once and never tuned on — the honest estimate of how the reader does on letters
// it has not seen. Each letter is modelled on the situation of the page at `source` (none of its
// sentences); people and companies are made up.
import type { Letter } from './corpus-types.js';

export const fresh6: Letter[] = [
  {
    id: 'fresh6-database-kept',
    source: 'https://manatal.com/hr-email-template/post-interview-rejection-email-template',
    text: `Subject: Your application for Payroll Specialist at Corvane Systems

Dear Yusuf,

Thank you for taking the time to interview with us for the Payroll Specialist position at Corvane Systems. After weighing your interview alongside your experience, we have decided to continue with a different candidate for this opening.

Your details will stay on our records, and we will reach out if something suited to you comes up.

With best wishes for your search,
Priya Raman
Recruitment Coordinator`,
    expect: {
      isRejection: true,
      company: 'Corvane Systems',
      role: 'Payroll Specialist',
      senderName: 'Priya Raman',
      isRecruiter: true,
    },
  },
  {
    id: 'fresh6-merit-statement',
    source: 'https://stepbystep.com/interview-rejection-email-101522',
    text: `Dear Ms. Adeyemi,

We appreciate your interest in the Network Engineer vacancy at Kestrel Telecom and the time you gave us at interview. We regret to tell you that your experience did not match what this post requires, and you have not been selected.

Kestrel Telecom appoints on merit alone, and you are welcome to apply again whenever a new vacancy is advertised.

Our good wishes for your career,
Owen Pryce
HR Manager
Kestrel Telecom`,
    expect: {
      isRejection: true,
      company: 'Kestrel Telecom',
      role: 'Network Engineer',
      senderName: 'Owen Pryce',
      isRecruiter: true,
    },
  },
  {
    id: 'fresh6-closed-fulfilled',
    source: 'https://help.elevatedirect.com/en/articles/3432671-fulfilling-a-vacancy',
    text: `Subject: Update: Data Engineer (Contract) – Halden Partners

Thanks for your interest in this requirement. We're writing to let you know it has now been fulfilled, and no further applications are being considered.

We may be in touch about future requirements.

Halden Partners Talent Team`,
    expect: { isRejection: true, company: 'Halden Partners', role: 'Data Engineer (Contract)', isRecruiter: true },
  },
  {
    id: 'fresh6-best-qualified',
    source: 'https://carreersupport.com/how-to-write-a-position-filled-email-with-examples/',
    text: `Dear Marek,

It was good to meet you and talk through your background and your interest in the Clinical Trials Manager role at Ostrava Biologics. Thank you for your patience during a long process. We had a very strong field, and after a hard decision we are proceeding with another applicant whom we judged best qualified.

Thank you again for your interest in Ostrava Biologics; we wish you well in what comes next.

Sincerely,
Dr. Jana Novotná
Head of Clinical Operations`,
    expect: {
      isRejection: true,
      company: 'Ostrava Biologics',
      role: 'Clinical Trials Manager',
      senderName: 'Jana Novotná',
      isRecruiter: false,
    },
  },
  {
    id: 'fresh6-stage-update',
    source: 'https://mailgenly.com/templates/hiring/candidate-rejection-after-interview',
    text: `Subject: Your application for UX Researcher — update from Pellmoor

Hi Anya,

I wanted to get back to you quickly after Thursday's panel for the UX Researcher role. I'm sorry to say we won't be moving you to the final round. The team felt your research planning was strong, but the role needs more hands-on experience with quantitative studies.

Thank you for all the preparation you put into the task, and please keep an eye on our careers page.

Best,
Ruth Calloway
Senior Recruiter, Pellmoor`,
    expect: {
      isRejection: true,
      company: 'Pellmoor',
      role: 'UX Researcher',
      senderName: 'Ruth Calloway',
      isRecruiter: true,
    },
  },
  {
    id: 'fresh6-ats-noreply-short',
    source: 'https://higherme.zendesk.com/hc/en-us/articles/4415261679251',
    text: `Hello Carlos,

Thank you for applying for Shift Lead at Brook & Barrow Coffee. After reviewing your application, the hiring team has decided not to move forward at this time.

We wish you luck in your job search.

This is an automated message. Please do not reply.`,
    expect: { isRejection: true, company: 'Brook & Barrow Coffee', role: 'Shift Lead' },
  },
  {
    id: 'fresh6-position-filled-indeed',
    source: 'https://www.indeed.com/hire/c/info/how-to-write-a-position-filled-email-with-examples?co=US',
    text: `Dear Applicant,

Thank you for applying for the Warehouse Supervisor position with Tillman Distribution. We are writing to let everyone who applied know that the position has been filled, and the posting is now closed.

We truly appreciate the interest you showed in joining us and hope you will look at our future openings.

Kind regards,
Grace Holloway
Human Resources
Tillman Distribution`,
    expect: {
      isRejection: true,
      company: 'Tillman Distribution',
      role: 'Warehouse Supervisor',
      senderName: 'Grace Holloway',
      isRecruiter: true,
    },
  },
  {
    id: 'fresh6-founder-pass',
    source: 'https://talentport.com/blog/rejection-email-templates',
    text: `Hi Sam,

Thanks so much for the chat on Tuesday about the Growth Marketer role. I've talked it through with my cofounder and we're going to pass — we need someone who has run paid acquisition at a bigger budget than we've seen in your work so far.

Really appreciated your ideas on the onboarding emails though. Good luck out there!

Nadia Forsberg
CEO, Lumen Loop`,
    expect: {
      isRejection: true,
      company: 'Lumen Loop',
      role: 'Growth Marketer',
      senderName: 'Nadia Forsberg',
      isRecruiter: false,
    },
  },
  {
    id: 'fresh6-in-review-then-no',
    source: 'https://adaface.com/email-templates/job-application-status-update',
    text: `Subject: Application status – Junior Accountant at Whitcombe & Lyle

Dear Fatima,

Thank you for your patience while we reviewed applications for the Junior Accountant position. Our review is now finished and, unfortunately, your application was not successful on this occasion.

We received many applications from well-qualified people, and we are grateful you considered us.

Regards,
Whitcombe & Lyle Recruitment`,
    expect: { isRejection: true, company: 'Whitcombe & Lyle', role: 'Junior Accountant', isRecruiter: true },
  },
  {
    id: 'fresh6-status-table-no-longer',
    source: 'https://buyingessaysonline.com/crafting-the-perfect-interview-status-update-email-tips-and-best-practices',
    text: `Hi Leo,

Thanks again for meeting the team for the Field Service Technician role at Aldercrest Energy. I'm writing with an update: you are no longer under consideration for this position, as we have chosen to go ahead with other candidates.

I hope you find a great fit soon.

Best regards,
Tomasz Wiśniewski
Talent Acquisition Specialist
Aldercrest Energy`,
    expect: {
      isRejection: true,
      company: 'Aldercrest Energy',
      role: 'Field Service Technician',
      senderName: 'Tomasz Wiśniewski',
      isRecruiter: true,
    },
  },
  {
    id: 'fresh6-hired-someone-internal',
    source: 'https://www.business-in-a-box.com/template/acknowledgment-of-application_job-position-filled-D592',
    text: `Dear Mr. Osei,

We acknowledge receipt of your application for the Facilities Manager post at Greyfriars College. I am sorry to let you know that the post has been filled by an internal appointment before external applications were reviewed.

Thank you for your interest in working with us.

Yours sincerely,

Prof. Alan Whitmore
Bursar, Greyfriars College`,
    expect: {
      isRejection: true,
      company: 'Greyfriars College',
      role: 'Facilities Manager',
      senderName: 'Alan Whitmore',
      isRecruiter: false,
    },
  },
  {
    id: 'fresh6-recruiter-personal-note',
    source: 'https://letterideas.netlify.app/letter-to-job-applicants-not-selected',
    text: `Hi Imogen,

I've just come off the phone with the hiring manager for the Senior Copywriter role at Fable & Finch, and I'm afraid it's not good news: they've offered the role to someone else who had more agency experience.

I know you were keen on this one. I'll call you this week about two other briefs I think you'd be great for.

Speak soon,
Chloe Barnard
Barnard Creative Recruitment`,
    expect: {
      isRejection: true,
      company: 'Fable & Finch',
      role: 'Senior Copywriter',
      senderName: 'Chloe Barnard',
      isRecruiter: true,
    },
  },
  {
    id: 'fresh6-sign-off-less',
    source: 'https://www.nurturebox.ai/blog/interview-rejection-email-templates',
    text: `Dear Hannah,

Thank you for completing the assessment for the Graduate Analyst programme at Rennick Capital. We're sorry to tell you that your application won't be progressing to the assessment centre.

We hope you'll consider Rennick Capital again in the future.

Martin Osgood
Graduate Recruitment Lead`,
    expect: {
      isRejection: true,
      company: 'Rennick Capital',
      role: 'Graduate Analyst',
      senderName: 'Martin Osgood',
      isRecruiter: true,
    },
  },
  {
    id: 'fresh6-lookalike-withdraw-accepted',
    source: 'https://linprofi.com/tools/email-templates/withdraw-application',
    text: `Subject: Withdrawing my application: Backend Developer

Hi Sophie,

I'm writing to withdraw my application for the Backend Developer role at Quillon. I have accepted a position elsewhere that I had been interviewing for, and I don't want to take more of your team's time.

Thank you for the conversations so far; I really enjoyed learning about Quillon, and I hope our paths cross again.

Best regards,
Daniel Cho`,
    expect: { isRejection: false },
  },
  {
    id: 'fresh6-lookalike-cancel-interview',
    source: 'https://calendar-australia.com/faq/how-to-politely-cancel-an-interview-because-you-accepted-another-job',
    text: `Dear Mr. Lindqvist,

Thank you for inviting me to interview for the Logistics Planner position at Nordhavn Shipping. I have recently accepted an offer from another company, so I must cancel our interview on Friday at 10:00.

I apologise for any inconvenience and wish you every success in filling the role.

Kind regards,
Amara Obi`,
    expect: { isRejection: false },
  },
  {
    id: 'fresh6-lookalike-decline-after-research',
    source: 'https://climbtheladder.com/how-to-decline-a-job-interview-by-email-samples',
    text: `Hello Ms. Park,

Thank you for the invitation to a second interview for the Regional Sales Manager role. After thinking carefully about the travel the role involves, I have decided not to continue in the process, and I'd like to withdraw my candidacy.

I'm grateful for your time and wish the team the best in finding the right person.

Sincerely,
Victor Almeida`,
    expect: { isRejection: false },
  },
  {
    id: 'fresh6-lookalike-received',
    source: 'https://template.woculus.com/knowledge-base/hiring-email-sequence/',
    text: `Dear Stephen,

Thank you for applying to Marlow Analytics for the Data Scientist role. We have received your application, and our hiring team will review every application shortly. If you are shortlisted, one of our recruiters will email you to arrange an interview; either way, we will let you know the outcome.

Best regards,
Marlow Analytics Recruiting`,
    expect: { isRejection: false },
  },
  {
    id: 'fresh6-lookalike-still-reviewing',
    source: 'https://mailsparked.b-cdn.net/posts/application-status-email-sample',
    text: `Hi Priyanka,

A quick update on your application for the Product Manager role at Tessellate: it is still under review. We've had a high volume of applicants, so a decision is taking a little longer than planned. We expect to be in touch by the end of next week.

Thanks for bearing with us,
Jonah Reyes
Recruiting Coordinator`,
    expect: { isRejection: false },
  },
  {
    id: 'fresh6-lookalike-interview-invite',
    source: 'https://fisip.uinar.ac.id/tag/invite',
    text: `Dear Kwame,

Following our review of your application for the Civil Engineer position at Harrowgate Infrastructure, we are pleased to invite you to an interview on 14 May at 2 pm on Teams. The panel will be Dana Kerr and Felix Moore. Please find the agenda attached.

Kind regards,
Dana Kerr
Engineering Manager`,
    expect: { isRejection: false },
  },
  {
    id: 'fresh6-lookalike-offer',
    source: 'https://recruitbpm.com/blog/interview-email-templates-for-recruiters',
    text: `Hi Elena,

Great news: we would love to offer you the Customer Success Lead position at Brightlane! Your formal offer letter, with salary and start date, is attached. Unfortunately we can't match the fully remote arrangement you asked about, but we can offer two days a week from home.

Please let us know your decision by Friday.

Warmly,
Marcus Hale
People Partner, Brightlane`,
    expect: { isRejection: false },
  },
  {
    id: 'fresh6-lookalike-job-alert',
    source:
      'https://docs.oracle.com/en/cloud/saas/talent-management/24b/faimh/job-alert-for-new-job-opportunities.html',
    text: `Subject: New jobs at Ferncastle matching your preferences

Hi Jordan,

Thanks for joining the Ferncastle talent community. These new roles match the job category and location you chose:

- Software Engineer II, Leeds
- QA Analyst, Leeds (hybrid)

Not the right fit? Unfortunately we can't tailor alerts further yet, but you can update your interests or unsubscribe at any time.

The Ferncastle Careers Team`,
    expect: { isRejection: false },
  },
  {
    id: 'fresh6-lookalike-if-not-selected',
    source: 'https://support.keldairhr.com/hc/en-us/articles/21140325911319-Email-Confirmation-of-Received-Application',
    text: `Subject: Sunbury Health Job Application Confirmation

Dear Olivia,

Thank you for applying for the Practice Nurse position at Sunbury Health. Your application has been received. If you are not selected for interview, we will keep your details on file for six months and may contact you about similar roles.

Kind regards,
Sunbury Health HR`,
    expect: { isRejection: false },
  },
];

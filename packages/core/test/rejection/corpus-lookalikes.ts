// Letters that look like rejections but are not: acknowledgements, status updates, invitations,
// offers, reference requests and hypotheticals. Written for these tests, each modelled on the
// situation of the page at `source`; people and companies are made up.
import type { Letter } from './corpus-types.js';

export const lookalikes: Letter[] = [
  {
    id: 'received-if-not-selected',
    source: 'https://carreersupport.com/?p=165364',
    text: `Hi Jordan,

Thanks for applying for the Senior Data Analyst role at Northwind Traders. We have received your application and the team will review it over the next two weeks.

If you are not selected for an interview, we will keep your resume on file for future openings.

Best,
Northwind Traders Recruiting`,
    expect: { isRejection: false },
  },
  {
    id: 'still-reviewing',
    source: 'https://manatal.com/hr-email-template/status-of-application-email-template',
    text: `Dear Priya,

A quick update on the Product Designer position at Tailspin Toys: we received many applications, and the hiring manager is still reviewing them. We expect to invite shortlisted candidates for interviews by the end of the month.

Unfortunately this is taking longer than we hoped. Thank you for your patience.

Kind regards,
Lena Fischer
Recruiter`,
    expect: { isRejection: false },
  },
  {
    id: 'ats-confirmation',
    source: 'https://support.keldairhr.com/hc/en-us/articles/21140325911319-Email-Confirmation-of-Received-Application',
    text: `Thank you for applying to Globex!

Your application for Warehouse Operations Lead has been received. If your experience matches our needs, a member of our team will be in touch. Should you not be selected, you will receive an email once the role is filled.

Globex Talent Acquisition`,
    expect: { isRejection: false },
  },
  {
    id: 'interview-invitation',
    source: 'https://maestrolabs.com/how-to/interview-invitation-email',
    text: `Hi Sam,

Thanks for applying for the Customer Success Manager role at Contoso. We'd like to invite you to a 45-minute video interview with the team. Could you share your availability for next Tuesday or Wednesday?

Best,
Lena Fischer
Talent Acquisition Partner`,
    expect: { isRejection: false },
  },
  {
    id: 'interview-scheduling',
    source: 'https://calendly.com/blog/how-to-write-an-email-to-schedule-an-interview',
    text: `Hello Kofi,

Great news: the hiring team would like to move forward with your application for the Backend Engineer position. Please use the link below to schedule a time for the technical interview.

Best regards,
Hannah Berg`,
    expect: { isRejection: false },
  },
  {
    id: 'next-round',
    source: 'https://draft.hotplmedia.com/tools/hr-interview-invitation/',
    text: `Hi Mei,

Thank you for your time on Monday. We're happy to let you know that you have been selected for the next round for the Payroll Specialist role. Unfortunately our office is being renovated, so the interview will be on video.

Warm regards,
Olivia Grant`,
    expect: { isRejection: false },
  },
  {
    id: 'offer-letter',
    source: 'https://taptalent.ai/hr-email-templates/formal-job-offer-letter/',
    text: `Dear Aisha,

Congratulations! We are pleased to offer you the position of Clinical Nurse Educator at Mercy West Hospital, starting on 4 May. Your offer letter is attached; please sign and return it by Friday.

Best wishes,
Daniel Okafor`,
    expect: { isRejection: false },
  },
  {
    id: 'offer-with-cannot',
    source: 'https://www.indeed.com/hire/c/info/how-to-write-a-job-offer-letter-email?co=US',
    text: `Hi Felix,

We are delighted to offer you the Site Reliability Engineer role at Woodgrove Bank. We are not able to offer you the fully remote arrangement you asked about, but two days a week at home are part of the offer letter.

Best regards,
Grace Liu`,
    expect: { isRejection: false },
  },
  {
    id: 'reference-request',
    source: 'https://www.globalta.com.mm/blog-post/new-employee-reference-request/',
    text: `Hi Paul,

My name is Ivy Tran and I recruit for Cyberdyne Systems. Ingrid Larsen has applied for our Grants Manager role and listed you as a reference. Would you have 15 minutes this week for a call about her work with you?

Thanks in advance,
Ivy Tran`,
    expect: { isRejection: false },
  },
  {
    id: 'reference-check-written',
    source: 'https://mailsparked.b-cdn.net/posts/contacting-references-by-email-sample',
    text: `Dear Ms. Rao,

Tomás Vidal is a finalist for the Junior Accountant position at Proseware and named you as his former supervisor. Could you answer the three questions below about his work? Your reply will be kept confidential.

Kind regards,
Anika Rao
People Operations`,
    expect: { isRejection: false },
  },
  {
    id: 'candidate-declines-offer',
    source: 'https://www.interviewprotips.com/how-to-send-a-rejection-email-for-a-job-interview/',
    text: `Dear Ms. Owen,

Thank you for offering me the Grants Manager role at Lucerne Publishing. After a lot of thought I have decided to accept another offer, so I will not be accepting the position.

I'm grateful for your time and wish the team well.

Best regards,
Ingrid Larsen`,
    expect: { isRejection: false },
  },
  {
    id: 'process-explainer',
    source: 'https://gritsearch.com/employment-insights/hiring-process/what-is-application-acknowledgement-email/',
    text: `Hi Rafael,

Here is how our process for the Marketing Analyst role works. We review every application within ten business days. If we decide not to move forward, you will hear from us by email; if we do, we will invite you to a phone screen.

Best,
Fourth Coffee Recruiting`,
    expect: { isRejection: false },
  },
  {
    id: 'newsletter-job-tips',
    source: 'https://jill.edu.pl/job-rejection-email-after-interview',
    text: `This week in your job search newsletter: how to reply when a company says it has decided to move forward with other candidates, and why a thank-you note after the interview still matters.

Read the full article on our site.`,
    expect: { isRejection: false },
  },
  {
    id: 'recruiter-outreach',
    source: 'https://sprad.io/resources/ai-candidate-rejection-for-greenhouse-personalized-on-brand-replies-at-scale',
    text: `Hi Noor,

I came across your profile and think you could be a great fit for the Operations Manager opening at Alpine Ski House. Would you be open to a short call next week?

All the best,
Chris Adair
Talent Team`,
    expect: { isRejection: false },
  },
  {
    id: 'assessment-invite',
    source: 'https://mytour.vn/en/blog/bai-viet/professional-interview-invitation-template.html',
    text: `Dear Beatriz,

Thank you for your interest in the Data Engineer role at Trey Research. As the next step, please complete the online assessment within five days. Candidates who do not complete it will not be considered further.

Regards,
Trey Research Talent Acquisition`,
    expect: { isRejection: false },
  },
  {
    id: 'delay-notice',
    source: 'https://manatal.com/hr-email-template/status-of-application-email-template',
    text: `Hi Ama,

I wanted to let you know the decision on the Staff Product Manager role is taking a little longer. The team is still reviewing the final two candidates, and you are one of them. I expect to get back to you by Thursday.

Cheers,
Tom Baptiste`,
    expect: { isRejection: false },
  },
  {
    id: 'internal-other-role',
    source: 'https://carreersupport.com/?p=165364',
    text: `Hi Luis,

Thanks for your application for the Security Engineer opening. The hiring manager would like to talk with you about it and also about a second role on the same team. Are you free on Friday afternoon?

Thanks,
Bianca Silva`,
    expect: { isRejection: false },
  },
  {
    id: 'withdrawal-confirmation',
    source: 'https://help.wellfound.com/article/728-how-do-i-reject-an-applicant-does-it-send-a-message',
    text: `Hi Devon,

We've received your request to withdraw your application for Founding Engineer at Relecloud. Your application is now closed. If you change your mind, you are welcome to apply again.

The Relecloud team`,
    expect: { isRejection: false },
  },
  {
    id: 'if-unsuccessful-uk',
    source: 'https://blog.talentech.com/en/email-template-thank-you-for-your-application',
    text: `Dear Ms Campbell,

Thank you for your application for the post of Finance Business Partner. The closing date is 30 June and interviews will be held in the week of 14 July. If you have not heard from us by 21 July, please assume that your application has been unsuccessful on this occasion.

Kind regards,
HR Team`,
    expect: { isRejection: false },
  },
  {
    id: 'congratulations-hired-colleague',
    source: 'https://taptalent.ai/hr-email-templates/formal-job-offer-letter/',
    text: `Hi team,

Please join me in welcoming Carla Nguyen, who joins us as Head of Finance on Monday. Congratulations, Carla! We are excited to have you.

Best,
Paul`,
    expect: { isRejection: false },
  },
  {
    id: 'shortlisted',
    source: 'https://gritsearch.com/employment-insights/hiring-process/what-is-application-acknowledgement-email/',
    text: `Dear Arjun,

Good news: you have been shortlisted for the Research Scientist position at Stark Analytics. We will send the interview details in the next few days.

Regards,
Recruitment Office`,
    expect: { isRejection: false },
  },
  {
    id: 'job-alert',
    source: 'https://lowell.utiledesign.com/thank-you-for-applying-email-template',
    text: `New jobs for you: Regional Sales Representative at Dunder Mifflin, Account Executive at Black Mesa, and 12 more. Unfortunately we could not find any remote roles this week. Best of luck in your search!`,
    expect: { isRejection: false },
  },
  // Added in the fourth round, with the new rejection families in view: each says one of their
  // words (finalist, on hold, filled internally, offer) without saying no to the reader.
  {
    id: 'invite-final-round',
    source: 'https://draft.hotplmedia.com/tools/hr-interview-invitation/',
    text: `Hi Tomasz,

Good news: you are one of two finalists for the Staff Data Engineer role at Lindqvist Analytics. We would like to invite you to a final conversation with our CTO next Wednesday. Could you send me two times that work?

Best,
Pieter van der Berg
Engineering Manager`,
    expect: { isRejection: false },
  },
  {
    id: 'offer-finalist',
    source: 'https://taptalent.ai/hr-email-templates/formal-job-offer-letter/',
    text: `Dear Rafael,

After meeting all the finalists, the panel has decided to make you an offer for the Quality Engineer job at Kestrel Components. Your offer letter is attached; we would love to hear from you by Friday.

With thanks,
Fiona McArthur-Reid
Plant Manager`,
    expect: { isRejection: false },
  },
  {
    id: 'on-hold-still-considered',
    source: 'https://staging-w.enwage.com/email-template/position-on-hold/',
    text: `Dear Imani,

I am writing to let you know that the Payroll Specialist position at Granite Ridge Credit Union has been put on hold for a few weeks while the budget is confirmed. Your application is still under consideration, and we expect to resume interviews in March.

Sincerely,
Granite Ridge Credit Union Human Resources`,
    expect: { isRejection: false },
  },
  {
    id: 'decision-delayed',
    source: 'https://www.adaface.com/email-templates/email-to-candidate-about-role-being-paused',
    text: `Hi Mateo,

A quick note that decisions on the Site Reliability Engineer role are taking longer than planned. Nothing has been decided yet and you remain in the running; I will update you by the 14th.

Thanks for your patience,
Yara Haddad
Technical Recruiter`,
    expect: { isRejection: false },
  },
  {
    id: 'if-not-selected-pool',
    source: 'https://100hires.com/rejection-letter-for-internal-candidate.html',
    text: `Dear Kwame,

Thank you for applying for the Logistics Coordinator opening with Solano Freight. Interviews run until 20 May. If you are not selected for this opening, we may still contact you about similar roles, as internal candidates are considered first.

Kind regards,
María de la Cruz
People Partner`,
    expect: { isRejection: false },
  },
  {
    id: 'reference-request-finalist',
    source: 'https://flodesk.com/tips/reference-check-email-templates',
    text: `Dear Mr Okafor,

Grace Lin has applied for the Clinical Pharmacist position at Brightwater Hospital and is one of our finalists. She named you as a former supervisor. Would you have fifteen minutes this week to answer a few questions about her work?

Sincerely,
Siobhan O'Neil
HR Manager`,
    expect: { isRejection: false },
  },
  {
    id: 'talent-pool-newsletter',
    source: 'https://www.gem.com/blog/best-practices-for-your-talent-community',
    text: `Welcome to the Halcyon Biotech talent community!

This month: three new openings in Boston, a day in the life of our assay team, and tips for our take-home exercise. Roles that were filled internally are no longer listed. Not the right fit yet? Stay subscribed and we will send you new roles as they open.

Halcyon Biotech Talent Acquisition`,
    expect: { isRejection: false },
  },
  {
    id: 'internal-posting',
    source: 'https://x0pa.com/blog/a-guide-on-making-a-rejection-email-template-for-internal-candidate/',
    text: `Team,

The Customer Success Lead role is now posted internally. Internal candidates who apply by Friday will be interviewed before we open the search to external applicants. Talk to your manager if you are interested.

Connor Walsh
Head of Customer Success`,
    expect: { isRejection: false },
  },
  {
    id: 'interview-rescheduled',
    source: 'https://hirebee.ai/hr-tool-and-template/employers-email-cancelling-a-scheduled-interview',
    text: `Dear Oskar,

I'm sorry, but I have to cancel our Tuesday interview for the Field Service Technician role: our service lead is out sick. Could we meet on Thursday at 10:00 instead? The role is still open and we are keen to meet you.

Kind regards,
Lotte Brenner
Office Manager`,
    expect: { isRejection: false },
  },
  {
    id: 'advice-article',
    source: 'https://backrow.app/tools/rejection-emails/role-on-hold',
    text: `How to tell candidates a role is on hold

When a search is paused, say so quickly. Explain that the company has decided to hold off on hiring, avoid promising a restart date, and let candidates know whether they should pursue other offers. Silence is the worst answer.`,
    expect: { isRejection: false },
  },
  {
    id: 'offer-accepted-thanks',
    source: 'https://www.indeed.com/hire/c/info/how-to-write-a-job-offer-letter-email?co=US',
    text: `Hi Nadia,

Thrilled to hear you have accepted our offer for the Customer Success Lead position at Wrenfield! The position has been filled, and the posting comes down today. Your start date is 3 June.

All the best,
Connor Walsh
Head of Customer Success`,
    expect: { isRejection: false },
  },
  // Added in the fifth round: the new rules' words in letters that keep the reader in.
  {
    id: 'not-yet-chosen',
    source: 'https://www.adaface.com/email-templates/email-to-candidate-about-role-being-paused',
    text: `Hi Noor,

We have not yet chosen anyone for the Analytics Engineer role, and you are still one of our candidates. Expect an update from me on Monday.

Best,
Kai Sørensen
Talent Partner`,
    expect: { isRejection: false },
  },
  {
    id: 'once-we-have-hired',
    source: 'https://support.keldairhr.com/hc/en-us/articles/21140325911319-Email-Confirmation-of-Received-Application',
    text: `Hello Bea,

Thanks for applying to Palisade Systems. Once we have hired for this role we will close the posting and let every applicant know the outcome.

Palisade Systems Recruiting`,
    expect: { isRejection: false },
  },
  {
    id: 'closed-to-new-applications',
    source: 'https://manatal.com/hr-email-template/status-of-application-email-template',
    text: `Dear Tariq,

The Head of Operations position has been closed to new applications. Your application is with the panel and we will contact shortlisted candidates next week.

Kind regards,
Ines Carvalho`,
    expect: { isRejection: false },
  },
  {
    id: 'aim-to-appoint',
    source: 'https://mytour.vn/en/blog/bai-viet/professional-interview-invitation-template.html',
    text: `Dear Ms Achterberg,

We aim to appoint a candidate who can start in September, and we would like to invite you to interview for the Deputy Librarian post on 12 June.

Yours sincerely,
Gareth Pryce`,
    expect: { isRejection: false },
  },
  {
    id: 'offer-extended-to-you',
    source: 'https://remoteskills.io/blog/congratulations-job-offer-email',
    text: `Hi Oliver,

Stonebridge Water have asked me to extend the offer to you for the Asset Planner role. I will send the paperwork this afternoon.

Speak soon,
Megan Price
Principal Consultant, Harbourline Recruitment`,
    expect: { isRejection: false },
  },
  {
    id: 'careers-digest',
    source: 'https://wintechub.com/?p=700',
    text: `Your weekly Foxglove Hotels careers digest

Positions that have been filled this week are marked in grey. Twelve openings are still live, three of them near you. Good luck in your search!`,
    expect: { isRejection: false },
  },
  // Added in the sixth round.
  {
    id: 'dont-hesitate',
    source: 'https://draft.hotplmedia.com/tools/hr-interview-invitation/',
    text: `Hi Haruto,

We'd like you to come in for a second interview for the Lab Technician role. Don't hesitate to go ahead and pick any slot on the calendar that suits you.

Kind regards,
Dr. Rhiannon Pugh`,
    expect: { isRejection: false },
  },
  {
    id: 'not-offered-yet',
    source: 'https://www.adaface.com/email-templates/email-to-candidate-about-role-being-paused',
    text: `Dear Ms. Brandt,

We have not offered the Payroll Administrator position to anyone yet. The panel meets on Thursday, and you will hear from me on Friday either way.

Sincerely,
Colm Fitzgerald
HR Advisor`,
    expect: { isRejection: false },
  },
  {
    id: 'selected-will-hear',
    source: 'https://support.keldairhr.com/hc/en-us/articles/21140325911319-Email-Confirmation-of-Received-Application',
    text: `Hello Ruth,

Thank you for applying for the Category Buyer role at Larchmont Stores. Applications close on 9 May; a candidate who has been selected for interview will hear from us by 16 May.

Larchmont Stores Recruitment`,
    expect: { isRejection: false },
  },
  {
    id: 'promote-from-within-page',
    source: 'https://x0pa.com/blog/a-guide-on-making-a-rejection-email-template-for-internal-candidate/',
    text: `Hi Dominik,

Thanks for joining the Brightline Media talent list. We often fill roles from within, so we post every opening internally first; you will hear about the rest as soon as they are public.

Brightline Media Careers`,
    expect: { isRejection: false },
  },
  {
    id: 'freeze-lifted',
    source: 'https://careerminds.com/blog/job-placed-on-hold-letter-sample',
    text: `Dear Adaeze,

Good news: the hiring freeze has been lifted, and we would like to invite you to interview for the Housing Officer vacancy on 3 April.

Yours sincerely,
Human Resources, Thornbury Council`,
    expect: { isRejection: false },
  },
];

// The fourth fresh set: written after the sixth round's changes to the reader, scored once and
// never tuned on — the honest estimate of how it reads letters it has not seen. Each letter is
// modelled on the situation of the page at `source` (none of its sentences); people and
// companies are made up.
import type { Letter } from './corpus-types.js';

export const fresh4: Letter[] = [
  {
    id: 'fresh4-order-of-merit',
    source: 'http://studylib.net/doc/7227696/template--unsuccessful-applicant-correspondence',
    text: `Dear Ms Nakamura,

I refer to your application for the Policy Officer position with the Department of Coastal Affairs. The selection process is now complete and, unfortunately, you were not successful on this occasion.

You have, however, been rated suitable and placed on a merit list for twelve months.

Yours sincerely,
Selection Panel Chair`,
    expect: { isRejection: true, company: 'Department of Coastal Affairs', role: 'Policy Officer' },
  },
  {
    id: 'fresh4-linkedin-style',
    source: 'https://help.workable.com/hc/en-us/articles/1500011516601-LinkedIn-Apply-Connect',
    text: `Your update from Verdant Logistics

Hi Arjun, thanks for your interest in the Fleet Coordinator role. Verdant Logistics has moved on to other applicants for this job.

Keep applying: new jobs that match your profile are below.`,
    expect: { isRejection: true, company: 'Verdant Logistics', role: 'Fleet Coordinator' },
  },
  {
    id: 'fresh4-passed-over',
    source: 'https://universonline.nl/nieuws/2011/01/20/rejection/',
    text: `Hi Sophie,

Thank you for your patience while we finished the interviews for the Frontend Engineer position at Cobaltline. I'm sorry to say we'll be moving ahead with someone else, whose React Native experience tipped it.

Best,
Daniel Asante
Engineering Lead`,
    expect: {
      isRejection: true,
      company: 'Cobaltline',
      role: 'Frontend Engineer',
      senderName: 'Daniel Asante',
      isRecruiter: false,
    },
  },
  {
    id: 'fresh4-no-longer-in-process',
    source: 'https://indeedemployers.zendesk.com/hc/en-gb/articles/115005660163-How-to-send-a-rejection-letter',
    text: `Dear Felipe,

Thank you for applying for the Barista position at Copperkettle Coffee. We have reviewed your application and you will not be invited to the next stage.

Kind regards,
Copperkettle Coffee Hiring Team`,
    expect: { isRejection: true, company: 'Copperkettle Coffee', role: 'Barista', isRecruiter: true },
  },
  {
    id: 'fresh4-headcount-gone',
    source: 'https://backrow.app/tools/rejection-emails/position-closed',
    text: `Hi Rebecca,

Bad news on the Solutions Consultant role, I'm afraid: the headcount was withdrawn in this week's budget review, so Tern Analytics isn't hiring for it any more.

Thank you for all your time,
Owen Price
Talent Acquisition Lead`,
    expect: {
      isRejection: true,
      company: 'Tern Analytics',
      role: 'Solutions Consultant',
      senderName: 'Owen Price',
      isRecruiter: true,
    },
  },
  {
    id: 'fresh4-declined-candidacy',
    source: 'https://support.greenhouse.io/hc/en-us/articles/360025603151-Rejection-emails',
    text: `Hello Chiara,

We have carefully reviewed your candidacy for the Clinical Data Manager role at Arbour Therapeutics and have decided not to pursue it further.

We wish you well in your search.

Arbour Therapeutics Talent Acquisition`,
    expect: {
      isRejection: true,
      company: 'Arbour Therapeutics',
      role: 'Clinical Data Manager',
      isRecruiter: true,
    },
  },
  {
    id: 'fresh4-particle-van-den',
    source: 'https://backrow.app/tools/rejection-emails/after-final-round',
    text: `Hi Nikhil,

I promised you a quick answer after Thursday's final round for the Growth Marketing Manager role. The team has gone with the other finalist. It was genuinely close.

Warmly,
Eva van den Broek
VP Marketing, Saltire Apps`,
    expect: {
      isRejection: true,
      company: 'Saltire Apps',
      role: 'Growth Marketing Manager',
      senderName: 'Eva van den Broek',
      isRecruiter: false,
    },
  },
  {
    id: 'fresh4-not-shortlisted-ats',
    source: 'https://www.gov.uk/guidance/sifting-job-applications-vx',
    text: `Dear Applicant,

Thank you for applying for the Digital Content Designer vacancy at the Northvale Borough Council. Your application was not successful at the sift stage.

Recruitment Team`,
    expect: {
      isRejection: true,
      company: 'Northvale Borough Council',
      role: 'Digital Content Designer',
      isRecruiter: true,
    },
  },
  {
    id: 'fresh4-more-senior',
    source: 'https://www.recruiterly.com/recruitment-templates/internal-candidate-rejection-email-template/',
    text: `Dear Martin,

Thank you for meeting the team about the Finance Manager opening at Glenrock Estates. In the end we have offered the role to a candidate with more group-reporting experience.

Regards,
Priya Natarajan
CFO`,
    expect: {
      isRejection: true,
      company: 'Glenrock Estates',
      role: 'Finance Manager',
      senderName: 'Priya Natarajan',
      isRecruiter: false,
    },
  },
  {
    id: 'fresh4-recruiter-call-note',
    source: 'https://headcontrolsystem.com/rejection-email-template-after-final-interview/',
    text: `Hi Yasmin,

Thanks for picking up earlier. As we discussed, Harlow Energy have decided not to offer you the Commercial Analyst role after the final interview. I know it stings; let's talk next week about the two other openings I mentioned.

Cheers,
Ben Whitaker
Senior Recruiter, Fieldstone Talent`,
    expect: {
      isRejection: true,
      company: 'Harlow Energy',
      role: 'Commercial Analyst',
      senderName: 'Ben Whitaker',
      isRecruiter: true,
    },
  },
  {
    id: 'fresh4-internal-promotion',
    source: 'https://backrow.app/tools/rejection-emails/internal-candidate-selected',
    text: `Dear Abena,

Thank you for your interest in the Head of Learning role at Calder Academy Trust. After the interviews, the trustees chose to promote the current deputy head into the role.

Yours sincerely,
Moira Grant
HR Manager`,
    expect: {
      isRejection: true,
      company: 'Calder Academy Trust',
      role: 'Head of Learning',
      senderName: 'Moira Grant',
      isRecruiter: true,
    },
  },
  {
    id: 'fresh4-wrapped-signature',
    source: 'https://manatal.com/hr-email-template/post-interview-rejection-email-template',
    text: `Dear Viktor,

Thank you for interviewing for the Maintenance Planner role at Ashgrove Paper Mills. We
have decided to progress other applicants whose experience with SAP PM is deeper than
yours.

Sincerely,
Laura Kowalczyk
Talent Acquisition Specialist`,
    expect: {
      isRejection: true,
      company: 'Ashgrove Paper Mills',
      role: 'Maintenance Planner',
      senderName: 'Laura Kowalczyk',
      isRecruiter: true,
    },
  },
  {
    id: 'fresh4-lookalike-merit-list',
    source: 'http://studylib.net/doc/7227696/template--unsuccessful-applicant-correspondence',
    text: `Dear Ms Nakamura,

A vacancy has opened for a Policy Officer with the Department of Coastal Affairs, and you are at the top of our merit list. We would like to offer you the position; please confirm within five days.

Yours sincerely,
Selection Panel Chair`,
    expect: { isRejection: false },
  },
  {
    id: 'fresh4-lookalike-next-stage',
    source: 'https://maestrolabs.com/how-to/interview-invitation-email',
    text: `Dear Felipe,

Thank you for applying for the Barista position at Copperkettle Coffee. We have reviewed your application and would like to invite you to a trial shift next Saturday.

Kind regards,
Copperkettle Coffee Hiring Team`,
    expect: { isRejection: false },
  },
  {
    id: 'fresh4-lookalike-sift-info',
    source: 'http://www.cityoffife.org/?p=city_departments&a=civil_service&b=how_applications_are_processed',
    text: `Dear Applicant,

Thank you for applying for the Digital Content Designer vacancy. The sift takes place on 2 June. Candidates who are not successful at the sift will be told by email within a week.

Recruitment Team`,
    expect: { isRejection: false },
  },
  {
    id: 'fresh4-lookalike-reference',
    source: 'https://publicate.it/templates/employee-engagement/reference-check-email-templates',
    text: `Dear Mr Okonjo,

Martin Hale is our preferred candidate for the Finance Manager opening at Glenrock Estates, subject to references. He gave your name; could you confirm his dates of employment and role?

Regards,
Priya Natarajan
CFO`,
    expect: { isRejection: false },
  },
  {
    id: 'fresh4-lookalike-recruiter-pitch',
    source: 'https://www.socialtalent.com/?p=93088',
    text: `Hi Yasmin,

Two new roles have come in that suit you: a Commercial Analyst at Harlow Energy and a Pricing Analyst at a utility in Leeds. Harlow's last hire for the team moved on, so they are keen to meet people quickly. Fancy a call?

Cheers,
Ben Whitaker
Senior Recruiter, Fieldstone Talent`,
    expect: { isRejection: false },
  },
  {
    id: 'fresh4-lookalike-offer-conditional',
    source: 'https://www.phphr.com/professional-job-offer-letter-email',
    text: `Dear Abena,

We are delighted to offer you the Head of Learning role at Calder Academy Trust, subject to a satisfactory background check. Please return the signed contract by 30 June.

Yours sincerely,
Moira Grant
HR Manager`,
    expect: { isRejection: false },
  },
];

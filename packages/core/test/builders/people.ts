/**
 * Ten job seekers, written for these tests, with every fact a builder can use. They vary on
 * purpose: fields present and absent, long and short values, honorifics and suffixes in names,
 * compound first names, lowercase and trailing-period fragments. Each notes the public page that
 * inspired its facts (occupation outlooks and career-change guides), not text copied from it.
 */
import type { Help } from '@sidedoor/core';

/** One person and everything they might tell sidedoor. */
export interface Person {
  id: string;
  inspiredBy: string;
  sender: { name: string; email: string; headline?: string; phone: string; linkedin?: string };
  manager: { name: string; email?: string; title?: string };
  company: string;
  role: string;
  hook: string;
  proof: string[];
  offer: string;
  ask?: { minutes?: number; when?: string };
  screenedOut?: boolean;
  contact: { name: string; email?: string };
  relationship: string;
  connection: string;
  help: Help;
  update: string;
  /** The subject of the first note, when the follow-up replies to it. */
  previousSubject?: string;
  referrer?: string;
  premium?: boolean;
  outcome?: string;
}

export const people: Person[] = [
  {
    id: 'icu-nurse',
    inspiredBy: 'https://www.bls.gov/ooh/healthcare/registered-nurses.htm',
    sender: {
      name: 'Maria Santos',
      email: 'maria.santos@example.com',
      headline: 'ICU charge nurse at Mercy West',
      phone: '+1 206 555 0142',
    },
    manager: { name: 'Dr. Alan Reyes', title: 'Director of Critical Care' },
    company: "St. Luke's Health",
    role: 'ICU Nurse Manager',
    hook: "St. Luke's Health is opening a 12-bed cardiac ICU in the spring",
    proof: ['Cut central-line infections on my unit from 6 to 1 in a year', 'trained 14 new graduate nurses.'],
    offer: 'help you staff and train the new unit before it opens',
    ask: { minutes: 15, when: 'the week of March 10' },
    screenedOut: true,
    contact: { name: 'Priya Natarajan' },
    relationship: 'worked nights together in the Mercy West ICU',
    connection: 'trained with Dr. Reyes at Harborview',
    help: 'introduce',
    update: 'I drafted a 90-day onboarding plan for new ICU nurses, built on the one that cut our turnover by a third',
    referrer: 'Priya Natarajan',
  },
  {
    id: 'backend-engineer',
    inspiredBy: 'https://www.bls.gov/ooh/computer-and-information-technology/software-developers.htm',
    sender: {
      name: 'Kenji Watanabe',
      email: 'kenji@example.dev',
      headline: 'Backend engineer, 7 years in payments',
      phone: '+1 415 555 0187',
      linkedin: 'https://www.linkedin.com/in/kenji-watanabe-example',
    },
    manager: { name: 'Sam Lee', email: 'sam.lee@acme.example', title: 'Head of Payments' },
    company: 'Acme',
    role: 'Senior Payments Engineer',
    hook: 'your team is rebuilding checkout ahead of the launch in Germany',
    proof: [
      'Cut checkout latency by 40% at Globex in six months',
      'Moved 3 million card payments a day to a new processor with no downtime',
    ],
    offer: 'bring the same playbook to your checkout before the German launch',
    ask: { minutes: 20, when: 'Tuesday or Wednesday' },
    contact: { name: 'Dana Kim', email: 'dana.kim@example.com' },
    relationship: 'built the billing service together at Globex',
    connection: 'worked with Sam at Initech for four years',
    help: 'urge',
    update: 'profiled your public checkout page and found two redirects that add about 600 ms on mobile',
    previousSubject: 'Cut checkout latency by 40%',
    premium: true,
  },
  {
    id: 'teacher-to-id',
    inspiredBy: 'https://www.bls.gov/ooh/education-training-and-library/instructional-coordinators.htm',
    sender: {
      name: 'Beth Anne Carter',
      email: 'bethanne.carter@example.org',
      headline: 'Middle-school science teacher moving into instructional design',
      phone: '+1 512 555 0110',
    },
    manager: { name: 'Ms. Rachel Stein', title: 'Learning & Development Manager' },
    company: 'Northwind Traders',
    role: 'Instructional Designer',
    hook: 'northwind traders is rolling out new safety training to 40 warehouses this year.',
    proof: [
      'Raised state science scores in my classes by 18 points over two years',
      'built a 6-week online unit used by 300 students',
    ],
    offer: 'turn your safety material into short lessons people finish',
    contact: { name: 'Tom Becker' },
    relationship: 'taught in the same department at Lakeview Middle School',
    connection: 'managed the training team with Rachel at Contoso',
    help: 'meeting',
    update: 'I rebuilt one of your public safety modules as a 7-minute lesson with a quiz',
    outcome: 'Rachel and I are meeting next Tuesday',
  },
  {
    id: 'sales-rep',
    inspiredBy: 'https://www.bls.gov/ooh/sales/wholesale-and-manufacturing-sales-representatives.htm',
    sender: {
      name: 'Marcus Johnson Jr.',
      email: 'marcus.j@example.com',
      headline: 'Account executive at Fabrikam',
      phone: '+1 312 555 0175',
    },
    manager: { name: 'Linda Park', title: 'VP of Sales' },
    company: 'Contoso',
    role: 'Enterprise Account Executive',
    hook: 'Contoso is expanding into the Midwest with a new Chicago office',
    proof: ['Closed $2.4M in new business in 2024, 130% of quota', 'Opened 11 new accounts in Illinois'],
    offer: 'bring my Chicago relationships to your new office from day one',
    ask: { when: 'next week' },
    screenedOut: true,
    contact: { name: 'Jess Alvarez' },
    relationship: 'sold for the same region at Fabrikam',
    connection: 'reported to Linda at Tailspin for three years',
    help: 'introduce',
    update: 'I mapped 25 Chicago manufacturers that fit your customer profile and ranked them by deal size',
  },
  {
    id: 'new-graduate',
    inspiredBy: 'https://www.bls.gov/ooh/business-and-financial/market-research-analysts.htm',
    sender: { name: 'Aisha Okoye', email: 'aisha.okoye@example.edu', phone: '+1 617 555 0133' },
    manager: { name: 'Daniel Brooks' },
    company: 'Litware',
    role: 'Junior Data Analyst',
    hook: 'Litware is hiring its first analysts for the new customer insights team',
    proof: ['As an intern at Wingtip, I automated a weekly report and saved the team 6 hours a week'],
    offer: 'help the new team get its first dashboards out quickly',
    contact: { name: 'Prof. Helen Wright' },
    relationship: 'worked on a research project together in my final year',
    connection: 'taught Daniel at Boston University',
    help: 'urge',
    update: "I built a small dashboard from Litware's public app reviews that groups complaints into 5 themes",
  },
  {
    id: 'warehouse-lead',
    inspiredBy: 'https://www.bls.gov/ooh/transportation-and-material-moving/hand-laborers-and-material-movers.htm',
    sender: {
      name: 'Luis Hernández',
      email: 'luis.hernandez@example.com',
      headline: 'Night-shift lead, 40-person warehouse team',
      phone: '+1 775 555 0161',
    },
    manager: { name: 'Karen Mitchell', title: 'Operations Manager' },
    company: 'Blue Yonder Logistics',
    role: 'Night Shift Supervisor',
    hook: 'Blue Yonder Logistics is opening its Reno distribution center in April',
    proof: ['Raised pick accuracy on my shift from 97.1% to 99.6%', 'cut overtime by 22% in one year'],
    offer: 'help you build a night shift that is accurate from week one',
    ask: { minutes: 15, when: 'Thursday morning' },
    contact: { name: 'Mike Chen' },
    relationship: 'ran the same dock at Fabrikam for two years',
    connection: 'know Karen from the Reno warehouse association',
    help: 'meeting',
    update: 'I wrote a one-page plan for the first 30 days of a new night shift',
  },
  {
    id: 'army-nco',
    inspiredBy: 'https://www.bls.gov/ooh/business-and-financial/logisticians.htm',
    sender: {
      name: 'SFC David Miller',
      email: 'david.miller@example.mil',
      headline: 'Army logistics NCO, 8 years',
      phone: '+1 910 555 0128',
    },
    manager: { name: 'Col. (Ret.) James O’Neil', title: 'Director of Supply Chain' },
    company: 'Tailspin Toys',
    role: 'Supply Chain Manager',
    hook: 'Tailspin Toys is moving its parts supply to two new regional hubs',
    proof: [
      'Ran supply for a 600-soldier battalion with 98% equipment readiness',
      'moved $40M of equipment to Poland in 30 days without a loss',
    ],
    offer: 'set up the hubs so parts arrive where they are needed',
    ask: { minutes: 15, when: 'any afternoon next week' },
    screenedOut: true,
    contact: { name: 'Angela Brooks' },
    relationship: 'served together at Fort Liberty',
    connection: "worked with James at Tailspin's Memphis site",
    help: 'introduce',
    update:
      'I compared your two hub sites with the routes I used in Poland and found one lane that would save two days',
    previousSubject: 'RE: Ran supply for a 600-soldier battalion',
    referrer: 'Angela Brooks',
  },
  {
    id: 'finance-analyst',
    inspiredBy: 'https://www.bls.gov/ooh/business-and-financial/financial-analysts.htm',
    sender: {
      name: 'Rachel Stein',
      email: 'rachel.stein@example.com',
      headline: 'Senior financial analyst at Proseware',
      phone: '+1 646 555 0190',
    },
    manager: { name: 'Mr. Thomas Greene III', title: 'CFO' },
    company: 'Adventure Works',
    role: 'FP&A Manager',
    hook: 'Adventure Works is preparing for its first year as a public company',
    proof: ['Found $2.3M in duplicate vendor payments', 'Cut the monthly close from 9 days to 5'],
    offer: 'help your team close faster before the first earnings call',
    ask: { minutes: 20, when: 'sometime in the next two weeks' },
    contact: { name: 'Beth Anne Moore' },
    relationship: 'were analysts together at Proseware',
    connection: 'worked for Thomas at Fourth Coffee',
    help: 'urge',
    update:
      'I went through your S-1 and found three close steps that public companies your size usually automate first',
    previousSubject: 'Found $2.3M in duplicate vendor payments',
    outcome: 'Thomas replied and we are talking on Friday',
  },
  {
    id: 'product-designer',
    inspiredBy: 'https://www.bls.gov/ooh/arts-and-design/graphic-designers.htm',
    sender: {
      name: 'Anne-Marie Dubois',
      email: 'annemarie@example.design',
      headline: 'Product designer at Woodgrove Bank',
      phone: '+1 503 555 0119',
      linkedin: 'https://www.linkedin.com/in/annemarie-dubois-example',
    },
    manager: { name: 'Mary Jo Evans', title: 'Head of Design' },
    company: 'Fabrikam',
    role: 'Senior Product Designer',
    hook: 'your mobile banking app is getting a full redesign this year',
    proof: ['Redesigned sign-up and lifted completion from 52% to 71%'],
    offer: 'bring the same research-first approach to your redesign',
    ask: { minutes: 30, when: 'Monday or Friday' },
    contact: { name: 'Olivia Grant' },
    relationship: 'ran the design guild together at Woodgrove',
    connection: 'worked with Mary Jo at Northwind',
    help: 'meeting',
    update: 'I tested your current sign-up flow with 5 people and found the step where 3 of them gave up',
    premium: true,
  },
  {
    id: 'customer-success',
    inspiredBy: 'https://www.bls.gov/ooh/office-and-administrative-support/customer-service-representatives.htm',
    sender: {
      name: 'Dr. Nadia Haddad',
      email: 'nadia.haddad@example.com',
      headline: 'Customer success manager for 60 enterprise accounts',
      phone: '+1 303 555 0104',
    },
    manager: { name: 'Chris Taylor', title: 'Director of Customer Success' },
    company: 'Wingtip',
    role: 'Customer Success Lead',
    hook: 'Wingtip wants to cut churn after last quarter',
    proof: ['Kept renewals at 96% across 60 enterprise accounts', 'Cut time to first value from 45 days to 20'],
    offer: 'help your team spot accounts at risk before renewal',
    contact: { name: 'Sara Lindqvist' },
    relationship: 'launched the onboarding program together at Proseware',
    connection: 'worked with Chris at Litware',
    help: 'introduce',
    update: "I built a simple health score from the signals in Wingtip's public product docs",
  },
];

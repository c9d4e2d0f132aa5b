/** A line of work a job title belongs to, for "works in the manager's function". */
export type JobFunction =
  | 'engineering'
  | 'data'
  | 'product'
  | 'design'
  | 'marketing'
  | 'sales'
  | 'customer'
  | 'finance'
  | 'people'
  | 'operations'
  | 'legal'
  | 'clinical'
  | 'education'
  | 'research';

/** Words in a title and the function they name. Two-word phrases are looked up before single words. */
const FUNCTION_WORDS = new Map<string, JobFunction>(
  Object.entries({
    engineer: 'engineering',
    engineering: 'engineering',
    developer: 'engineering',
    software: 'engineering',
    sre: 'engineering',
    devops: 'engineering',
    backend: 'engineering',
    frontend: 'engineering',
    'full stack': 'engineering',
    fullstack: 'engineering',
    programmer: 'engineering',
    architect: 'engineering',
    cto: 'engineering',
    platform: 'engineering',
    infrastructure: 'engineering',
    security: 'engineering',
    qa: 'engineering',
    firmware: 'engineering',
    mobile: 'engineering',
    ios: 'engineering',
    android: 'engineering',

    data: 'data',
    analytics: 'data',
    analyst: 'data',
    scientist: 'data',
    'machine learning': 'data',
    ml: 'data',
    ai: 'data',
    bi: 'data',
    statistician: 'data',
    product: 'product',
    'product manager': 'product',
    'product owner': 'product',
    cpo: 'product',
    pm: 'product',
    design: 'design',
    designer: 'design',
    ux: 'design',
    ui: 'design',
    creative: 'design',
    'user research': 'design',
    marketing: 'marketing',
    marketer: 'marketing',
    brand: 'marketing',
    growth: 'marketing',
    seo: 'marketing',
    content: 'marketing',
    communications: 'marketing',
    cmo: 'marketing',
    'demand generation': 'marketing',
    sales: 'sales',
    'account executive': 'sales',
    'business development': 'sales',
    bdr: 'sales',
    sdr: 'sales',
    'account manager': 'sales',
    partnerships: 'sales',
    cro: 'sales',
    support: 'customer',
    'customer success': 'customer',
    'customer support': 'customer',
    'customer experience': 'customer',
    finance: 'finance',
    financial: 'finance',
    accountant: 'finance',
    accounting: 'finance',
    controller: 'finance',
    cfo: 'finance',
    treasury: 'finance',
    fpa: 'finance',
    audit: 'finance',
    tax: 'finance',
    recruiter: 'people',
    recruiting: 'people',
    'talent acquisition': 'people',
    talent: 'people',
    hr: 'people',
    'human resources': 'people',
    people: 'people',
    sourcer: 'people',
    chro: 'people',
    operations: 'operations',
    ops: 'operations',
    logistics: 'operations',
    'supply chain': 'operations',
    procurement: 'operations',
    coo: 'operations',
    facilities: 'operations',
    legal: 'legal',
    counsel: 'legal',
    attorney: 'legal',
    lawyer: 'legal',
    paralegal: 'legal',
    compliance: 'legal',
    nurse: 'clinical',
    nursing: 'clinical',
    rn: 'clinical',
    clinical: 'clinical',
    physician: 'clinical',
    doctor: 'clinical',
    pharmacist: 'clinical',
    therapist: 'clinical',
    icu: 'clinical',
    teacher: 'education',
    professor: 'education',
    lecturer: 'education',
    tutor: 'education',
    researcher: 'research',
    research: 'research',
  } satisfies Record<string, JobFunction>),
);

/** Seniority, from intern (0) to the top of the company (6). */
export type Seniority = 0 | 1 | 2 | 3 | 4 | 5 | 6;

const SENIORITY_WORDS = new Map<string, Seniority>(
  Object.entries({
    intern: 0,
    internship: 0,
    trainee: 0,
    apprentice: 0,
    student: 0,
    junior: 1,
    jr: 1,
    associate: 1,
    assistant: 1,
    graduate: 1,
    senior: 3,
    sr: 3,
    staff: 3,
    lead: 3,
    principal: 3,
    specialist: 2,
    manager: 4,
    head: 4,
    director: 4,
    supervisor: 4,
    'charge nurse': 4,
    vp: 5,
    'vice president': 5,
    svp: 5,
    evp: 5,
    chief: 6,
    ceo: 6,
    cto: 6,
    cfo: 6,
    coo: 6,
    cmo: 6,
    cpo: 6,
    cro: 6,
    chro: 6,
    founder: 6,
    'co founder': 6,
    cofounder: 6,
    owner: 6,
    president: 6,
    partner: 5,
  } satisfies Record<string, Seniority>),
);

function words(title: string): string[] {
  return title
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/&/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== '');
}

/** What a job title says about its holder: functions and seniority, with the words that said it. */
export interface TitleFacts {
  functions: Set<JobFunction>;
  /** 2 (a plain title) unless a word says otherwise. */
  seniority: Seniority;
  /** The word that set the seniority, if any. */
  seniorityWord?: string;
  /** The other words that say what the job is about ("payments", "checkout"), for "works on the same thing". */
  areas: Set<string>;
}

/** Words too common in titles to say what a job is about. */
const PLAIN = new Set(['of', 'and', 'the', 'for', 'in', 'to', 'at', 'team', 'ii', 'iii', 'iv', 'with', 'new', 'all']);

/** Reads the functions and seniority of a job title, word by word ("Senior Payments Engineer"). */
export function titleFacts(title: string): TitleFacts {
  const list = words(title);
  const functions = new Set<JobFunction>();
  const areas = new Set<string>();
  let seniority: Seniority = 2;
  let seniorityWord: string | undefined;
  let best = -1;
  for (let i = 0; i < list.length; i++) {
    const one = list[i]!;
    const two = i + 1 < list.length ? `${one} ${list[i + 1]}` : undefined;
    const fn = (two !== undefined ? FUNCTION_WORDS.get(two) : undefined) ?? FUNCTION_WORDS.get(one);
    if (fn !== undefined) functions.add(fn);
    else if (!SENIORITY_WORDS.has(one) && !PLAIN.has(one) && one.length >= 3 && !/^\d+$/u.test(one)) areas.add(one);
    const level = (two !== undefined ? SENIORITY_WORDS.get(two) : undefined) ?? SENIORITY_WORDS.get(one);
    if (level !== undefined && level > best) {
      best = level;
      seniority = level;
      seniorityWord = two !== undefined && SENIORITY_WORDS.has(two) ? two : one;
    }
  }
  return seniorityWord === undefined ? { functions, seniority, areas } : { functions, seniority, seniorityWord, areas };
}

import { type CompanyKey, companyKey, type CompanyMatch, matchCompany } from './company.js';
import { type Connection, profileKey } from './connections.js';
import { dayNumber, monthYear } from './dates.js';
import { type LinkedinMessage, nameTieKey, type Tie, tiesFromMessages } from './messages.js';
import { type JobFunction, titleFacts, type TitleFacts } from './roles.js';

/** Whom the user wants to reach: the company, and where known the hiring manager and the role. */
export interface ContactTarget {
  company: string;
  /** The hiring manager's full name, or name and title. A first name alone is not matched. */
  manager?: string | { name: string; title?: string };
  /** The job title applied for; gives the manager's function when the manager's title is unknown. */
  role?: string;
}

/** How to reach a candidate: by email when the export has an address, otherwise a LinkedIn message. */
export type Channel = { kind: 'email'; address: string } | { kind: 'linkedin'; url: string | null };

/**
 * How likely a candidate knows the manager: 4 the manager themself, 3 senior on the manager's side
 * (the same function, or a title sharing a word such as "payments" with the role or the manager's
 * title), 2 on the manager's side, 1 senior leadership elsewhere in the company, 0 unknown.
 */
export type KnowsManager = 0 | 1 | 2 | 3 | 4;

/** One connection at the target company, with why it ranks where it does. */
export interface Candidate {
  connection: Connection;
  match: CompanyMatch;
  knowsManager: KnowsManager;
  /** One-to-one messages with this person, or `null` when no messages were given or none joined. */
  tie: Tie | null;
  channel: Channel;
  /** The reasons in words, most important first. */
  why: string[];
  /** True for the one or two people to ask (the method: ask one or two, not ten). */
  recommended: boolean;
}

/** Options of `rankContacts`. */
export interface RankOptions {
  /** Messages from `messages.csv` (or ties already summed with `tiesFromMessages`). */
  messages?: readonly LinkedinMessage[] | ReadonlyMap<string, Tie>;
  /** The day recency is measured from, `YYYY-MM-DD`. @default today */
  today?: string;
}

const FUNCTION_NAMES: Record<JobFunction, string> = {
  engineering: 'engineering',
  data: 'data',
  product: 'product',
  design: 'design',
  marketing: 'marketing',
  sales: 'sales',
  customer: 'customer success',
  finance: 'finance',
  people: 'recruiting and HR',
  operations: 'operations',
  legal: 'legal',
  clinical: 'clinical care',
  education: 'teaching',
  research: 'research',
};

function nameWords(name: string): string[] {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== '');
}

function isSamePerson(connection: Connection, manager: string[]): boolean {
  if (manager.length < 2) return false;
  const first = nameWords(connection.firstName);
  const last = nameWords(connection.lastName);
  return first[0] === manager[0] && last[last.length - 1] === manager[manager.length - 1];
}

function hasNameTies(ties: ReadonlyMap<string, Tie>): boolean {
  for (const key of ties.keys()) if (key.startsWith('name:')) return true;
  return false;
}

/** How many connections carry each name key (a name shared by two joins neither). */
function countNames(connections: readonly Connection[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const c of connections) {
    const key = nameTieKey(c.name);
    if (key !== '') counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

function tieScore(tie: Tie | null, today: number): number {
  if (tie === null || tie.messages === 0) return 0;
  const age = tie.last === null ? Infinity : today - dayNumber(tie.last);
  const recency = age <= 183 ? 3 : age <= 730 ? 2 : 1;
  return recency + (tie.messages >= 10 ? 2 : tie.messages >= 3 ? 1 : 0);
}

function todayString(): string {
  const now = new Date();
  return `${now.getUTCFullYear()}-${String(now.getUTCMonth() + 1).padStart(2, '0')}-${String(now.getUTCDate()).padStart(2, '0')}`;
}

/**
 * Ranks the connections who work at the target company, best first: the manager themself, then
 * an exact company match before a strong one, then who is likely to know the manager (position in
 * the manager's function and seniority), then tie strength from one-to-one messages (how recent,
 * how many; joined on the profile URL, or on the full name when messages.csv has none), then the oldest connection. Connections at other
 * companies are left out; the company is never matched by substring.
 *
 * @example
 * rankContacts(parseConnections(csv), { company: 'Acme', manager: 'Sam Lee', role: 'Payments Engineer' })[0].why
 * // ['Works at Acme (listed as "Acme, Inc.")', 'Staff Engineer: senior in engineering, …', …]
 */
export function rankContacts(
  connections: readonly Connection[],
  target: ContactTarget,
  options: RankOptions = {},
): Candidate[] {
  const targetKey = companyKey(target.company);
  if (targetKey.exact === '') return [];
  const manager = typeof target.manager === 'string' ? { name: target.manager } : target.manager;
  const managerWords = manager === undefined ? [] : nameWords(manager.name);
  const managerName = manager?.name.trim();
  const managerFirst = managerWords.length >= 2 ? manager!.name.trim().split(/\s+/)[0] : undefined;
  const facts = titleFacts(`${manager?.title ?? ''} ${target.role ?? ''}`);
  const ties =
    options.messages === undefined
      ? undefined
      : options.messages instanceof Map
        ? (options.messages as ReadonlyMap<string, Tie>)
        : tiesFromMessages(options.messages as readonly LinkedinMessage[]);
  const today = dayNumber(options.today ?? todayString());
  const keys = new Map<string, CompanyKey>();
  const titlesSeen = new Map<string, TitleFacts>();
  const scored: { candidate: Candidate; tie: number }[] = [];
  let namesSeen: Map<string, number> | undefined;
  let nameTies: boolean | undefined;

  for (const connection of connections) {
    let key = keys.get(connection.company);
    if (key === undefined) {
      key = companyKey(connection.company);
      keys.set(connection.company, key);
    }
    const match = matchCompany(key, targetKey);
    if (match === null) continue;
    const why: string[] = [];
    const listed = connection.company.trim() === target.company.trim() ? '' : ` (listed as "${connection.company}")`;
    why.push(
      match === 'exact'
        ? `Works at ${target.company}${listed}`
        : `Listed at "${connection.company}", probably ${target.company}: check before you ask`,
    );
    const position = connection.position === '' ? 'Position not given' : connection.position;
    let knows: KnowsManager = 0;
    if (managerName !== undefined && isSamePerson(connection, managerWords)) {
      knows = 4;
      why.push(`Is ${managerName}, the hiring manager: write to them directly (a manager pitch), no intro needed`);
    } else {
      // Titles repeat across an export; read each once.
      let theirs = titlesSeen.get(connection.position);
      if (theirs === undefined) {
        theirs = titleFacts(connection.position);
        titlesSeen.set(connection.position, theirs);
      }
      const fn = [...facts.functions].find((f) => theirs.functions.has(f));
      const area = [...facts.areas].find((a) => theirs.areas.has(a));
      const shared = fn !== undefined ? FUNCTION_NAMES[fn] : area;
      const who = managerFirst ?? 'the hiring manager';
      if (shared !== undefined && theirs.seniority >= 3) {
        knows = 3;
        why.push(`${position}: senior in ${shared}, the manager's side, so likely works with ${who}`);
      } else if (shared !== undefined) {
        knows = 2;
        why.push(`${position}: in ${shared}, the manager's side`);
      } else if (theirs.seniority >= 5) {
        knows = 1;
        why.push(`${position}: senior leadership, likely knows the managers across ${target.company}`);
      } else if (theirs.functions.has('people')) {
        why.push(
          `${position}: in recruiting, can tell you who owns the role, though an intro from the manager's side carries more weight`,
        );
      } else {
        why.push(
          facts.functions.size + facts.areas.size === 0
            ? position
            : `${position}: not on the manager's side as far as the title says`,
        );
      }
    }
    let tie: Tie | null = null;
    let byName = false;
    let sameName = false;
    if (ties !== undefined && ties.size > 0) {
      tie = connection.url === null ? null : (ties.get(profileKey(connection.url)) ?? null);
      if (tie === null && (nameTies ??= hasNameTies(ties))) {
        // messages.csv without profile URLs: join on the full name, when no other connection has it.
        const key = nameTieKey(connection.name);
        sameName = key !== '' && (namesSeen ??= countNames(connections)).get(key)! > 1;
        tie = key === '' || sameName ? null : (ties.get(key) ?? null);
        byName = tie !== null;
      }
    }
    if (tie !== null) {
      const last = tie.last === null ? '' : `, last in ${monthYear(tie.last)}`;
      const how = byName ? ' (matched on the name: the messages have no profile URLs)' : '';
      why.push(`You wrote each other ${tie.messages} ${tie.messages === 1 ? 'time' : 'times'}${last}${how}`);
    } else if (ties !== undefined) {
      why.push(
        sameName
          ? `Messages not joined: more than one connection is named ${connection.name}`
          : connection.url === null && nameTies !== true
            ? 'Messages not joined: this export has no profile URLs'
            : 'No one-to-one messages in the export',
      );
    }
    if (connection.connectedOn !== null) {
      const recent = today - dayNumber(connection.connectedOn) < 60;
      why.push(`${recent ? 'Connected only since' : 'Connected since'} ${monthYear(connection.connectedOn)}`);
    }
    const channel: Channel =
      connection.email !== null
        ? { kind: 'email', address: connection.email }
        : { kind: 'linkedin', url: connection.url };
    why.push(
      channel.kind === 'email' ? `Email: ${channel.address}` : 'No email in the export: send a LinkedIn message',
    );
    scored.push({
      candidate: { connection, match, knowsManager: knows, tie, channel, why, recommended: false },
      tie: tieScore(tie, today),
    });
  }

  scored.sort((a, b) => {
    const x = a.candidate;
    const y = b.candidate;
    return (
      Number(y.knowsManager === 4) - Number(x.knowsManager === 4) ||
      Number(x.match === 'strong') - Number(y.match === 'strong') ||
      y.knowsManager - x.knowsManager ||
      b.tie - a.tie ||
      compareDates(x.connection.connectedOn, y.connection.connectedOn) ||
      (x.connection.name < y.connection.name ? -1 : x.connection.name > y.connection.name ? 1 : 0) ||
      x.connection.line - y.connection.line
    );
  });
  const ranked = scored.map((s) => s.candidate);
  if (ranked[0] !== undefined) {
    ranked[0].recommended = true;
    if (ranked[0].knowsManager !== 4 && ranked[1] !== undefined) ranked[1].recommended = true;
  }
  return ranked;
}

/** Older first; unknown dates last. */
function compareDates(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? -1 : 1;
}

import { profileKey } from './connections.js';
import { cleanCell, readTable } from './csv.js';
import { readExportDate } from './dates.js';
import { decodeExport, type ExportInput } from './decode.js';

/**
 * One message of LinkedIn's `messages.csv`, reduced to who wrote to whom and when. The subject
 * and content are not kept: ranking needs none of the words.
 */
export interface LinkedinMessage {
  line: number;
  conversationId: string;
  /** The sender's name as the export writes it. */
  from: string;
  /** The recipients' names as the export writes them (several are separated by commas). */
  to: string;
  /** Profile URL of the sender, or `null` when the export leaves it empty. */
  senderUrl: string | null;
  /** Profile URLs of the recipients. */
  recipientUrls: string[];
  /** `YYYY-MM-DD`, or `null` when unreadable. */
  date: string | null;
}

/** How much you and one person have written each other, from direct (one-to-one) messages. */
export interface Tie {
  /** Messages either of you sent in one-to-one conversations. */
  messages: number;
  /** `YYYY-MM-DD` of the latest one. */
  last: string | null;
}

const HEADER =
  'CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,DATE,SUBJECT,CONTENT,FOLDER';

/** The prefix of a tie's key when it was summed by name (an export without profile URLs). */
const NAME_KEY = 'name:';

/**
 * The key under which `tiesFromMessages` sums a person's messages when the export gives no
 * profile URL: their name, lower case, without accents or punctuation ("Zoë Müller-Ángel" →
 * `name:zoe muller angel`). `rankContacts` looks a connection up by it as a fallback.
 */
export function nameTieKey(name: string): string {
  const words = name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== '');
  return words.length === 0 ? '' : `${NAME_KEY}${words.join(' ')}`;
}

/**
 * Parses LinkedIn's `messages.csv` (bytes or text; extra columns are ignored; `SENDER PROFILE URL`
 * and `RECIPIENT PROFILE URLS` may be missing, as in some exports, and then ties are joined on the
 * names). Keeps who, to whom and when — never the subject or content.
 *
 * @throws {InputError} naming the file and line, as `parseConnections` does.
 */
export function parseMessages(input: ExportInput, file = 'messages.csv'): LinkedinMessage[] {
  const text = decodeExport(input, file);
  const messages: LinkedinMessage[] = [];
  // Exports repeat the same few profile URLs and days: read each once.
  const dates = new Map<string, string | null>();
  const lists = new Map<string, string[]>();
  readTable(
    text,
    file,
    (cells) => {
      const names = cells.map((c) => c.trim().toLowerCase());
      return (
        names.includes('from') &&
        names.includes('date') &&
        (names.includes('sender profile url') || names.includes('to'))
      );
    },
    HEADER,
    ({ header }) => {
      const at = (name: string) => header.indexOf(name);
      const id = at('conversation id');
      const from = at('from');
      const toNames = at('to');
      const sender = at('sender profile url');
      const recipients = at('recipient profile urls');
      const date = at('date');
      return (row) => {
        const raw = (index: number) => (index === -1 ? '' : (row.cells[index] ?? '').trim());
        const senderUrl = raw(sender);
        const day = raw(date).slice(0, 11);
        let read = dates.get(day);
        if (read === undefined) {
          read = readExportDate(day);
          dates.set(day, read);
        }
        const to = raw(recipients);
        let urls = lists.get(to);
        if (urls === undefined) {
          urls = to.split(/[\s,;]+/).filter((url) => url !== '');
          if (lists.size < 100_000) lists.set(to, urls);
        }
        messages.push({
          line: row.line,
          conversationId: raw(id),
          from: cleanCell(raw(from)),
          to: cleanCell(raw(toNames)),
          senderUrl: senderUrl === '' ? null : senderUrl,
          recipientUrls: urls,
          date: read,
        });
      };
    },
  );
  return messages;
}

/**
 * Sums messages into ties, keyed by `profileKey(url)` of the other person, or by `nameTieKey(name)`
 * for a message without profile URLs (FROM and TO names). Only one-to-one messages count: a group
 * thread says little about knowing someone. Both directions count, so the user's own profile (or
 * name) gets a tie too, which matches no connection.
 */
export function tiesFromMessages(messages: readonly LinkedinMessage[]): Map<string, Tie> {
  const ties = new Map<string, Tie>();
  const keys = new Map<string, string>();
  const add = (url: string, date: string | null) => {
    let key = keys.get(url);
    if (key === undefined) {
      key = profileKey(url);
      keys.set(url, key);
    }
    bump(ties, key, date);
  };
  const names = new Map<string, string>();
  const addName = (name: string, date: string | null) => {
    let key = names.get(name);
    if (key === undefined) {
      key = nameTieKey(name);
      names.set(name, key);
    }
    if (key !== '') bump(ties, key, date);
  };
  for (const message of messages) {
    if (message.senderUrl !== null && message.recipientUrls.length === 1) {
      add(message.senderUrl, message.date);
      add(message.recipientUrls[0]!, message.date);
    } else if (message.senderUrl === null && message.recipientUrls.length === 0) {
      // No profile URLs: the names say who; one name in TO makes it one-to-one.
      if (message.from === '' || message.to === '' || message.to.includes(',')) continue;
      addName(message.from, message.date);
      addName(message.to, message.date);
    }
  }
  return ties;
}

function bump(ties: Map<string, Tie>, key: string, date: string | null): void {
  const tie = ties.get(key);
  if (tie === undefined) ties.set(key, { messages: 1, last: date });
  else {
    tie.messages++;
    if (date !== null && (tie.last === null || date > tie.last)) tie.last = date;
  }
}

import type { SavedDetails } from './host.js';

const STORAGE_KEY = 'sidedoor.details';

/**
 * The details the standalone page saved in this browser, or `undefined` when there are none or
 * what is stored cannot be read (malformed JSON, not an object, storage blocked): a broken entry
 * never keeps the page from working, and is replaced at the next save.
 */
export function loadLocalDetails(
  storage: Pick<Storage, 'getItem'> | undefined = safeStorage(),
): SavedDetails | undefined {
  try {
    const raw = storage?.getItem(STORAGE_KEY);
    if (raw === null || raw === undefined) return undefined;
    const value: unknown = JSON.parse(raw);
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
    return value;
  } catch {
    return undefined;
  }
}

/** Saves the standalone page's details in this browser; `false` when the browser refuses. */
export function saveLocalDetails(
  details: SavedDetails,
  storage: Pick<Storage, 'setItem'> | undefined = safeStorage(),
): boolean {
  try {
    storage?.setItem(STORAGE_KEY, JSON.stringify(details));
    return storage !== undefined;
  } catch {
    return false;
  }
}

function safeStorage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

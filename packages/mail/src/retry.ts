/** How a call is retried when the server is busy. */
export interface RetryOptions {
  /** Most attempts, the first included. @default 5 */
  attempts?: number;
  /** Wait before the first retry, in milliseconds; it doubles each time (with jitter). @default 500 */
  baseDelayMs?: number;
  /** Longest wait between attempts. @default 30000 */
  maxDelayMs?: number;
  /** How to wait; tests pass a fake. @default setTimeout */
  sleep?: (ms: number) => Promise<void>;
}

/** An HTTP-ish error: a status and, when the server sent one, a Retry-After value in seconds. */
interface StatusError {
  status?: number;
  code?: number | string;
  response?: { status?: number; headers?: Record<string, string> | { get?: (name: string) => string | null } };
}

function statusOf(error: unknown): number | undefined {
  const e = error as StatusError;
  const status = e?.response?.status ?? e?.status ?? (typeof e?.code === 'number' ? e.code : undefined);
  return typeof status === 'number' ? status : undefined;
}

function retryAfterMs(error: unknown): number | undefined {
  const headers = (error as StatusError)?.response?.headers;
  if (headers === undefined) return undefined;
  const value =
    typeof (headers as { get?: unknown }).get === 'function'
      ? (headers as { get: (n: string) => string | null }).get('retry-after')
      : (headers as Record<string, string>)['retry-after'];
  const seconds = Number(value);
  return Number.isFinite(seconds) && seconds >= 0 ? seconds * 1000 : undefined;
}

/** Whether an error is worth retrying: 429, any 5xx, or a network failure. */
export function isRetryable(error: unknown): boolean {
  const status = statusOf(error);
  if (status !== undefined) return status === 429 || status >= 500;
  const code = (error as StatusError)?.code;
  return (
    typeof code === 'string' &&
    ['ECONNRESET', 'ECONNREFUSED', 'ETIMEDOUT', 'EPIPE', 'EAI_AGAIN', 'ENOTFOUND'].includes(code)
  );
}

const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Calls `fn` until it succeeds, retrying on 429, 5xx and network errors with exponential backoff
 * (honouring Retry-After). Other errors are thrown at once.
 */
export async function withRetry<T>(fn: () => Promise<T>, options: RetryOptions = {}): Promise<T> {
  const attempts = options.attempts ?? 5;
  const base = options.baseDelayMs ?? 500;
  const max = options.maxDelayMs ?? 30_000;
  const sleep = options.sleep ?? realSleep;
  for (let attempt = 1; ; attempt++) {
    try {
      return await fn();
    } catch (error) {
      if (attempt >= attempts || !isRetryable(error)) throw error;
      const backoff = Math.min(max, base * 2 ** (attempt - 1));
      await sleep(retryAfterMs(error) ?? backoff / 2 + Math.random() * (backoff / 2));
    }
  }
}

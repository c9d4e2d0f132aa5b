/** The closed set of failures a request can end in, each with its HTTP status. */
export const failures = {
  bad_request: 400,
  unauthenticated: 401,
  too_large: 413,
  internal: 500,
} as const;

/** A failure of a request, answered with its status and a one-line message. */
export class AddonError extends Error {
  override name = 'AddonError' as const;
  constructor(
    readonly code: keyof typeof failures,
    message: string,
  ) {
    super(message);
  }
}

/**
 * Turns anything thrown into an `AddonError`: known failures pass through; anything else becomes
 * `internal`, whose message never carries details or a stack trace to the client.
 */
export function toAddonError(error: unknown): AddonError {
  if (error instanceof AddonError) return error;
  return new AddonError('internal', 'Something went wrong on our side. Please try again.');
}

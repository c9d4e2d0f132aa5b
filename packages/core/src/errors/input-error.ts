/** One problem with an input, with the path of the field it concerns. */
export interface InputIssue {
  /** Where the problem is, e.g. `['proof']` or `['manager', 'email']`. Empty for the whole input. */
  path: (string | number)[];
  /** What was expected and what was found, written for the person who typed the value. */
  message: string;
}

/**
 * Thrown (or returned by `safeBuild`) when an input cannot be drafted from.
 *
 * Every issue names a field path and says what is wrong, so a form can show the
 * message next to the field it concerns.
 *
 * @example
 * try { managerPitch(input) } catch (error) {
 *   if (isInputError(error)) for (const issue of error.issues) console.log(issue.path.join('.'), issue.message)
 * }
 */
export class InputError extends Error {
  override name = 'InputError' as const;
  /** Every problem found, in field order. Never empty. */
  readonly issues: InputIssue[];

  constructor(issues: InputIssue[]) {
    super(formatIssues(issues));
    this.issues = issues;
  }
}

/**
 * Tells whether a value is an `InputError`, also across realms (iframes, dialogs, workers),
 * where `instanceof` fails.
 */
export function isInputError(value: unknown): value is InputError {
  return (
    typeof value === 'object' &&
    value !== null &&
    (value as { name?: unknown }).name === 'InputError' &&
    Array.isArray((value as { issues?: unknown }).issues)
  );
}

function formatIssues(issues: InputIssue[]): string {
  if (issues.length === 0) return 'Invalid input';
  return issues
    .map((issue) => (issue.path.length > 0 ? `\`${issue.path.join('.')}\`: ${issue.message}` : issue.message))
    .join('\n');
}

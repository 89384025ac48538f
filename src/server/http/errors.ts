/** Error codes of the application and the HTTP status each maps to. */
export const ERROR_STATUS = {
  badRequest: 400,
  unauthenticated: 401,
  forbidden: 403,
  notFound: 404,
  conflict: 409,
  validation: 422,
  tooManyRequests: 429,
} as const;
export type ErrorCode = keyof typeof ERROR_STATUS;

export const ERROR_TITLES: Record<ErrorCode, string> = {
  badRequest: 'Ongeldig verzoek',
  unauthenticated: 'Niet ingelogd',
  forbidden: 'Geen toegang',
  notFound: 'Niet gevonden',
  conflict: 'Conflict',
  validation: 'Ongeldige invoer',
  tooManyRequests: 'Te veel pogingen',
};

export interface FieldError {
  path: string;
  message: string;
}

/** The one application error: a code, a Dutch message for the user, and optional field errors. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly errors?: FieldError[],
    readonly extra?: Record<string, unknown>,
  ) {
    super(message);
  }

  get status(): number {
    return ERROR_STATUS[this.code];
  }
}

/** Turns zod issues into `{ path: 'segments.0.homes', message }` for the form. */
export function toFieldErrors(
  issues: readonly { path: readonly PropertyKey[]; message: string }[],
): FieldError[] {
  return issues.map((issue) => ({ path: issue.path.map(String).join('.'), message: issue.message }));
}

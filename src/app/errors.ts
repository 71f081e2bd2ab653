/**
 * Errors services throw; the HTTP layer turns each into an RFC 9457 problem document. Services never
 * build HTTP responses themselves.
 */
export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly field?: string,
    readonly extra?: Record<string, unknown>,
  ) {
    super(message);
  }
}

export const notFound = (what = 'Resource') => new AppError(404, 'not_found', `${what} not found`);
export const forbidden = (message = 'You are not allowed to do this') =>
  new AppError(403, 'forbidden', message);
export const unauthorized = (message = 'Sign in first') => new AppError(401, 'unauthorized', message);
export const conflict = (message: string, field?: string) => new AppError(409, 'conflict', message, field);
/** A bad value the user can fix: `field` names it (dotted path) so forms can point at it. */
export const invalid = (field: string, message: string) => new AppError(400, 'invalid', message, field);

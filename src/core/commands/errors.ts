// The two kinds of failure a command can end in. A UserError is the asker's to fix and is shown
// to them (ephemerally); anything else is a fault, logged with its stack and answered generically.

export type UserErrorCode =
  | 'unknown_command'
  | 'unknown_option'
  | 'missing_option'
  | 'invalid_option'
  | 'not_found'
  | 'forbidden'
  | 'conflict'
  | 'unavailable';

export class UserError extends Error {
  constructor(readonly code: UserErrorCode, message: string) {
    super(message);
    this.name = 'UserError';
  }
}

export function isUserError(error: unknown): error is UserError {
  return error instanceof UserError;
}

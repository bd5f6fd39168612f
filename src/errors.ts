import type { MessageKey, MessageParams } from './i18n/messages.js';

/** Exit codes, documented in the README and in every command's help. */
export const EXIT = {
  ok: 0,
  /** The AWS operation ran and failed (deploy rolled back, delete failed). */
  failed: 1,
  /** Bad command line or bad value; nothing was sent to AWS. */
  usage: 2,
  /** Something must be fixed first: no credentials, unknown stack, stack busy. */
  precondition: 3,
  /** An AWS call was refused or could not be made (access denied, endpoint unreachable, throttled). */
  aws: 4,
  /** The user declined a confirmation or pressed Ctrl-C. */
  aborted: 130,
} as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** Every error the CLI reports on purpose: a message key with parameters, an optional hint, and an exit code. */
export class AppError extends Error {
  // Named here, not from the constructor: the bundle is minified.
  override readonly name: string = 'AppError';
  public readonly isAppError = true;
  constructor(
    public readonly key: MessageKey,
    public readonly params: MessageParams = {},
    public readonly exitCode: ExitCode = EXIT.failed,
    public readonly hintKey?: MessageKey,
    options?: { cause?: unknown },
  ) {
    super(key, options);
  }
}

export class UsageError extends AppError {
  // Named here, not from the constructor: the bundle is minified.
  override readonly name: string = 'UsageError';
  constructor(key: MessageKey, params: MessageParams = {}, hintKey?: MessageKey) {
    super(key, params, EXIT.usage, hintKey);
  }
}

export class PreconditionError extends AppError {
  // Named here, not from the constructor: the bundle is minified.
  override readonly name: string = 'PreconditionError';
  constructor(key: MessageKey, params: MessageParams = {}, hintKey?: MessageKey, options?: { cause?: unknown }) {
    super(key, params, EXIT.precondition, hintKey, options);
  }
}

export class AwsCallError extends AppError {
  // Named here, not from the constructor: the bundle is minified.
  override readonly name: string = 'AwsCallError';
  constructor(key: MessageKey, params: MessageParams = {}, hintKey?: MessageKey, options?: { cause?: unknown }) {
    super(key, params, EXIT.aws, hintKey, options);
  }
}

export class UserAbort extends AppError {
  // Named here, not from the constructor: the bundle is minified.
  override readonly name: string = 'UserAbort';
  constructor(key: MessageKey = 'error.aborted', params: MessageParams = {}, hintKey?: MessageKey) {
    super(key, params, EXIT.aborted, hintKey);
  }
}

/** No stack (or notebook) of that name in this region: the one error for it, pointing at `smnb list`. */
export function stackNotFound(name: string, region: string): PreconditionError {
  return new PreconditionError('error.notFound', { name, region }, 'hint.list');
}

/** The stack is there but its notebook is not (deleted by hand, or never created). */
export function notebookNotFound(name: string): PreconditionError {
  return new PreconditionError('error.notebookMissing', { name }, 'hint.list');
}

export function isAppError(error: unknown): error is AppError {
  return typeof error === 'object' && error !== null && (error as AppError).isAppError === true;
}

/** One problem in a configuration file: where it is and what is wrong, as a message. */
export interface ConfigProblem {
  readonly where: string;
  readonly key: MessageKey;
  readonly params: MessageParams;
}

/** A configuration file with problems: all of them are reported, and nothing is deployed. */
export class ConfigError extends UsageError {
  // Named here, not from the constructor: the bundle is minified.
  override readonly name: string = 'ConfigError';
  constructor(
    public readonly path: string,
    public readonly problems: readonly ConfigProblem[],
  ) {
    super('error.config', { path, count: problems.length });
  }
}

/** A check that failed, as the error shows it: its title and what it found. */
export interface FailedCheck {
  readonly titleKey: MessageKey;
  readonly detailKey: MessageKey;
  readonly params?: MessageParams;
}

/** Deploy's gate found a definite "no": nothing was deployed. The checks are worded when the error is shown. */
export class ChecksFailedError extends PreconditionError {
  // Named here, not from the constructor: the bundle is minified.
  override readonly name: string = 'ChecksFailedError';
  constructor(readonly failed: readonly FailedCheck[]) {
    super('error.checksFailed', { count: failed.length }, 'hint.doctor');
  }
}

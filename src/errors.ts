/** Codes carried by {@link ComplaintSignalError}. */
export type ErrorCode = 'invalid_input' | 'invalid_options' | 'text_too_long' | 'invalid_lexicon';

/** One problem found while validating input, as reported by zod. */
export interface InputIssue {
  code: string;
  path: PropertyKey[];
  message: string;
}

/** Base class of every error this library throws on purpose. */
export class ComplaintSignalError extends Error {
  /** A stable, machine-readable code. */
  readonly code: ErrorCode;
  constructor(code: ErrorCode, message: string) {
    super(message);
    this.name = 'ComplaintSignalError';
    this.code = code;
  }
}

/**
 * A programmer error: the argument did not have the documented shape.
 * The message says what was found where and what was expected; `issues` holds zod's issues.
 */
export class InvalidInputError extends ComplaintSignalError {
  readonly issues: InputIssue[];
  constructor(code: ErrorCode, message: string, issues: InputIssue[] = []) {
    super(code, message);
    this.name = 'InvalidInputError';
    this.issues = issues;
  }
}

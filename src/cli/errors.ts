/**
 * The CLI's own error types. Both end the run with exit status 1; they differ only in whether
 * the usage hint is printed.
 */

/** The command line itself is wrong: an unknown option, a missing argument, a bad value. */
export class UsageError extends Error {
  /** The command whose help explains the right usage (`analyze`, `bench`, `report`), if any. */
  readonly command: string | undefined;
  constructor(message: string, command?: string) {
    super(message);
    this.name = 'UsageError';
    this.command = command;
  }
}

/** The run cannot go on: an unreadable file, a CSV without the text column, a broken input stream. */
export class FatalError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FatalError';
  }
}

/** Thrown by the output sink once stdout is closed by the reader (`| head`): stop quietly. */
export class OutputClosedError extends Error {
  constructor() {
    super('stdout was closed by the reader');
    this.name = 'OutputClosedError';
  }
}

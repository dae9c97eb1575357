/**
 * The edges: the process streams, opening input files, and writing lines to stdout with
 * backpressure and a quiet stop when the reader goes away (`| head`).
 */
import { open } from 'node:fs/promises';
import type { Readable, Writable } from 'node:stream';
import { FatalError, OutputClosedError } from './errors.js';

/** A writable terminal-ish stream. */
export type OutStream = Writable & { isTTY?: boolean; columns?: number };

/** What a run of the CLI talks to; `nodeIo()` for the real process, fakes in tests. */
export interface CliIo {
  stdin: Readable & { isTTY?: boolean };
  stdout: OutStream;
  stderr: OutStream;
  env: Readonly<Record<string, string | undefined>>;
}

/** The process's own streams and environment. */
export function nodeIo(): CliIo {
  return { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, env: process.env };
}

/** An opened input: its stream, and the share read so far when that is known. */
export interface Input {
  stream: Readable;
  /** Name for messages: the path, or `stdin`. */
  name: string;
  fraction: () => number | undefined;
}

const REASONS: Record<string, string> = {
  ENOENT: 'no such file',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EISDIR: 'it is a directory',
  ELOOP: 'too many symbolic links',
  ENAMETOOLONG: 'the name is too long',
};

/** A short reason for a file system error. */
export function reasonOf(e: unknown): string {
  const code = (e as NodeJS.ErrnoException | undefined)?.code;
  return (code !== undefined && REASONS[code]) || (e instanceof Error ? e.message : String(e));
}

/**
 * Opens `path` for reading, or stdin for `undefined` and `-`. Throws {@link FatalError} with a
 * clear message when the file cannot be read, before anything is written.
 */
export async function openInput(path: string | undefined, io: CliIo): Promise<Input> {
  if (path === undefined || path === '-') return { stream: io.stdin, name: 'stdin', fraction: () => undefined };
  let handle;
  try {
    handle = await open(path, 'r');
  } catch (e) {
    throw new FatalError(`cannot read ${path}: ${reasonOf(e)}`);
  }
  const info = await handle.stat();
  if (info.isDirectory()) {
    await handle.close();
    throw new FatalError(`cannot read ${path}: it is a directory`);
  }
  const stream = handle.createReadStream();
  const size = info.isFile() ? info.size : 0;
  return { stream, name: path, fraction: () => (size > 0 ? stream.bytesRead / size : undefined) };
}

/**
 * Releases an input: closes the file, or stops reading stdin, so an early stop (the reader of
 * stdout went away) does not keep the process waiting for input nobody wants.
 */
export function closeInput(input: Input): void {
  input.stream.destroy();
}

/**
 * Opens every file, then loads what the command runs on; if either fails, what was opened is
 * closed before the error goes on. Opening first makes a typo in the last file fail before the
 * lexicons load and minutes of work begin.
 */
export async function openAllThenLoad<T>(files: readonly string[], io: CliIo, load: () => Promise<T>): Promise<{ inputs: Input[]; loaded: T }> {
  const inputs: Input[] = [];
  try {
    for (const file of files) inputs.push(await openInput(file, io));
    return { inputs, loaded: await load() };
  } catch (e) {
    for (const i of inputs) closeInput(i);
    throw e;
  }
}

/** Whether an error means the reader of a pipe went away. */
export function isClosedPipe(e: unknown): boolean {
  const code = (e as NodeJS.ErrnoException | undefined)?.code;
  return code === 'EPIPE' || code === 'ERR_STREAM_DESTROYED' || code === 'ECONNRESET';
}

/** Writes text to a stream, honouring backpressure. */
export interface Sink {
  /** Writes `text` (a string, or UTF-8 bytes); returns a promise when the stream asks to wait for 'drain'. */
  write(text: string | Uint8Array): void | Promise<void>;
}

/**
 * A sink over `stream`. When the stream's buffer is full, `write` returns a promise that settles on
 * 'drain', so memory does not grow with the input. Once the reader closes the pipe (EPIPE), every
 * write throws {@link OutputClosedError}; other stream errors are rethrown from the next write.
 */
export function createSink(stream: Writable): Sink {
  let closed = false;
  let failure: Error | undefined;
  stream.on('error', (e: Error) => {
    if (isClosedPipe(e)) closed = true;
    else failure = e;
  });
  const check = (): void => {
    if (closed || stream.destroyed) throw new OutputClosedError();
    if (failure) throw failure;
  };
  return {
    write(text) {
      check();
      if (stream.write(text)) return;
      return new Promise<void>((resolve, reject) => {
        const done = (): void => {
          stream.off('drain', done);
          stream.off('close', done);
          stream.off('error', done);
          try {
            check();
            resolve();
          } catch (e) {
            reject(e);
          }
        };
        stream.on('drain', done);
        stream.on('close', done);
        stream.on('error', done);
      });
    },
  };
}

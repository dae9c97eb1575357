/**
 * Streaming input: physical lines (readline over a stream) and, for CSV, whole records assembled
 * from lines. Nothing here holds more than one record in memory.
 */
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';

/** One physical line of input, without its line end. `line` is 1-based. */
export interface SourceLine {
  line: number;
  text: string;
}

/**
 * The lines of a stream, numbered from 1. LF, CRLF (and lone CR) end a line; a UTF-8 byte order
 * mark at the start is removed. Errors of the stream are thrown by the iteration.
 */
export async function* readLines(input: Readable): AsyncGenerator<SourceLine> {
  input.setEncoding('utf8');
  const rl = createInterface({ input, crlfDelay: Infinity, terminal: false });
  let line = 0;
  try {
    for await (const raw of rl) {
      line += 1;
      yield { line, text: line === 1 && raw.startsWith('\uFEFF') ? raw.slice(1) : raw };
    }
  } finally {
    rl.close();
  }
}

/** The lines of an in-memory text, numbered like {@link readLines} (for tests and small inputs). */
export async function* linesOf(text: string): AsyncGenerator<SourceLine> {
  const parts = text.replace(/^\uFEFF/u, '').split(/\r\n|\r|\n/u);
  if (parts.length > 0 && parts[parts.length - 1] === '') parts.pop();
  let line = 0;
  for (const t of parts) yield { line: ++line, text: t };
}

/** Whether a line holds nothing but white space: such lines are not records. */
export function isBlank(text: string): boolean {
  return text.trim() === '';
}

function quotes(text: string): number {
  let n = 0;
  for (let i = text.indexOf('"'); i !== -1; i = text.indexOf('"', i + 1)) n += 1;
  return n;
}

/** One CSV record as text (possibly several lines, joined with `\n`), and the line it starts on. */
export interface CsvChunk {
  line: number;
  text: string;
}

/**
 * Groups lines into CSV records. Under RFC 4180 a record is complete when it holds an even number
 * of `"` characters (quotes open and close fields, and a literal quote is doubled), so a quoted
 * field may span lines. Blank lines outside quotes are skipped. Line breaks inside a quoted field
 * come out as `\n`. A quote that is never closed makes the rest of the input one last record.
 */
export async function* csvChunks(lines: AsyncIterable<SourceLine>): AsyncGenerator<CsvChunk> {
  let pending: CsvChunk | undefined;
  let open = false;
  for await (const { line, text } of lines) {
    if (pending === undefined) {
      if (isBlank(text)) continue;
      pending = { line, text };
    } else {
      pending.text += `\n${text}`;
    }
    if (quotes(text) % 2 === 1) open = !open;
    if (!open) {
      yield pending;
      pending = undefined;
    }
  }
  if (pending !== undefined) yield pending;
}

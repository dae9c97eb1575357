/**
 * The three input formats of `analyze` as streams of decoded records: JSONL (one object a line),
 * plain lines (`--lines`) and CSV with a header row (`--csv`).
 */
import { FatalError } from './errors.js';
import { csvChunks, isBlank, type SourceLine } from './lines.js';
import { csvHeader, decodeCsvRecord, decodeJsonLine, decodePlainLine, type Decoded } from './records.js';

/** An input format of `analyze`. */
export type Format = 'jsonl' | 'csv' | 'lines';

/** A record and where it starts; `decoded` is `null` for a blank line, which is not a record. */
export interface SourceRecord {
  line: number;
  decoded: Decoded | null;
}

async function* perLine(lines: AsyncIterable<SourceLine>, decode: (text: string) => Decoded): AsyncGenerator<SourceRecord> {
  for await (const { line, text } of lines) yield { line, decoded: isBlank(text) ? null : decode(text) };
}

/**
 * CSV records after the header. Throws {@link FatalError} when the header lacks `textColumn`
 * (every record would fail) or cannot be read.
 */
export async function* csvRecords(lines: AsyncIterable<SourceLine>, textColumn: string): AsyncGenerator<SourceRecord> {
  let header: string[] | undefined;
  for await (const chunk of csvChunks(lines)) {
    if (header === undefined) {
      try {
        header = csvHeader(chunk.text);
      } catch (e) {
        throw new FatalError(`cannot read the CSV header on line ${chunk.line}: ${(e as Error).message}`);
      }
      if (!header.includes(textColumn)) {
        throw new FatalError(
          `the CSV header has no column "${textColumn}" (columns: ${header.join(', ')}); name the text column with --text-column`,
        );
      }
      continue;
    }
    yield { line: chunk.line, decoded: decodeCsvRecord(chunk.text, header, textColumn) };
  }
}

/** The records of `lines` in the given format. */
export function recordsOf(lines: AsyncIterable<SourceLine>, format: Format, textColumn = 'text'): AsyncIterable<SourceRecord> {
  if (format === 'csv') return csvRecords(lines, textColumn);
  return perLine(lines, format === 'lines' ? decodePlainLine : decodeJsonLine);
}

/**
 * Turning one input record (a JSONL line, a plain line, a CSV row) into the message and options
 * to analyse, or into the reason it cannot be read. Pure functions.
 */
import { parse as parseCsv } from 'csv-parse/sync';
import type { AnalyzeOptions, Message } from '../index.js';

/** Why a record was not analysed. `code` is stable: see `complaint-signal analyze --help`. */
export interface RecordError {
  code: string;
  message: string;
}

/** A record ready to analyse, or the reason it is not. `id` is echoed in error lines when known. */
export type Decoded =
  | { ok: true; message: Message; options: AnalyzeOptions }
  | { ok: false; error: RecordError; id?: string };

/** The Message fields a record may carry; anything else (level, facts, ...) is ignored. */
export const MESSAGE_FIELDS = ['id', 'customerId', 'channel', 'at', 'language', 'followers'] as const;

function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return 'a string';
  return typeof value === 'object' ? 'an object' : `${typeof value} ${String(value)}`;
}

const bad = (code: string, message: string, id?: unknown): Decoded =>
  typeof id === 'string' ? { ok: false, error: { code, message }, id } : { ok: false, error: { code, message } };

/**
 * Reads a parsed JSON value as a record: an object with a string `text`, optional Message fields,
 * and optional `history` and `now` (passed as {@link AnalyzeOptions}). Field values are not checked
 * here: `analyze` validates them and says what is wrong.
 */
export function decodeObject(value: unknown): Decoded {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return bad('invalid_record', `Expected a JSON object with a string field "text", found ${kindOf(value)}`);
  }
  const rec = value as Record<string, unknown>;
  if (typeof rec.text !== 'string') {
    const found = rec.text === undefined ? 'no "text" field' : `"text" as ${kindOf(rec.text)}`;
    return bad('invalid_record', `Expected a string field "text", found ${found}`, rec.id);
  }
  const message: Record<string, unknown> = { text: rec.text };
  for (const k of MESSAGE_FIELDS) if (rec[k] !== undefined) message[k] = rec[k];
  const options: Record<string, unknown> = {};
  if (rec.history !== undefined) options.history = rec.history;
  if (rec.now !== undefined) options.now = rec.now;
  return { ok: true, message: message as unknown as Message, options: options as AnalyzeOptions };
}

/** Reads one JSONL line. */
export function decodeJsonLine(text: string): Decoded {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    return bad('invalid_json', `Malformed JSON: ${(e as Error).message}`);
  }
  return decodeObject(value);
}

/** Reads one line of plain text (`--lines`): the whole line is the message. */
export function decodePlainLine(text: string): Decoded {
  return { ok: true, message: { text }, options: {} };
}

/** Splits one CSV record (as assembled by `csvChunks`) into its fields; throws on bad CSV. */
export function csvFields(text: string): string[] {
  const rows = parseCsv(text, { relax_column_count: true, skip_empty_lines: false }) as string[][];
  if (rows.length !== 1) throw new Error(`expected one CSV record, found ${rows.length}`);
  return rows[0]!;
}

/** A CSV header: the column names, trimmed. */
export function csvHeader(text: string): string[] {
  return csvFields(text).map((c) => c.trim());
}

/**
 * Reads one CSV record against the header: the `textColumn` is the message; columns named like
 * Message fields (id, customerId, channel, at, language, followers) fill them when not empty.
 * `followers` and an all-digit `at` (epoch milliseconds) are read as numbers.
 */
export function decodeCsvRecord(text: string, header: readonly string[], textColumn: string): Decoded {
  let fields: string[];
  try {
    fields = csvFields(text);
  } catch (e) {
    return bad('invalid_csv', `Malformed CSV: ${(e as Error).message}`);
  }
  const value = (name: string): string | undefined => {
    const i = header.indexOf(name);
    return i >= 0 ? fields[i] : undefined;
  };
  const id = value('id');
  const body = value(textColumn);
  if (body === undefined) {
    return bad('invalid_record', `Expected a value in column "${textColumn}", found ${fields.length} of ${header.length} columns`, id || undefined);
  }
  const message: Record<string, unknown> = { text: body };
  for (const k of MESSAGE_FIELDS) {
    const v = value(k);
    if (v === undefined || v.trim() === '' || k === textColumn) continue;
    if (k === 'followers') {
      const n = Number(v);
      if (!Number.isFinite(n)) return bad('invalid_record', `Expected a number in column "followers", found "${v}"`, id || undefined);
      message[k] = n;
    } else if (k === 'at' && /^\d+$/u.test(v.trim())) {
      message[k] = Number(v);
    } else {
      message[k] = v;
    }
  }
  return { ok: true, message: message as unknown as Message, options: {} };
}

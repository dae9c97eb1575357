/** Boundary validation: turns zod failures into {@link InvalidInputError}s that say what was found. */
import type { z } from 'zod';
import { InvalidInputError, type ErrorCode, type InputIssue } from './errors.js';
import { AnalyzeOptionsSchema, MAX_TEXT_LENGTH, MessageSchema } from './schema.js';
import type { AnalyzeOptions, Message } from './types.js';

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? 'an invalid Date' : 'a Date';
  const t = typeof value;
  if (t === 'string') return `a string of ${(value as string).length} characters`;
  if (t === 'number' || t === 'boolean') return `${t} ${String(value)}`;
  return t === 'object' ? 'an object' : t;
}

function valueAt(root: unknown, path: PropertyKey[]): unknown {
  let v: unknown = root;
  for (const key of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[key];
  }
  return v;
}

function fail(what: string, root: unknown, error: z.ZodError, code: ErrorCode): never {
  const issues: InputIssue[] = error.issues.map((i) => ({ code: i.code, path: i.path, message: i.message }));
  const lines = issues.slice(0, 5).map((i) => {
    const where = [what, ...i.path.map(String)].join('.');
    return `${where}: ${i.message} (found ${describe(valueAt(root, i.path))})`;
  });
  const more = issues.length > 5 ? ` and ${issues.length - 5} more` : '';
  throw new InvalidInputError(code, `Invalid ${what}: ${lines.join('; ')}${more}`, issues);
}

/** Validates a message; throws {@link InvalidInputError} with code `invalid_input` or `text_too_long`. */
export function validateMessage(message: unknown, what = 'message'): Message {
  if (message === null || typeof message !== 'object' || Array.isArray(message)) {
    throw new InvalidInputError(
      'invalid_input',
      `Invalid ${what}: expected an object with a string field "text", found ${describe(message)}`,
    );
  }
  const parsed = MessageSchema.safeParse(message);
  if (!parsed.success) fail(what, message, parsed.error, 'invalid_input');
  if (parsed.data.text.length > MAX_TEXT_LENGTH) {
    throw new InvalidInputError(
      'text_too_long',
      `Invalid ${what}.text: found ${parsed.data.text.length} characters, expected at most ${MAX_TEXT_LENGTH}`,
    );
  }
  return parsed.data;
}

/** Validates analysis options; throws {@link InvalidInputError} with code `invalid_options`. */
export function validateOptions(options: unknown): AnalyzeOptions {
  if (options === undefined) return {};
  if (options === null || typeof options !== 'object' || Array.isArray(options)) {
    throw new InvalidInputError('invalid_options', `Invalid options: expected an object, found ${describe(options)}`);
  }
  const parsed = AnalyzeOptionsSchema.safeParse(options);
  if (!parsed.success) fail('options', options, parsed.error, 'invalid_options');
  for (const m of parsed.data.history ?? []) {
    if (m.text.length > MAX_TEXT_LENGTH) {
      throw new InvalidInputError('text_too_long', `Invalid options.history: a text of ${m.text.length} characters, expected at most ${MAX_TEXT_LENGTH}`);
    }
  }
  return parsed.data;
}

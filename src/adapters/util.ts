/** Shared checks of the adapters: typed errors that say what was found where. */
import { InvalidInputError } from '../errors.js';
import type { Message } from '../types.js';

/** What every adapter returns: the customer's latest message and their earlier ones in the same ticket. */
export interface AdapterResult {
  /** The latest message of the customer. */
  message: Message;
  /** The customer's earlier messages, oldest first; pass as `analyze(message, { history })`. */
  history: Message[];
}

export type Obj = Record<string, unknown>;

export function describe(v: unknown): string {
  if (v === null) return 'null';
  if (v === undefined) return 'undefined';
  if (Array.isArray(v)) return `an array (length ${v.length})`;
  if (typeof v === 'string') return `a string (${JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}...` : v)})`;
  if (typeof v === 'number' || typeof v === 'boolean') return `a ${typeof v} (${String(v)})`;
  if (typeof v === 'object') return 'an object';
  return `a ${typeof v}`;
}

export function fail(fn: string, where: string, found: unknown, expected: string): never {
  throw new InvalidInputError('invalid_input', `${fn}: expected ${where} to be ${expected}, found ${describe(found)}`);
}

export function isObj(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export function obj(fn: string, where: string, v: unknown): Obj {
  if (!isObj(v)) fail(fn, where, v, 'an object');
  return v;
}

export function id(fn: string, where: string, v: unknown): string {
  if (typeof v === 'string' && v !== '') return v;
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  return fail(fn, where, v, 'a string or number id');
}

export function optId(fn: string, where: string, v: unknown): string | undefined {
  return v === undefined || v === null ? undefined : id(fn, where, v);
}

export function optString(fn: string, where: string, v: unknown): string | undefined {
  if (v === undefined || v === null) return undefined;
  if (typeof v !== 'string') fail(fn, where, v, 'a string');
  return v;
}

export function bool(fn: string, where: string, v: unknown): boolean {
  if (typeof v !== 'boolean') fail(fn, where, v, 'a boolean');
  return v;
}

export function arr(fn: string, where: string, v: unknown): unknown[] {
  if (!Array.isArray(v)) fail(fn, where, v, 'an array');
  return v;
}

/** An ISO 8601 (or other Date-parsable) string to a normalised ISO 8601 string. */
export function isoFromString(fn: string, where: string, v: unknown): string | undefined {
  if (v === undefined || v === null) return undefined;
  if (typeof v !== 'string') return fail(fn, where, v, 'an ISO 8601 date string');
  const t = Date.parse(v);
  if (Number.isNaN(t)) return fail(fn, where, v, 'an ISO 8601 date string');
  return new Date(t).toISOString();
}

/** Unix seconds to an ISO 8601 string. */
export function isoFromSeconds(fn: string, where: string, v: unknown): string | undefined {
  if (v === undefined || v === null) return undefined;
  if (typeof v !== 'number' || !Number.isFinite(v) || Math.abs(v) > 8.64e12) return fail(fn, where, v, 'Unix time in seconds');
  return new Date(v * 1000).toISOString();
}

/** Drops undefined fields so results deep-equal hand-written messages. */
export function clean(m: Message): Message {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(m)) if (v !== undefined) out[k] = v;
  return out as unknown as Message;
}

/** Oldest first (stable; entries without a time keep their place relative to each other). */
export function byTime<T extends { at?: Message['at'] }>(items: T[]): T[] {
  const indexed = items.map((item, index) => ({ item, index, t: typeof item.at === 'string' ? Date.parse(item.at) : NaN }));
  if (indexed.some((x) => Number.isNaN(x.t))) return items.slice();
  return indexed.sort((a, b) => a.t - b.t || a.index - b.index).map((x) => x.item);
}

/** The last message is the message; the rest is history. Throws when the customer said nothing. */
export function split(fn: string, messages: Message[], what: string): AdapterResult {
  const sorted = byTime(messages);
  const message = sorted.pop();
  if (!message) throw new InvalidInputError('invalid_input', `${fn}: expected ${what}, found none`);
  return { message, history: sorted };
}

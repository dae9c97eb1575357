/** Intercom conversations to {@link Message}s. */
import type { Channel, Message } from '../types.js';
import { htmlToText } from './html.js';
import { type AdapterResult, arr, clean, fail, id, isoFromSeconds, obj, optString, split, type Obj } from './util.js';

/** The author of an Intercom source or part. */
export interface IntercomAuthor {
  type: 'user' | 'lead' | 'contact' | 'admin' | 'bot' | 'team' | (string & {});
  id: string | number;
  [extra: string]: unknown;
}

/** The first message of an Intercom conversation. */
export interface IntercomSource {
  /** HTML. */
  body?: string | null;
  author: IntercomAuthor;
  /** `customer_initiated`, `automated`, `admin_initiated`. */
  delivered_as?: string;
  /** `conversation` (Messenger), `email`, `facebook`, `twitter`, `phone_call`, ... */
  type?: string;
  [extra: string]: unknown;
}

/** One part of an Intercom conversation. */
export interface IntercomPart {
  id: string | number;
  /** `comment`, `note`, `assignment`, `open`, `close`, ... */
  part_type: string;
  /** HTML, or `null` for parts without text. */
  body?: string | null;
  author: IntercomAuthor;
  /** Unix seconds. */
  created_at?: number;
  [extra: string]: unknown;
}

/** An Intercom conversation (`GET /conversations/{id}`). */
export interface IntercomConversation {
  id: string | number;
  /** Unix seconds. */
  created_at?: number;
  source: IntercomSource;
  contacts?: { contacts?: Array<{ id: string | number; [extra: string]: unknown }>; [extra: string]: unknown };
  conversation_parts?: { conversation_parts?: IntercomPart[]; [extra: string]: unknown };
  [extra: string]: unknown;
}

/** A webhook notification whose `data.item` is a conversation. */
export interface IntercomWebhook {
  type: 'notification_event';
  topic?: string;
  data: { item: IntercomConversation; [extra: string]: unknown };
  [extra: string]: unknown;
}

/** A conversation, or the webhook envelope around one. */
export type IntercomPayload = IntercomConversation | IntercomWebhook;

const FN = 'fromIntercom';
const CUSTOMER = new Set(['user', 'lead', 'contact']);

/** Intercom's `source.type` to a {@link Channel}; Messenger conversations are chat. */
export function intercomChannel(type: unknown): Channel {
  switch (typeof type === 'string' ? type.toLowerCase() : '') {
    case 'email':
      return 'email';
    case 'facebook':
    case 'twitter':
    case 'instagram':
    case 'whatsapp':
      return 'social';
    case 'phone_call':
    case 'phone':
      return 'phone';
    default:
      return 'chat';
  }
}

function author(where: string, v: unknown): { type: string; id: string } {
  const a = obj(FN, where, v);
  const type = optString(FN, `${where}.type`, a.type);
  if (type === undefined) fail(FN, `${where}.type`, a.type, "a string ('user', 'lead', 'admin', 'bot', ...)");
  return { type, id: id(FN, `${where}.id`, a.id) };
}

function body(where: string, v: unknown): string {
  const html = optString(FN, where, v);
  return html === undefined ? '' : htmlToText(html);
}

/**
 * Turns an Intercom conversation (or a `notification_event` webhook around one) into the
 * customer's latest message and history. The source message counts when a user or lead wrote it;
 * then every `comment` part by a user or lead. Notes, assignments and admin or bot parts are left
 * out, as are parts without text. Unix-second timestamps become ISO 8601 strings.
 * @throws InvalidInputError when the payload lacks `id`, `source.author` or a part's
 * `part_type`/`author`, or when the customer wrote nothing.
 */
export function fromIntercom(payload: IntercomPayload): AdapterResult {
  const p = obj(FN, 'payload', payload);
  let c: Obj = p;
  let at = 'conversation';
  if (p.type === 'notification_event') {
    const data = obj(FN, 'payload.data', p.data);
    c = obj(FN, 'payload.data.item', data.item);
    at = 'data.item';
  }
  const convId = id(FN, `${at}.id`, c.id);
  const source = obj(FN, `${at}.source`, c.source);
  const channel = intercomChannel(source.type);

  const messages: Message[] = [];
  // customer messages whose HTML held no text (an image, odd markup): used only when nothing else is left
  let lastEmpty: Message | undefined;
  const sa = author(`${at}.source.author`, source.author);
  if (CUSTOMER.has(sa.type)) {
    const text = body(`${at}.source.body`, source.body);
    const m = clean({ id: convId, customerId: sa.id, channel, at: isoFromSeconds(FN, `${at}.created_at`, c.created_at), text });
    if (text !== '') messages.push(m);
    else if (typeof source.body === 'string') lastEmpty = m;
  }
  if (c.conversation_parts !== undefined && c.conversation_parts !== null) {
    const wrap = obj(FN, `${at}.conversation_parts`, c.conversation_parts);
    const parts = wrap.conversation_parts === undefined ? [] : arr(FN, `${at}.conversation_parts.conversation_parts`, wrap.conversation_parts);
    parts.forEach((raw, i) => {
      const where = `conversation_parts[${i}]`;
      const part = obj(FN, where, raw);
      const type = optString(FN, `${where}.part_type`, part.part_type);
      if (type === undefined) fail(FN, `${where}.part_type`, part.part_type, "a string ('comment', 'note', ...)");
      const pa = author(`${where}.author`, part.author);
      if (type !== 'comment' || !CUSTOMER.has(pa.type)) return;
      const text = body(`${where}.body`, part.body);
      const m = clean({ id: id(FN, `${where}.id`, part.id), customerId: pa.id, channel, at: isoFromSeconds(FN, `${where}.created_at`, part.created_at), text });
      if (text !== '') messages.push(m);
      else if (typeof part.body === 'string') lastEmpty = m;
    });
  }
  if (messages.length === 0 && lastEmpty) messages.push(lastEmpty);
  return split(FN, messages, 'a message or comment by a user or lead');
}

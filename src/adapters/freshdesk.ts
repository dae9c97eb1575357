/** Freshdesk tickets and conversations to {@link Message}s. */
import type { Channel, Message } from '../types.js';
import { htmlToText } from './html.js';
import { type AdapterResult, arr, bool, clean, fail, id, isoFromString, obj, optString, split, type Obj } from './util.js';

/** The fields of a Freshdesk ticket (`GET /api/v2/tickets/{id}`) that are read. */
export interface FreshdeskTicket {
  id: string | number;
  requester_id: string | number;
  /** Plain text of the first message; preferred over `description`. */
  description_text?: string;
  /** HTML of the first message. */
  description?: string;
  /** 1 email, 2 portal, 3 phone, 5 Twitter, 6 Facebook, 7 chat, 9 feedback widget, 10 outbound email. */
  source?: number;
  created_at?: string;
  [extra: string]: unknown;
}

/** One Freshdesk conversation (`GET /api/v2/tickets/{id}/conversations`). */
export interface FreshdeskConversation {
  id: string | number;
  user_id?: string | number;
  body_text?: string;
  /** HTML. */
  body?: string;
  /** `true` when the customer wrote it. */
  incoming: boolean;
  /** `true` for private notes. */
  private: boolean;
  created_at?: string;
  [extra: string]: unknown;
}

/** A Freshdesk ticket, as the ticket object itself (optionally with `conversations`), or `{ ticket, conversations }`. */
export type FreshdeskPayload =
  | { ticket: FreshdeskTicket; conversations?: FreshdeskConversation[]; [extra: string]: unknown }
  | (FreshdeskTicket & { conversations?: FreshdeskConversation[] });

const FN = 'fromFreshdesk';

/** Freshdesk's numeric `source` to a {@link Channel}. */
export function freshdeskChannel(source: unknown): Channel {
  switch (source) {
    case 1:
    case 10:
      return 'email';
    case 2:
    case 9:
      return 'form';
    case 3:
      return 'phone';
    case 5:
    case 6:
      return 'social';
    case 7:
      return 'chat';
    default:
      return 'other';
  }
}

function textOf(where: string, o: Obj, plain: string, html: string): string | undefined {
  const t = optString(FN, `${where}.${plain}`, o[plain]);
  if (t !== undefined) return t;
  const h = optString(FN, `${where}.${html}`, o[html]);
  return h === undefined ? undefined : htmlToText(h);
}

/**
 * Turns a Freshdesk ticket and its conversations into the customer's latest message and history.
 * The ticket's description is the first customer message; conversations that are `incoming` and
 * not `private` follow it. Agents' replies and private notes are left out.
 * @throws InvalidInputError when the payload lacks `id`, `requester_id`, a conversation's
 * `incoming`/`private`, or when the customer wrote nothing.
 */
export function fromFreshdesk(payload: FreshdeskPayload): AdapterResult {
  const p = obj(FN, 'payload', payload);
  const wrapped = p.ticket !== undefined;
  const t = wrapped ? obj(FN, 'payload.ticket', p.ticket) : p;
  const tw = wrapped ? 'ticket' : 'payload';
  const ticketId = id(FN, `${tw}.id`, t.id);
  const customerId = id(FN, `${tw}.requester_id`, t.requester_id);
  if (t.source !== undefined && t.source !== null && typeof t.source !== 'number') fail(FN, `${tw}.source`, t.source, 'a number');
  const channel = freshdeskChannel(t.source);

  const messages: Message[] = [];
  const description = textOf(tw, t, 'description_text', 'description');
  if (description !== undefined && description.trim() !== '') {
    messages.push(clean({ id: ticketId, customerId, channel, at: isoFromString(FN, `${tw}.created_at`, t.created_at), text: description }));
  }
  const convs = p.conversations ?? (wrapped ? undefined : t.conversations);
  if (convs !== undefined) {
    arr(FN, 'payload.conversations', convs).forEach((raw, i) => {
      const where = `conversations[${i}]`;
      const c = obj(FN, where, raw);
      const incoming = bool(FN, `${where}.incoming`, c.incoming);
      const priv = bool(FN, `${where}.private`, c.private);
      if (!incoming || priv) return;
      const text = textOf(where, c, 'body_text', 'body');
      if (text === undefined) fail(FN, `${where}.body_text`, c.body_text, 'a string (or body)');
      const userId = c.user_id === undefined || c.user_id === null ? customerId : id(FN, `${where}.user_id`, c.user_id);
      messages.push(
        clean({ id: id(FN, `${where}.id`, c.id), customerId: userId, channel, at: isoFromString(FN, `${where}.created_at`, c.created_at), text }),
      );
    });
  }
  return split(FN, messages, 'a description or an incoming, public conversation by the customer');
}

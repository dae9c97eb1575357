/** Zendesk tickets and comments to {@link Message}s. */
import type { Channel, Message } from '../types.js';
import { htmlToText } from './html.js';
import { type AdapterResult, arr, bool, clean, id, isoFromString, obj, optString, split, fail, type Obj } from './util.js';

/** `via` of a Zendesk ticket or comment; only `channel` is read. */
export interface ZendeskVia {
  channel?: string;
  [extra: string]: unknown;
}

/** One Zendesk comment, as in `GET /api/v2/tickets/{id}/comments` or a webhook's `latest_comment`. */
export interface ZendeskComment {
  id?: string | number;
  author_id: string | number;
  /** Plain text. */
  body?: string;
  plain_body?: string;
  html_body?: string;
  /** `false` for internal notes. */
  public: boolean;
  created_at?: string;
  via?: ZendeskVia;
  [extra: string]: unknown;
}

/** The fields of a Zendesk ticket that are read. */
export interface ZendeskTicket {
  id: string | number;
  requester_id: string | number;
  via?: ZendeskVia;
  created_at?: string;
  /** The first comment's text; used when `comments` is absent (webhooks). */
  description?: string;
  latest_comment?: ZendeskComment;
  [extra: string]: unknown;
}

/** A ticket with its comments (`comments` from the comments endpoint), or a webhook-style ticket alone. */
export interface ZendeskPayload {
  ticket: ZendeskTicket;
  comments?: ZendeskComment[];
  [extra: string]: unknown;
}

const FN = 'fromZendesk';

/** Zendesk `via.channel` to a {@link Channel}. */
export function zendeskChannel(channel: unknown): Channel {
  switch (typeof channel === 'string' ? channel.toLowerCase() : '') {
    case 'email':
      return 'email';
    case 'web':
    case 'web_form':
      return 'form';
    case 'chat':
    case 'native_messaging':
    case 'messaging':
    case 'sunshine_conversations':
      return 'chat';
    case 'voice':
    case 'phone':
      return 'phone';
    case 'twitter':
    case 'facebook':
    case 'instagram':
    case 'whatsapp':
      return 'social';
    default:
      return 'other';
  }
}

function viaChannel(where: string, via: unknown): string | undefined {
  if (via === undefined || via === null) return undefined;
  return optString(FN, `${where}.channel`, obj(FN, where, via).channel);
}

function commentText(where: string, c: Obj): string {
  const body = optString(FN, `${where}.body`, c.body) ?? optString(FN, `${where}.plain_body`, c.plain_body);
  if (body !== undefined) return body;
  const html = optString(FN, `${where}.html_body`, c.html_body);
  if (html !== undefined) return htmlToText(html);
  return fail(FN, `${where}.body`, c.body, 'a string (or html_body)');
}

/**
 * Turns a Zendesk ticket with its comments into the customer's latest message and history.
 * The latest public comment by the requester is the message; their earlier public comments are
 * history. Agents' comments and internal notes (`public: false`) are left out. Without `comments`
 * (a webhook), `ticket.latest_comment` and `ticket.description` are used.
 * @throws InvalidInputError when the payload lacks `ticket.id`, `ticket.requester_id`, a comment's
 * `author_id`/`public`/body, or when the requester wrote nothing public.
 */
export function fromZendesk(payload: ZendeskPayload): AdapterResult {
  const p = obj(FN, 'payload', payload);
  const t = obj(FN, 'payload.ticket', p.ticket);
  const ticketId = id(FN, 'ticket.id', t.id);
  const customerId = id(FN, 'ticket.requester_id', t.requester_id);
  const ticketVia = viaChannel('ticket.via', t.via);
  const ticketAt = isoFromString(FN, 'ticket.created_at', t.created_at);

  const fromComment = (where: string, raw: unknown): Message | undefined => {
    const c = obj(FN, where, raw);
    const author = id(FN, `${where}.author_id`, c.author_id);
    if (!bool(FN, `${where}.public`, c.public) || author !== customerId) return undefined;
    const cid = c.id === undefined || c.id === null ? ticketId : id(FN, `${where}.id`, c.id);
    return clean({
      id: cid,
      customerId,
      channel: zendeskChannel(viaChannel(`${where}.via`, c.via) ?? ticketVia),
      at: isoFromString(FN, `${where}.created_at`, c.created_at),
      text: commentText(where, c),
    });
  };

  const messages: Message[] = [];
  if (p.comments !== undefined) {
    arr(FN, 'payload.comments', p.comments).forEach((c, i) => {
      const m = fromComment(`comments[${i}]`, c);
      if (m) messages.push(m);
    });
  } else {
    // webhook: the description is the requester's first comment; latest_comment may be a later one
    const description = optString(FN, 'ticket.description', t.description);
    const latest = t.latest_comment === undefined || t.latest_comment === null ? undefined : fromComment('ticket.latest_comment', t.latest_comment);
    if (description !== undefined && description !== latest?.text) {
      messages.push(clean({ id: ticketId, customerId, channel: zendeskChannel(ticketVia), at: ticketAt, text: description }));
    }
    if (latest) messages.push(latest);
  }
  return split(FN, messages, 'a public comment by the requester (ticket.requester_id)');
}

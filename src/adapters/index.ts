/**
 * `complaint-signal/adapters`: turns Zendesk, Freshdesk and Intercom payloads into the
 * {@link Message} and `history` that `analyze(message, { history })` takes. It does not load the
 * analyzer, so it stays small enough for a webhook handler.
 * @module complaint-signal/adapters
 */
export type { Channel, Message } from '../types.js';
export type { AdapterResult } from './util.js';
/** @see {@link fromZendesk} */
export { fromZendesk, zendeskChannel } from './zendesk.js';
export type { ZendeskPayload, ZendeskTicket, ZendeskComment, ZendeskVia } from './zendesk.js';
/** @see {@link fromFreshdesk} */
export { fromFreshdesk, freshdeskChannel } from './freshdesk.js';
export type { FreshdeskPayload, FreshdeskTicket, FreshdeskConversation } from './freshdesk.js';
/** @see {@link fromIntercom} */
export { fromIntercom, intercomChannel } from './intercom.js';
export type { IntercomPayload, IntercomConversation, IntercomWebhook, IntercomSource, IntercomPart, IntercomAuthor } from './intercom.js';
export { htmlToText } from './html.js';
/** Thrown on payloads without the documented shape; the same class as the core's. */
export { ComplaintSignalError, InvalidInputError } from '../errors.js';
export type { ErrorCode, InputIssue } from '../errors.js';

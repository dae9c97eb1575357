import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  freshdeskChannel,
  fromFreshdesk,
  fromIntercom,
  fromZendesk,
  htmlToText,
  intercomChannel,
  zendeskChannel,
  type FreshdeskPayload,
  type IntercomPayload,
  type ZendeskPayload,
} from '../src/adapters/index.js';
import { AnalysisSchema, analyze, InvalidInputError } from '../src/index.js';

function fixture<T>(name: string): T {
  return JSON.parse(readFileSync(new URL(`./fixtures-adapters/${name}`, import.meta.url), 'utf8')) as T;
}

const zendesk = fixture<ZendeskPayload>('zendesk-comments.json');
const zendeskWebhook = fixture<ZendeskPayload>('zendesk-webhook.json');
const freshdesk = fixture<FreshdeskPayload>('freshdesk.json');
const intercom = fixture<IntercomPayload>('intercom-conversation.json');
const intercomWebhook = fixture<IntercomPayload>('intercom-webhook.json');

describe('adapters: message and history selection', () => {
  it.each([
    {
      name: 'zendesk comments',
      run: () => fromZendesk(zendesk),
      message: {
        id: '1278',
        customerId: '20978392',
        channel: 'phone',
        at: '2026-11-20T09:30:00.000Z',
        text: 'Ik heb al drie keer gebeld en mijn internet werkt nog steeds niet.\nIk wil dat dit vandaag wordt opgelost!',
      },
      history: [
        { id: '1274', customerId: '20978392', channel: 'email', at: '2026-11-18T08:00:00.000Z', text: 'Mijn internet werkt niet sinds maandag.' },
        { id: '1277', customerId: '20978392', channel: 'chat', at: '2026-11-19T12:10:00.000Z', text: 'Nog steeds geen internet. Wanneer komt de monteur?' },
      ],
    },
    {
      name: 'zendesk webhook',
      run: () => fromZendesk(zendeskWebhook),
      message: { id: '88', customerId: '9001', channel: 'form', at: '2026-11-03T09:00:00.000Z', text: 'This is the second time I write. I want my money back.' },
      history: [{ id: '4021', customerId: '9001', channel: 'form', at: '2026-11-01T09:00:00.000Z', text: 'I ordered a blender two weeks ago and it arrived broken.' }],
    },
    {
      name: 'freshdesk',
      run: () => fromFreshdesk(freshdesk),
      message: {
        id: '3004',
        customerId: '129',
        channel: 'form',
        at: '2026-10-03T08:00:00.000Z',
        text: 'This is the third time I ask. I want a refund & I am filing a complaint.',
      },
      history: [
        { id: '20', customerId: '129', channel: 'form', at: '2026-10-01T08:00:00.000Z', text: 'My package is late again.' },
        { id: '3003', customerId: '129', channel: 'form', at: '2026-10-02T12:00:00.000Z', text: 'Still nothing.\nWhere is it?' },
      ],
    },
    {
      name: 'intercom conversation',
      run: () => fromIntercom(intercom),
      message: {
        id: '4415',
        customerId: '5310d8e7598c9a0b24000002',
        channel: 'chat',
        at: '2025-11-20T12:00:00.000Z',
        text: 'It has been a week.\nI want my money back & I am done waiting!',
      },
      history: [
        {
          id: '1295',
          customerId: '5310d8e7598c9a0b24000002',
          channel: 'chat',
          at: '2025-11-20T09:00:00.000Z',
          text: 'Hi, my invoice is wrong \u2014 I was charged twice.',
        },
      ],
    },
  ])('$name', ({ run, message, history }) => {
    const r = run();
    expect(r.message).toEqual(message);
    expect(r.history).toEqual(history);
  });

  it('the intercom webhook envelope gives the same result as the bare conversation', () => {
    expect(fromIntercom(intercomWebhook)).toEqual(fromIntercom(intercom));
  });

  it.each([
    ['zendesk', () => fromZendesk(zendesk), ['Beste klant', 'Interne notitie']],
    ['freshdesk', () => fromFreshdesk(freshdesk), ['Sorry, we are checking', 'Customer called']],
    ['intercom', () => fromIntercom(intercom), ["I'll check", 'Refund pending']],
  ] as const)('%s: agent replies and private notes are never in the customer history', (_n, run, excluded) => {
    const r = run();
    const all = [r.message, ...r.history].map((m) => m.text).join('\n');
    for (const e of excluded) expect(all).not.toContain(e);
  });

  it('zendesk comments come out oldest first whatever the order of the payload', () => {
    const reversed = { ...zendesk, comments: [...zendesk.comments!].reverse() };
    expect(fromZendesk(reversed)).toEqual(fromZendesk(zendesk));
  });

  it('zendesk webhook: an agent latest_comment leaves the description as the message', () => {
    const p = { ticket: { ...zendeskWebhook.ticket, latest_comment: { author_id: 1, body: 'Agent reply', public: true } } };
    const r = fromZendesk(p);
    expect(r.message.text).toBe('I ordered a blender two weeks ago and it arrived broken.');
    expect(r.history).toEqual([]);
  });

  it('freshdesk accepts the bare ticket object with description only (HTML)', () => {
    const r = fromFreshdesk({ id: 7, requester_id: 8, source: 1, description: '<p>Hello&nbsp;there</p>', created_at: '2026-01-01T00:00:00Z' });
    expect(r.message).toEqual({ id: '7', customerId: '8', channel: 'email', at: '2026-01-01T00:00:00.000Z', text: 'Hello there' });
    expect(r.history).toEqual([]);
  });

  it('intercom: an admin-initiated source is not the customer speaking', () => {
    const c = structuredClone(intercom) as Record<string, any>;
    c.source.author = { type: 'admin', id: '991267' };
    const r = fromIntercom(c as IntercomPayload);
    expect(r.history).toEqual([]);
    expect(r.message.id).toBe('4415');
  });
});

describe('adapters: channel mapping', () => {
  it.each([
    ['email', 'email'], ['web', 'form'], ['chat', 'chat'], ['voice', 'phone'], ['twitter', 'social'],
    ['facebook', 'social'], ['api', 'other'], ['mobile_sdk', 'other'], [undefined, 'other'],
  ])('zendesk %s -> %s', (via, channel) => expect(zendeskChannel(via)).toBe(channel));

  it.each([
    [1, 'email'], [2, 'form'], [3, 'phone'], [5, 'social'], [6, 'social'], [7, 'chat'], [9, 'form'], [10, 'email'], [12, 'other'], [undefined, 'other'],
  ])('freshdesk %s -> %s', (source, channel) => expect(freshdeskChannel(source)).toBe(channel));

  it.each([
    ['conversation', 'chat'], ['email', 'email'], ['facebook', 'social'], ['twitter', 'social'], ['phone_call', 'phone'], [undefined, 'chat'],
  ])('intercom %s -> %s', (type, channel) => expect(intercomChannel(type)).toBe(channel));
});

describe('adapters: HTML to text', () => {
  it.each([
    ['<p>One</p><p>Two</p>', 'One\nTwo'],
    ['a<br>b<br/>c<BR />d', 'a\nb\nc\nd'],
    ['<ul><li>x</li><li>y</li></ul>', 'x\ny'],
    ['<div>a</div>\n\n\n<div></div><div></div><p></p><div>b</div>', 'a\n\nb'],
    ['<p>a</p><p><br></p><p><br></p><p>b</p>', 'a\n\nb'],
    ['&amp; &lt; &gt; &quot; &#39;&nbsp;x &#233; &#xE9; &unknown;', '& < > " \' x \u00e9 \u00e9 &unknown;'],
    ['a < b and c > d, <3', 'a < b and c > d, <3'],
    ['<style>p { color: red }</style><script>alert(1)</script>Hi<!-- note -->!', 'Hi!'],
    ['  lots   of\n\tspace  ', 'lots of space'],
    ['<b>unterminated', 'unterminated'],
    ['text <a href="x"', 'text <a href="x"'],
    ['', ''],
  ])('%j -> %j', (html, text) => expect(htmlToText(html)).toBe(text));

  it('runs in linear time on adversarial input', () => {
    for (const s of ['<'.repeat(200_000), '<a'.repeat(100_000), ' '.repeat(200_000) + 'x', '&#'.repeat(100_000), '<p>'.repeat(70_000)]) {
      const t0 = performance.now();
      htmlToText(s);
      expect(performance.now() - t0).toBeLessThan(1000);
    }
  });
});

describe('adapters: typed errors', () => {
  it.each([
    ['zendesk: not an object', () => fromZendesk(null as never), /payload to be an object, found null/],
    ['zendesk: no ticket', () => fromZendesk({} as never), /payload\.ticket to be an object, found undefined/],
    ['zendesk: no requester', () => fromZendesk({ ticket: { id: 1 } } as never), /ticket\.requester_id to be a string or number id, found undefined/],
    ['zendesk: comments not an array', () => fromZendesk({ ticket: { id: 1, requester_id: 2 }, comments: {} } as never), /payload\.comments to be an array/],
    ['zendesk: comment without public', () => fromZendesk({ ticket: { id: 1, requester_id: 2 }, comments: [{ author_id: 2, body: 'x' }] } as never), /comments\[0\]\.public to be a boolean/],
    ['zendesk: bad date', () => fromZendesk({ ticket: { id: 1, requester_id: 2 }, comments: [{ author_id: 2, body: 'x', public: true, created_at: 'soon' }] } as never), /comments\[0\]\.created_at to be an ISO 8601 date string, found a string \("soon"\)/],
    ['zendesk: nothing by the requester', () => fromZendesk({ ticket: { id: 1, requester_id: 2 }, comments: [{ author_id: 3, body: 'x', public: true }] }), /public comment by the requester/],
    ['freshdesk: array', () => fromFreshdesk([] as never), /payload to be an object, found an array/],
    ['freshdesk: no id', () => fromFreshdesk({ ticket: { requester_id: 1 } } as never), /ticket\.id to be a string or number id/],
    ['freshdesk: conversation without incoming', () => fromFreshdesk({ ticket: { id: 1, requester_id: 2 }, conversations: [{ id: 3, private: false }] } as never), /conversations\[0\]\.incoming to be a boolean/],
    ['freshdesk: source as string', () => fromFreshdesk({ id: 1, requester_id: 2, source: 'email' } as never), /payload\.source to be a number/],
    ['intercom: string', () => fromIntercom('conv' as never), /payload to be an object, found a string/],
    ['intercom: webhook without item', () => fromIntercom({ type: 'notification_event', data: {} } as never), /payload\.data\.item to be an object, found undefined/],
    ['intercom: no source', () => fromIntercom({ id: 1 } as never), /conversation\.source to be an object/],
    ['intercom: created_at in a string', () => fromIntercom({ id: 1, created_at: '2026-01-01', source: { body: 'hi', author: { type: 'user', id: 2 } } } as never), /conversation\.created_at to be Unix time in seconds/],
    ['intercom: part without author', () => fromIntercom({ id: 1, source: { body: 'hi', author: { type: 'user', id: 2 } }, conversation_parts: { conversation_parts: [{ id: 5, part_type: 'comment' }] } } as never), /conversation_parts\[0\]\.author to be an object/],
  ])('%s', (_name, run, message) => {
    let caught: unknown;
    try {
      run();
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(InvalidInputError);
    expect((caught as InvalidInputError).code).toBe('invalid_input');
    expect((caught as Error).message).toMatch(message);
  });

  it('odd text never throws', () => {
    const odd = ['', '\u0000', '<<<>>>', '&#99999999;', '\ud800', '<p'.repeat(10)];
    for (const body of odd) {
      expect(() => fromZendesk({ ticket: { id: 1, requester_id: 2 }, comments: [{ id: 1, author_id: 2, html_body: body, public: true }] })).not.toThrow();
      expect(() => fromFreshdesk({ id: 1, requester_id: 2, conversations: [{ id: 1, body: body + 'x', incoming: true, private: false }] })).not.toThrow();
      expect(() => fromIntercom({ id: 1, source: { body: body + 'x', author: { type: 'user', id: 2 } } })).not.toThrow();
    }
  });
});

describe('adapters: into analyze', () => {
  it.each([
    ['zendesk', () => fromZendesk(zendesk)],
    ['freshdesk', () => fromFreshdesk(freshdesk)],
    ['intercom webhook', () => fromIntercom(intercomWebhook)],
  ] as const)('%s output gives a schema-valid Analysis', (_n, run) => {
    const { message, history } = run();
    const a = analyze(message, { history });
    expect(AnalysisSchema.safeParse(a).success).toBe(true);
    expect(a.id).toBe(message.id);
    expect(a.profile.contacts).toBeGreaterThanOrEqual(history.length);
  });
});

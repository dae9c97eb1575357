// Smoke test of the built package as ESM: imports it by its own name (through the exports map),
// analyses a Dutch and an English message, and checks the result against the exported schema.
import assert from 'node:assert/strict';
import { AnalysisSchema, analyze, InvalidInputError } from 'complaint-signal';

const nl = analyze({ id: 'nl-1', text: 'Ik heb al drie keer gebeld en mijn internet werkt nog steeds niet. Ik wil dat dit nu wordt opgelost!' });
assert.equal(nl.language, 'nl');
assert.equal(nl.id, 'nl-1');
assert.ok(nl.isComplaint, `expected a complaint, got ${nl.level}`);
AnalysisSchema.parse(nl);

const en = analyze({ text: 'Thanks, the engineer fixed it quickly. Great service!' });
assert.equal(en.language, 'en');
assert.equal(en.isComplaint, false);
AnalysisSchema.parse(en);

assert.throws(() => analyze({ text: 42 }), InvalidInputError);

// the adapters entry: imports on its own and turns a CRM payload into a Message
const { fromIntercom } = await import('complaint-signal/adapters');
const conv = fromIntercom({
  type: 'notification_event',
  data: { item: { id: 7, created_at: 1763629200, source: { body: '<p>Charged&nbsp;twice!</p>', author: { type: 'user', id: 'u1' } } } },
});
assert.deepEqual(conv, { message: { id: '7', customerId: 'u1', channel: 'chat', at: '2025-11-20T09:00:00.000Z', text: 'Charged twice!' }, history: [] });
AnalysisSchema.parse(analyze(conv.message, { history: conv.history }));
console.log('esm smoke: ok');

// Smoke test of the built package as ESM: imports it by its own name (through the exports map),
// analyses a Dutch and an English message, and checks the result against the exported schema.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { AnalysisSchema, analyze, InvalidInputError, MessageSchema } from 'complaint-signal';
import * as z from 'zod';

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
// zod is bundled into dist (load time), with only the parts we call: one locale (English), not all
// of zod's locales (the Dutch one says "Ongeldige invoer")
const core = readFileSync(new URL('../../dist/index.js', import.meta.url), 'utf8');
assert.doesNotMatch(core, /from ['"]zod['"]/, 'dist/index.js should bundle zod, not import it');
assert.doesNotMatch(core, /Ongeldige invoer/, "dist/index.js carries zod's locales: import zod as `import * as z`");
// one character outside ASCII would make V8 read the whole file as two-byte text (asciiOutput)
assert.match(core, /^[\x00-\x7f]*$/, 'dist/index.js has characters outside ASCII');
// ... and the exported schemas still work with the user's own zod
assert.ok(MessageSchema instanceof z.ZodType);
const wrapped = z.object({ message: MessageSchema, n: z.number() });
assert.deepEqual(wrapped.parse({ message: { text: 'hoi' }, n: 1 }), { message: { text: 'hoi' }, n: 1 });
assert.deepEqual(wrapped.safeParse({ message: { text: 1 }, n: 1 }).error?.issues.map((i) => i.path), [['message', 'text']]);
assert.equal(z.toJSONSchema(MessageSchema, { unrepresentable: 'any' }).type, 'object');
console.log('esm smoke: ok');

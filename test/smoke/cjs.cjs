// Smoke test of the built package as CommonJS: requires it by its own name, analyses a message,
// and checks that loading it pulled in no database driver, no .env reader and nothing of natural's
// package root (natural's few modules are bundled into dist), nor zod's ~100 files (bundled too,
// for load time).
const assert = require('node:assert/strict');
const { analyze, AnalysisSchema } = require('complaint-signal');

const a = analyze({ text: 'Dit is de derde keer dat mijn pakket te laat is. Ik stap over naar de concurrent.' });
assert.equal(a.language, 'nl');
assert.equal(a.level, 'escalation');
AnalysisSchema.parse(a);

// the adapters entry: requires on its own and turns a CRM payload into a Message
const { fromZendesk } = require('complaint-signal/adapters');
const z = fromZendesk({ ticket: { id: 1, requester_id: 2 }, comments: [{ id: 3, author_id: 2, public: true, html_body: '<p>Waar blijft mijn pakket?</p>', created_at: '2026-11-20T09:30:00Z' }] });
assert.deepEqual(z, { message: { id: '3', customerId: '2', channel: 'other', at: '2026-11-20T09:30:00.000Z', text: 'Waar blijft mijn pakket?' }, history: [] });

const loaded = Object.keys(require.cache);
const forbidden = loaded.filter((p) => /node_modules[\\/](natural|pg|mongoose|redis|memjs|dotenv|franc|zod)[\\/]/.test(p));
assert.deepEqual(forbidden, [], `importing the package loaded: ${forbidden.join(', ')}`);
console.log('cjs smoke: ok');

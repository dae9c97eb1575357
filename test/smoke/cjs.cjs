// Smoke test of the built package as CommonJS: requires it by its own name, analyses a message,
// and checks that loading it pulled in no database driver, no .env reader and nothing of natural's
// package root (natural's few modules are bundled into dist).
const assert = require('node:assert/strict');
const { analyze, AnalysisSchema } = require('complaint-signal');

const a = analyze({ text: 'Dit is de derde keer dat mijn pakket te laat is. Ik stap over naar de concurrent.' });
assert.equal(a.language, 'nl');
assert.equal(a.level, 'escalation');
AnalysisSchema.parse(a);

const loaded = Object.keys(require.cache);
const forbidden = loaded.filter((p) => /node_modules[\\/](natural|pg|mongoose|redis|memjs|dotenv|franc)[\\/]/.test(p));
assert.deepEqual(forbidden, [], `importing the package loaded: ${forbidden.join(', ')}`);
console.log('cjs smoke: ok');

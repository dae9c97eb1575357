/**
 * Two builds side by side in one process: `analyze()` over fixtures/speed-150.jsonl, alternating
 * between them pass by pass, so that a shared host's swings (a third within minutes here) hit both
 * alike. Prints the median ratio of B's time to A's over the rounds.
 *
 *   node bench/ab.mjs DIST_A DIST_B [rounds]
 *
 * One build against itself gives 0.97-1.03, with an occasional outlier (0.84 once, as the JIT compiled one
 * copy differently): run it at least twice, once with the builds swapped, and read it beside
 * `bash bench/instructions.sh`, which does not move with the host.
 *
 * e.g. build an older commit into /tmp/old (`git worktree add /tmp/old-src COMMIT && cd /tmp/old-src &&
 * npm ci && npm run build`), then `node bench/ab.mjs /tmp/old-src/dist dist`.
 */
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { readJsonl } from './lib/common.mjs';

/** Passes per build and round; a pass is all 400 messages (about 12-16 ms). */
const PASSES_PER_ROUND = 3;
/** Warm-up passes per build before timing, so both are compiled by the optimizing JIT. */
const WARMUP = 15;

const [distA, distB, roundsArg] = process.argv.slice(2);
if (!distA || !distB) {
  console.error('usage: node bench/ab.mjs DIST_A DIST_B [rounds]');
  process.exit(2);
}
const rounds = Number(roundsArg ?? 30);
const require = createRequire(import.meta.url);
const A = require(resolve(distA, 'index.cjs'));
const B = require(resolve(distB, 'index.cjs'));
const corpus = readJsonl('fixtures/speed-150.jsonl').map(({ id, text, channel }) => ({ id, text, channel }));

let sink = 0;
function pass(analyze) {
  const t = process.hrtime.bigint();
  for (const m of corpus) sink += analyze(m).score;
  return Number(process.hrtime.bigint() - t);
}

for (let i = 0; i < WARMUP; i++) {
  pass(A.analyze);
  pass(B.analyze);
}
const ratios = [];
const timesA = [];
const timesB = [];
for (let r = 0; r < rounds; r++) {
  let a = 0;
  let b = 0;
  // the order alternates, so neither build always runs right after the other's garbage
  for (let k = 0; k < PASSES_PER_ROUND; k++) {
    if ((r + k) % 2 === 1) {
      a += pass(A.analyze);
      b += pass(B.analyze);
    } else {
      b += pass(B.analyze);
      a += pass(A.analyze);
    }
  }
  ratios.push(b / a);
  timesA.push(a);
  timesB.push(b);
}
const median = (xs) => xs.slice().sort((p, q) => p - q)[xs.length >> 1];
const rate = (ns) => ((1e9 * PASSES_PER_ROUND * corpus.length) / ns).toFixed(0);
console.log(`B/A time, median of ${rounds} rounds: ${median(ratios).toFixed(3)}  (A ${rate(median(timesA))} msgs/s, B ${rate(median(timesB))} msgs/s)`);
if (sink < 0) console.log(sink);

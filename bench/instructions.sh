#!/usr/bin/env bash
# Machine instructions per analyze() call, which unlike wall-clock time do not move with the load
# or the speed of a shared host. Runs analyze() over fixtures/speed-150.jsonl 8 and 24 times under
# valgrind's callgrind and divides the difference by the 16 x 400 extra calls, so start-up and
# lexicon compilation cancel out. What is left varies by a few percent between runs (garbage
# collection and the JIT compiler run at slightly different moments).
# Needs valgrind. Run after `npm run build`: bash bench/instructions.sh
set -euo pipefail
cd "$(dirname "$0")/.."
command -v valgrind >/dev/null || { echo "valgrind is not installed" >&2; exit 1; }
run() {
  valgrind --tool=callgrind --callgrind-out-file=/dev/null node --single-threaded --predictable -e "
    const { readFileSync } = require('node:fs');
    const { analyze } = require('./dist/index.cjs');
    const corpus = readFileSync('fixtures/speed-150.jsonl', 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    let sink = 0;
    for (let p = 0; p < $1; p++) for (const m of corpus) sink += analyze({ id: m.id, text: m.text, channel: m.channel }).score;
    if (sink < 0) console.log(sink);
  " 2>&1 | sed -n 's/.*refs: *//p' | tr -d ,
}
a=$(run 8)
b=$(run 24)
n=$(wc -l < fixtures/speed-150.jsonl)
echo "instructions per analyze(): $(( (b - a) / (16 * n) )) (fixtures/speed-150.jsonl, $n messages, callgrind)"

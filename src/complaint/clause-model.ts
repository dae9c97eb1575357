/**
 * The clause model: a multinomial logistic regression that reads each clause after the split's
 * rules have labelled it, and may label it again. The rules carry one way of telling facts from
 * frustration, and people who label messages differ in it; a team trains a model on its own
 * labelled messages (`trainClauseModel`, `complaint-signal train`) and it learns, from the rules'
 * label and the clause's shape, cues and words, where the rules part from that team's labels. Its
 * weights are data (a `ClauseModelFile`); none ships with the package.
 *
 * One walk over the clauses ({@link readClauseFeatures}) names every feature to a sink: the run-time
 * sink adds up weights (no strings built), the training sink writes the features' names, so both
 * read exactly the same features.
 */
import { InvalidInputError } from '../errors.js';
import type { Clause } from '../text/sentences.js';
import type { Token } from '../text/tokenize.js';
import type { Cue } from '../types.js';

/** The classes, in the order of each weight triple. */
export const CLAUSE_CLASSES = ['none', 'fact', 'frustration'] as const;

/** The values of {@link ClauseModelFile.relabel}: which labels a model may change. */
export const RELABELS = ['any', 'fact-to-frustration'] as const;

/** A clause model as stored: feature name -> [none, fact, frustration] weights. */
export interface ClauseModelFile {
  note: string;
  /** What it was trained on and how it scored, in words. */
  trainedOn?: string;
  /**
   * How far (in summed weights) the model's class must score above the rules' label to replace
   * it; 0 when absent. The rules are right more often than not, so a close call keeps them.
   */
  margin?: number;
  /**
   * Which labels the model may change: `any` (the default) relabels a clause to whichever class
   * wins; `fact-to-frustration` only turns a fact clause into frustration, for a team whose labels
   * mark more as felt than the rules do and that wants the rules' facts and neither-clauses kept.
   */
  relabel?: (typeof RELABELS)[number];
  weights: Record<string, [number, number, number]>;
}

/** Labels as the walk reads them: the rules' label of each clause, 0 none, 1 fact, 2 frustration. */
const LABEL_NAMES = ['none', 'fact', 'frustration'] as const;
/** Cue kinds the model reads: those of the cue lexicons and those tone scoring emits. */
const CUE_FEATURE_KINDS = [
  'repeat', 'waiting', 'problem', 'demand', 'complaint', 'management', 'churn', 'public', 'legal',
  'urgency', 'suggestion', 'negative-opinion', 'praise', 'gratitude', 'politeness', 'question', 'unrelated',
  'frustration', 'swearing', 'sarcasm', 'rhetorical', 'warning', 'laughter',
  'tone', 'idiom', 'emoji', 'negation', 'shouting',
] as const;
/** Token kinds other than words whose presence the model reads. */
const KIND_FEATURES = ['number', 'money', 'time', 'date', 'ref', 'emoji', 'emoticon', 'url', 'email', 'handle', 'hashtag'] as const;
/** Upper bounds of the clause-length buckets, in words: a fragment, a short clause, a plain one, a long one, a run-on. */
const LENGTH_BUCKETS = [2, 5, 10, 20] as const;
const LENGTH_NAMES = ['1-2', '3-5', '6-10', '11-20', '21+'] as const;
/** How a clause or sentence ends. */
const END_NAMES = ['!', '?', '.', 'other'] as const;

/** Every fixed (non-word) feature name; a feature's index is its place here. */
export const FIXED_FEATURES: readonly string[] = [
  'bias',
  ...LABEL_NAMES.map((l) => `rule=${l}`),
  ...[...LABEL_NAMES, 'start'].map((l) => `previous=${l}`),
  ...[...LABEL_NAMES, 'end'].map((l) => `next=${l}`),
  ...LABEL_NAMES.flatMap((l) => [...LABEL_NAMES, 'start'].map((p) => `rule+previous=${l}/${p}`)),
  ...END_NAMES.map((e) => `clause-end=${e}`),
  ...END_NAMES.map((e) => `sentence-end=${e}`),
  'repeated-marks',
  ...LENGTH_NAMES.map((b) => `words=${b}`),
  'shout',
  ...['first', 'middle', 'last', 'only'].map((p) => `position=${p}`),
  ...CUE_FEATURE_KINDS.map((k) => `cue=${k}`),
  ...KIND_FEATURES.map((k) => `has=${k}`),
];
const FIXED_INDEX: ReadonlyMap<string, number> = new Map(FIXED_FEATURES.map((f, i) => [f, i]));
const at = (name: string): number => FIXED_INDEX.get(name)!;
const F_BIAS = at('bias');
const F_RULE = at('rule=none');
const F_PREVIOUS = at('previous=none');
const F_NEXT = at('next=none');
const F_RULE_PREVIOUS = at('rule+previous=none/none');
const F_CLAUSE_END = at('clause-end=!');
const F_SENTENCE_END = at('sentence-end=!');
const F_REPEATED_MARKS = at('repeated-marks');
const F_WORDS = at('words=1-2');
const F_SHOUT = at('shout');
const F_POSITION = at('position=first');
const CUE_INDEX: ReadonlyMap<string, number> = new Map(CUE_FEATURE_KINDS.map((k) => [k, at(`cue=${k}`)]));
const KIND_INDEX: ReadonlyMap<string, number> = new Map(KIND_FEATURES.map((k) => [k, at(`has=${k}`)]));
/** Prefixes of the word features: every word of the clause, and its first word. */
const WORD_PREFIX = 'word=';
const FIRST_PREFIX = 'first=';

/** Where the walk sends each feature of each clause. */
export interface ClauseFeatureSink {
  /** Clause `k` begins. */
  open(k: number): void;
  /** A fixed feature, by its index in {@link FIXED_FEATURES}. */
  fixed(index: number): void;
  /** A word of the clause (its folded form); called once per occurrence. */
  word(norm: string): void;
  /** The first word of the clause. */
  first(norm: string): void;
  /** Clause `k` ends. */
  close(k: number): void;
}

/** What the walk reads of a message. */
export interface ClauseFeatureInput {
  tokens: readonly Token[];
  clauses: readonly Clause[];
  /** The rules' label of each clause: 0 none, 1 fact, 2 frustration (a mild frustration counts as 2). */
  labels: ArrayLike<number>;
  /** Cue lists in text order (pattern cues and tone cues). */
  cueLists: ReadonlyArray<readonly Cue[]>;
  /** Per clause, 1 where the rules' own evidence settles the label: the model leaves it (none given: every clause is open). */
  settled?: ArrayLike<number>;
}

/** How a token range ends: the index in {@link END_NAMES} of its last punctuation mark, if it ends on one. */
function endOf(tokens: readonly Token[], from: number, to: number): number {
  if (to <= from) return 3;
  const t = tokens[to - 1]!;
  if (t.kind !== 'punct') return 3;
  const last = t.text.charCodeAt(t.text.length - 1);
  return last === 33 ? 0 : last === 63 ? 1 : last === 46 ? 2 : 3;
}

/** A punctuation token of two or more ! and ? ("!!", "?!"). */
function repeatedMarks(t: Token): boolean {
  if (t.kind !== 'punct' || t.text.length < 2) return false;
  let marks = 0;
  for (let i = 0; i < t.text.length; i++) {
    const c = t.text.charCodeAt(i);
    if (c === 33 || c === 63) marks++;
  }
  return marks >= 2;
}

/** Sends every feature of every clause of a message to `sink`, clause by clause in order. */
export function readClauseFeatures(input: ClauseFeatureInput, sink: ClauseFeatureSink): void {
  const { tokens, clauses, labels, cueLists } = input;
  const n = clauses.length;
  const cursors = cueLists.map(() => 0);
  // how each clause's sentence ends, from the last clause of the sentence back
  const sentenceEnd = new Uint8Array(n);
  for (let k = n - 1; k >= 0; k--) {
    const cl = clauses[k]!;
    sentenceEnd[k] = k + 1 < n && clauses[k + 1]!.sentence === cl.sentence ? sentenceEnd[k + 1]! : endOf(tokens, cl.from, cl.to);
  }
  for (let k = 0; k < n; k++) {
    const cl = clauses[k]!;
    const rule = labels[k]!;
    const previous = k > 0 ? labels[k - 1]! : 3;
    sink.open(k);
    sink.fixed(F_BIAS);
    sink.fixed(F_RULE + rule);
    sink.fixed(F_PREVIOUS + previous);
    sink.fixed(F_NEXT + (k + 1 < n ? labels[k + 1]! : 3));
    sink.fixed(F_RULE_PREVIOUS + rule * 4 + previous);
    sink.fixed(F_CLAUSE_END + endOf(tokens, cl.from, cl.to));
    sink.fixed(F_SENTENCE_END + sentenceEnd[k]!);
    sink.fixed(F_POSITION + (n === 1 ? 3 : k === 0 ? 0 : k === n - 1 ? 2 : 1));
    let words = 0;
    let marks = false;
    let shout = false;
    for (let i = cl.from; i < cl.to; i++) {
      const t = tokens[i]!;
      if (t.kind === 'word') {
        if (words === 0) sink.first(t.norm);
        sink.word(t.norm);
        words++;
        // (a shouted word of three letters or more: "NIKS", not "OK" or "ik")
        if (t.caps && t.text.length >= 3) shout = true;
      } else if (t.kind === 'punct') {
        if (!marks && repeatedMarks(t)) marks = true;
      } else {
        const f = KIND_INDEX.get(t.kind);
        if (f !== undefined) sink.fixed(f);
      }
    }
    let bucket = 0;
    while (bucket < LENGTH_BUCKETS.length && words > LENGTH_BUCKETS[bucket]!) bucket++;
    sink.fixed(F_WORDS + bucket);
    if (marks) sink.fixed(F_REPEATED_MARKS);
    if (shout) sink.fixed(F_SHOUT);
    for (let l = 0; l < cueLists.length; l++) {
      const list = cueLists[l]!;
      let q = cursors[l]!;
      while (q < list.length && list[q]!.start < cl.start) q++;
      for (; q < list.length && list[q]!.start < cl.end; q++) {
        const f = CUE_INDEX.get(list[q]!.kind);
        if (f !== undefined) sink.fixed(f);
      }
      cursors[l] = q;
    }
    sink.close(k);
  }
}

/** A compiled clause model: weights by feature index and by word, three per feature. */
export interface ClauseModel {
  /** `FIXED_FEATURES.length * 3` weights. */
  fixed: Float64Array;
  /** Word -> offset of its three weights in `weights`. */
  words: ReadonlyMap<string, number>;
  /** First word -> offset of its three weights in `weights`. */
  firsts: ReadonlyMap<string, number>;
  weights: Float64Array;
  /** {@link ClauseModelFile.margin}. */
  margin: number;
  /** {@link ClauseModelFile.relabel} is `fact-to-frustration`. */
  factToFrustration: boolean;
}

/** Compiles a model file; a feature name it does not know is an error (a file for another version). */
export function compileClauseModel(file: ClauseModelFile): ClauseModel {
  const fixed = new Float64Array(FIXED_FEATURES.length * 3);
  const words = new Map<string, number>();
  const firsts = new Map<string, number>();
  const entries = Object.entries(file.weights);
  const weights = new Float64Array(entries.length * 3);
  let used = 0;
  for (const [name, w] of entries) {
    if (name.startsWith(WORD_PREFIX) || name.startsWith(FIRST_PREFIX)) {
      const word = name.startsWith(WORD_PREFIX) ? name.slice(WORD_PREFIX.length) : name.slice(FIRST_PREFIX.length);
      (name.startsWith(WORD_PREFIX) ? words : firsts).set(word, used);
      weights.set(w, used);
      used += 3;
      continue;
    }
    const i = FIXED_INDEX.get(name);
    if (i === undefined) {
      throw new InvalidInputError('invalid_lexicon', `Unknown clause model feature "${name}": expected one of ${FIXED_FEATURES.length} fixed features or a "${WORD_PREFIX}" or "${FIRST_PREFIX}" word`);
    }
    fixed.set(w, i * 3);
  }
  return { fixed, words, firsts, weights, margin: file.margin ?? 0, factToFrustration: file.relabel === 'fact-to-frustration' };
}

/** The run-time sink: adds up each clause's weights and keeps the class with the highest score. */
class Scorer implements ClauseFeatureSink {
  private readonly scores = new Float64Array(3);
  constructor(
    private readonly model: ClauseModel,
    private readonly rules: ArrayLike<number>,
    private readonly settled: ArrayLike<number> | undefined,
    readonly out: Uint8Array,
  ) {}
  open(): void {
    this.scores.fill(0);
  }
  fixed(index: number): void {
    this.add(this.model.fixed, index * 3);
  }
  word(norm: string): void {
    const o = this.model.words.get(norm);
    if (o !== undefined) this.add(this.model.weights, o);
  }
  first(norm: string): void {
    const o = this.model.firsts.get(norm);
    if (o !== undefined) this.add(this.model.weights, o);
  }
  close(k: number): void {
    const s = this.scores;
    // (ties go to the earlier class, as in training's argmax)
    const best = s[1]! > s[0]! ? (s[2]! > s[1]! ? 2 : 1) : s[2]! > s[0]! ? 2 : 0;
    const rule = this.rules[k]!;
    // (a fact-to-frustration model changes nothing else: 1 fact, 2 frustration)
    const open = !this.settled?.[k] && (!this.model.factToFrustration || (rule === 1 && best === 2));
    this.out[k] = open && s[best]! - s[rule]! > this.model.margin ? best : rule;
  }
  private add(w: Float64Array, o: number): void {
    const s = this.scores;
    s[0] = s[0]! + w[o]!;
    s[1] = s[1]! + w[o + 1]!;
    s[2] = s[2]! + w[o + 2]!;
  }
}

/**
 * The label of each clause (0 none, 1 fact, 2 frustration): the model's, where the clause is not
 * settled and the model's class scores more than {@link ClauseModel.margin} above the rules' label,
 * else the rules'.
 */
export function labelClauses(model: ClauseModel, input: ClauseFeatureInput): Uint8Array {
  const scorer = new Scorer(model, input.labels, input.settled, new Uint8Array(input.clauses.length));
  readClauseFeatures(input, scorer);
  return scorer.out;
}

/** The training sink: the names of each clause's features. */
class Namer implements ClauseFeatureSink {
  readonly out: string[][] = [];
  private current: string[] = [];
  open(): void {
    this.current = [];
  }
  fixed(index: number): void {
    this.current.push(FIXED_FEATURES[index]!);
  }
  word(norm: string): void {
    this.current.push(WORD_PREFIX + norm);
  }
  first(norm: string): void {
    this.current.push(FIRST_PREFIX + norm);
  }
  close(): void {
    this.out.push(this.current);
  }
}

/** The names of each clause's features, as a model file names them (for training and explaining). */
export function nameClauseFeatures(input: ClauseFeatureInput): string[][] {
  const namer = new Namer();
  readClauseFeatures(input, namer);
  return namer.out;
}

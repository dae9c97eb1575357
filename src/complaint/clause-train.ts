/**
 * Fitting a clause model ({@link ClauseModelFile}) to labelled clauses: a multinomial logistic
 * regression over the feature names of `clause-model.ts`, fitted by stochastic gradient descent with
 * a seeded shuffle, so the same examples always give the same weights. Pure: no clock, no I/O.
 */
import { CLAUSE_CLASSES } from './clause-model.js';

/** One training clause: the names of its features and the class it should get (0 none, 1 fact, 2 frustration). */
export interface TrainingClause {
  features: readonly string[];
  target: number;
}

/** Settings of {@link fitClauseWeights}; every field has a default chosen on our development files. */
export interface FitOptions {
  /** Passes over the examples. */
  epochs?: number;
  /** The first step size; shrunk as 1 / (1 + EPOCH_DECAY * epoch). */
  learningRate?: number;
  /** L2 penalty per step. */
  l2?: number;
  /** A feature seen in fewer clauses than this is left out. */
  minClauses?: number;
  /** Seed of the shuffle. */
  seed?: number;
}

/** 15 passes: the cross-validated score stopped rising after about a dozen on our development files. */
export const EPOCHS = 15;
/** Large steps first, fine ones last. */
export const LEARNING_RATE = 0.1;
export const EPOCH_DECAY = 0.5;
/** Keeps rare words from taking large weights. */
export const L2 = 1e-4;
/** One message's word is not a rule: a feature must be seen in two clauses to be learnt. */
export const MIN_CLAUSES = 2;
/** Weights are kept to this many decimals; a feature whose three weights all round to 0 is left out. */
export const DECIMALS = 3;
/** The shuffle's seed when none is given. */
const SEED = 1;
/** Modulus and multiplier of the Park-Miller generator behind the shuffle. */
const PM_MODULUS = 2147483647;
const PM_MULTIPLIER = 16807;

/** Weights per feature name, in the order of {@link CLAUSE_CLASSES}. */
export type ClauseWeights = Record<string, [number, number, number]>;

/**
 * Fits weights to the examples. Features seen in fewer than `minClauses` clauses are left out; the
 * result is rounded to {@link DECIMALS} decimals, sorted by name, with all-zero features dropped.
 */
export function fitClauseWeights(examples: readonly TrainingClause[], options: FitOptions = {}): ClauseWeights {
  const epochs = options.epochs ?? EPOCHS;
  const rate0 = options.learningRate ?? LEARNING_RATE;
  const l2 = options.l2 ?? L2;
  const minClauses = options.minClauses ?? MIN_CLAUSES;
  const seen = new Map<string, number>();
  for (const e of examples) for (const f of new Set(e.features)) seen.set(f, (seen.get(f) ?? 0) + 1);
  const weights = new Map<string, Float64Array>();
  const weightsOf = (f: string): Float64Array => {
    let w = weights.get(f);
    if (w === undefined) weights.set(f, (w = new Float64Array(CLAUSE_CLASSES.length)));
    return w;
  };
  const xs = examples.map((e) => ({ y: e.target, w: e.features.filter((f) => seen.get(f)! >= minClauses).map(weightsOf) }));
  let seed = options.seed ?? SEED;
  const random = (): number => (seed = (seed * PM_MULTIPLIER) % PM_MODULUS) / PM_MODULUS;
  const s = [0, 0, 0];
  const p = [0, 0, 0];
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (let i = xs.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      const t = xs[i]!;
      xs[i] = xs[j]!;
      xs[j] = t;
    }
    const rate = rate0 / (1 + EPOCH_DECAY * epoch);
    for (const x of xs) {
      s[0] = s[1] = s[2] = 0;
      for (const v of x.w) for (let c = 0; c < 3; c++) s[c] = s[c]! + v[c]!;
      const top = Math.max(s[0]!, s[1]!, s[2]!);
      let z = 0;
      for (let c = 0; c < 3; c++) z += p[c] = Math.exp(s[c]! - top);
      for (let c = 0; c < 3; c++) {
        const g = p[c]! / z - (c === x.y ? 1 : 0);
        for (const v of x.w) v[c] = v[c]! - rate * (g + l2 * v[c]!);
      }
    }
  }
  const out: ClauseWeights = {};
  const round = (v: number): number => Number(v.toFixed(DECIMALS)) + 0;
  for (const name of [...weights.keys()].sort()) {
    const w = weights.get(name)!;
    const r: [number, number, number] = [round(w[0]!), round(w[1]!), round(w[2]!)];
    if (r[0] !== 0 || r[1] !== 0 || r[2] !== 0) out[name] = r;
  }
  return out;
}

/**
 * The class a clause should be trained towards, given the gold label of each of its words and the
 * label the rules' spans give each (0 none, 1 fact, 2 frustration): the rules' label `rule` when
 * their spans agree with the gold on as many words as labelling the whole clause one way would,
 * else the whole-clause label that agrees on most words. The rules may cut a clause in parts
 * ("I am furious | that my claim was not paid"); the model only labels whole clauses, so it learns
 * to step in only where that does better than the rules.
 */
export function clauseTarget(gold: readonly number[], rules: readonly number[], rule: number): number {
  let agree = 0;
  const whole = [0, 0, 0];
  for (let i = 0; i < gold.length; i++) {
    if (gold[i] === rules[i]) agree++;
    whole[gold[i]!] = whole[gold[i]!]! + 1;
  }
  let best = 0;
  for (let c = 1; c < 3; c++) if (whole[c]! > whole[best]!) best = c;
  return agree >= whole[best]! || whole[best] === whole[rule] ? rule : best;
}

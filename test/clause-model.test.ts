import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze, clauseFeatures, createAnalyzer, InvalidInputError, trainClauseModel, type LabelledMessage } from '../src/index.js';
import { trainingClauses } from '../src/train.js';
import { clauseTarget, DECIMALS, fitClauseWeights } from '../src/complaint/clause-train.js';
import { ClausesFileSchema } from '../src/lexicon/schema.js';
import { readMessage } from '../src/analyze.js';
import { CLAUSE_CLASSES, compileClauseModel, FIXED_FEATURES, type ClauseModelFile } from '../src/complaint/clause-model.js';
import { compile } from '../src/lexicon/compile.js';
import { defaultLexicons } from '../src/lexicon/defaults.js';

const texts = (spans: ReadonlyArray<{ text: string }>): string[] => spans.map((s) => s.text);

describe('clause model: features', () => {
  it('names each fixed feature once', () => {
    expect(new Set(FIXED_FEATURES).size).toBe(FIXED_FEATURES.length);
  });

  it.each([
    // [text, clause, features it must have]
    ['Ik heb al DRIE keer gebeld!! Dit is echt belachelijk.', 0, ['rule=fact', 'previous=start', 'clause-end=!', 'repeated-marks', 'shout', 'first=ik', 'word=drie', 'cue=repeat', 'position=first', 'words=6-10']],
    ['Ik heb al DRIE keer gebeld!! Dit is echt belachelijk.', 1, ['rule=frustration', 'previous=fact', 'rule+previous=frustration/fact', 'next=end', 'sentence-end=.', 'position=last', 'word=belachelijk', 'cue=negative-opinion']],
    ['Order #88123 never arrived, I paid €40 on 3 May.', 0, ['has=ref', 'cue=problem', 'clause-end=other', 'sentence-end=.']],
    ['Order #88123 never arrived, I paid €40 on 3 May.', 1, ['has=money', 'has=number', 'rule+previous=fact/fact']],
    ['Thanks 🙂', 0, ['position=only', 'has=emoji', 'words=1-2', 'cue=gratitude']],
  ] as const)('%s (clause %i) reads %j', (text, k, expected) => {
    const features = clauseFeatures(text)[k]!.features;
    for (const f of expected) expect(features).toContain(f);
  });

  it('every fixed feature a clause gets is one a model file may name', () => {
    const known = new Set(FIXED_FEATURES);
    for (const c of clauseFeatures('Waarom duurt dit zo lang??? Ik wacht al 3 weken op mijn geld, @bank #schande 😡 https://x.nl')) {
      for (const f of c.features) if (!f.startsWith('word=') && !f.startsWith('first=')) expect(known).toContain(f);
    }
  });

  it('reads the rules, not the model: the rule label is the same with the model off', () => {
    const off = createAnalyzer({ lexicons: { nl: { clauses: null }, en: { clauses: null } } });
    for (const text of ['De monteur kwam niet opdagen. Wat een grap is dit bedrijf.', 'Still nothing. This is a joke, honestly.']) {
      const spans = off.analyze({ text }).frustration;
      const rules = clauseFeatures(text).filter((c) => c.rule === 'frustration');
      for (const c of rules) expect(spans.some((s) => s.start <= c.start && s.end >= c.start)).toBe(true);
    }
  });
});

describe('clause model: compiling a model file', () => {
  it.each([
    [{ note: 't', weights: { 'rule=maybe': [0, 0, 1] } }, 'rule=maybe'],
    [{ note: 't', weights: { shouting: [0, 0, 1] } }, 'shouting'],
  ] as Array<[ClauseModelFile, string]>)('an unknown feature is an error that names it (%#)', (file, name) => {
    expect(() => compileClauseModel(file)).toThrow(InvalidInputError);
    expect(() => compileClauseModel(file)).toThrow(`"${name}"`);
  });

  it('rejects an invalid model file passed to createAnalyzer', () => {
    expect(() => createAnalyzer({ lexicons: { en: { clauses: { note: 't', weights: { 'word=x': [1, 2] } } } } } as never)).toThrow(InvalidInputError);
    expect(() => createAnalyzer({ lexicons: { en: { clauses: { note: 't', margin: -1, weights: {} } } } })).toThrow(InvalidInputError);
  });
});

describe('clause model: labelling', () => {
  const text = 'The courier left my parcel at number 12 without asking. I have called three times and nobody answers.';
  const first = 'The courier left my parcel at number 12 without asking';
  const withModel = (weights: Record<string, [number, number, number]>, margin?: number) =>
    createAnalyzer({ lexicons: { en: { clauses: { note: 'test', weights, ...(margin === undefined ? {} : { margin }) } } } });
  const rulesOnly = createAnalyzer({ lexicons: { en: { clauses: null } } });

  it('the rules alone read both sentences as facts', () => {
    expect(texts(rulesOnly.analyze({ text }).facts)).toEqual([first, 'I have called three times and nobody answers']);
    expect(rulesOnly.analyze({ text }).frustration).toEqual([]);
  });

  it.each([
    // [weights, margin, frustration spans]
    [{ 'word=nobody': [0, 0, 3] }, undefined, ['nobody answers']],
    [{ 'first=the': [0, 0, 3] }, undefined, [first]],
    [{ 'position=last': [0, 0, 3] }, undefined, ['nobody answers']],
    [{ 'cue=repeat': [0, 0, 3] }, undefined, ['I have called three times']],
    // the model's class must score more than the margin above the rules' label
    [{ 'word=nobody': [0, 0, 0.4] }, 0.5, []],
    [{ 'word=nobody': [0, 0, 0.6] }, 0.5, ['nobody answers']],
    // a tie keeps the rules' label
    [{ 'word=nobody': [0, 3, 3] }, undefined, []],
  ] as Array<[Record<string, [number, number, number]>, number | undefined, string[]]>)('%j (margin %s) gives frustration %j', (weights, margin, frustration) => {
    expect(texts(withModel(weights, margin).analyze({ text }).frustration)).toEqual(frustration);
  });

  it('a clause the model calls none leaves both lists', () => {
    const a = withModel({ 'word=courier': [5, 0, 0] }).analyze({ text });
    expect(texts(a.facts)).toEqual(['I have called three times and nobody answers']);
    expect(a.frustration).toEqual([]);
  });

  // a model that calls every open clause frustration: what it cannot change, the rules settled
  const everyClause = createAnalyzer({ lexicons: { en: { clauses: { note: 'test', weights: { bias: [0, 0, 100] } } } } });
  it.each([
    // [text, a span the rules keep out of frustration]
    ["I'm not writing to complain, the form is just a bit long.", 'the form is just a bit long'],
    ["I'm not complaining, but the checkout page is slow.", 'the checkout page is slow'],
  ])('a disclaimed complaint holds for its whole sentence: %j', (text, kept) => {
    const a = everyClause.analyze({ text, language: 'en' });
    expect(texts(a.frustration).some((f) => f.includes(kept))).toBe(false);
  });
  it('the disclaiming clause itself is settled too', () => {
    expect(everyClause.analyze({ text: "I'm not writing to complain, the form is just a bit long.", language: 'en' }).frustration).toEqual([]);
  });
  it('the same sentence without the disclaimer is open to the model', () => {
    const a = everyClause.analyze({ text: 'The checkout page is slow.', language: 'en' });
    expect(texts(a.frustration)).toEqual(['The checkout page is slow']);
  });

  // a fact-to-frustration model may only turn a fact clause into frustration
  const factToFrustration = (weights: Record<string, [number, number, number]>) =>
    createAnalyzer({ lexicons: { en: { clauses: { note: 'test', relabel: 'fact-to-frustration', weights } } } }).analyze({ text });
  it.each([
    // [weights, facts, frustration]
    [{ 'word=nobody': [0, 0, 3] }, [first, 'I have called three times'], ['nobody answers']],
    // the same model otherwise (any) would drop the first sentence as neither
    [{ 'word=courier': [5, 0, 0] }, [first, 'I have called three times and nobody answers'], []],
  ] as Array<[Record<string, [number, number, number]>, string[], string[]]>)('relabel fact-to-frustration, %j', (weights, facts, frustration) => {
    const a = factToFrustration(weights);
    expect([texts(a.facts), texts(a.frustration)]).toEqual([facts, frustration]);
  });

  it('an empty model leaves the rules alone', () => {
    const a = createAnalyzer({ lexicons: { en: { clauses: { note: 'empty', weights: {} } } } }).analyze({ text: 'Again nothing. This is absurd!' });
    expect(a).toEqual(rulesOnly.analyze({ text: 'Again nothing. This is absurd!' }));
  });
});

describe('clause model: training', () => {
  const read = (f: string): LabelledMessage[] =>
    readFileSync(new URL(`../fixtures/${f}`, import.meta.url), 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as LabelledMessage);
  const en = read('levels-en.dev.jsonl');
  const model = trainClauseModel(en, { language: 'en' });

  it('no model ships: the default analyzer is the rules alone', () => {
    const c = compile(defaultLexicons);
    expect(c.nl.clauseModel).toBeUndefined();
    expect(c.en.clauseModel).toBeUndefined();
    const off = createAnalyzer({ lexicons: { nl: { clauses: null }, en: { clauses: null } } });
    for (const { text } of en.slice(0, 40)) expect(analyze({ text })).toEqual(off.analyze({ text }));
  });

  it('the rules alone do not work out which clauses are settled; a model or training does', () => {
    const c = compile(defaultLexicons);
    const text = 'Mijn pakket is niet bezorgd. Ik ben woedend!';
    expect(readMessage(c, { text }).split.settled).toBeUndefined();
    expect(readMessage(c, { text }, true).split.settled).toEqual(new Uint8Array([0, 1]));
    const withModel = compile({ ...defaultLexicons, nl: { ...defaultLexicons.nl, clauses: { note: 't', weights: { 'word=pakket': [0, 0, 1] } } } });
    expect(readMessage(withModel, { text }).split.settled).toEqual(new Uint8Array([0, 1]));
  });

  it('the same messages give the same weights, and the model file passes its schema', () => {
    expect(trainClauseModel(en, { language: 'en' })).toEqual(model);
    expect(ClausesFileSchema.safeParse(model).success).toBe(true);
    expect(model.trainedOn).toMatch(/clauses of 192 messages/);
  });

  it('the run-time labels are those the named features and the trained weights give', () => {
    const c = compile({ ...defaultLexicons, en: { ...defaultLexicons.en, clauses: model } });
    let changed = 0;
    for (const { text } of en) {
      const r = readMessage(c, { text, language: 'en' });
      const named = clauseFeatures(text, 'en');
      expect(r.split.labels).toHaveLength(named.length);
      named.forEach((cl, k) => {
        const s = [0, 0, 0];
        for (const f of cl.features) {
          const w = model.weights[f];
          if (w) for (let i = 0; i < 3; i++) s[i]! += w[i]!;
        }
        const rule = CLAUSE_CLASSES.indexOf(cl.rule);
        const best = s.indexOf(Math.max(...s));
        const expected = !cl.settled && s[best]! - s[rule]! > (model.margin ?? 0) ? best : rule;
        if (expected !== rule) changed++;
        expect([k, r.split.labels[k]]).toEqual([k, CLAUSE_CLASSES[expected]]);
      });
    }
    // the model does change some clauses of the file it learnt (else the check above would test nothing)
    expect(changed).toBeGreaterThan(5);
  });

  it.each([
    [null, 'expected an array'],
    [[{ text: 'Nog steeds niks.', facts: ['niets'], frustration: [] }], 'facts span "niets" is not in its text'],
    [[{ text: 'x', facts: 'x', frustration: [] }], 'expected { text: string, facts: string[], frustration: string[] }'],
  ] as Array<[unknown, string]>)('refuses bad input (%#) with a typed error that says what it found', (input, message) => {
    expect(() => trainClauseModel(input as LabelledMessage[])).toThrow(InvalidInputError);
    expect(() => trainClauseModel(input as LabelledMessage[])).toThrow(message);
  });

  it('writes relabel when asked, and refuses a value it does not know', () => {
    expect(trainClauseModel(en.slice(0, 30), { language: 'en', relabel: 'fact-to-frustration' }).relabel).toBe('fact-to-frustration');
    expect(trainClauseModel(en.slice(0, 30), { language: 'en' })).not.toHaveProperty('relabel');
    expect(() => trainClauseModel([], { relabel: 'up' as never })).toThrow(InvalidInputError);
    expect(() => trainClauseModel([], { relabel: 'up' as never })).toThrow('relabel must be one of any, fact-to-frustration; found "up"');
  });

  it.each([-1, Number.NaN, Number.POSITIVE_INFINITY])('refuses the margin %s', (margin) => {
    expect(() => trainClauseModel([], { margin })).toThrow(InvalidInputError);
  });

  it('leaves out the clauses the rules settle themselves', () => {
    const m = { text: 'Mijn pakket is niet bezorgd. Ik ben woedend! Bedankt voor niets.', facts: ['Mijn pakket is niet bezorgd'], frustration: ['Ik ben woedend!'] };
    const all = clauseFeatures(m.text, 'nl');
    const open = all.filter((c) => !c.settled);
    expect(open.length).toBeLessThan(all.length);
    expect(trainingClauses([m], 'nl').map((c) => c.features)).toEqual(open.map((c) => c.features));
  });

  it('trains only on messages at feedback or above, or without a level', () => {
    const m = { text: 'Het pakket is niet bezorgd. Dit is echt belachelijk.', facts: ['Het pakket is niet bezorgd'], frustration: ['Dit is echt belachelijk'] };
    expect(trainingClauses([{ ...m, level: 'signal' }], 'nl')).toEqual([]);
    expect(trainingClauses([{ ...m, level: 'complaint' }], 'nl').length).toBeGreaterThan(0);
    expect(trainingClauses([m], 'nl')).toEqual(trainingClauses([{ ...m, level: 'dispute' }], 'nl'));
  });
});

describe('clause model: fitting weights', () => {
  // three features: 'a' always frustration, 'b' always fact, 'c' seen once
  const examples = [
    ...Array.from({ length: 20 }, () => ({ features: ['word=a', 'bias'], target: 2 })),
    ...Array.from({ length: 20 }, () => ({ features: ['word=b', 'bias'], target: 1 })),
    { features: ['word=c', 'bias'], target: 0 },
  ];
  const w = fitClauseWeights(examples);
  const argmax = (v: readonly number[]): number => v.indexOf(Math.max(...v));

  it('learns a feature that always goes with one class', () => {
    expect(argmax(w['word=a']!)).toBe(2);
    expect(argmax(w['word=b']!)).toBe(1);
  });

  it('leaves out a feature seen in fewer clauses than minClauses', () => {
    expect(w['word=c']).toBeUndefined();
    expect(fitClauseWeights(examples, { minClauses: 1 })['word=c']).toBeDefined();
  });

  it('rounds to DECIMALS places and sorts the names', () => {
    for (const v of Object.values(w)) for (const x of v) expect(Number(x.toFixed(DECIMALS))).toBe(x);
    expect(Object.keys(w)).toEqual([...Object.keys(w)].sort());
  });
});

describe('clause model: the class a clause is trained towards', () => {
  it.each([
    // [gold word labels, rules' word labels, rules' clause label, target]
    [[2, 2, 2], [1, 1, 1], 1, 2], // all gold frustration: the whole clause
    [[1, 1, 1], [1, 1, 1], 1, 1], // the rules agree
    [[2, 2, 1, 1, 1], [2, 2, 1, 1, 1], 2, 2], // the rules cut it right: keep their label
    [[2, 1, 1], [1, 1, 1], 1, 1], // most words are facts: stays
    [[2, 2, 1], [1, 1, 1], 1, 2], // most words are frustration
    [[0, 2], [1, 1], 1, 0], // neither word a fact: a tie between none and frustration goes to the earlier class
    [[2, 2, 0, 0], [0, 0, 0, 0], 0, 0], // a tie with the rules' own class keeps it
  ] as Array<[number[], number[], number, number]>)('gold %j, rules %j (%i) -> %i', (gold, rules, rule, target) => {
    expect(clauseTarget(gold, rules, rule)).toBe(target);
  });
});

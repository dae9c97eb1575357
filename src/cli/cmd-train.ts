/**
 * `complaint-signal train`: fits a clause model to labelled corpora, per language, and says on
 * messages it was not trained on whether the model labels facts and frustration better than the
 * rules alone. The model (JSON, `{ "nl": ..., "en": ... }`) goes to stdout, the report to stderr.
 */
import type { ClauseModelFile, Language, LabelledMessage, Level } from '../index.js';
import type { TrainArgs } from './args.js';
import { readBenchRecord } from './bench.js';
import { FatalError } from './errors.js';
import { closeInput, openAllThenLoad, reasonOf, type CliIo, type Sink } from './io.js';
import { isBlank, readLines } from './lines.js';
import { prf, wordOverlap, type Counts } from './metrics.js';

/** What training needs of the library (the real one, or a stub in tests). */
export interface TrainLib {
  trainClauseModel: typeof import('../index.js').trainClauseModel;
  createAnalyzer: typeof import('../index.js').createAnalyzer;
  detectLanguage: typeof import('../index.js').detectLanguage;
}

/**
 * Margins tried (ClauseModelFile.margin): how far the model must score above the rules' label to
 * replace it. The one that scores best on the left-out messages is written.
 */
export const MARGINS = [0, 0.25, 0.5, 1, 1.5] as const;
/** Fewer labelled messages than this in a language: no model for it (a fold would hold a handful). */
export const MIN_MESSAGES = 20;

/** A labelled message and the fold it is left out in. */
interface Example {
  message: LabelledMessage;
  fold: number;
}

/** Word F1 of frustration and facts over the messages, as fractions. */
export interface SplitScore {
  frustration: number;
  facts: number;
}

/** What cross-validation found for one language. */
export interface LanguageReport {
  language: Language;
  messages: number;
  folds: number;
  margin: number;
  rules: SplitScore;
  model: SplitScore;
}

const f1 = (c: Counts): number => prf(c).f1;
const add = (into: Counts, c: Counts): void => {
  into.tp += c.tp;
  into.fp += c.fp;
  into.fn += c.fn;
};

/** Frustration and facts word overlap of `messages` analysed by `analyze`. */
function overlap(analyze: (text: string) => { facts: Array<{ text: string }>; frustration: Array<{ text: string }> }, messages: readonly LabelledMessage[]): [Counts, Counts] {
  const fr = { tp: 0, fp: 0, fn: 0 };
  const fa = { tp: 0, fp: 0, fn: 0 };
  for (const m of messages) {
    const a = analyze(m.text);
    add(fr, wordOverlap(m.frustration, a.frustration.map((s) => s.text)));
    add(fa, wordOverlap(m.facts, a.facts.map((s) => s.text)));
  }
  return [fr, fa];
}

/**
 * Leaves each fold out in turn, trains on the others and scores the left-out messages with the
 * rules alone and with the model at each margin; returns the report and the model trained on all
 * messages at the margin that did best (frustration and facts F1, averaged).
 */
export function crossValidate(
  lib: TrainLib,
  language: Language,
  examples: readonly Example[],
  folds: number,
  relabel?: ClauseModelFile['relabel'],
): { report: LanguageReport; model: ClauseModelFile } {
  const rules = lib.createAnalyzer();
  const rulesCounts: [Counts, Counts] = [{ tp: 0, fp: 0, fn: 0 }, { tp: 0, fp: 0, fn: 0 }];
  const byMargin = MARGINS.map((): [Counts, Counts] => [{ tp: 0, fp: 0, fn: 0 }, { tp: 0, fp: 0, fn: 0 }]);
  for (let f = 0; f < folds; f++) {
    const test = examples.filter((e) => e.fold === f).map((e) => e.message);
    if (test.length === 0) continue;
    const train = examples.filter((e) => e.fold !== f).map((e) => e.message);
    const [rf, ra] = overlap((text) => rules.analyze({ text, language }), test);
    add(rulesCounts[0], rf);
    add(rulesCounts[1], ra);
    const { weights } = lib.trainClauseModel(train, { language });
    MARGINS.forEach((margin, i) => {
      const clauses: ClauseModelFile = { note: `fold ${f + 1} of ${folds}`, margin, weights, ...(relabel === undefined ? {} : { relabel }) };
      const a = lib.createAnalyzer({ lexicons: { [language]: { clauses } } });
      const [mf, ma] = overlap((text) => a.analyze({ text, language }), test);
      add(byMargin[i]![0], mf);
      add(byMargin[i]![1], ma);
    });
  }
  const mean = (c: [Counts, Counts]): number => (f1(c[0]) + f1(c[1])) / 2;
  let best = 0;
  for (let i = 1; i < MARGINS.length; i++) if (mean(byMargin[i]!) > mean(byMargin[best]!)) best = i;
  const margin = MARGINS[best]!;
  const score = (c: [Counts, Counts]): SplitScore => ({ frustration: f1(c[0]), facts: f1(c[1]) });
  const report: LanguageReport = { language, messages: examples.length, folds, margin, rules: score(rulesCounts), model: score(byMargin[best]!) };
  const pct = (x: number): string => (100 * x).toFixed(1);
  const model = lib.trainClauseModel(examples.map((e) => e.message), {
    language,
    margin,
    ...(relabel === undefined ? {} : { relabel }),
    trainedOn:
      `${examples.length} messages; left out in ${folds} folds, frustration word F1 ${pct(report.model.frustration)} ` +
      `(rules alone ${pct(report.rules.frustration)}), facts ${pct(report.model.facts)} (${pct(report.rules.facts)})`,
  });
  return { report, model };
}

/** The report as text lines. */
export function formatTrain(reports: readonly LanguageReport[]): string[] {
  const pct = (x: number): string => (100 * x).toFixed(1).padStart(5);
  const out = ['language  messages  folds  margin | rules: frustration  facts | model: frustration  facts'];
  for (const r of reports) {
    out.push(
      `${r.language.padEnd(8)}  ${String(r.messages).padStart(8)}  ${String(r.folds).padStart(5)}  ${String(r.margin).padStart(6)} |` +
        `        ${pct(r.rules.frustration)}  ${pct(r.rules.facts)} |        ${pct(r.model.frustration)}  ${pct(r.model.facts)}`,
    );
  }
  out.push('Word F1 on messages left out of training (each fold in turn). Use the model only where it beats the rules.');
  return out;
}

/**
 * Runs `train`; resolves to the exit status (2 when some records were skipped). Records need
 * `facts` and `frustration`; their `language`, else the detected one, picks the model they train.
 */
export async function runTrain(args: TrainArgs, io: CliIo, sink: Sink, load: () => Promise<TrainLib>): Promise<number> {
  const { inputs, loaded: lib } = await openAllThenLoad(args.files, io, load);
  const byLanguage: Record<Language, LabelledMessage[]> = { nl: [], en: [] };
  const fileOf: Record<Language, number[]> = { nl: [], en: [] };
  let skipped = 0;
  for (let f = 0; f < inputs.length; f++) {
    const input = inputs[f]!;
    try {
      for await (const { line, text } of readLines(input.stream)) {
        if (isBlank(text)) continue;
        const rec = readBenchRecord(text);
        const skip = (code: string, message: string): void => {
          skipped++;
          io.stderr.write(`${input.name}:${line}: skipped: ${code}: ${message}\n`);
        };
        if (!rec.ok) {
          skip(rec.error.code, rec.error.message);
          continue;
        }
        const { facts, frustration, level, language: label } = rec.gold;
        if (facts === undefined || frustration === undefined) {
          skip('invalid_label', 'Expected "facts" and "frustration" lists to train on');
          continue;
        }
        const missing = [...facts, ...frustration].find((s) => !rec.message.text.includes(s));
        if (missing !== undefined) {
          skip('invalid_label', `Expected each span to be an exact substring of "text", found ${JSON.stringify(missing)}`);
          continue;
        }
        const detected = label === 'nl' || label === 'en' ? label : lib.detectLanguage(rec.message.text).language;
        const language: Language = detected === 'nl' ? 'nl' : 'en';
        const m: LabelledMessage = { text: rec.message.text, language, facts, frustration };
        if (level !== undefined) m.level = level as Level;
        byLanguage[language].push(m);
        fileOf[language].push(f);
      }
    } catch (e) {
      throw new FatalError(`cannot read ${input.name}: ${reasonOf(e)}`);
    } finally {
      closeInput(input);
    }
  }
  const reports: LanguageReport[] = [];
  const models: Partial<Record<Language, ClauseModelFile>> = {};
  for (const language of ['nl', 'en'] as const) {
    const messages = byLanguage[language];
    if (messages.length === 0) continue;
    if (messages.length < MIN_MESSAGES) {
      io.stderr.write(`${language}: ${messages.length} labelled messages, fewer than ${MIN_MESSAGES}: no model\n`);
      continue;
    }
    // one file per fold when several files are given (messages of one writer are left out together)
    const files = [...new Set(fileOf[language])];
    const byFile = files.length > 1;
    const folds = byFile ? files.length : args.folds;
    const examples = messages.map((message, i) => ({ message, fold: byFile ? files.indexOf(fileOf[language][i]!) : i % folds }));
    const { report, model } = crossValidate(lib, language, examples, folds, args.relabel);
    reports.push(report);
    models[language] = model;
  }
  if (reports.length === 0) throw new FatalError(`no language has ${MIN_MESSAGES} or more labelled messages to train on`);
  io.stderr.write(`${formatTrain(reports).join('\n')}\n`);
  await sink.write(`${JSON.stringify(models)}\n`);
  return skipped > 0 ? 2 : 0;
}

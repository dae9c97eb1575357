/**
 * `--model FILE` of `analyze`, `bench` and `report`: the clause model that `complaint-signal train`
 * writes, read once and checked before any record is analysed. The file is read here, in the CLI
 * (the core reads no files); whether each language's model is valid is the library's own check
 * (`createAnalyzer`'s schema and the model's compiler), so the CLI takes exactly the models the
 * library takes.
 */
import { readFile } from 'node:fs/promises';
import { ComplaintSignalError, InvalidInputError } from '../errors.js';
import type { ClauseModelFile, LexiconOverrides } from '../index.js';
import { FatalError } from './errors.js';
import { reasonOf } from './io.js';
import type { AnalyzeFn } from './process.js';

/** The keys of a model file: the languages `complaint-signal train` writes a model for. */
const MODEL_LANGUAGES = ['nl', 'en'] as const;

/** What a model file should hold, said in every message about one that does not. */
const EXPECTED = 'expected the JSON that "complaint-signal train" writes, {"nl": model, "en": model} (either may be absent or null)';

/** A model file as `complaint-signal train` writes it: a clause model per language, or none. */
export interface ModelFile {
  nl?: ClauseModelFile | null;
  en?: ClauseModelFile | null;
}

/** What checking and running a model needs of the library ({@link loadModelLib} loads it). */
export interface ModelLib {
  createAnalyzer: typeof import('../index.js').createAnalyzer;
  compileClauseModel: typeof import('../complaint/clause-model.js').compileClauseModel;
}

/** What a command analyses with: the analyze function, and the model it was built from (if any). */
export interface Engine {
  analyze: AnalyzeFn;
  /** The model file as read and checked, for the worker threads of `analyze --workers N`. */
  model?: ModelFile;
}

/** The library, loaded on first use (`--help` and a missing model file do not load the lexicons). */
export async function loadModelLib(): Promise<ModelLib> {
  const [{ createAnalyzer }, { compileClauseModel }] = await Promise.all([import('../index.js'), import('../complaint/clause-model.js')]);
  return { createAnalyzer, compileClauseModel };
}

/** A JSON value in words, for "found ...". */
function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  return `a ${typeof value}`;
}

const isModelLanguage = (key: string): key is (typeof MODEL_LANGUAGES)[number] => (MODEL_LANGUAGES as readonly string[]).includes(key);

/**
 * The model file in `text` (read from `path`): a JSON object whose keys are languages and that
 * holds a model for at least one of them. The models themselves are checked by {@link checkModel}.
 * Throws {@link FatalError} naming the file, what it holds and what was expected.
 */
export function parseModelFile(text: string, path: string): ModelFile {
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/u, ''));
  } catch (e) {
    throw new FatalError(`the model ${path} is not JSON (${(e as Error).message}); ${EXPECTED}`);
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new FatalError(`the model ${path} holds ${kindOf(value)}; ${EXPECTED}`);
  }
  const keys = Object.keys(value);
  const other = keys.filter((k) => !isModelLanguage(k));
  if (other.length > 0) {
    // a language's model on its own (model.nl saved by hand) is the likely mistake
    const hint = 'weights' in value ? ' (one language\'s model on its own? put it under "nl" or "en")' : '';
    throw new FatalError(`the model ${path} holds the keys ${other.map((k) => JSON.stringify(k)).join(', ')}${hint}; ${EXPECTED}`);
  }
  const file = value as Record<(typeof MODEL_LANGUAGES)[number], unknown>;
  if (!MODEL_LANGUAGES.some((l) => file[l] !== undefined && file[l] !== null)) {
    throw new FatalError(`the model ${path} holds no model (${keys.length === 0 ? 'an empty object' : 'only null'}); ${EXPECTED}`);
  }
  return value as ModelFile;
}

/** Reads and parses the model file at `path` ({@link parseModelFile}); a file that cannot be read is a {@link FatalError}. */
export async function readModelFile(path: string): Promise<ModelFile> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (e) {
    throw new FatalError(`cannot read the model ${path}: ${reasonOf(e)}; ${EXPECTED}`);
  }
  return parseModelFile(text, path);
}

/** The model as `createAnalyzer`'s lexicons: each language's model as its `clauses`, as `complaint-signal train` documents. */
export function modelLexicons(model: ModelFile): LexiconOverrides {
  const lexicons: LexiconOverrides = {};
  for (const l of MODEL_LANGUAGES) {
    const clauses = model[l];
    if (clauses !== undefined && clauses !== null) lexicons[l] = { clauses };
  }
  return lexicons;
}

/** Where and what the library found wrong in a language's model, as the file names it (`nl.weights.x`). */
function problemOf(e: ComplaintSignalError, language: string): string {
  const issue = e instanceof InvalidInputError ? e.issues[0] : undefined;
  return issue === undefined ? `${language}: ${e.message}` : `${[language, ...issue.path.map(String)].join('.')}: ${issue.message}`;
}

/**
 * Checks each language's model with the library's own checks (the schema `createAnalyzer` applies
 * to `clauses`, then the compiler, which refuses a feature it does not know) and returns the analyze
 * function of an analyzer with the model. The lexicons compile on its first call, as the library's
 * own `analyze` does. A model the library refuses is a {@link FatalError} naming the file.
 */
export function checkModel(lib: ModelLib, model: ModelFile, path: string): AnalyzeFn {
  for (const l of MODEL_LANGUAGES) {
    const clauses = model[l];
    if (clauses === undefined || clauses === null) continue;
    try {
      lib.createAnalyzer({ lexicons: { [l]: { clauses } } });
      lib.compileClauseModel(clauses);
    } catch (e) {
      if (e instanceof ComplaintSignalError) throw new FatalError(`the model ${path} is not a valid clause model at ${problemOf(e, l)}`);
      throw e;
    }
  }
  return lib.createAnalyzer({ lexicons: modelLexicons(model) }).analyze;
}

/** Reads the model file at `path` and checks it: the {@link Engine} of a command run with `--model`. */
export async function loadModel(path: string, lib: () => Promise<ModelLib>): Promise<Engine> {
  const model = await readModelFile(path);
  return { analyze: checkModel(await lib(), model, path), model };
}

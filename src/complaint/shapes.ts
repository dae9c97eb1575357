/**
 * Sentence shapes that carry frustration without an evaluating word: an unprompted "Nee" that
 * contradicts, and a sweeping negation stated as how things always go ("niemand doet iets", "dat
 * slaat nergens op"). The words are data (`contradictions`, `absolutes`, `reportWords` in
 * `lexicons/<lang>/tokens.json`); a language without them never fires these rules.
 */
import { isSpace } from '../text/chars.js';
import { isSentenceEndChar, type Clause } from '../text/sentences.js';
import { isFigure, type Token } from '../text/tokenize.js';
import { ROLE_REPORT, ROLE_CONTRADICTION } from './split.js';
import { phraseEnd, type Phrases } from './phrase.js';

/**
 * A Dutch past participle is at least this long with its ge- prefix ("gebeld", "gekomen"):
 * shorter ge- words are function words or nouns ("geen", "geld", "geef").
 */
const PARTICIPLE_LETTERS = 6;

/**
 * Whether the clause opens its sentence with a contradicting word ("Nee, ge begrijpt het niet.")
 * that answers no question: the text before it (past a line label such as "Klant:") does not end
 * a previous line with "?". After another speaker's question "Nee, ..." is a plain answer; after
 * the writer's own question on the same line ("Gedeeltelijk? Nee.") it still contradicts.
 */
export function contradictsUnprompted(text: string, tokens: readonly Token[], cl: Clause, roles: ReadonlyMap<string, number>): boolean {
  const first = tokens[cl.from];
  if (first === undefined || first.kind !== 'word' || ((roles.get(first.norm) ?? 0) & ROLE_CONTRADICTION) === 0) return false;
  let i = first.start - 1;
  while (i >= 0 && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i--;
  if (i < 0) return true;
  const c = text.charCodeAt(i);
  // mid-sentence ("..., nee, ...") it does not open a turn
  if (c !== 58 && c !== 10 && c !== 13 && !isSentenceEndChar(c)) return false;
  // after a line label ("Klant:") the turn starts at its line; after the end of a line, at the line
  if (c === 58) while (i >= 0 && text.charCodeAt(i) !== 10) i--;
  let crossedLine = false;
  while (i >= 0 && isSpace(text.charCodeAt(i))) {
    if (text.charCodeAt(i) === 10) crossedLine = true;
    i--;
  }
  return !(crossedLine && i >= 0 && text.charCodeAt(i) === 63);
}

/**
 * Whether a clause holding a sweeping negation ("niemand", "nergens") claims how things
 * always go rather than reporting what (still) did not happen: no report word ("nog", "sinds",
 * "als", "ik", an auxiliary or strong past form) and no ge- participle ("er is niemand gekomen").
 * Called only for clauses with an absolute and no number.
 */
export function claimsAbsolutely(tokens: readonly Token[], cl: Clause, roles: ReadonlyMap<string, number>): boolean {
  for (let i = cl.from; i < cl.to; i++) {
    const t = tokens[i]!;
    if (t.kind !== 'word') continue;
    if (((roles.get(t.norm) ?? 0) & ROLE_REPORT) !== 0 || isParticiple(t.norm)) return false;
  }
  return true;
}

/** A ge- past participle ("gebeld", "gekomen", "gebeurd"): ge-, long enough, ending in -d, -t or -en. */
function isParticiple(w: string): boolean {
  if (w.length < PARTICIPLE_LETTERS || w.charCodeAt(0) !== 103 || w.charCodeAt(1) !== 101) return false;
  const last = w.charCodeAt(w.length - 1);
  return last === 100 || last === 116 || (last === 110 && w.charCodeAt(w.length - 2) === 101);
}

/** The word lists {@link demonstrativeVerdict} reads (`lexicons/<lang>/tokens.json`). */
export interface VerdictWords {
  /** Demonstratives that open a sentence about what was just said or done ("dit", "dat", "da's"). */
  demonstratives: ReadonlySet<string>;
  /** Particles that make a short demonstrative sentence a verdict ("echt", "gewoon", "toch", "elke"). */
  verdictParticles: ReadonlySet<string>;
  /** Negators ("niet", "niks", "geen"). */
  negators: ReadonlySet<string>;
}

/**
 * A sentence of at most this many words that opens with a demonstrative can be a verdict on what
 * was just said ("Dit klopt niet.", "Dat zegt ge elke keer."); a longer one goes on to report.
 */
export const DEMONSTRATIVE_VERDICT_WORDS = 6;

/**
 * Whether the clause, opening its sentence with a demonstrative subject ("Dit klopt niet.", "Dat
 * zegt ge elke keer.", "Dit is echt een groot probleem."), passes a verdict on what came before
 * rather than reporting: it denies (a negator) or insists (a particle: "echt", "gewoon", "toch",
 * "elke keer"), and holds no report word ("al", "nog", "ik", an auxiliary or past form) nor a ge-
 * participle: "Dat heb ik gisteren gedaan", "Dit loopt al sinds mei" report. Called only for
 * short clauses with no number that open their sentence.
 */
export function demonstrativeVerdict(tokens: readonly Token[], cl: Clause, words: VerdictWords, roles: ReadonlyMap<string, number>): boolean {
  let i = cl.from;
  while (i < cl.to && tokens[i]!.kind !== 'word') i++;
  if (i === cl.to || !words.demonstratives.has(tokens[i]!.norm)) return false;
  let marked = false;
  for (i++; i < cl.to; i++) {
    const t = tokens[i]!;
    if (t.kind !== 'word') continue;
    if (((roles.get(t.norm) ?? 0) & ROLE_REPORT) !== 0 || isParticiple(t.norm)) return false;
    if (words.negators.has(t.norm) || words.verdictParticles.has(t.norm)) marked = true;
  }
  return marked;
}

/** The word lists {@link sweepingRecurrence} reads (`lexicons/<lang>/tokens.json`). */
export interface RecurrenceWords {
  /** How it goes every time, as word lists ("elke keer", "telkens", "keer op keer"). */
  recurrences: Phrases;
  /** Words right after a recurrence that make it a condition ("als", "wanneer": "elke keer als ik bel"). */
  recurrenceConditions: ReadonlySet<string>;
  /** Past forms of verbs ("kwam", "zei", "kreeg"): the clause tells what happened then. */
  pastForms: ReadonlySet<string>;
}

/** A weak past form ("belde", "stuurden", "meldde") is at least this long: shorter -de/-te words are nouns or function words ("rente", "beide"). */
const WEAK_PAST_LETTERS = 6;

/**
 * Whether the clause says how it goes every time, in the present ("En elke keer is het weer zoek.",
 * "telkens krijg ik iemand anders aan de lijn"): a recurrence marker, not a condition ("elke keer
 * als ik bel" reports when a fault shows), and no past form or ge- participle ("elke keer kwam er
 * een ander bedrag uit", "telkens is er niemand gekomen" report what happened).
 */
export function sweepingRecurrence(tokens: readonly Token[], cl: Clause, words: RecurrenceWords): boolean {
  let found = false;
  for (let i = cl.from; i < cl.to; i++) {
    const t = tokens[i]!;
    if (t.kind !== 'word') continue;
    if (words.pastForms.has(t.norm) || isParticiple(t.norm) || isWeakPast(t.norm)) return false;
    if (found) continue;
    const end = phraseEnd(tokens, i, cl.to, words.recurrences);
    if (end === -1) continue;
    const next = tokens[end];
    if (end < cl.to && next !== undefined && next.kind === 'word' && words.recurrenceConditions.has(next.norm)) return false;
    found = true;
  }
  return found;
}

/** A weak past form: long enough, ending in -de, -te, -den or -ten after a consonant other than n ("belde", "meldden"). */
function isWeakPast(w: string): boolean {
  if (w.length < WEAK_PAST_LETTERS) return false;
  let end = w.length;
  if (w.charCodeAt(end - 1) === 110) end--; // -n
  if (w.charCodeAt(end - 1) !== 101) return false; // -e
  const d = w.charCodeAt(end - 2);
  if (d !== 100 && d !== 116) return false; // d or t
  const before = w.charCodeAt(end - 3);
  // after a consonant other than n ("maanden", "klanten" are plurals)
  return before !== 97 && before !== 101 && before !== 105 && before !== 111 && before !== 117 && before !== 110;
}

/** An inverted demonstrative verdict ("..., is dat echt te weinig") says it in at most this many words after the demonstrative. */
export const INVERTED_VERDICT_WORDS = 4;

/**
 * Whether the clause fronts a setting and then judges what came before with an inverted copula and
 * demonstrative ("Voor een gezin met drie kinderen is dat echt te weinig", "Met een baby van vier
 * maanden is dit geen doen", "voor wie voltijds werkt is dat lastig"): after the demonstrative a
 * few words, the first of them denying, insisting, judging or describing, with no report word,
 * participle or number ("In maart was dat nog 45 euro", "Nu is dat opgelost" report; "is dit
 * bedrag niet ..." is a determiner and its noun). `bits` are the judging and
 * describing role bits of `roles`; `roleAt` holds the split roles of the clause's tokens, read for
 * the `copula` bit.
 */
export function invertedVerdict(tokens: readonly Token[], cl: Clause, words: VerdictWords, roles: ReadonlyMap<string, number>, roleAt: Int32Array, copula: number, bits: number): boolean {
  let before = 0;
  let d = -1;
  for (let i = cl.from; i < cl.to && d === -1; i++) {
    const t = tokens[i]!;
    if (t.kind !== 'word') continue;
    const prev = tokens[i - 1];
    // the copula before it first, off the role array: most words follow none, and skip the set lookup
    // (with two words before it, the previous token is in the clause)
    if (before >= 2 && prev !== undefined && prev.kind === 'word' && (roleAt[i - 1]! & copula) !== 0 && words.demonstratives.has(t.norm)) d = i;
    before++;
  }
  if (d === -1) return false;
  let after = 0;
  let marked = false;
  for (let i = d + 1; i < cl.to; i++) {
    const t = tokens[i]!;
    if (isFigure(t)) return false;
    if (t.kind !== 'word') continue;
    const role = roles.get(t.norm) ?? 0;
    if (++after > INVERTED_VERDICT_WORDS || (role & ROLE_REPORT) !== 0 || isParticiple(t.norm)) return false;
    // (right after the demonstrative: "is dit bedrag niet ..." is a determiner and its noun)
    if (after === 1) marked = (role & bits) !== 0 || words.negators.has(t.norm) || words.verdictParticles.has(t.norm);
  }
  return marked;
}

/** The word lists the stance shapes read (`lexicons/<lang>/tokens.json`, the `stance*` lists). */
export interface StanceWords {
  /** Emphasizers ("echt", "absoluut") that insist on the negator right after them. */
  emphasizers: ReadonlySet<string>;
  /** Participles of expecting or hoping ("verwacht", "gehoopt", "gedacht"). */
  expectations: ReadonlySet<string>;
  /** Markers that more was expected than came ("meer", "toch", "nooit", "minstens"). */
  expectationMarkers: ReadonlySet<string>;
  /** Auxiliaries of the (plu)perfect ("had", "heb"). */
  perfectAuxiliaries: ReadonlySet<string>;
  /** Words of sufficiency ("genoeg"). */
  sufficiency: ReadonlySet<string>;
  /** Particles that make a negated question assert ("toch"). */
  asserting: ReadonlySet<string>;
  /** Subordinators that open a condition ("als", "indien"). */
  conditionals: ReadonlySet<string>;
  /** Quantifiers of no use ("niks", "niets", "weinig"). */
  useless: ReadonlySet<string>;
  /** Particles that close a verdict of no use ("aan", "mee", "voor"). */
  useParticles: ReadonlySet<string>;
  /** Verbs of helping ("helpt", "helpen", "hielp"). */
  helpVerbs: ReadonlySet<string>;
  /** Particles of progress that close a negated help ("verder"). */
  helpParticles: ReadonlySet<string>;
  /** Comparatives of praise ("beter", "handiger", "duidelijker"). */
  comparatives: ReadonlySet<string>;
  /** Comparatives of blame ("slechter", "ingewikkelder", "omslachtiger"). */
  worse: ReadonlySet<string>;
  /** Words that refer to what came before ("oude", "vorige", "vroeger"). */
  pastReferents: ReadonlySet<string>;
  /** Modals of supposing or suggesting ("zou", "kan"). */
  hypotheticals: ReadonlySet<string>;
  /** Modals of obligation ("moet", "moeten"). */
  obligations: ReadonlySet<string>;
  /** Candor markers ("eerlijk gezegd", "franchement"). */
  candor: Phrases;
}

/**
 * Whether the clause takes a stance without an evaluating word (called only for clauses holding a
 * stance word, not questions):
 * - an insisted denial, an emphasizer right before a negator ("Dit kan ik echt niet betalen", "snap
 *   echt niet hoe dit kan", "zijn echt niet praktisch"); "helemaal niet" and "gewoon niet" are left
 *   out, they mostly report a failure ("komt helemaal niet binnen", "doet het gewoon niet");
 * - a dashed expectation, a participle of expecting after a let-down marker ("Ik had er iets meer
 *   van verwacht", "Ik had toch minstens een sms verwacht", "Nooit gedacht dat ..."), with a perfect
 *   auxiliary when the participle is also a present form ("Ik verwacht minstens mijn geld terug"
 *   demands);
 * - a sufficiency verdict, "genoeg" closing a copula clause ("sorry is niet genoeg", "Twee maanden
 *   wachten is genoeg") or, after a perfect auxiliary, before a closing participle ("heb ik al
 *   genoeg gemaakt");
 *   "Er is niet genoeg saldo" names an amount, "zou genoeg moeten zijn" suggests.
 * Returns the token index the shape holds, or -1. `copula` and `leadIn` are role bits of `roles`;
 * `softened` (a negated negative word in the clause: "echt niet slecht") rules out the denial.
 * `roleAt` holds the split roles of the clause's tokens: a word without the `stance` bit (none of
 * the emphasizers, expectations, sufficiency, useless and help words) skips those five lookups.
 */
export function stanceAt(
  tokens: readonly Token[], cl: Clause, words: StanceWords & VerdictWords, roles: ReadonlyMap<string, number>, roleAt: Int32Array, stance: number,
  copula: number, leadIn: number, softened: boolean,
): number {
  let marker = false;
  let auxiliary = false;
  for (let i = cl.from; i < cl.to; i++) {
    const t = tokens[i]!;
    if (t.kind !== 'word') continue;
    const w = t.norm;
    if ((roleAt[i]! & stance) === 0) {
      // (the two lists outside the stance bit still count: they only mark what a later word needs)
      if (words.perfectAuxiliaries.has(w)) auxiliary = true;
      if (words.expectationMarkers.has(w)) marker = true;
      continue;
    }
    if (!softened && words.emphasizers.has(w)) {
      const next = tokens[i + 1];
      if (i + 1 < cl.to && next!.kind === 'word' && words.negators.has(next!.norm)) return i;
    }
    if (words.perfectAuxiliaries.has(w)) auxiliary = true;
    if (words.expectationMarkers.has(w)) marker = true;
    else if (words.expectations.has(w) && marker && (auxiliary || isParticiple(w))) return i;
    if (words.sufficiency.has(w) && sufficient(tokens, cl, i, auxiliary, words, roles, copula, leadIn)) return i;
    if ((words.useless.has(w) || words.helpVerbs.has(w)) && useless(tokens, cl, i, words)) return i;
  }
  return -1;
}

/**
 * "ik heb hier niks aan", "daar koop ik niets voor", "de standaardantwoorden helpen mij niet
 * verder": the word at `i`, a quantifier of no use right before the particle that closes the
 * clause, or a verb of helping whose clause closes with a negator and a particle of progress, says
 * a remedy or an answer is of no use. A particle that does not close the clause goes with a verb
 * after it, a report ("Ik heb er niets aan gedaan", "er is niks aan de hand"); a bare negated help
 * reports that a measure failed ("Ventileren helpt niet").
 */
function useless(tokens: readonly Token[], cl: Clause, i: number, words: StanceWords & VerdictWords): boolean {
  const last = lastWord(tokens, cl);
  if (last <= i) return false;
  const particle = tokens[last]!.norm;
  if (words.useless.has(tokens[i]!.norm)) return last === nextWord(tokens, cl, i) && words.useParticles.has(particle);
  if (!words.helpParticles.has(particle)) return false;
  const before = previousWord(tokens, cl, last);
  return before > i && words.negators.has(tokens[before]!.norm);
}

/** The index of the clause's last word token, or -1. */
function lastWord(tokens: readonly Token[], cl: Clause): number {
  for (let i = cl.to - 1; i >= cl.from; i--) if (tokens[i]!.kind === 'word') return i;
  return -1;
}

/** The index of the next word token after `i` in the clause, or -1 when a number or nothing comes first. */
function nextWord(tokens: readonly Token[], cl: Clause, i: number): number {
  for (let j = i + 1; j < cl.to; j++) {
    const k = tokens[j]!.kind;
    if (k === 'word') return j;
    if (k !== 'punct' && k !== 'emoji') return -1;
  }
  return -1;
}

/** The index of the word token before `i` in the clause, or -1. */
function previousWord(tokens: readonly Token[], cl: Clause, i: number): number {
  for (let j = i - 1; j >= cl.from; j--) if (tokens[j]!.kind === 'word') return j;
  return -1;
}

/**
 * Whether the clause says what came before was better, or that a change made it worse: a
 * comparative of praise after a word that refers to the past ("die oude was beter", "Vroeger was
 * het een stuk handiger") or a comparative of blame ("De nieuwe factuur is veel ingewikkelder").
 * Called only for clauses that are not questions and hold a comparative. A past referent after the
 * comparative is what the present beats ("Het is nu beter dan vroeger"); a hypothetical modal
 * suggests ("een week zou handiger zijn", "wat kan beter"); a number reports an amount ("€5 slechter").
 */
export function comparesBack(tokens: readonly Token[], cl: Clause, words: StanceWords): boolean {
  let past = false;
  let compared = false;
  for (let i = cl.from; i < cl.to; i++) {
    const t = tokens[i]!;
    if (isFigure(t)) return false;
    if (t.kind !== 'word') continue;
    const w = t.norm;
    if (words.hypotheticals.has(w)) return false;
    if (words.pastReferents.has(w)) past = true;
    else if (words.worse.has(w) || (past && words.comparatives.has(w))) compared = true;
  }
  return compared;
}

/**
 * Whether a question protests rather than asks: a reason word right before a modal of obligation
 * ("Waarom moet ik drie keer inloggen?", "waarom moeten wij daarvoor naar een winkel?") protests an
 * imposition. "Waarom is de winkel dicht?" and "Wat moet ik doen?" ask; a figure in the clause is
 * what it asks about, a fact ("Waarom moet ik 45 euro betalen?", "... doorgeven in 2026?").
 * `reason` is the reason-word role bit of `roles`.
 */
export function protestingQuestion(tokens: readonly Token[], cl: Clause, words: StanceWords, roles: ReadonlyMap<string, number>, reason: number): boolean {
  let found = false;
  for (let i = cl.from; i < cl.to; i++) {
    const t = tokens[i]!;
    if (isFigure(t)) return false;
    const next = tokens[i + 1];
    if (found || t.kind !== 'word' || i + 1 === cl.to || next!.kind !== 'word') continue;
    if (((roles.get(t.norm) ?? 0) & reason) !== 0 && words.obligations.has(next!.norm)) found = true;
  }
  return found;
}

/**
 * "sorry is niet genoeg", "heb ik al genoeg gemaakt": the sufficiency word at `g` closes a verdict
 * (see {@link stanceAt}); `auxiliary` tells that a perfect auxiliary came before it.
 */
function sufficient(tokens: readonly Token[], cl: Clause, g: number, auxiliary: boolean, words: VerdictWords, roles: ReadonlyMap<string, number>, copula: number, leadIn: number): boolean {
  let next = g + 1;
  while (next < cl.to && tokens[next]!.kind !== 'word') next++;
  let after = next;
  while (after + 1 < cl.to && tokens[after + 1]!.kind !== 'word') after++;
  // "heb ik al genoeg gemaakt": after a perfect auxiliary, one participle closes the clause
  if (next < cl.to) return auxiliary && after + 1 >= cl.to && isParticiple(tokens[next]!.norm);
  // "is (nu) (niet) genoeg": back over negators and lead-ins to a copula
  for (let i = g - 1; i >= cl.from; i--) {
    const t = tokens[i]!;
    if (t.kind !== 'word') return false;
    const role = roles.get(t.norm) ?? 0;
    if ((role & copula) !== 0) return true;
    if ((role & leadIn) === 0 && !words.negators.has(t.norm) && !words.verdictParticles.has(t.norm)) return false;
  }
  return false;
}

/**
 * Whether the clause asserts a denial with an asserting particle right before a negator ("Dat klopt
 * toch niet?", "Da's toch niet mogelijk?"): asked, it seeks agreement, not an answer.
 */
export function assertsDenial(tokens: readonly Token[], cl: Clause, words: StanceWords & VerdictWords): boolean {
  for (let i = cl.from; i + 1 < cl.to; i++) {
    const t = tokens[i]!;
    const next = tokens[i + 1]!;
    if (t.kind === 'word' && next.kind === 'word' && words.asserting.has(t.norm) && words.negators.has(next.norm)) return true;
  }
  return false;
}

/**
 * Whether the clause holds a candor marker ("eerlijk gezegd", "franchement") and no praise outside
 * it: `firstPositive` and `lastPositive` are where the clause's first and last positive tone words
 * start (-1: none). Candor announces an opinion, and its own rating ("eerlijk" reads as praise) must
 * not make one look like praise; a praise word beside it does ("Eerlijk gezegd had ik nooit gedacht
 * dat het zo goed zou zijn").
 */
export function speaksFrankly(tokens: readonly Token[], cl: Clause, words: StanceWords, firstPositive: number, lastPositive: number): boolean {
  for (let i = cl.from; i < cl.to; i++) {
    if (tokens[i]!.kind !== 'word') continue;
    const end = phraseEnd(tokens, i, cl.to, words.candor);
    if (end === -1) continue;
    const from = tokens[i]!.start;
    const to = tokens[end - 1]!.end;
    return firstPositive === -1 || (firstPositive >= from && lastPositive < to);
  }
  return false;
}

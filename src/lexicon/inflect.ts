/**
 * Dutch adjective inflection for the lexicons: an attributive adjective takes -e ("een slechte
 * service", "de kapotte lamp", "een vieze lucht"), so a lexicon written in the base form would miss
 * it. Compiling adds the inflected form next to each single word; a form that is not a word never
 * matches, so an over-eager rule costs nothing but a map entry.
 */

const VOWELS = 'aeiou';

function isVowel(c: string | undefined): boolean {
  return c !== undefined && VOWELS.includes(c);
}

/** Unstressed endings that never double their consonant ("simpel" -> "simpele", "open" -> "open"). */
const UNSTRESSED = ['el', 'en', 'er', 'em', 'ig', 'ik', 'lijk', 'isch'];

/**
 * The -e form of a Dutch adjective, or undefined when it has none worth adding (already ends in
 * -e, too short, or holds more than letters). Spelling rules: a long vowel written double loses one
 * letter in the open syllable ("traag" -> "trage"), a single short vowel doubles the consonant
 * after it ("kapot" -> "kapotte"), and s / f after a long vowel voice to z / v ("boos" -> "boze",
 * "lief" -> "lieve").
 */
export function inflectDutch(word: string): string | undefined {
  const n = word.length;
  if (n < 3 || word.endsWith('e') || !/^[a-zëïéèöü]+$/.test(word)) return undefined;
  // (not after a vowel: "onprofessioneel" and "gemeen" end in a long vowel, not in -el / -en)
  if (UNSTRESSED.some((e) => word.endsWith(e) && !isVowel(word[n - e.length - 1])) || word.endsWith('end')) return word + 'e';
  const last = word[n - 1]!;
  const v1 = word[n - 2];
  const v2 = word[n - 3];
  if (isVowel(last) || last === 'w' || last === 'j' || last === 'x') return word + 'e';
  const voiced = last === 's' ? 'z' : last === 'f' ? 'v' : last;
  // "ij" is one long vowel: "wijs" -> "wijze", "stijf" -> "stijve"
  if (v1 === 'j' && v2 === 'i') return word.slice(0, n - 1) + voiced + 'e';
  if (!isVowel(v1)) return word + 'e'; // a consonant cluster: "onbeleefd" -> "onbeleefde"
  // a double vowel ("aa", "ee", "oo", "uu") before the consonant loses one letter
  if (v1 === v2 && v1 !== 'i') return word.slice(0, n - 2) + voiced + 'e';
  // a diphthong or long vowel written with two letters ("ie", "oe", "eu", "ui", "ei", "ou", "au")
  if (isVowel(v2)) return word.slice(0, n - 1) + voiced + 'e';
  // a single short vowel: the consonant doubles
  return word + last + 'e';
}

/** Words shorter than this keep their -d: short words collide with other words ("wad", "bad"). */
const DT_MIN_LENGTH = 6;

/**
 * The -t spelling of a word ending in -d, or undefined. Writing a past participle or adjective in
 * -d with -t ("teleurgestelt", "opgezegt", "beschadigt") is the most common Dutch spelling slip, and
 * where the -t form is a word too it is the same verb's present tense ("betaalt", "vertraagt"),
 * which means much the same in a cue.
 */
export function dtVariant(word: string): string | undefined {
  const n = word.length;
  if (n < DT_MIN_LENGTH || word[n - 1] !== 'd' || word[n - 2] === 'd' || !/^[a-zëïéèöü]+$/.test(word)) return undefined;
  return word.slice(0, n - 1) + 't';
}

/**
 * A cue pattern with the inflected form and the -t slip of a -d word ({@link dtVariant}) added to
 * each plain word alternative ("slecht|matig service" -> "slecht|slechte|matig|matige service").
 */
export function inflectPattern(pattern: string): string {
  return pattern
    .split(' ')
    .map((el) => {
      if (el === '#' || el === '~' || el === '~~') return el;
      const alts = el.split('|');
      const out = [...alts];
      for (const a of alts) {
        if (a.endsWith('*')) continue;
        const f = inflectDutch(a);
        if (f !== undefined && !out.includes(f)) out.push(f);
        const t = dtVariant(a);
        if (t !== undefined && !out.includes(t)) out.push(t);
      }
      return out.join('|');
    })
    .join(' ');
}

/** Prefixes that make a Dutch verb take no ge- in its participle ("terugbetaald", "uitverkocht"). */
const UNSTRESSED_PREFIXES = ['be', 'ver', 'ont', 'her'];
/** Stems shorter than this are left alone: "uiten" is not "uit" + "en". */
const MIN_VERB = 4;
/** Consonants after which the weak past takes -te ('t kofschip), before a stem's f/s is re-voiced. */
const VOICELESS = 't k f s c h p x';

/**
 * Candidate present stems of a Dutch infinitive ("zeggen" -> "zeg", "betalen" -> "betaal" and
 * "betal", "leven" -> "leef", "lezen" -> "lees"). Open-syllable vowels are ambiguous ("betalen" has
 * a long a, "komen" keeps a short o in "kom"), so both spellings are given; the wrong one is not a
 * word and never matches.
 */
export function dutchStems(infinitive: string): string[] {
  if (!infinitive.endsWith('en') || infinitive.length < MIN_VERB + 1) return [];
  let s = infinitive.slice(0, -2);
  const n = s.length;
  const last = s[n - 1]!;
  // a doubled consonant closes a short vowel: "zegg" -> "zeg"
  if (n >= 2 && last === s[n - 2] && !isVowel(last)) return [s.slice(0, -1)];
  if (isVowel(last)) return [];
  s = s.slice(0, -1) + (last === 'v' ? 'f' : last === 'z' ? 's' : last);
  const v = s[n - 2];
  // a single vowel letter after a consonant was long in the open syllable: write it double
  if (v !== undefined && v !== 'i' && isVowel(v) && !isVowel(s[n - 3])) return [s.slice(0, -1) + v + s.slice(-1), s];
  return [s];
}

/** The finite forms of a Dutch verb from one stem: "zeg", "zegt", "zeggen", "zegde"/"zegden" ("stapte"). */
function finiteForms(stem: string, infinitive: string, out: string[]): void {
  const add = (f: string): void => {
    if (!out.includes(f)) out.push(f);
  };
  add(stem);
  if (!stem.endsWith('t')) add(stem + 't');
  add(infinitive);
  const c = infinitive[infinitive.length - 3]!;
  const past = stem + (VOICELESS.includes(c) ? 'te' : 'de');
  add(past);
  add(past + 'n');
}

/** Consonant clusters a Dutch syllable may begin with. */
const ONSETS = ['bl', 'br', 'ch', 'dr', 'dw', 'fl', 'fr', 'gl', 'gr', 'kl', 'kn', 'kr', 'kw', 'pl', 'pr', 'sch', 'sj', 'sl', 'sm', 'sn', 'sp', 'st', 'sw', 'tr', 'tw', 'wr', 'zw'];

/** Whether `rest` can begin a word: a vowel, one consonant and a vowel, or a cluster ("meer-malen" is not "mee" + "rmalen"). */
function onset(rest: string): boolean {
  return isVowel(rest[0]) || isVowel(rest[1]) || rest[1] === 'j' || ONSETS.some((o) => rest.startsWith(o));
}

/** The forms a separable verb is written in: joined, and split around the rest of the clause. */
export interface SeparableForms {
  /** Forms written as one word, to add beside the lexicon's ("opzeg", "opzegt", "opgezegd"). */
  joined: string[];
  /** The finite verb of the split form ("zeg", "zegt", "zeggen", "zegde"), before... */
  verbs: string[];
  /** ...the particle that ends the clause ("op"). */
  particle: string;
}

/**
 * The other forms of a Dutch separable verb given in one form: an infinitive ("opzeggen": "ik zeg
 * mijn abonnement op", "als ik opzeg", "opgezegd") or a participle ("uitgevallen": "het internet
 * valt weer uit"). `particles` are the separable particles (op, terug, uit, over, ...); `strongPasts`
 * gives the past of strong verbs ("vallen" -> "viel"), which no rule derives. Undefined when `word`
 * is neither. An over-eager form is not a word and never matches.
 */
export function separableForms(
  word: string,
  particles: readonly string[],
  strongPasts: Readonly<Record<string, readonly string[]>> = {},
): SeparableForms | undefined {
  if (!/^[a-z]+$/.test(word)) return undefined;
  let particle: string | undefined;
  for (const p of particles) if (word.startsWith(p) && (particle === undefined || p.length > particle.length)) particle = p;
  if (particle === undefined) return undefined;
  const rest = word.slice(particle.length);
  if (rest.length < MIN_VERB || !onset(rest)) return undefined;
  // (not "bellen": a doubled consonant after "be" is the stem's own)
  const prefixed = UNSTRESSED_PREFIXES.some((p) => rest.startsWith(p) && rest.length > p.length + 2 && rest[p.length] !== rest[p.length + 1]);
  const joined: string[] = [];
  const verbs: string[] = [];
  if (rest.endsWith('en') && !rest.startsWith('ge')) {
    // an infinitive: its finite forms, joined (subordinate clause) and split (main clause), and the participle
    for (const stem of dutchStems(rest)) {
      finiteForms(stem, rest, verbs);
      joined.push(particle + stem, particle + stem + (stem.endsWith('t') ? '' : 't'));
      // the weak participle: "op-ge-zegd", "over-ge-stapt"; an unstressed prefix takes no ge- ("terug-betaald")
      const c = rest[rest.length - 3]!;
      joined.push(particle + (prefixed ? '' : 'ge') + stem + (stem.endsWith('t') || stem.endsWith('d') ? '' : VOICELESS.includes(c) ? 't' : 'd'));
    }
    if (!prefixed) joined.push(particle + 'ge' + rest);
  } else if (rest.startsWith('ge') && rest.length >= MIN_VERB + 2 && (rest.endsWith('en') || rest.endsWith('d') || rest.endsWith('t'))) {
    // a participle: "uit-ge-vallen" (strong: the infinitive follows ge-), "op-ge-zegd" (weak: the stem and -d/-t)
    const core = rest.slice(2);
    const stems = core.endsWith('en') ? dutchStems(core) : [core.slice(0, -1), core];
    for (const stem of stems) {
      const inf = core.endsWith('en') ? core : inflectDutch(stem);
      if (inf === undefined) continue;
      finiteForms(stem, core.endsWith('en') ? core : inf + 'n', verbs);
      // joined in a subordinate clause: "als het weer uitvalt"
      joined.push(particle + stem, particle + stem + (stem.endsWith('t') ? '' : 't'));
    }
  } else return undefined;
  // the strong past, from the table: "uit-ge-vallen" -> "viel ... uit"
  const inf = rest.startsWith('ge') ? rest.slice(2) : rest;
  for (const f of Object.hasOwn(strongPasts, inf) ? strongPasts[inf]! : []) if (!verbs.includes(f)) verbs.push(f);
  const uniq = [...new Set(joined)].filter((f) => f !== word);
  return verbs.length === 0 ? undefined : { joined: uniq, verbs, particle };
}

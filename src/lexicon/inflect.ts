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
      if (el === '#' || el === '~') return el;
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

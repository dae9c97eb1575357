import { describe, expect, it } from 'vitest';
import nl from '../lexicons/nl/normalize.json';
import en from '../lexicons/en/normalize.json';
import { normalize, type NormalizeMarkers } from '../src/text/normalize.js';

const markers: NormalizeMarkers = {
  quoteHeaders: [...nl.quoteHeaders, ...en.quoteHeaders],
  separators: [...nl.separators, ...en.separators],
  fieldBlocks: [...nl.fieldBlocks, ...en.fieldBlocks],
  signoffs: [...nl.signoffs, ...en.signoffs],
  devices: [...nl.devices, ...en.devices],
  agentLabels: [...nl.agentLabels, ...en.agentLabels],
  customerLabels: [...nl.customerLabels, ...en.customerLabels],
};

function kept(text: string): string {
  return normalize(text, markers).segments.map((s) => text.slice(s.start, s.end)).join('|');
}

describe('normalize', () => {
  it.each([
    ['Mijn internet werkt niet.\n\nOp 12 nov. 2026 om 10:14 schreef Klantenservice <service@x.nl>:\n> Wij kijken ernaar.', 'Mijn internet werkt niet.\n'],
    ['Still broken.\n\nOn Tue, Nov 10, 2026 at 9:12 AM Support <support@x.com> wrote:\n> We are on it', 'Still broken.\n'],
    ['Still broken.\nOn Tue, Nov 10, 2026 at 9:12 AM Support <\nsupport@x.com> wrote:\n> We are on it', 'Still broken.'],
    ['Nog steeds niks.\n\nMet vriendelijke groet,\nAnna de Vries\n06-12345678', 'Nog steeds niks.\n'],
    ['Where is my refund?\nKind regards,\nTom', 'Where is my refund?'],
    ['Waar blijft mijn pakket?\n\nVerstuurd vanaf mijn iPhone', 'Waar blijft mijn pakket?\n'],
    ['Te laat.\n-----Oorspronkelijk bericht-----\nVan: x\nVerzonden: y', 'Te laat.'],
    ['Late again.\nFrom: Support\nSent: Monday\nSubject: re', 'Late again.'],
    ['> quoted line\nmy own words', 'my own words'],
    // an inline citation: the customer cites a line and answers below it
    ['Beste,\n\nOp 2 juni schreef uw medewerker:\n> U krijgt binnen 5 dagen een nieuwe pas.\n\nHet is nu 20 juni en er is niks gekomen.', 'Beste,\n|\nHet is nu 20 juni en er is niks gekomen.'],
    ['Hi,\nOn Mon, 3 May 2027 Support <s@x.com> wrote:\n> Your refund is on its way.\nIt never arrived.', 'Hi,|It never arrived.'],
    // counterexample: a reply quoted to its end is cut as before
    ['Nog steeds kapot.\nOp 2 juni schreef Support <s@x.nl>:\n> Wij kijken ernaar.\n>\n> Groet, Support', 'Nog steeds kapot.'],
    ['Klant: Het werkt niet.\nMedewerker: Ik begrijp uw frustratie.', 'Klant: Het werkt niet.'],
    ['Caller: Still broken.\nAgent: Sorry to hear that.\nAnd that is all.\nCaller: It is not fixed.', 'Caller: Still broken.|Caller: It is not fixed.'],
    ['Agent: how can I help?\nCustomer: my card is blocked', 'Customer: my card is blocked'],
    ['Agentschap: kan niet sluiten', 'Agentschap: kan niet sluiten'],
    ['Staff: rude.\nFood: cold.', 'Staff: rude.\nFood: cold.'],
  ])('%j', (text, expected) => {
    expect(kept(text)).toBe(expected);
  });

  it('leaves out HTML tags and script content, keeping offsets', () => {
    const text = '<p>Het werkt <b>niet</b>!</p><script>alert(1)</script><blockquote>oud</blockquote>';
    const n = normalize(text, markers);
    expect(n.html).toBe(true);
    expect(n.segments.map((s) => text.slice(s.start, s.end)).join('')).toBe('Het werkt niet!');
  });

  it('keeps a long sign-off-like line followed by real content', () => {
    const text = 'Groeten uit Gent.\nMaar serieus: ' + 'x'.repeat(100) + '\nnog een regel\n' + 'y'.repeat(100);
    expect(kept(text).includes('serieus')).toBe(true);
  });

  it('does not treat a lone < as a tag', () => {
    expect(kept('prijs < 20 euro en > 10')).toBe('prijs < 20 euro en > 10');
  });
});

describe('normalize keeps a message that is nothing but a sign-off or a quote', () => {
  it.each(['groetjes', 'Kind regards,', '> alleen een citaat'])('%j', (text) => {
    expect(kept(text)).toBe(text);
  });

  // lines opening with a character no marker opens with skip the marker tests: the cases where a
  // marker line or its continuation opens with a character that looks plain, or in capitals
  const empty: NormalizeMarkers = { quoteHeaders: [], separators: [], fieldBlocks: [], signoffs: [], devices: [], agentLabels: [], customerLabels: [] };
  it.each<[string, Partial<NormalizeMarkers>, string, string]>([
    ['wrapped header, its second line opens with x', {}, 'Still broken.\nOn Tue, Nov 10, 2026 at 9:12 AM Support <\nx@y.com> wrote:\n> We are on it', 'Still broken.'],
    ['field block in capitals', {}, 'Late again.\nFROM: Support\nSENT: Monday', 'Late again.'],
    ['sign-off after indentation', {}, 'Nog steeds niks.\n   \tGroetjes,\nAnna', 'Nog steeds niks.'],
    ['an empty marker matches every line', { quoteHeaders: [{ startsWith: '', contains: ' wrote' }] }, 'Broken.\n\nSupport wrote:\n> x', 'Broken.\n'],
    ['a field block read on the next line', { fieldBlocks: [['q:', 'z:']] }, 'Mine.\nQ: a\nZ: b', 'Mine.'],
    ['only its own markers', { signoffs: ['zzz'] }, 'Mine.\nGroetjes\nZzz\nName', 'Mine.\nGroetjes'],
    ['a non-ASCII first character', { signoffs: ['élan'] }, 'Mine.\nÉlan\nName', 'Mine.'],
  ])('markers by first character: %s', (_, custom, text, expected) => {
    const m = Object.keys(custom).length === 0 ? markers : { ...empty, ...custom };
    expect(normalize(text, m).segments.map((s) => text.slice(s.start, s.end)).join('|')).toBe(expected);
    // and again after another markers object, which the first-character table is kept for
    normalize(text, m === markers ? empty : markers);
    expect(normalize(text, m).segments.map((s) => text.slice(s.start, s.end)).join('|')).toBe(expected);
  });

  it.each([
    ['\u00a0\u3000\ufeff', '\u00a0\u3000\ufeff'],
    ['\u200b', '\u200b'],
    ['groetjes', 'groetjes'],
  ])('a message of nothing but %j stays whole', (text, expected) => {
    expect(kept(text)).toBe(expected);
  });
});

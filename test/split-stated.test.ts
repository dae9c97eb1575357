import { describe, expect, it } from 'vitest';
import { splitFacts } from '../src/index.js';
import { splitExpectations, texts } from './helpers/split.js';

const { expectFrustration, expectFact } = splitExpectations('en');

describe('splitFacts (en): a harm to the writer stated as its cost is frustration', () => {
  it.each<[string, string, string]>([
    ['The engineer never showed up. This has ruined my whole Saturday.', 'This has ruined my whole Saturday', 'The engineer never showed up'],
    ['My card was blocked at the till. It cost me a morning of my leave.', 'It cost me a morning of my leave', 'My card was blocked at the till'],
    // a valued thing of the writer's, whatever the subject
    ['The flight was moved by a day. The change wrecked our whole weekend away.', 'The change wrecked our whole weekend away', 'The flight was moved by a day'],
    ['Nobody turned up between 8 and 6. You have wasted my entire day.', 'You have wasted my entire day', 'Nobody turned up between 8 and 6'],
  ])('%j', (text, frustration, fact) => {
    expectFrustration(text, frustration, fact);
  });

  it.each<[string, string]>([
    // a physical cause harming a thing reports damage
    ['The washing machine flooded the kitchen and the water ruined my rug.', 'The washing machine flooded the kitchen and the water ruined my rug'],
    // an amount reports what it cost
    ['The missed delivery was annoying for sure, but it cost me £12 in taxis.', 'it cost me £12 in taxis'],
    // the writer is not the object
    ['The storm damaged the fence and the repair cost the landlord a lot.', 'The storm damaged the fence and the repair cost the landlord a lot'],
  ])('stays a fact: %j', (text, fact) => {
    const s = splitFacts(text, 'en');
    expect(texts(s.facts)).toContain(fact);
    expect(texts(s.frustration).some((f) => fact.includes(f))).toBe(false);
  });
});

describe('splitFacts (en): a retort that a remedy is not enough is frustration', () => {
  it.each<[string, string, string]>([
    ['My boiler has been off for nine days. An apology doesn\'t pay the heating bill.', 'An apology doesn\'t pay the heating bill', 'My boiler has been off for nine days'],
    ['The concert tickets never arrived. Your vouchers won\'t bring that night back.', 'Your vouchers won\'t bring that night back', 'The concert tickets never arrived'],
    ['The order was lost twice. Excuses do not fix anything.', 'Excuses do not fix anything', 'The order was lost twice'],
  ])('%j', (text, frustration, fact) => {
    expectFrustration(text, frustration, fact);
  });

  it.each<[string, string]>([
    // a past negation reports what the remedy did
    ['The parcel never arrived and the voucher didn\'t cover the postage.', 'The parcel never arrived and the voucher didn\'t cover the postage'],
    // a remedy without a negation
    ['The parcel never arrived and the voucher will cover the postage.', 'The parcel never arrived and the voucher will cover the postage'],
  ])('stays a fact: %j', (text, fact) => {
    expectFact(text, fact);
  });
});

describe('splitFacts (en): a bare difficulty verdict on the situation and litotes are frustration', () => {
  it.each<[string, string, string]>([
    ['The lift has been broken since June. It is impossible like this.', 'It is impossible like this', 'The lift has been broken'],
    ['The bus stop moved 2 miles away which is really difficult for my neighbours.', 'which is really difficult for my neighbours', 'The bus stop moved 2 miles away'],
    ['The deposit has still not been returned, which is no minor matter.', 'which is no minor matter', 'The deposit has still not been returned'],
  ])('%j', (text, frustration, fact) => {
    expectFrustration(text, frustration, fact);
  });

  it.each<[string, string]>([
    // a to-infinitive names a task
    ['The new statement is hard to read in the evening.', 'The new statement is hard to read in the evening'],
    ['Your engineer said it is hard to say when the part arrives.', 'Your engineer said it is hard to say when the part arrives'],
    // a noun subject names a property
    ['The mattress in room 12 is hard and the pillows are missing.', 'The mattress in room 12 is hard and the pillows are missing'],
    // "not small" without a noun describes a size
    ['The replacement box is not small and does not fit the cupboard.', 'The replacement box is not small and does not fit the cupboard'],
  ])('stays a fact: %j', (text, fact) => {
    expectFact(text, fact);
  });
});

describe('splitFacts (en): lukewarm verdicts and sarcastic hedges are mild frustration', () => {
  it.each<[string, string, string]>([
    ['The delivery came at noon as promised. The burger was ok I suppose.', 'The burger was ok I suppose', 'The delivery came at noon as promised'],
    ['Please send the missing charger, and maybe check the box for once.', 'maybe check the box for once', 'Please send the missing charger'],
  ])('%j', (text, frustration, fact) => {
    expectFrustration(text, frustration, fact);
  });

  it('a mild verdict does not count toward the level', () => {
    const s = splitFacts('The delivery came at noon as promised. The burger was ok I suppose.', 'en');
    expect(s.frustration.length).toBe(1);
  });

  it.each<[string, string]>([
    // "I guess" that opens what it hedges
    ['The delivery came at noon but I guess the burger was cold from the bag.', 'I guess the burger was cold from the bag'],
    // a hedge looking ahead, no let-down marker
    ['The parcel is late, maybe the courier will bring it tomorrow.', 'maybe the courier will bring it tomorrow'],
  ])('stays a fact: %j', (text, fact) => {
    const s = splitFacts(text, 'en');
    expect(texts(s.facts).some((f) => f.includes(fact))).toBe(true);
    expect(texts(s.frustration).some((f) => fact.includes(f) || f.includes(fact))).toBe(false);
  });
});

describe('splitFacts (en): a sweeping subject over the addressee is frustration', () => {
  it.each<[string, string, string]>([
    ['I have rung four times about the meter and none of you reads the notes.', 'none of you reads the notes', 'I have rung four times about the meter'],
    ['The refund is still missing. Each of you gives me a different date.', 'Each of you gives me a different date', 'The refund is still missing'],
  ])('%j', (text, frustration, fact) => {
    expectFrustration(text, frustration, fact);
  });

  it.each<[string, string]>([
    // as an object it is not a subject
    ['The parcel is missing and I have emailed each of you about it.', 'The parcel is missing and I have emailed each of you about it'],
  ])('stays a fact: %j', (text, fact) => {
    expectFact(text, fact);
  });
});

describe('splitFacts (en): a clause that a short sarcastic word opens with "another" goes with it', () => {
  it.each<[string, string]>([
    ['The courier skipped my street again. Brilliant, another wasted day off work.', 'Brilliant, another wasted day off work'],
    ['The courier skipped my street again. Brilliant, more hold music.', 'Brilliant, more hold music'],
  ])('%j', (text, frustration) => {
    expectFrustration(text, frustration);
  });

  it('thanks before "another" is not sarcasm', () => {
    const s = splitFacts('Thanks, another question: when does the engineer come?', 'en');
    expect(texts(s.frustration).some((f) => f.includes('another'))).toBe(false);
  });
});

describe('splitFacts (en): an underwhelmed verdict is mild frustration', () => {
  it.each<[string, string, string]>([
    ['The room over the bar was noisy until 2am. Breakfast could have been better.', 'Breakfast could have been better', 'The room over the bar was noisy until 2am'],
    ['Delivery took nine days, I\'ve had better.', 'I\'ve had better', 'Delivery took nine days'],
  ])('%j', (text, frustration, fact) => {
    expectFrustration(text, frustration, fact);
  });

  it.each<[string, string]>([
    // "better" as what the writer asks for
    ['The meter reading could be better explained on page two of the bill.', 'The meter reading could be better explained on page two of the bill'],
  ])('stays a fact: %j', (text, fact) => {
    expectFact(text, fact);
  });
});

describe('splitFacts (en): a short incredulous question is frustration', () => {
  it.each<[string, string, string]>([
    ['The engineer cancelled for Monday. Again?', 'Again?', 'The engineer cancelled for Monday'],
    ['Tracking says the box was handed to me at 9am and it is not here. Where is it??', 'Where is it??', 'Tracking says the box was handed to me at 9am and it is not here'],
  ])('%j', (text, frustration, fact) => {
    expectFrustration(text, frustration, fact);
  });

  it.each<[string, string]>([
    // a single mark on a question of several words may still ask
    ['My parcel shows as delivered but nobody has it. Where is it?', 'Where is it?'],
    // a question word with a number asks about it
    ['The invoice lists a fee I do not recognise. Why 45??', 'Why 45??'],
  ])('asks: %j', (text, question) => {
    const s = splitFacts(text, 'en');
    expect(texts(s.frustration)).not.toContain(question);
  });
});

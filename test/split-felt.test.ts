import { describe, expect, it } from 'vitest';
import { splitFacts } from '../src/index.js';
import { splitExpectations, texts } from './helpers/split.js';

const { expectFrustration, expectFact } = splitExpectations('en');

describe('splitFacts: a counterfactual verdict on how it went is frustration', () => {
  it.each<[string, string, string]>([
    ['The boiler was replaced in March. It should never have come to this.', 'It should never have come to this', 'The boiler was replaced in March'],
    ['My account was frozen for a week. I shouldn\'t have to ring round to get it unlocked.', 'I shouldn\'t have to ring round to get it unlocked', 'My account was frozen for a week'],
    ['The engineer left without fixing the leak. We should not have been left like that.', 'We should not have been left like that', 'The engineer left without fixing the leak'],
  ])('%j', (text, frustration, fact) => {
    expectFrustration(text, frustration, fact);
  });

  it.each<[string, string]>([
    // a suggestion
    ['You should add a search bar to the help pages.', 'You should add a search bar to the help pages'],
    // an expectation stated as a fact
    ['The replacement card should have my new address on it.', 'The replacement card should have my new address on it'],
    // a date makes it a report of what was due
    ['The refund should not have been taken on 3 May.', 'The refund should not have been taken on 3 May'],
  ])('stays a fact: %j', (text, fact) => {
    expectFact(text, fact);
  });
});

describe('splitFacts: "even" after a negated auxiliary measures how little the customer got', () => {
  it.each<[string, string, string]>([
    ['The courier left the box in the rain. He didn\'t even knock.', 'He didn\'t even knock', 'The courier left the box in the rain'],
    ['The app logs me out every morning and I can\'t even reset my password.', 'I can\'t even reset my password', 'The app logs me out every morning'],
    ['Nobody from the store has phoned back, they never even replied to the email.', 'they never even replied to the email', 'Nobody from the store has phoned back'],
  ])('%j', (text, frustration, fact) => {
    expectFrustration(text, frustration, fact);
  });

  it.each<[string, string]>([
    // after a copula "even" describes
    ['The signature on the form isn\'t even mine.', 'The signature on the form isn\'t even mine'],
    // "not even" before a noun lists what was missing
    ['The flight was delayed five hours and not even a snack was offered.', 'The flight was delayed five hours and not even a snack was offered'],
    // without a negated auxiliary "even" is a plain adverb
    ['The technician even checked the wiring in the loft.', 'The technician even checked the wiring in the loft'],
  ])('stays a fact: %j', (text, fact) => {
    expectFact(text, fact);
  });
});

describe('splitFacts: indifference after a negated auxiliary is frustration', () => {
  it.each<[string, string, string]>([
    ['Cancel my membership from today, I don\'t care about the exit fee.', 'I don\'t care about the exit fee', 'Cancel my membership from today'],
    ['Three engineers have cancelled on us. The company just doesn\'t care.', 'The company just doesn\'t care', 'Three engineers have cancelled on us'],
  ])('%j', (text, frustration, fact) => {
    expectFrustration(text, frustration, fact);
  });

  it.each<[string, string]>([
    // "care" as a noun after a verb that is not negated
    ['My mother needs care at home after the operation.', 'My mother needs care at home after the operation'],
  ])('stays a fact: %j', (text, fact) => {
    expectFact(text, fact);
  });
});

describe('splitFacts: a felt stretch set off by commas in a clause that states a fact is carved out', () => {
  it.each<[string, string, string]>([
    ['The router drops every evening, I can\'t even finish a call, send an engineer on Friday please.', 'I can\'t even finish a call', 'send an engineer on Friday please'],
  ])('%j', (text, frustration, fact) => {
    expectFrustration(text, frustration, fact);
  });
});

describe('splitFacts: excess graded by a degree word is frustration', () => {
  it.each<[string, string, string]>([
    ['I tried to change my tariff online. Too many forms and too much waiting.', 'Too many forms and too much waiting', 'I tried to change my tariff online'],
    ['The parcel arrived late, so many delays for one small order.', 'so many delays for one small order', 'The parcel arrived late'],
    // a quantity of the customer's own goods, graded
    ['Collections moved to fortnightly, so much rubbish every week.', 'so much rubbish every week', 'Collections moved to fortnightly'],
  ])('%j', (text, frustration, fact) => {
    expectFrustration(text, frustration, fact);
  });

  it.each<[string, string]>([
    // no noun after the quantity: a report of the amount
    ['I was charged too much on the last bill.', 'I was charged too much on the last bill'],
    ['We paid so much for the upgrade and it was removed in June.', 'so much for the upgrade and it was removed in June'],
    // a quantity without a degree word
    ['Many customers on my street lost power overnight.', 'Many customers on my street lost power overnight'],
  ])('stays a fact: %j', (text, fact) => {
    expectFact(text, fact);
  });

  it('thanks is not excess', () => {
    expect(texts(splitFacts('Thanks so much for sorting the refund.', 'en').frustration)).toEqual([]);
  });
});

describe('splitFacts: an ownership claim set off by commas is frustration', () => {
  it.each<[string, string, string]>([
    ['The transfer bounced back twice. It\'s our money, we want it released today please.', 'It\'s our money', 'we want it released today please'],
    ['Please return the deposit, that is my money.', 'that is my money', 'Please return the deposit'],
    ['The bank froze the account for a month. This is my savings.', 'This is my savings', 'The bank froze the account for a month'],
  ])('%j', (text, frustration, fact) => {
    expectFrustration(text, frustration, fact);
  });

  it.each<[string, string]>([
    // a verb follows: a report
    ['My money has still not arrived in the account.', 'My money has still not arrived in the account'],
    // more than a subject before the copula: it names what the issue is
    ['The only problem is my deposit, which was not returned.', 'The only problem is my deposit, which was not returned'],
  ])('stays a fact: %j', (text, fact) => {
    expectFact(text, fact);
  });

  it('a question asks', () => {
    expect(texts(splitFacts('Where is my money?', 'en').frustration)).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { splitFacts } from '../src/index.js';
import { texts } from './helpers/split.js';


describe('splitFacts (en): a preamble that announces an evaluation is neither', () => {
  it.each<[string, string]>([
    ['I just wanted to say the new app menu is really confusing.', 'the new app menu is really confusing'],
    ['Can I just say your hold music is awful.', 'your hold music is awful'],
    ['gotta say this update is useless', 'this update is useless'],
    // a complementizer after the verb goes with the preamble
    ['I must say that the checkout is ridiculous.', 'the checkout is ridiculous'],
    // a neutral rated word ("like") before the verb is not an evaluation
    ["I'd just like to mention the new statement layout is a nightmare.", 'the new statement layout is a nightmare'],
    // an emotion after the preamble
    ["I have to say I'm really disappointed with the engineer.", "I'm really disappointed with the engineer"],
  ])('%j', (text, frustration) => {
    expect(texts(splitFacts(text, 'en').frustration)).toEqual([frustration]);
  });

  it.each<[string, string]>([
    // no lead before the verb: someone else says it
    ['They say the new policy is ridiculous.', 'They say the new policy is ridiculous'],
    // more than a preamble before the verb
    ['The engineer who came out on Monday wanted to say the boiler is useless.', 'The engineer who came out on Monday wanted to say the boiler is useless'],
    // the evaluation comes first: nothing follows the verb
    ['This is ridiculous, I have to say.', 'This is ridiculous, I have to say'],
  ])('is not cut: %j', (text, frustration) => {
    expect(texts(splitFacts(text, 'en').frustration)).toEqual([frustration]);
  });

  it('a preamble to a fact stays in the fact', () => {
    const s = splitFacts('I just wanted to say the parcel arrived on 3 May.', 'en');
    expect(texts(s.facts)).toEqual(['I just wanted to say the parcel arrived on 3 May']);
    expect(s.frustration).toEqual([]);
  });
});

describe('splitFacts (en): a disclaimed complaint is not frustration', () => {
  it.each<string>([
    "I'm not writing to complain, the form is just a bit long.",
    "I'm not calling to moan, the engineer was great.",
  ])('%j', (text) => {
    expect(splitFacts(text, 'en').frustration).toEqual([]);
  });

  it.each<[string, string]>([
    // not negated: the complaint that follows is frustration
    ['Sorry to moan but the app is useless.', 'the app is useless'],
    // a negated evaluation is no disclaimer
    ["I'm not happy and I want to complain.", "I'm not happy"],
  ])('still frustration: %j', (text, frustration) => {
    expect(texts(splitFacts(text, 'en').frustration)).toContain(frustration);
  });
});

describe('splitFacts (en): a question whose only negative word names what it asks about asks', () => {
  it.each<string>(['Any word on the billing issue?', 'Has anyone looked at the login issue?', 'Who is handling the meter problem?'])('%j', (text) => {
    const s = splitFacts(text, 'en');
    expect(s.frustration).toEqual([]);
    expect(texts(s.facts)).toEqual([text]);
  });

  it.each<string>(['Is this a joke?', 'Why is the app so useless?', 'What is wrong with you people?'])('still rhetorical: %j', (text) => {
    expect(texts(splitFacts(text, 'en').frustration)).toEqual([text]);
  });
});

describe('splitFacts (en): a short stretch that a laugh closes is a quip, whole', () => {
  it.each<[string, string]>([
    // over a clause that a conjunction ("so") split off
    ['search is so broken rn lol, half my saved items vanished.', 'search is so broken rn lol'],
    ['Love the app. Please add a night theme, my eyes at 3am 😂', 'my eyes at 3am 😂'],
    // a laugh of its own takes the short clause before it
    ['The parcel came back to me in a day. Quicker than your couriers, lol.', 'Quicker than your couriers, lol'],
  ])('%j', (text, frustration) => {
    expect(texts(splitFacts(text, 'en').frustration)).toContain(frustration);
  });

  it.each<[string, string]>([
    // a long stretch with a laugh tacked on reports: only the laugh is an island
    ['I have been trying to get through to the billing team since Monday morning lol, any news?', 'I have been trying to get through to the billing team since Monday morning'],
    // a request with a laugh asks
    ['please add a night theme lol', 'please add a night theme lol'],
    ['would be nice to have a night theme lol', 'would be nice to have a night theme lol'],
    // a laugh beside thanks is joy
    ['Thanks for sorting the refund so quickly haha', 'Thanks for sorting the refund so quickly haha'],
  ])('stays a fact: %j', (text, fact) => {
    expect(texts(splitFacts(text, 'en').facts)).toContain(fact);
  });
});

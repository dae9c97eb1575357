/**
 * English cue classes behind the level: each table names one class with fresh examples and the
 * counterexamples the class must leave alone. Levels are read from `analyze` (language given).
 */
import { describe, expect, it } from 'vitest';
import { analyze, type Level } from '../src/index.js';

const levelOf = (text: string): Level => analyze({ text, language: 'en' }).level;
type Row = [string, Level[]];
const check = (rows: Row[]) => it.each(rows)('%s', (text, want) => expect(want).toContain(levelOf(text)));

describe('churn said briefly: a switch on a named day, "and I switch", going to another provider', () => {
  check([
    ['Price went up again. Cancelling on Friday.', ['escalation']],
    ['Two outages this week, one more and I switch.', ['escalation']],
    ['If nobody calls me today then I go to another provider.', ['escalation']],
    ["Third missed delivery. I'm switching.", ['escalation']],
    // counterexamples: switching something on, going to another branch for help, a move of house
    ['Switching the router off and on fixed it, thanks!', ['none', 'signal']],
    ['I went to another branch and they sorted it, thanks.', ['none', 'signal']],
    ['Moving to another flat next month, can I take my broadband with me?', ['none']],
  ]);
});

describe('"never ... again" is a threat, "never showed up again" is a fact', () => {
  check([
    ['Never again with this airline.', ['escalation']],
    ["I'm never going back there again after that.", ['escalation']],
    // counterexample: a repeated failure, not a vow to leave
    ['The engineer never turned up again. Sort it out please.', ['complaint']],
  ]);
});

describe('legal steps in short, misspelt, possessive or foreign forms, and more outside bodies', () => {
  check([
    ["My solicitor's letter goes out on Monday.", ['dispute']],
    ['My laywer will be in touch about the deposit.', ['dispute']],
    ['Ya he hablado con mi abogado about the charges.', ['dispute']],
    ['I have raised an indemnity claim with my bank for all three payments.', ['dispute']],
    ['Filing a claim with the ACCC today, this is ridiculous.', ['dispute']],
    ['Taking it to the consumer forum if the EMI is not reversed.', ['dispute']],
    // counterexample: a lawyer as a customer's job title
    ['Hi, could you send the invoice to our office manager instead of me?', ['none', 'signal']],
  ]);
});

describe('escalating inside the company: escalate to, officer titles, the CEO, the board', () => {
  check([
    ['Kindly escalate this to the grievance officer, my issue is still unresolved.', ['escalation']],
    ["I've now written to the CEO's office about the missing refund.", ['escalation']],
    ['Please forward this to the higher authority, nothing has been done.', ['escalation']],
    // counterexample: praise that names a manager is none
    ['Your branch manager Tom was brilliant, thank you so much!', ['none']],
  ]);
});

describe('strong words about the writer\'s own day are not aimed at the company', () => {
  check([
    ['Worst week ever 😩 anyway, do you deliver on Sundays?', ['none']],
    ['So fed up with this weather. What time do you close tonight?', ['none']],
    ['My toddler spilled juice on the tablet, ugh. Do you do repairs?', ['none']],
    // counterexample: the worst service is aimed at the company
    ['Worst service ever, my parcel is lost and nobody replies.', ['complaint', 'escalation']],
  ]);
});

describe('mild opinions in reviews are feedback', () => {
  check([
    ['Lovely hotel. The website looks like it was built in 1999 though.', ['feedback']],
    ['Great coffee, but the new menu board is a bit of a dog\'s breakfast.', ['feedback']],
    ['Love the app but checkout is painfully slow.', ['feedback']],
    ['the self-checkout is sooo slow, just saying', ['feedback']],
    ['Nice rooms, way too many steps to the lift though.', ['feedback']],
    // counterexample: a plain failure with a demand stays a complaint
    ['The app has crashed all week. Fix it or refund me.', ['complaint']],
  ]);
});

describe('chasing with a polite "please check" stays a signal; an admin request is no demand', () => {
  check([
    ['I asked about my card two weeks ago and still nothing. Kindly check and confirm the status.', ['signal']],
    ['Please update the email address on my account to the one below.', ['none']],
    // counterexample: redress asked for after a failure
    ['You charged me twice. Kindly refund the second payment.', ['complaint']],
  ]);
});

describe('mild waiting in reviews: later than hoped, by now, eventually', () => {
  check([
    ['Tasty pizza, just took a little longer than expected.', ['signal']],
    ['Arrived eventually.', ['signal']],
    ['I thought the new lockers would be working by now.', ['signal']],
  ]);
});

describe('a mention of a replacement is not a demand for one', () => {
  check([
    ['Subject: Replacement card. When will it arrive? I ordered it on Monday.', ['none', 'signal']],
    // counterexample: asking for one after a failure
    ['The kettle leaks. I want it replaced.', ['complaint']],
  ]);
});

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

describe('failures phrased as absence: not here, left without a service, no-shows, no better, barely working', () => {
  check([
    ['Tracking says delivered at 2pm but the box is nowhere to be found.', ['complaint']],
    ["Courier marked it delivered. It's not here, I've checked with the porter.", ['complaint']],
    ["We've been without hot water since the weekend.", ['complaint']],
    ['Two engineer visits booked, two no-shows.', ['complaint']],
    ['You reset the line on Monday and the speed is no better.', ['complaint']],
    ['The Wi-Fi barely works after 6pm.', ['complaint']],
    ['Top-up done yesterday, balance still not reflecting in the app.', ['complaint']],
    // counterexamples: a how-to about working offline, a calm note that the writer is away
    ['Can the app be used without internet on a plane?', ['none']],
    ['Just to say the office is closed next week, no need to call.', ['none']],
  ]);
});

describe('rejections and Indian/plain-English redress: claim denied, do the needful, in writing', () => {
  check([
    ['My warranty claim was denied with no reason given.', ['complaint']],
    ['Insurance turned down the claim for the broken screen.', ['complaint']],
    ['Money debited but the machine did not dispense. Kindly do the needful.', ['complaint']],
    ['Our radiator is still leaking six weeks on. I want the repair date in writing.', ['complaint']],
    // counterexample: an approved claim is good news
    ['Great, my claim was approved in two days, thank you!', ['none']],
  ]);
});

describe('escalation in other words: vows never to travel again, senior reviewers, regulators abroad', () => {
  check([
    ['Train cancelled twice this month. Never travelling with you again.', ['escalation']],
    ['Refund refused again, please pass this to a senior case handler.', ['escalation']],
    ['If the charge is not reversed I will complain to the CBN.', ['dispute']],
    ['The bill is still wrong, I am taking it to the TIO.', ['dispute']],
    ['I have sent you a legal notice about the unpaid refund.', ['dispute']],
    // counterexample: a senior officer thanked is no escalation
    ['The senior officer who visited was very kind and fixed it, thanks.', ['none', 'signal', 'feedback']],
  ]);
});

describe('feedback and hedged criticism: a step backwards, slower than before, worth fixing, not to complain', () => {
  check([
    ['The redesign feels like a step backwards.', ['feedback']],
    ['Search is much slower than it used to be.', ['feedback']],
    ["Not writing to complain, but the timetable page is confusing.", ['feedback']],
    ['Small thing: the export drops the header row, might be worth fixing.', ['feedback']],
    ['Lovely staff. Kindly reduce the plastic in the packaging.', ['feedback']],
    // counterexample: an errand with "please" is no suggestion
    ['Please use the back door when you deliver on Friday.', ['none']],
  ]);
});

describe('tentative reports stay signals: anyone else, just me, keep waiting', () => {
  check([
    ['Is anyone else getting logged out of the app today?', ['signal']],
    ["OK I'll keep waiting then.", ['signal']],
  ]);
});

describe("a manager inside someone else's reported words is their promise, not the writer going higher", () => {
  check([
    ["Cancelled my gym pass in May and you're still charging me. Reception keep saying head office will refund it. I want my money back.", ['complaint']],
    ['The agent told me a supervisor would ring back within the hour. Nobody did. Refund the £30 now.', ['complaint']],
    ['My boiler is still broken. I was told the complaints team would sort it. Fix it this week.', ['complaint']],
    // counterexamples: the writer's own words (first person, or no subject), and a manager as the speaker
    ['Boiler broken for a week. I told your agent I want a manager to call me today.', ['escalation']],
    ['Parcel lost again. They said no refund, so I want a supervisor.', ['escalation']],
    ['Order wrong twice. Told them I want a supervisor now.', ['escalation']],
    ['Your manager promised a callback about my broken washer, it never happened.', ['escalation']],
  ]);
});

describe('a flaw told laughing ("lol", "haha"), asking at most lightly for a fix, is feedback', () => {
  check([
    ['the new search is so broken lol, half my results are wrong. pls fix', ['feedback']],
    ['lol the map keeps freezing on android, pls fix', ['feedback']],
    // counterexamples: redress asked, a recurring failure, insults
    ['lmao my parcel went to Glasgow instead of Leeds. I want my money back', ['complaint']],
    ['lol third time my order is missing again, sort it', ['complaint']],
    ['haha this is the worst app ever, fix it you clowns', ['complaint']],
  ]);
});

describe('suggestions: "maybe/perhaps <verb>", "be considered", and a clear suggestion beside a "still" or "again"', () => {
  check([
    ['The parking meter was broken. Maybe label the machines that take cards?', ['feedback']],
    ["Closing the pool at 6pm on Sundays means families can't swim. Could a later slot be considered?", ['feedback']],
    ['The export crashed and I had to redo it again. Got it done in the end, but please add an autosave option?', ['feedback']],
    // counterexamples: a chase that asks to be told, or asks politely to check, stays a signal
    ['Following up on my ticket again: the sync still fails on large files. It would be good to know if a fix is planned.', ['signal']],
    ['Still no word on my visa letter. It would be nice to hear when it is posted.', ['signal']],
    ['Still no update on my refund, maybe you could check?', ['signal']],
    // a sarcastic "maybe stop" with redress asked stays a complaint
    ['Maybe stop charging me twice and refund me.', ['complaint']],
  ]);
});

describe('star ratings: three stars withholds (a signal), four or more is praise that makes a grievance a review', () => {
  check([
    ['★★★☆☆ The room was fine, breakfast was okay.', ['signal']],
    ['3/5. Pizza arrived, did the job.', ['signal']],
    ['★★★★☆ Lovely hotel, but the lift was broken the whole week.', ['feedback']],
    ['Good course overall, though the projector was broken on day two. 4/5', ['feedback']],
    ['Comfy seats, though the wifi kept dropping out. 4 stars', ['feedback']],
    // counterexamples: full marks with nothing amiss, a date that looks like a score, a low rating with redress
    ['★★★★★ Spotless room and a warm welcome.', ['none']],
    ['4/5 stars. Arrived on time, fits well.', ['none']],
    ['Your engineer came on 3/5 and fixed it quickly, thanks.', ['none']],
    ['★☆☆☆☆ Lift broken all week and nobody cared. I want a partial refund.', ['complaint']],
  ]);
});

describe('"never had a problem" is praise; "just checking on my refund" is a calm follow-up; refuse "waste" is neutral', () => {
  check([
    ['Been with them six years and never had any issues, the app just works.', ['none']],
    ['Never had a problem with deliveries, always on the day they say.', ['none']],
    ['hi, just checking my refund for the broken kettle went through? you said 5 days', ['signal']],
    ['Just checking on my repair, is there a date yet for the engineer?', ['signal']],
    ["Hi, I'd like to book a garden waste collection for Friday, what time do crews come?", ['none']],
    // counterexamples: praise that turns ("until this month"), a checking question with no pending matter, a waste of money
    ['Never had a problem until this month: my bill doubled and nobody answers the phone.', ['complaint']],
    ['Just checking, do you open on bank holidays?', ['none']],
    ['What a waste of money, the heater died in a week.', ['complaint']],
  ]);
});

describe("someone else's order delivered is a failure", () => {
  check([
    ["I received somebody else's parcel today, it has a Leeds address on it. Where is mine?", ['complaint']],
    ["Got someone else's shopping, no sign of mine. Can you sort it?", ['complaint']],
    // counterexample: someone else's address as an errand
    ["Can I send a gift to someone else's address?", ['none']],
  ]);
});

describe('"I want to ask / say" opens a question or a remark, not a demand', () => {
  check([
    ['Hello, I want to ask, the plumber visit on Friday, is it morning or afternoon?', ['none']],
    ['Hi, I wanted to say the new opening hours are very handy, thank you.', ['none']],
    ['I just want to check my parcel number is right: it ends in 4471?', ['none']],
    // counterexamples: a want that asks for redress stays a demand
    ['The heater broke twice this month. I want my money back.', ['complaint']],
    ['I want someone to come out and fix the boiler today, it is still leaking.', ['complaint']],
  ]);
});

describe('a hedged disappointment ("a little disappointed", "sort of hoped") is a signal; a plain one stays feedback', () => {
  check([
    ['The hotel was lovely. I was a little disappointed the pool closed at six, but never mind.', ['signal']],
    ["I'd kind of hoped the new sofa would come with the feet fitted.", ['signal']],
    // counterexamples: an unhedged disappointment is feedback, a hedged word about praise is not one
    ['The hotel was lovely but I was disappointed the pool closed at six.', ['feedback']],
    ['Delivery was a little early, which was great, thanks!', ['none']],
    // an episode told hedged ("the soup was a bit cold") is a signal; the same words about the weather are not aimed at us
    ['Lovely meal, the soup was a bit cold though.', ['signal']],
    ["It's a bit cold out today, are you open till 9?", ['none']],
    ['The weather was a bit cold, but the tour guide was brilliant!', ['none']],
  ]);
});

describe('outside bodies by other names: a consumer authority, a commissioner', () => {
  check([
    ['You kept debiting me after I cancelled. I have reported this to the consumer authority.', ['dispute']],
    ['My father was left without care for two days. I have written to the Health Commissioner.', ['dispute']],
    // counterexample: a consumer survey is no outside body
    ['Happy to fill in the consumer survey you sent, where do I find it?', ['none']],
  ]);
});

describe('non-native and texting forms of escalation and demands', () => {
  check([
    ['Dear management, your call centre does not answer me since three weeks. I ask you to look at my case personally.', ['escalation']],
    ['Sofa is late two times already. If it not come Monday I buy in other store.', ['escalation']],
    ['Posting this in every parents group im in until someone calls me back about the refund.', ['escalation']],
    ['bus never came again, waited 40 min, how im supposed to get to work', ['complaint']],
    // counterexamples: a question about buying elsewhere, a group one belongs to
    ['Can I buy the adapter in another store or only from you?', ['none', 'signal']],
    ['Which price group im in for the student discount?', ['none']],
  ]);
});

describe('understated failures: "too quiet", "delivered but not here", "in a row", "I would like it removed"', () => {
  check([
    ["Not a complaint as such, but the speakers on platform 2 are far too quiet to hear.", ['feedback']],
    ['The app shows my order as delivered but I dont see it anywhere. Could the neighbour have it?', ['signal']],
    ['Third week in a row the bin was not emptied.', ['complaint', 'signal']],
    ['My bill is higher than the estimate again, is that right?', ['signal']],
    ["I paid the invoice already, so I'd like that fee removed.", ['complaint']],
    // counterexamples: "not too" and a content "in a row"
    ['The queue was not too long today, thanks.', ['none']],
    ['Best coffee in town, third year in a row!', ['none']],
  ]);
});

describe("the writer's own household, body and an exoneration are not aimed at the company", () => {
  check([
    ['my housemate finished my cereal AGAIN 😤 anyway is the shop open till 10?', ['none']],
    ["Can I see the physio this week? My ankle's been a total nightmare since Sunday, stupid thing.", ['none']],
    ["5/5 great gym, the early crowd is wild lol (not the gym's fault)", ['none']],
    // counterexample: an exoneration beside a failure still reports it
    ["Not the driver's fault, but my parcel has been missing for two weeks.", ['complaint', 'signal']],
    ['My tooth cracked on a stone in your rice salad, I want a refund.', ['complaint']],
  ]);
});

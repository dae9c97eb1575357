/** The star rating a review gives: runs of stars, "N/5" at the edges or before "stars", "N stars", "N sterren". */
import { describe, expect, it } from 'vitest';
import { analyze } from '../src/index.js';
import { starRating } from '../src/signals/rating.js';
import { tokenize } from '../src/text/tokenize.js';

describe('starRating', () => {
  it.each([
    ['★★★☆☆ Decent enough.', 3],
    ['Great stay ★★★★', 4],
    ['★☆☆☆☆ never again', 1],
    ['4/5 stars, would go again', 4],
    ['Nice staff, slow kitchen. 3/5', 3],
    ['2 stars for the food, 5 for the view', 2],
    ['Rated it 3 stars.', 3],
    ['3 sterren. Prima toestel, wel traag geleverd.', 3],
    ['Helaas maar 1 ster van mij.', 1],
  ])('%s -> %d', (text, want) => expect(starRating(tokenize(text))).toBe(want));

  it.each([
    ['Delivered on 4/5 as agreed, thanks.'],
    ['No rating here at all.'],
    ['Flight 3/5 cancelled'],
    ['Vlucht 3/5 geannuleerd'],
    ['We kregen 3 stickers bij de bestelling.'],
  ])('%s -> none', (text) => expect(starRating(tokenize(text))).toBeUndefined());
});

describe('a rating of three withholds stars: at least a signal, in Dutch as in English', () => {
  it.each([
    ['3 sterren. Bezorging ging prima, product is oké.', 'signal'],
    ['3 sterren voor de kamer.', 'signal'],
    ['3 stars for the room.', 'signal'],
    // counterexample: a full rating with praise is no signal
    ['Zeer tevreden, 5 sterren', 'none'],
  ])('%s -> %s', (text, want) => expect(analyze({ text }).level).toBe(want));
});

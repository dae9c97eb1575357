/** The star rating a review gives: runs of stars, "N/5" at the edges or before "stars", "N stars". */
import { describe, expect, it } from 'vitest';
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
  ])('%s -> %d', (text, want) => expect(starRating(tokenize(text))).toBe(want));

  it.each([
    ['Delivered on 4/5 as agreed, thanks.'],
    ['No rating here at all.'],
    ['Flight 3/5 cancelled'],
  ])('%s -> none', (text) => expect(starRating(tokenize(text))).toBeUndefined());
});

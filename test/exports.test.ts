import { describe, expect, it } from 'vitest';
import * as api from '../src/index.js';

// The public face: users rely on these names (CONTRACT.md). Adding one is a decision; removing or
// renaming one is a breaking change. This list makes either visible in review.
const EXPECTED = [
  'AnalysisSchema', 'AnalyzeOptionsSchema', 'ComplaintSignalError', 'InvalidInputError', 'LEVELS', 'MAX_TEXT_LENGTH',
  'MessageSchema', 'TurnSchema', 'analyze', 'analyzeConversation', 'createAnalyzer', 'decideLevel', 'detectLanguage',
  'clauseFeatures', 'detectTrends', 'findCues', 'normalize', 'scoreHistory', 'scoreTone', 'similarity', 'splitFacts', 'splitSentences',
  'suggestReply', 'tokenize', 'trainClauseModel',
];

describe('the public exports', () => {
  it('are exactly the pinned list', () => {
    expect(Object.keys(api).sort()).toEqual([...EXPECTED].sort());
  });

  it('createAnalyzer gives analyze and analyzeMany, and custom words change the result', () => {
    const plain = api.createAnalyzer();
    const custom = api.createAnalyzer({ lexicons: { nl: { tone: { lists: [{ note: 'test', words: { glasvezelstoring: [-3, 0.4] } }] } } } });
    const text = 'Weer een glasvezelstoring vandaag.';
    expect(custom.analyze({ text, language: 'nl' }).tone.valence).toBeLessThan(plain.analyze({ text, language: 'nl' }).tone.valence);
    expect(custom.analyzeMany([{ text }, { text: 'ok' }])).toHaveLength(2);
  });

  it('custom lexicons are validated and never change the bundled ones', () => {
    expect(() => api.createAnalyzer({ lexicons: { nl: { tone: { lists: [{ note: 'x', words: { Bad: [9, 2] } }] } } } } as never)).toThrow(api.InvalidInputError);
    const before = api.analyze({ text: 'Weer een glasvezelstoring vandaag.', language: 'nl' });
    api.createAnalyzer({ lexicons: { nl: { tone: { lists: [{ note: 'test', words: { glasvezelstoring: [-3, 0.4] } }] } } } }).analyze({ text: 'x' });
    expect(api.analyze({ text: 'Weer een glasvezelstoring vandaag.', language: 'nl' })).toEqual(before);
  });
});

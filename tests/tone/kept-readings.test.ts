import { fileURLToPath } from 'node:url';
import { load } from '../../scripts/train-tone';
import { analyzeTone, forgetAnalyses } from '../../src/tone/analyze';
import { normalize } from '../../src/tone/normalize';
import { readSentences } from '../../src/tone/read-sentences';
import { splitSentences } from '../../src/tone/sentences';

// While a parent types, the coach keeps what it read of every line, sentence and rewrite that did
// not change. What it then says must be exactly what it says reading the same draft afresh.
const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

function fresh(text: string): ReturnType<typeof analyzeTone> {
  forgetAnalyses();
  return analyzeTone(text);
}

describe('the coach while a parent types', () => {
  // Drafts of a dozen labelled messages (quotes, repairs, long letters), as paragraphs, as lines
  // and run together.
  const drafts: string[] = [];
  for (const file of [
    'corpus.jsonl',
    'authors/a2-formal-letters.jsonl',
    'authors/a1-phone-texts.jsonl',
  ]) {
    const messages = load(here(file)).map((m) => m.text);
    for (let i = 0; i + 12 <= messages.length && i < 12 * 6; i += 12) {
      const part = messages.slice(i, i + 12);
      drafts.push(part.join('\n\n'), part.join('\n'), part.join(' '));
    }
  }

  // What a line's reading depends on past its end: a quotation mark looks past the next line
  // break, and a repair reads the word on the next line.
  drafts.push(
    'He was found "not eligible."\n\nNot ONCE this year have you called me back.',
    'Thanks for the note about the "reading group."\nIt was very helpful for us.',
    'I think its\nnot fair that you never told us. Why did you move him?',
  );

  test('says of each keystroke what it says of the same draft read afresh', () => {
    for (const draft of drafts) {
      forgetAnalyses();
      let text = draft;
      analyzeTone(text);
      for (let k = 0; k < 8; k++) {
        // A letter, a word, a line break and a quotation mark typed here and there.
        const at = Math.floor(text.length * ((k * 0.37) % 1));
        text = text.slice(0, at) + ['e', ' im', '\n', '"'][k % 4] + text.slice(at);
        const typing = analyzeTone(text);
        expect(typing).toEqual(fresh(text));
        // Reading it again in the middle of typing keeps nothing wrong either.
        expect(analyzeTone(text)).toEqual(typing);
      }
    }
  });

  test('splits a draft line by line into the sentences it has as a whole', () => {
    for (const draft of drafts) {
      const { text, toOriginal } = normalize(draft);
      const whole = splitSentences(text);
      const { readings, toOriginal: lineByLine } = readSentences(draft);
      expect(readings.map((r) => r.sentence)).toEqual(whole);
      for (const { start, raw } of whole) {
        expect(lineByLine(start)).toBe(toOriginal(start));
        expect(lineByLine(start + raw.length)).toBe(toOriginal(start + raw.length));
      }
    }
  });
});

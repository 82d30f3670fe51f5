import type { Rule } from './rule-kit';
import type { Candidate } from './rule-kit';
import { formRules } from './form-rules';
import { toneContent } from './locale-content';
import { mayNeedRepair, normalize } from './normalize';
import { compileLocale, phraseCandidates, ruleHits, type CompiledLocale } from './phrase-rules';
import { absolute } from './rules/absolute';
import { blame } from './rules/blame';
import { demand } from './rules/demand';
import { interrogatingWhy } from './rules/interrogating-why';
import { loadedJudgement } from './rules/loaded-judgement';
import { mindReading } from './rules/mind-reading';
import { sarcasm } from './rules/sarcasm';
import { shouting } from './rules/shouting';
import { threat } from './rules/threat';
import { splitSentences, type Sentence } from './sentences';
import { findStrengths, strengthsOf, type CompiledStrengths, type StrengthSpan } from './strengths';
import { features } from './model';

// English rules that need more than a phrase pattern (a look at the clause around the match, a
// rewrite built from the words matched). Every other rule is a phrase rule in
// content/<locale>/tone/rules/, which is all another language needs.
const ENGLISH_CODE_RULES: Rule[] = [
  ...threat,
  ...blame,
  ...mindReading,
  ...interrogatingWhy,
  ...sarcasm,
  ...demand,
  ...absolute,
  ...loadedJudgement,
  shouting,
];

/** What the rules and the strength patterns see in one sentence, before the models weigh it. */
export interface SentenceReading {
  sentence: Sentence;
  /** Rule findings, with spans and rewrites; offsets are in the repaired text. */
  candidates: Candidate[];
  /** Ids of the phrase rules whose words are in the sentence: features for the models. */
  ruleIds: string[];
  /**
   * The sentence reads as a formal letter (the word class "formal": a request made in writing, a
   * regulation cited, a deadline the law sets). Firm is not hostile, so the models alone do not
   * flag such a sentence; a rule still can.
   */
  formal: boolean;
  /** The sentence asks to meet or talk (the word class "asks-to-meet"): the calm next step, which the models alone do not flag either. */
  asksToMeet: boolean;
  strengths: StrengthSpan[];
  /** The sentence's features for the trained models (model.ts). */
  features: ReadonlySet<string>;
}

interface Reader {
  rules: CompiledLocale;
  form: Rule[];
  strengths: CompiledStrengths;
}

const compiled = new Map<string, Reader>();

function readerFor(locale: string): Reader {
  const content = toneContent(locale);
  let c = compiled.get(content.locale);
  if (!c) {
    const rules = compileLocale(content);
    // Another language has no code rules; shouting, being about form, works the same in any.
    c = {
      rules,
      form: content.locale === 'en' ? [] : formRules(rules),
      strengths: strengthsOf(content, rules),
    };
    compiled.set(content.locale, c);
  }
  return c;
}

/** The compiled phrase rules that read `locale` (English's when it has none of its own). */
export const compiledFor = (locale: string): CompiledLocale => readerFor(locale).rules;

/** The language whose rules read `locale` (English when it has none of its own). */
export const readingLocale = (locale?: string) => compiledFor(locale ?? 'en').locale;

/** One line of a message as read: repaired, split into sentences (offsets within the line). */
interface LineReading {
  /** The line with apostrophes and capitals repaired (English), or as typed. */
  text: string;
  toOriginal: (offset: number) => number;
  sentences: LineSentence[];
}

/** A sentence of a line, with the reading it had last time, beside the neighbours it had. */
interface LineSentence {
  start: number;
  raw: string;
  text: string;
  last?: { previous: string; next: string; reading: SentenceReading };
}

// A line break always ends a sentence, and what is repaired or masked as quoted never spans one,
// so each line of a message is split once and kept while a parent types on another. Two looks
// reach past a line's end: a repair may read the word after it ("its" before "not"), and a
// quotation mark may look as far as the first mark after the next line (see maskQuotes), so
// those words are part of what the line is kept by.
const LINES_KEPT = 500;
const lines = new Map<string, LineReading>();
const NEXT_WORD = /\s+([A-Za-z]+)/y;
const ENDS_IN_LETTER = /[A-Za-z]$/;

const OPENING_QUOTE = /["“]/;
const NOT_SPACE = /\S/g;

/**
 * What a quotation mark in `line` (which ends at the line break at `end`) may look at past the
 * line: the next line, the space after it and the first mark after that.
 */
function quotedAfter(text: string, end: number, line: string): string {
  if (!OPENING_QUOTE.test(line)) return '';
  const nextEnd = text.indexOf('\n', end + 1);
  if (nextEnd < 0) return text.slice(end);
  NOT_SPACE.lastIndex = nextEnd;
  const mark = NOT_SPACE.exec(text);
  return text.slice(end, mark ? mark.index + 1 : text.length);
}

function readLine(
  locale: string,
  line: string,
  repair: boolean | undefined,
  next: string,
  after: string,
): LineReading {
  // The locale too: a sentence of the line keeps the reading its language's rules gave it.
  const key = [locale, repair === undefined ? '-' : repair ? 'r' : 'n', next, after, line].join(
    '\u0001',
  );
  const found = lines.get(key);
  if (found) {
    lines.delete(key);
    lines.set(key, found);
    return found;
  }
  const { text, toOriginal } =
    repair === undefined
      ? { text: line, toOriginal: (offset: number) => offset }
      : normalize(line, { repair, next });
  const reading: LineReading = {
    text,
    toOriginal,
    // Split with what follows, for the quotation marks to look at; its sentences are not kept.
    sentences: splitSentences(text + after)
      .filter((sentence) => sentence.start < text.length)
      .map(({ start, raw, text }) => ({ start, raw, text })),
  };
  lines.set(key, reading);
  if (lines.size > LINES_KEPT) lines.delete(lines.keys().next().value!);
  return reading;
}

/**
 * Splits a message into sentences and reads each one. English rules read a copy with
 * apostrophes and capitals repaired ("dont" → "don't"); `toOriginal` maps offsets back to what
 * was typed.
 */
export function readSentences(
  text: string,
  locale?: string,
): {
  readings: SentenceReading[];
  toOriginal: (offset: number) => number;
} {
  const { rules, form, strengths } = readerFor(locale ?? 'en');
  const english = rules.locale === 'en';
  const repair = english ? mayNeedRepair(text) : undefined;
  // Each line, where it starts in what was typed (`from`) and in the text read (`at`).
  const parts: { line: LineReading; from: number; at: number }[] = [];
  let repaired = false;
  for (let from = 0, at = 0; ;) {
    const end = text.indexOf('\n', from);
    const line = text.slice(from, end < 0 ? text.length : end);
    let next = '';
    if (repair && end >= 0 && ENDS_IN_LETTER.test(line)) {
      NEXT_WORD.lastIndex = end;
      next = NEXT_WORD.exec(text)?.[1] ?? '';
    }
    const read = readLine(
      rules.locale,
      line,
      repair,
      next,
      end >= 0 ? quotedAfter(text, end, line) : '',
    );
    parts.push({ line: read, from, at });
    if (read.text !== line) repaired = true;
    if (end < 0) break;
    from = end + 1;
    at += read.text.length + 1;
  }
  const sentences: { sentence: Sentence; of: LineSentence }[] = [];
  for (const { line, at } of parts) {
    for (const of of line.sentences) {
      const sentence: Sentence = {
        start: at + of.start,
        raw: of.raw,
        text: of.text,
        previous: sentences.at(-1)?.sentence.text ?? '',
        next: '',
      };
      const before = sentences.at(-1);
      if (before) before.sentence.next = of.text;
      sentences.push({ sentence, of });
    }
  }
  const readings = sentences.map(({ sentence, of }) => {
    const last = of.last;
    if (last && last.previous === sentence.previous && last.next === sentence.next)
      return moved(last.reading, sentence);
    const reading = remembered(rules.locale, sentence, () => {
      const candidates: Candidate[] = [];
      for (const rule of english ? ENGLISH_CODE_RULES : form) rule(sentence, candidates);
      const hits = ruleHits(rules, sentence);
      phraseCandidates(rules, sentence, hits, candidates);
      const ruleIds = hits.map((h) => h.rule.id);
      const formal = rules.has.formal(sentence.text);
      return {
        sentence,
        candidates,
        ruleIds,
        formal,
        asksToMeet: rules.has.asksToMeet(sentence.text),
        strengths: findStrengths(strengths, sentence),
        features: features(sentence.text, ruleIds, formal, rules.locale),
      };
    });
    of.last = { previous: sentence.previous, next: sentence.next, reading };
    return reading;
  });
  const length = parts.at(-1)!.at + parts.at(-1)!.line.text.length;
  const toOriginal = !repaired
    ? (offset: number) => offset
    : (offset: number) => {
        if (!(offset >= 0 && offset <= length)) return text.length;
        // The last line starting at or before `offset`.
        let low = 0;
        let high = parts.length - 1;
        while (low < high) {
          const mid = (low + high + 1) >> 1;
          if (parts[mid]!.at <= offset) low = mid;
          else high = mid - 1;
        }
        const part = parts[low]!;
        return part.from + part.line.toOriginal(offset - part.at);
      };
  return { readings, toOriginal };
}

// While a parent types, every sentence but one is as it was a keystroke ago: its reading (which
// depends only on it and its neighbours) is kept, and moved to where the sentence now starts.
const READINGS_KEPT = 500;
const kept = new Map<string, SentenceReading>();

function remembered(
  locale: string,
  sentence: Sentence,
  read: () => SentenceReading,
): SentenceReading {
  const key = [locale, sentence.previous, sentence.raw, sentence.text, sentence.next].join(
    '\u0001',
  );
  const found = kept.get(key);
  if (found) {
    kept.delete(key);
    kept.set(key, found);
    return moved(found, sentence);
  }
  const reading = read();
  kept.set(key, reading);
  if (kept.size > READINGS_KEPT) kept.delete(kept.keys().next().value!);
  return reading;
}

function moved(reading: SentenceReading, sentence: Sentence): SentenceReading {
  const by = sentence.start - reading.sentence.start;
  const shift = <T extends { start: number; end: number }>(span: T): T => ({
    ...span,
    start: span.start + by,
    end: span.end + by,
  });
  return {
    ...reading,
    sentence,
    candidates: reading.candidates.map((c) => {
      const candidate = shift(c);
      if (c.wide) candidate.wide = shift(c.wide);
      return candidate;
    }),
    strengths: reading.strengths.map(shift),
  };
}

/** Forgets the readings kept between calls (the benchmark times a first reading with it). */
export function forgetReadings(): void {
  kept.clear();
  lines.clear();
}

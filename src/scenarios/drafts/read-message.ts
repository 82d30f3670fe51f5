/**
 * Reads a message the teacher sent, pasted in by the parent, for what a reply must answer:
 * the questions it asks, what it asks the parent to do, and the dates and times it names.
 * Pure and per language (the words it looks for are in content/<locale>/drafts/).
 */
import type { CompositionWords } from './tidy-answer';

export interface MessageReading {
  /** Sentences that ask something ("Could you come in on Thursday?"). */
  questions: string[];
  /** Sentences that ask the parent to do something ("Please sign the planner."). */
  requests: string[];
  /** Days, dates and times named ("Tuesday", "March 3", "3:15"). */
  dates: string[];
}

/** Sentences of a message, without greeting and sign-off lines of a word or two. */
function sentencesOf(text: string): string[] {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n+/)
    .flatMap((line) => line.split(/(?<=[.!?…])\s+(?=[\p{Lu}¿¡"“])/u))
    .map((sentence) => sentence.trim())
    .filter((sentence) => sentence.split(/\s+/).length >= 3);
}

export function readMessage(text: string, words: CompositionWords): MessageReading {
  const sentences = sentencesOf(text);
  const reading = words.messageReading;
  const asksToDo = new RegExp(
    `(?:^|[\\s¿¡,])(?:${reading.requests.join('|')})(?=[\\s,.!?]|$)`,
    'iu',
  );
  const questions = sentences.filter((sentence) => /\?["”’)]*$/u.test(sentence));
  const requests = sentences.filter(
    (sentence) => !questions.includes(sentence) && asksToDo.test(sentence),
  );
  const dates = [
    ...new Set(
      [...text.matchAll(new RegExp(reading.dates, 'giu'))].map((match) => match[0].trim()),
    ),
  ];
  return { questions, requests, dates };
}

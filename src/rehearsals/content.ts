/**
 * Finds rehearsal content under content/<locale>/rehearsals/: each folder holds
 * rehearsal.json (the situation, beats, options, feedback, endings) and one file per teacher
 * persona. The situation files are small and bundled with the rehearsal pages; a persona's
 * lines load when a rehearsal opens. Every glob spans all languages; `filesFor` picks the
 * page's own, falling back to English.
 */
import * as v from 'valibot';
import { pageLocale, type Locale } from '../lib/i18n/locale';
import { filesFor } from '../lib/i18n/localized-files';
import {
  personasSchema,
  rehearsalSchema,
  sharedWordsSchema,
  teacherScriptSchema,
  type Line,
  type PersonasWords,
  type RehearsalWords,
  type SharedWords,
  type TeacherScript,
} from './content-schema';
import { defineRehearsal, type Rehearsal } from './define-rehearsal';
import { PERSONAS, type PersonaId, type RehearsalSpec, type TeacherLine } from './types';

const sharedFiles = import.meta.glob<unknown>(
  ['../../content/*/rehearsals/personas.json', '../../content/*/rehearsals/words.json'],
  { eager: true, import: 'default' },
);
const situationFiles = import.meta.glob<unknown>('../../content/*/rehearsals/*/rehearsal.json', {
  eager: true,
  import: 'default',
});
const teacherFiles = import.meta.glob<unknown>(
  ['../../content/*/rehearsals/*/*.json', '!../../content/*/rehearsals/*/rehearsal.json'],
  { import: 'default' },
);

/** "rehearsals/missed-recess/rehearsal.json" → "missed-recess". */
const folderOf = (path: string) => path.split('/').at(-2) ?? '';

const shared = filesFor(sharedFiles);
export const personas: PersonasWords = v.parse(personasSchema, shared['rehearsals/personas.json']);
export const sharedWords: SharedWords = v.parse(sharedWordsSchema, shared['rehearsals/words.json']);

/** Every situation whose file reads cleanly, by folder name. */
const situations = new Map(
  Object.entries(filesFor(situationFiles)).flatMap(([path, raw]) => {
    const parsed = v.safeParse(rehearsalSchema, raw);
    return parsed.success ? [[folderOf(path), parsed.output] as const] : [];
  }),
);

export interface RehearsalSummary {
  id: string;
  title: string;
  summary: string;
  when: string;
  order: number;
}

export const rehearsalSummaries: RehearsalSummary[] = [...situations]
  .map(([id, { title, summary, when, order }]) => ({ id, title, summary, when, order }))
  .sort((a, b) => a.order - b.order);

export const isRehearsalId = (id: string) => situations.has(id);

/** Every content file, for the integrity test. */
export const rehearsalContentPaths = {
  situations: Object.keys(situationFiles),
  teachers: Object.keys(teacherFiles),
};

export interface RehearsalContent {
  id: string;
  words: RehearsalWords;
  teachers: Record<PersonaId, TeacherScript>;
}

export interface LoadedRehearsal {
  rehearsal: Rehearsal;
  content: RehearsalContent;
}

/** The structure a machine is built from, read from the words a coach wrote. */
export function specOf(id: string, words: RehearsalWords, tuning = personas): RehearsalSpec {
  return {
    id,
    version: words.version,
    goals: words.goals,
    beats: words.beats.map((beat) => ({
      id: beat.id,
      options: beat.options.map((option) => ({ id: option.id, qualities: option.qualities })),
    })),
    personas: {
      receptive: tuning.receptive.tension,
      rushed: tuning.rushed.tension,
      defensive: tuning.defensive.tension,
      dismissive: tuning.dismissive.tension,
    },
  };
}

/** Reads a rehearsal's files; throws with the file and the problem when one doesn't fit. */
export async function loadRehearsalContent(
  id: string,
  locale: Locale = pageLocale(),
): Promise<RehearsalContent> {
  const raw = filesFor(situationFiles, locale)[`rehearsals/${id}/rehearsal.json`];
  if (raw === undefined) throw new Error(`There is no rehearsal ${id}`);
  const words = parseOrExplain(rehearsalSchema, raw, `${id}/rehearsal.json`);
  const teachers = filesFor(teacherFiles, locale);
  const entries = await Promise.all(
    PERSONAS.map(async (persona) => {
      const load = teachers[`rehearsals/${id}/${persona}.json`];
      if (!load) throw new Error(`${id}/${persona}.json is missing`);
      return [persona, parseOrExplain(teacherScriptSchema, await load(), `${id}/${persona}.json`)];
    }),
  );
  return { id, words, teachers: Object.fromEntries(entries) as RehearsalContent['teachers'] };
}

export async function loadRehearsal(
  id: string,
  locale: Locale = pageLocale(),
): Promise<LoadedRehearsal> {
  const content = await loadRehearsalContent(id, locale);
  // The machine knows the page's language: typed replies are read in it.
  return { content, rehearsal: defineRehearsal({ ...specOf(id, content.words), locale }) };
}

function parseOrExplain<T extends v.GenericSchema>(
  schema: T,
  raw: unknown,
  file: string,
): v.InferOutput<T> {
  const parsed = v.safeParse(schema, raw);
  if (parsed.success) return parsed.output;
  const problems = parsed.issues.map(
    (issue) => `${v.getDotPath(issue) ?? '(top)'}: ${issue.message}`,
  );
  throw new Error(`rehearsals/${file} doesn't fit the format:\n${problems.join('\n')}`);
}

/** One person's words within a teacher line. */
export interface Utterance {
  who: string;
  name: string;
  says: string;
}

/** The words of a teacher line as said by this persona, or null if the content lacks it. */
export function lineWords(
  content: RehearsalContent,
  persona: PersonaId,
  line: TeacherLine,
): Utterance[] | null {
  const script = content.teachers[persona];
  let raw: Line | undefined;
  if (line.kind === 'opening') raw = script.opening;
  else if (line.kind === 'reply') raw = script.replies[line.beat]?.[line.landing];
  else raw = script.endings[line.ending];
  if (raw === undefined) return null;
  const people = content.words.people as Record<string, string>;
  const parts = typeof raw === 'string' ? [{ who: 'teacher', says: raw }] : raw;
  if (parts.some((part) => people[part.who] === undefined)) return null;
  return parts.map((part) => ({ who: part.who, name: people[part.who] ?? '', says: part.says }));
}

/** Every `{child}` in a text, the child the parent named. */
const CHILD = /\{child\}/g;

function replaceDeep<T>(value: T, name: string): T {
  if (typeof value === 'string') return value.replace(CHILD, name) as T;
  if (Array.isArray(value)) return value.map((item) => replaceDeep(item, name)) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [key, replaceDeep(item, name)]),
    ) as T;
  }
  return value;
}

/**
 * The rehearsal about the parent's own child: every `{child}` in its words is the name the
 * parent gave, or the rehearsal's own default name when they gave none.
 */
export function withChild(content: RehearsalContent, child: string): RehearsalContent {
  const name = child.trim() || content.words.people.child;
  return {
    ...content,
    words: replaceDeep(content.words, name),
    teachers: replaceDeep(content.teachers, name),
  };
}

/** The words of an option, by beat and option id. */
export function optionWords(content: RehearsalContent, beat: string, option: string) {
  return content.words.beats
    .find((candidate) => candidate.id === beat)
    ?.options.find((candidate) => candidate.id === option);
}

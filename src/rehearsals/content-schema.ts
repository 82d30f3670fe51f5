/**
 * The shape of rehearsal content as a parent coach writes it in JSON under
 * content/<locale>/rehearsals/ (documented in docs/writing-rehearsals.md). Everything is checked
 * when it loads, so a slip in a file gives a clear message instead of a broken page.
 */
import * as v from 'valibot';
import { QUALITIES, STRATEGIES } from './types';

const words = v.pipe(v.string(), v.trim(), v.minLength(1));
const id = v.pipe(v.string(), v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'ids are kebab-case'));

/** One person speaking; a line can pass between people, as in a meeting. */
const utterance = v.strictObject({ who: id, says: words });
/** A line is what the teacher says, or a list of who says what, in order. */
export const lineSchema = v.union([words, v.pipe(v.array(utterance), v.minLength(1))]);

const landingLines = v.strictObject({ good: lineSchema, mixed: lineSchema, poor: lineSchema });
const endingLines = v.strictObject({
  agreed: lineSchema,
  'next-step': lineSchema,
  stalled: lineSchema,
});

/** content/<locale>/rehearsals/<id>/<persona>.json: how this teacher speaks in this conversation. */
export const teacherScriptSchema = v.strictObject({
  scene: words,
  opening: lineSchema,
  /** The teacher's answer to the parent's turn at each beat but the last, by how it landed. */
  replies: v.record(id, landingLines),
  endings: endingLines,
});

const option = v.strictObject({
  id,
  /** What the parent says out loud. `{child}` is the child's first name, wherever it appears. */
  says: words,
  /**
   * The same line written for the draft it can be carried into, in that field's shape; facts
   * the parent should check before sending go in [square brackets].
   */
  writes: v.optional(words),
  qualities: v.pipe(v.array(v.picklist(QUALITIES)), v.minLength(1)),
  feedback: words,
});

const endingWords = v.strictObject({
  title: words,
  summary: words,
  worked: words,
  tryNext: words,
});

/** content/<locale>/rehearsals/<id>/rehearsal.json: the situation, the beats and the endings. */
export const rehearsalSchema = v.strictObject({
  title: words,
  summary: words,
  when: words,
  order: v.number(),
  version: v.pipe(v.number(), v.integer(), v.minValue(1)),
  /**
   * Who takes part besides the parent; `teacher` speaks any line that names no one. `child`
   * is the name used until the parent gives their own child's.
   */
  people: v.objectWithRest({ teacher: words, child: words }, words),
  situation: words,
  goals: v.pipe(v.array(v.picklist(STRATEGIES)), v.minLength(1)),
  draft: v.strictObject({
    scenario: id,
    field: v.pipe(v.string(), v.regex(/^[a-zA-Z]+$/)),
    quality: v.picklist(QUALITIES),
    where: words,
  }),
  beats: v.pipe(
    v.array(
      v.strictObject({
        id,
        prompt: words,
        options: v.pipe(v.array(option), v.minLength(2)),
      }),
    ),
    v.minLength(1),
  ),
  endings: v.strictObject({ agreed: endingWords, 'next-step': endingWords, stalled: endingWords }),
});

const tensionStep = v.pipe(v.number(), v.integer(), v.minValue(-2), v.maxValue(3));
const persona = v.strictObject({
  name: words,
  /** The teacher as a phrase, e.g. "a receptive teacher": "Rehearsal with {teacher}". */
  aTeacher: words,
  describe: words,
  tension: v.strictObject({
    start: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(3)),
    good: tensionStep,
    mixed: tensionStep,
    poor: tensionStep,
  }),
});

/** content/<locale>/rehearsals/personas.json: the four teachers and how their tension moves. */
export const personasSchema = v.strictObject({
  receptive: persona,
  rushed: persona,
  defensive: persona,
  dismissive: persona,
});

/** `did` completes "You …" in a list: "You asked a real question and gave a specific". */
const checkWords = v.strictObject({ met: words, unmet: words });
const qualityWords = v.strictObject({ name: words, did: words, landed: words, tryNext: words });
const setbackWords = v.strictObject({ name: words, missed: words });

/** content/<locale>/rehearsals/words.json: the coach's words shared by every rehearsal. */
export const sharedWordsSchema = v.strictObject({
  qualities: v.strictObject({
    curious: qualityWords,
    specific: qualityWords,
    solution: qualityWords,
    acknowledges: qualityWords,
    vague: setbackWords,
    blaming: setbackWords,
    demanding: setbackWords,
  }),
  /** The four strategy checks shown after a reply in the parent's own words: met, or not yet. */
  checks: v.strictObject({
    curious: checkWords,
    specific: checkWords,
    solution: checkWords,
    acknowledges: checkWords,
  }),
  landings: v.strictObject({ good: words, mixed: words, poor: words }),
  tension: v.pipe(v.array(words), v.length(6)),
  workedAlways: words,
  notices: v.strictObject({
    setAsideOutdated: words,
    setAsideCorrupted: words,
    storageUnavailable: words,
  }),
});

export type Line = v.InferOutput<typeof lineSchema>;
export type TeacherScript = v.InferOutput<typeof teacherScriptSchema>;
export type RehearsalWords = v.InferOutput<typeof rehearsalSchema>;
export type PersonasWords = v.InferOutput<typeof personasSchema>;
export type SharedWords = v.InferOutput<typeof sharedWordsSchema>;

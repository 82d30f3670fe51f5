/**
 * The shape a saved rehearsal must have to be restored: its state, and every turn in the
 * conversation checked against the beats and options that exist now. A snapshot that does
 * not fit is set aside.
 */
import * as v from 'valibot';
import { LOCALES } from '../lib/i18n/locale';
import { BREAKING_POINT, MAX_CHILD_NAME, MAX_REPLY_LENGTH, MIN_TENSION } from './landing';
import { ENDINGS, LANDINGS, PERSONAS, QUALITIES, STRATEGIES, type BeatSpec } from './types';

/** The longest reason the tone coach gives, with room to spare. */
const MAX_REASON_LENGTH = 1000;

export function rehearsalSnapshotSchema(beats: readonly BeatSpec[]) {
  const beatIds = beats.map((beat) => beat.id);
  const replyBeats = beatIds.slice(0, -1);
  const landing = v.picklist(LANDINGS);
  const teacherLine = v.variant('kind', [
    v.object({ kind: v.literal('opening') }),
    v.object({ kind: v.literal('reply'), beat: v.picklist(replyBeats), landing }),
    v.object({ kind: v.literal('ending'), ending: v.picklist(ENDINGS) }),
  ]);
  const tension = v.pipe(
    v.number(),
    v.integer(),
    v.minValue(MIN_TENSION),
    v.maxValue(BREAKING_POINT),
  );
  const parentEntry = v.pipe(
    v.object({
      by: v.literal('parent'),
      beat: v.picklist(beatIds),
      option: v.nullable(v.string()),
      text: v.pipe(v.string(), v.maxLength(MAX_REPLY_LENGTH)),
      qualities: v.pipe(v.array(v.picklist(QUALITIES)), v.minLength(1)),
      landing,
      tension,
      // Saved before typed replies kept their language and what the coach flagged.
      locale: v.optional(v.picklist(LOCALES)),
      flagged: v.optional(
        v.object({
          text: v.pipe(v.string(), v.maxLength(MAX_REPLY_LENGTH)),
          message: v.pipe(v.string(), v.maxLength(MAX_REASON_LENGTH)),
        }),
      ),
    }),
    v.check(
      (entry) =>
        entry.option === null
          ? entry.text.trim() !== ''
          : (beats
              .find((beat) => beat.id === entry.beat)
              ?.options.some((option) => option.id === entry.option) ?? false),
      'the turn names an option its beat no longer has',
    ),
  );
  return v.pipe(
    v.looseObject({
      status: v.literal('active'),
      value: v.picklist(['setup', 'conversation', 'ended']),
      context: v.object({
        persona: v.nullable(v.picklist(PERSONAS)),
        // Saved before rehearsals asked for the child's name: the default name is used.
        child: v.optional(v.pipe(v.string(), v.maxLength(MAX_CHILD_NAME))),
        beat: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(beats.length)),
        tension,
        goals: v.array(v.picklist(STRATEGIES)),
        log: v.array(
          v.variant('by', [v.object({ by: v.literal('teacher'), line: teacherLine }), parentEntry]),
        ),
        ending: v.nullable(v.picklist(ENDINGS)),
      }),
    }),
    v.check(({ value, context }) => {
      const turns = context.log.filter((entry) => entry.by === 'parent').length;
      if (value === 'setup') return context.persona === null && context.log.length === 0;
      if (context.persona === null || turns !== context.beat) return false;
      if (value === 'conversation') return context.ending === null && context.beat < beats.length;
      return context.ending !== null;
    }, 'the saved state does not match its conversation'),
  );
}

/**
 * Decides whether a saved rehearsal still fits its machine. XState trusts any snapshot
 * it is given, so everything is checked here first: the version, the state, and every
 * turn in the conversation against the beats and options that exist now. A snapshot
 * that does not fit is refused, and the caller sets it aside.
 */
import * as v from 'valibot';
import type { Snapshot } from 'xstate';
import type { Rehearsal } from './define-rehearsal';
import { BREAKING_POINT, MAX_REPLY_LENGTH, MIN_TENSION } from './landing';
import { ENDINGS, LANDINGS, PERSONAS, QUALITIES, STRATEGIES } from './types';

function snapshotSchema(rehearsal: Rehearsal) {
  const { beats } = rehearsal.spec;
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

export function restorableRehearsal(
  rehearsal: Rehearsal,
  saved: { machineVersion: number; snapshot: unknown },
): Snapshot<unknown> | null {
  if (saved.machineVersion !== rehearsal.version) return null;
  const fits = v.safeParse(snapshotSchema(rehearsal), saved.snapshot).success;
  return fits ? (saved.snapshot as Snapshot<unknown>) : null;
}

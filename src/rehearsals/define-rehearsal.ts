/**
 * Builds a rehearsal's XState machine from its structure (beats, options and their
 * qualities, goals, persona tuning). Every rehearsal plays the same way, so the rules live
 * here once: the parent picks a teacher, then for each beat replies (an option or their
 * own words); the reply lands well, mixed or poorly, which moves the teacher's tension
 * and decides the teacher's next line; the conversation ends in a plan, a next step or a
 * stall, and the debrief offers another go with another teacher.
 */
import { assign, setup, type SnapshotFrom } from 'xstate';
import { restoreBySchema } from '../lib/storage/flow-contract';
import { rehearsalSnapshotSchema } from './restore-snapshot';
import {
  BREAKING_POINT,
  MAX_CHILD_NAME,
  MAX_REPLY_LENGTH,
  endingFor,
  landingOf,
  nextTension,
  strategiesOf,
} from './landing';
import {
  PERSONAS,
  QUALITIES,
  type BeatSpec,
  type Landing,
  type ParentEntry,
  type PersonaId,
  type Quality,
  type RehearsalContext,
  type RehearsalEvent,
  type RehearsalMeta,
  type RehearsalSpec,
} from './types';

export const emptyRehearsalContext = (): RehearsalContext => ({
  persona: null,
  child: '',
  beat: 0,
  tension: 0,
  goals: [],
  log: [],
  ending: null,
});

export const isPersona = (value: unknown): value is PersonaId =>
  (PERSONAS as readonly unknown[]).includes(value);

const isQuality = (value: unknown): value is Quality =>
  (QUALITIES as readonly unknown[]).includes(value);

/** The flow-store id a rehearsal's progress is saved under. */
export const rehearsalFlowId = (id: string) => `rehearsal:${id}`;

export function defineRehearsal(spec: RehearsalSpec) {
  if (spec.beats.length === 0) throw new Error(`Rehearsal ${spec.id} has no beats`);
  const beatAt = (context: RehearsalContext): BeatSpec | undefined => spec.beats[context.beat];
  const lastParentTurn = (context: RehearsalContext) =>
    context.log.findLast((entry): entry is ParentEntry => entry.by === 'parent');

  const machine = setup({
    types: {
      context: {} as RehearsalContext,
      events: {} as RehearsalEvent,
      meta: {} as RehearsalMeta,
    },
    guards: {
      knownPersona: ({ event }) => event.type === 'rehearsal.start' && isPersona(event.persona),
      optionOfThisBeat: ({ context, event }) =>
        event.type === 'reply.choose' &&
        (beatAt(context)?.options.some((option) => option.id === event.option) ?? false),
      sayable: ({ event }) =>
        event.type === 'reply.type' &&
        event.text.trim() !== '' &&
        event.text.length <= MAX_REPLY_LENGTH &&
        event.qualities.length > 0 &&
        event.qualities.every(isQuality),
      brokeOff: ({ context }) => context.tension >= BREAKING_POINT,
      lastBeatDone: ({ context }) => context.beat >= spec.beats.length,
    },
    actions: {
      begin: assign(({ context, event }) => {
        if (event.type !== 'rehearsal.start') return {};
        return {
          ...emptyRehearsalContext(),
          persona: event.persona,
          // "Practise again" keeps the child the parent named.
          child: (event.child ?? context.child).trim().slice(0, MAX_CHILD_NAME),
          tension: spec.personas[event.persona].start,
          log: [{ by: 'teacher' as const, line: { kind: 'opening' as const } }],
        };
      }),
      takeTurn: assign(({ context, event }) => {
        const beat = beatAt(context);
        if (!beat || !context.persona) return {};
        let turn: Pick<ParentEntry, 'option' | 'text' | 'qualities' | 'locale' | 'flagged'>;
        if (event.type === 'reply.choose') {
          const option = beat.options.find((candidate) => candidate.id === event.option);
          if (!option) return {};
          turn = { option: option.id, text: '', qualities: [...option.qualities] };
        } else if (event.type === 'reply.type') {
          turn = {
            option: null,
            text: event.text.trim(),
            qualities: [...event.qualities],
            locale: spec.locale ?? 'en',
          };
          if (event.flagged) turn.flagged = { ...event.flagged };
        } else {
          return {};
        }
        const landing = landingOf(turn.qualities);
        const tension = nextTension(context.tension, landing, spec.personas[context.persona]);
        const goals = [...context.goals];
        for (const strategy of strategiesOf(turn.qualities)) {
          if (!goals.includes(strategy)) goals.push(strategy);
        }
        const entry: ParentEntry = { by: 'parent', beat: beat.id, ...turn, landing, tension };
        return { beat: context.beat + 1, tension, goals, log: [...context.log, entry] };
      }),
      teacherReplies: assign(({ context }) => {
        const turn = lastParentTurn(context);
        if (!turn) return {};
        const line = { kind: 'reply' as const, beat: turn.beat, landing: turn.landing };
        return { log: [...context.log, { by: 'teacher' as const, line }] };
      }),
      finish: assign(({ context }) => {
        const lastLanding: Landing | undefined = lastParentTurn(context)?.landing;
        const ending =
          context.tension >= BREAKING_POINT ? 'stalled' : endingFor(context.tension, lastLanding);
        return {
          ending,
          log: [
            ...context.log,
            { by: 'teacher' as const, line: { kind: 'ending' as const, ending } },
          ],
        };
      }),
      reset: assign(emptyRehearsalContext),
    },
  }).createMachine({
    id: rehearsalFlowId(spec.id),
    initial: 'setup',
    context: emptyRehearsalContext,
    on: {
      'rehearsal.restart': { target: '.setup', actions: 'reset' },
    },
    states: {
      setup: {
        meta: { view: 'setup' },
        on: {
          'rehearsal.start': { guard: 'knownPersona', target: 'conversation', actions: 'begin' },
        },
      },
      conversation: {
        meta: { view: 'conversation' },
        on: {
          'reply.choose': { guard: 'optionOfThisBeat', target: 'responding', actions: 'takeTurn' },
          'reply.type': { guard: 'sayable', target: 'responding', actions: 'takeTurn' },
        },
      },
      // Passed through at once: the teacher answers, or the conversation ends here.
      responding: {
        always: [
          { guard: 'brokeOff', target: 'ended', actions: 'finish' },
          { guard: 'lastBeatDone', target: 'ended', actions: 'finish' },
          { target: 'conversation', actions: 'teacherReplies' },
        ],
      },
      ended: {
        meta: { view: 'debrief' },
        on: {
          // "Practise again" with another teacher starts a fresh conversation.
          'rehearsal.start': { guard: 'knownPersona', target: 'conversation', actions: 'begin' },
        },
      },
    },
  });

  return {
    id: spec.id,
    flowId: rehearsalFlowId(spec.id),
    version: spec.version,
    restore: restoreBySchema(spec.version, () => rehearsalSnapshotSchema(spec.beats)),
    spec,
    machine,
  };
}

export type Rehearsal = ReturnType<typeof defineRehearsal>;
export type RehearsalSnapshot = SnapshotFrom<Rehearsal['machine']>;

/** The meta of the state a rehearsal is in; every resting state declares one. */
export function rehearsalView(snapshot: {
  getMeta(): Record<string, RehearsalMeta | undefined>;
}): RehearsalMeta['view'] {
  const [meta] = Object.values(snapshot.getMeta()).filter(
    (m): m is RehearsalMeta => m !== undefined,
  );
  if (!meta) throw new Error('Every resting rehearsal state declares meta');
  return meta.view;
}

/**
 * Model-based tests: xstate/graph walks every path through every rehearsal, with every
 * teacher persona, choosing each written option and typical replies in the parent's own
 * words, and checks that each path ends, that nothing is a dead end, and that every line
 * and option the machine can reach has its words in content (and every line written is
 * reachable).
 */
import { createActor } from 'xstate';
import { getShortestPaths, getSimplePaths } from 'xstate/graph';
import {
  lineWords,
  loadRehearsal,
  optionWords,
  rehearsalSummaries,
  type LoadedRehearsal,
} from '../../src/rehearsals/content';
import { debriefOf, parentWords } from '../../src/rehearsals/debrief';
import { AGREES_AT, STALLS_AT } from '../../src/rehearsals/landing';
import { feedbackFor } from '../../src/rehearsals/turn-feedback';
import type { RehearsalSnapshot } from '../../src/rehearsals/define-rehearsal';
import {
  ENDINGS,
  LANDINGS,
  PERSONAS,
  type PersonaId,
  type Quality,
  type RehearsalEvent,
  type TeacherLine,
} from '../../src/rehearsals/types';

const rehearsals = await Promise.all(rehearsalSummaries.map(({ id }) => loadRehearsal(id)));

/** Replies in the parent's own words: one that lands well, one that doesn't (options cover the rest). */
const TYPED: readonly (readonly Quality[])[] = [['curious', 'specific'], ['blaming']];

/** Every reply the parent can make at this point: each option of the beat, and typed ones. */
function repliesAt({ rehearsal }: LoadedRehearsal) {
  return (snapshot: RehearsalSnapshot): RehearsalEvent[] => {
    if (snapshot.value !== 'conversation') return [];
    const beat = rehearsal.spec.beats[snapshot.context.beat];
    return [
      ...(beat?.options ?? []).map((option) => ({
        type: 'reply.choose' as const,
        option: option.id,
      })),
      ...TYPED.map((qualities) => ({
        type: 'reply.type' as const,
        text: `typed: ${qualities.join(' ')}`,
        qualities,
      })),
    ];
  };
}

/** What the machine's next moves depend on; the words said along the way do not matter. */
const serializeState = (snapshot: RehearsalSnapshot) => {
  const { persona, beat, tension, goals, ending } = snapshot.context;
  return JSON.stringify([snapshot.value, persona, beat, tension, [...goals].sort(), ending]);
};

/**
 * Finer: also the last thing each side said, so every teacher line and every option that
 * can be said shows up in at least one reachable state.
 */
const serializeLines = (snapshot: RehearsalSnapshot) => {
  const { log } = snapshot.context;
  const lastParent = log.findLast((entry) => entry.by === 'parent');
  return JSON.stringify([
    serializeState(snapshot),
    log.at(-1),
    lastParent?.by === 'parent' ? [lastParent.option, lastParent.qualities] : null,
  ]);
};

function startedWith(loaded: LoadedRehearsal, persona: PersonaId): RehearsalSnapshot {
  const actor = createActor(loaded.rehearsal.machine).start();
  actor.send({ type: 'rehearsal.start', persona });
  const snapshot = actor.getSnapshot();
  actor.stop();
  return snapshot;
}

const LIMIT = 20_000;
const lineKey = (line: TeacherLine) =>
  line.kind === 'opening'
    ? 'opening'
    : line.kind === 'reply'
      ? `reply:${line.beat}:${line.landing}`
      : `ending:${line.ending}`;

test('there are at least four rehearsals, one for each conversation the parent prepares for', () => {
  expect(rehearsals.map((loaded) => loaded.content.words.draft.scenario).sort()).toEqual(
    expect.arrayContaining([
      'escalate-meeting',
      'raise-concern',
      'reply-to-teacher',
      'request-accommodations',
    ]),
  );
});

describe.each(rehearsals.map((loaded) => [loaded.rehearsal.id, loaded] as const))(
  '%s',
  (_id, loaded) => {
    const { rehearsal, content } = loaded;
    const events = repliesAt(loaded);

    describe.each(PERSONAS.map((persona) => [persona] as const))('with a %s teacher', (persona) => {
      const start = startedWith(loaded, persona);
      const options = { events, serializeState, fromState: start, limit: LIMIT } as never;
      const reachable = getShortestPaths(rehearsal.machine, options).map((path) => path.state);
      // Walked once, when the first test needs it, and read by the two tests below.
      let simplePaths: { state: RehearsalSnapshot }[] | undefined;
      const everyPath = () =>
        (simplePaths ??= getSimplePaths(rehearsal.machine, options).map(({ state }) => ({
          state: state as RehearsalSnapshot,
        })));

      test('every path through the conversation reaches an ending, within one turn per beat', () => {
        const paths = everyPath();
        const finished = paths.filter((path) => path.state.value === 'ended');
        expect(finished.length).toBeGreaterThan(0);
        for (const path of paths) {
          const { context, value } = path.state;
          const turns = context.log.filter((entry) => entry.by === 'parent').length;
          expect(turns).toBeLessThanOrEqual(rehearsal.spec.beats.length);
          // A path that stops short of an ending must still have a reply to make.
          if (value !== 'ended') expect(events(path.state).length).toBeGreaterThan(0);
          else {
            expect(ENDINGS).toContain(context.ending);
            expect(context.log.at(-1)).toEqual({
              by: 'teacher',
              line: { kind: 'ending', ending: context.ending },
            });
          }
        }
      });

      test('no dead ends: from every reachable point the conversation can still end', () => {
        for (const state of reachable) {
          const onward = getShortestPaths(rehearsal.machine, {
            events,
            serializeState,
            fromState: state,
            toState: (snapshot: RehearsalSnapshot) => snapshot.value === 'ended',
            limit: LIMIT,
          } as never);
          expect(onward.length, `stuck at ${serializeState(state)}`).toBeGreaterThan(0);
        }
      });

      test('a plan, a next step and a stall can each be reached', () => {
        const endings = new Set(reachable.map((state) => state.context.ending));
        for (const ending of ENDINGS) expect(endings, ending).toContain(ending);
      });

      const spoken = getShortestPaths(rehearsal.machine, {
        events,
        serializeState: serializeLines,
        fromState: start,
        limit: LIMIT,
      } as never).map((path) => path.state);

      test('every line and option the machine can reach has its words in content', () => {
        for (const state of spoken) {
          for (const entry of state.context.log) {
            if (entry.by === 'teacher') {
              const words = lineWords(content, persona, entry.line);
              expect(words, lineKey(entry.line)).not.toBeNull();
              for (const utterance of words ?? []) expect(utterance.says.trim()).not.toBe('');
            } else if (entry.option !== null) {
              const option = optionWords(content, entry.beat, entry.option);
              expect(option?.says, entry.option).toBeTruthy();
              expect(option?.feedback, entry.option).toBeTruthy();
            }
          }
          if (state.value === 'conversation') {
            const beat = content.words.beats[state.context.beat];
            expect(beat?.prompt).toBeTruthy();
          }
          if (state.value === 'ended') {
            const ending = content.words.endings[state.context.ending ?? 'stalled'];
            expect(ending.worked.length).toBeGreaterThan(20);
            const debrief = debriefOf(content, state.context);
            for (const { line, strategies } of debrief.worked) {
              expect(line).toBeTruthy();
              expect(strategies.length).toBeGreaterThan(0);
            }
            const named = debrief.worked.flatMap((item) => item.strategies).sort();
            expect(named).toEqual([...state.context.goals].sort());
          }
        }
      });

      test('the debrief tells the truth about every conversation that ends', () => {
        const ended = everyPath()
          .map((path) => path.state)
          .filter((state) => state.value === 'ended');
        expect(ended.length).toBeGreaterThan(0);
        for (const state of ended) {
          const { context } = state;
          const turns = context.log.filter((entry) => entry.by === 'parent');
          const last = turns.at(-1);
          // The ending follows from how the conversation went, and nothing else.
          const expected =
            context.tension >= STALLS_AT
              ? 'stalled'
              : context.tension <= AGREES_AT && last?.landing === 'good'
                ? 'agreed'
                : 'next-step';
          expect(context.ending, serializeState(state)).toBe(expected);
          // The teacher's last line is the one written for that ending.
          expect(context.log.at(-1)).toEqual({
            by: 'teacher',
            line: { kind: 'ending', ending: expected },
          });
          const debrief = debriefOf(content, context);
          // What worked comes only from lines that landed well; what to try, from the rest.
          for (const item of debrief.worked) {
            const turn = turns.find((candidate) => parentWords(content, candidate) === item.line);
            expect(turn?.landing, item.line).toBe('good');
          }
          for (const setback of debrief.setbacks) {
            const turn = turns.find(
              (candidate) => parentWords(content, candidate) === setback.line,
            );
            expect(turn?.landing, setback.line).not.toBe('good');
          }
          // After every line that didn't land well, a better one is offered.
          for (const turn of turns) {
            const better = feedbackFor(content, turn).better;
            if (turn.landing === 'good') expect(better).toBeNull();
            else expect(better, turn.beat).toBeTruthy();
          }
          // Only what the parent said or chose goes into a draft.
          for (const line of debrief.carryLines) {
            const fromTurn = turns.some(
              (turn) =>
                turn.text === line ||
                (turn.option !== null &&
                  optionWords(content, turn.beat, turn.option)?.writes === line),
            );
            expect(fromTurn, line).toBe(true);
          }
        }
      });

      test('every line written for this teacher can be reached', () => {
        const said = new Set(
          spoken.flatMap((state) =>
            state.context.log.flatMap((entry) =>
              entry.by === 'teacher' ? [lineKey(entry.line)] : [],
            ),
          ),
        );
        const script = content.teachers[persona];
        const written = [
          'opening',
          ...Object.keys(script.replies).flatMap((beat) =>
            LANDINGS.map((landing) => `reply:${beat}:${landing}`),
          ),
          ...ENDINGS.map((ending) => `ending:${ending}`),
        ];
        expect([...said].sort()).toEqual(written.sort());
      });
    });

    test('every option of every beat can be chosen on some path', () => {
      const chosen = new Set<string>();
      for (const persona of PERSONAS) {
        const paths = getShortestPaths(rehearsal.machine, {
          events,
          serializeState: serializeLines,
          fromState: startedWith(loaded, persona),
          limit: LIMIT,
        } as never);
        for (const { state } of paths) {
          for (const entry of state.context.log) {
            if (entry.by === 'parent' && entry.option) chosen.add(`${entry.beat}/${entry.option}`);
          }
        }
      }
      const written = content.words.beats.flatMap((beat) =>
        beat.options.map((option) => `${beat.id}/${option.id}`),
      );
      expect([...chosen].sort()).toEqual(written.sort());
    });

    test('practise again: the debrief starts a fresh conversation with another teacher', () => {
      const actor = createActor(rehearsal.machine).start();
      actor.send({ type: 'rehearsal.start', persona: 'receptive' });
      for (const beat of rehearsal.spec.beats) {
        actor.send({ type: 'reply.choose', option: beat.options[0]?.id ?? '' });
      }
      expect(actor.getSnapshot().value).toBe('ended');
      actor.send({ type: 'rehearsal.start', persona: 'dismissive' });
      const { value, context } = actor.getSnapshot();
      expect(value).toBe('conversation');
      expect(context).toMatchObject({ persona: 'dismissive', beat: 0, ending: null, goals: [] });
      expect(context.log).toEqual([{ by: 'teacher', line: { kind: 'opening' } }]);
      expect(context.tension).toBe(rehearsal.spec.personas.dismissive.start);
    });

    test('starting over from the middle of a conversation returns to the choice of teacher', () => {
      const actor = createActor(rehearsal.machine, { snapshot: startedWith(loaded, 'rushed') });
      actor.start();
      actor.send({ type: 'reply.type', text: 'Could you tell me more?', qualities: ['curious'] });
      actor.send({ type: 'rehearsal.restart' });
      expect(actor.getSnapshot().value).toBe('setup');
      expect(actor.getSnapshot().context.log).toEqual([]);
    });

    test('replies that do not belong are ignored: another beat’s option, an empty reply', () => {
      const actor = createActor(rehearsal.machine, { snapshot: startedWith(loaded, 'defensive') });
      actor.start();
      const later = rehearsal.spec.beats.at(-1)?.options[0]?.id ?? '';
      const firstIds = rehearsal.spec.beats[0]?.options.map((option) => option.id) ?? [];
      if (!firstIds.includes(later)) actor.send({ type: 'reply.choose', option: later });
      actor.send({ type: 'reply.type', text: '   ', qualities: ['curious'] });
      actor.send({ type: 'reply.type', text: 'Hello', qualities: ['made-up' as Quality] });
      expect(actor.getSnapshot().context.beat).toBe(0);
      expect(actor.getSnapshot().context.log).toHaveLength(1);
    });
  },
);

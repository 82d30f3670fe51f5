/**
 * The shapes every rehearsal shares: how a parent's turn is described, how it landed,
 * and what the conversation machine remembers. Logic only: every word a parent reads
 * lives under content/<locale>/rehearsals/.
 */

export const PERSONAS = ['receptive', 'rushed', 'defensive', 'dismissive'] as const;
export type PersonaId = (typeof PERSONAS)[number];

/**
 * What a parent's turn does. The first four are the strategies the advice teaches (and
 * the goals a rehearsal can ask for); the last three are what gets in the way.
 */
export const STRATEGIES = ['curious', 'specific', 'solution', 'acknowledges'] as const;
export type Strategy = (typeof STRATEGIES)[number];
export const SETBACKS = ['vague', 'blaming', 'demanding'] as const;
export type Setback = (typeof SETBACKS)[number];
export const QUALITIES = [...STRATEGIES, ...SETBACKS] as const;
export type Quality = Strategy | Setback;

/** How a turn landed with the teacher. */
export const LANDINGS = ['good', 'mixed', 'poor'] as const;
export type Landing = (typeof LANDINGS)[number];

export const ENDINGS = ['agreed', 'next-step', 'stalled'] as const;
export type Ending = (typeof ENDINGS)[number];

/** How one persona's tension starts and moves with each kind of landing. */
export interface PersonaTuning {
  start: number;
  good: number;
  mixed: number;
  poor: number;
}

export interface OptionSpec {
  id: string;
  qualities: readonly Quality[];
}

export interface BeatSpec {
  id: string;
  options: readonly OptionSpec[];
}

/** The structure a rehearsal machine is built from: no words, only ids and qualities. */
export interface RehearsalSpec {
  id: string;
  /** Bump when beats or options change in a way an old saved snapshot would not fit. */
  version: number;
  beats: readonly BeatSpec[];
  /** The strategies a parent needs to have used for the conversation to end in a plan. */
  goals: readonly Strategy[];
  personas: Record<PersonaId, PersonaTuning>;
  /**
   * The page's language ("en" when not given): the parent's typed replies are read in it, and
   * each typed turn keeps it, so its words can be marked as that language wherever they show.
   */
  locale?: string;
}

/** Which teacher line was said; the words are looked up in the persona's content. */
export type TeacherLine =
  | { kind: 'opening' }
  | { kind: 'reply'; beat: string; landing: Landing }
  | { kind: 'ending'; ending: Ending };

export interface TeacherEntry {
  by: 'teacher';
  line: TeacherLine;
}

export interface ParentEntry {
  by: 'parent';
  beat: string;
  /** The chosen option's id, or null when the parent wrote their own words. */
  option: string | null;
  /** The parent's own words; empty for a chosen option (its words are content). */
  text: string;
  qualities: Quality[];
  landing: Landing;
  /** The teacher's tension after this turn. */
  tension: number;
  /** For the parent's own words: the language they were read in (absent in older saves). */
  locale?: string;
  /** For the parent's own words: what the tone coach pointed at first, and why. */
  flagged?: FlaggedWords;
}

/** The words of a typed reply the tone coach flagged, and its reason, as the parent read them. */
export interface FlaggedWords {
  text: string;
  message: string;
}

export type LogEntry = TeacherEntry | ParentEntry;

export interface RehearsalContext {
  persona: PersonaId | null;
  /** The parent's child, by first name, as the rehearsal speaks of them ('' before it starts). */
  child: string;
  /** Index of the beat the parent answers next. */
  beat: number;
  tension: number;
  /** Strategies used in turns that landed well, in the order first reached. */
  goals: Strategy[];
  log: LogEntry[];
  ending: Ending | null;
}

export type RehearsalEvent =
  | { type: 'rehearsal.start'; persona: PersonaId; child?: string }
  | { type: 'reply.choose'; option: string }
  | { type: 'reply.type'; text: string; qualities: readonly Quality[]; flagged?: FlaggedWords }
  | { type: 'rehearsal.restart' };

/** What a state tells the runner through `snapshot.getMeta()`. */
export type RehearsalMeta = { view: 'setup' } | { view: 'conversation' } | { view: 'debrief' };

/**
 * Judges a reply the parent typed in their own words: the tone coach says what may put
 * the teacher on guard and what already works, and four strategy checks from the advice
 * (asked a question, gave a specific, proposed a solution, acknowledged the teacher's
 * constraints) say which moves it makes. The result is the same vocabulary of qualities
 * the written options use, so a typed turn and a chosen one land by the same rules.
 *
 * The tone coach reads the reply in the page's language; the checks add what a reply said out
 * loud shows that a written message rarely does, as phrase patterns in
 * content/<locale>/tone/rehearsal-checks.json. A language other than English must be loaded
 * first (`await loadToneLocale(locale)`).
 */
import { analyzeTone, type ToneCategory, type ToneFinding } from '../tone/analyze';
import { PRESSURE_CATEGORIES } from '../tone/categories';
import { toneContent } from '../tone/locale-content';
import { PatternCompiler } from '../tone/phrase-pattern';
import { compiledFor } from '../tone/read-sentences';
import { landingOf } from './landing';
import type { Landing, Quality, Strategy } from './types';

export interface Judgement {
  qualities: Quality[];
  landing: Landing;
  /** Which of the four strategy checks the reply passes. */
  checks: Record<Strategy, boolean>;
  /** What the tone coach flagged, in reading order. */
  findings: ToneFinding[];
}

/**
 * What the checks file can say of a reply: a concrete moment (specific), recognising the
 * teacher's side (acknowledges), a proposal or an offer (proposes), waiting rather than
 * proposing (waits), a sincere question (asks), spoken blame and orders a written-message coach
 * can miss (blames, demands), and, of a phrase of thanks, that it is only good manners.
 */
export const SPOKEN_CHECKS = [
  'specific',
  'acknowledges',
  'proposes',
  'waits',
  'asks',
  'blames',
  'demands',
  'manners',
] as const;
export type SpokenCheck = (typeof SPOKEN_CHECKS)[number];

/** One entry of a checks file. */
export interface SpokenCheckSpec {
  id: string;
  check: SpokenCheck;
  match: string[];
  note?: string;
  examples?: { match: string[]; noMatch: string[] };
}

export interface SpokenChecksFile {
  /** Word classes of the checks' own, beside the language's (word-classes.json). */
  classes?: Record<string, string[]>;
  checks: SpokenCheckSpec[];
}

type Test = (text: string) => boolean;
const never: Test = () => false;

export interface SpokenChecks {
  tests: Record<SpokenCheck, Test>;
  /**
   * The reply as the checks read it: phones type curly apostrophes; a hyphen after a number
   * (the class `number`: "five-minute", "twenty-six") reads as a space; accents are folded where
   * the language says so. Every character stays where it was, so a strength's offsets still
   * point at its words.
   */
  read: (typed: string) => string;
}

/** The checks of `file`, compiled for the language `locale` reads in; one test per check. */
export function compileSpokenChecks(file: SpokenChecksFile, locale: string): SpokenChecks {
  const content = toneContent(locale);
  const rules = compiledFor(locale);
  const own = Object.fromEntries(
    Object.entries(file.classes ?? {}).map(([name, list]) => [name, list.map(rules.fold)]),
  );
  const classes = { ...rules.classes, ...own };
  const compiler = new PatternCompiler({ classes, unicode: content.settings.unicode === true });
  const once = compiler.flags.replace('g', '');
  const tests = Object.fromEntries(SPOKEN_CHECKS.map((check) => [check, never])) as Record<
    SpokenCheck,
    Test
  >;
  for (const spec of file.checks) {
    if (!(SPOKEN_CHECKS as readonly string[]).includes(spec.check)) {
      throw new Error(`Rehearsal check ${spec.id} has an unknown kind ${spec.check}`);
    }
  }
  for (const check of SPOKEN_CHECKS) {
    const patterns = file.checks.filter((spec) => spec.check === check).flatMap((s) => s.match);
    if (patterns.length === 0) continue;
    const re = new RegExp(compiler.compile(patterns.map(rules.fold)).source, once);
    tests[check] = (text) => re.test(text);
  }
  const hyphen = classes.number
    ? new RegExp(`(${compiler.classSource('number')})-(?=\\S)`, compiler.flags)
    : null;
  const read = (typed: string) => {
    const straight = rules.fold(typed.replace(/[\u2018\u2019`\u00b4]/g, "'"));
    return hyphen ? straight.replace(hyphen, '$1 ') : straight;
  };
  return { tests, read };
}

const compiled = new Map<string, SpokenChecks>();

/** The language's checks (English's when it has none of its own). */
export function spokenChecks(locale: string): SpokenChecks {
  const content = toneContent(locale);
  let checks = compiled.get(content.locale);
  if (!checks) {
    const file = (content.rehearsalChecks as SpokenChecksFile | undefined) ?? { checks: [] };
    checks = compileSpokenChecks(file, content.locale);
    compiled.set(content.locale, checks);
  }
  return checks;
}

const DEMANDING: readonly ToneCategory[] = PRESSURE_CATEGORIES;

const isQuestion = (text: string) => /\?/.test(text);

export function judgeReply(typed: string, locale = 'en'): Judgement {
  const report = analyzeTone(typed, { locale });
  const { tests: said, read } = spokenChecks(locale);
  const text = read(typed);
  const strengthText = (kind: string) =>
    report.strengths
      .filter((strength) => strength.kind === kind)
      .map((strength) => text.slice(strength.start, strength.end));
  const categories = new Set(report.findings.map((finding) => finding.category));
  const demanding = DEMANDING.some((category) => categories.has(category)) || said.demands(text);
  const blaming =
    [...categories].some((category) => !DEMANDING.includes(category)) || said.blames(text);
  const flagged = demanding || blaming;

  const checks: Record<Strategy, boolean> = {
    // A question that is also flagged ("why did you…?") is a challenge, not curiosity.
    curious:
      strengthText('curious-question').length > 0 ||
      (!flagged && (isQuestion(text) || said.asks(text))),
    specific: strengthText('specific-observation').length > 0 || said.specific(text),
    solution:
      strengthText('offer-to-help').length > 0 ||
      said.proposes(text) ||
      (strengthText('proposes-solution').length > 0 && !said.waits(text)),
    // A bare "thanks" is good manners; recognising the teacher's side says more.
    acknowledges:
      strengthText('appreciation').some((phrase) => !said.manners(phrase)) ||
      said.acknowledges(text),
  };

  const qualities: Quality[] = (Object.keys(checks) as Strategy[]).filter((check) => checks[check]);
  if (blaming) qualities.push('blaming');
  if (demanding) qualities.push('demanding');
  if (qualities.length === 0) qualities.push('vague');

  return { qualities, landing: landingOf(qualities), checks, findings: report.findings };
}

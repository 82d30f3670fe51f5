/**
 * Judges a reply the parent typed in their own words: the tone coach says what may put
 * the teacher on guard and what already works, and four strategy checks from the advice
 * (asked a question, gave a specific, proposed a solution, acknowledged the teacher's
 * constraints) say which moves it makes. The result is the same vocabulary of qualities
 * the written options use, so a typed turn and a chosen one land by the same rules.
 */
import { analyzeTone, type ToneCategory, type ToneFinding } from '../tone/analyze';
import { PRESSURE_CATEGORIES } from '../tone/categories';
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

const DEMANDING: readonly ToneCategory[] = PRESSURE_CATEGORIES;

const NUMBER = String.raw`(?:\d+|once|twice|one|two|three|four|five|six|seven|eight|nine|ten|fifteen|twenty|thirty)`;

// A concrete moment, count or time: what the advice means by "specific".
const SPECIFIC = new RegExp(
  String.raw`\b(?:mon|tues|wednes|thurs|fri|satur|sun)days?\b|\b(?:yesterday|today|tonight|this (?:morning|afternoon|week)|last (?:week|night|month|term))\b|\b(?:at|during|after|before) (?:recess|lunch|break|pickup|drop-off|circle time|reading|math|maths|writing|class|school|breakfast|dinner|bedtime|homework)\b|\b${NUMBER}(?:-| )(?:times?|days?|weeks?|mornings?|evenings?|nights?|minutes?|hours?)\b|\b(?:after|before|around|by) ${NUMBER}(?: ?(?:am|pm|o'clock))?\b`,
  'i',
);

// Recognising the teacher's side: time, a full class, limits they work within.
const ACKNOWLEDGES =
  /\bI (?:know|reali[sz]e|understand|can see|imagine|appreciate) (?:(?:that|how) )?(?:you(?:'re| are| have|'ve)?|it(?:'s| is)|there(?:'s| is)|this (?:is|has)|the class|teaching|with)\b|\b(?:busy|full|packed) (?:day|days|week|class|classroom|schedule|plate)\b|\b(?:so many|\d+|twenty|thirty|twenty-\w+) (?:kids|children|students|pupils)\b|\byour (?:time|side|view|perspective)\b|\bthank(?:s| you)(?: so much)? for\b/i;

// A proposal or an offer, as a parent would say it out loud.
const PROPOSES =
  /\b(?:could|can|shall) we\b|\bwould it help\b|\bwhat if (?:we|I|he|she|they)\b|\bhow about\b|\bmaybe (?:we|I) could\b|\bI (?:can|could|will|'ll) (?:try|practi[sc]e|work on|talk|check|help|send|set up|follow up)\b|\bat home,? (?:we|I) (?:can|could|will)\b|\bplease (?:text|call|email|let me know|keep me)\b/i;

// "Let's see how it goes" waits rather than proposes.
const WAITING = /\blet's (?:just )?(?:see|wait|leave it)\b/i;

// A sincere question, as people phrase it out loud rather than in writing.
const ASKS =
  /\bI(?:'d| would) (?:really |so )?(?:love|like) to (?:understand|hear|know|learn)\b|\b(?:can|could) you tell me\b|\bwhat (?:do|did|have) you (?:see|saw|seen|notice|noticed)\b/i;

// Spoken ways of blaming and ordering that a written-message coach can miss.
const BLAMES =
  /\b(?:not fair|unfair)\b|\bdon't think (?:that's|it's|this is|that is|it is) fair\b|\bwhy (?:is|was|does|do|did|are|were) (?:it|he|she|they|this|that)\b[^?.!]*\b(?:always|never)\b|\b(?:nobody|no one)(?:'s| is| has| ever| gives| listens)\b|\bfor no reason\b|\bwhat did the other (?:kid|child|boy|girl|one)\b|\bother (?:kids|children) (?:do it|talk|did it) too\b|\bclearly (?:isn't|is not|doesn't|does not|not) working\b/i;
const DEMANDS =
  /\bif (?:this|that|it|things?|he|she|they|nothing)\b[^.?!]{0,40}\b(?:doesn't|does not|don't|do not|isn't|is not|won't|will not|changes?|happens? again)\b[^.?!]{0,40}\bI(?:'ll| will| am going to|'m going to)\b|\bI (?:want|need|expect) (?:a|an|the|you to|it|this|that)\b|\b(?:in place|done|sorted|fixed|changed) by\b/i;

const isQuestion = (text: string) => /\?/.test(text);

export function judgeReply(typed: string): Judgement {
  const report = analyzeTone(typed);
  // Phones type curly apostrophes; the spoken patterns below are written with straight ones.
  const text = typed.replace(/[\u2018\u2019`\u00b4]/g, "'");
  const strengthText = (kind: string) =>
    report.strengths
      .filter((strength) => strength.kind === kind)
      .map((strength) => text.slice(strength.start, strength.end));
  const categories = new Set(report.findings.map((finding) => finding.category));
  const demanding = DEMANDING.some((category) => categories.has(category)) || DEMANDS.test(text);
  const blaming =
    [...categories].some((category) => !DEMANDING.includes(category)) || BLAMES.test(text);
  const flagged = demanding || blaming;

  const checks: Record<Strategy, boolean> = {
    // A question that is also flagged ("why did you…?") is a challenge, not curiosity.
    curious:
      strengthText('curious-question').length > 0 ||
      (!flagged && (isQuestion(text) || ASKS.test(text))),
    specific: strengthText('specific-observation').length > 0 || SPECIFIC.test(text),
    solution:
      strengthText('offer-to-help').length > 0 ||
      PROPOSES.test(text) ||
      (strengthText('proposes-solution').length > 0 && !WAITING.test(text)),
    // A bare "thanks" is good manners; recognising the teacher's side says more.
    acknowledges:
      strengthText('appreciation').some((phrase) => !/^thank/i.test(phrase)) ||
      ACKNOWLEDGES.test(text),
  };

  const qualities: Quality[] = (Object.keys(checks) as Strategy[]).filter((check) => checks[check]);
  if (blaming) qualities.push('blaming');
  if (demanding) qualities.push('demanding');
  if (qualities.length === 0) qualities.push('vague');

  return { qualities, landing: landingOf(qualities), checks, findings: report.findings };
}

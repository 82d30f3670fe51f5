import { CHILD, TEACHER, valence } from '../lexicon';
import { gerund, matchCase } from '../rewrite';
import { addCandidate, forEachMatch, pattern, phraseRule, type Rule } from '../rule-kit';
import type { Sentence } from '../sentences';
import { fillTemplate, toneWords } from '../words';

const AUX = String.raw`(?:did|didn't|did not|would|wouldn't|do|don't|does|doesn't|are|aren't|were|weren't|have|haven't|has|hasn't|can|can't|cannot|could|couldn't|won't|will|is|isn't|was|wasn't|should|shouldn't)`;

// "Why" that opens the question itself. An embedded why ("I wonder why…", "help me understand
// why…") is already framed as curiosity, so it never matches.
// Matching "why" first and checking what precedes it keeps this fast on long emails.
const WHY = pattern(
  String.raw`\bwhy\b(?:\s+(?:on earth|in the world|the hell|in god's name|exactly|again|then|ever))?\s+`,
);
const OPENS_QUESTION_BEFORE =
  /(?:^|[,;:(—–]\s*|\b(?:and|but|so|then|also|or|honestly|seriously|frankly|now|plus|again|okay|ok|oh|well|yet|just|really)\s+)$/i;

// What follows the opener decides whether it interrogates the school or wonders about the child.
const AIMED_AT_SCHOOL = [
  // "why did you…", "why would anyone…", "why has nothing…"
  pattern(
    String.raw`^{AUX}\s+(?:not\s+)?(?:{TEACHER}|anyone|anybody|someone|somebody|nobody|no one|nothing|none of (?:you|this|them))\b`,
    { AUX, TEACHER },
  ),
  pattern(
    String.raw`^is it that (?:you|nobody|no one)\b|^is it that\b[^?]*\b(?:every time|always|never|gets? blamed|the only one)\b`,
  ),
  // "Why is it always my kid who has to move?", "Other students got extensions, so why didn't Priya?"
  pattern(
    String.raw`^(?:is it|is|does it|do they) (?:always|only|never) (?:my|our) (?:kid|son|daughter|child|boy|girl)\b|^(?:didn't|wasn't|doesn't|isn't|can't|couldn't|won't) (?:[A-Z][a-z]+|he|she|my \w+)\s*\?*$`,
  ),
  // "Why you not tell me?": the question without its helper verb, common in a second language.
  pattern(
    String.raw`^you\s+(?:not\s+|never\s+)?(?!think\b|suppose\b|feel\b|guys\b)(?:tell|told|put|give|gave|take|took|make|made|say|said|call|send|sent|keep|kept|let|move|moved|change|changed|punish|punished|yell|shout|ignore|ignored|leave|left|do|did|not)\b`,
  ),
  // "Why was the meeting held without the parent present?"
  pattern(
    String.raw`^[^,;:.?!]*?\bwithout (?:telling|asking|informing|notifying|consulting|inviting|warning|any (?:notice|warning)|notice|consent|(?:the |a )?parents?\b|me\b|us\b)`,
  ),
  // "Why is his grade still wrong after I pointed it out?": "still" and "after I asked" make it a complaint.
  pattern(
    String.raw`^[^,;:.?!]*?\b(?:still (?:not|wrong|missing|no|waiting|un\w+)|still \w+n't|always the one|the only one|never (?:gets?|allowed)|the last (?:person|one|parent|to know|to find out)|(?:like|as) (?:we|you) (?:agreed|promised|discussed)|as promised|after I (?:already )?(?:told|asked|pointed|emailed|mentioned|called|wrote|explained|reminded))\b`,
  ),
  // "why is it so hard for you to…", "why is he struggling in your class": the school is in the
  // question even when it is not the subject.
  pattern(String.raw`^[^,;:.?!]*?\b(?:you|your|yours)\b`),
  // "why haven't I gotten…", "why am I just now finding out…"
  pattern(
    String.raw`^(?:am|was|are|were|do|did|didn't|have|haven't|has|hasn't|should)\s+(?:I|we)\s+(?:(?:just|only|now|still|always|never|not|even)\s+)*(?:finding out|found out|hearing|heard|learning|getting|gotten|got|received|receiving|seen|having to|the last (?:one|ones|to know)|been (?:told|informed|getting|hearing))\b`,
  ),
  // "why wasn't I told", "why did I have to hear about this from another parent"
  pattern(
    String.raw`^(?:was|wasn't|were|weren't|have|haven't|has|hasn't|am|is|isn't)\s+(?:I|we)\s+(?:not\s+|never\s+|just\s+|only\s+)*(?:been\s+)?(?:told|informed|notified|called|contacted|consulted|asked|warned|included|invited|updated|kept in the loop)\b`,
  ),
  pattern(
    String.raw`^(?:did|didn't|do|don't|does|should)\s+(?:I|we)\s+(?:not\s+)?(?:only\s+|just\s+)?(?:have to (?:hear|find out|learn|chase|ask|beg|remind|email|keep)|hear|find out|learn)\b`,
  ),
  // "why was she kept in", "why did he get a zero": a decision about the child, asked as a charge.
  pattern(
    String.raw`^{AUX}\s+(?:not\s+)?(?:{CHILD}|(?:my|his|her|our)\s+\w+|[a-z]+)\s+(?:(?:still|not|being|been|even|just|always|constantly|again)\s+)*(?:punished|kept (?:in|back|inside|after)|held back|sent (?:out|home|to)|given (?:a |an )?(?:zero|detention|referral|consequence|warning|lower|bad|f\b)|made to|forced to|moved|marked (?:down|absent|late|tardy)|denied|excluded|left (?:out|behind|alone|on)|singled out|yelled at|removed|pulled out|taken (?:out|away|off)|docked|penalized|penalised|not allowed|written up|suspended|benched|isolated|stuck|by (?:himself|herself)|alone|blamed|not (?:getting|given|receiving)|without (?:his|her) (?:accommodations|aide|breaks|extra time)|(?:get|getting|got|receive|received) (?:a |an )?(?:zero|detention|referral|lower grade|bad grade|f|d|consequence|punishment|in trouble|written up|sent|moved|marked|blamed|yelled at|left|no)\b|(?:lose|losing|lost|miss|missing|missed) (?:his |her |their |the )?(?:recess|lunch|points|privileges|free time|field trip|art|pe|gym|turn))`,
    { AUX, CHILD },
  ),
  pattern(
    String.raw`^(?:is|isn't|was|wasn't|has|hasn't|have|haven't)\s+(?:this|it|that|the (?:problem|issue|plan|iep|504(?: plan)?))\s+(?:still\s+(?:not|un\w+|happening|going on)|not (?:been|being) (?:fixed|done|addressed|handled|followed|resolved)|been (?:ignored|allowed)|taking so long|being ignored)`,
  ),
  pattern(String.raw`^should (?:I|we|{CHILD}|my \w+)\s+(?:have to|be|get)\b`, { CHILD }),
];

// "Why don't you…" is often a suggestion; only complaints about being ignored interrogate.
const WHY_DONT_YOU = /^(?:don't|do not) you\b/i;
// "Why do you think he's struggling?" asks for the teacher's view.
const ASKS_OPINION = /^(?:do|would) you (?:think|suppose|imagine|feel)\b/i;
const WHY_DONT_YOU_COMPLAINT =
  /\b(?:ever|just|even|bother|care|listen|answer|respond|reply|call (?:me )?back|tell me|let me know)\b/i;

const MAKE_THEM =
  /^(?:did|would) you (?:make|let|force) (him|her|them|my \w+|our \w+|[A-Z][a-z]+) ([a-z]+)\b(.*)$/;
const DID_YOU = /^(?:did|would) you ((?!not\b)[a-z]+\b.*)$/;
const DIDNT_YOU =
  /^(?:didn't|did not|wouldn't|couldn't|would not|could not) you ((?!not\b)[a-z]+\b.*)$|^did you not ([a-z]+\b.*)$/;
const NOT_TOLD =
  /^(?:wasn't|was|weren't|were) (?:I|we) (?:not )?(?:told|informed|notified|contacted|called|warned)((?: (?:about|of) .*)?)$/;

/** A caring rewrite of the whole question when its shape is simple enough to be sure of. */
function rewriteQuestion(question: string): string | undefined {
  const r = toneWords.rewrites;
  const make = MAKE_THEM.exec(question);
  if (make) {
    const verb = gerund(make[2]!);
    if (!verb) return undefined;
    return fillTemplate(r.whyDidYouMake, { object: make[1]!, gerund: `${verb}${make[3]!}` });
  }
  const notTold = NOT_TOLD.exec(question);
  if (notTold) return fillTemplate(r.whyWasntITold, { about: notTold[1]! });
  const didnt = DIDNT_YOU.exec(question);
  if (didnt) return fillTemplate(r.whyDidntYou, { action: (didnt[1] ?? didnt[2])! });
  const did = DID_YOU.exec(question);
  if (did) return fillTemplate(r.whyDidYou, { action: did[1]! });
  return undefined;
}

// "Why did you pick this book? Just curious" asks about a teaching choice, not a grievance: no
// harm, no child on the receiving end, or curiosity said out loud next to it.
const CHOICE =
  /^(?:did|do|would) you (?:decide|choose|chose|pick|go with|switch|start|use|assign|select)\b/i;
const CHILD_ON_THE_RECEIVING_END = /\b(?:him|her|them|my|his|our)\b/i;
const CURIOUS_NEARBY =
  /\b(?:curious|I'd love to (?:learn|understand|know|hear)|I'm wondering|so I can (?:help|support)|help at home)\b/i;

function isCuriousChoice(rest: string, sentence: Sentence): boolean {
  if (!CHOICE.test(rest)) return false;
  const clause = rest.split(/[,;:.?!]/)[0]!;
  if (valence(clause).negative) return false;
  return (
    !CHILD_ON_THE_RECEIVING_END.test(clause) ||
    CURIOUS_NEARBY.test(`${sentence.text} ${sentence.next}`)
  );
}

const openedQuestion: Rule = (sentence, out) => {
  forEachMatch(WHY, sentence.text, (m) => {
    if (!OPENS_QUESTION_BEFORE.test(sentence.text.slice(0, m.index))) return;
    const restStart = m.index + m[0].length;
    const rest = sentence.text.slice(restStart);
    if (WHY_DONT_YOU.test(rest) && !WHY_DONT_YOU_COMPLAINT.test(rest)) return;
    if (ASKS_OPINION.test(rest)) return;
    if (isCuriousChoice(rest, sentence)) return;
    // "Why is he doing so well in your class?" is delight, not a charge.
    const mood = valence(rest.split(/[,;:.?!]/)[0]!);
    if (mood.positive && !mood.negative) return;
    let coreEnd = -1;
    for (const re of AIMED_AT_SCHOOL) {
      re.lastIndex = 0;
      const hit = re.exec(rest);
      if (hit) {
        coreEnd = restStart + hit[0].length;
        break;
      }
    }
    if (coreEnd < 0) return;
    const candidate = addCandidate(
      out,
      sentence,
      'interrogating-why/opened-question',
      m.index,
      coreEnd,
    );
    const wide = wholeQuestion(sentence, m.index, restStart);
    if (wide) candidate.wide = wide;
  });
};

/** The question from "why" to its end, with a rewrite, if the sentence ends right there. */
function wholeQuestion(sentence: Sentence, whyAt: number, restStart: number) {
  const terminator = /[.?!…]*$/.exec(sentence.raw)![0];
  const bodyEnd = sentence.raw.length - terminator.length;
  const body = sentence.raw.slice(restStart, bodyEnd).replace(/[’]/g, "'");
  if (/[?!]|\bwhy\b/i.test(body)) return undefined;
  const rewritten = rewriteQuestion(body);
  if (!rewritten) return undefined;
  // A lone "?" travels with the span so the rewrite reads as a full question; stacked marks are
  // left for the shouting rule to point out.
  const withMark = terminator === '?';
  const end = withMark ? sentence.raw.length : bodyEnd;
  const original = sentence.raw.slice(whyAt, end);
  return {
    start: sentence.start + whyAt,
    end: sentence.start + end,
    suggestion: matchCase(`${rewritten}${withMark ? '?' : ''}`, original),
  };
}

// Other ways of putting someone on the stand: "how could you", "what were you thinking",
// "how is that acceptable", "since when is it okay", "I want to know why".
const OTHER_INTERROGATIONS = [
  // "How could you let…" charges; "How would you suggest we practise?" asks for advice.
  pattern(
    String.raw`\bhow dare (?:you|anyone|the school|a teacher)\b|\bhow (?:could|can) (?:you|anyone|the school|a teacher)(?=\s*(?:[?!.]|$)|\s+(?:not|possibly|even|just|let|allow|do (?:this|that|such)|say|think|treat|ignore|leave|forget|expect|justify|punish|humiliate|embarrass|yell|scream|lose|miss|be so)\b)|\bhow would you feel if\b`,
  ),
  // "How a teacher can be so cold to a child" is the same charge, worded as a statement.
  pattern(
    String.raw`\bhow (?:a|any|the|an) (?:teacher|adult|school|professional|educator|grown-?up|person) (?:can|could) (?:be so|treat|say|speak|talk|do (?:this|that)|let|allow|ignore|yell|scream|humiliate|punish)\b`,
  ),
  pattern(String.raw`\bwhat (?:were|was) (?:you|the teacher|anyone|they) thinking\b`),
  pattern(
    String.raw`\bhow (?:is|was|would|could) (?:this|that|it) (?:be )?(?:\w+ )?(?:okay|ok|acceptable|fair|appropriate|allowed|reasonable|professional|right)\b`,
  ),
  pattern(String.raw`\bsince when (?:is|are|do|does|did|can|has|have)\b`),
  pattern(String.raw`\bI (?:want|need|demand|deserve|expect) to know why\b`),
  pattern(
    String.raw`\bI(?:'d| would) like to know why (?:you|the teacher|the school|nobody|no one)\b(?=\s+(?:\w+\s+)?(?:didn't|did not|never|haven't|wouldn't|won't|refuse|refused|couldn't|can't|ignored|decided))`,
  ),
  pattern(String.raw`^(?:(?:now|so|then),?\s+)?explain (?:to me )?(?:why|how)\b`),
  pattern(
    String.raw`\bdo you (?:even )?(?:realize|understand how|have any idea (?:how|what)|know how (?:hard|upsetting|humiliating|embarrassing|scary|stressful|frustrating|much|long|it feels))\b`,
  ),
  pattern(String.raw`\bdid you (?:not|really) (?:think|read|see|notice|know|consider)\b`),
  pattern(String.raw`\bwhy (?:the hell|on earth|in the world|in god's name)\b`),
  pattern(
    String.raw`\bwhat (?:possible |earthly |on earth )?(?:reason|excuse|justification|right) (?:could|would|did|do|does) (?:you|anyone|the school|the teacher) (?:possibly )?(?:have|give|had)\b|\b(?:what|who) gives? you the right\b|\bwho gave you the right\b`,
  ),
  pattern(
    String.raw`\b(?:you|the teacher|the school|anyone|someone) (?:thought|felt|decided|believed) (?:it was|that was|that it was|it would be) (?:okay|ok|acceptable|appropriate|fine|alright|all right|a good idea|reasonable|necessary) to\b`,
  ),
  pattern(
    String.raw`\bhow (?:has|have|did|could|is it that|come) (?:nobody|no one|no-one|not one|you)\b(?! (?:think|feel|been|liked?)\b)|\bhow many (?:more )?(?:times|weeks|days|emails|incidents)\b[^.?!]*\bbefore (?:someone|anyone|somebody|you|the school)\b|\bwhat will it take (?:for|before)\b`,
  ),
  pattern(
    String.raw`\bwhere (?:were|was) (?:you|the teacher|the aide|the staff|anyone|the adults|the sub|the substitute)\b|\bwho was (?:supposed to be )?(?:watching|supervising|in charge of)\b`,
  ),
];

export const interrogatingWhy: Rule[] = [
  openedQuestion,
  phraseRule('interrogating-why/other-interrogations', OTHER_INTERROGATIONS),
];

import { valence } from '../lexicon';
import { addCandidate, pattern, type Rule } from '../rule-kit';
import type { Sentence } from '../sentences';
import type { ToneCategory } from '../types';

// Passive-aggressive and pointed lines rarely carry a harsh word. What gives them away is a
// combination: a stock opener ("I'm sure you're very busy, but"), a marker of repetition or
// surprise ("for the third time", "for once"), a comparison ("other teachers manage"), a
// rhetorical question, sitting next to a complaint. Each cue below adds to a sentence's score;
// strong cues reach the threshold alone, weaker ones only together or beside a complaint, and a
// charitable explanation ("maybe it went to spam") pulls the score back down.

interface Cue {
  /** Lower-case words, one of which must appear before the pattern is worth running. */
  hints: string[];
  re: RegExp;
  weight: number;
  category: ToneCategory;
  /** Only counts in a question (or an unpunctuated line that may be one). */
  question?: boolean;
  /** Ignored when the sentence is plainly happy ("Who knew fractions could be fun!"). */
  unlessHappy?: boolean;
}

const THRESHOLD = 1;
const COMPLAINT_BONUS = 0.4;
const CHARITY_PENALTY = 0.6;

const ORDINAL = String.raw`(?:second|third|fourth|fifth|sixth|seventh|tenth|umpteenth|hundredth|millionth|nth|\d+(?:st|nd|rd|th))`;
const COUNT = String.raw`(?:two|three|four|five|six|several|multiple|many|numerous|countless|\d+)`;
const SCHOOL_WHO = String.raw`(?:anyone|anybody|someone|somebody)`;
const CHILD_WORD = String.raw`(?:kid|child|student|boy|girl|\w+-year-old|(?:first|second|third|fourth|fifth|sixth) grader|kindergartner|toddler)`;
const SCHOOL_OUTPUT = String.raw`(?:report|grade|note|email|reply|response|update|answer|call|newsletter|feedback|heads-up|heads up|comment|message|information|info|communication|notice|warning|phone call|good news)`;

const cue = (
  hints: string,
  source: string,
  weight: number,
  category: ToneCategory,
  extra: Partial<Cue> = {},
): Cue => ({
  hints: hints ? hints.split('|') : [],
  re: pattern(source, { ORDINAL, COUNT, SCHOOL_WHO, CHILD_WORD, SCHOOL_OUTPUT }),
  weight,
  category,
  ...extra,
});

const CUES: Cue[] = [
  // Pointing back at earlier messages the teacher should have acted on.
  cue(
    'per',
    String.raw`\bper my (?:last |previous |earlier |prior |recent )?(?:email|message|note|voicemail|call|request|letter|conversation)s?\b`,
    1,
    'sarcasm',
  ),
  cue(
    'as',
    String.raw`\bas (?:I|I've|I have) (?:already |previously |repeatedly |now )?(?:mentioned|said|stated|explained|noted|written|asked|requested|told you|pointed out|shared)\b[^.?!]{0,30}?(?:\b{COUNT} (?:previous |prior |other |separate |different )?(?:emails|messages|notes|times|calls|occasions|letters)\b|\b(?:previous|prior|last|earlier) {COUNT}\b|\b(?:twice|repeatedly|already)\b)`,
    1,
    'sarcasm',
  ),
  cue(
    'for',
    String.raw`\b(?:circling|following|checking|coming|reaching) (?:back|up|in|out)\b[^.?!]{0,20}\bfor the {ORDINAL} time\b|\bagain for the {ORDINAL} time\b`,
    1,
    'sarcasm',
  ),
  cue(
    '',
    String.raw`^(?:this is (?:my|the|now the) )?{ORDINAL} (?:email|message|request|note|call|attempt|try|time (?:I've|I have) (?:asked|written|emailed|called))\b`,
    0.6,
    'sarcasm',
  ),
  cue(
    'again',
    String.raw`\b(?:explain|say|repeat|send|attach|attached|spell (?:it|this) out)\b[^.?!]{0,25}\bagain\b[^.?!]{0,40}(?:\bsince\b|\bclearly\b|\bfor the {ORDINAL} time\b|\bthe first (?:two|three|four|few|several|\d+) times\b|\bdidn't (?:land|sink in|get through)\b)`,
    1,
    'sarcasm',
  ),
  cue('first', String.raw`\bthe first (?:two|three|four|few|several|\d+) times\b`, 0.6, 'sarcasm'),
  cue(
    'second|third|fourth|fifth|sixth|seventh|tenth|umpteenth|hundredth|millionth|nth|1st|2nd|3rd|4th|5th|6th|7th|8th|9th|10th',
    String.raw`\bthe {ORDINAL} (?:\w+ ){0,2}(?:this|in a row|since|so far)\b`,
    0.4,
    'absolute',
  ),
  cue(
    'times',
    String.raw`\b{COUNT} times (?:now )?(?:I|we)(?:'ve| have)? (?:write|wrote|written|email|emailed|call|called|ask|asked|message|messaged|text|texted|tried|come|came)\b`,
    0.6,
    'absolute',
  ),
  cue(
    'still',
    String.raw`\bstill (?:nothing|no (?:reply|response|answer|word|update|call))\b(?:\s+(?:back\s+)?from (?:you|the school|anyone|the office))?`,
    0.6,
    'sarcasm',
  ),
  cue(
    'still',
    String.raw`\bstill (?:nothing|no (?:reply|response|answer|word))\s+(?:back\s+)?from (?:you|the school|anyone|the office)\b`,
    1,
    'sarcasm',
  ),

  // Stock openers that promise politeness and then deliver a jab.
  cue(
    'sure|complain|correct|respect|offense|offence|rude|pushy|difficult|pain|harsh|hate|blunt|frank|assume|needless',
    String.raw`\b(?:I'm sure you(?:'re| are) (?:very |really |so |incredibly |extremely )?(?:busy|swamped|overwhelmed|slammed),? but|not (?:one|someone|the type|the kind of (?:person|parent)) to complain|correct me if I'm wrong|with (?:all )?due respect|no offen[cs]e|not to be (?:rude|pushy|difficult|a pain|that parent|harsh)|I hate to (?:say|point out)|let me be (?:blunt|frank)|to be (?:blunt|frank|brutally honest)|I(?:'ll| will) (?:just )?assume|needless to say)\b`,
    0.6,
    'sarcasm',
  ),
  cue(
    'know|aware|clear|interesting|interestingly|funny|reminder|mean|honest',
    String.raw`\b(?:just so (?:you(?:'re| are)? )?(?:know|aware|we're clear)|interesting(?:ly)?,? (?:that|how)|funny (?:that|how)|(?:kind|friendly|gentle|quick) reminder|I don't mean to (?:be|sound) \w+|let me be honest)\b`,
    0.4,
    'sarcasm',
  ),
  cue(
    'sure',
    String.raw`\bI'm sure (?:there(?:'s| is| was)|you had|you have|there were) (?:a |some )?(?:perfectly |very |really )?(?:good|valid|logical|great) (?:reason|explanation|excuse)s?\b`,
    0.6,
    'sarcasm',
  ),
  cue(
    'been',
    String.raw`\b(?:it(?:'s| has| is)|it's) (?:now |already )?been (?:over |more than |almost |nearly )?(?:{COUNT}|a|a couple of|a few) (?:days|weeks|months|school days)\b`,
    0.4,
    'sarcasm',
  ),
  cue('', String.raw`^oh,? wait\b`, 0.6, 'sarcasm'),
  cue('', String.raw`^(?:wow|gee|gosh|oh wow|well,? well)\b`, 0.4, 'sarcasm'),
  // Praise for the very thing that went wrong: the school's planning, tracking or keeping parents informed.
  cue(
    'well|planning|organization|organisation|organizing|organising|communication|communicating|timing|follow-through|following|tracking|track|record-keeping|scheduling|coordination|management',
    String.raw`\b(?:so|very|really|super|extremely|incredibly) well (?:informed|organi[sz]ed|planned|communicated|coordinated|run|managed)\b|\b(?:great|good|nice|fantastic|wonderful|excellent|stellar|brilliant|amazing|super|impressive|terrific|top-notch) (?:job |work )?(?:planning|organi[sz]ation|organi[sz]ing|communication|communicating|timing|follow-through|following through|keeping track|record-keeping|scheduling|coordination|time management)\b`,
    0.6,
    'sarcasm',
  ),
  cue(
    'keeping',
    String.raw`\bkeeping (?:me|us|parents|everyone|families) (?:informed|updated|in the loop|posted)\b`,
    0.3,
    'sarcasm',
  ),
  cue(
    'thanks|thank',
    String.raw`\bthank(?:s| you)\b[^.?!]{0,30}\b(?:telling|announcing|sharing|showing|reading out|pointing out|calling out|mentioning)\b[^.?!]{0,40}\b(?:diagnosis|grades?|scores?|medical|private|personal|iep|504|adhd|autism|disability|mistakes?|behaviou?r chart|weight|medication)\b`,
    1,
    'sarcasm',
  ),
  cue('', String.raw`^(?:good|nice|great|lovely) to know[.!]*$`, 0.6, 'sarcasm'),
  // Siding with the child's accusation: "…and from what I've seen, she's right."
  cue(
    'starting|beginning|seen|wrong',
    String.raw`\b(?:I'm|I am) (?:starting|beginning) to (?:wonder|think|believe|agree|feel) (?:the same|so too|that too|the same thing)\b|\bfrom what I(?:'ve| have) seen,? (?:she|he|they)(?:'s| is|'re| are) (?:right|not wrong)\b|\b(?:she|he|they)(?:'s| is|'re| are) not wrong\b`,
    0.6,
    'blame',
  ),
  cue(
    'advance',
    String.raw`\bthanks? (?:you )?in advance for (?:actually|finally|(?:doing|following through on|sticking to|honou?ring|keeping to) what)\b`,
    1,
    'sarcasm',
  ),
  cue(
    'forward',
    String.raw`\blooking forward to (?:actually|finally|maybe|possibly|eventually)\b`,
    1,
    'sarcasm',
  ),
  cue('time', String.raw`\b(?:this time|for real this time)\b`, 0.6, 'sarcasm'),
  cue(
    'actually',
    String.raw`\b(?:someone|anyone|somebody|anybody|you)\s+(?:\w+\s+)?actually\b|\bactually (?:hearing|getting|receiving|following|followed|reading|happen(?:s|ed)?|done|said something)\b`,
    0.4,
    'sarcasm',
  ),
  cue(
    'suggestion|optional|request',
    String.raw`\bnot (?:a suggestion|optional|a request)\b`,
    0.6,
    'sarcasm',
  ),
  cue(
    'apply|applies|count|counts|matter|matters|certain|double',
    String.raw`\b(?:only|just) (?:seems? to )?(?:apply|applies|count|counts|matter|matters) (?:to|for|when)\b|\bcertain (?:students|kids|children|families|people)\b|\bdouble standard\b`,
    0.6,
    'sarcasm',
  ),

  // Praise with a sting: "for once", "as always" beside a complaint, thanks for the late notice.
  cue('once|change', String.raw`\bfor (?:once|a change)\b`, 0.6, 'sarcasm'),
  cue(
    'once|change',
    String.raw`\b(?:{SCHOOL_OUTPUT}|you|someone|somebody|the school)\b[^.?!]{0,40}\bfor (?:once|a change)\b|\bfor (?:once|a change)\b[^.?!]{0,40}\b(?:{SCHOOL_OUTPUT}|you|someone|somebody|the school)\b`,
    1,
    'sarcasm',
  ),
  cue('always|usual|ever', String.raw`\bas (?:always|usual|per usual|ever)\b`, 0.6, 'sarcasm'),
  cue(
    'suppose|guess',
    String.raw`\bthank(?:s| you)\b[^.?!]{0,25}\bI (?:suppose|guess)\b|\bI suppose[.!]*$`,
    1,
    'sarcasm',
  ),
  cue(
    'first|only',
    String.raw`\bthe (?:first|only) (?:one|time|\w+) (?:all|this) (?:year|term|semester|month|quarter)\b`,
    0.6,
    'sarcasm',
  ),
  cue(
    'world|wonders|miracles|calendar|calendars|froze|frozen|knew|imagine|figure|what|shocking|surprise|surprised|shocked|shock',
    String.raw`\b(?:is the world ending|will wonders never cease|wonders never cease|miracles (?:do )?happen|mark (?:the|your|my) calendars?|hell (?:has )?froze(?:n)? over|who knew|imagine that|go figure|what a (?:shock|surprise|concept|novel idea)|shocking,|no surprise there|colou?r me (?:shocked|surprised)|big shock)\b`,
    1,
    'sarcasm',
    { unlessHappy: true },
  ),
  cue(
    '',
    String.raw`^real (?:professional|mature|classy|nice|smart|helpful|responsible|thoughtful)\b|^(?:very|how|so) (?:professional|mature|classy)[,!]`,
    1,
    'sarcasm',
  ),
  cue(
    '',
    String.raw`^(?:(?:what )?(?:a )?(?:great|good|nice|wonderful|fantastic|lovely|brilliant|excellent|super) (?:message|lesson|example|thing) to (?:send|teach|give|set|show))\b`,
    1,
    'sarcasm',
  ),
  cue(
    '',
    String.raw`^(?:(?:it's |what )?a (?:shame|pity)|(?:too|so) bad|shame|pity|if only)\b`,
    0.6,
    'sarcasm',
  ),
  cue(
    'exist|exists|alive|class|there',
    String.raw`\b(?:remembered|noticed|realized|realised) (?:that )?(?:she|he|they|my \w+|our \w+|I|we) (?:exists?|(?:is|are) (?:in your class|alive|there))\b`,
    1,
    'sarcasm',
  ),
  cue(
    'worth',
    String.raw`\b(?:hope|hopefully)\b[^.?!]{0,60}\b(?:was|were|is) worth it\b`,
    1,
    'sarcasm',
  ),
  cue(
    'must',
    String.raw`\bmust be (?:a )?(?:slow|quiet|light|easy|relaxing) (?:week|day|job|month|life)\b`,
    1,
    'sarcasm',
  ),
  cue(
    'waiting',
    String.raw`\b(?:I'm|I am) still waiting (?:to see (?:it|that|this|any)|for (?:proof|evidence|the day))\b`,
    1,
    'sarcasm',
  ),
  cue(
    'if',
    String.raw`\byou(?:'d| would) (?:know|have known|have seen|realize) (?:that )?if you\b`,
    1,
    'sarcasm',
  ),
  cue(
    "been|'ve",
    String.raw`\b(?:would|'d)(?: have been|'ve been| of been) (?:nice|good|great|lovely) to (?:know|be told|hear about it|get a heads[- ]up)\b`,
    1,
    'sarcasm',
  ),
  cue(
    "been|'ve",
    String.raw`\b(?:would|'d)(?: have been|'ve been| of been) (?:nice|good|helpful|great|lovely) (?:to|if)\b`,
    0.6,
    'sarcasm',
  ),
  cue(
    'last-minute|last|night|day|fact|late',
    String.raw`\b(?:appreciate|appreciated|love|loved|thanks|thank you)\b[^.?!]{0,30}\b(?:last[- ]minute|the night before|the day of|after the fact|(?:a|one|two|three) (?:days?|weeks?) late)\b`,
    1,
    'sarcasm',
  ),
  cue(
    'know|see|hear',
    String.raw`\b(?:good|nice|great|glad) to (?:know|see|hear)\b`,
    0.4,
    'sarcasm',
  ),

  // Rhetorical questions: asked to make a point, not to learn anything.
  cue(
    'anyone|anybody|someone|somebody',
    String.raw`\b(?:is|are|was|were|does|do|did|has|have|will|would|can|could)\s+{SCHOOL_WHO}\s+(?:\w+\s+)?(?:actually|even|ever|really|at all|bother|bothering|planning|going|intending|thinking|thought)\b`,
    1,
    'sarcasm',
    { question: true },
  ),
  cue(
    'you',
    String.raw`\b(?:do|did|does|are|were|have|has)\s+you\s+(?:actually|even|ever even|really even)\s+(?:read|look|looked|check|checked|open|opened|listen|care|bother|know|notice|noticed)\b`,
    1,
    'sarcasm',
    { question: true },
  ),
  cue(
    'kill|part|occur|cross|hard',
    String.raw`\bwould it kill\b|\bwhat part of\b[^?]*\b(?:unclear|confusing|hard|difficult|understand|not)\b|\bdid it (?:ever )?(?:occur|cross)\b|\bhow hard (?:would|could) it (?:be|have been)\b`,
    1,
    'sarcasm',
  ),
  cue(
    'supposed|expected|meant',
    String.raw`\b(?:am|are) (?:I|we) (?:supposed|expected|meant) to (?:just|simply|somehow|magically|guess|read (?:your|their) minds?)\b`,
    1,
    'sarcasm',
    { question: true },
  ),
  cue(
    'supposed|expected|meant',
    String.raw`\bhow (?:is|are|was|were) (?:a|an|any|the|your) (?:\w+ )?{CHILD_WORD}s? (?:\w+ ){0,2}(?:supposed|expected|meant) to\b`,
    1,
    'sarcasm',
    { question: true },
  ),
  cue('who', String.raw`\bwho (?:hired|let|allowed)\b`, 1, 'sarcasm', { question: true }),
  cue(
    'who',
    String.raw`\bwho (?:decided|thought|approved|signed off|came up with|authori[sz]ed|okayed)\b`,
    0.6,
    'sarcasm',
    { question: true },
  ),
  cue(
    'reason|explanation|excuse',
    String.raw`\bis there (?:a|any) (?:good )?(?:reason|explanation|excuse) (?:why )?(?:nobody|no one|you|the school|the teacher|I|we|he|she|my \w+)\s+(?:\w+\s+)?(?:wasn't|weren't|didn't|couldn't|wouldn't|hasn't|haven't|never|thought|bothered|was not|were not|did not|could not|was never|keeps getting|was left|is always|is the only)\b`,
    1,
    'interrogating-why',
    { question: true },
  ),
  cue(
    'planning|going|intending|meaning',
    String.raw`\b(?:was|were|is|are) (?:{SCHOOL_WHO}|you|the school|the teacher) (?:ever )?(?:planning|going|intending|meaning) (?:on |to )?(?:tell(?:ing)?|let(?:ting)?|inform(?:ing)?|notify(?:ing)?|call(?:ing)?) (?:me|us|parents|the parents|families|anyone)\b`,
    1,
    'sarcasm',
    { question: true },
  ),
  cue(
    'part',
    String.raw`\b(?:isn't|is not)\b[^.?!]{0,50}\bpart of (?:the|your|a teacher's|the teacher's|the school's) job\b`,
    1,
    'sarcasm',
  ),
  cue(
    'more',
    String.raw`\b(?:gets?|got|getting|receives?) more (?:attention|time|care|effort|thought|priority) than\b|\b(?:matters?|counts?) more than (?:the )?(?:kids|children|students|learning|my \w+|our \w+)\b|\bmore important than (?:the )?(?:kids|children|students|learning|my \w+|our \w+)\b`,
    0.8,
    'sarcasm',
  ),
  cue('', String.raw`^(?:so|oh,? so)\b[^?]*\?$`, 0.4, 'sarcasm'),
  cue(
    'little',
    String.raw`\bhow little (?:effort|time|work|thought) it (?:takes|took|would take)\b`,
    1,
    'sarcasm',
  ),
  cue(
    'easy|simple|quick|hard',
    String.raw`\bhow (?:easy|simple|quick|hard) it (?:is|would be) to (?:send|write|reply|answer|call|email|text|post|update|let (?:me|us|parents) know)\b`,
    0.6,
    'sarcasm',
  ),
  cue(
    'time',
    String.raw`\b(?:less|more) time\b[^.?!]{0,50}\b(?:and|than) (?:more|less) time\b`,
    0.6,
    'sarcasm',
  ),
  cue(
    'actual',
    String.raw`\bactual (?:teaching|math|learning|lessons?|instruction|work|reading|education)\b`,
    0.6,
    'sarcasm',
  ),
  // "As a teacher myself, I would never…": the parent's own standard held over the teacher.
  cue(
    'teacher|teach|educator',
    String.raw`\b(?:as a teacher|as an educator|speaking as an? (?:teacher|educator)|I teach|I(?:'m| am) a teacher)\b`,
    0.4,
    'loaded-judgement',
  ),
  cue(
    'never',
    String.raw`\bI(?:'d| would) never (?:dream of |think of |consider )?\w+ing\b`,
    0.4,
    'loaded-judgement',
  ),
  cue(
    'carelessly|sloppily|poorly|badly|unprofessionally|lazily|harshly',
    String.raw`\b(?:this|so|that) (?:carelessly|sloppily|poorly|badly|unprofessionally|lazily|harshly)\b`,
    0.6,
    'loaded-judgement',
  ),
  cue(
    "nobody|no|nobody's",
    String.raw`\b(?:nobody|no one)(?:'s| is) (?:ever )?(?:going to|gonna|planning to|planning on) (?:tell|let|inform|call|explain|answer|reply|respond)\b`,
    1,
    'sarcasm',
  ),
  cue('point', String.raw`\bwhat(?:'s| is) (?:even )?the point of\b`, 0.6, 'sarcasm'),

  // Comparisons that put the teacher down.
  cue(
    'other',
    String.raw`\bother (?:teachers|schools|classes|classrooms|districts|staff)\b[^.?!]{0,30}\b(?:somehow|manage|managed|seem to|are able to|were able to|have no (?:trouble|problem)|find (?:the )?time|(?:all )?(?:do|did) (?:it|this|that))\b`,
    1,
    'sarcasm',
  ),
  cue(
    'unlike',
    String.raw`\bunlike (?:last year's|his last|her last|their last|his old|her old|their old|his previous|her previous|the previous|other|some|most|every other|any other|the other|your)\b`,
    0.6,
    'sarcasm',
  ),
  cue(
    'better',
    String.raw`\b(?:know|knows|understand|understands) (?:my|our) (?:own )?(?:son|daughter|child|kid|children|kids|boy|girl)\b[^.?!]{0,20}\bbetter than (?:you|the school|anyone at|the teacher)\b`,
    1,
    'loaded-judgement',
  ),
  cue(
    'expected',
    String.raw`\b(?:I|we) (?:honestly |really |frankly |truly )?expected (?:better|more)(?: (?:from|of) (?:you|someone|a teacher|the school|this school|your|an? \w+)|[.!]*$)`,
    1,
    'loaded-judgement',
  ),
  cue(
    'think',
    String.raw`\byou(?:'d| would) think (?:a|an|the|that|your|any|this) (?:school|teacher|teachers|professional|educator|district|office|adult|staff|class)\b`,
    1,
    'sarcasm',
  ),
  cue(
    'real|good|competent|decent|proper|professional',
    String.raw`\b(?:a|any) (?:real|good|competent|decent|proper|professional) (?:teacher|school|educator) (?:would|wouldn't|would have|knows|should)\b`,
    1,
    'loaded-judgement',
  ),

  // Dismissal and record-keeping as leverage.
  cue(
    'whatever|anyway',
    String.raw`^whatever[.!]*$|\bdo (?:whatever|what) you (?:want|like|please)\b[^.?!]*\banyway\b|\byou (?:will|always do|do) anyway\b`,
    1,
    'sarcasm',
  ),
  cue(
    "can't|cannot|won't|never",
    String.raw`\bso (?:that )?(?:you|nobody|no one|the school|they|anyone) (?:can't|cannot|won't be able to|can never) (?:say|claim|deny|pretend|act like|tell me)\b`,
    1,
    'threat',
  ),
  cue(
    'record|trail',
    String.raw`\bso (?:that )?there(?:'s| is) (?:a )?(?:record|paper trail)\b`,
    0.6,
    'threat',
  ),
  cue(
    "copying|cc'ing|cc'd|ccing|cc|including|looping|looped|copied",
    String.raw`\b(?:copying|cc'ing|cc'd|ccing|cc|including|looping in|looped in|copied)\s+(?:in\s+)?(?:the |our |your )?(?:principal|head ?teacher|district|superintendent|vice principal|assistant principal|administration|school board)\b`,
    0.6,
    'threat',
  ),
  cue(
    'other|only',
    String.raw`\b(?:the )?other (?:parents|families|moms|dads|mothers|fathers) (?:are|have been|will be|were) (?:\w+ )?(?:talking|asking|complaining|discussing|upset|noticing|aware|concerned)\b|\b(?:I'm|I am|we're|we are) not the only (?:parent|family|one)\b`,
    0.6,
    'threat',
  ),
  // More sarcasm that needs no harsh word: stock idioms, a twist after an ellipsis, a wish.
  cue(
    'thanks|coincidence|sense|come|fault|better|nice|great|easier|simpler|quicker',
    String.raw`\bno thanks to\b|\bjust a coincidence\b|\bmake it make sense\b|^come on[.!]*$|\bsomehow\b[^.?!]{0,30}\b(?:our|my|his|her|the kids?'s?) fault\b|\b(?:would|it'd|it would) be (?:even )?(?:better|nice|great|lovely) if\b[^.?!]{0,40}\b(?:at some point|for once|ever|actually|just once|someone|anyone)\b|\bI guess it's (?:easier|simpler|quicker) to\b`,
    1,
    'sarcasm',
  ),
  cue(
    'clearly|obviously|apparently',
    String.raw`^(?:clearly|obviously|apparently),? (?:that|this|it|nothing|none of (?:that|it)) (?:didn't|did not|hasn't|has not|isn't|wasn't|never|doesn't)\b`,
    1,
    'sarcasm',
  ),
  cue('', String.raw`(?:\.\.\.|…)\s*(?:with|except|when|if|as long as|unless)\b`, 0.6, 'sarcasm'),
  cue(
    'brilliant|great|perfect|wonderful|fantastic|lovely|nice|super|excellent|amazing|awesome|classic',
    String.raw`^(?:brilliant|great|perfect|wonderful|fantastic|lovely|nice|super|excellent|amazing|awesome|classic)[.!]*$`,
    0.6,
    'sarcasm',
  ),
  cue(
    'finding|learning|hearing',
    String.raw`\bso (?:we're|we are|I'm|I am) (?:just )?(?:now )?(?:finding out|learning|hearing)\b`,
    0.6,
    'sarcasm',
  ),

  cue(
    'job|work',
    String.raw`\b(?:great|amazing|wonderful|fantastic|good|excellent|terrific) (?:job|work)\b[^.?!]{0,20}(?:\.\.\.|…)\s*(?:with|except|when|if|as long as|unless)\b`,
    1,
    'sarcasm',
  ),
  cue(
    'only',
    String.raw`\bthe only (?:parent|one|family|kid|child|student|person)s? (?:who|that) (?:didn't|wasn't|weren't|never|doesn't|hasn't|haven't)\b`,
    0.6,
    'sarcasm',
  ),
  cue(
    'hard|difficult',
    String.raw`\bis it (?:really |truly )?(?:that|so) (?:hard|difficult) to\b`,
    1,
    'sarcasm',
    { question: true },
  ),
  cue(
    'typical|course',
    String.raw`\b(?:pretty |so |very |just )?(?:typical|par for the course) (?:for|of) (?:your|this|the|that) (?:room|class|classroom|school|teacher|office)\b`,
    1,
    'sarcasm',
  ),
  cue(
    'finally',
    String.raw`\b(?:nice|good|great|glad|lovely) to (?:finally|at last) (?:get|hear|see|receive)\b`,
    1,
    'sarcasm',
  ),
  cue(
    'because',
    String.raw`,? because it (?:wasn't|isn't|certainly wasn't|sure wasn't|definitely wasn't)\b`,
    0.6,
    'sarcasm',
  ),
  cue('noted', String.raw`^noted[.!]*$`, 0.6, 'sarcasm'),
  cue('according', String.raw`\baccording to you\b`, 0.6, 'sarcasm'),
  cue(
    'every|each',
    String.raw`\b(?:every|each) (?:tiny|little|single|small) (?:thing|detail|mistake|issue)\b`,
    0.6,
    'absolute',
  ),
  cue('bother', String.raw`\bwhy (?:we|I) (?:even )?bother\b`, 1, 'sarcasm'),
];

// A complaint nearby turns a borderline cue into a jab.
const OMISSION =
  /n't\b|\b(?:not|never|nothing|nobody|no one|without)\b|\bno (?:reply|response|answer|word|update|call|notice|warning|idea)\b/i;
const COMPLAINT =
  /\b(?:silence|crickets|radio silence|(?:had to|have to) (?:hear|find out|learn|chase|ask)|found out|from (?:another|a) (?:parent|classmate|mom|dad|kid)|last[- ]minute|the (?:night|day) before|the (?:morning|day) of|after the fact|late|again|missed|lost|forgot\w*|ignored|waiting)\b/i;
// A kind explanation for the silence makes a repeated ask read as a nudge, not a jab.
const CHARITY =
  /\b(?:spam|junk|lost in the shuffle|(?:may|might) have (?:missed|gone|been|ended)|my (?:mistake|fault|bad)|in case (?:it|the|my|you)|no rush|not urgent)\b/i;

/** True when words someone else said were blanked out of this sentence. */
function quotesSomeone(sentence: Sentence): boolean {
  for (let i = 0; i < sentence.text.length; i++) {
    if (sentence.text[i] === ' ' && /[A-Za-z]/.test(sentence.raw[i]!)) return true;
  }
  return false;
}

/** Cues found in the sentences the rule read lately, for the models' features. */
const recentHits = new Map<string, number[]>();
const RECENT = 200;

function remember(text: string, hits: number[]): void {
  if (recentHits.size >= RECENT) recentHits.delete(recentHits.keys().next().value!);
  recentHits.set(text, hits);
}

// Which cues a word can wake up, so a sentence only runs the patterns its own words allow.
const BY_WORD = new Map<string, number[]>();
const ALWAYS: number[] = [];
CUES.forEach((c, i) => {
  if (c.hints.length === 0) ALWAYS.push(i);
  for (const h of c.hints) BY_WORD.set(h, [...(BY_WORD.get(h) ?? []), i]);
});

/** Indexes of the cues worth running on `text`, in order. */
function candidateCues(text: string): number[] {
  const picked = new Set<number>(ALWAYS);
  for (const w of text.toLowerCase().match(/[a-z0-9']+(?:-[a-z]+)*/g) ?? []) {
    const cues = BY_WORD.get(w);
    if (cues) for (const i of cues) picked.add(i);
  }
  return [...picked].sort((a, b) => a - b);
}

function isQuestion(sentence: Sentence): boolean {
  const t = sentence.text.trimEnd();
  return t.endsWith('?') || !/[.!]$/.test(t);
}

export const pointed: Rule = (sentence, out) => {
  const text = sentence.text;
  let best: { cue: Cue; index: number; end: number } | undefined;
  let score = 0;
  let happy: boolean | undefined;
  const question = isQuestion(sentence);
  const hits: number[] = [];
  for (const i of candidateCues(text)) {
    const c = CUES[i]!;
    c.re.lastIndex = 0;
    const m = c.re.exec(text);
    if (!m) continue;
    hits.push(i);
    if (c.question && !question) continue;
    if (c.unlessHappy) {
      happy ??= (() => {
        const mood = valence(text);
        return mood.positive && !mood.negative && !OMISSION.test(text);
      })();
      if (happy) continue;
    }
    score += c.weight;
    if (!best || c.weight > best.cue.weight)
      best = { cue: c, index: m.index, end: m.index + m[0].length };
  }
  remember(text, hits);
  if (!best) return;
  const follow = /^\s*(?:still|and|but|no)\b/i.test(sentence.next) ? sentence.next : '';
  // A short fragment ("Good to know.") takes its meaning from the line before it.
  const fragment = text.split(/\s+/).length <= 4 ? sentence.previous : '';
  const nearby = `${text} ${follow} ${fragment}`;
  if (
    valence(nearby).negative ||
    OMISSION.test(nearby) ||
    COMPLAINT.test(nearby) ||
    /^so\b[^?]*\?\s*$/i.test(fragment.trim()) ||
    quotesSomeone(sentence)
  ) {
    score += COMPLAINT_BONUS;
  }
  if (CHARITY.test(text)) score -= CHARITY_PENALTY;
  if (score < THRESHOLD) return;
  addCandidate(out, sentence, best.cue.category, best.index, best.end);
};

/**
 * Names of the cues present in `text`, whatever the score: partial evidence for the model.
 * Names are positions in CUES, so after adding, removing or reordering a cue, retrain with
 * `npx tsx scripts/train-tone.ts` (tests/tone/model.test.ts fails until the weights match).
 */
export function cueFeatures(text: string): string[] {
  // The rule has usually just read this very sentence; reuse what it found.
  let hits = recentHits.get(text);
  if (!hits) {
    hits = [];
    for (const i of candidateCues(text)) {
      const c = CUES[i]!;
      c.re.lastIndex = 0;
      if (c.re.test(text)) hits.push(i);
    }
    remember(text, hits);
  }
  return hits.map((i) => `#c${i}`);
}

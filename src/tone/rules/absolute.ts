import { NOBODY, clauseAfter, hedgedBefore, valence } from '../lexicon';
import { pattern, phraseRule, type Rule } from '../rule-kit';
import type { Sentence } from '../sentences';

// Absolutes about the teacher or school. About the child or about praise they are fine:
// "He always lights up…", "You always find a way…".
const AFFIRMING = String.raw`(?:always|constantly|continually|consistently|forever)`;
const DENYING = String.raw`(?:never|never once|never ever)`;
const SCHOOL_SIDE = String.raw`(?:you|you've|you're|the teacher|the school|this school|the (?:front )?office|the staff|{NOBODY})`;
const LINK = String.raw`(?:\s+(?:have|has|are|is|were|was|do|does|did|seem to|just|also|literally|basically|still|been|'ve|'re))*`;

const SCHOOL_AFFIRMS = pattern(String.raw`\b${SCHOOL_SIDE}${LINK}\s+${AFFIRMING}\b`, { NOBODY });
const SCHOOL_DENIES = pattern(
  String.raw`\b${SCHOOL_SIDE}${LINK}\s+${DENYING}\b|\b{NOBODY}(?:\s+(?!ever\b)[\w']+){0,3}?\s+ever\b`,
  { NOBODY },
);

// Generic "you" ("you never know") and quoting the teacher's sayings are not about the teacher.
const GENERIC_YOU = /^(?:you never (?:know|can tell)|you always (?:say|tell us|remind))/i;
const QUOTING_BEFORE = /\b(?:as|like)\s+$/i;
const PRAISE_CONTRAST =
  /\b(?:the way|like|as well as|as much as) you (?:have|do|did)\b|\buntil (?:you|this year|your class)\b/i;

function isAbsoluteComplaint(sentence: Sentence, m: RegExpExecArray, affirming: boolean): boolean {
  const text = sentence.text;
  if (GENERIC_YOU.test(text.slice(m.index)) || QUOTING_BEFORE.test(text.slice(0, m.index)))
    return false;
  if (hedgedBefore(text, m.index)) return false;
  // "No one has ever understood him the way you have" sets the teacher apart, as praise.
  if (PRAISE_CONTRAST.test(text.slice(m.index + m[0].length))) return false;
  const mood = valence(clauseAfter(text, m.index + m[0].length));
  // "Never" with a harm word is praise ("you never lose patience"); "always" with a kind word is
  // praise ("you always make time"). Anything else reads as a sweeping charge, unless the whole
  // sentence is thanks ("you never made him feel different, and we're so grateful").
  const rest = valence(text.slice(0, m.index) + text.slice(m.index + m[0].length));
  const thanks = /\b(?:grateful|thank|appreciate)/i.test(text);
  if (!affirming && thanks && rest.positive && !rest.negative) return false;
  if (affirming) return !(mood.positive && !mood.negative);
  // For "never" the harm has to be what is denied, right after it: "you never lose patience" is
  // praise, but "you never told us, and he was the only one without a lunch" is a charge.
  const denied = clauseAfter(text, m.index + m[0].length)
    .split(/\s(?:and|but|so)\s/)[0]!
    .trim()
    .split(/\s+/)
    .slice(0, 8)
    .join(' ');
  return !valence(denied).negative;
}

const schoolAbsolutes: Rule[] = [
  phraseRule(
    'absolute/school-affirms',
    [SCHOOL_AFFIRMS],
    (s, m) => !isAbsoluteComplaint(s, m, true),
  ),
  phraseRule(
    'absolute/school-denies',
    [SCHOOL_DENIES],
    (s, m) => !isAbsoluteComplaint(s, m, false),
  ),
  phraseRule(
    'absolute/you-keep-doing',
    [pattern(String.raw`\byou (?:keep|kept) (?:on )?\w+ing\b`)],
    (s, m) => !isAbsoluteComplaint(s, m, true),
  ),
];

// "Every single time", "not once": sweeping counts, unless the whole sentence is happy news.
const EVERY_TIME = pattern(
  String.raw`\b(?:every single (?:time|day|week|morning|afternoon|month|assignment|email|test)|each and every (?:time|day|week)|every time I (?:ask|email|write|call|bring|mention|raise|reach out|try|check))\b`,
);
// "Every time I come in, you are busy": the parent tries, the school is never there.
const EVERY_TIME_YOU = pattern(
  String.raw`\bevery (?:single )?time (?:I|we)\b[^.?!]{0,40}\b(?:you|the teacher|the office|nobody|no one)(?:'re| are| is| were| was)? (?:\w+ )?(?:busy|not|never|unavailable|out|gone|too|late|on (?:the )?phone)\b`,
);
// "You do this every time", "you forget his folder all the time".
const YOU_EVERY_TIME = pattern(
  String.raw`\b(?:you|the teacher|the school|the office)\b(?:\s+[\w']+){1,5}?\s+(?:every (?:single )?(?:time|day|week)|all the time|each time)\b`,
);
const NOT_ONCE = pattern(
  String.raw`\bnot once(?:\s+[\w']+){0,3}?\s+(?:(?:have|has|did|do|does|was|were|had)\s+)?(?:you|anyone|anybody|someone|the teacher|the school|the office|nobody|I (?:been|gotten|heard|received))\b|\b(?:you|anyone|anybody|the school|the teacher)\s+(?:\w+\s+)?not (?:once|one time)\b|\bnot (?:a single|one) (?:time|email|call|word|reply|response|update|note|phone call|message|adult|person|teacher|staff member|grown-?up)\b|\b(?:haven't|hasn't|have not|has not|didn't|did not|never)(?:\s+[\w']+){0,2}?\s+(?:gotten|got|received|heard|had|seen|sent|returned|answered|made) (?:a single|one single)\b`,
);
const SCHOOL_ANSWERS = /,\s*(?:you|the teacher|the school|nobody|no one)\b/i;

function isSweepingCount(sentence: Sentence, m: RegExpExecArray, denying: boolean): boolean {
  const after = sentence.text.slice(m.index + m[0].length);
  // "Not once did you make him feel unwelcome" denies a harm, which is praise.
  if (denying) return !valence(clauseAfter(after, 0)).negative;
  const mood = valence(sentence.text);
  if (mood.positive && !mood.negative) return false;
  // "Every single time he…" is about the child unless the parent asked, the school answered, or
  // something went wrong ("every single week there's a new problem").
  const subject = /^\s*(\w+)/.exec(after)?.[1]?.toLowerCase();
  // "Every single week it's something new with your class."
  if (
    /\byour?\b/i.test(after) &&
    /\b(?:something|another|new (?:problem|issue)|same)\b/i.test(after)
  )
    return true;
  return (
    /\bI\b/.test(m[0]) ||
    subject === 'i' ||
    subject === 'we' ||
    mood.negative ||
    SCHOOL_ANSWERS.test(after)
  );
}

// Repetition framed as a charge: "for the third time", "time and time again".
const ORDINAL = String.raw`(?:second|third|fourth|fifth|sixth|seventh|tenth|umpteenth|hundredth|millionth|nth|\d+(?:st|nd|rd|th))`;
const REPEATED = pattern(
  String.raw`\b(?:for the {ORDINAL} time\b|(?:the )?(?:{ORDINAL}|\d+|two|three|four|five|six) (?:times?|weeks?|days?|months?|emails?|messages?) in a row\b|(?:this|that|it) is (?:now |already )?the {ORDINAL} (?:time|email|message|call|note|letter|request)\b|time and (?:time )?again\b|over and over(?: again)?\b|again and again\b|yet again\b|once again\b)`,
  { ORDINAL },
);
// A problem that "keeps happening" is a charge against whoever is in charge.
const KEEPS_HAPPENING = pattern(
  String.raw`\b(?:(?:this|it|that) (?:keeps|kept) happening|(?:this|that|it) (?:always|never) happens|(?:this|that|it) happens (?:every|all the) (?:single )?(?:time|day|week)|nothing (?:ever )?(?:gets|get|got|has been|was|is) (?:ever )?(?:done|fixed|resolved|followed up|addressed)|nothing (?:[\w']+ ){0,4}(?:has|have|had) (?:actually )?(?:been done|happened|changed|improved))\b`,
);
const CHILD_NEXT = /^\s*(?:\w+\s+){0,3}?(?:that\s+)?(?:he|she|they|my \w+)\b/i;
const CHILD_TREATED =
  /\b(?:been|was|were|got|gets|being)\s+(?:\w+\s+)?(?:marked|sent|kept|given|written up|punished|left|blamed|moved|pulled|yelled at|excluded)\b/i;
const TEACHER_MENTION = /\b(?:you|your|teacher|school|staff|office|nobody|no one)\b/i;
// Repetition is a grievance when the school is involved or the parent has had to ask again.
const REPETITION_CONTEXT =
  /\b(?:you|your|teacher|school|staff|office|substitute|sub|nobody|no one)\b|\b(?:I|we)(?:'ve| have)? (?:asked|emailed|written|told|requested|reminded|mentioned|called)\b/i;

// "I never hear back", "I'm always the last to know": absolutes about being left out.
const LEFT_OUT = [
  pattern(
    String.raw`\b(?:I|we)(?:'ve| have)? (?:asked|emailed|written|called|requested|told you|reached out|mentioned|brought (?:this|it) up)\b[^.?!]{0,40}\b(?:three|four|five|six|seven|several|multiple|many|countless|\d+) times\b`,
  ),
  pattern(
    String.raw`\b(?:(?:I|we)\s+(?:\w+\s+)?|\band\s+)(?:never|don't ever|do not ever|rarely)\s+(?:seem to\s+)?(?:hear|heard|get|got|gotten|receive|received)\s+(?:back|anything|any (?:\w+ )?(?:updates?|replies|reply|response|responses|answers?|information|news|communication|feedback)|a (?:reply|response|call|call back|phone call|heads[- ]up|straight answer|answer)|replies|responses|answers|updates|feedback)\b`,
  ),
  pattern(
    String.raw`\b(?:I|we)(?:'m|'re| am| are)? (?:always|constantly|forever|continually) (?:have to|having to|need to|needing to|chasing|reminding|asking|begging|emailing|following up)\b|\b(?:I'm|I am|we're|we are) always the last to know\b`,
  ),
  // The child is never given a chance, or always takes the blame.
  pattern(
    String.raw`\b(?:he|she|they|my (?:son|daughter|child|kid))\s+(?:\w+\s+)?never\s+(?:(?:gets?|is|was|seems to get)\s+)?(?:\w+\s+)?(?:called on|chosen|a turn|a chance|help|feedback|the help|his accommodations|her accommodations|extra time|allowed|permitted|let|given|included|picked|heard)\b`,
  ),
  pattern(
    String.raw`\b(?:he|she|they|my (?:son|daughter|child|kid))\s+(?:\w+\s+)?always\s+(?:gets?|is|was|seems to get|ends up)\s+(?:\w+\s+)?(?:blamed|punished|singled out|picked on|sent out|sent to the office|kept in|left out|yelled at|in trouble|the one (?:who|that) gets)\b`,
  ),
];

export const absolute: Rule[] = [
  ...schoolAbsolutes,
  phraseRule('absolute/every-time', [EVERY_TIME], (s, m) => !isSweepingCount(s, m, false)),
  phraseRule('absolute/every-time-you', [EVERY_TIME_YOU], (s) => hedgedBefore(s.text, 0)),
  phraseRule('absolute/not-once', [NOT_ONCE], (s, m) => !isSweepingCount(s, m, true)),
  phraseRule(
    'absolute/you-every-time',
    [YOU_EVERY_TIME],
    (s) => valence(s.text).positive && !valence(s.text).negative,
  ),
  phraseRule('absolute/repeated', [REPEATED], (s, m) => {
    const mood = valence(s.text);
    if (mood.positive && !mood.negative) return true;
    if (/^for the/i.test(m[0]) && /^\s*,/.test(s.text.slice(m.index + m[0].length))) return false;
    // "Once again" and "yet again" need a grievance nearby; "He's sick yet again" has none.
    if (/again$/i.test(m[0]) && /^(?:yet|once)/i.test(m[0]))
      return !(mood.negative || TEACHER_MENTION.test(s.text));
    if (REPETITION_CONTEXT.test(s.text)) return false;
    // "The third time he's lost his book" is about the child, unless something was done to him.
    const after = s.text.slice(m.index + m[0].length);
    return CHILD_NEXT.test(after) ? !CHILD_TREATED.test(after) : !mood.negative;
  }),
  phraseRule(
    'absolute/keeps-happening',
    [KEEPS_HAPPENING],
    // "Let me know if it keeps happening" is an open door, not a charge.
    (s, m) =>
      hedgedBefore(s.text, m.index) || (valence(s.text).positive && !valence(s.text).negative),
  ),
  phraseRule('absolute/left-out', LEFT_OUT),
];

import { NOBODY, clauseAfter, valence } from '../lexicon';
import { pattern, phraseRule, type Rule } from '../rule-kit';

const SCHOOL_SIDE = String.raw`(?:you|the teacher|(?:his|her|their) teacher|the school|this school|the staff|{NOBODY}|anyone|anybody)`;
const ADVERBS = String.raw`(?:(?:obviously|clearly|evidently|apparently|plainly|just|really|simply|honestly|even|seem to|seems to|don't seem to|doesn't seem to)\s+)*`;

// Claims about what the teacher feels or wants: "you don't care", "you don't like him".
const DOES_NOT_CARE = pattern(
  String.raw`\b${SCHOOL_SIDE}\s+${ADVERBS}(?:don't|do not|doesn't|does not|didn't|did not|never|no longer|won't|can't|cannot)\s+${ADVERBS}(?:care|try|like (?!to\b)[\w']+|enjoy (?:teaching|your job|kids|working)|want to (?:deal|teach|work|be bothered|help|bother|have)|respect|value|believe (?!(?:that|in)\b)[\w']+|trust (?:him|her|them|me|us|my \w+)|want (?:him|her|them|my \w+|kids like \w+) (?:in|around|there|here)|take [\w' ]{1,25}? seriously|listen to (?:him|her|me|us)|understand (?:him|her|my \w+|kids like)|get (?:him|her)|give a (?:damn|\w+)|handle (?:him|her|my \w+))`,
  { NOBODY },
);
// "Nobody cares", "no one seems to care" — care said as a fact about the whole school.
const NOBODY_CARES = pattern(
  String.raw`\b{NOBODY}(?:\s+(?!(?:cares?|gives)\b)[\w']+){0,5}?\s+(?:really |even |seems to |actually )*(?:cares|care|gives a \w+|takes (?:this|it|him|her) seriously)\b(?! (?:more|as much))`,
  { NOBODY },
);
// Feelings pinned on the teacher: "you resent having him", "you can't stand her".
const HOSTILE_FEELING = pattern(
  String.raw`\b(?:you|the teacher|(?:his|her) teacher|the school|this school|the district|the staff)\s+(?:(?:obviously|clearly|just|really|simply|honestly|must|only)\s+)*(?:resent|hate|couldn't care less|could care less|cares? (?:only|more) about|dislike|can't stand|cannot stand|despise|look down on|have no patience for|have something against|are annoyed by|are irritated by|want (?:him|her|them|my \w+) to fail|only cares? about|care more about [\w' ]{1,30} than)\b|\ball (?:you|the school|they) (?:really )?cares? about is\b|\b(?:you|the school|the teacher|the staff) (?:obviously |clearly |just )?(?:sees?|views?|treats?) (?:him|her|them|my \w+) as (?:a |an )?(?:problem|troublemaker|nuisance|burden|lost cause|bad kid)\b|\b(?:you|the school|the district|the teacher)(?:'re| are| is|'s) (?:just |only |simply )?trying to (?:save money|cover (?:yourself|themselves|itself)|avoid|get out of|get rid of)\b|\b(?:the|this|your) (?:[\w-]+ ){0,3}(?:school|teacher|staff|aide|ot|slp|therapist|district|class|classroom|office|program|plan)\b(?: [\w-]+){0,3}? (?:obviously|clearly|evidently) (?:isn't|is not|aren't|doesn't|don't|didn't|can't|won't|has no|have no|never)\b|\b(?:you|the school|the teacher) (?:have|has) no (?:intention|interest|desire) (?:of|in)\b`,
);
// "Clearly you don't read my emails": the adverb first, then the charge.
const CLEARLY_YOU = pattern(
  String.raw`\b(?:clearly|obviously|evidently|apparently),?\s+(?:you|the teacher|the school|nobody|no one)\b`,
);

// Stating the teacher's verdict on the child: "you think she's lazy", "you've written him off".
const JUDGED_CHILD = String.raw`(?:lazy|stupid|dumb|bad|a bad kid|a problem|trouble|a troublemaker|troublemaker|slow|a lost cause|incapable|not capable|a nuisance|annoying|difficult|a pain|manipulative|lying|a liar|faking|dramatic|spoiled|a brat|worthless|hopeless|unteachable|a problem child|overprotective|overreacting|crazy|paranoid|pushy|a helicopter \w+|hysterical|exaggerating|making (?:it|this) up)`;
const YOU_THINK_CHILD_IS = pattern(
  String.raw`\b(?:you(?:'ve| have)?|the teacher|(?:his|her) teacher)\s+(?:obviously |clearly |really |honestly |just |must |already |seem to |seems to )*(?:think|thinks|believe|believes|assume|assumes|see|sees|view|views|consider|considers|figure|figures|decided|made up (?:your|her|his) mind)\s+(?:that\s+)?(?:he|she|they|I|we|my (?:son|daughter|child|kid)|him|her|me|us)(?:'s| is| are| was|'re|'m| am)?\s+(?:just |a |an |being |so |too |really |basically |some |one of those )*${JUDGED_CHILD}\b`,
);
const CLEARLY_THINK = pattern(
  String.raw`\byou (?:clearly|obviously|evidently) (?:think|believe|assume|see|view|consider|feel)\b`,
);
const MADE_UP_MIND = pattern(
  String.raw`\byou(?:'ve| have| had|'d)?\s+(?:already\s+|clearly\s+|obviously\s+)*(?:made up your mind|written (?:him|her|them|my \w+) off|(?:given|gave|give) up on (?:him|her|them|my \w+)|(?:already )?decided (?:that )?(?:he|she|they|my \w+)(?:'s| is| isn't| is not| can't| cannot| won't| will never| doesn't| does not)|labell?ed (?:him|her|them|my \w+)|pegged (?:him|her|them|my \w+)|pigeonholed)\b`,
);
const HAS_IT_IN_FOR = pattern(
  String.raw`\b(?:have|has|'ve|'s|had) (?:got )?it (?:out|in) for\b|\bout to get (?:him|her|them|my \w+)\b`,
);
const BIASED = pattern(
  String.raw`\byou(?:'re| are| were)\s+(?:obviously |clearly |just |so |completely |totally )*(?:biased|prejudiced|racist|sexist|against (?:him|her|boys|girls|kids like)|out to get|looking for (?:a reason|an excuse|reasons|excuses)|trying to (?:get rid of|push (?:him|her|them|my \w+) out|get (?:him|her|them|my \w+) (?:out|moved|removed|kicked out))|playing favou?rites|picking favou?rites)\b|\byou (?:(?:obviously|clearly|just|really|definitely) )?(?:play|have) (?:your )?favou?rites\b|\byou(?:'ve| have)? never (?:liked|cared about|wanted|respected|believed|trusted|given (?:him|her) a chance)\b|\byou (?:just |only |clearly |obviously )?want (?:him|her|them|my \w+) (?:out|gone|removed|moved)\b`,
);
// "You seem to forget these are children", "you don't seem to have time for questions".
const YOU_SEEM_TO = pattern(
  String.raw`\byou (?:seem|appear) to (?:have )?(?:forget|forgotten|think (?:that )?(?:it's|this is|he|she|I|we|my)|believe (?:that )?(?:he|she|I|we|my)|not (?:care|understand|realize|realise|know|get|remember|see|have (?:the )?(?:time|any))|lack|misunderstand|be (?:unaware|under the impression))\b|\byou (?:don't|do not|never) (?:seem|appear) to (?:have (?:the )?time|care|listen|notice|know|understand|realize|realise|remember|read|want)\b`,
);
// "You've made it very clear that our family isn't a priority."
const MADE_IT_CLEAR = pattern(
  String.raw`\b(?:you(?:'ve| have)?|the school(?: has)?) (?:made it|made) (?:very |perfectly |abundantly |quite )?clear (?:that )?(?:[\w' ]{1,30}?)(?:isn't|is not|aren't|are not|don't|doesn't|do not|does not|won't|not|no)\b`,
);
const KNOWS_WHAT_THEY_DO = pattern(
  String.raw`\b(?:anyone|anybody|nobody|no one|you|they)\b[^.?!]{0,20}\bknows? what (?:they're|they are|you're|you are) doing\b`,
);

// "You obviously…", "you clearly…" followed by something unflattering.
const OBVIOUSLY = pattern(
  String.raw`\b(?:you|the teacher|the school)\s+(?:obviously|clearly|evidently|plainly)\s+\w+`,
);

export const mindReading: Rule[] = [
  phraseRule(
    'mind-reading/does-not-care',
    [DOES_NOT_CARE, NOBODY_CARES],
    (s, m) =>
      /\b(?:I know|I understand|I realize|I get that|I'm sure|in case)\b[^.?!]*$/i.test(
        s.text.slice(0, m.index),
      ) && /like|enjoy|want|believe/i.test(m[0]),
  ),
  phraseRule('mind-reading/you-think-child-is', [
    YOU_THINK_CHILD_IS,
    MADE_UP_MIND,
    HAS_IT_IN_FOR,
    BIASED,
    HOSTILE_FEELING,
    YOU_SEEM_TO,
    MADE_IT_CLEAR,
  ]),
  phraseRule(
    'mind-reading/clearly-think',
    [CLEARLY_THINK],
    (s) => valence(s.text).positive && !valence(s.text).negative,
  ),
  phraseRule('mind-reading/clearly-you', [CLEARLY_YOU], (s, m) => {
    // "Clearly no one has read it": the denial is in the subject.
    if (/\b(?:nobody|no one)$/i.test(m[0])) return false;
    const predicate = clauseAfter(s.text, m.index + m[0].length);
    return !(valence(predicate).negative || /n't\b|\b(?:not|never|no)\b/i.test(predicate));
  }),
  phraseRule(
    'mind-reading/knows-what-they-do',
    [KNOWS_WHAT_THEY_DO],
    (s) =>
      !/\b(?:wonder|doubt|no idea|doesn't|don't|isn't|nobody|no one|anyone|anybody)\b|\?/i.test(
        s.text,
      ),
  ),
  phraseRule('mind-reading/obviously', [OBVIOUSLY], (s, m) => {
    // "You obviously put a lot into this" is praise; a denial or a harm word makes it a charge.
    const predicate = clauseAfter(s.text, m.index);
    return !(valence(predicate).negative || /n't\b|\b(?:not|never|no)\b/i.test(predicate));
  }),
];

import { clauseAfter, valence } from '../lexicon';
import { addCandidate, pattern, phraseRule, type Rule } from '../rule-kit';

// Praise or thanks wrapped around a complaint: the positive word is the tell.
const PRAISE = String.raw`(?:great|good|nice|fantastic|wonderful|brilliant|awesome|excellent|stellar|terrific|amazing|superb|lovely|perfect)`;
const LATE_NOTICE = String.raw`(?:the night before|(?:at )?the last minute|last-minute|the day of|after the (?:fact|deadline|due date|event|trip|test)|too late|(?:had )?already (?:happened|passed|gone|over)|was over|(?:a|one|two|three|four|five|\d+) (?:hours?|days?|weeks?) (?:late|after))`;

const THANKS_FOR_HARM = pattern(
  String.raw`\bthank(?:s| you)(?: (?:so much|a lot|a bunch|again))? for (?:nothing|ignoring|losing|forgetting|wasting|finally\b|(?:the|your) (?:silence|non-?response)|never)`,
);
const THANKS_FOR_NOT = pattern(String.raw`\bthank(?:s| you)(?: (?:so much|a lot))? for not\b`);
const THANKS_TOO_LATE = pattern(String.raw`\bthank(?:s| you)\b[^.?!]{0,80}\b${LATE_NOTICE}`);
const FINALLY = pattern(
  String.raw`\b(?:(?:so |how |very |real(?:ly)? )?(?:nice|kind|good|thoughtful|considerate|generous|sweet|great) of (?:you|someone|somebody|the school|them) to (?:finally|actually|eventually|bother|remember|notice)|(?:glad|nice|good|great|happy) (?:that )?(?:you|someone|somebody|anyone|the school|they) (?:\w+ )?finally\b(?! (?:got to|get to|meet|met))|(?:I see|I notice|I noticed) (?:that )?(?:you|someone|somebody|the school) finally|(?:you|someone|somebody|anyone) finally (?:responded|replied|answered|got back|decided|noticed|bothered|read|looked|called|remembered|graded))`,
);
const PRAISE_FOR_HARM = pattern(
  String.raw`\b(?:${PRAISE}(?: (?:job|work|going|move))?,? (?:on )?|way to |love (?:how|that) (?:you|nobody|no one|the school) (?:\w+ )?)(?:losing|ignoring|forgetting|missing|failing|humiliating|embarrassing|screwing|messing|dropping|leaving|wasting|lost|ignored|forgot|never|didn't)\b|\b(?:I |we )?love (?:how|that) (?:nobody|no one|no-one)\b`,
);
const DISMAY_AS_DELIGHT = pattern(
  String.raw`\b(?:I'm|I am|we're|we are) (?:so |just |absolutely )?(?:thrilled|delighted|overjoyed|ecstatic) to (?:learn|find out|hear|discover|see)\b`,
);
// "Wonderful, another zero.", "Great, he came home without his coat again."
const MOCK_CHEER = pattern(
  String.raw`^(?:oh,? )?(?:good|great|wonderful|fantastic|perfect|lovely|terrific|brilliant|super|joy|awesome)[,.!]+\s*(?=[^.?!]*(?:\b(?:just great|another|yet again|zero|nothing|no one|nobody|missing|lost|forgot\w*|late)\b|\bagain[.!]*$))`,
);

// Pointed asides: rhetorical questions and "I shouldn't have to" lines.
const ASIDES = [
  pattern(
    String.raw`,\s*how (?:fun|lovely|nice|wonderful|helpful|thoughtful|great|convenient|exciting)[.!]*$|\bI'm sure (?:[\w'-]+ ){1,6}(?:was|is|were) (?:very |really |totally |absolutely |so )?(?:necessary|needed|appropriate|helpful)\b|\b(?:glad|good|nice|great) to (?:know|see|hear)\b(?=[^.?!]*\b(?:detention|zero|forgotten|punish\w*|missing|nobody|no one|failing|ignored)\b)|\bmust be nice\b|\bso-called\b|\bjust wow\b|\bnot that (?:anyone|anybody|you|it) (?:asked|cares|care|matters|listens|reads|noticed)\b|\bnot that it matters\b`,
  ),
  pattern(
    String.raw`\b(?:apparently|I guess|guess|I didn't realize|I did not realize|I didn't know|silly me)\b[^.?!]{0,60}\b(?:optional|(?:just )?(?:a )?suggestions?|not a priority|too much to ask|(?:doesn't|don't|didn't) (?:really )?(?:matter|count))\b|\b(?:is|are|was|were) (?:just |now |only )?(?:a )?suggestions?(?: now)?\b(?! (?:for|about|on|that))`,
  ),
  pattern(
    String.raw`\btoo much to ask\b|\bhow (?:hard|difficult|complicated) (?:is it|can it (?:possibly )?be|could it (?:possibly )?be|would it be)\b|\bwhat(?:'s| is) so (?:hard|difficult|complicated) about\b|\b(?:it's|it is|this is|this isn't|it isn't) (?:not )?(?:rocket science|brain surgery)\b`,
  ),
  pattern(
    String.raw`\bhow many (?:more )?(?:times|ways) (?:do|will|must|should|am|have|did|does|can) (?:I|we)\b|\bhow many (?:more )?(?:times|ways) (?:I|we) (?:can|have to|need to|must|have) (?:say|explain|ask|tell|write|repeat)\b|\bhow many (?:more )?(?:emails|messages|calls) (?:does it|will it|do I|must I|is it going to)\b`,
  ),
  pattern(
    String.raw`\b(?:I|we) (?:shouldn't|should not|should never) have to\b|\b(?:it )?shouldn't (?:take|require|need) (?:\w+ ){0,2}(?:emails?|calls?|messages?|weeks?|tries|attempts|reminders?)\b`,
  ),
  pattern(
    String.raw`\bit (?:would|'d) (?:have been|'ve been|be) nice (?:if (?:someone|somebody|anyone|the school|you (?:actually|ever|for once|bothered|had bothered))\b|to (?:get (?:a |an )?(?:heads[- ]up|reply|response|answer|call|warning|update)|be (?:told|informed|notified|warned|kept in the loop|included|asked)|hear back|have been told))`,
  ),
  pattern(
    String.raw`\b(?:did|do|does|have|has|are|is|were|was) (?:you|anyone|anybody|someone|somebody|the teacher) (?:even|actually|ever even) (?:read|look|looked|check|checked|open|opened|care|listen|notice|bother|consider|think|glance)\b|\bif (?:you|anyone|someone) (?:had (?:even |actually )?|would (?:even |actually )?|even |actually )(?:bothered|read|looked|checked|listened)\b|(?<!\bI )\b(?:actually|even) (?:being )?(?:read|opened|received|looked at)\b`,
  ),
  pattern(
    String.raw`\b(?:hopefully|maybe|perhaps) (?:this time|for once)\b|\bthis time (?:someone|somebody|anyone|you)(?:'ll| will| might)? actually\b|\bunlike (?:some|other|the other|his last|her last|their last|most) (?:teachers?|schools?|people|staff)\b|\bI guess\b[^.?!]{0,40}\bfinally\b|\bstill (?:haven't|have not|hasn't) heard (?:back|anything)\b(?![^.?!]*\b(?:could|would|please|when you)\b)|\bas usual,|\b(?:you|someone|somebody|anyone|the school)\b[^.?!]{0,30}\bfor once\b`,
  ),
  pattern(
    String.raw`^(?:seriously|typical|unbelievable|classic)\s*[?!.]*$|\b(?:are|were) you (?:kidding|serious|joking)(?: me)?\b|\byou(?:'ve| have)? (?:got|gotta) to be (?:kidding|joking)\b|\byou can't be serious\b`,
  ),
  pattern(
    String.raw`\bsome of us (?:actually|have|work|still|do|care|read|bother|take|apparently|aren't|don't|matter)\b|\b(?:aren't|isn't|are not|is not|wasn't|weren't|not) (?:even )?worth (?:including|telling|informing|a (?:call|reply|response|phone call|heads-up)|the (?:time|effort|trouble)|replying to|answering)\b`,
  ),
  pattern(
    String.raw`\b(?:I can't|I cannot|I can not) believe (?:I|we) (?:have|had|need|needed) to\b`,
  ),
  pattern(
    String.raw`\byou(?:'re| are| were)? (?:obviously |clearly |probably |just )?too busy to\b`,
  ),
  pattern(
    String.raw`\b(?:let me|let's|I'll) try (?:this|that) (?:again|one more time)\b|\b(?:I guess )?I(?:'ll| will) just (?:do it myself|keep waiting|wait|figure it out myself)\b`,
  ),
  pattern(
    String.raw`\b(?:who|whoever) (?:thought|decided)\b[^.?!]{0,50}\b(?:was|is|would be) a (?:good|great|smart|brilliant) idea\b`,
  ),
  pattern(
    String.raw`\bonly took (?:\w+ )?(?:\w+ )?(?:emails|calls|messages|weeks|months|tries|attempts|reminders)\b|\bgood thing (?:I|we) (?:checked|asked|looked|called|noticed|found out|double-checked)\b|\bI hope you(?:'re| are) (?:happy|proud of yourself|satisfied)\b|\bdo you (?:even have (?:any )?(?:kids|children)|have (?:any )?(?:kids|children) of your own)\b`,
  ),
  pattern(
    String.raw`\b(?:are|were|do|did|have|has|is|can|could|would) (?:you|anyone|anybody|someone|somebody|the teacher|the school) even\b`,
  ),
  pattern(
    String.raw`\b(?:your|the|this|these|his|her|their)\s+["“]\s*(?:help|support|policy|plan|accommodations?|teaching|lesson|feedback|communication|system|investigation|consequences?|discipline|supervision|update|answer|response|explanation|apology|concern|care|professionalism|education|experts?|curriculum|rules?|fair(?:ness)?)\s*["”]`,
  ),
  pattern(
    String.raw`\bI'm sure you had a (?:very|perfectly|really) (?:good|great|valid) (?:reason|explanation|excuse)\b|\b(?:oh,? )?sure,? (?:blame|punish|ignore|pick on|single out|just blame)\b|\b(?:how|that's|that is|very|so) convenient\b|\bthat's (?:easy|easier),?\s*(?:isn't it)?[.!?]*$`,
  ),
  pattern(
    String.raw`\b(?:congratulations|congrats|kudos|bravo|well done|good job|great job|nice job|thank you|thanks|nice|glad|good to see)\b[^.?!]{0,25}\bfinally (?:grading|graded|responding|responded|replying|replied|getting back|got back|sending|sent|posting|posted|updating|updated|answering|answered|returning|returned|fixing|fixed|noticing|noticed|calling|called|reading)\b`,
  ),
  pattern(
    String.raw`\b(?:what a surprise|big surprise|surprise,? surprise|shocker|colou?r me surprised|who would have guessed|who could have guessed)\b`,
  ),
  pattern(
    String.raw`\b(?:guess )?I(?:'ll| will) just [^.?!]{0,40}\bmyself\b|\bclearly (?:not|isn't|aren't) (?:happening|working|being \w+|a priority)\b|\b(?:nice|good|great|lovely|wonderful) to (?:know|see|hear) (?:that )?(?:my|our|his|her) [\w ]{1,20}(?:matter|count|are (?:being )?(?:read|heard|a priority))\b`,
  ),
  pattern(
    String.raw`\b(?:isn't|is not|aren't|not) (?:part of )?(?:your|the|a teacher's) job(?: description)?\b|\b(?:I guess|I suppose|guess)\b[^.?!]{0,40}\b(?:isn't|aren't|doesn't|don't|not) (?:part of|important|a priority|worth|necessary|required)\b`,
  ),
  pattern(
    String.raw`\bblack hole\b|\bdeaf ears\b|\btalking to a (?:brick )?wall\b|\b(?:don't|do not) bother (?:replying|responding|answering|calling|emailing|writing back)\b`,
  ),
  pattern(
    String.raw`\bgood to know\b(?=[^.?!]*\b(?:isn't|doesn't|don't|aren't|wasn't|not|no one|nobody)\b)`,
  ),
];

// "I love finding out about failing grades from an automated email."
const LOVE_THE_HARM = pattern(
  String.raw`\bI (?:just |really |absolutely )?love (?:finding out|hearing|learning|getting|having to|waiting|chasing|being told|discovering)\b`,
);
const APPARENTLY = pattern(
  String.raw`\bapparently,?\s+(?:nobody|no one|no-one|you|the school|someone|somebody|the teacher|the staff|it's|that's|that|it)\b`,
);

// A one-line compliment right after a complaint ("…found out from another parent. Great
// communication, as always.") is praise said through gritted teeth.
const PRAISE_FRAGMENT =
  /^(?:oh,? )?(?:(?:very|so|really|super) (?:helpful|encouraging|reassuring|professional|mature|classy)|nice touch|good to know|(?:great|wonderful|fantastic|excellent|stellar|brilliant|amazing|awesome|lovely|perfect|nice|super|good) (?:\w+ ){0,1}(?:job|work|communication|planning|organization|organisation|system|teaching|follow-through|call|move|thinking)?|great|wonderful|fantastic|perfect|lovely)(?:,? (?:as (?:always|usual)|again|everyone|there))?[.!]*$/i;
const COMPLAINT_CUES = new RegExp(
  String.raw`\b(?:had to (?:hear|find out|learn)|found out|from (?:another|a) (?:parent|classmate|mom|dad|kid)|from my (?:kid|son|daughter|child)|without (?:telling|warning|asking)|nobody|no one|again|${LATE_NOTICE})\b`,
  'i',
);

const praiseAfterComplaint: Rule = (sentence, out) => {
  if (!sentence.previous || !PRAISE_FRAGMENT.test(sentence.text)) return;
  const prev = valence(sentence.previous);
  const jab = /\b(?:professional|mature|classy|nice touch)\b/i.test(sentence.text);
  if (!jab && !COMPLAINT_CUES.test(sentence.previous) && !(prev.negative && !prev.positive)) return;
  addCandidate(
    out,
    sentence,
    'sarcasm/praise-after-complaint',
    0,
    sentence.text.replace(/[.!]+$/, '').length,
  );
};

export const sarcasm: Rule[] = [
  phraseRule(
    'sarcasm/thanks-for-harm',
    [THANKS_FOR_HARM, THANKS_TOO_LATE, FINALLY, PRAISE_FOR_HARM, MOCK_CHEER, ...ASIDES],
    (s, m) =>
      // "What a surprise, he made honor roll!" is happy news.
      /surprise|shocker|guessed/i.test(m[0]) &&
      valence(s.text).positive &&
      !valence(s.text).negative,
  ),
  // "Thanks for not giving up on him" is gratitude; "thanks for not telling me" is not.
  phraseRule(
    'sarcasm/thanks-for-not',
    [THANKS_FOR_NOT],
    (s, m) => valence(s.text.slice(m.index + m[0].length)).negative,
  ),
  // "Apparently nobody was going to mention it": a pointed aside about the school.
  phraseRule('sarcasm/apparently', [APPARENTLY], (s, m) => {
    const claim = `${m[0].replace(/^apparently,?\s*/i, '')} ${clauseAfter(s.text, m.index + m[0].length)}`;
    return !(valence(claim).negative || /n't\b|\b(?:not|never|no|only)\b/i.test(claim));
  }),
  phraseRule(
    'sarcasm/love-the-harm',
    [LOVE_THE_HARM],
    (s) =>
      !/\b(?:failing|failed|zero|lost|missing|detention|nobody|no one|ignored|forgot|late|automated|another parent)\b/i.test(
        s.text,
      ),
  ),
  phraseRule(
    'sarcasm/dismay-as-delight',
    [DISMAY_AS_DELIGHT],
    (s) => !valence(s.text).negative && !COMPLAINT_CUES.test(s.text),
  ),
  praiseAfterComplaint,
];

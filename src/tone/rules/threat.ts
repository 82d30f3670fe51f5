import { pattern, phraseRule, type Rule } from '../rule-kit';
import type { Sentence } from '../sentences';

// Legal pressure. "I'm a lawyer" is a job, "our advocate" is support; "my lawyer" is a warning.
const FAMILY_PAPERWORK =
  /\b(?:custody|guardianship|divorce|paperwork|estate|adoption|immigration|visa|will and|closing|real estate|at work|my job|trial weeks?)\b/i;
const LEGAL = [
  pattern(
    String.raw`\b(?:my|our) (?:lawyer|attorney|legal counsel|solicitor)s?\b(?! (?:friend|friends|buddy|neighbou?r|husband|wife|partner|sister|brother|mom|dad|mother|father|colleague|cousin|uncle|aunt)\b)`,
  ),
  pattern(
    String.raw`\b(?:spoke(?:n)? (?:to|with)|talk(?:ed|ing)? (?:to|with)|consult(?:ed|ing)?(?: with)?|contact(?:ed|ing)?|call(?:ed|ing)?|hir(?:e|ed|ing)|retain(?:ed|ing)?|get(?:ting)?|tak(?:e|ing)|involv(?:e|ed|ing)|bring(?:ing)? in|reach(?:ed|ing)? out to|have|has) (?:a |an |our |my )?(?:\w+ )?(?:\w+ )?(?:lawyer|attorney|legal counsel)\b`,
  ),
  // "My husband is an attorney and he's already reviewing this."
  pattern(
    String.raw`\b(?:lawyer|attorney|legal counsel|legal team)\b[^.?!]{0,40}\b(?:reviewing|looking (?:at|into)|involved|aware|advised|in touch|reading|has (?:seen|read|copies))\b`,
  ),
  pattern(
    String.raw`\b(?:legal action|lawsuit|sue (?:you|the school|the district|everyone)|see you in court|take (?:you|this|it|the school|the district) to court|legal consequences|due process (?:complaint|hearing)|file for due process|civil rights complaint|office (?:for|of) civil rights)\b`,
  ),
];

// People and places above the teacher, or outside the school. Invoking the severe ones is
// pressure on its own; the nearer ones (principal, district) only as a condition or a warning.
const SEVERE = String.raw`(?:(?:the )?superintendent|(?:the )?school board|(?:the )?board of ed(?:ucation)?|the (?:local )?(?:media|press|news)|(?:a |the )?(?:local )?(?:news station|reporter|newspaper)|facebook|social media|(?:the )?other parents|every parent|all the parents|the state(?: board| department)?|(?:the )?department of education)`;
const NEARER = String.raw`(?:(?:the )?(?:principal|head ?teacher|headmaster|headmistress|head of (?:the )?school|(?:school )?director(?: of the school)?|vice principal|assistant principal|administration|district(?: office)?|pta))`;
const ESCALATE = String.raw`(?:go(?:ing)?|take|taking|bring|bringing|escalate|escalating|report|reporting|contact|contacting|call|calling|email|emailing|write|writing|complain|complaining|file|filing|involve|involving|get|getting|talk|talking|speak|speaking|copy|copying|cc|cc'ing|cc'd|copied|forward|forwarding|send|sending)`;
const INTENT =
  /\b(?:I|we)(?:'ll| will|'m going to| am going to|'m gonna| plan to| intend to|'d have to| would have to| will have to|'ll have to| have no choice but to| won't hesitate to| will not hesitate to| have no problem| am prepared to|'m prepared to| am ready to|'m ready to|'ll be forced to| will be forced to|'m| am)\b/i;
const CONDITION = /\b(?:if|unless|otherwise|or|until|next step|else)\b/i;

const TO_SEVERE = pattern(
  String.raw`\b${ESCALATE}\b[^.?!;]{0,40}?\b(?:(?:to |with |in |up with )?${SEVERE}(?: office)?|to the board(?! game))\b`,
);
const TO_NEARER = pattern(String.raw`\b${ESCALATE}\b[^.?!;]{0,30}?\b(?:to |with |in )?${NEARER}\b`);
const OVER_HEADS = pattern(
  String.raw`\b(?:(?:straight|directly|right) (?:to|over) (?:your|the|his|her) (?:head|boss|principal|superintendent|district|board)|over (?:your|the teacher's) head|above your head|my next (?:call|email|step|stop) (?:is|will be) (?:to )?(?:the )?\w+)\b|\b(?:just|straight|directly|right) (?:go|going|went) to\b[^.?!;]{0,20}\b(?:principal|superintendent|district|board)\b`,
);
const WILL_HEAR = pattern(
  String.raw`\b(?:${SEVERE}|${NEARER})\s+(?:will|would|is going to|'ll|is gonna|are going to)\s+(?:definitely |certainly |surely |absolutely )?(?:hear|be hearing|know|find out|love to hear|be (?:informed|notified|made aware|getting a call|getting an email|interested|copied|cc'd|receiving|seeing|getting a copy))\b|\b(?:${SEVERE}|${NEARER})\s+(?:is|are|will be|'s) (?:getting|receiving|seeing) (?:a copy|copies|this|these|every|all)\b|\b(?:see|find out) what (?:${SEVERE}|${NEARER}) (?:has|have) to say\b|\b(?:${SEVERE}|${NEARER})\s+(?:would|might|will|may)\s+(?:like|love|want|be interested|be curious) to (?:know|hear|see|learn)\b`,
);
// "I've already contacted the district about your conduct."
const ALREADY_ESCALATED = pattern(
  String.raw`\b(?:I|we)(?:'ve| have)? (?:already )?(?:contacted|called|emailed|spoken (?:to|with)|written to|reported (?:this|you|it) to|filed (?:a complaint )?with|copied|cc'd|informed|notified|reached out to|(?:forwarded|sent|shared) (?:this|it|that|these|the|my|our|your|all|a copy)(?: [\w]+){0,3}? (?:to|with))\s+(?:${SEVERE}|${NEARER})\b(?=[^.?!]*\b(?:about|regarding|concerning) (?:you|your|this teacher|the teacher)\b|)`,
);

function isEscalation(sentence: Sentence, m: RegExpExecArray, severe: boolean): boolean {
  const hasIntent =
    INTENT.test(sentence.text.slice(0, m.index + 1)) ||
    /^(?:going|taking|reporting|escalating|filing)\b/i.test(m[0]);
  const conditional = CONDITION.test(sentence.text);
  return severe ? hasIntent || conditional : hasIntent && conditional;
}

// Leaving the school, said as a condition: "…by Monday, or we'll be pulling him out."
const LEAVE_SCHOOL = pattern(
  String.raw`\b(?:pull(?:ing)?|tak(?:e|ing)) (?:him|her|them|my \w+|our \w+) out\b(?! of (?:bed|the car|the bath))|\b(?:pull(?:ing)?|withdraw(?:ing)?|tak(?:e|ing)|remov(?:e|ing)|transfer(?:ring)?|mov(?:e|ing)) (?:him|her|them|my \w+|our \w+) (?:out of|from|to another|to a different) (?:the |this |your |that )?(?:school|class|program|district)\b|\b(?:find(?:ing)?|look(?:ing)? for) (?:a |another |a new |a different )(?:school|district)\b`,
);

const REPORTS_AND_WARNINGS = [
  pattern(
    String.raw`\breport(?:ing)? (?:you|the teacher|the school)\b|\breport(?:ing)? (?:this|it|that|what happened) to (?:the )?(?:principal|district|superintendent|board|state|police|authorities|administration)\b|\b(?:file|filing|lodge|lodging|submit|submitting) (?:a |an )?(?:formal |official |written )?(?:\w+ )?(?:complaint|grievance)\b|\bformal complaint\b|\b(?:file|filing|make|making|submit|submitting) (?:a |an )?(?:formal |official |written )?report (?:with|to|regarding|about|on)\b|\bpursue (?:this|the matter|it|this matter|the issue)(?: further)? (?:with|through)\b|\bfailing which\b|\bsee for myself\b|\bcomplaint against (?:you|the teacher|the school)\b`,
  ),
  pattern(
    String.raw`\b(?:your job (?:is|will be) (?:on the line|at risk|in danger)|(?:get|have|getting) you fired|(?:lose|losing) your job|have your job|you(?:'ll| will| are going to|'re going to) (?:regret|be sorry)|this (?:isn't|is not) over|you (?:haven't|have not) heard the last|you(?:'ll| will) be hearing from|(?:there will|there'll) be consequences|face (?:the )?consequences|I know people|I know my rights|(?:don't|do not) make me|I(?:'ll| will) make sure (?:everyone|every parent|all the parents|the whole)|warn (?:the )?other parents|tell (?:all )?(?:the )?other parents|post (?:about )?(?:this|it|you) (?:online|on)|go public|leave (?:a |an )?(?:\w+ )?review)\b`,
  ),
  pattern(
    String.raw`\b(?:you (?:don't|do not) want (?:me|us) to|unless you want (?:me|us) to|(?:I'm|I am|we're|we are) (?:not going to|never going to) let (?:this|it) go|(?:I|we) (?:won't|will not) (?:let (?:this|it) go|drop (?:this|it))|(?:I'll|I will|we'll|we will) be watching (?:you|closely|very closely)|(?:keeping|keep) (?:a close |an )?eye on you\b|(?:I'm|I am|I've been|I have been|we're|we are) (?:documenting|keeping (?:a )?records? of) (?:everything|every (?:single )?\w+|all of (?:this|it))|(?:this is|consider this) (?:my|the|your) (?:last|final) (?:\w+ )?(?:warning|email|request|time|chance|message)|one more (?:incident|time|mistake|email|problem|complaint) and|(?:reading|hearing|see) about (?:it|this) (?:on|in) (?:the )?(?:[\w']+ ){0,2}(?:facebook|news|paper|newspaper|social media|group)|I'm warning you|I am warning you|consider yourself warned|(?:putting|put) (?:this|it|everything) in writing so|so you can't deny|(?:taking|take|bringing|bring) (?:this|it) (?:straight |directly )?to (?:the )?(?:principal|district|administration|head ?teacher|vice principal)|(?:screenshots|records?|copies|documentation|a paper trail|receipts) of (?:everything|every (?:single )?\w+|all of (?:this|it))|(?:documenting|keeping (?:a )?records? of|keeping track of) (?:everything|every (?:single )?\w+|all of (?:this|it))|not afraid to (?:use|go|take|escalate|involve|call|contact)|tell(?:ing)? (?:every|all the|other|the other) (?:family|families|parents?))\b`,
  ),
  pattern(
    String.raw`\b(?:I|we)(?:'ll| will| am going to|'m going to| are going to|'re going to)? (?:have to |need to |be forced to |not hesitate to )?escalate\b`,
  ),
  pattern(
    String.raw`\btake (?:this|it|this matter|my concerns) (?:further|higher|as far as|all the way|to the top|above your head)\b`,
  ),
  pattern(
    String.raw`\b(?:keep (?:it|this|that) up|try me|do (?:that|it|this) (?:again|one more time)) and (?:see|you'll see|we'll see)\b`,
  ),
];

export const threat: Rule[] = [
  // Lawyers for a custody or guardianship matter are family news, not pressure.
  phraseRule(
    'threat/legal',
    LEGAL,
    (s, m) =>
      FAMILY_PAPERWORK.test(s.text) ||
      /\b(?:I'm|I am|as|work as|am) $/i.test(s.text.slice(Math.max(0, m.index - 8), m.index)),
  ),
  phraseRule('threat/to-severe', [TO_SEVERE], (s, m) => !isEscalation(s, m, true)),
  phraseRule('threat/to-nearer', [TO_NEARER], (s, m) => !isEscalation(s, m, false)),
  phraseRule(
    'threat/leave-school',
    [LEAVE_SCHOOL],
    (s) =>
      !(
        (CONDITION.test(s.text) && INTENT.test(s.text)) ||
        (/\bwe(?:'ll| will)\b/i.test(s.text) && CONDITION.test(s.text))
      ),
  ),
  phraseRule('threat/over-heads', [OVER_HEADS, WILL_HEAR, ...REPORTS_AND_WARNINGS]),
  phraseRule(
    'threat/already-escalated',
    [ALREADY_ESCALATED],
    (s, m) =>
      !/\balready\b/i.test(m[0]) &&
      !/\b(?:about|regarding|concerning) (?:you|your|this teacher|the teacher)\b/i.test(s.text),
  ),
];

import { CHILD, NOBODY, clauseAfter, hedgedBefore, valence } from '../lexicon';
import { gerund, matchCase } from '../rewrite';
import { schoolActedChildHarmed } from './blame-harm';
import { addCandidate, forEachMatch, pattern, phraseRule, type Rule } from '../rule-kit';
import { fillTemplate, toneWords } from '../words';

// Harm done by the school, stated as fact.
const HARM = String.raw`(?:ruined|humiliated|embarrassed|singled (?:\w+ )?out|picked on|targeted|belittled|mocked|ridiculed|shamed|traumati[sz]ed|scarred|yelled at|screamed at|snapped at|blamed|failed|neglected|ignored|abandoned|humiliate|refused to|refuse to|refuses to|(?:don't|do not|doesn't|does not) (?:even )?bother|failed to|neglected to|forgot to|forgot (?:about )?(?:his|her|my|their)|took away|let (?:him|her|them|us|me|my \w+) down|let (?:this|that|it) (?:happen|go on)|allowed (?:this|that|it) to (?:happen|go on)|dropped the ball|messed up|screwed up|lost\b(?! (?:me|your|weight|sleep|a (?:loved one|family member|parent))\b)|misplaced|let (?:the other (?:kids|students|children)|them|the class|other (?:kids|students)) (?:laugh at|make fun of|pick on|bully|tease|hit|push|exclude)|lied|crushed|destroyed|made fun of|laughed at|left (?:him|her|them|my \w+) out|grabbed|shoved|pushed|hit|slapped|dragged|restrained|shook|put (?:him|her|them|my \w+) in danger|broke (?:his|her) (?:heart|spirit|confidence)|turned (?:him|her|the class) against|treat(?:ed)? (?:him|her|them|my \w+) like|didn't bother|did not bother|never bothered|couldn't (?:even )?be bothered|could not (?:even )?be bothered|won't even|wouldn't even|didn't even|did not even)`;

const YOU_HARMED = pattern(
  String.raw`\b(?:you|{TEACHER_NOT_YOU})(?:'ve| have| had| has)?\s+(?:(?:\w+ly|just|even|completely|totally|basically|also|then|again)\s+)*{HARM}`,
  {
    HARM,
    TEACHER_NOT_YOU: String.raw`(?:your (?:aide|assistant|para|paraprofessional|sub|substitute|student teacher)|the teacher|(?:his|her|their) teacher|the school|this school|the staff|the aide|the sub|the substitute|(?:mr|mrs|ms|miss|dr)\.? [a-z]+)`,
  },
);

// "you made her cry", "you made him miss recess": said as fact about a bad outcome.
const YOU_MADE =
  /\byou (?:made|forced|had) (him|her|them|my \w+|our \w+|[A-Z][a-z]+) (cry|feel (?:\w+ )?(?:stupid|dumb|small|bad|terrible|awful|worthless|embarrassed|ashamed|humiliated|unwelcome|like (?:a|an) \w+)|miss|sit out|stay in|lose|redo|eat alone|stand|wait|leave|apologi[sz]e)\b/gi;

function youMadeThem(sentence: Parameters<Rule>[0], out: Parameters<Rule>[1]): void {
  forEachMatch(YOU_MADE, sentence.text, (m) => {
    if (hedgedBefore(sentence.text, m.index)) return;
    const end = m.index + m[0].length;
    const candidate = addCandidate(out, sentence, 'blame/you-made-them', m.index, end);
    const verb = /^\w+$/.test(m[2]!) ? gerund(m[2]!) : undefined;
    if (!verb) return;
    const rewritten = fillTemplate(toneWords.rewrites.youMadeThem, {
      object: /^(?:him|her|them)$/i.test(m[1]!) ? m[1]!.toLowerCase() : m[1]!,
      gerund: verb,
    });
    candidate.suggestion = matchCase(rewritten, sentence.raw.slice(m.index, end));
  });
}

// "It's not your fault", "I don't blame you": the phrase is there but denied.
const NEGATED_BEFORE =
  /(?:\b(?:not|never|no one's|nobody's|wouldn't|can't|don't)\b|n't)\s*(?:\w+\s+)?$/i;

// "thanks to you" and "because of you" depend on what follows: praise or harm.
const CREDIT_OR_BLAME =
  /\b(?:thanks to you|because of you|because of (?:the|your) (?:teacher|school|class))\b/gi;

const FAULT_AND_RESPONSIBILITY = [
  pattern(String.raw`\b(?:your|the teacher's|the school's|(?:his|her) teacher's) fault\b`),
  pattern(
    String.raw`\b(?:you're|you are|you were) (?:the (?:reason|cause)|responsible for (?:this|that|what|him|her))\b`,
  ),
  pattern(
    String.raw`\b(?:on your watch|(?:it's|this is|that's|this one's) on you|you caused|you've caused|I (?:hold|will hold) (?:you|the school|the teacher)(?: \w+)? (?:personally )?(?:responsible|accountable)|you (?:had|have) no (?:right|business)|blame (?:you|the teacher|the school))\b`,
  ),
  pattern(
    String.raw`\byou (?:really |honestly |clearly )?(?:should(?:'ve| have)|ought to have|could(?:'ve| have) at least)\b`,
  ),
  pattern(String.raw`\byou should (?:be ashamed|know better|have known)\b`),
  // "Your class is the reason he hates school", "He's not the problem. Your classroom is."
  pattern(
    String.raw`\b(?:your|the school's|the teacher's) (?:class|classroom|room|teaching|school|policy|decision|rules?|approach|methods?|attitude|handling) (?:is|was|are|were|has been) (?:the (?:real )?(?:reason|cause|problem|issue))\b|^your (?:class|classroom|room|teaching|school|approach|methods?|rules?|attitude) (?:is|are)[.!]*$`,
  ),
  pattern(
    String.raw`\b(?:you(?:'re| are)|you were|the school is|teachers are) supposed to (?:be (?:the (?:adult|professional|teacher|one|grown-?up|expert)s?|watching|supervising|helping|protecting|looking after|teaching)|(?:watch|supervise|protect|keep (?:him|her|them|kids|the kids) safe|look after))\b`,
  ),
  pattern(
    String.raw`\b(?:you|the school|the teacher) owes? (?:him|her|them|me|us|my \w+|our \w+) (?:an? )?(?:apology|explanation)\b`,
  ),
  pattern(
    String.raw`\bin (?:direct |clear |complete |blatant |open )?violation of (?:the law|(?:his|her|their|the|my \w+'s) (?:iep|504|plan|rights)|idea|section 504|federal law|state law)\b|\b(?:which|that|this) is (?:illegal|against the law)\b`,
  ),
  pattern(
    String.raw`\b(?:do|doing|did) (?:your|their) (?:job|jobs)\b|\b(?:isn't|is|that's|it's|is literally|that is) (?:literally )?(?:it |that )?your (?:only )?job\b`,
  ),
  pattern(
    String.raw`\b(?:you|you're|you are|your \w+)\s+(?:is|are|'re)?\s*the (?:real )?(?:problem|issue)\b|\bisn't the problem\b(?=[^.?!]*\byour?\b)`,
  ),
  pattern(String.raw`\bI (?:do not|don't|did not|didn't) appreciate\b`),
  pattern(String.raw`\bhow dare you\b`),
  pattern(
    String.raw`\bstop (?:singling|picking on|targeting|yelling at|humiliating|embarrassing|ignoring|punishing|blaming|belittling)\b`,
  ),
  pattern(
    String.raw`\byour (?:own )?(?:mistake|error|negligence|carelessness|oversight|failure|incompetence|lack of \w+|inability to \w+|refusal to \w+)\b`,
  ),
  pattern(
    String.raw`\b(?:you(?:'re| are) not|you aren't|the school (?:is not|isn't)) (?:even )?(?:listening|paying attention|doing your job|helping|reading|following|implementing|providing|giving|meeting|honou?ring|teaching|supporting)\b|\byou must have (?:lost|forgotten|misplaced|ignored|missed|overlooked|deleted|thrown)\b|\b(?:it|this) must be (?:something )?(?:\w+ ){0,3}(?:your (?:class|classroom|room|teaching)|you)\b|\b(?:whatever|what) you(?:'re| are) doing\b[^.?!]{0,30}\b(?:isn't|is not|doesn't|does not) (?:working|helping)\b|\byou were supposed to\b|\b(?:you(?:'re| are)|the school is) (?:failing|setting (?:him|her|them|my \w+) up (?:to|for) fail\w*)\b`,
  ),
  pattern(
    String.raw`\b(?:this|that) (?:is|was|isn't|is not) (?:not )?how you (?:treat|talk to|speak to|handle|deal with)\b|\b(?:is|was) (?:this|that) how you (?:treat|talk to|speak to|handle|deal with|run|teach)\b`,
  ),
  pattern(
    String.raw`\bno wonder (?:{CHILD}|my \w+)(?:'s| is| are)? (?:failing|struggling|behind|miserable|scared|afraid|anxious)\b`,
    { CHILD },
  ),
];

// Accusations with no "you": "nobody bothered to tell me", "someone dropped the ball",
// "my son was treated like a criminal".
// "You let those boys corner him", "you let him go outside without a coat": permission that
// ended in harm. "You let him go to the nurse" is left alone.
const YOU_LET = /\byou (?:let|allowed|permitted)\b/gi;

// "It started in your class", "ever since he joined your class": blame by timeline.
const SINCE_YOUR_CLASS = pattern(
  String.raw`\b(?:started|began|got worse|gotten worse|changed) (?:in|since|after|with|when (?:he|she|they) (?:started|joined|moved to|got to)) (?:your (?:class|classroom|room)|(?:the way )?you)\b|\b(?:since|ever since) (?:he|she|they|my \w+) (?:started|joined|has been|have been|was put|got moved|moved) (?:in|into|with|to) (?:your (?:class|classroom|room)|you)\b`,
);

// "You promised…but", "you said you would…and still": a broken promise spelled out.
const PROMISE_BROKEN_AFTER =
  /\b(?:but|yet)\b[^.?!]*(?:n't\b|\b(?:not|never|nothing|no)\b)|\bstill (?:no|not|haven't|hasn't|nothing|waiting)\b|\b(?:never|didn't|did not) (?:happened|did|came|followed|called|sent)\b/i;
const BROKEN_PROMISE = pattern(
  String.raw`\byou (?:promised|promise (?:me|us)|said you would|said you'd|told me you would|told me you'd|assured me|agreed to)\b`,
);

// "If you had actually taught it, she wouldn't have failed": blame as a counterfactual.
const IF_YOU_HAD = pattern(
  String.raw`\bif (?:you|the teacher|the school|someone|anyone) (?:had|would have|'d) (?:actually |just |even |only |bothered to )?\w+`,
);
// "If the class were actually managed, he wouldn't…": the same charge in the passive.
const IF_IT_WERE_RUN = pattern(
  String.raw`\bif (?:the |this |your |that )?(?:class|classroom|room|lunchroom|cafeteria|playground|school|kids|students|rules?|plan|iep|504|bus)\b[^,.?!]{0,20}?\b(?:were|was|had been) (?:actually|properly|even|ever|really|being) \w+ed\b`,
);
const COUNTERFACTUAL =
  /\b(?:wouldn't|would not|would never|would|might not|could)(?:'ve| have| be)\b/i;

// "You didn't tell me he was hurt": an omission stated as a charge. Other verbs ("you didn't
// mention whether…") are ordinary questions.
const YOU_DID_NOT = pattern(
  String.raw`\b(?:you|the teacher|the school|the office|the aide|the staff)\s+(?:didn't|did not|haven't|have not|hasn't|has not)\s+(?:even\s+)?(?:tell|told|call|called|inform|informed|notify|notified|let me know|bother|bothered|check|checked|notice|noticed|follow|followed|read|respond|responded|reply|replied|answer|answered|return|returned|help|helped|listen|listened|stop|stopped|protect|protected|intervene|intervened|step in|stepped in|do anything|done anything|say anything|said anything)\b`,
);
const SOFTENING_BEFORE =
  /\b(?:I know|I'm sure|I am sure|maybe|perhaps|I understand|I realize|probably|I'm not sure|I wonder if|in case|if|whether|I don't think|I doubt)\b[^.?!]*$/i;

const VAGUE_ACCUSATIONS = [
  pattern(
    String.raw`\b{NOBODY}(?:\s+[\w']+){0,2}?\s+(?:told (?:me|us)|informed (?:me|us)|warned (?:me|us)|called (?:me|us)|bothered|cared enough|lifted a finger|did anything|has done anything|(?:is|was|has been) (?:watching|paying attention|supervising|doing anything|teaching|helping|listening)|took (?:it|this|me|him|her) seriously|even (?:tried|called|noticed|checked))`,
    { NOBODY },
  ),
  pattern(
    String.raw`\b(?:someone|somebody|the school|this school|the teacher|the staff|the district)\s+(?:(?:clearly|obviously|really|completely|totally|has|have)\s+)*(?:messed up|screwed up|failed (?:him|her|them|my|our)|let (?:him|her|them|us|my \w+) down)`,
  ),
  pattern(
    String.raw`(?<!\b(?:I|we|I've|we've|I have|we have|I may have|I might have|I probably)\s+)\bdropped the ball\b`,
  ),
  pattern(
    String.raw`\bI (?:can't|cannot|can not) believe (?:you|the school|this school|anyone|nobody|no one|a teacher|the teacher)\b`,
  ),
  pattern(
    String.raw`\b(?:treated (?:him |her |them )?like (?:a |an )?(?:criminal|dog|prisoner|animal|second-class|outcast|garbage|dirt|suspect|problem)|(?:is|are|was|were) (?:clearly |obviously )?not being (?:supervised|watched|followed|implemented|taught))\b`,
  ),
];

// Harm in the passive voice with the child as the one harmed; bullying by other children is a
// report, not an accusation, so "picked on by older kids" is left alone.
const PASSIVE_HARM = pattern(
  String.raw`\b(?:{CHILD}|my \w+|[a-z]+)\s+(?:was|were|got|has been|had been|is being|was being|keeps getting)\s+(?:\w+\s+)?(?:humiliated|belittled|shamed|singled out|targeted|mocked|ridiculed|yelled at|screamed at|called out|scolded|berated)\b(?:\s+and\s+\w+)?`,
  { CHILD },
);
const BY_OTHER_CHILDREN =
  /^[^.?!,;]{0,30}\bby (?:a |an |the |some |two |three |several |other |older |another |a few |a couple of |his |her )*(?:\w+ )?(?:kids?|students?|classmates?|boys?|girls?|child|children|peers?|friends?)\b/i;

// "Maybe the issue is the teaching", "the book was in your custody when it went missing",
// "every time there's a problem, he's the one who gets the blame".
const BLAME_SHIFTED = pattern(
  String.raw`\b(?:look at|check|worry about|focus on|fix|clean up)\b[^.?!]{0,30}\byour own (?:classroom|class|room|house|teaching|backyard|staff)\b|\b(?:check|get) your facts\b|\bbefore accusing\b|\b(?:clearly|plainly) (?:stated|written|listed|documented|marked) (?:in|on)\b[^.?!]{0,60}\bstill\b|\bthe (?:real )?(?:issue|problem) (?:is|was|might be|may be) (?:the teaching|the teacher|you\b|your\b|the school|the classroom|how you|what you)|\bin your (?:custody|care|possession|hands) when\b|\b(?:is|was|'s) (?:always )?the one (?:who|that) (?:gets?|got|takes?|took) (?:the )?blame(?:d)?\b|\bgets? (?:all )?the blame\b`,
);

// The school side failing at its job, in the formal words of an IEP letter as much as in anger:
// "the district has failed to implement", "your team has repeatedly ignored the plan".
const AGENT_WIDE = String.raw`(?:you|your (?:team|staff|school|office|aide|department|district|class)|the (?:iep |504 |school |special ed(?:ucation)? |support )?team|the district|the school|this school|that school|the staff|the office|the administration|the teacher|(?:his|her|their) teacher|the (?:building|program|department))`;
const SCHOOL_FAILED = pattern(
  String.raw`\b${AGENT_WIDE}\s+(?:(?:has|have|had)\s+)?(?:(?:repeatedly|consistently|completely|once again|again|still|continually|totally|simply|clearly|now)\s+)*(?:failed to|ignored|refused to|neglected|disregarded|brushed (?:off|aside)|(?:done|did) (?:\w+ly |pretty much )?nothing|cannot be trusted|can't be trusted|(?:has|have) shown (?:it|they|that it|that they) (?:cannot|can't))\b|\b${AGENT_WIDE}\s+(?:has|have)\s+(?:repeatedly|consistently|continually)\s+\w+`,
);
const NOBODY_ON_DUTY = pattern(
  String.raw`\b${NOBODY}(?:\s+(?:in|at|on|from) (?:that|this|the|your) [\w ]{1,20}?)?\s+(?:(?:ever|even|actually|really|seems to|seem to|bothers? to|bothered to|has|have|had)\s+)*(?:watch(?:es|ed)?|supervis\w+|listen(?:s|ed)?|help(?:s|ed)?|answer(?:s|ed)?|respond(?:s|ed)?|repl(?:y|ies|ied)|check(?:s|ed)?|notic(?:e|es|ed)|follow(?:s|ed)? (?:up|through)|thought (?:to|(?:that|it|this) (?:was|were) (?:worth|important|necessary|needed))|did anything|does anything|do anything|step(?:s|ped)? in|intervene[sd]?)\b`,
  { NOBODY },
);
// "You are required to provide these services, and you have not."
const AND_YOU_HAVE_NOT = pattern(
  String.raw`\band (?:you|the school|the district|the team|they) (?:have|has|did|do|does|had) not\s*[.!]*$|\band (?:you|the school|the district) (?:haven't|hasn't|didn't|don't|won't)\s*[.!]*$`,
);
// "His accommodations were ignored", "the speech sessions did not happen this week".
const SERVICES_NOT_GIVEN = pattern(
  String.raw`\b(?:accommodations?|services|(?:iep|504)(?: plan)?|minutes|sessions|supports|modifications|therapy|extended time|extra time|breaks|behaviou?r (?:intervention )?plan)\b[^.?!]{0,40}?\b(?:(?:was|were|have been|has been|are being|is being|keeps? being|got|get)\s+(?:\w+\s+)?(?:ignored|skipped|dropped|forgotten|overlooked|disregarded|not (?:followed|provided|implemented|given|honou?red|delivered|offered|used))|(?:did not|didn't|have not|haven't|has not|hasn't|never) (?:happen(?:ed)?|occur(?:red)?|take place|taken place|been (?:provided|delivered|followed|implemented|given)))\b`,
);
// "You can't just let him sit in the corner", "you can't expect a seven-year-old to…".
const YOU_CANNOT_JUST = pattern(
  String.raw`\byou (?:can't|cannot|can not) (?:just |simply )?(?:let|leave|ignore|expect|treat|punish|single|keep (?:him|her|them|my \w+) (?:in|out|from))\b|\byou (?:can't|cannot) just\b`,
);
const HEDGED_CLAUSE =
  /\b(?:I know|I'm sure|I am sure|maybe|perhaps|I understand|I realize|probably|I'm not sure|I wonder if|in case|if|whether|I don't think|I doubt)\b(?:(?!\bbut\b)[^.?!])*$/i;
const CHILD_WAS_AWAY = /\b(?:he|she|they|my \w+) (?:was|were) (?:absent|sick|out|away|home)\b/i;

// The parent on the receiving end: "I know when I'm being brushed off".
const PARENT_HARMED = pattern(
  String.raw`\b(?:I|we)(?:'m|'re| am| are| was| were| have been|'ve been| keep getting| keep being| feel| felt)\s+(?:(?:being|getting|just|completely|totally|constantly)\s+)*(?:brushed off|stonewalled|ignored|dismissed|lied to|talked down to|patroni[sz]ed|fobbed off|given the runaround|strung along|kept in the dark|shut out|left in the dark)\b`,
);
// A verdict on how the teacher acted: "you've handled this badly", "graded this carelessly".
const DONE_BADLY = pattern(
  String.raw`\b(?:you|the school|the teacher|the staff)(?:'ve| have| had)?\s+(?:\w+\s+){0,1}(?:handled|managed|dealt with|treated|graded|marked|spoke to|talked to|run|ran|communicated|explained)\b[^.?!,;]{0,30}?\b(?:badly|poorly|terribly|horribly|carelessly|unprofessionally|inappropriately|wrongly|unfairly|disgracefully|appallingly|sloppily|so poorly|so badly)\b|\b(?:the way|how) you(?:'ve| have)? (?:treated|spoken to|talked to|handled|dealt with|graded)\b`,
);
// "Action items from the meeting, none of which have been actioned."
const NONE_DONE = pattern(
  String.raw`\bnone of (?:which|them|these|those|it|what (?:we|was|you))\b[^.?!]{0,30}?\b(?:has|have|had|was|were)\s+(?:actually\s+|even\s+)?(?:been|happened|done|followed|started)\b`,
);

export const blame: Rule[] = [
  phraseRule('blame/blame-shifted', [BLAME_SHIFTED], (s, m) =>
    /\b(?:if|whether|I don't think|unless|not sure)\b[^.?!,]*$/i.test(s.text.slice(0, m.index)),
  ),
  phraseRule('blame/parent-harmed', [PARENT_HARMED, NONE_DONE], (s, m) =>
    /\b(?:if|whether|I don't think|unless|in case)\b[^.?!,]*$/i.test(s.text.slice(0, m.index)),
  ),
  phraseRule('blame/done-badly', [DONE_BADLY], (s, m) => {
    if (HEDGED_CLAUSE.test(s.text.slice(0, m.index))) return true;
    // "Nobody has ever treated him the way you have" is praise; the harm must be in view.
    return (
      /^(?:the way|how)/i.test(m[0]) && !(valence(s.text).negative || /\bnever\b/i.test(s.text))
    );
  }),
  phraseRule(
    'blame/school-failed',
    [SCHOOL_FAILED, NOBODY_ON_DUTY, AND_YOU_HAVE_NOT, YOU_CANNOT_JUST],
    (s, m) => {
      if (HEDGED_CLAUSE.test(s.text.slice(0, m.index))) return true;
      const mood = valence(s.text);
      return mood.positive && !mood.negative && !/n't\b|\bnot\b|\bnothing\b/i.test(m[0]);
    },
  ),
  phraseRule('blame/services-not-given', [SERVICES_NOT_GIVEN], (s, m) => {
    return (
      HEDGED_CLAUSE.test(s.text.slice(0, m.index)) ||
      CHILD_WAS_AWAY.test(s.text) ||
      (s.text.trimEnd().endsWith('?') &&
        /^(?:was|were|did|have|has|is|are)\b/i.test(s.text.trimStart()))
    );
  }),
  phraseRule('blame/you-harmed', [YOU_HARMED], (s, m) => hedgedBefore(s.text, m.index)),
  youMadeThem,
  phraseRule('blame/credit-or-blame', [CREDIT_OR_BLAME], (s, m) => {
    const mood = valence(s.text);
    // "Thanks to you, he loves reading" is gratitude; it blames only when harm is in view.
    return /^thanks/i.test(m[0]) ? !mood.negative : mood.positive && !mood.negative;
  }),
  phraseRule('blame/fault-and-responsibility', FAULT_AND_RESPONSIBILITY, (s, m) => {
    const before = s.text.slice(Math.max(0, m.index - 25), m.index);
    if (NEGATED_BEFORE.test(before) || hedgedBefore(s.text, m.index)) return true;
    // "You do your job so well" is praise.
    return /\byou\s+$/i.test(before) && valence(s.text).positive;
  }),
  phraseRule(
    'blame/vague-accusations',
    VAGUE_ACCUSATIONS,
    (s, m) => /^I can/i.test(m[0]) && valence(s.text).positive && !valence(s.text).negative,
  ),
  phraseRule(
    'blame/you-let',
    [YOU_LET],
    // As a question ("Did you let him walk home?") it asks; the interrogation rule covers "how could you".
    (s, m) =>
      s.text.trimEnd().endsWith('?') ||
      hedgedBefore(s.text, m.index) ||
      !valence(clauseAfter(s.text, m.index + m[0].length)).negative,
  ),
  phraseRule('blame/if-you-had', [IF_YOU_HAD, IF_IT_WERE_RUN], (s) => !COUNTERFACTUAL.test(s.text)),
  phraseRule(
    'blame/you-did-not',
    [YOU_DID_NOT],
    (s, m) =>
      SOFTENING_BEFORE.test(s.text.slice(0, m.index)) ||
      s.text.trim().endsWith('?') ||
      (valence(s.text).positive && !valence(s.text).negative),
  ),
  schoolActedChildHarmed,
  phraseRule('blame/since-your-class', [SINCE_YOUR_CLASS], (s) => !valence(s.text).negative),
  phraseRule(
    'blame/broken-promise',
    [BROKEN_PROMISE],
    (s, m) => !PROMISE_BROKEN_AFTER.test(s.text.slice(m.index + m[0].length)),
  ),
  phraseRule('blame/passive-harm', [PASSIVE_HARM], (s, m) => {
    const after = s.text.slice(m.index + m[0].length);
    const before = s.text.slice(0, m.index);
    return (
      BY_OTHER_CHILDREN.test(after) ||
      /\b(?:feels?|felt|feeling|like|worried|afraid|scared)\s*$/i.test(before)
    );
  }),
];

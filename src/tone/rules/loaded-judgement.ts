import { CHILD, CHILD_OBJECT, SCHOOL_THING, clauseAfter, clauseBefore, valence } from '../lexicon';
import { matchCase } from '../rewrite';
import { addCandidate, forEachMatch, pattern, phraseRule, type Rule } from '../rule-kit';
import type { Sentence } from '../sentences';
import { toneWords } from '../words';

const INTENSIFIERS = String.raw`(?:(?:completely|absolutely|totally|just|so|really|utterly|frankly|simply|truly|beyond|quite|pretty|honestly|downright|entirely|plain|very|incredibly|extremely|wildly|grossly|unbelievably|ridiculously|terribly|deeply|seriously|highly|clearly|obviously)\s+)*`;

// Harsh on their own, whoever they land on (unless the parent turns them on themselves).
const HARSH = String.raw`(?:unforgivable|indefensible|unethical|discriminatory|vindictive|spiteful|callous|reckless|mean-spirited|ridiculous|unacceptable|incompetent|absurd|pathetic|outrageous|disgraceful|disgusting|appalling|shameful|laughable|idiotic|moronic|asinine|unprofessional|negligent|inexcusable|insulting|atrocious|abysmal|deplorable|despicable|ludicrous|preposterous|nonsense|bullshit|clueless|useless|unconscionable|horrendous|sickening|busy ?work|a (?:complete |total |huge )?waste of (?:his|her|their|our|my|everyone's) (?:time|evening|night|weekend|day)|incompetence|negligence|stupidity|idiocy|a disgrace|an outrage|beyond the pale)`;
// Ordinary words that become judgements only when aimed at the teacher or their decisions.
const POINTED = String.raw`(?:way too \w+|far too \w+|makes? no sense|not qualified|unqualified|irresponsible|inconsiderate|thoughtless|uncaring|unhelpful|rigid|inflexible|petty|hostile|aggressive|demeaning|degrading|humiliating|belittling|hurtful|harmful|unjust|irrational|cold-hearted|heavy-handed|unfair|inappropriate|terrible|horrible|awful|rude|disrespectful|careless|sloppy|lazy|cruel|unreasonable|condescending|patronizing|patronising|dismissive|insensitive|heartless|pointless|stupid|dumb|offensive|shocking|insane|crazy|meaningless|cold|uncalled for|arbitrary|over the top|overkill|excessive|disproportionate|out of line|lacking|subpar|sub-par|inadequate|insufficient|substandard|sub-standard|mediocre|half-hearted|half-baked|disorgani[sz]ed|unorgani[sz]ed|a waste of time|a (?:complete |total |huge )?(?:disaster|mess|nightmare|waste of (?:time|\w+ time))|not (?:okay|ok|acceptable|appropriate|fair|professional|right))`;

// The words are matched alone (fast) and any intensifiers before them ("completely") are then
// taken into the span by looking back.
const HARSH_WORD = pattern(String.raw`\b${HARSH}\b`);
const POINTED_WORD = pattern(String.raw`\b${POINTED}\b`);
const INTENSIFIERS_BEFORE = new RegExp(String.raw`\b${INTENSIFIERS}$`, 'i');

/** The match widened back over the intensifiers in front of it. */
function withIntensifiers(text: string, m: RegExpExecArray): RegExpExecArray {
  const from = Math.max(0, m.index - 100);
  const lead = INTENSIFIERS_BEFORE.exec(text.slice(from, m.index))?.[0] ?? '';
  if (!lead) return m;
  const widened = [lead + m[0]] as unknown as RegExpExecArray;
  widened.index = m.index - lead.length;
  widened.input = text;
  return widened;
}
const AIMED_AT_SCHOOL = new RegExp(
  String.raw`\b(?:you|your|yours|your end|the teacher|a teacher|teachers|an adult|the school|this school|the staff|the district|the office|the administration|(?:this|that)(?:'s| is| was| has been| feels| seems| sounds)|${SCHOOL_THING}s?)\b`,
  'i',
);

const DENIED_BEFORE = /(?:\b(?:not|never|hardly|far from|no)|n't)\s+(?:\w+\s+){0,2}$/i;
const RHETORICAL_BEFORE =
  /\b(?:isn't (?:it|this|that)|don't you (?:think|agree)|wouldn't you (?:say|agree))\b[^.?!]*$/i;
// "I feel ridiculous", "this might sound absurd", "is it silly that I…", "he's being lazy".
const SELF_OR_CHILD_BEFORE = new RegExp(
  String.raw`(?:\b(?:I(?:'m| am| was| feel| felt)(?: being)?|I (?:\w+ )?(?:came|come|coming) across as|I (?:sounded|seemed|looked)|am I(?: being)?|I sound|(?:sounds?|seems?|looks?|sounding)|(?:is it|would it be|would that be|is that|was it|does (?:it|this|that) (?:sound|seem))|(?:${CHILD}|(?:(?<=^|[,;:]\s*|\b(?:and|but|so|because)\s+)(?:his|her) (?!teacher)\w+(?: \w+){0,3}?)|my \w+(?:'s \w+)?)(?:'s| is| are| was| were| has been| can be| gets| got| seems| seemed| looks| acts| acted| feels| felt)(?: being)?)\s+(?:\w+\s+){0,2}$)`,
  'i',
);
const CHILD_AS_ACTOR_BEFORE = new RegExp(
  String.raw`\bfor ${CHILD_OBJECT} to\s+(?:\w+\s+){0,2}$`,
  'i',
);
const NAME_BEFORE = /\b[A-Z][a-z]+ (?:is|was|'s) being\s+(?:\w+\s+){0,1}$/;
// "Unacceptable for him to talk back" judges the child's behaviour, which the parent may share.
const CHILD_AFTER = new RegExp(
  String.raw`^\s+(?:for (?:${CHILD_OBJECT}|(?!(?:anyone|anybody|someone|somebody|a|an|the|any|teachers?|staff|adults?)\b)[a-z]+) to|that I|that we|to ask|if I|of me|for me to)\b`,
  'i',
);

function isJudgementOfSchool(
  sentence: Sentence,
  m: RegExpExecArray,
  needsTarget: boolean,
): boolean {
  const before = sentence.text.slice(0, m.index);
  const after = sentence.text.slice(m.index + m[0].length);
  const rhetorical = RHETORICAL_BEFORE.test(before);
  if (!rhetorical && DENIED_BEFORE.test(before)) return false;
  if (
    !rhetorical &&
    (SELF_OR_CHILD_BEFORE.test(before) || NAME_BEFORE.test(sentence.raw.slice(0, m.index)))
  )
    return false;
  if (CHILD_AFTER.test(after) || CHILD_AS_ACTOR_BEFORE.test(before)) return false;
  // The target has to be in the same clause: "…the trip was cancelled, I know the weather was awful".
  const clause = clauseBefore(sentence.text, m.index);
  return (
    !needsTarget || AIMED_AT_SCHOOL.test(clause) || AIMED_AT_SCHOOL.test(clauseAfter(after, 0))
  );
}

// "This policy is ridiculous" → "This policy is hard for me to understand".
const PREDICATE_BEFORE =
  /\b\w+(?:'s| is| was| are| were| has been| have been| seems| seem| feels)\s+$/i;

function judgementRule(re: RegExp, needsTarget: boolean): Rule {
  return (sentence, out) => {
    forEachMatch(re, sentence.text, (found) => {
      const m = withIntensifiers(sentence.text, found);
      if (!isJudgementOfSchool(sentence, m, needsTarget)) return;
      const end = m.index + m[0].length;
      const word = m[0].split(/\s+/).pop()!.toLowerCase();
      const replacement =
        toneWords.rewrites.judgementWords[word] ?? toneWords.rewrites.judgementDefault;
      const before = sentence.text.slice(0, m.index);
      const safe =
        replacement &&
        PREDICATE_BEFORE.test(before) &&
        !/\byou\b/i.test(before) &&
        /^\s*(?:$|[.,;!]|that\b|to\b|and\b)/.test(sentence.text.slice(end));
      addCandidate(
        out,
        sentence,
        'loaded-judgement/judgement-rule',
        m.index,
        end,
        safe ? matchCase(replacement, sentence.raw.slice(m.index, end)) : undefined,
      );
    });
  };
}

// Sweeping verdicts on the teacher as a person or professional.
const VERDICTS = [
  // "Very bad teaching", "poor communication": the judgement sits on the teacher's work.
  pattern(
    String.raw`\b${INTENSIFIERS}(?:bad|poor|terrible|awful|lazy|sloppy|lousy|horrible|shoddy|pathetic|zero) (?:teaching|teacher|communication|planning|management|classroom management|organi[sz]ation|leadership|supervision|judge?ment)\b`,
  ),
  pattern(
    String.raw`\b(?:the )?worst(?:-\w+)? (?:classroom|class|school|teacher|teaching|communication|organi[sz]ation|run)\b|\b(?:zero|no|lost all|little) (?:confidence|faith|trust) (?:in|left in) (?:anything |what )?(?:you|your|the school|this school|the teacher)\b|\b(?:you're|you are) (?:clearly |obviously |completely )?in over your head\b`,
  ),
  pattern(
    String.raw`\b(?:I|we) (?:don't|do not|no longer|can't|cannot|can no longer) (?:really )?trust (?:you|your|the school|this school|the teacher|anything (?:you|your|the school))\b|\b(?:lost|losing) (?:all )?(?:trust|faith) in (?:you|your|the school|this school)\b`,
  ),
  pattern(
    String.raw`\bwhat kind of (?:a )?(?:teacher|school|person|adult|professional|educator|place|classroom)\b|\bwho (?:does|says|tells|would say|would do|treats|talks to) (?:that|this|a child|kids|children)\b|\bwho (?:grades|punishes|yells at|shames|talks to|speaks to|treats|humiliates|embarrasses) (?:a|an) (?:\w+[- ])?(?:grader|child|kid|\w+-year-old)'?s?\b|\b(?:expect|expected) (?:this|that) (?:kind|sort|level) of \w+ (?:from|of) (?:a|an) [\w ]{1,20}, not (?:a|from a|an?) (?:school|teacher|professional|educator)\b|\bwhat(?:'s| is) wrong with (?:you|this school|the school|your|people|these people)\b`,
  ),
  pattern(
    String.raw`\b(?:you|these) people\b(?! (?:have been|are) (?:so |really )?(?:great|wonderful|amazing|kind|helpful))|\bshame on (?:you|the school|this school)\b`,
  ),
  pattern(
    String.raw`\b(?:should(?:n't| not) be (?:teaching|working with (?:kids|children))|has no business (?:teaching|working with)|in the wrong (?:profession|job|line of work|career)|rethink (?:their|your|her|his) career|find (?:another|a new|a different) (?:job|career))\b`,
  ),
  pattern(
    String.raw`\b(?:is|was|are|were|'s|has become|has been|have been) ${INTENSIFIERS}(?:a (?:complete |total |absolute )?joke|garbage|trash|crap|a farce|a travesty)\b`,
  ),
  pattern(
    String.raw`\b(?:I've|I have) lost (?:all )?(?:\w+ )?(?:confidence|faith|trust|respect) in\b|\byou(?:'re| are) (?:just |totally |completely )?(?:overreacting|exaggerating|blowing (?:this|it) out of proportion|making a (?:big )?deal out of nothing)\b|\b(?:better|more) [\w ]{0,20}than (?:you|the school|this school|the teacher|your class) (?:do|does|did|ever|will|could)\b|\bbetter than any teacher\b`,
  ),
  pattern(String.raw`\bwhat a (?:joke|disgrace|mess|waste|disaster|farce)\b`),
  // Anger and contempt stated outright, rather than the worry underneath them.
  pattern(
    String.raw`\b(?:I'm|I am|I was|we're|we are|we were|I feel|I'm feeling)\s+(?:(?:absolutely|completely|so|beyond|utterly|just|really|frankly|quite)\s+)*(?:appalled|disgusted|outraged|livid|furious|incensed|sickened|beyond angry|fed up|sick and tired)\b|\b(?:sick and tired of|fed up with|had it with|had enough of)\b|\b(?:disappointed|disgusted) (?:in|with|by) (?:you|your|the way you|how you|the school|this school)\b|\byou have no (?:idea|clue) (?:what|how) (?:you're|you are)\b|\b(?:you|the sub|the substitute|the teacher|the school|the staff|they|he|she)\s+(?:clearly |obviously |honestly |just )?(?:had|has|have) no (?:idea|clue) what (?:they|you|he|she)(?:'re| are| were| was|'s) doing\b|\bwhat (?:exactly )?(?:qualifies|qualified|entitles) you to\b`,
  ),
];
const ASTONISHMENT = pattern(
  String.raw`\b(?:it's|it is|this is|that's|that is) (?:frankly |honestly |absolutely |just |truly |quite )?(?:unbelievable|insane|mind-?boggling|beyond belief|astonishing|staggering|astounding|beyond me|baffling|shocking) (?:that|how)\b|^(?:this is |that is |this is just |honestly,? )?unbelievable[.!]*$`,
);

export const loadedJudgement: Rule[] = [
  judgementRule(HARSH_WORD, false),
  judgementRule(POINTED_WORD, true),
  phraseRule('loaded-judgement/verdicts', VERDICTS),
  // "It's unbelievable how much he's grown" is delight, not a verdict.
  phraseRule(
    'loaded-judgement/astonishment',
    [ASTONISHMENT],
    (s) => valence(s.text).positive && !valence(s.text).negative,
  ),
];

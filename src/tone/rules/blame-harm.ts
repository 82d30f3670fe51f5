import { CHILD_HARM, valence } from '../lexicon';
import { addCandidate, forEachMatch, pattern, type Rule } from '../rule-kit';

// Someone on the school side doing something. "Someone in your classroom" and "your aide" count.
const AGENT = String.raw`(?:you|the teacher|(?:his|her|their) teacher|the aide|the sub|the substitute|the staff|the school|(?:someone|somebody) in your (?:class|classroom|room)|(?:mr|mrs|ms|miss)\.? [a-z]+|your (?:aide|assistant|para|paraprofessional|sub|substitute|student teacher|staff|decision|choice|comments?|words|tone|actions|policy|rule|response|reaction|punishment|handling|carelessness|mistake))`;

// Verbs that report, perceive, help or hedge rather than act on the child.
const NOT_AN_ACT = String.raw`(?:said|say|says|told|tell|mentioned|noticed|notice|asked|ask|wrote|called|emailed|shared|explained|thought|think|knew|know|were|was|are|is|am|be|been|can|could|will|would|should|might|may|must|do|does|did|have|has|had|let me know|reached out|sent (?:me|us|a note|an email|home a note|a message|an update)|probably|seem|seems|seemed|also|really|just|hope|need|want|see|saw|mean|meant|help|helped|care|cared|can't imagine|won't believe|agreed|suggested|offered|recommended|noted|pointed out|reminded|worked|tried|never|not|always|ever|once|usually|sometimes|often)`;

const AGENT_ACTS = pattern(
  String.raw`\b${AGENT}(?:'ve| have| had)?\s+(?:(?:just|already|then|also|basically|completely)\s+)*(?!${NOT_AN_ACT}\b)[a-z]+(?:'t)?\b|\byour (?:decision|choice|comments?|words|tone|actions|policy|rule|response|reaction|punishment|handling)\b[^.?!]{0,60}?\b(?:made|caused|led to|has made|has caused)\b`,
);
const CAUSE_BEFORE = /\b(?:since|ever since|because|after|when|now that)\s+$/i;
const SOFTENING_BEFORE =
  /\b(?:I know|I'm sure|I am sure|maybe|perhaps|I understand|I realize|probably|I'm not sure|I wonder if|in case|if|whether|I don't think|I doubt)\b[^.?!]*$/i;

/**
 * The school acts and the child is harmed: "you kept him in and now he's terrified", "he's been
 * miserable since you moved him". Harm before the act only counts when the act is given as the
 * cause, so "he was anxious, so you let him test in the library" stays a kindness.
 */
export const schoolActedChildHarmed: Rule = (sentence, out) => {
  const text = sentence.text;
  if (!CHILD_HARM.test(text) || text.trimEnd().endsWith('?')) return;
  const mood = valence(text);
  if (mood.positive) return;
  forEachMatch(AGENT_ACTS, text, (m) => {
    const before = text.slice(0, m.index);
    if (SOFTENING_BEFORE.test(before)) return;
    const harmAfter = CHILD_HARM.test(text.slice(m.index));
    if (!harmAfter && !(CAUSE_BEFORE.test(before) && CHILD_HARM.test(before))) return;
    addCandidate(out, sentence, 'blame/school-acted-child-harmed', m.index, m.index + m[0].length);
  });
};

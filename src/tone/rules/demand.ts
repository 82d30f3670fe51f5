import { clauseAfter, hedgedBefore, valence } from '../lexicon';
import { matchCase } from '../rewrite';
import {
  addCandidate,
  forEachMatch,
  pattern,
  phraseRule,
  startsClause,
  type Rule,
} from '../rule-kit';
import type { Sentence } from '../sentences';
import { fillTemplate, toneWords } from '../words';

const SOFTENERS =
  /\b(?:please|kindly|no rush|when you (?:can|get a chance|have a (?:moment|minute|chance))|if (?:possible|you can|that's okay|that works)|whenever|thank(?:s| you))\b/i;
const URGENCY = String.raw`(?:immediately|right away|right now|now|asap|tomorrow|this week|a\.s\.a\.p|today|tonight|this (?:minute|instant)|at once|by (?:tomorrow|monday|tuesday|wednesday|thursday|friday|the end of (?:the )?(?:day|week)|end of (?:the )?(?:day|week)|eod|cob|noon|\d)|no later than|or else|no excuses|without delay|first thing)`;
const URGENT = pattern(String.raw`\b${URGENCY}\b`);

// "I demand…", "I insist…": the rewrite depends on what follows.
const I_DEMAND = /\bI (?:hereby |now |must )?(demand|insist)(?: (that|on|to))?\b/gi;

function demandRewrite(verb: string, joiner: string | undefined): string | undefined {
  const r = toneWords.rewrites;
  if (joiner === 'that') return r.demandThat;
  if (joiner === 'to') return verb.toLowerCase() === 'demand' ? r.demandTo : undefined;
  if (joiner === 'on') return r.demandNoun;
  return verb.toLowerCase() === 'demand' ? r.demandNoun : undefined;
}

function iDemand(sentence: Sentence, out: Parameters<Rule>[1]): void {
  forEachMatch(I_DEMAND, sentence.text, (m) => {
    if (/\bnot\s+$|n't\s+$/i.test(sentence.text.slice(0, m.index))) return;
    const end = m.index + m[0].length;
    const rewrite = demandRewrite(m[1]!, m[2]);
    addCandidate(
      out,
      sentence,
      'demand/i-demand',
      m.index,
      end,
      rewrite && matchCase(rewrite, 'I'),
    );
  });
}

// "I expect this resolved by Friday" is a demand; "I expect he'll be tired" is a prediction.
const I_EXPECT =
  /\bI (?:fully |absolutely |do |will )?expect\b(?! (?:he|she|they|we|there|so|not|most|many|a lot|some|that (?:he|she|it|they|we|there)|this (?:will|would|might|is)|it(?:'s| will| would| might| is| may))\b)(?:( you to)| (this|it|that|things)(?= (?:resolved|fixed|handled|dealt with|addressed|sorted|done|taken care of|corrected|changed)\b))?/gi;

function iExpect(sentence: Sentence, out: Parameters<Rule>[1]): void {
  forEachMatch(I_EXPECT, sentence.text, (m) => {
    const end = m.index + m[0].length;
    if (!/\S/.test(sentence.text.slice(end, end + 2))) return;
    // "I expect the form will arrive tomorrow", "I expect you're busy": a guess, not an order.
    const clause = clauseAfter(sentence.text, end);
    if (
      /^\s*(?:you're|you are)\b/i.test(clause) ||
      (!/\byou\b/i.test(clause) && /\b(?:will|'ll|won't|would|may|might|going to)\b/i.test(clause))
    )
      return;
    const r = toneWords.rewrites;
    const rewrite = m[1] ? r.expectYouTo : m[2] ? `${r.expectOutcome} ${m[2]}` : undefined;
    addCandidate(
      out,
      sentence,
      'demand/i-expect',
      m.index,
      end,
      rewrite && matchCase(rewrite, 'I'),
    );
  });
}

// "You need to…" and friends give orders; inferences ("you must be tired") and offers
// ("if you need to reach me") do not.
const YOU_MUST =
  /\byou(?:'d| had)? (?:really |just |simply |absolutely )?(need to|have to|must|better|will need to|will have to|are going to have to|have got to|gotta)\b|\byou(?:'d|'ll|'ve|'re) (better|need to|have to|got to|going to have to)\b/gi;
const NOT_AN_ORDER_BEFORE =
  /\b(?:if|whether|when|whenever|unless|in case|what|whatever|anything|everything|do|don't|did|as|than|will|would|could|might|may)\s+$/i;
const INFERENCE_AFTER =
  /^\s+(?:be|have|feel|get (?:a lot|so many)|see|think|hear|realize|'ve|of)\b/i;

function youMust(sentence: Sentence, out: Parameters<Rule>[1]): void {
  forEachMatch(YOU_MUST, sentence.text, (m) => {
    const before = sentence.text.slice(0, m.index);
    const after = sentence.text.slice(m.index + m[0].length);
    if (NOT_AN_ORDER_BEFORE.test(before)) return;
    if (/^must$/i.test(m[1]!) && INFERENCE_AFTER.test(after)) return;
    // "You need to know he'll be late" passes on news rather than giving an order.
    if (/^\s+know\b/i.test(after)) return;
    const candidate = addCandidate(
      out,
      sentence,
      'demand/you-must',
      m.index,
      m.index + m[0].length,
    );
    // A one-clause order at the start of a sentence can become a request.
    const whole =
      /^(?:You (?:really |just )?(?:need to|have to|must)) ([a-z][^,;:!?]*?)([.!]?)$/.exec(
        sentence.raw,
      );
    if (m.index === 0 && whole && !/\b(?:or|otherwise|else)\b/i.test(whole[1]!)) {
      candidate.wide = {
        start: sentence.start,
        end: sentence.start + sentence.raw.length,
        suggestion: `${fillTemplate(toneWords.rewrites.youNeedTo, { action: whole[1]! })}?`,
      };
    }
  });
}

// Orders at the start of a clause, pushed with a deadline or a bare "fix this".
const IMPERATIVE = pattern(
  String.raw`\b(?:now\s+|just\s+)?(?:fix|stop|change|call|email|phone|contact|respond to|reply to|answer|send|give|return|apologi[sz]e to|remove|move|regrade|correct|reverse|undo|explain|deal with|sort out|handle|get back to|take care of|make sure|ensure|tell me|respond|reply|write back|get back to me)\b`,
);
const BARE_ORDER = pattern(
  String.raw`\b(?:(?:fix|stop|change|undo|handle|sort out|deal with) (?:this|it|that)\b(?:\s+(?:now|today|immediately))?(?:\s+or(?: else)?\b)?|stop (?!by\b)\w+ing\b|do better\b|make it happen\b|get it done\b|figure it out\b)`,
);
const DO_NOT = pattern(
  String.raw`\b(?:do not|don't|never) (?:ever )?(?:contact|call|email|speak to|talk to|touch|punish|keep|move|single|take (?:away|him|her)|tell me (?:to|that|how|he|she|it|they|this|there|he's|she's|it's|they're))\b`,
);

// A short order that corrects the teacher, with no deadline needed: "Fix his grade."
const TERSE_ORDER = pattern(
  String.raw`^(?:now,?\s+|just\s+)?find (?:another|a different|a better|some other) \w+|^(?:now,?\s+|just\s+)?(?:fix|change|correct|regrade|remove|reverse|undo|return|stop)\s+(?:the|his|her|their|my|this|that|it|him|them|these|those|what)\b|^(?:now,?\s+|just\s+)?answer (?:the question|my (?:question|email|emails|messages?|calls?)|me)\b`,
);

function imperative(sentence: Sentence, out: Parameters<Rule>[1]): void {
  if (SOFTENERS.test(sentence.text) && !/\bor (?:else|I|we)\b/i.test(sentence.text)) return;
  if (sentence.text.split(/\s+/).length <= 10) {
    forEachMatch(TERSE_ORDER, sentence.text, (m) => {
      addCandidate(out, sentence, 'demand/imperative', m.index, m.index + m[0].length);
    });
  }
  for (const re of [BARE_ORDER, DO_NOT]) {
    forEachMatch(re, sentence.text, (m) => {
      if (startsClause(sentence.text, m.index)) {
        addCandidate(out, sentence, 'demand/imperative', m.index, m.index + m[0].length);
      }
    });
  }
  URGENT.lastIndex = 0;
  const urgent = URGENT.exec(sentence.text);
  if (!urgent) return;
  forEachMatch(IMPERATIVE, sentence.text, (m) => {
    if (m.index > urgent.index || !startsClause(sentence.text, m.index)) return;
    addCandidate(out, sentence, 'demand/imperative', m.index, urgent.index + urgent[0].length);
  });
}

// "I want this fixed", "I want an apology", "we need answers".
const I_WANT = pattern(
  String.raw`\b(?:keep|save|spare me) (?:your|the|all the|all your) excuses\b|\b(?:deserves?|am owed|is owed|are owed) (?:an? )?(?:apology|explanation)\b|\bI want (?:the name|the names|a list|names|an? (?:full |written )?(?:account|report|record|copy of (?:the|all|every))) of\b|\b(?:I|we) (?:just |really |simply )?(?:want|need)\s+(?:(?:this|it|that|him|her|them|(?:his|her|my|the) \w+(?: \w+)?)\s+(?:to be\s+)?(?:fixed|resolved|handled|dealt with|addressed|changed|corrected|tested|evaluated|assessed|switched|sorted(?: out)?|done|removed|moved|stopped|taken care of|to stop|reversed|regraded|redone|investigated)|(?:an? |some )?(?:apology|apologies|explanation|answers?|response|reply|refund)\b|(?:this|it) to (?:stop|end|change))`,
);
// "I need his missing work list tonight": a need with a deadline attached.
const I_NEED_BY = pattern(
  String.raw`\bI (?:need|want) (?!to\b)[^.?!,]{1,40}\b(?:tonight|today|immediately|right now|asap|by (?:tomorrow|eod|cob|noon|the end of (?:the )?(?:day|week)|end of (?:the )?(?:day|week)|monday|tuesday|wednesday|thursday|friday))\b|\b(?:this|it) has (?:dragged|gone) on (?:long enough|too long)\b`,
);
const I_NEED_YOU = pattern(
  String.raw`\bI (?:need|want) you to\b(?! know how (?:much|grateful|thankful))`,
);
// "You will give him the retake": a future tense used as an order.
const YOU_WILL = pattern(
  String.raw`\byou (?:will|are going to|'re going to) (?:give|let|allow|call|fix|stop|change|send|provide|follow|make sure|apologi[sz]e|move|regrade|return|remove|reverse|excuse|accommodate)\b`,
);

// Flat refusals and ultimatums: "I will not accept…", "this stops today", "or else".
const ULTIMATUMS = [
  pattern(
    String.raw`\bI (?:will not|won't|refuse to|am not going to|'m not going to|cannot|can't) (?:accept|tolerate|stand for|allow|put up with)\b`,
  ),
  pattern(String.raw`\bI refuse to (?!give up|stop believing|let (?:him|her) give up)\w+`),
  pattern(
    String.raw`\b(?:this|it|that) (?:needs to|has to|must|better|had better) (?:stop|end|change)\b(?:\s+(?:now|today|immediately))?|\b(?:this|it) (?:stops|ends) (?:now|today|here)\b|\b(?:this|that) (?:can't|cannot|will not|won't) (?:continue|go on|happen again)\b`,
  ),
  pattern(
    String.raw`\bor else\b|\bno excuses\b|\bthis is not a request\b|\bI'm not asking\b(?! (?:you|for|that|anyone|him|her|them|to|because|about))|\b(?:I'm|I am) done (?:asking|being) (?:nicely|nice|polite|patient)\b|\b(?:not|won't be|am not|I'm not) taking no for an answer\b|\bjust so we're clear\b|\bI (?:don't|do not) need you (?:telling|to tell) me\b|\bI want (?:something|action|this|it) done\b|\bwhat (?:exactly )?do you expect (?:me|us) to\b|\b(?:I'm|I am) done (?:with (?:the|this|all the) (?:back and forth|excuses|runaround)|waiting)\b|\b(?:I'm|I am) telling you (?:now|right now)\b|\blet me (?:be|make (?:this|it|myself)) (?:very |perfectly |crystal |absolutely )?clear\b|\bend of (?:discussion|story)\b`,
  ),
  pattern(
    String.raw`\b(?:I'm|I am) not (?:going to|gonna) ask (?:again|twice)\b|\bI (?:won't|will not) ask (?:again|twice)\b`,
  ),
  pattern(
    String.raw`\b(?:is that|do I make myself) clear\?|\b(?:I don't|I do not) want (?:to hear )?(?:any )?excuses\b|\bno more excuses\b|\benough is enough\b|\b(?:the|this is the) last straw\b|\bwhat (?:are|is) (?:you|the school) going to do about (?:it|this|that)\b|\bI want to know what (?:you(?:'re| are)|the school is) going to do\b`,
  ),
];
const NEEDS_HANDLING = pattern(
  String.raw`\b(?:this|it|that|the situation|the problem|the issue)\s+(?:needs to|has to|must)\s+be\s+(?:fixed|addressed|dealt with|handled|resolved|corrected|taken care of)\b(?:\s+(?:now|today|immediately|right away))?`,
);

// "Move him to another group. Today.": a deadline standing alone as its own sentence.
const DEADLINE_ALONE = pattern(
  String.raw`^(?:today|now|immediately|right now|asap|tonight|this week|no exceptions|no excuses)[.!]*$`,
);

export const demand: Rule[] = [
  phraseRule('demand/deadline-alone', [DEADLINE_ALONE]),
  iDemand,
  iExpect,
  youMust,
  imperative,
  phraseRule('demand/i-want', [I_WANT], (s) => SOFTENERS.test(s.text)),
  phraseRule(
    'demand/i-need-by',
    [I_NEED_BY],
    (s) => SOFTENERS.test(s.text) || (valence(s.text).positive && !valence(s.text).negative),
  ),
  phraseRule(
    'demand/i-need-you',
    [I_NEED_YOU],
    (s) => valence(s.text).positive && !valence(s.text).negative,
  ),
  phraseRule(
    'demand/you-will',
    [YOU_WILL],
    (s, m) => hedgedBefore(s.text, m.index) || s.text.includes('?') || SOFTENERS.test(s.text),
  ),
  phraseRule('demand/ultimatums', ULTIMATUMS),
  phraseRule(
    'demand/needs-handling',
    [NEEDS_HANDLING],
    (s, m) =>
      hedgedBefore(s.text, m.index) ||
      /\b(?:I think|I feel|maybe|perhaps|I wonder if|I believe)\b/i.test(s.text.slice(0, m.index)),
  ),
];

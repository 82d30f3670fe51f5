// Rewrites of a whole sentence, for findings whose words alone cannot be swapped: an order becomes
// a request with the same content ("Call me back today." → "Could you call me back today?"), a
// threat becomes a stated next step without pressure, a "why was she…" becomes a curious
// question about the same event, and a bare sarcastic aside ("Typical.") is simply dropped, since
// the complaint under it is already said. English only: each rewrite parses a sentence shape it is
// sure of and otherwise offers nothing, so the finding says in words what to change instead.
import type { ToneCategory } from '../categories';
import { gerund, matchCase } from '../rewrite';
import { fillTemplate, toneWords } from '../words';

const r = () => toneWords.rewrites;

// Verbs a parent orders a teacher with; the sentence must open with one of them.
const IMPERATIVE_VERB =
  /^(?:(?:please|now|just|so),?\s+)?(call|email|phone|text|contact|move|fix|change|send|give|tell|let|stop|answer|respond|reply|explain|remove|return|put|keep|check|look|read|follow|correct|regrade|reverse|undo|sort|deal|handle|make sure|ensure|get|take|find|apologi[sz]e|meet|write|update|talk|speak|schedule|arrange|provide|allow|give)\b(.*)$/i;
// Pressure tacked onto an order: the deadline stays, the push goes.
const URGENCY =
  /,?\s*\b(?:immediately|right away|right now|asap|a\.s\.a\.p\.?|at once|without delay|no excuses|now)\b/gi;
const ULTIMATUM_TAIL =
  /,?\s*\b(?:or else|or (?:I|we)(?:'ll| will| am| are|'m|'re)?\b.*|otherwise\b.*|and I mean it|no exceptions|period|end of story)$/i;

function cleanOrder(rest: string): string | undefined {
  const text = rest.replace(ULTIMATUM_TAIL, '');
  let urgent = false;
  const calm = text.replace(URGENCY, () => {
    urgent = true;
    return '';
  });
  if (/[!?]|\b(?:or|you people|damn|hell)\b/i.test(calm)) return undefined;
  return (calm.trim() + (urgent ? ` ${r().soonAsYouCan}` : '')).replace(/\s+/g, ' ').trim();
}

/** "Call me back today." → "Could you call me back today?" */
function request(body: string): string | undefined {
  const m = IMPERATIVE_VERB.exec(body);
  if (!m) return undefined;
  const rest = cleanOrder(`${m[1]!.toLowerCase()}${m[2]!}`);
  if (!rest) return undefined;
  return fillTemplate(r().couldYou, { action: rest });
}

const I_WANT =
  /^I (?:want|need|demand|expect|insist on) ((?:an?|the|some|my|his|her|this|that|it|answers|action|a response|a reply)\b.*)$/i;
const I_NEED_YOU = /^I (?:need|want|expect) you to (.+)$/i;

/** "I want an apology." → "I'd like an apology." */
function wish(body: string): string | undefined {
  const you = I_NEED_YOU.exec(body);
  if (you) {
    const action = cleanOrder(you[1]!);
    return action ? fillTemplate(r().couldYou, { action }) : undefined;
  }
  const m = I_WANT.exec(body);
  if (!m) return undefined;
  const thing = cleanOrder(m[1]!);
  return thing ? `${fillTemplate(r().iWouldLike, { thing })}.` : undefined;
}

const SUBJECT = String.raw`(?:he|she|they|it|this|that|I|we|my (?:son|daughter|child|kid)|our (?:son|daughter|child|kid)|his \w+|her \w+|their \w+|the \w+|[A-Z][a-z]+)`;
const WHY_AUX = new RegExp(
  String.raw`^why (is|was|are|were|has|have|had|isn't|wasn't|aren't|weren't|hasn't|haven't|can't|couldn't|won't|wouldn't|should|would|will|can) (${SUBJECT}) (.+)$`,
  'i',
);
const WHY_DID = new RegExp(
  String.raw`^why (?:did|does|do|would) (${SUBJECT}) ([a-z]+)\b(.*)$`,
  'i',
);
const OBJECT: Record<string, string> = { he: 'him', she: 'her', they: 'them', i: 'me', we: 'us' };

/** "Why was she kept in at lunch?" → "Could you help me understand why she was kept in at lunch?" */
function curious(body: string): string | undefined {
  if (
    /\b(?:you|your|on earth|the hell|again|always|never|still|just|even|anyone|anybody|someone|somebody|nobody)\b/i.test(
      body,
    )
  )
    return undefined;
  const aux = WHY_AUX.exec(body);
  // "an adult", "my daughter's seat": a determiner alone is not the subject, so no rewrite.
  if (aux && /^(?:a|an|my|our|the|his|her|their|your)$/i.test(aux[2]!)) return undefined;
  if (aux) {
    const subject =
      /^(?:I|[A-Z][a-z]+)$/.test(aux[2]!) && !/^(?:He|She|They|It|This|That|We)$/.test(aux[2]!)
        ? aux[2]!
        : aux[2]!.toLowerCase();
    const clause = `${subject} ${aux[1]!.toLowerCase()} ${aux[3]!}`;
    return fillTemplate(r().curiousWhy, { clause });
  }
  const did = WHY_DID.exec(body);
  if (did) {
    const verb = gerund(did[2]!);
    if (!verb) return undefined;
    const who = OBJECT[did[1]!.toLowerCase()] ?? did[1]!;
    return fillTemplate(r().curiousWhatLed, { object: who, gerund: `${verb}${did[3]!}` });
  }
  return undefined;
}

// Who the parent would bring in, named as they wrote it.
const PARTY =
  /\b(?:the )?(principal|head ?teacher|headmaster|headmistress|vice principal|assistant principal|district(?: office)?|superintendent|school board|board of education|counselor|special education (?:director|coordinator)|sped director)\b/i;
const LEGAL = /\b(?:lawyer|attorney|legal|solicitor|due process|court)\b/i;
const CONDITION = /^((?:if|unless)\b[^,]+),\s*/i;
const ORDER_THEN_THREAT = /^(.+?),?\s+(?:or|otherwise|or else)\s+(?:I|we)\b.*$/i;

/** "Fix the grade or I go to the principal." → a request, then a calm next step. */
function nextStep(body: string): string | undefined {
  const party = PARTY.exec(body);
  const step = party
    ? fillTemplate(r().nextStep, { party: `the ${party[1]!.toLowerCase()}` })
    : LEGAL.test(body)
      ? r().nextStepLegal
      : undefined;
  if (!step) return undefined;
  const order = ORDER_THEN_THREAT.exec(body);
  if (order) {
    const asked = request(order[1]!) ?? wish(order[1]!);
    return asked ? `${asked} ${step}.` : undefined;
  }
  const condition = CONDITION.exec(body);
  if (condition && !/\b(?:you|your)\b/i.test(condition[1]!)) {
    return `${condition[1]}, ${step.replace(/^If we can't sort this out together, /, '')}.`;
  }
  return `${step}.`;
}

// One-line asides that carry only the sting ("Typical.", "Whatever.", "Thanks for nothing.").
const BARE_ASIDE =
  /^(?:typical|classic|whatever|unbelievable|seriously|come on|thanks for nothing|thanks a lot|thanks a bunch|great|brilliant|wonderful|perfect|fantastic|lovely|noted|good to know|nice to know|wow|shocker|what a surprise|big surprise|figures|of course|surprise,? surprise)(?:,? (?:as always|as usual|again|there|everyone|for nothing))?$/i;

const PARTICIPLE: Record<string, string> = {
  losing: 'lost',
  ignoring: 'ignored',
  forgetting: 'forgotten',
  missing: 'missed',
  leaving: 'left',
  dropping: 'dropped',
  misplacing: 'misplaced',
};
const MOCK_PRAISE =
  /^(?:great|good|nice|fantastic|wonderful|brilliant|awesome|excellent|way to go)(?: (?:job|work|going))?,? (losing|ignoring|forgetting|missing|leaving|dropping|misplacing) (.+)$/i;
const FINALLY =
  /^(?:(?:so |how |very |real(?:ly)? )?(?:nice|kind|good|thoughtful|considerate|generous|sweet|great) of (?:you|someone|somebody|the school) to (?:finally|eventually|actually) )([a-z]+)\b(.*)$/i;

/** "Great job losing his form." → "It seems his form was lost." */
function plain(body: string): string | undefined {
  if (BARE_ASIDE.test(body)) return '';
  const praise = MOCK_PRAISE.exec(body);
  if (praise) {
    const thing = praise[2]!.replace(/\s+again$/i, '');
    if (/\b(?:you|your)\b/i.test(thing)) return undefined;
    const plural = /s$/i.test(thing.split(/\s+/).pop()!) && !/ss$/i.test(thing);
    return `${fillTemplate(r().seemsLost, {
      thing,
      was: plural ? 'were' : 'was',
      participle: PARTICIPLE[praise[1]!.toLowerCase()]!,
    })}.`;
  }
  const fin = FINALLY.exec(body);
  if (fin) {
    const verb = gerund(fin[1]!);
    return verb ? `${fillTemplate(r().thanksFor, { gerund: `${verb}${fin[2]!}` })}.` : undefined;
  }
  return undefined;
}

const JUDGED =
  /^(?:(?:I feel like|it feels like|it seems like|it's like) )?you(?:'ve| have)? (?:(?:obviously|clearly|already|just|really|honestly) )*(?:think|decided|believe|assume|see|view|consider|figure|have decided|made up your mind)(?: that)? (he|she|they|my (?:son|daughter|child|kid)|our (?:son|daughter|child|kid)|[A-Z][a-z]+)(?:'s| is| are|'re)? (?:(?:just|being|so|really|basically) )*((?:a |an )?(?:lazy|slow|difficult|a troublemaker|troublemaker|a problem|trouble|a bad kid|a lost cause|annoying|dramatic|manipulative|a liar|lying|faking|spoiled|hopeless|unteachable|a problem child))$/i;

/** "You've already decided he's a troublemaker." → "I'm worried he's being seen as a troublemaker." */
function worried(body: string): string | undefined {
  const m = JUDGED.exec(body);
  if (!m) return undefined;
  const who = /^(?:He|She|They)$/.test(m[1]!) ? m[1]!.toLowerCase() : m[1]!;
  const be = who.toLowerCase() === 'they' ? 'are' : 'is';
  return `${fillTemplate(r().worriedSeenAs, { who, be, label: m[2]!.toLowerCase() })}.`;
}

const WHY_CANT =
  /^why (?:can't|cannot|couldn't|won't|don't|doesn't|wouldn't) (?:you|the school|anyone|someone|somebody|the teacher|the office) (?:(?:ever|just|even|simply|at least|please) )*([a-z]+)\b(.*)$/i;

/** "Why can't you post the homework online?" → "Would it be possible to post the homework online?" */
function possible(body: string): string | undefined {
  const m = WHY_CANT.exec(body);
  if (!m || /\b(?:you|your|again|always|never|ever|still|once)\b/i.test(m[2]!)) return undefined;
  if (/(?:ed|ing)$/i.test(m[1]!)) return undefined;
  return fillTemplate(r().wouldItBePossible, { action: `${m[1]!.toLowerCase()}${m[2]!}` });
}

// Which rewrites a sentence's findings may use; "any" is for asides whatever they were filed under.
const REWRITES: {
  category: ToneCategory | 'any';
  rewrite: (body: string) => string | undefined;
}[] = [
  { category: 'demand', rewrite: request },
  { category: 'demand', rewrite: wish },
  { category: 'threat', rewrite: nextStep },
  { category: 'interrogating-why', rewrite: possible },
  { category: 'interrogating-why', rewrite: curious },
  { category: 'mind-reading', rewrite: worried },
  { category: 'any', rewrite: plain },
];

/**
 * A whole-sentence rewrite for a sentence whose findings are of `categories`, or undefined.
 * `sentence` is the sentence as typed; the result replaces it whole ("" removes it).
 */
export function rewriteSentence(
  sentence: string,
  categories: readonly ToneCategory[],
): string | undefined {
  const mark = /[.!?…]*$/.exec(sentence)![0];
  const body = sentence
    .slice(0, sentence.length - mark.length)
    .replace(/[’]/g, "'")
    .trim();
  if (!body || /["“”]/.test(body)) return undefined;
  for (const { category, rewrite } of REWRITES) {
    if (category !== 'any' && !categories.includes(category)) continue;
    const out = rewrite(body);
    if (out !== undefined) return out === '' ? '' : matchCase(out, 'A');
  }
  return undefined;
}

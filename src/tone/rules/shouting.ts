import { valence } from '../lexicon';
import { matchCase } from '../rewrite';
import { addCandidate, forEachMatch, type Rule } from '../rule-kit';

// School and everyday abbreviations that are written in capitals by convention.
const ACRONYMS = new Set(
  (
    'IEP IEPS BIP FBA OT PT PE ELA ESL ELL ENL ESOL ESE SPED STEM STEAM ADHD ADD ASD OCD ODD SLP SLD ' +
    'LD EBD ABA BCBA RTI MTSS SST SEL CSE CPSE IEE IDEA FAPE LRE OCR DOE GT GATE AP IB GPA SAT PSAT ' +
    'ACT MAP STAR DIBELS NWEA PARCC STAAR SBAC MCAS WISC CELF PTA PTO PTSA USA US UK NY TV PDF URL ID ' +
    'OK AM PM FYI BTW TBD ASAP EOD COB ETA IQ ER ENT ICU MD RN DR MR MRS MS HW PS PPS CC BCC LOL ' +
    'COVID HIPAA FERPA ESSA NCLB IDEIA SAS KG PK TK JK ESY NAACP CHADD AAC SIFE'
  ).split(' '),
);

// Short words that are emphasis, not names or initials, when written in capitals.
const EMPHASIS_WORDS = new Set(
  (
    'NOT NO NOW YOU YOUR DID DO DOES WHY THIS THAT STOP HIS HER HE SHE ALL EVER EVEN ONE ONCE MY ME ' +
    "WAS IS ARE AND BUT ALSO VERY WILL CAN CANT CAN'T DON'T DONT WON'T WONT DIDN'T DIDNT ISN'T HAVE " +
    'HAS HAD JUST ONLY MUST NEED TOLD SAID WHAT HOW WHO WHEN THEM THEY WE OUR IT IN ON AT TO OF FOR ' +
    'THE AN BE GET GOT ANY ZERO TWO SIX TEN FIVE FOUR NINE WEEK DAY DAYS SO TOO MUCH MORE LATE SICK ' +
    'HURT HELP CALL BACK HOME ASK AGO YES KEEP MAKE LET SEE SAY OUT OFF UP FIX WANT LIKE BEEN WERE ' +
    'HIM NONE SAME LAST SAFE FAIR LIED LIE LOST REAL SURE EACH BOTH'
  ).split(' '),
);

const APOLOGY = /\b(?:sorry|apologies|apologise|apologize|my bad|oops)\b/i;
const CAPS_TOKEN = /\b[A-Z][A-Z']*[A-Z]\b/g;
const GAP = /^[\s,;:'-]*$/;
const PUNCTUATION_RUN = /[!?]*![!?]*/g;

interface Token {
  start: number;
  end: number;
  word: string;
  acronym: boolean;
}

function capsRuns(text: string): Token[][] {
  const runs: Token[][] = [];
  let run: Token[] = [];
  forEachMatch(CAPS_TOKEN, text, (m) => {
    const token = {
      start: m.index,
      end: m.index + m[0].length,
      word: m[0],
      acronym: ACRONYMS.has(m[0].replace(/'/g, '')),
    };
    const last = run.at(-1);
    if (last && !GAP.test(text.slice(last.end, token.start))) {
      runs.push(run);
      run = [];
    }
    run.push(token);
  });
  if (run.length) runs.push(run);
  return runs;
}

function isShout(token: Token, runWords: number): boolean {
  if (token.acronym) return false;
  // Two capitalised words in a row are a raised voice; a lone short one is likely initials or a name.
  return runWords >= 2 || token.word.length >= 5 || EMPHASIS_WORDS.has(token.word);
}

function lowerShout(span: string): string {
  return span.replace(CAPS_TOKEN, (word) =>
    ACRONYMS.has(word.replace(/'/g, '')) ? word : word.toLowerCase(),
  );
}

export const shouting: Rule = (sentence, out) => {
  const text = sentence.text;
  // "THANK YOU so much!!" is enthusiasm: capitals and stacked marks in a warm sentence are joy.
  const mood = valence(text);
  if (mood.positive && !mood.negative) return;
  // "Wow!! She finished her first chapter book! Thank you…": next to warm sentences and with
  // no complaint of its own, a raised voice is excitement; "Sorry!!" is an apology.
  if (!mood.negative) {
    const around = valence(`${sentence.previous} ${sentence.next}`);
    if ((around.positive && !around.negative) || APOLOGY.test(text)) return;
  }
  if (/[A-Z]{2}/.test(text)) {
    for (const run of capsRuns(text)) {
      const words = run.filter((t) => !t.acronym).length;
      const shouts = run.filter((t) => isShout(t, words));
      const first = shouts[0];
      const last = shouts.at(-1);
      if (!first || !last) continue;
      const original = sentence.raw.slice(first.start, last.end);
      const lowered = lowerShout(original);
      const suggestion = first.start === 0 ? matchCase(lowered, 'A') : lowered;
      addCandidate(out, sentence, 'shouting/capitals', first.start, last.end, suggestion);
    }
  }
  forEachMatch(PUNCTUATION_RUN, text, (m) => {
    if (m[0].length < 2) return;
    addCandidate(
      out,
      sentence,
      'shouting/stacked-marks',
      m.index,
      m.index + m[0].length,
      // "late again!!" keeps its sting with one mark; a full stop states the fact.
      m[0].includes('?') ? '?' : /\bagain\s*$/i.test(text.slice(0, m.index)) ? '.' : '!',
    );
  });
};

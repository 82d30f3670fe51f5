/**
 * What a parent types, made to fit the sentence a draft puts it in. Hurried answers arrive
 * as phone fragments, run-ons, all lower case, with a greeting typed into a name box; the
 * draft must still read as correct writing. Each answer is read once into the forms a
 * template can ask for (docs/writing-scenarios.md): a name, a phrase that continues a
 * sentence, a clause with its own subject, or sentences of its own. The words this needs
 * (greetings, titles, small words) are per language, in content/<locale>/drafts/.
 */
import type english from '../../../content/en/drafts/composition.json';

export type CompositionWords = typeof english;

/** How an answer can appear in a draft; exactly one of phrase, clause and several is set. */
export interface AnswerForms {
  /** The answer tidied and as typed, for a template that leaves it as it is. */
  text: string;
  /** The answer as sentences of its own: capital first, ending with a full stop. */
  sentences: string;
  /** A fragment that continues a sentence ("missed recess as a punishment"). */
  phrase: string;
  /** A fragment that starts with a verb, to follow "how to" ("calm down when she's upset"). */
  todo: string;
  /** One clause with its own subject, to follow "because" ("Leo missed recess"). */
  clause: string;
  /** More than one sentence: it must stand on its own. */
  several: string;
  /** Whatever it is, tidied to sit inside a sentence: no final full stop, small first letter. */
  inline: string;
  /** The phrase or clause when it is short enough for a subject line; empty otherwise. */
  brief: string;
  /** The answer as typed, when it is a question (ends with a question mark); empty otherwise. */
  question: string;
  /** The answer as a person's name or names, greeting and stray punctuation removed. */
  name: string;
  /**
   * The answer when it reports what someone said ("she said…", "dice que…") rather than
   * quoting it; empty otherwise, so a template quotes only words that can be quoted.
   */
  reported: string;
}

/**
 * What a text field holds, when its kind alone does not say: a person's name, something the
 * parent will do ("talk to her tonight" reads as "I can talk to her tonight."), or a question.
 */
export type AnswerShape = 'name' | 'action' | 'question' | 'when' | 'message' | 'relation';

/** A subject line holds a phrase of at most this many words. */
const BRIEF_WORDS = 8;

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;
const END_PUNCTUATION = /[\s.!?,;:…]+$/u;
const PICTOGRAPH = /\p{Extended_Pictographic}/u;

/** The first letter to a capital, when the text starts with a letter (not "5 min…"). */
const firstLetterUpper = (text: string) =>
  text.replace(
    /^([\s"“'‘(¿¡]*)(\p{Ll})/u,
    (_, before: string, letter: string) => before + letter.toUpperCase(),
  );

/** Spaces, repeated punctuation, doubled words, lone "i", common missing apostrophes. */
export function tidy(raw: string, words: CompositionWords): string {
  const repeatable = new Set(words.repeatable);
  const contractions = words.contractions as Record<string, string>;
  let text = raw
    .replace(/\r\n?/g, '\n')
    .replace(/[ \t]+/g, ' ')
    .replace(/ *\n */g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()
    // An answer typed inside quotation marks: the template places its own.
    .replace(/^["“”]([^"“”]+)["“”]$/u, '$1')
    .replace(/\s+([,.;:!?])/g, '$1')
    .replace(/([!?])[!?]+/g, '$1')
    .replace(/\.{4,}/g, '…')
    .replace(/(?<!\.)\.\.(?!\.)/g, '.')
    .replace(/([,;:])[,;:]+/g, '$1')
    .replace(/,\./g, '.')
    .replace(/([,;:])(?=\p{L})/gu, '$1 ');
  // Whole words only: `\b` knows no accented letter, so "día a día" would lose its "a".
  text = text.replace(
    /(?<![\p{L}\p{N}])(\p{L}+)(\s+\1(?![\p{L}\p{N}]))+/giu,
    (whole, word: string) => (repeatable.has(word.toLowerCase()) ? whole : word),
  );
  text = text.replace(WORD, (word) => {
    const lower = word.toLowerCase();
    if (Object.hasOwn(contractions, lower)) {
      const fixed = contractions[lower] ?? word;
      return word[0] === word[0]?.toUpperCase() ? firstLetterUpper(fixed) : fixed;
    }
    if (words.capitalI && (lower === 'i' || /^i['’](m|ve|d|ll)$/.test(lower))) {
      return `I${word.slice(1)}`;
    }
    if (words.properWords.includes(lower)) return firstLetterUpper(word);
    return word;
  });
  return openQuestions(text, words.questionOpen);
}

const wordsOf = (text: string) => text.match(WORD)?.map((word) => word.toLowerCase()) ?? [];

/** More than one sentence: an end mark followed by more words. */
function hasSeveralSentences(text: string, words: CompositionWords): boolean {
  if (/\n/.test(text)) return true;
  for (const match of text.matchAll(/([\p{L}.]*)([.!?…])(?:["”’)]*)\s+\S/gu)) {
    const before = (match[1] ?? '').toLowerCase().replace(/\.$/, '');
    const abbreviation =
      match[2] === '.' && (words.abbreviations.includes(before) || /^\p{L}$/u.test(before));
    if (!abbreviation) return true;
  }
  return false;
}

/** A clause has its own subject ("she said…", "Leo missed…", "my son got…"). */
function isClause(text: string, names: readonly string[], words: CompositionWords): boolean {
  const tokens = wordsOf(text);
  const [first, second] = tokens;
  if (!first) return false;
  const verbs = new Set(words.finiteVerbs);
  const isVerb = (token: string | undefined) =>
    token !== undefined && (verbs.has(token) || /^\p{L}{3,}ed$/u.test(token));
  const lowerNames = names.map((name) => name.toLowerCase());
  if (words.subjects.includes(first)) return tokens.length > 1;
  if (words.weakSubjects.includes(first)) return isVerb(second);
  const startsWithName =
    lowerNames.includes(first) ||
    (/^\p{Lu}/u.test(text) &&
      !words.lowercaseStarts.includes(first) &&
      !words.properWords.includes(first));
  // After a child's or teacher's name, "lights", "loves", "reads" are verbs.
  const presentVerb = (token: string | undefined) =>
    token !== undefined &&
    /^\p{L}{2,}[^s]s$/u.test(token) &&
    !words.lowercaseStarts.includes(token);
  if (startsWithName && isVerb(second)) return true;
  if (lowerNames.includes(first) && presentVerb(second)) return true;
  if (words.determiners.includes(first)) return tokens.slice(1, 4).some(isVerb);
  // "homework is too hard", "recess was cancelled": a noun and then a verb of the list.
  return second !== undefined && words.finiteVerbs.includes(second);
}

/** Lower-cases the first word when it is an everyday word, not a name, "I" or an acronym. */
function continuing(text: string, names: readonly string[], words: CompositionWords): string {
  const first = text.match(WORD)?.[0] ?? '';
  const lower = first.toLowerCase();
  const keep =
    names.some((name) => name.toLowerCase() === lower) ||
    words.properWords.includes(lower) ||
    (words.capitalI && /^i(['’]|$)/.test(lower)) ||
    (first.length > 1 && first === first.toUpperCase());
  if (keep || !words.lowercaseStarts.includes(lower)) return text;
  return text.replace(first, lower);
}

/** Ends a sentence, unless it already ends (or ends with an emoji, which reads as an end). */
function ended(text: string, words: CompositionWords): string {
  if (/[.!?…]["”’)]*$/u.test(text)) return text;
  if (PICTOGRAPH.test(text.slice(-2))) return text;
  return text.replace(/[,;:]+$/, '') + words.sentenceEnd;
}

/** Every sentence starting with a capital. */
const capitalised = (text: string) =>
  firstLetterUpper(text).replace(
    /([.!?…]["”’)]*\s+|\n)([¿¡]?)(\p{Ll})/gu,
    (_, gap: string, open: string, letter: string) => gap + open + letter.toUpperCase(),
  );

/**
 * Spanish opens every question as well as closing it: a sentence that ends with "?" and was
 * typed without its "¿" gets one at its start ("se puede cambiar?" → "¿se puede cambiar?").
 */
function openQuestions(text: string, open: string): string {
  if (!open) return text;
  return text.replace(
    /(^|[.!?…]["”’)]*\s+|\n)([^.!?…\n]*?)\?/gu,
    (whole, gap: string, body: string) => {
      if (body.includes(open) || body.trim() === '') return whole;
      const lead = /^["“'‘(]*/u.exec(body)?.[0] ?? '';
      return `${gap}${lead}${open}${body.slice(lead.length)}?`;
    },
  );
}

/** "hi mr. okafor," → "Mr. Okafor"; "Mr Kim and Dear Ms Lee" → "Mr. Kim and Ms. Lee". */
export function asName(raw: string, words: CompositionWords): string {
  const greetings = [...words.greetings].sort((a, b) => b.length - a.length);
  const greeting = new RegExp(
    `^(?:${greetings.map((g) => g.replace(/\s+/g, '\\s+')).join('|')})\\b[\\s,:]*`,
    'iu',
  );
  const honorifics = words.honorifics as Record<string, string>;
  const particles = new Set(words.nameParticles);
  const parts = raw
    .trim()
    .replace(/\s*\([^)]*\)?/gu, '')
    .replace(/^["“'‘]+|["”'’]+$/gu, '')
    .split(/\s+(and|&|y)\s+/iu);
  const cleaned = parts.map((part, index) => {
    if (index % 2 === 1) return part.toLowerCase() === '&' ? '&' : part.toLowerCase();
    const bare = part
      .replace(greeting, '')
      .replace(/[\s,;:!?]+$/u, '')
      .replace(/\.$/u, (dot, offset, all: string) =>
        // "Sra." keeps its dot, and so does an initial after a name ("Karla R.").
        (/\b\p{L}{1,3}\.$/u.test(all) &&
          Object.hasOwn(honorifics, all.slice(0, -1).split(/\s+/).at(-1)?.toLowerCase() ?? '')) ||
        /\S\s+\p{Lu}\.$/u.test(all)
          ? dot
          : '',
      );
    const shout = bare === bare.toUpperCase() && /\p{L}{2}/u.test(bare);
    const quiet = bare === bare.toLowerCase();
    const tokens = bare.split(/\s+/);
    return tokens
      .map((token, position) => {
        const key = token.replace(/\.$/, '').toLowerCase();
        if (Object.hasOwn(honorifics, key)) {
          const title = honorifics[key] ?? token;
          // After an abbreviated title a role is addressed with a capital: "Sra. Directora".
          const afterAbbreviation =
            position > 0 &&
            /\.$/u.test(
              honorifics[tokens[position - 1]?.replace(/\.$/, '').toLowerCase() ?? ''] ?? '',
            );
          return afterAbbreviation ? firstLetterUpper(title) : title;
        }
        if (!shout && !quiet) return token;
        const lower = token.toLowerCase();
        if (position > 0 && particles.has(lower)) return lower;
        return lower.replace(
          /(^|[-'’])(\p{L})/gu,
          (_, sep: string, letter: string) => sep + letter.toUpperCase(),
        );
      })
      .join(' ');
  });
  return cleaned.join(' ').trim();
}

/**
 * "can talk to her tonight" or "talk to her tonight" → "I can talk to her tonight": a plan
 * typed without its subject gets the parent's own. Null when the answer is not such a plan.
 */
function withSubject(bare: string, words: CompositionWords): string | null {
  const lower = bare.toLowerCase();
  const modals = Object.entries(words.modals as Record<string, string>).sort(
    (a, b) => b[0].length - a[0].length,
  );
  for (const [typed, modal] of modals) {
    if (lower.startsWith(`${typed} `)) {
      return `${words.actionSubject} ${modal} ${bare.slice(typed.length + 1)}`.trim();
    }
  }
  const first = wordsOf(bare)[0];
  const infinitive = words.infinitiveEnding && new RegExp(words.infinitiveEnding, 'u');
  if (first && (words.actionVerbs.includes(first) || (infinitive && infinitive.test(first)))) {
    const planned = `${words.actionSubject} ${words.defaultModal} ${bare.replace(/^\p{Lu}/u, (c) => c.toLowerCase())}`;
    return planned.trim();
  }
  return null;
}

/** A question typed without its mark gets one: "what happens before lunch" → "…lunch?". */
function asQuestion(text: string, words: CompositionWords): string {
  if (/[.!?…]["”’)]*$/u.test(text)) return text;
  const sentences = text.split(/(?<=[.!?…])\s+/u);
  const last = sentences.at(-1) ?? text;
  if (!words.questionStarts.includes(wordsOf(last)[0] ?? '')) return text;
  // Spanish opens a question too: "¿Qué pasa antes del recreo?"
  const opened =
    words.questionOpen && !last.startsWith(words.questionOpen) ? words.questionOpen + last : last;
  return [...sentences.slice(0, -1), `${opened}?`].join(' ');
}

/** "kindergarten" → "in kindergarten", "tuesday at lunch" → "on Tuesday at lunch". */
function withTimeLead(bare: string, words: CompositionWords): string {
  const tokens = wordsOf(bare);
  const first = tokens[0] ?? '';
  const ago = tokens.at(-1) === words.timeAgo;
  if (!first || ago || words.timeLeads.includes(first) || words.subjects.includes(first))
    return bare;
  const lead = words.timeOn.includes(first) ? words.timeOnWord : words.timeIn;
  return `${lead} ${bare}`;
}

const BULLET = /^\s*(?:[-*•–—]|\d+[.)])\s*/u;

/** Lines that are a list ("- reading", "- spelling"): each item, tidied; null when not a list. */
function listItems(text: string): string[] | null {
  const lines = text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  if (lines.length < 2 || lines.filter((line) => BULLET.test(line)).length < lines.length - 1)
    return null;
  return lines.map((line) => line.replace(BULLET, '').replace(/[\s.;,]+$/u, ''));
}

/** A list typed with dashes stays a list, on lines of its own; inside a sentence it is joined. */
function listForms(
  items: string[],
  names: readonly string[],
  words: CompositionWords,
): AnswerForms {
  const block = `\n${items.map((item) => `- ${firstLetterUpper(item)}`).join('\n')}\n`;
  const joined = new Intl.ListFormat(words.listLocale, { type: 'conjunction' }).format(
    items.map((item) => continuing(item, names, words)),
  );
  return {
    text: items.join('\n'),
    sentences: block,
    phrase: '',
    todo: '',
    clause: '',
    several: block,
    inline: joined,
    brief: '',
    question: '',
    name: joined,
    reported: '',
  };
}

/** Whether `text` starts with one of `phrases`, as whole words. */
const startsWithAny = (text: string, phrases: readonly string[]) => {
  const lower = text.toLowerCase();
  return phrases.find((phrase) => lower === phrase || lower.startsWith(`${phrase} `));
};

/** "I'm his mom" → "mom", "soy la mamá" → "mamá": who the parent is, without "I am". */
function withoutSelfIntroduction(text: string, words: CompositionWords): string {
  const leads = [...words.relationLeads].sort((a, b) => b.length - a.length);
  const lead = startsWithAny(text, leads);
  return lead && text.length > lead.length ? text.slice(lead.length).trim() : text;
}

/** Reads one answer into every form a template may ask for. */
export function answerForms(
  raw: string,
  names: readonly string[],
  words: CompositionWords,
  shape?: AnswerShape,
): AnswerForms {
  const typedIn = tidy(raw, words);
  const tidied = shape === 'relation' ? withoutSelfIntroduction(typedIn, words) : typedIn;
  const items = listItems(tidied);
  if (items) return listForms(items, names, words);
  // Line breaks inside a pasted paragraph are not sentences of their own.
  const flowing = tidied.replace(/\n+/g, ' ');
  const text = shape === 'question' ? asQuestion(flowing, words) : flowing;
  const several = hasSeveralSentences(text, words);
  const typed = text.replace(END_PUNCTUATION, '');
  // "hace un mes" ("a month ago") says when, though "hace" can also start a clause.
  const ago =
    shape === 'when' && !several && startsWithAny(typed, words.timeAgoLeads) !== undefined;
  const bare =
    shape === 'when' && !several && (ago || !isClause(typed, names, words))
      ? withTimeLead(typed, words)
      : typed;
  const planned = shape === 'action' && !several ? withSubject(bare, words) : null;
  // "that she can use a laptop" is the clause "she can use a laptop", introduced.
  const introduced = bare.replace(
    new RegExp(`^(?:${words.complementizers.join('|')})\\s+`, 'iu'),
    '',
  );
  const clause =
    planned !== null ||
    (!several &&
      !ago &&
      (isClause(bare, names, words) ||
        (introduced !== bare && isClause(introduced, names, words))));
  const mid =
    planned ?? continuing(clause && introduced !== bare ? introduced : bare, names, words);
  const sentences = ended(capitalised(planned ?? text), words);
  const short = !several && wordsOf(bare).length <= BRIEF_WORDS;
  const fragment = !several && !clause;
  const firstWord = wordsOf(bare)[0] ?? '';
  const infinitive = words.infinitiveEnding && new RegExp(words.infinitiveEnding, 'u');
  const verbFirst =
    fragment &&
    (words.actionVerbs.includes(firstWord) || Boolean(infinitive && infinitive.test(firstWord)));
  return {
    text,
    sentences,
    question: /\?["”’)]*$/u.test(text) ? text : '',
    phrase: fragment && !verbFirst ? mid : '',
    todo: verbFirst ? mid : '',
    clause: clause ? mid : '',
    several: several ? sentences : '',
    inline: continuing(bare, names, words),
    brief: short ? mid : '',
    name: asName(text, words),
    reported: startsWithAny(text, words.reportedSpeech) ? text : '',
  };
}

/** An answer that says only "n/a", "see above" or "not sure" gives a teacher nothing. */
export function isPlaceholder(raw: string, words: CompositionWords): boolean {
  const bare = raw
    .trim()
    .toLowerCase()
    .replace(/[\s.!?,;:…]+$/u, '');
  return words.placeholders.includes(bare);
}

// The last resort before advice: a rewrite that keeps every word that carries meaning and takes
// out only what adds heat. Words of the class "droppable" (content/<locale>/tone/word-classes.json:
// "honestly", "for once", "as usual", "clearly", "even") go, stacked marks become one, a raised
// voice is lowered, and a harsh word in front of a noun ("the ridiculous rule") is dropped. The
// caller offers the result only if it reads clean, so this may try freely.
import { toneContent } from './locale-content';
import { PatternCompiler } from './phrase-pattern';

const compiled = new Map<string, RegExp | null>();

function droppable(locale?: string): RegExp | null {
  const content = toneContent(locale);
  let re = compiled.get(content.locale);
  if (re === undefined) {
    re = content.classes.droppable
      ? new RegExp(
          `,?\\s*${new PatternCompiler({
            classes: content.classes,
            unicode: content.settings.unicode === true,
          }).classSource('droppable')}(?=[\\s,.!?;:]|$),?`,
          content.settings.unicode ? 'giu' : 'gi',
        )
      : null;
    compiled.set(content.locale, re);
  }
  return re;
}

// "even though", "ever since", "just as", "really like" say something; these stay.
const KEEP_AFTER =
  /^\s*(?:though|if|when|so|since|after|before|as|more|less|better|worse|now|then|once|like|about|a (?:little|bit))\b/i;
const DETERMINER = /\b(?:a|an|the|this|that|these|those|your|his|her|their|such an?|our|my)\s+$/i;
const ACRONYM =
  /^(?:IEP|IEPs|IEE|ADHD|ASD|OT|PT|PE|OK|SPED|ELA|ESL|ELL|PTA|PTO|FERPA|IDEA|CFR|USA|TV|ID|AM|PM|[A-Z])$/;

/**
 * `sentence` with the heat taken out, or undefined when nothing could be taken out. `harsh` are
 * spans (offsets into `sentence`) of words a rule found harsh; they go only when they stand
 * before a noun, where the sentence reads whole without them.
 */
export function soften(
  sentence: string,
  harsh: readonly { start: number; end: number }[],
  locale?: string,
): string | undefined {
  let text = sentence;
  for (const { start, end } of [...harsh].sort((a, b) => b.start - a.start)) {
    const before = text.slice(0, start);
    const after = text.slice(end);
    if (
      DETERMINER.test(before) &&
      /^\s+[a-z]/i.test(after) &&
      !/^\s+(?:and|or|but|to|of)\b/i.test(after)
    ) {
      text = before.replace(/\s+$/, '') + after;
    }
  }
  const re = droppable(locale);
  if (re) {
    text = text.replace(re, (whole, offset: number, all: string) => {
      const rest = all.slice(offset + whole.length);
      if (KEEP_AFTER.test(rest)) return whole;
      // Keep one comma where the dropped words sat between two clauses.
      const commaBefore = whole.startsWith(',');
      const commaAfter = whole.endsWith(',');
      const atStart = all.slice(0, offset).trim() === '';
      if (atStart) return '';
      return commaBefore && commaAfter ? ',' : commaBefore && !/^\s*[.!?]/.test(rest) ? ',' : '';
    });
  }
  text = text
    .replace(/[!?]{2,}/g, (marks) => (marks.includes('?') ? '?' : '.'))
    .replace(/\bagain!/gi, 'again.')
    .replace(/\b[A-Z][A-Z']*[A-Z]\b/g, (word) => (ACRONYM.test(word) ? word : word.toLowerCase()))
    .replace(/\s+([,.!?;:])/g, '$1')
    .replace(/,([.!?;:])/g, '$1')
    .replace(/^[\s,;:]+/, '')
    .replace(/\s{2,}/g, ' ')
    .replace(/^([a-z])/, (c) => c.toUpperCase())
    .replace(/\bi\b/g, 'I');
  const typed = sentence.trim();
  if (text.trim() === typed || !/[A-Za-z]{2}/.test(text)) return undefined;
  // The spacing after the sentence stays as it was typed.
  return text.trimEnd() + (/\s*$/.exec(sentence)?.[0] ?? '');
}

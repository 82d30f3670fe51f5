import { toneContent } from './locale-content';
import { PatternCompiler } from './phrase-pattern';

// Words that carry a sting wherever they are ("for once", "actually", "again!!!"): the word class
// "jab" in content/<locale>/tone/word-classes.json. No rewrite the coach offers may keep one.
const compiled = new Map<string, RegExp | null>();

export function hasJab(text: string, locale?: string): boolean {
  const content = toneContent(locale);
  let re = compiled.get(content.locale);
  if (re === undefined) {
    re = content.classes.jab
      ? new RegExp(
          new PatternCompiler({
            classes: content.classes,
            unicode: content.settings.unicode === true,
          }).classSource('jab'),
          content.settings.unicode ? 'iu' : 'i',
        )
      : null;
    compiled.set(content.locale, re);
  }
  return re !== null && re.test(text);
}

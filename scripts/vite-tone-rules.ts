/**
 * Tone rule files (content/<locale>/tone/rules/*.json) carry examples and notes for the people
 * who write them and for the tests; the app needs only the patterns, so those fields are left
 * out of the bundle.
 */
import type { Plugin } from 'vite';

const RULE_FILE = /[\\/]content[\\/][^\\/]+[\\/]tone[\\/]rules[\\/][^\\/]+\.json$/;

export function toneRulesWithoutExamples(): Plugin {
  return {
    name: 'common-ground:tone-rules',
    // Tests read the examples, so only the build leaves them out.
    apply: 'build',
    enforce: 'pre',
    transform(code, id) {
      if (!RULE_FILE.test(id)) return;
      const file = JSON.parse(code) as { rules: Record<string, unknown>[] };
      for (const rule of file.rules) {
        delete rule.examples;
        delete rule.note;
      }
      return { code: JSON.stringify(file), map: null };
    },
  };
}

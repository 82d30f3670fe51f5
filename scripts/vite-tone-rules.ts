/**
 * Tone rule files (content/<locale>/tone/rules/*.json), the strengths (strengths.json) and the
 * rehearsal's checks (rehearsal-checks.json) carry examples and notes for the people who write
 * them and for the tests; the app needs only the patterns, so those fields are left out of the
 * bundle.
 */
import type { Plugin } from 'vite';

const RULE_FILE =
  /[\\/]content[\\/][^\\/]+[\\/]tone[\\/](?:rules[\\/][^\\/]+|strengths|rehearsal-checks)\.json$/;

export function toneRulesWithoutExamples(): Plugin {
  return {
    name: 'common-ground:tone-rules',
    // Tests read the examples, so only the build leaves them out.
    apply: 'build',
    enforce: 'pre',
    transform(code, id) {
      if (!RULE_FILE.test(id)) return;
      const file = JSON.parse(code) as Record<string, unknown>;
      // Every list of entries in the file: "rules", "strengths", a check's patterns.
      for (const list of Object.values(file)) {
        if (!Array.isArray(list)) continue;
        for (const entry of list as Record<string, unknown>[]) {
          delete entry.examples;
          delete entry.note;
        }
      }
      return { code: JSON.stringify(file), map: null };
    },
  };
}

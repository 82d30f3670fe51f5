// The pure half of the tone command line: arguments, decoding, line handling and output.
// scripts/tone-cli.ts only moves bytes between these functions and the process.
import { analyzeTone, type ToneFinding } from './analyze';
import { DEFAULT_TONE_LOCALE, toneLocales } from './locale-content';

export type CliMode = 'jsonl' | 'json';

export interface CliResult {
  stdout: string;
  stderr: string;
  code: number;
}

export const USAGE =
  'usage: tone-cli --jsonl (one message per input line) | --json (all input as one message) [--lang en|es]';

export function parseArgs(
  argv: readonly string[],
): { mode: CliMode; locale: string } | { error: string } {
  const rest = [...argv];
  let locale = DEFAULT_TONE_LOCALE;
  const lang = rest.findIndex((arg) => arg === '--lang' || arg.startsWith('--lang='));
  if (lang >= 0) {
    const [arg] = rest.splice(lang, 1);
    const value = arg === '--lang' ? rest.splice(lang, 1)[0] : arg!.slice('--lang='.length);
    const known = [...new Set([DEFAULT_TONE_LOCALE, ...toneLocales()])];
    if (!value || !known.includes(value))
      return { error: `--lang takes one of ${known.join(', ')}; ${USAGE}` };
    locale = value;
  }
  const modes = rest.filter((arg) => arg === '--jsonl' || arg === '--json');
  const unknown = rest.filter((arg) => arg !== '--jsonl' && arg !== '--json');
  if (unknown.length > 0) return { error: `unknown argument ${unknown[0]}; ${USAGE}` };
  if (modes.length === 0) return { error: `missing --jsonl or --json; ${USAGE}` };
  if (new Set(modes).size > 1) return { error: `choose one of --jsonl or --json; ${USAGE}` };
  return { mode: modes[0] === '--json' ? 'json' : 'jsonl', locale };
}

/** Strict UTF-8: a stray byte is reported rather than silently turned into U+FFFD. */
export function decodeUtf8(bytes: Uint8Array): { text: string } | { error: string } {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return { error: 'input is not valid UTF-8' };
  }
}

/** One entry per input line; \r\n and \n both end a line, and a final newline adds no line. */
export function splitLines(text: string): string[] {
  if (text === '') return [];
  const lines = text.split(/\r?\n/);
  if (lines.at(-1) === '') lines.pop();
  return lines;
}

/**
 * The message with every one-click rewrite applied, as a parent clicking each would have it, or
 * null when the coach offers none. Findings in one sentence share one rewrite, applied once.
 */
export function revise(text: string, findings: readonly ToneFinding[]): string | null {
  const rewrites = new Map<string, NonNullable<ToneFinding['rewrite']>>();
  for (const f of findings)
    if (f.rewrite) rewrites.set(`${f.rewrite.start}:${f.rewrite.end}`, f.rewrite);
  if (rewrites.size === 0) return null;
  return [...rewrites.values()]
    .sort((a, b) => b.start - a.start)
    .reduce((out, r) => out.slice(0, r.start) + r.text + out.slice(r.end), text);
}

/** One message's line of output, read in `locale` (loaded: see loadToneLocale). */
export function formatMessage(text: string, locale: string = DEFAULT_TONE_LOCALE): string {
  const report = analyzeTone(text, { locale });
  return JSON.stringify({
    text,
    flagged: report.findings.length > 0,
    // Every finding has the same six keys. `rewrite` is the sentence rewrite the coach offers
    // (replace text[start, end) with its text; "" leaves the words out), null when none is safe;
    // `advice` then says in words what to change.
    findings: report.findings.map(({ category, start, end, message, rewrite, advice }) => ({
      category,
      start,
      end,
      message,
      rewrite: rewrite ?? null,
      advice: rewrite ? null : (advice ?? null),
    })),
    ...(report.findings.length > 0 ? { revised: revise(text, report.findings) } : {}),
  });
}

export function runCli(argv: readonly string[], input: Uint8Array): CliResult {
  const args = parseArgs(argv);
  if ('error' in args) return { stdout: '', stderr: `tone-cli: ${args.error}\n`, code: 2 };
  const decoded = decodeUtf8(input);
  if ('error' in decoded) return { stdout: '', stderr: `tone-cli: ${decoded.error}\n`, code: 2 };
  const messages = args.mode === 'json' ? [decoded.text] : splitLines(decoded.text);
  const stdout = messages.map((message) => `${formatMessage(message, args.locale)}\n`).join('');
  return { stdout, stderr: '', code: 0 };
}

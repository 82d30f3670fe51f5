import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { parseArgs, splitLines } from '../../src/tone/cli-format';

const root = fileURLToPath(new URL('../../', import.meta.url));

function cli(args: string[], input: string | Uint8Array) {
  const run = spawnSync('node_modules/.bin/tsx', ['scripts/tone-cli.ts', ...args], {
    cwd: root,
    input,
  });
  return {
    code: run.status,
    stdout: run.stdout.toString('utf8'),
    stderr: run.stderr.toString('utf8'),
  };
}

const parseLines = (stdout: string) =>
  stdout
    .trimEnd()
    .split('\n')
    .map(
      (line) =>
        JSON.parse(line) as {
          text: string;
          flagged: boolean;
          findings: unknown[];
          revised?: string | null;
        },
    );

describe('argument and line handling', () => {
  test('accepts exactly one mode', () => {
    expect(parseArgs(['--jsonl'])).toEqual({ mode: 'jsonl', locale: 'en' });
    expect(parseArgs(['--json'])).toEqual({ mode: 'json', locale: 'en' });
    expect(parseArgs([])).toHaveProperty('error');
    expect(parseArgs(['--jsonl', '--json'])).toHaveProperty('error');
    expect(parseArgs(['--csv'])).toHaveProperty('error');
    expect(parseArgs(['--jsonl', '--lang', 'es'])).toEqual({ mode: 'jsonl', locale: 'es' });
    expect(parseArgs(['--lang=es', '--json'])).toEqual({ mode: 'json', locale: 'es' });
    expect(parseArgs(['--jsonl', '--lang', 'xx'])).toHaveProperty('error');
    expect(parseArgs(['--jsonl', '--lang'])).toHaveProperty('error');
  });

  test('splits on \\n and \\r\\n, keeps empty lines and ignores a final newline', () => {
    expect(splitLines('a\r\n\r\nb\n')).toEqual(['a', '', 'b']);
    expect(splitLines('a\nb')).toEqual(['a', 'b']);
    expect(splitLines('\n')).toEqual(['']);
    expect(splitLines('')).toEqual([]);
  });
});

describe('tone-cli', { timeout: 30_000 }, () => {
  test('--jsonl answers each line in order, including empty ones', () => {
    const run = cli(
      ['--jsonl'],
      'Why did you make my son miss recess?\r\n\r\nThank you so much for your help.\n',
    );
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    const lines = parseLines(run.stdout);
    expect(lines.map((l) => [l.text, l.flagged])).toEqual([
      ['Why did you make my son miss recess?', true],
      ['', false],
      ['Thank you so much for your help.', false],
    ]);
    expect(lines[0]!.findings[0]).toEqual({
      category: 'interrogating-why',
      start: 0,
      end: 36,
      message: expect.any(String),
      rewrite: {
        start: 0,
        end: 36,
        text: 'Can you help me understand what happened that led to my son missing recess?',
      },
      advice: null,
    });
    expect(lines[0]!.revised).toBe(
      'Can you help me understand what happened that led to my son missing recess?',
    );
  });

  test('prints the sentence rewrite, and the message with every rewrite applied', () => {
    const run = cli(
      ['--jsonl'],
      "You obviously don't care. Please send the reading log home on Friday.\n",
    );
    const [line] = parseLines(run.stdout);
    expect(line!.findings).toEqual([
      {
        category: 'mind-reading',
        start: 0,
        end: 24,
        message: expect.any(String),
        rewrite: { start: 0, end: 26, text: '' },
        advice: null,
      },
    ]);
    expect(line!.revised).toBe('Please send the reading log home on Friday.');
  });

  test('a finding with no safe rewrite has every key: a null rewrite, and advice in words', () => {
    const run = cli(['--jsonl'], "You obviously don't care.\n");
    const [line] = parseLines(run.stdout);
    expect(line!.findings).toEqual([
      {
        category: 'mind-reading',
        start: 0,
        end: 24,
        message: expect.any(String),
        rewrite: null,
        advice: expect.stringMatching(/\w/),
      },
    ]);
    expect(line!.revised).toBeNull();
  });

  test('--json treats all input as one message', () => {
    const run = cli(['--json'], 'Thank you for the update.\nYou never answer my emails.\n');
    expect(run.code).toBe(0);
    const lines = parseLines(run.stdout);
    expect(lines).toHaveLength(1);
    expect(lines[0]!.text).toBe('Thank you for the update.\nYou never answer my emails.\n');
    expect(lines[0]!.flagged).toBe(true);
  });

  test('exits 0 when nothing is flagged', () => {
    const run = cli(['--jsonl'], 'She has an IEP and a 504 plan.\n');
    expect(run.code).toBe(0);
    expect(parseLines(run.stdout)[0]).toEqual({
      text: 'She has an IEP and a 504 plan.',
      flagged: false,
      findings: [],
    });
  });

  test('--lang es reads Spanish, with Spanish reasons, and leaves a calm Spanish line alone', () => {
    const run = cli(
      ['--jsonl', '--lang', 'es'],
      'Usted nunca contesta mis mensajes.\n¿Por qué no probamos a sentarlo más adelante?\n',
    );
    expect(run.code).toBe(0);
    const [pointed, calm] = parseLines(run.stdout) as {
      flagged: boolean;
      findings: { category: string; message: string }[];
    }[];
    expect(pointed!.flagged).toBe(true);
    expect(pointed!.findings[0]!.category).toBe('absolute');
    expect(pointed!.findings[0]!.message).toMatch(/usted nunca/i);
    expect(calm!.flagged).toBe(false);
  });

  test('rejects invalid UTF-8 with one line on stderr and exit code 2', () => {
    const run = cli(['--jsonl'], new Uint8Array([0x48, 0x69, 0xff, 0xfe, 0x0a]));
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(/UTF-8/);
  });

  test.each([[[]], [['--yaml']], [['--jsonl', '--json']]])(
    'rejects arguments %j with exit code 2',
    (args) => {
      const run = cli(args, 'hello\n');
      expect(run.code).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr.trim().split('\n')).toHaveLength(1);
    },
  );
});

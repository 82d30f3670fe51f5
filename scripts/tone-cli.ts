// Tone check from the command line: `tsx scripts/tone-cli.ts --jsonl [--lang es] < messages.txt`.
// Exit code 0 whether or not anything is flagged; 2 for bad arguments or input that isn't UTF-8.
import { parseArgs, runCli } from '../src/tone/cli-format';

async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

const argv = process.argv.slice(2);
// Check the arguments before reading, so a mistyped flag fails fast instead of waiting on input.
const result =
  'error' in parseArgs(argv) ? runCli(argv, new Uint8Array()) : runCli(argv, await readStdin());
process.stdout.write(result.stdout);
process.stderr.write(result.stderr);
// Setting exitCode (not calling exit) lets a large stdout finish flushing to a pipe.
process.exitCode = result.code;

/**
 * `tsx tests/bench/import-child.ts LIST.csv OUT.json RESULT.json`: runs `niemyet
 * import-decisions` in this process, as the binary does, and writes what it cost to RESULT:
 * the exit code, the wall time of the command and the peak resident memory of the process
 * (`process.resourceUsage().maxRSS`, which includes Node and the TypeScript loader). Run by
 * the import benchmark in a child process, so its memory is measured alone.
 */
import { writeFileSync } from 'node:fs';
import { runCli } from '@niemyet/cli';

const [list, out, result] = process.argv.slice(2);
if (!list || !out || !result) throw new Error('usage: import-child LIST.csv OUT.json RESULT.json');
const messages: string[] = [];
const io = { out: (text: string) => messages.push(text), err: (text: string) => messages.push(text) };
const started = performance.now();
const status = await runCli(['import-decisions', list, '--out', out], io);
const ms = performance.now() - started;
writeFileSync(
  result,
  JSON.stringify({
    status,
    ms,
    maxRssBytes: process.resourceUsage().maxRSS * 1024,
    messages: messages.slice(0, 5),
  }),
);

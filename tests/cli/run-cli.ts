import { spawn, spawnSync } from 'node:child_process';
import { join } from 'node:path';

/** The workspace root: the CLI runs from there, as `pnpm niemyet …` does. */
export const ROOT = join(import.meta.dirname, '..', '..');
const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');
const BIN = join(ROOT, 'packages', 'cli', 'src', 'bin.ts');

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `niemyet …` as a child process (the real binary entry, real exit code and streams). */
export function runCli(args: string[]): CliRun {
  const result = spawnSync(TSX, [BIN, ...args], { cwd: ROOT, encoding: 'utf8' });
  if (result.error) throw result.error;
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/**
 * Runs `niemyet …` without blocking this process: needed when the server it talks to (the
 * portal simulator) runs in the test process itself. `onStart` gets the child (to signal it).
 */
export function runCliAsync(
  args: string[],
  onStart?: (child: import('node:child_process').ChildProcess) => void,
  cwd: string = ROOT,
) {
  return new Promise<CliRun>((resolve, reject) => {
    const child = spawn(TSX, [BIN, ...args], { cwd });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk;
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk;
    });
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
    onStart?.(child);
  });
}

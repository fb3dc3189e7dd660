// Test helpers: run the CLI in process (fast) or as a child process (to kill it, or read from a real stdin).
import { spawn, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { main } from '../../src/cli/main.js';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const RUN = join(ROOT, 'src/cli/run.ts');

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

export async function cli(args: string[], options: { stdin?: string | Uint8Array } = {}): Promise<Run> {
  let stdout = '';
  let stderr = '';
  async function* stdin() {
    if (options.stdin !== undefined) yield typeof options.stdin === 'string' ? Buffer.from(options.stdin) : options.stdin;
  }
  const code = await main(args, {
    stdout: { write: (s: string) => ((stdout += s), true) },
    stderr: { write: (s: string) => ((stderr += s), true), columns: 100 },
    stdin: stdin(),
  });
  return { code, stdout, stderr };
}

export function spawnCliSync(args: string[], input?: string): Run {
  const child = spawnSync(process.execPath, ['--import', 'tsx', RUN, ...args], { cwd: ROOT, input, encoding: 'utf8', timeout: 120_000 });
  return { code: child.status ?? -1, stdout: child.stdout, stderr: child.stderr };
}

export function spawnCli(args: string[], env: NodeJS.ProcessEnv = {}) {
  return spawn(process.execPath, ['--import', 'tsx', RUN, ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...env } });
}

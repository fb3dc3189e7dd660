import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Command } from 'commander';
import { demoIndex } from './demo-index.js';
import { Output } from './output.js';
import { createProgress } from './progress.js';
import { renderSummary } from './report/index.js';
import { runScan } from './run-scan.js';
import type { CliIo } from './scan-command.js';
import { PACKAGE_ROOT } from './package-info.js';

export const DEMO_BANNER = 'Demo: scanning bundled SYNTHETIC sample data (samples/)';

/** Scans the bundled synthetic samples and prints the summary; exits 0 whatever it finds (it is a demo). */
async function demo(io: CliIo): Promise<number> {
  const out = new Output(io.stdout);
  const rule = '='.repeat(DEMO_BANNER.length);
  out.write(`${rule}\n${DEMO_BANNER}\nEvery value in these files is made up; none belongs to a real person.\n${rule}\n\n`);
  const samples = join(PACKAGE_ROOT, 'samples');
  const files = readdirSync(samples).filter((name) => name.startsWith('demo-')).sort();
  await runScan({
    paths: files.map((name) => join(samples, name)),
    options: {},
    out,
    maxFindings: Infinity,
    reporter: {
      listsFindings: false,
      begin() {},
      finding() {},
      end(result) {
        for (const file of result.files) file.path = relative(PACKAGE_ROOT, file.path);
        out.write(renderSummary(result, false));
      },
    },
    progress: (bytes, files) => createProgress(io.stderr, bytes, files, false),
  });
  await demoIndex(out, files.map((name) => join(samples, name)), (path) => relative(PACKAGE_ROOT, path));
  out.write('\nTry it on your own files: leakhound scan PATH..., leakhound ingest PATH... --breach NAME, leakhound check VALUE (--help for options)\n');
  await out.flush(true);
  return 0;
}

export function registerDemoCommand(program: Command, io: CliIo, done: (code: number) => void): void {
  program
    .command('demo')
    .description('scan the bundled synthetic sample files, ingest them into a throwaway index and check values')
    .action(async () => done(await demo(io)));
}

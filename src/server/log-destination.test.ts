import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { describe, it } from 'node:test';

const MODULE = new URL('./log-destination.ts', import.meta.url).href;

/** The command of a process that logs `count` lines of varied length through logDestination, then waits `linger` ms. */
function loggerArgs(id: number, count: number, linger = 0, warn = false): string[] {
  const script = `
    const { pino } = await import('pino');
    const { serverLog } = await import(${JSON.stringify(MODULE)});
    const { options } = serverLog('info');
    const log = pino(options, options.stream); // as Fastify makes its logger from these options
    for (let i = 0; i < ${count}; i++) log.info({ id: ${id}, i, pad: 'x'.repeat((i * 37) % 900), t: Date.now() }, 'line');
    if (${warn}) log.warn({ id: ${id}, t: Date.now() }, 'warning');
    setTimeout(() => {}, ${linger});`;
  return [process.execPath, '--import', 'tsx', '--input-type=module', '-e', script];
}

const quoted = (args: string[]) => args.map((arg) => `'${arg.replace(/'/g, `'\\''`)}'`).join(' ');

function lines(text: string) {
  return text.split('\n').filter(Boolean).map((line) => JSON.parse(line) as { id: number; i: number; pad: string; t: number });
}

describe('serverLog', () => {
  it('two processes logging into one pipe at once write whole lines, every one of them', async () => {
    const count = 4000;
    // Both inherit one pipe, as the processes of `leakhound serve` share their primary's standard output.
    const shell = spawn('sh', ['-c', `${quoted(loggerArgs(1, count))} & ${quoted(loggerArgs(2, count))} & wait`], { stdio: ['ignore', 'pipe', 'inherit'] });
    let text = '';
    shell.stdout.on('data', (chunk: Buffer) => (text += chunk));
    await new Promise((resolve) => shell.on('close', resolve));
    const logged = lines(text); // a line cut by the other process's write would not parse
    for (const id of [1, 2]) {
      const own = logged.filter((line) => line.id === id);
      assert.deepEqual(own.map((line) => line.i), Array.from({ length: count }, (_, i) => i));
      assert.ok(own.every((line) => line.pad.length === (line.i * 37) % 900));
    }
  });

  it('writes info lines within about a second, and a warning at once, while the process goes on', async () => {
    for (const warn of [false, true]) {
      const [command, ...args] = loggerArgs(3, 3, 10_000, warn);
      const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'inherit'] });
      let text = '';
      await new Promise<void>((resolve) => child.stdout.on('data', (chunk: Buffer) => ((text += chunk), lines(text).length === (warn ? 4 : 3) && resolve())));
      const waited = Date.now() - lines(text)[0].t;
      assert.equal(child.exitCode, null, 'the lines came only at exit');
      child.kill();
      // Info lines alone wait for the periodic flush (a second); with a warning they all come as soon as it is logged.
      if (warn) assert.ok(waited < 500, `the lines before a warning waited ${waited} ms`);
      else assert.ok(waited >= 500 && waited < 5000, `info lines came after ${waited} ms`);
    }
  });
});

// The tie on a stand-in server (sleep), with a stand-in owner (a node process) that the test kills: needs no moto.
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { tieToOwner } from './tie-to-owner.ts';

/** Whether a process has ended; one killed but not yet reaped by init is a zombie, which counts as ended. */
function isGone(pid: number): boolean {
  try {
    return /^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return true;
  }
}

async function within(timeoutMs: number, ready: () => boolean): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (!ready()) {
    if (Date.now() > deadline) return false;
    await new Promise((r) => setTimeout(r, 20));
  }
  return true;
}

/** Starts an owner that spawns `command` tied to itself, as managed-moto does, and prints the pid it got. */
async function startOwner(command: string[]) {
  const script = `
    const { spawn } = require('node:child_process');
    const [file, ...args] = ${JSON.stringify(tieToOwner(command))};
    const p = spawn(file, args, { stdio: ['pipe', 'ignore', 'ignore'], detached: true });
    p.once('exit', () => p.stdin.destroy());
    console.log(p.pid);
    setInterval(() => {}, 1000);`;
  const owner = spawn(process.execPath, ['-e', script], { stdio: ['ignore', 'pipe', 'inherit'] });
  const pid = Number(await new Promise<string>((resolve) => owner.stdout!.once('data', (d) => resolve(String(d)))));
  // The command itself has that pid (sh execs it), once the watchdog is up beside it.
  expect(
    await within(
      5_000,
      () => !isGone(pid) && readFileSync(`/proc/${pid}/cmdline`, 'utf8').startsWith(command.join('\0')),
    ),
  ).toBe(true);
  return { owner, pid };
}

describe.skipIf(process.platform !== 'linux')('tieToOwner', () => {
  it('ends the command when its owner is killed with SIGKILL, which no hook of the owner sees', async () => {
    const { owner, pid } = await startOwner(['sleep', '30']);
    try {
      owner.kill('SIGKILL');
      expect(await within(1_000, () => isGone(pid))).toBe(true);
    } finally {
      try {
        process.kill(pid, 'SIGKILL');
      } catch {
        /* gone */
      }
    }
  });

  it('leaves the command alone while its owner lives, and ends its watchdog once the command ends on its own', async () => {
    const { owner, pid } = await startOwner(['sleep', '1']);
    try {
      const dog = Number(spawnSync('pgrep', ['-P', String(pid)], { encoding: 'utf8' }).stdout.trim());
      expect(readFileSync(`/proc/${dog}/cmdline`, 'utf8')).toContain(`swfc-moto-watchdog\0${pid}`);
      await new Promise((r) => setTimeout(r, 500));
      expect(isGone(pid) || isGone(dog)).toBe(false);
      expect(await within(3_000, () => isGone(pid))).toBe(true);
      expect(await within(1_000, () => isGone(dog))).toBe(true);
      expect(owner.exitCode).toBeNull();
    } finally {
      owner.kill('SIGKILL');
    }
  });
});

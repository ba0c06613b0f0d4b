import { spawnSync } from 'node:child_process';

/** How to start moto server here: `moto_server` on PATH, else `python3 -m moto.server`; undefined when neither works. */
export function findMotoCommand(env: NodeJS.ProcessEnv = process.env): string[] | undefined {
  const probe = (cmd: string, args: string[]) =>
    spawnSync(cmd, args, { env, stdio: 'ignore', timeout: 20_000 }).status === 0;
  if (probe('moto_server', ['--help'])) return ['moto_server'];
  if (probe('python3', ['-c', 'import moto.server'])) return ['python3', '-m', 'moto.server'];
  return undefined;
}

/** The one-line error for a machine without moto. */
export const MOTO_MISSING =
  'moto server not found: install it with pip install "moto[server]" (or use --target mock, which needs nothing)';

import { spawnSync } from 'node:child_process';

/** The ways to start moto server, in the order they are tried. */
export const MOTO_COMMANDS: readonly (readonly string[])[] = [['moto_server'], ['python3', '-m', 'moto.server']];

/** How to start moto server here (the first of MOTO_COMMANDS that works); undefined when none does. */
export function findMotoCommand(env: NodeJS.ProcessEnv = process.env): readonly string[] | undefined {
  const probe = ([cmd, ...args]: readonly string[]) =>
    spawnSync(cmd, [...args, '--help'], { env, stdio: 'ignore', timeout: 20_000 }).status === 0;
  return MOTO_COMMANDS.find(probe);
}

/** The one-line error for a machine without moto. */
export const MOTO_MISSING =
  'moto server not found: install it with pip install "moto[server]" (or use --target mock, which needs nothing)';

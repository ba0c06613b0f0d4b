import { findMotoCommand } from '../targets/moto/find-moto-command.ts';

/** Whether the moto suites can run here; on CI (CI=true) moto is required, elsewhere its absence skips them visibly. */
export const MOTO_AVAILABLE = findMotoCommand() !== undefined;
export const MOTO_REQUIRED = process.env.CI === 'true';

if (!MOTO_AVAILABLE && !MOTO_REQUIRED) {
  console.warn('moto server not found: the moto suites are SKIPPED (pip install "moto[server]" to run them)');
}

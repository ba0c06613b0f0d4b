import { existsSync } from 'node:fs';

/** Debian's chromium, the only browser the HTML report test drives (never one playwright downloads). */
export const CHROMIUM_PATH = '/usr/bin/chromium';
/** Whether the browser test can run here; on CI (CI=true) chromium is required, elsewhere its absence skips it visibly. */
export const CHROMIUM_AVAILABLE = existsSync(CHROMIUM_PATH);
export const CHROMIUM_REQUIRED = process.env.CI === 'true';

if (!CHROMIUM_AVAILABLE && !CHROMIUM_REQUIRED) {
  console.warn(
    `${CHROMIUM_PATH} not found: the HTML report browser test is SKIPPED (sudo apt-get install chromium to run it)`,
  );
}

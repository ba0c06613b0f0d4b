import { accessSync, constants, lstatSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/** An output the harness cannot write (a folder that is a file, no permission, a full or read-only disk). */
export class OutputError extends Error {}

// What the usual refusals mean, in words: mkdir says EEXIST when the folder is a file, ENOTDIR when a parent is.
const MEANING: Record<string, string> = {
  EEXIST: 'a file is in the way',
  ENOTDIR: 'a file is in the way',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EROFS: 'read-only file system',
  ENOSPC: 'no space left',
};
export const describeFsError = (e: unknown) => {
  const code = (e as NodeJS.ErrnoException).code;
  return code ? `${code}${MEANING[code] ? `: ${MEANING[code]}` : ''}` : (e as Error).message;
};

/**
 * Writes a file whole or not at all: into a file beside it, then renamed into place, so that a run killed or failing
 * while it writes leaves the earlier file as it was.
 */
export function writeOutput(path: string, text: string): void {
  // The rename would replace whatever is there: a device (/dev/full) or a folder is refused, never replaced.
  let there;
  try {
    there = lstatSync(path, { throwIfNoEntry: false });
  } catch {
    /* a file where a folder should be: mkdir says so below */
  }
  if (there && !there.isFile()) throw new OutputError(`cannot write ${path}: it is not a regular file`);
  const beside = `${path}.writing-${process.pid}`;
  try {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(beside, text);
    renameSync(beside, path);
  } catch (e) {
    // force ignores a missing file only: with a file where a parent folder should be, rm fails too (ENOTDIR).
    try {
      rmSync(beside, { force: true });
    } catch {
      /* nothing was written there */
    }
    throw new OutputError(`cannot write ${path}: ${describeFsError(e)}`);
  }
}

/** Refuses, before a run starts, a folder it could not write its results into (made if missing). */
export function checkOutputFolder(dir: string, flag = '--out'): void {
  try {
    mkdirSync(dir, { recursive: true });
    accessSync(dir, constants.W_OK);
  } catch (e) {
    throw new OutputError(`${flag} ${dir}: cannot write there (${describeFsError(e)})`);
  }
}

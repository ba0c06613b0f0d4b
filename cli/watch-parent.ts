import { startedBy } from './started-by.ts';

/** Watches for the process that started this one to go; returns what stops the watch. */
export type ParentWatch = (gone: () => void) => () => void;

/**
 * Calls `gone` once, when what started this process has died: an orphan is adopted by init (or a subreaper), so its
 * parent pid changes (for npx, see startedBy). A SIGTERM sent to `npx swf-conformance` ends npx and its sh, never
 * this process: this is how it notices. Windows does not re-parent orphans, so there it never fires.
 */
export function watchParent(gone: () => void, lineage: () => string = () => startedBy(), everyMs = 500): () => void {
  const first = lineage();
  const timer = setInterval(() => {
    if (lineage() === first) return;
    clearInterval(timer);
    gone();
  }, everyMs);
  // The watch alone must not keep the process up.
  timer.unref();
  return () => clearInterval(timer);
}

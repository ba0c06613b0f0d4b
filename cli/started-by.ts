import { readFileSync } from 'node:fs';

/** Reads a file of /proc, or throws (no /proc, or the process is gone). */
export type ProcReader = (path: string) => string;
const readProc: ProcReader = (path) => readFileSync(path, 'utf8');

/**
 * What started this process, as a key that changes when it is gone: the parent's pid, and, when the parent is only
 * the `sh -c` through which npm runs this bin (npx, npm run), npm's pid after it. So a kill -9 of npx, which leaves
 * its sh waiting on us, counts too. Without /proc (macOS) it is the parent alone.
 */
export function startedBy(
  ppid: number = process.ppid,
  script = process.env.npm_lifecycle_script,
  read: ProcReader = readProc,
): string {
  try {
    const [shell, flag, command] = read(`/proc/${ppid}/cmdline`).split('\0');
    if (!script || !/(^|\/)\w*sh$/.test(shell) || flag !== '-c' || !command?.startsWith(script)) return String(ppid);
    const stat = read(`/proc/${ppid}/stat`);
    // "pid (comm) state ppid ...": comm may hold spaces and parentheses, so the fields start after the last ')'.
    const npm = stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1];
    return `${ppid}<${npm}`;
  } catch {
    return String(ppid);
  }
}

// Ties a server's life to this process's: the server ends when this process does, however it ends (kill -9 too).
// The command runs under sh, which hands its stdin (a pipe from this process) to a watchdog and then becomes the
// server (`exec`, same pid). The kernel closes the pipe when this process dies; the watchdog's read then reaches EOF
// and it kills the server's process group. The watchdog lives in that group (which has the server's pid for its id),
// so the pid cannot be reused by a stranger while it waits. It has its own name, so that no pgrep for the server
// mistakes it for one.
const SCRIPT = [
  'exec 3<&0 </dev/null',
  `sh -c 'read x <&3; kill -s KILL -- -"$1" 2>/dev/null' swfc-moto-watchdog "$$" &`,
  'exec "$@" 3<&-',
].join('\n');

/** The command line that runs `command` tied to this process; spawn it detached (its own session, so its own group) with a stdin pipe. */
export function tieToOwner(command: readonly string[]): string[] {
  // No sh or process groups on Windows: the server runs as it is (stopped by the exit hooks only).
  if (process.platform === 'win32') return [...command];
  return ['sh', '-c', SCRIPT, 'swfc-moto', ...command];
}

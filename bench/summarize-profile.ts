import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** One line of a profile's summary: what, where, and its share of all sampled time. */
export interface ProfileCost {
  name: string;
  where: string;
  share: number;
}

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** Where a frame's code lives, short: a project path, a package name, a Node module, or V8's own pseudo-frames. */
function placeOf(url: string): { file: string; area: string } {
  if (!url) return { file: '(native)', area: '(V8 and native code)' };
  if (url.startsWith('node:')) return { file: url, area: 'node internals' };
  const path = url.startsWith('file://') ? fileURLToPath(url) : url;
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)\/(.*)$/.exec(path);
  if (pkg) {
    const area = /^@(aws-sdk|smithy|aws-crypto)\//.test(pkg[1])
      ? 'AWS SDK (@aws-sdk, @smithy)'
      : /^(msw|@mswjs\/.*)$/.test(pkg[1])
        ? 'MSW (msw, @mswjs/interceptors)'
        : pkg[1];
    return { file: `${pkg[1]}/${pkg[2]}`, area };
  }
  const file = relative(ROOT, path);
  const folders = file.split('/');
  // targets/mock is its own area: the service, not the harness.
  const area =
    folders[0] === 'targets' && folders[1] === 'mock' ? 'targets/mock (the mock service)' : `${folders[0]}/ (project)`;
  return { file, area };
}

// tsx compiles the project's files onto one line, so their frames only name the file.
const lineOf = (file: string, line: number) => (line > 0 ? `${file}:${line + 1}` : file);

export interface ProfileSummary {
  /** Functions by self time (time spent in their own code). */
  functions: ProfileCost[];
  /** The project's own functions by total time (their code and all they call), bench/ and runConformance left out. */
  projectTotals: ProfileCost[];
  /** Self time by area: a package, a project folder, Node, V8's GC and idle time. */
  areas: ProfileCost[];
  seconds: number;
}

/** Self and total time per function and self time per area of a V8 .cpuprofile (node --cpu-prof), as shares of all samples. */
export function summarizeProfile(path: string, top = 15): ProfileSummary {
  const profile = JSON.parse(readFileSync(path, 'utf8')) as CpuProfile;
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parentOf = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parentOf.set(c, n.id);
  const selfTime = new Map<number, number>();
  profile.samples.forEach((id, i) => selfTime.set(id, (selfTime.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  const total = [...selfTime.values()].reduce((a, b) => a + b, 0);
  const functions = new Map<string, ProfileCost>();
  const areas = new Map<string, ProfileCost>();
  const totals = new Map<string, ProfileCost>();
  for (const [id, micros] of selfTime) {
    // Every project function on the stack gets the sample once, however often it recurs.
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parentOf.get(at)) {
      const { functionName, url, lineNumber } = byId.get(at)!.callFrame;
      const place = placeOf(url);
      if (
        (!place.area.endsWith('(project)') && !place.area.startsWith('targets/mock')) ||
        place.file.startsWith('bench/') ||
        functionName === 'runConformance'
      )
        continue;
      const key = `${functionName || '(anonymous)'} ${lineOf(place.file, lineNumber)}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const t = totals.get(key) ?? {
        name: functionName || '(anonymous)',
        where: lineOf(place.file, lineNumber),
        share: 0,
      };
      t.share += micros / total;
      totals.set(key, t);
    }
    const { functionName, url, lineNumber } = byId.get(id)!.callFrame;
    const place = placeOf(url);
    const isPseudo = functionName.startsWith('(');
    const area = isPseudo ? functionName : place.area;
    const name = functionName || '(anonymous)';
    const where = isPseudo ? '' : lineOf(place.file, lineNumber);
    const f = functions.get(`${name} ${where}`) ?? { name, where, share: 0 };
    f.share += micros / total;
    functions.set(`${name} ${where}`, f);
    const a = areas.get(area) ?? { name: area, where: '', share: 0 };
    a.share += micros / total;
    areas.set(area, a);
  }
  const largest = (m: Map<string, ProfileCost>) => [...m.values()].sort((a, b) => b.share - a.share);
  return {
    functions: largest(functions).slice(0, top),
    projectTotals: largest(totals).slice(0, top),
    areas: largest(areas),
    seconds: total / 1e6,
  };
}

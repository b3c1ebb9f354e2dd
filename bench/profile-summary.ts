/**
 * The functions that took the most CPU in V8 profiles written by `npm run bench -- --cpu-prof`, by self time and
 * grouped by package or source folder:
 *
 *   npx tsx bench/profile-summary.ts bench/profiles/*.cpuprofile
 */
import { readFileSync } from 'node:fs';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
}

interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const where = (url: string) => {
  const modules = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (modules) return modules[1] as string;
  if (url.startsWith('node:')) return url;
  const own = /\/(server|domain|api)\/(.*)$/.exec(url);
  if (own) return `${own[1]}/${own[2]?.split('/').slice(0, -1).join('/')}`;
  return url === '' ? '(native/gc/idle)' : url;
};

const files = process.argv.slice(2);
const byFunction = new Map<string, number>();
const byPlace = new Map<string, number>();
let total = 0;
for (const file of files) {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as Profile;
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  profile.samples.forEach((id, index) => {
    const node = nodes.get(id);
    const ms = (profile.timeDeltas[index] ?? 0) / 1000;
    if (!node || node.callFrame.functionName === '(idle)') return;
    total += ms;
    const name = `${node.callFrame.functionName || '(anonymous)'} ${where(node.callFrame.url)}:${node.callFrame.lineNumber + 1}`;
    byFunction.set(name, (byFunction.get(name) ?? 0) + ms);
    const place = where(node.callFrame.url);
    byPlace.set(place, (byPlace.get(place) ?? 0) + ms);
  });
}
const top = (map: Map<string, number>, n: number) =>
  [...map]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([name, ms]) => `${((ms / total) * 100).toFixed(1).padStart(5)}%  ${name}`);
console.log(`busy (not idle) main-thread time: ${(total / 1000).toFixed(1)} s in ${files.length} profile(s)`);
console.log('\nby package or folder:');
for (const line of top(byPlace, 15)) console.log(line);
console.log('\nby function (self time):');
for (const line of top(byFunction, 25)) console.log(line);

/**
 * A CPU profile (CDP `Profiler.stop`) as a short text: the functions with the most self time,
 * per timed action, so a change can be judged without opening DevTools.
 */
export interface CpuProfile {
  nodes: {
    id: number;
    callFrame: { functionName: string; url: string; lineNumber: number };
    children?: number[];
  }[];
  samples: number[];
  timeDeltas: number[];
}

/** Several profiles as one, for summing the time of many short windows. */
export function mergeProfiles(profiles: readonly CpuProfile[]): CpuProfile {
  const merged: CpuProfile = { nodes: [], samples: [], timeDeltas: [] };
  let offset = 0;
  for (const profile of profiles) {
    const shift = (id: number) => id + offset;
    for (const node of profile.nodes)
      merged.nodes.push({ ...node, id: shift(node.id), children: node.children?.map(shift) });
    merged.samples.push(...profile.samples.map(shift));
    merged.timeDeltas.push(...profile.timeDeltas);
    offset = Math.max(offset, ...merged.nodes.map((n) => n.id));
  }
  return merged;
}

const IDLE = new Set(['(idle)', '(program)', '(garbage collector)']);

function nameOf(frame: CpuProfile['nodes'][number]['callFrame']): string {
  const file = frame.url.split('/').pop() || '(native)';
  return `${frame.functionName || '(anonymous)'} ${file}:${frame.lineNumber + 1}`;
}

/** Self and total time per function, in ms per action, the `top` heaviest first. */
export function summariseProfile(profile: CpuProfile, actions: number, top = 30): string {
  const byNode = new Map(profile.nodes.map((n) => [n.id, n]));
  const parentOf = new Map<number, number>();
  for (const node of profile.nodes)
    for (const child of node.children ?? []) parentOf.set(child, node.id);
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  let busy = 0;
  let gc = 0;
  profile.samples.forEach((id, i) => {
    const node = byNode.get(id)!;
    const ms = (profile.timeDeltas[i] ?? 0) / 1000;
    if (node.callFrame.functionName === '(garbage collector)') gc += ms;
    if (IDLE.has(node.callFrame.functionName)) return;
    busy += ms;
    const name = nameOf(node.callFrame);
    self.set(name, (self.get(name) ?? 0) + ms);
    // Each function on the stack once, however often it recurses.
    const onStack = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parentOf.get(at)) {
      onStack.add(nameOf(byNode.get(at)!.callFrame));
    }
    for (const name of onStack) total.set(name, (total.get(name) ?? 0) + ms);
  });
  const per = (ms: number) => (ms / Math.max(1, actions)).toFixed(2);
  const rows = [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, top);
  const totals = [...total.entries()]
    .filter(([name]) => !name.startsWith('(root)'))
    .sort((a, b) => b[1] - a[1])
    .slice(0, top * 2);
  return [
    `busy ${busy.toFixed(0)} ms (${per(busy)} ms per action), GC ${gc.toFixed(0)} ms, over ${actions} actions`,
    'self ms/action  function',
    ...rows.map(([name, ms]) => `${per(ms).padStart(14)}  ${name}`),
    '',
    'total ms/action  function (with what it calls)',
    ...totals.map(([name, ms]) => `${per(ms).padStart(15)}  ${name}`),
  ].join('\n');
}

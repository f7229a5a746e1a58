#!/usr/bin/env node
/**
 * A/B of the library's household assessment against an earlier commit, in one process so both see the same
 * machine load: `src/` of the commit (`git archive`) and of the work tree are each bundled with esbuild, then
 * passes over the seeded benchmark households alternate A, B, A, B … and each is timed in CPU seconds of this
 * thread (process.cpuUsage), as `npm run bench` measures. Prints households per CPU-second per pass, the
 * medians and the ratio B ÷ A, untraced and traced; the last line is one JSON object.
 *
 *   node bench/ab.mjs [--base f03044d] [--households 50000] [--passes 7] [--rules-version national2021]
 *
 * `--rules-version national2021` assesses the same households under the national rules
 * (`BENCH_POLICY_NATIONAL`) instead of the seed's; the base must know them (48d080a or later:
 * `npm run bench:ab:national`).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { loadavg } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';
import { BENCH_POLICY, BENCH_POLICY_NATIONAL, generateHouseholds } from './households.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { values: args } = parseArgs({
  options: {
    base: { type: 'string', default: 'f03044d' },
    households: { type: 'string', default: '50000' },
    passes: { type: 'string', default: '7' },
    'rules-version': { type: 'string', default: 'draft2018' },
  },
});
const work = join(root, '.tmp', 'bench', 'ab');
rmSync(work, { recursive: true, force: true });
mkdirSync(join(work, 'base'), { recursive: true });
execFileSync('sh', ['-c', `git archive ${args.base} src | tar -x -C ${join(work, 'base')}`], { cwd: root });

async function bundle(entry, out) {
  await build({
    entryPoints: [entry],
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    outfile: out,
    logLevel: 'warning',
  });
  return import(pathToFileURL(out).href);
}
const A = await bundle(join(work, 'base', 'src', 'index.ts'), join(work, 'a.mjs'));
const B = await bundle(join(root, 'src', 'index.ts'), join(work, 'b.mjs'));

const count = Number(args.households);
const passes = Number(args.passes);
const households = generateHouseholds(count);
const rulesVersion = args['rules-version'];
if (rulesVersion !== 'draft2018' && rulesVersion !== 'national2021')
  throw new Error(`--rules-version: draft2018 or national2021, not ${rulesVersion}`);
const policy = rulesVersion === 'national2021' ? BENCH_POLICY_NATIONAL : BENCH_POLICY;

function pass(lib, trace, limit = count) {
  let steps = 0;
  const c0 = process.cpuUsage();
  for (let i = 0; i < limit; i++)
    steps += lib.assessHousehold(households[i], policy, { trace }).members.length;
  const c = process.cpuUsage(c0);
  if (steps === 0) throw new Error('nothing assessed');
  return limit / ((c.user + c.system) / 1e6);
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const load0 = loadavg()[0];
const out = {};
for (const trace of [false, true]) {
  for (const lib of [A, B, A, B]) pass(lib, trace, Math.ceil(count / 5)); // warm-up, both
  const a = [];
  const b = [];
  for (let k = 0; k < passes; k++) {
    a.push(pass(A, trace));
    b.push(pass(B, trace));
  }
  const label = trace ? 'traced' : 'untraced';
  const ratio = median(b) / median(a);
  console.log(
    `${label}: base ${args.base} ${a.map(Math.round).join(' ')} | work tree ${b.map(Math.round).join(' ')} households/CPU-s`,
  );
  console.log(
    `  medians ${Math.round(median(a))} vs ${Math.round(median(b))}; work tree ÷ base = ${ratio.toFixed(3)}`,
  );
  out[label] = { base: Math.round(median(a)), head: Math.round(median(b)), ratio: Number(ratio.toFixed(3)) };
}
out.loadavg = [Number(load0.toFixed(2)), Number(loadavg()[0].toFixed(2))];
out.households = count;
out.passes = passes;
out.base = args.base;
out.rulesVersion = rulesVersion;
console.log(JSON.stringify(out));

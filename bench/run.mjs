#!/usr/bin/env node
/**
 * `npm run bench`: the speed targets of issue 5, measured on a seeded set of households of 1–6 members.
 * Never part of the unit tests. Builds first when dist/ is missing or older than src/. Prints a readable
 * report, then, as its LAST line, one JSON object so runs can be compared over time.
 *
 *   node bench/run.mjs [--households 100000] [--cli-households 1000000] [--skip-cli] [--skip-in-process]
 *                      [--skip-service]
 *                      [--cli dist/cli.js]   (another build of the CLI to measure, e.g. one made from a commit)
 *
 * Parts, each in a fresh Node process:
 *   in-process  assessHousehold with/without trace; the exact 第5条 kernel vs plain numbers vs
 *               json-rules-engine (bench/in-process.ts, bundled from src/ with esbuild);
 *   cli         `dibao assess` over 1 000 000 households of JSON Lines, 1 thread and --jobs 2: seconds and
 *               peak RSS (getrusage maxrss of the process, which includes its worker threads); then where
 *               one thread's time goes, stage by stage, on 100 000 of them (bench/cli-split.ts: read, cut,
 *               split, JSON.parse, the rule, serialise + encode + tally, write; µs of CPU per household);
 *   service     `dibao serve` on 127.0.0.1 under a bounded keep-alive load of POST /assess (bench/service.mjs):
 *               assessments/s, latency percentiles, errors, load average;
 *   import      cold `import('dibao-rules')` (dist/index.js) in a fresh process, median of 7;
 *   bundle      dist/dibao-rules.global.js: minified and gzip (level 9) sizes;
 *   one rule    the household rules written once (issue 12): `bench/ab.mjs`, assessHousehold A/B against the
 *   source      commit before that change in one process (untraced ÷ old ≥ 0.8), and `udfAssess` in a bare
 *               V8 context against the library with the same JSON text in and out
 *               (`scripts/measure-bundle.mjs`, ≥ 0.4). `--skip-ab` leaves it out.
 * In-process throughputs are per CPU-second of the measuring thread (process.cpuUsage), best of several passes:
 * on a shared machine that is what one dedicated core does; wall-clock figures (*Wall) are reported beside
 * them and include waiting for a core. CLI seconds are wall-clock (the target is wall time), CPU seconds beside.
 */
import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import {
  createReadStream,
  createWriteStream,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { BENCH_POLICY, BENCH_SEED, eachHousehold } from './households.mjs';
import { serviceBench, serviceReport } from './service.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const work = join(root, '.tmp', 'bench');
mkdirSync(work, { recursive: true });

const { values: args } = parseArgs({
  options: {
    households: { type: 'string', default: '100000' },
    'cli-households': { type: 'string', default: '1000000' },
    'skip-cli': { type: 'boolean', default: false },
    'skip-in-process': { type: 'boolean', default: false },
    'skip-service': { type: 'boolean', default: false },
    'skip-ab': { type: 'boolean', default: false },
    cli: { type: 'string', default: 'dist/cli.js' },
  },
});

const TARGETS = {
  householdsPerSecond: { min: 200_000 },
  traceSlowdown: { max: 3 },
  exactVsFloatSlowdown: { max: 2 },
  speedupVsJsonRulesEngine: { min: 20 },
  cliSeconds1M: { max: 15 },
  cliPeakRssMB: { max: 300 },
  cliSeconds1MJobs2: { max: 15 },
  cliPeakRssMBJobs2: { max: 300 },
  importMs: { max: 50 },
  globalBundleGzipKB: { max: 60 },
  abUntracedRatio: { min: 0.8 },
  udfVsLibrary: { min: 0.4 },
  serviceAssessmentsPerSecond: { min: 5000 },
  serviceP99Ms: { max: 20 },
  serviceErrors: { max: 0 },
};

const log = (s = '') => process.stdout.write(`${s}\n`);

function newestMtime(dir) {
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newestMtime(p) : statSync(p).mtimeMs);
  }
  return t;
}

function ensureBuilt() {
  const artefacts = ['dist/index.js', 'dist/cli.js', 'dist/dibao-rules.global.js'].map((p) => join(root, p));
  const stale =
    artefacts.some((p) => !existsSync(p)) ||
    Math.min(...artefacts.map((p) => statSync(p).mtimeMs)) < newestMtime(join(root, 'src'));
  if (!stale) return false;
  log('== build (dist/ missing or older than src/)');
  const r = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  if (r.status !== 0) throw new Error('npm run build failed');
  return true;
}

function runNode(argv, env = {}) {
  const r = spawnSync(process.execPath, argv, {
    cwd: root,
    env: { ...process.env, ...env },
    encoding: 'utf8',
    maxBuffer: 1 << 26,
  });
  if (r.status !== 0) throw new Error(`node ${argv.join(' ')} failed:\n${r.stderr}`);
  return r.stdout;
}

const lastJsonLine = (text) => JSON.parse(text.trim().split('\n').at(-1));
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const round = (x, dp = 1) => Number(x.toFixed(dp));

async function inProcess(count) {
  const { build } = await import('esbuild');
  const outfile = join(work, 'in-process.mjs');
  await build({
    entryPoints: [join(root, 'bench', 'in-process.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile,
    packages: 'external',
    logLevel: 'error',
  });
  return lastJsonLine(runNode([outfile], { BENCH_HOUSEHOLDS: String(count) }));
}

async function cliSplit(count) {
  const { build } = await import('esbuild');
  const outfile = join(work, 'cli-split.mjs');
  await build({
    entryPoints: [join(root, 'bench', 'cli-split.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile,
    packages: 'external',
    logLevel: 'error',
  });
  const input = join(work, `households-${count}-${BENCH_SEED}.jsonl`);
  const policyFile = join(work, 'policy.json');
  writeFileSync(policyFile, JSON.stringify(BENCH_POLICY));
  await writeJsonl(input, count);
  return lastJsonLine(
    runNode([outfile], { BENCH_CLI_SPLIT_FILE: input, BENCH_CLI_SPLIT_POLICY: policyFile }),
  );
}

async function writeJsonl(file, count) {
  if (existsSync(file)) return;
  const out = createWriteStream(`${file}.part`);
  let buf = '';
  for (const h of eachHousehold(count, BENCH_SEED)) {
    buf += `${JSON.stringify(h)}\n`;
    if (buf.length > 1 << 20) {
      if (!out.write(buf)) await once(out, 'drain');
      buf = '';
    }
  }
  out.end(buf);
  await once(out, 'finish');
  spawnSync('mv', [`${file}.part`, file]);
}

async function countLines(file) {
  let n = 0;
  for await (const chunk of createReadStream(file)) for (const b of chunk) if (b === 10) n++;
  return n;
}

async function cliRun(input, policyFile, count, jobs) {
  const rssFile = join(work, `rss-${process.pid}-${jobs}.txt`);
  const output = join(work, `out-${jobs}.jsonl`);
  rmSync(rssFile, { force: true });
  const argv = [
    '--require',
    join(root, 'bench', 'peak-rss.cjs'),
    resolve(root, args.cli),
    'assess',
    input,
    '--policy',
    policyFile,
    '--output',
    output,
    '--quiet',
    ...(jobs > 1 ? ['--jobs', String(jobs)] : []),
  ];
  const t0 = process.hrtime.bigint();
  const child = spawn(process.execPath, argv, {
    cwd: root,
    env: { ...process.env, BENCH_RSS_FILE: rssFile },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (d) => {
    stderr += d;
  });
  const [code] = await once(child, 'exit');
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  if (code !== 0 && code !== 1) throw new Error(`dibao assess exited ${code}:\n${stderr}`);
  const [rssKB, cpuSeconds] = readFileSync(rssFile, 'utf8').trim().split(' ').map(Number);
  const lines = await countLines(output);
  rmSync(output, { force: true });
  rmSync(rssFile, { force: true });
  if (lines !== count) throw new Error(`dibao assess wrote ${lines} lines for ${count} households`);
  return {
    seconds: round(seconds, 2),
    cpuSeconds: round(cpuSeconds, 2),
    peakRssMB: round(rssKB / 1024),
    exitCode: code,
  };
}

async function cli(count) {
  const input = join(work, `households-${count}-${BENCH_SEED}.jsonl`);
  const policyFile = join(work, 'policy.json');
  writeFileSync(policyFile, JSON.stringify(BENCH_POLICY));
  await writeJsonl(input, count);
  const one = await cliRun(input, policyFile, count, 1);
  const two = await cliRun(input, policyFile, count, 2);
  return { households: count, inputMB: round(statSync(input).size / 2 ** 20), jobs1: one, jobs2: two };
}

function importTime() {
  const url = pathToFileURL(join(root, 'dist', 'index.js')).href;
  // Wall and CPU milliseconds of the import alone (the process start is not counted).
  const script = `const c0 = process.cpuUsage(); const t0 = performance.now(); await import(${JSON.stringify(url)}); const c = process.cpuUsage(c0); process.stdout.write(JSON.stringify([performance.now() - t0, (c.user + c.system) / 1000]));`;
  const wall = [];
  const cpu = [];
  for (let i = 0; i < 7; i++) {
    const [w, c] = JSON.parse(runNode(['--input-type=module', '-e', script]));
    wall.push(w);
    cpu.push(c);
  }
  return {
    medianMs: round(median(wall)),
    minMs: round(Math.min(...wall)),
    runsMs: wall.map((t) => round(t)),
    cpuMedianMs: round(median(cpu)),
    cpuRunsMs: cpu.map((t) => round(t)),
  };
}

function bundleSize() {
  const file = join(root, 'dist', 'dibao-rules.global.js');
  const bytes = readFileSync(file);
  return { minKB: round(bytes.length / 1024), gzipKB: round(gzipSync(bytes, { level: 9 }).length / 1024) };
}

// ── run ────────────────────────────────────────────────────────────────────
const started = new Date().toISOString(); // the benchmark is outside src/: reading the clock is fine here
const env = {
  node: process.version,
  cpu: cpus()[0]?.model ?? 'unknown',
  cores: cpus().length,
  loadavgAtStart: loadavg().map((x) => round(x, 2)),
};
const built = ensureBuilt();
log(
  `dibao-rules benchmark — ${started} — Node ${env.node}, ${env.cores} × ${env.cpu}, load ${env.loadavgAtStart.join(' ')}`,
);

const summary = { started, ...env, built };
if (!args['skip-in-process']) {
  const count = Number(args.households);
  log(`\n== in-process: ${count} households, one thread`);
  const r = await inProcess(count);
  Object.assign(summary, r);
  log(
    `assessHousehold            ${r.householdsPerSecond} households per CPU-second (wall: best ${r.householdsPerSecondWall}/s, median ${r.householdsPerSecondWallMedian}/s)`,
  );
  log(
    `  assessHouseholds (batch) ${r.batchHouseholdsPerSecond} per CPU-second (wall ${r.batchHouseholdsPerSecondWall}/s; policy validated once)`,
  );
  log(
    `  with trace               ${r.householdsPerSecondWithTrace} per CPU-second (wall ${r.householdsPerSecondWithTraceWall}/s), ${r.traceSlowdown}× slower`,
  );
  log(`  classes                  ${JSON.stringify(r.classes)}, 低保金 computed for ${r.withBenefit}`);
  log(`第5条 kernel exact (分)    ${r.exactKernelPerSecond} cases per CPU-second`);
  log(
    `  decimal path behind it   ${r.decimalKernelPerSecond} cases per CPU-second (${r.decimalVsFloatSlowdown}× the float time)`,
  );
  log(
    `  plain number reference   ${r.floatKernelPerSecond} cases/s → exact is ${r.exactVsFloatSlowdown}× slower (${r.kernelDisagreements} disagreements)`,
  );
  log(
    `  json-rules-engine        ${r.jsonRulesEnginePerSecond} cases/s → exact is ${r.speedupVsJsonRulesEngine}× faster (${r.jsonRulesEngineDisagreements} disagreements in 1000)`,
  );
}
if (!args['skip-cli']) {
  const count = Number(args['cli-households']);
  log(`\n== cli: dibao assess, ${count} households of JSON Lines`);
  const r = await cli(count);
  summary.cli = r;
  // The *1M keys are only filled by a run of exactly 1 000 000 households (never extrapolated).
  const full = count === 1_000_000;
  summary.cliSeconds1M = full ? r.jobs1.seconds : null;
  summary.cliPeakRssMB = r.jobs1.peakRssMB;
  summary.cliSeconds1MJobs2 = full ? r.jobs2.seconds : null;
  summary.cliPeakRssMBJobs2 = r.jobs2.peakRssMB;
  summary.cliHouseholdsPerSecond = Math.round(count / r.jobs1.seconds);
  summary.cliHouseholdsPerSecondJobs2 = Math.round(count / r.jobs2.seconds);
  log(`input                      ${r.inputMB} MB`);
  log(
    `1 thread                   ${r.jobs1.seconds} s wall, ${r.jobs1.cpuSeconds} s CPU (${summary.cliHouseholdsPerSecond}/s), peak RSS ${r.jobs1.peakRssMB} MB`,
  );
  log(
    `--jobs 2                   ${r.jobs2.seconds} s wall, ${r.jobs2.cpuSeconds} s CPU (${summary.cliHouseholdsPerSecondJobs2}/s), peak RSS ${r.jobs2.peakRssMB} MB`,
  );
  const splitCount = Math.min(count, 100_000);
  const split = await cliSplit(splitCount);
  summary.cliSplitMicrosPerHousehold = split.microsPerHousehold;
  log(
    `1 thread, split (${splitCount})  µs of CPU per household: ${Object.entries(split.microsPerHousehold)
      .map(([k, v]) => `${k} ${v}`)
      .join(', ')}; total ${split.totalMicros}`,
  );
}
if (!args['skip-service']) {
  log('\n== service: dibao serve on 127.0.0.1, POST /assess with keep-alive (bench/service.mjs)');
  const r = await serviceBench({ cli: args.cli });
  Object.assign(summary, r);
  for (const line of serviceReport(r)) log(line);
}
log('\n== import and bundle');
const imp = importTime();
summary.importMs = imp.medianMs;
summary.importMsRuns = imp.runsMs;
summary.importCpuMs = imp.cpuMedianMs;
log(`cold import dist/index.js  ${imp.medianMs} ms wall median (min ${imp.minMs}; ${imp.runsMs.join(', ')})`);
log(`                           ${imp.cpuMedianMs} ms CPU median (${imp.cpuRunsMs.join(', ')})`);
const b = bundleSize();
summary.globalBundleMinKB = b.minKB;
summary.globalBundleGzipKB = b.gzipKB;
log(`global bundle              ${b.minKB} KB minified, ${b.gzipKB} KB gzip`);

if (!args['skip-ab']) {
  log('\n== one rule source: A/B against the commit before it, and the UDF in a bare V8 context');
  const ab = lastJsonLine(
    runNode(['bench/ab.mjs', '--base', 'f03044d', '--households', '20000', '--passes', '9']),
  );
  summary.abUntracedRatio = ab.untraced.ratio;
  summary.abTracedRatio = ab.traced.ratio;
  log(
    `assessHousehold ÷ f03044d   untraced ${ab.untraced.ratio} (${ab.untraced.head} vs ${ab.untraced.base} per CPU-second), traced ${ab.traced.ratio}`,
  );
  const udf = /udfAssess ÷ library = ([0-9.]+)/.exec(runNode(['scripts/measure-bundle.mjs', '20000']));
  summary.udfVsLibrary = udf === null ? null : Number(udf[1]);
  log(`udfAssess ÷ library        ${summary.udfVsLibrary} (JSON text in and out, per CPU-second)`);
}

const met = {};
for (const [k, t] of Object.entries(TARGETS)) {
  const v = summary[k];
  if (typeof v !== 'number') continue;
  met[k] = 'min' in t ? v >= t.min : v <= t.max;
}
summary.targets = TARGETS;
summary.met = met;
summary.loadavgAtEnd = loadavg().map((x) => round(x, 2));
log(
  `\ntargets met: ${Object.entries(met)
    .map(([k, v]) => `${k} ${v ? 'yes' : 'NO'}`)
    .join(', ')}`,
);
log(JSON.stringify(summary));

#!/usr/bin/env node
/**
 * The service under load: `dibao serve` (the built CLI, its own process) on 127.0.0.1 only, driven by
 * autocannon from this process over keep-alive connections with POST /assess bodies of seeded households
 * (1–6 members, bench/households.mjs) under the bench policy. Bounded: a warm-up of `--warmup-seconds`,
 * then a measured run of at most `--seconds` and `--max-requests`, with a hard stop. Reports assessments per
 * second, latency percentiles, errors (connection errors, timeouts and every non-2xx answer) and the load
 * average before and after — the machine is shared, so the load belongs with the figures.
 *
 *   node bench/service.mjs [--connections 4] [--seconds 10] [--warmup-seconds 3] [--max-requests 200000]
 *                          [--cli dist/cli.js]
 * Prints a readable report and, as its last line, one JSON object. `npm run bench` runs it as a part.
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { BENCH_POLICY, BENCH_SEED, generateHouseholds } from './households.mjs';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const round = (x, d = 2) => Math.round(x * 10 ** d) / 10 ** d;

/** Starts `dibao serve --port 0` on 127.0.0.1 and resolves its port. */
async function startServe(cli) {
  const child = spawn(process.execPath, [resolve(root, cli), 'serve', '--host', '127.0.0.1', '--port', '0'], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let err = '';
  child.stderr.setEncoding('utf8');
  const port = await new Promise((res, rej) => {
    const timer = setTimeout(() => rej(new Error(`dibao serve did not start: ${err}`)), 30_000);
    child.stderr.on('data', (s) => {
      err += s;
      const m = /listening on http:\/\/127\.0\.0\.1:(\d+)\//.exec(err);
      if (m) {
        clearTimeout(timer);
        res(Number(m[1]));
      }
    });
    child.on('exit', (code) => rej(new Error(`dibao serve exited ${code}: ${err}`)));
  });
  return { child, port };
}

/** CPU seconds (user + system) a process has used so far, from /proc (Linux); null elsewhere. */
function processCpuSeconds(pid) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100; // utime, stime in clock ticks (USER_HZ 100)
  } catch {
    return null;
  }
}

/** One bounded autocannon run; resolves its result. */
function cannon(opts, hardStopSeconds) {
  return new Promise((res, rej) => {
    const instance = autocannon(opts, (e, result) => (e ? rej(e) : res(result)));
    const timer = setTimeout(() => instance.stop(), hardStopSeconds * 1000);
    instance.on('done', () => clearTimeout(timer));
  });
}

/**
 * The load run. `connections` keep-alive sockets; each cycles through `bodies` distinct households.
 * @returns {Promise<Record<string, unknown>>}
 */
export async function serviceBench({
  cli = 'dist/cli.js',
  connections = 4,
  seconds = 10,
  warmupSeconds = 3,
  maxRequests = 200_000,
  bodies = 1000,
} = {}) {
  const requests = generateHouseholds(bodies, BENCH_SEED).map((household) => ({
    method: 'POST',
    path: '/assess',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ household, policy: BENCH_POLICY }),
  }));
  const { child, port } = await startServe(cli);
  const url = `http://127.0.0.1:${port}`;
  try {
    const base = { url, connections, pipelining: 1, timeout: 10, requests };
    await cannon({ ...base, duration: warmupSeconds }, warmupSeconds + 20);
    const loadBefore = loadavg().map((x) => round(x));
    const cpu0 = process.cpuUsage();
    const server0 = processCpuSeconds(child.pid);
    const r = await cannon({ ...base, duration: seconds, maxOverallRequests: maxRequests }, seconds + 30);
    const cpu = process.cpuUsage(cpu0);
    const server1 = processCpuSeconds(child.pid);
    const serverCpu = server0 === null || server1 === null ? null : server1 - server0;
    const loadAfter = loadavg().map((x) => round(x));
    const total = r.requests.total;
    const errors = r.errors + r.timeouts + r.non2xx;
    return {
      serviceAssessmentsPerSecond: Math.round(total / (r.duration || seconds)),
      serviceRequests: total,
      serviceSeconds: round(r.duration, 2),
      serviceConnections: connections,
      serviceLatencyMs: {
        p50: r.latency.p50,
        p90: r.latency.p90,
        p99: r.latency.p99,
        max: r.latency.max,
        mean: round(r.latency.average),
      },
      serviceP99Ms: r.latency.p99,
      serviceErrors: errors,
      serviceErrorDetail: { errors: r.errors, timeouts: r.timeouts, non2xx: r.non2xx },
      // The server's own CPU time: what one request costs it whatever the machine's load.
      serviceServerCpuSeconds: serverCpu === null ? null : round(serverCpu),
      serviceAssessmentsPerServerCpuSecond: serverCpu ? Math.round(total / serverCpu) : null,
      serviceLoadGeneratorCpuSeconds: round((cpu.user + cpu.system) / 1e6),
      serviceLoadavgBefore: loadBefore,
      serviceLoadavgAfter: loadAfter,
    };
  } finally {
    child.kill('SIGTERM');
    await once(child, 'exit');
  }
}

/** The report lines of a result. */
export function serviceReport(s) {
  return [
    `POST /assess, keep-alive      ${s.serviceAssessmentsPerSecond} assessments/s over ${s.serviceSeconds} s (${s.serviceRequests} requests, ${s.serviceConnections} connections)`,
    `  latency                    p50 ${s.serviceLatencyMs.p50} ms, p90 ${s.serviceLatencyMs.p90} ms, p99 ${s.serviceLatencyMs.p99} ms, max ${s.serviceLatencyMs.max} ms`,
    `  server CPU                 ${s.serviceServerCpuSeconds} s → ${s.serviceAssessmentsPerServerCpuSecond} assessments per server CPU-second; load generator ${s.serviceLoadGeneratorCpuSeconds} s CPU`,
    `  errors                     ${s.serviceErrors} (${JSON.stringify(s.serviceErrorDetail)})`,
    `  load average               before ${s.serviceLoadavgBefore.join(' ')}, after ${s.serviceLoadavgAfter.join(' ')}`,
  ];
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { values } = parseArgs({
    options: {
      connections: { type: 'string', default: '4' },
      seconds: { type: 'string', default: '10' },
      'warmup-seconds': { type: 'string', default: '3' },
      'max-requests': { type: 'string', default: '200000' },
      cli: { type: 'string', default: 'dist/cli.js' },
    },
  });
  const s = await serviceBench({
    cli: values.cli,
    connections: Number(values.connections),
    seconds: Number(values.seconds),
    warmupSeconds: Number(values['warmup-seconds']),
    maxRequests: Number(values['max-requests']),
  });
  for (const line of serviceReport(s)) console.log(line);
  console.log(JSON.stringify(s));
}

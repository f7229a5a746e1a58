#!/usr/bin/env node
/**
 * Measures the spreadsheet/UDF bundle for docs/scale.md and docs/spreadsheet/README.md: its size (minified
 * and gzip -9), what each package contributes, and how many households per second one V8 isolate assesses
 * through the UDF entry — the unit a SQL engine scales out — compared with the library called directly.
 * Run after `npm run build`:   node scripts/measure-bundle.mjs [households=20000]
 */
import { readFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import * as vm from 'node:vm';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bundleFile = join(root, 'dist', 'dibao-rules.global.js');
const source = readFileSync(bundleFile, 'utf8');
const count = Number(process.argv[2] ?? 20000);

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
console.log(
  `bundle  ${kb(Buffer.byteLength(source))} minified, ${kb(gzipSync(source, { level: 9 }).length)} gzip -9`,
);

// Who contributes what: the same entry built with a metafile (same esbuild options as tsup.config.ts).
const meta = await build({
  entryPoints: [join(root, 'src', 'spreadsheet', 'index.ts')],
  bundle: true,
  minify: true,
  format: 'iife',
  globalName: 'DibaoRules',
  target: 'es2017',
  platform: 'browser',
  write: false,
  metafile: true,
});
const parts = {};
for (const out of Object.values(meta.metafile.outputs)) {
  for (const [file, info] of Object.entries(out.inputs)) {
    const key = file.includes('node_modules/')
      ? file.split('node_modules/')[1].split('/')[0]
      : file.split('/').slice(0, 2).join('/');
    parts[key] = (parts[key] ?? 0) + info.bytesInOutput;
  }
}
for (const [k, v] of Object.entries(parts).sort((a, b) => b[1] - a[1]))
  console.log(`  ${k.padEnd(18)} ${kb(v)}`);

/** Deterministic households: 1–5 members, mixed ages and incomes, both areas. */
function households(n) {
  const out = [];
  for (let i = 0; i < n; i++) {
    const size = 1 + (i % 5);
    const members = [];
    for (let m = 0; m < size; m++) {
      const year = 1940 + ((i * 7 + m * 13) % 80);
      members.push({
        birthDate: `${year}-0${1 + (m % 9)}-1${m % 9}`,
        sex: m % 2 ? 'male' : 'female',
        incomes: m === 0 ? [{ kind: 'employment', perMonth: String((i * 37) % 3000) }] : [],
      });
    }
    out.push({
      id: `H${i}`,
      assessmentDate: '2024-06-30',
      area: i % 3 ? 'urban' : 'rural',
      members,
      propertyAssessment: { meetsDibao: i % 7 !== 0, meetsLowIncome: true },
    });
  }
  return out;
}
const policy = {
  dibaoStandardPerMonth: { urban: '770', rural: '520' },
  specialGrantRates: { seriousIllness: '0.3', severeDisability: '0.2', age70Plus: '0.1', minor: '0.1' },
};
const list = households(count);
const texts = list.map((h) => JSON.stringify(h));
const policyText = JSON.stringify(policy);

function rate(label, fn) {
  fn(Math.min(2000, count)); // warm-up
  const t0 = performance.now();
  fn(count);
  const s = (performance.now() - t0) / 1000;
  console.log(`${label.padEnd(58)} ${Math.round(count / s).toLocaleString('en')} households/s`);
}

const ctx = vm.createContext({ texts, policyText, out: null });
vm.runInContext(source, ctx);
console.log(`\n${count} households, one thread (${cpus()[0]?.model ?? 'cpu'}, Node ${process.version})`);
rate('UDF udfAssess in a bare V8 context, JSON text, trace off', (n) =>
  vm.runInContext(
    `for (var i = 0; i < ${n}; i++) out = DibaoRules.udfAssess(texts[i], policyText, '{"trace":false}')`,
    ctx,
  ),
);
rate('UDF udfAssess in a bare V8 context, JSON text, trace on', (n) =>
  vm.runInContext(`for (var i = 0; i < ${n}; i++) out = DibaoRules.udfAssess(texts[i], policyText)`, ctx),
);
rate('sheet DIBAO_BENEFIT(n, H, S, TRUE, TRUE) in the same context', (n) =>
  vm.runInContext(
    `for (var i = 0; i < ${n}; i++) out = DibaoRules.DIBAO_BENEFIT(1 + i % 5, (i * 37) % 3000, 770, true, true)`,
    ctx,
  ),
);
const lib = await import(join(root, 'dist', 'index.js'));
rate('library assessHousehold (dist/index.js), objects, trace off', (n) => {
  for (let i = 0; i < n; i++) lib.assessHousehold(list[i], policy, { trace: false });
});
{
  // udfAssess against what a UDF row does in the library — JSON text in, JSON text out — in passes that
  // alternate, each timed in CPU seconds of this thread (a shared machine's load falls on both alike).
  const library = (n) => {
    for (let i = 0; i < n; i++)
      JSON.stringify(lib.assessHousehold(JSON.parse(texts[i]), JSON.parse(policyText), { trace: false }));
  };
  const udf = (n) =>
    vm.runInContext(
      `for (var i = 0; i < ${n}; i++) out = DibaoRules.udfAssess(texts[i], policyText, '{"trace":false}')`,
      ctx,
    );
  const perCpuSecond = (fn) => {
    const c0 = process.cpuUsage();
    fn(count);
    const c = process.cpuUsage(c0);
    return count / ((c.user + c.system) / 1e6);
  };
  const median = (xs) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)];
  const u = [];
  const l = [];
  for (let k = 0; k < 5; k++) {
    u.push(perCpuSecond(udf));
    l.push(perCpuSecond(library));
  }
  const fmt = (x) => Math.round(x).toLocaleString('en');
  console.log(`\nalternating passes, households per CPU-second (medians of 5):`);
  console.log(`  library, JSON text in and out, trace off  ${fmt(median(l))}  (${l.map(fmt).join(' ')})`);
  console.log(`  udfAssess in a bare V8 context, trace off  ${fmt(median(u))}  (${u.map(fmt).join(' ')})`);
  console.log(`  udfAssess ÷ library = ${(median(u) / median(l)).toFixed(2)} (target ≥ 0.4)`);
}

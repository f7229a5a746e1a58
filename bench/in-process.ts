/**
 * In-process measurements (one thread, so one core): assessHousehold with and without the trace over the
 * seeded households, and the 第5条 kernel — exact decimal vs plain numbers vs json-rules-engine — over the
 * same households' income tests. Bundled from src/ by bench/run.mjs and run in a fresh process; prints one
 * JSON line.
 */
import { assessHousehold, assessHouseholds } from '../src/index.js';
import type { Household } from '../src/schema/household.js';
import type { Policy } from '../src/schema/policy.js';
import { BENCH_POLICY, generateHouseholds } from './households.mjs';
import { decimalKernel, fenKernel, floatKernel, jsonRulesEngineKernel, type KernelCase } from './kernel.js';

const COUNT = Number(process.env.BENCH_HOUSEHOLDS ?? 100_000);
const PASSES = Number(process.env.BENCH_PASSES ?? 3);

const households = generateHouseholds(COUNT) as Household[];
const policy = BENCH_POLICY as Policy;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] as number;
}

/**
 * Runs `pass` `PASSES` times after one warm-up over a fifth of the set; returns per-pass wall seconds and
 * CPU seconds (user + system of this process). On a shared machine the CPU time is what one dedicated
 * core would take; the wall time also counts waiting for a core.
 */
function timePasses(
  pass: (limit: number) => number,
  passes = PASSES,
): { seconds: number[]; cpu: number[]; check: number } {
  let check = pass(Math.ceil(COUNT / 5));
  const seconds: number[] = [];
  const cpu: number[] = [];
  for (let k = 0; k < passes; k++) {
    const c0 = process.cpuUsage();
    const t0 = process.hrtime.bigint();
    check += pass(COUNT);
    seconds.push(Number(process.hrtime.bigint() - t0) / 1e9);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1e6);
  }
  return { seconds, cpu, check };
}

const classes: Record<string, number> = {};
let withBenefit = 0;
const assessPass = (trace: boolean) => (limit: number) => {
  let steps = 0;
  for (let i = 0; i < limit; i++) {
    const r = assessHousehold(households[i] as Household, policy, { trace });
    steps += r.trace.length + r.members.length;
  }
  return steps;
};
for (const h of households) {
  const r = assessHousehold(h, policy, { trace: false });
  classes[r.class] = (classes[r.class] ?? 0) + 1;
  if (r.benefit !== null) withBenefit++;
}
const plain = timePasses(assessPass(false));
// The batch form: the policy validated once for the whole set.
const batch = timePasses(
  (limit) => assessHouseholds(households.slice(0, limit), policy, { trace: false }).length,
);
const traced = timePasses(assessPass(true));

// ── 第5条 kernel ────────────────────────────────────────────────────────────
function fen(money: string | number): bigint {
  const [i, f = ''] = String(money).split('.');
  return BigInt(i ?? '0') * 100n + BigInt(`${f}00`.slice(0, 2));
}
const yuan = (f: bigint) => `${f / 100n}.${String(f % 100n).padStart(2, '0')}`;
const cases: KernelCase[] = households.map((h) => {
  let twelfths = 0n;
  for (const m of h.members)
    for (const e of m.incomes ?? [])
      twelfths += e.perMonth !== undefined ? fen(e.perMonth) * 12n : fen(e.perYear as string | number);
  const s = h.area === 'urban' ? policy.dibaoStandardPerMonth.urban : policy.dibaoStandardPerMonth.rural;
  return {
    householdTwelfths: yuan(twelfths),
    members: h.members.length,
    standardPerMonth: String(s),
    propertyMeetsDibao: h.propertyAssessment?.meetsDibao ?? true,
    propertyMeetsLowIncome: h.propertyAssessment?.meetsLowIncome ?? true,
  };
});
const exact = fenKernel(cases);
const decimal = decimalKernel(cases);
const float = floatKernel(cases);
let disagreements = 0;
for (let i = 0; i < cases.length; i++) if (exact(i) !== float(i) || exact(i) !== decimal(i)) disagreements++;
const KERNEL_REPEAT = 10;
const kernelPass = (f: (i: number) => string) => (limit: number) => {
  let dibao = 0;
  for (let r = 0; r < KERNEL_REPEAT; r++) for (let i = 0; i < limit; i++) if (f(i) === 'dibao') dibao++;
  return dibao;
};
const KERNEL_PASSES = 5;
const exactT = timePasses(kernelPass(exact), KERNEL_PASSES);
const floatT = timePasses(kernelPass(float), KERNEL_PASSES);
const decimalT = timePasses(kernelPass(decimal), KERNEL_PASSES);
const decimalPerSecond = (COUNT * KERNEL_REPEAT) / Math.min(...decimalT.cpu);
const exactPerSecond = (COUNT * KERNEL_REPEAT) / Math.min(...exactT.cpu);
const floatPerSecond = (COUNT * KERNEL_REPEAT) / Math.min(...floatT.cpu);

const JRE_COUNT = Math.min(COUNT, Number(process.env.BENCH_JRE_CASES ?? 10_000));
const jre = jsonRulesEngineKernel();
let jreDisagreements = 0;
for (let i = 0; i < 1000; i++) if ((await jre(cases[i] as KernelCase)) !== exact(i)) jreDisagreements++;
const jreCpu: number[] = [];
for (let k = 0; k < 3; k++) {
  const c0 = process.cpuUsage();
  for (let i = 0; i < JRE_COUNT; i++) await jre(cases[i] as KernelCase);
  const c = process.cpuUsage(c0);
  jreCpu.push((c.user + c.system) / 1e6);
}
const jrePerSecond = JRE_COUNT / Math.min(...jreCpu);

const best = (s: number[]) => COUNT / Math.min(...s);
const med = (s: number[]) => COUNT / median(s);
process.stdout.write(
  `${JSON.stringify({
    households: COUNT,
    classes,
    withBenefit,
    timing: 'householdsPerSecond, kernels: per CPU second of this thread (best pass); *Wall: per wall second',
    householdsPerSecond: Math.round(best(plain.cpu)),
    householdsPerSecondWall: Math.round(best(plain.seconds)),
    householdsPerSecondWallMedian: Math.round(med(plain.seconds)),
    householdsPerSecondWithTrace: Math.round(best(traced.cpu)),
    householdsPerSecondWithTraceWall: Math.round(best(traced.seconds)),
    traceSlowdown: Number((best(plain.cpu) / best(traced.cpu)).toFixed(2)),
    batchHouseholdsPerSecond: Math.round(best(batch.cpu)),
    batchHouseholdsPerSecondWall: Math.round(best(batch.seconds)),
    exactKernelPerSecond: Math.round(exactPerSecond),
    floatKernelPerSecond: Math.round(floatPerSecond),
    exactVsFloatSlowdown: Number((floatPerSecond / exactPerSecond).toFixed(2)),
    decimalKernelPerSecond: Math.round(decimalPerSecond),
    decimalVsFloatSlowdown: Number((floatPerSecond / decimalPerSecond).toFixed(2)),
    kernelDisagreements: disagreements,
    jsonRulesEnginePerSecond: Math.round(jrePerSecond),
    jsonRulesEngineDisagreements: jreDisagreements,
    speedupVsJsonRulesEngine: Number((exactPerSecond / jrePerSecond).toFixed(1)),
    assessVsJsonRulesEngine: Number((best(plain.cpu) / jrePerSecond).toFixed(1)),
    checks: [plain.check, traced.check, exactT.check, floatT.check],
  })}\n`,
);

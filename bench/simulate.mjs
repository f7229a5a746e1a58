#!/usr/bin/env node
/**
 * `node bench/simulate.mjs [--households 20000]`: speed of the what-if study and of entitlements on the seeded
 * households of bench/households.mjs (needs `npm run build`). Never part of the unit tests. Prints a readable
 * report, then one JSON line. Base policy BENCH_POLICY; reform = urban +80, rural +40.
 */
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { assessHousehold, entitlements, renderSimulationHtml, simulate } from '../dist/index.js';
import { BENCH_POLICY, generateHouseholds } from './households.mjs';

const { values } = parseArgs({ options: { households: { type: 'string', default: '20000' } } });
const n = Number(values.households);
const households = generateHouseholds(n);
const reform = { ...BENCH_POLICY, dibaoStandardPerMonth: { urban: '700', rural: '450' } };

function best(label, fn, passes = 3) {
  const times = [];
  let out;
  for (let i = 0; i < passes; i++) {
    const t0 = performance.now();
    out = fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return { label, bestMs: times[0], medianMs: times[Math.floor(times.length / 2)], out };
}

const sim = best('simulate', () => simulate(households, BENCH_POLICY, reform, { trace: false }));
const html = best('renderSimulationHtml', () => renderSimulationHtml(sim.out));
const ent = best('assess+entitlements', () => {
  let measures = 0;
  for (const h of households) {
    try {
      const a = assessHousehold(h, BENCH_POLICY, { trace: false });
      measures += entitlements(h, a, BENCH_POLICY, { trace: false }).measures.length;
    } catch {
      // invalid generated households are counted by simulate; skipped here
    }
  }
  return measures;
});

const perSec = (ms, k) => Math.floor((k / ms) * 1000);
console.log(`households: ${n}; assessed ${sim.out.counts.assessed}, errors ${sim.out.counts.errors}`);
console.log(
  `simulate (2 assessments each): best ${sim.bestMs.toFixed(0)} ms → ${perSec(sim.bestMs, n)} households/s (median ${sim.medianMs.toFixed(0)} ms)`,
);
console.log(
  `cost change ${sim.out.costChange.perMonth} 元/月; gains ${sim.out.gains.length}, losses ${sim.out.losses.length}`,
);
console.log(
  `renderSimulationHtml: best ${html.bestMs.toFixed(1)} ms, ${(html.out.length / 1024).toFixed(0)} KiB`,
);
console.log(
  `assessHousehold + entitlements: best ${ent.bestMs.toFixed(0)} ms → ${perSec(ent.bestMs, n)} households/s, ${ent.out} measures`,
);
console.log(
  JSON.stringify({
    households: n,
    simulatePerSec: perSec(sim.bestMs, n),
    htmlMs: Number(html.bestMs.toFixed(1)),
    htmlBytes: html.out.length,
    entitlementsPerSec: perSec(ent.bestMs, n),
  }),
);

#!/usr/bin/env node
// Generates synthetic households for `dibao assess` (benchmarks, the CLI's scale measurements).
// Deterministic: a seeded PRNG (mulberry32), so the same arguments always give the same file.
//
//   node scripts/gen-households.mjs <count> [--seed 42] [--format jsonl|csv] [--date 2018-09-01]
//                                    [--bad-every N] > households.jsonl
//
// Households have 1–5 members (ages 0–95), urban or rural, incomes of several kinds (monthly or yearly;
// about 3% of members with income unknown), sometimes medical costs, a disability, a serious illness,
// and a 核对平台 property conclusion. With --bad-every N, every Nth household has an invalid birth date
// (an error record in the CLI output). Written with backpressure, so any count runs in flat memory.
import { once } from 'node:events';
import { parseArgs } from 'node:util';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    seed: { type: 'string', default: '42' },
    format: { type: 'string', default: 'jsonl' },
    date: { type: 'string', default: '2018-09-01' },
    'bad-every': { type: 'string', default: '0' },
  },
});
const count = Number(positionals[0] ?? '1000');
if (!Number.isSafeInteger(count) || count < 0) throw new Error(`bad count ${positionals[0]}`);
const format = values.format;
if (format !== 'jsonl' && format !== 'csv') throw new Error('--format jsonl|csv');
const badEvery = Number(values['bad-every']);
const assessmentDate = values.date;
const assessmentYear = Number(assessmentDate.slice(0, 4));

/** mulberry32: a small, well-known 32-bit seeded PRNG. */
function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rnd = mulberry32(Number(values.seed));
const int = (lo, hi) => lo + Math.floor(rnd() * (hi - lo + 1));
const pick = (xs) => xs[Math.floor(rnd() * xs.length)];
const pad = (n) => String(n).padStart(2, '0');

function birthDate(age) {
  return `${assessmentYear - age - 1}-${pad(int(1, 12))}-${pad(int(1, 28))}`;
}

function member(h, i) {
  const age = i === 0 ? int(18, 95) : pick([int(0, 17), int(18, 59), int(60, 95)]);
  const m = { id: `${h}-${i + 1}`, birthDate: birthDate(age), sex: pick(['male', 'female']) };
  const r = rnd();
  if (r < 0.03) {
    // income unknown: `incomes` absent
  } else if (age < 16 || r < 0.25) {
    m.incomes = [];
  } else if (age >= 60) {
    m.incomes = [{ kind: 'pension', perYear: String(int(0, 36000)) }];
  } else {
    m.incomes = [{ kind: 'employment', perMonth: String(int(0, 4000)) }];
    if (rnd() < 0.1) m.incomes.push({ kind: 'transfer', perMonth: `${int(0, 300)}.${pad(int(0, 99))}` });
  }
  if (age >= 16 && age < 60) m.employed = rnd() < 0.6;
  if (rnd() < 0.05)
    m.disability = { category: pick(['physical', 'visual', 'intellectual', 'mental']), grade: int(1, 4) };
  if (rnd() < 0.03) m.seriousIllness = true;
  if (age >= 60 || age < 16) m.supporters = pick(['none', 'unable', 'able', 'able']);
  return m;
}

function household(n) {
  const id = `g${String(n).padStart(8, '0')}`;
  const size = int(1, 5);
  const members = Array.from({ length: size }, (_, i) => member(id, i));
  if (badEvery > 0 && n % badEvery === 0) members[0].birthDate = `${assessmentYear - 30}-02-30`;
  const h = { id, assessmentDate, area: rnd() < 0.7 ? 'urban' : 'rural', members };
  if (rnd() < 0.1) h.medicalOutOfPocketPerYear = String(int(1000, 60000));
  h.propertyAssessment = { meetsDibao: rnd() < 0.9, meetsLowIncome: rnd() < 0.95 };
  return h;
}

const CSV_HEADER = [
  'household_id',
  'assessment_date',
  'area',
  'medical_out_of_pocket_per_year',
  'property_meets_dibao',
  'property_meets_low_income',
  'member_id',
  'birth_date',
  'sex',
  'disability_category',
  'disability_grade',
  'serious_illness',
  'supporters',
  'employed',
  'income_employment_per_month',
  'income_transfer_per_month',
  'income_pension_per_year',
];
const cell = (v) => (v === undefined || v === null ? '' : String(v));
function csvRows(h) {
  return h.members.map((m, i) => {
    const inc = (kind, field) => m.incomes?.find((x) => x.kind === kind)?.[field];
    const none = m.incomes !== undefined && m.incomes.length === 0;
    return [
      h.id,
      i === 0 ? h.assessmentDate : '',
      i === 0 ? h.area : '',
      i === 0 ? h.medicalOutOfPocketPerYear : '',
      i === 0 ? h.propertyAssessment.meetsDibao : '',
      i === 0 ? h.propertyAssessment.meetsLowIncome : '',
      m.id,
      m.birthDate,
      m.sex,
      m.disability?.category,
      m.disability?.grade,
      m.seriousIllness,
      m.supporters,
      m.employed,
      none ? '0' : inc('employment', 'perMonth'),
      inc('transfer', 'perMonth'),
      inc('pension', 'perYear'),
    ]
      .map(cell)
      .join(',');
  });
}

const out = process.stdout;
let buf = format === 'csv' ? `${CSV_HEADER.join(',')}\n` : '';
for (let n = 1; n <= count; n++) {
  const h = household(n);
  buf += format === 'csv' ? `${csvRows(h).join('\n')}\n` : `${JSON.stringify(h)}\n`;
  if (buf.length > 1 << 16) {
    if (!out.write(buf)) await once(out, 'drain');
    buf = '';
  }
}
out.write(buf);

// 第4条 低保标准 and 第12条 特困人员供养标准 of one example locality (examples/locality-changchun-2022.json),
// then the trace of the rural minimum standard step by step.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { dibaoStandards, specialSupport } from '../../dist/index.js';

const ABILITIES = [
  ['able', '具备生活自理能力 able'],
  ['partiallyLost', '部分丧失 partiallyLost'],
  ['fullyLost', '完全丧失 fullyLost'],
];

/** Steps the rural minimum depends on, in the order the rule wrote them. */
const RURAL_MINIMUM_STEPS = new Set([
  'dibaoStandard.dataYear',
  'dibaoStandard.roundingUnit',
  'dibaoStandard.urbanFloor',
  'dibaoStandard.urbanGuidance',
  'dibaoStandard.urbanMinimum',
  'dibaoStandard.incomeRatio',
  'dibaoStandard.ruralBasis',
  'dibaoStandard.ruralDerived',
  'dibaoStandard.povertyLine',
  'dibaoStandard.ruralGuidance',
  'dibaoStandard.ruralMinimum',
]);

/** Display width: CJK and full-width characters take two columns. */
const width = (text) => [...text].reduce((w, ch) => w + ((ch.codePointAt(0) ?? 0) >= 0x2e80 ? 2 : 1), 0);
const row = (label, value) => console.log(`  ${label}${' '.repeat(Math.max(1, 40 - width(label)))}${value}`);
const yuan = (v) => (v === null ? '—' : `${v} 元/月`);

export default async function standardsDemo() {
  const file = join(import.meta.dirname, '..', '..', 'examples', 'locality-changchun-2022.json');
  const example = JSON.parse(readFileSync(file, 'utf8'));
  const { locality } = example;

  const s = dibaoStandards(example.dibaoStandards);
  console.log(
    `\n== 第4条 低保标准 Dibao standards — ${locality.name} (${locality.code}) ${s.year}年, 统计数据 data year ${s.dataYear}`,
  );
  console.log('城市 Urban');
  row('收入下限 floor (20% income ÷ 12)', yuan(s.urban.floorPerMonth));
  row('工资上限 cap (40% minimum wage)', yuan(s.urban.capPerMonth));
  row('区间可行 feasible', s.urban.feasible ? '是 yes' : '否 no');
  row('省指导标准 provincial guidance', yuan(s.urban.guidancePerMonth));
  row(
    '最低标准 minimum',
    `${yuan(s.urban.minimumPerMonth)}  (bound by ${s.urban.minimumBoundBy.join(', ')})`,
  );
  console.log('农村 Rural');
  row('城乡收入比 income ratio', s.rural.incomeRatio);
  row('折算基数 basis (urban)', yuan(s.rural.basisUrbanPerMonth));
  row('比例折算 ratio-derived', yuan(s.rural.derivedPerMonth));
  row('扶贫标准 poverty line ÷ 12', yuan(s.rural.povertyLinePerMonth));
  row('省指导标准 provincial guidance', yuan(s.rural.guidancePerMonth));
  row(
    '最低标准 minimum',
    `${yuan(s.rural.minimumPerMonth)}  (bound by ${s.rural.minimumBoundBy.join(', ')})`,
  );
  row('违规 violations', s.violations.length === 0 ? '无 none' : s.violations.map((v) => v.code).join(', '));

  console.log(`\n== 第12条 特困人员供养标准 Special-support standards — ${locality.name}`);
  const base = example.specialSupport;
  row('上年度低保标准 prior-year dibao', yuan(String(base.priorYearDibaoStandardPerMonth)));
  row('上年度最低工资 prior-year min. wage', yuan(String(base.priorYearMinimumWagePerMonth)));
  for (const [ability, label] of ABILITIES) {
    const r = specialSupport({ ...base, selfCareAbility: ability });
    row(
      label,
      `基本 basic ${r.basicLivingPerMonth} + 照料 care ${r.carePerMonth} = 合计 total ${r.totalPerMonth} 元/月`,
    );
  }

  console.log(`\n== 追踪 Trace: 农村最低标准 rural minimum = ${s.rural.minimumPerMonth} 元/月`);
  let n = 0;
  for (const step of s.trace) {
    if (!RURAL_MINIMUM_STEPS.has(step.rule)) continue;
    n += 1;
    const inputs = Object.entries(step.inputs)
      .map(([k, v]) => `${k}=${v === null ? '—' : v}`)
      .join(', ');
    console.log(`  ${String(n).padStart(2)}. [${step.article}] ${step.rule}: ${step.note}`);
    console.log(`      inputs 输入: ${inputs}`);
    console.log(`      output 结果: ${step.output === null ? '—' : step.output}`);
  }
}

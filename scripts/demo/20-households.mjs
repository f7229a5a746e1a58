// 第5、6、9、10、11条: assess the example households of examples/households.json under the 长春 2018 policy
// (examples/policy-changchun.json), print one line per household, then the full explanation (trace) of one.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { assessHousehold, residencyStandardArea } from '../../dist/index.js';

const CLASS = {
  dibao: '低保 dibao',
  lowIncome: '低收入 lowIncome',
  none: '不属于 none',
  undetermined: '待定 undetermined',
  extremelyPoor: '特困 extremelyPoor',
};

/** Display width: CJK and full-width characters take two columns. */
const width = (text) => [...text].reduce((w, ch) => w + ((ch.codePointAt(0) ?? 0) >= 0x2e80 ? 2 : 1), 0);
const pad = (text, w) => `${text}${' '.repeat(Math.max(1, w - width(text)))}`;
const show = (v) => (v === null ? '—' : typeof v === 'string' ? v : JSON.stringify(v));

export default async function householdsDemo(args) {
  const dir = join(import.meta.dirname, '..', '..', 'examples');
  const policy = JSON.parse(readFileSync(join(dir, 'policy-changchun.json'), 'utf8'));
  const households = JSON.parse(readFileSync(join(dir, 'households.json'), 'utf8'));
  const results = households.map((h) => assessHousehold(h, policy));

  console.log(
    `\n== 第5、6、10、11条 家庭分类与低保金 Household assessment — ${policy.region.name} (${policy.region.code}), 城市标准 urban ${policy.dibaoStandardPerMonth.urban} 元/人·月`,
  );
  const cols = [28, 20, 10, 12, 10];
  console.log(
    `  ${pad('家庭 id', cols[0])}${pad('类别 class', cols[1])}${pad('人均 per cap.', cols[2] + 4)}${pad('低保金 benefit', cols[3] + 4)}警告 warnings / 缺 missing`,
  );
  for (const r of results) {
    const basis = r.basis === 'illnessExpenditure' ? '（因病）' : '';
    const notes = [...r.warnings.map((w) => `${w.code}(${w.article})`), ...r.missing.map((m) => `缺 ${m}`)];
    console.log(
      `  ${pad(r.id ?? '', cols[0])}${pad(CLASS[r.class] + basis, cols[1])}${pad(show(r.perCapitaIncomePerMonth), cols[2] + 4)}${pad(r.benefit ? r.benefit.totalPerMonth : '—', cols[3] + 4)}${notes.join('; ') || '—'}`,
    );
    for (const [i, m] of r.members.entries()) {
      if (
        m.class === r.class &&
        m.specialGroups.length === 0 &&
        !m.dibaoCancelled &&
        m.obligations.length === 0
      )
        continue;
      const bits = [
        CLASS[m.class],
        `${m.age}岁`,
        ...m.specialGroups,
        ...(m.dibaoCancelled ? ['已取消 cancelled (第11条)'] : []),
        ...m.obligations.map((o) => `${o} (第11条)`),
        ...(m.unionHardshipWorker ? ['工会困难职工 (第7条)'] : []),
      ];
      console.log(`      └ ${m.id ?? `members[${i}]`}: ${bits.join(', ')}`);
    }
  }

  const residency = residencyStandardArea({
    assessmentDate: '2019-06-30',
    hukou: 'rural',
    settledInCity: false,
    residencePermit: true,
    continuousResidenceSince: '2018-06-30',
    basicPensionInsuranceSince: '2018-06-30',
    basicMedicalInsuranceSince: '2018-03-01',
  });
  console.log(
    `\n== 第9条 居住证 residence permit: 农业户籍、持居住证、连续居住与缴费满一年 → ${residency.area} (${residency.reason}, ${residency.article})`,
  );

  const pick = args.find((a) => a.startsWith('--household='))?.slice('--household='.length) ?? 'CC-2018-003';
  const chosen = results.find((r) => (r.id ?? '').startsWith(pick)) ?? results[0];
  console.log(`\n== 完整说明 Full explanation — ${chosen.id}`);
  for (const [i, s] of chosen.trace.entries()) {
    console.log(`  ${String(i + 1).padStart(2)}. [${s.article}] ${s.rule} → ${show(s.output)}`);
    console.log(`      ${s.note}`);
    const inputs = Object.entries(s.inputs)
      .map(([k, v]) => `${k}=${show(v)}`)
      .join(', ');
    if (inputs) console.log(`      inputs: ${inputs}`);
  }
}

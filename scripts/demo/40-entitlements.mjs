// 第10–21条 entitlements of one example household (examples/entitlements-household-2019.json under
// examples/policy-entitlements-220100-2019.json), then a what-if study (examples/simulate/).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { assessHousehold, entitlements, simulate } from '../../dist/index.js';

const examples = join(import.meta.dirname, '..', '..', 'examples');
const json = (...p) => JSON.parse(readFileSync(join(examples, ...p), 'utf8'));
const amount = (m) =>
  m.amountPerMonth
    ? `${m.amountPerMonth} 元/月`
    : m.amountPerYear
      ? `${m.amountPerYear} 元/年`
      : m.amountPerEvent
        ? `${m.amountPerEvent} 元/次`
        : '';

export default async function entitlementsDemo() {
  const household = json('entitlements-household-2019.json');
  const policy = json('policy-entitlements-220100-2019.json');
  const assessment = assessHousehold(household, policy);
  const r = entitlements(household, assessment, policy);
  console.log(`\n== 第10–21条 救助措施 Entitlements — ${household.id}, 家庭类别 class ${r.householdClass}`);
  for (const m of r.measures) {
    const who = m.memberIds.length > 0 ? m.memberIds.join(',') : '全户 household';
    const extra = m.details.aids ?? m.details.forms ?? m.details.approvingLevel ?? '';
    console.log(`  ${m.article} ${m.measure} [${m.status}] ${who} ${amount(m)} ${extra}`.trimEnd());
  }
  for (const w of r.warnings) console.log(`  ! ${w.code} ${w.article}: ${w.message.slice(0, 60)}…`);

  const households = readFileSync(join(examples, 'simulate', 'households.jsonl'), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l));
  const s = simulate(
    households,
    json('simulate', 'base-policy.json'),
    json('simulate', 'reform-policy.json'),
  );
  console.log('\n== 政策模拟 What-if (第28条、第30条): 城市 620→700、农村 410→450');
  console.log(
    `  低保金合计 total: ${s.base.totalPerMonth} → ${s.reform.totalPerMonth} 元/月; 资金变化 cost ${s.costChange.perMonth} 元/月 (${s.costChange.perYear} 元/年)`,
  );
  console.log(`  增加 gains: ${s.gains.map((g) => `${g.id} +${g.changePerMonth}`).join(', ') || '—'}`);
  console.log(`  减少 losses: ${s.losses.map((g) => `${g.id} ${g.changePerMonth}`).join(', ') || '—'}`);
  console.log(`  无效 invalid: ${s.errors.map((e) => `${e.id} (${e.issues[0]?.path})`).join(', ') || '—'}`);
  console.log(
    '  HTML: dibao simulate examples/simulate/households.jsonl --base … --reform … --html report.html',
  );
}

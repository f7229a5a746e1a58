/**
 * A self-contained HTML report of a simulation: inline CSS and SVG charts, no script, no network, every
 * text escaped. Chinese with English labels, for the people who set standards (第4条, 第28条, 第30条).
 */
import { toDec } from '../core/money.js';
import { parseInput } from '../schema/parse.js';
import { simulationHtmlSchemas } from '../schema/simulation-result.js';
import type { HouseholdChange, ScenarioSummary, SimulationResult } from './simulate.js';
import { divergingBarChart, escapeHtml, groupedBarChart } from './svg.js';

const HOUSEHOLD_LABELS = {
  dibao: '低保 dibao',
  lowIncome: '低收入 low income',
  none: '不符合 none',
  undetermined: '待定 undetermined',
} as const;
const MEMBER_LABELS = { extremelyPoor: '特困 extremely poor', ...HOUSEHOLD_LABELS } as const;
const SERIES = ['现行 base', '调整 reform'];
/** At most this many households are drawn in the change chart (the tables list them all). */
export const MAX_CHANGE_BARS = 30;

function signed(s: string): string {
  return toDec(s).gt(0) ? `+${s}` : s;
}

function diffCount(a: number, b: number): string {
  const d = b - a;
  return d > 0 ? `+${d}` : String(d);
}

function summaryRows(base: ScenarioSummary, reform: ScenarioSummary): string {
  const rows: Array<[string, string, string, string]> = [];
  for (const k of Object.keys(HOUSEHOLD_LABELS) as Array<keyof typeof HOUSEHOLD_LABELS>) {
    rows.push([
      `家庭 households · ${HOUSEHOLD_LABELS[k]}`,
      String(base.households[k]),
      String(reform.households[k]),
      diffCount(base.households[k], reform.households[k]),
    ]);
  }
  for (const k of Object.keys(MEMBER_LABELS) as Array<keyof typeof MEMBER_LABELS>) {
    rows.push([
      `成员 members · ${MEMBER_LABELS[k]}`,
      String(base.members[k]),
      String(reform.members[k]),
      diffCount(base.members[k], reform.members[k]),
    ]);
  }
  const money: Array<[string, keyof ScenarioSummary]> = [
    ['差额低保金 base benefit (元/月)', 'basePerMonth'],
    ['增发补助金 special grants (元/月)', 'specialGrantsPerMonth'],
    ['低保金合计 total (元/月)', 'totalPerMonth'],
    ['低保金合计 total (元/年)', 'totalPerYear'],
  ];
  for (const [label, key] of money) {
    const a = String(base[key]);
    const b = String(reform[key]);
    rows.push([label, a, b, signed(toDec(b).minus(toDec(a)).toFixed(2))]);
  }
  return rows
    .map(
      (r) =>
        `<tr><th scope="row">${escapeHtml(r[0])}</th><td>${escapeHtml(r[1])}</td><td>${escapeHtml(r[2])}</td><td>${escapeHtml(r[3])}</td></tr>`,
    )
    .join('');
}

function changeTable(id: string, title: string, rows: ReadonlyArray<HouseholdChange>): string {
  if (rows.length === 0) return `<h3>${escapeHtml(title)}</h3><p class="empty">无 none</p>`;
  const body = rows
    .map(
      (r) =>
        `<tr><td>${escapeHtml(r.id)}</td><td>${escapeHtml(r.baseClass)}</td><td>${escapeHtml(r.reformClass)}</td><td>${escapeHtml(r.baseTotalPerMonth)}</td><td>${escapeHtml(r.reformTotalPerMonth)}</td><td>${escapeHtml(signed(r.changePerMonth))}</td></tr>`,
    )
    .join('');
  return `<h3>${escapeHtml(title)} (${rows.length})</h3><table id="${escapeHtml(id)}"><thead><tr><th>家庭 id</th><th>现行类别 base class</th><th>调整后类别 reform class</th><th>现行 base (元/月)</th><th>调整后 reform (元/月)</th><th>变化 change (元/月)</th></tr></thead><tbody>${body}</tbody></table>`;
}

/**
 * Renders a simulation result as one self-contained HTML page with inline SVG charts.
 * @see 第28条
 * @see 第30条
 */
export function renderSimulationHtml(input: SimulationResult, options?: { title?: string }): string {
  // Read once and validated: a hand-made or damaged result is refused by path, never drawn as "NaN".
  const schemas = simulationHtmlSchemas();
  const result = parseInput(schemas.result, input, 'result') as SimulationResult;
  const title =
    parseInput(schemas.options, options, 'options')?.title ?? '低保政策模拟 Dibao policy simulation';
  const { base, reform } = result;
  const householdChart = groupedBarChart(
    'chart-households',
    '各类家庭数 Households by class',
    SERIES,
    (Object.keys(HOUSEHOLD_LABELS) as Array<keyof typeof HOUSEHOLD_LABELS>).map((k) => ({
      label: HOUSEHOLD_LABELS[k],
      values: [base.households[k], reform.households[k]],
    })),
  );
  const memberChart = groupedBarChart(
    'chart-members',
    '各类成员数 Members by class',
    SERIES,
    (Object.keys(MEMBER_LABELS) as Array<keyof typeof MEMBER_LABELS>).map((k) => ({
      label: MEMBER_LABELS[k],
      values: [base.members[k], reform.members[k]],
    })),
  );
  const costChart = groupedBarChart('chart-cost', '每月低保金 Monthly benefit (元/月)', SERIES, [
    { label: '差额 base', values: [base.basePerMonth, reform.basePerMonth] },
    { label: '增发 grants', values: [base.specialGrantsPerMonth, reform.specialGrantsPerMonth] },
    { label: '合计 total', values: [base.totalPerMonth, reform.totalPerMonth] },
  ]);
  const changed = [...result.gains, ...result.losses]
    .sort(
      (a, b) => toDec(b.changePerMonth).abs().comparedTo(toDec(a.changePerMonth).abs()) || a.index - b.index,
    )
    .slice(0, MAX_CHANGE_BARS);
  const changeChart =
    changed.length > 0
      ? divergingBarChart(
          'chart-changes',
          `各户低保金变化 Change per household (元/月${changed.length < result.gains.length + result.losses.length ? `, 前 ${MAX_CHANGE_BARS} top ${MAX_CHANGE_BARS}` : ''})`,
          changed.map((c) => ({ label: c.id, value: c.changePerMonth })),
        )
      : '<p class="empty">没有家庭的低保金发生变化 No household’s benefit changes.</p>';
  const errors =
    result.errors.length === 0
      ? '<p class="empty">无 none</p>'
      : `<table id="table-errors"><thead><tr><th>家庭 id</th><th>政策 policy</th><th>问题 issues</th></tr></thead><tbody>${result.errors
          .map(
            (e) =>
              `<tr><td>${escapeHtml(e.id)}</td><td>${escapeHtml(e.policy)}</td><td><ul>${e.issues
                .map(
                  (i) =>
                    `<li><code>${escapeHtml(i.path)}</code> ${escapeHtml(i.code)}: ${escapeHtml(i.message)}</li>`,
                )
                .join('')}</ul></td></tr>`,
          )
          .join('')}</tbody></table>`;
  const cost = result.costChange;
  return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>${escapeHtml(title)}</title>
<style>
body{font-family:"Noto Sans CJK SC","Microsoft YaHei",sans-serif;margin:2em auto;max-width:960px;color:#222;padding:0 1em}
table{border-collapse:collapse;margin:0.5em 0 1.5em}th,td{border:1px solid #ccc;padding:4px 8px;text-align:right}
th[scope=row],thead th{text-align:left;background:#f5f5f5}figure{margin:1em 0}figcaption{font-size:0.9em;color:#555}
.headline{font-size:1.2em}.gain{color:#2e8b57}.loss{color:#c0392b}.empty{color:#777}
</style>
</head>
<body>
<h1>${escapeHtml(title)}</h1>
<p class="headline" id="cost-change">资金变化 Cost change：<strong>${escapeHtml(signed(cost.perMonth))}</strong> 元/月，<strong>${escapeHtml(signed(cost.perYear))}</strong> 元/年（第28条）</p>
<p>家庭 households: ${result.counts.households}；已评估 assessed: ${result.counts.assessed}；无效 invalid: ${result.counts.errors}。
增加 gains: <span class="gain">${result.gains.length} 户 (+${escapeHtml(result.totalGainPerMonth)} 元/月)</span>；
减少 losses: <span class="loss">${result.losses.length} 户 (−${escapeHtml(result.totalLossPerMonth)} 元/月)</span>。</p>
<h2>汇总 Summary</h2>
<table id="table-summary"><thead><tr><th>项目 item</th><th>现行 base</th><th>调整 reform</th><th>变化 change</th></tr></thead><tbody>${summaryRows(base, reform)}</tbody></table>
<h2>图表 Charts</h2>
${householdChart}
${memberChart}
${costChart}
${changeChart}
<h2>增减明细 Gains and losses</h2>
${changeTable('table-gains', '增加 Gains', result.gains)}
${changeTable('table-losses', '减少 Losses', result.losses)}
${changeTable('table-class-changes', '仅类别变化 Class changes only', result.classChangesOnly)}
<h2>无效家庭 Invalid households</h2>
${errors}
<p class="empty">金额为各户实发低保金的精确合计；家庭与成员类别见 docs/contract.md#assesshousehold。Amounts are exact sums of each household’s paid benefit.</p>
</body>
</html>
`;
}

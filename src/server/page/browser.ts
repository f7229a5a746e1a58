/**
 * The caseworker page's script (the global `DibaoCaseworker`): a household form with members added and
 * removed, the policy picked from the Jilin data pack by region and date (or typed in), and the result
 * with its 核算说明 beside it. Served by `dibao serve` at `/` — then it calls the service — and built into
 * `dist/caseworker.html` with this script inlined — then it calls the same operations in the browser, for
 * intranets without a server. Everything shown from an input or a result is set as text, never as HTML.
 */
import type { HouseholdAssessment } from '../../assess.js';
import { DibaoInputError } from '../../core/errors.js';
import { DibaoDataError } from '../../data/jilin/data-error.js';
import { labelZh } from '../../labels/index.js';
import type { Household, Member } from '../../schema/household.js';
import { explainOperation, parametersOperation, type RegionEntry, regionsOperation } from '../operations.js';
import { checkDepth } from '../request-fields.js';

/** An answer of the service (or of the same operation in the page): the result, or the error body. */
type Answer<T> = { ok: true; value: T } | { ok: false; status: number; error: ErrorBody };

interface ErrorBody {
  name: string;
  message: string;
  messageZh?: string;
  issues?: Array<{ path: string; message: string }>;
}

interface Api {
  mode: string;
  regions(): Promise<Answer<{ regions: RegionEntry[] }>>;
  parameters(region: string, date: string): Promise<Answer<ReturnType<typeof parametersOperation>>>;
  /** The assessment and its 核算说明. */
  explain(body: unknown): Promise<Answer<Explained>>;
}

interface Explained {
  assessment: HouseholdAssessment;
  text: string;
  markdown: string;
}

async function http<T>(path: string, body?: unknown): Promise<Answer<T>> {
  const init: RequestInit =
    body === undefined
      ? {}
      : { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) };
  const res = await fetch(path, init);
  const json = (await res.json()) as unknown;
  if (res.ok) return { ok: true, value: json as T };
  return { ok: false, status: res.status, error: (json as { error: ErrorBody }).error };
}

function local<T>(f: () => T): Promise<Answer<T>> {
  try {
    return Promise.resolve({ ok: true, value: f() });
  } catch (e) {
    if (e instanceof DibaoInputError) return Promise.resolve({ ok: false, status: 422, error: e.toJSON() });
    if (e instanceof DibaoDataError) return Promise.resolve({ ok: false, status: 422, error: e.toJSON() });
    throw e;
  }
}

/** Through the service (the page came from `dibao serve`). */
const httpApi: Api = {
  mode: '服务端计算（dibao serve）',
  regions: () => http('parameters'),
  parameters: (region, date) =>
    http(`parameters/${encodeURIComponent(region)}?date=${encodeURIComponent(date)}`),
  explain: (body) => http('explain', body),
};

/** In the page itself (the offline file). */
const localApi: Api = {
  mode: '本机离线计算（无需服务器）',
  regions: () => local(regionsOperation),
  parameters: (region, date) => local(() => parametersOperation(region, date)),
  explain: (body) =>
    local(() => {
      checkDepth(body);
      return explainOperation(body, { trace: false });
    }),
};

const HOUSEHOLD_CLASS_ZH: Record<string, string> = {
  dibao: '低保家庭',
  lowIncome: '低收入家庭',
  none: '不属于低保或低收入家庭',
  undetermined: '待定（缺少事实）',
};
const memberClassZh = (c: string) => labelZh(c, 'memberClass') ?? c;
const groupZh = (g: string) => labelZh(g, 'specialGroup') ?? g;

function byId<T extends HTMLElement>(id: string): T {
  const el = document.getElementById(id);
  if (!el) throw new Error(`the page has no #${id}`);
  return el as T;
}

function el(tag: string, text?: string, className?: string): HTMLElement {
  const e = document.createElement(tag);
  if (text !== undefined) e.textContent = text;
  if (className) e.className = className;
  return e;
}

function field(row: HTMLElement, name: string): HTMLInputElement & HTMLSelectElement {
  const f = row.querySelector(`[name="${name}"]`);
  if (!f) throw new Error(`a member row has no ${name}`);
  return f as HTMLInputElement & HTMLSelectElement;
}

interface MemberRow {
  id?: string;
  birthDate?: string;
  sex?: string;
  income?: string;
  incomeKind?: string;
  employed?: string;
  seriousIllness?: boolean;
  disabilityCategory?: string;
  disabilityGrade?: string;
  supporters?: string;
}

/** Adds a member row, filled from `m`. */
function addMember(m: MemberRow = {}): HTMLElement {
  const template = byId<HTMLTemplateElement>('member-row');
  const row = (template.content.firstElementChild as HTMLElement).cloneNode(true) as HTMLElement;
  for (const [k, v] of Object.entries(m)) {
    const f = field(row, k);
    if (typeof v === 'boolean') f.checked = v;
    else f.value = v;
  }
  field(row, 'disabilityGrade').disabled = field(row, 'disabilityCategory').value === '';
  field(row, 'disabilityCategory').addEventListener('change', () => {
    field(row, 'disabilityGrade').disabled = field(row, 'disabilityCategory').value === '';
  });
  (row.querySelector('button.remove') as HTMLButtonElement).addEventListener('click', () => row.remove());
  byId('members').appendChild(row);
  return row;
}

const flag = (v: string): boolean | undefined => (v === 'true' ? true : v === 'false' ? false : undefined);
const trimmed = (v: string): string | undefined => (v.trim() === '' ? undefined : v.trim());
const count = (v: string): number | string | undefined => {
  const t = trimmed(v);
  return t === undefined ? undefined : /^[0-9]+$/.test(t) ? Number(t) : t;
};

/** The household the form describes; a blank field is an unknown fact (left out), never a zero. */
function householdFromForm(): Household {
  const members: Member[] = [];
  for (const row of Array.from(byId('members').querySelectorAll('tr'))) {
    const m: Record<string, unknown> = { birthDate: field(row, 'birthDate').value };
    const id = trimmed(field(row, 'id').value);
    if (id !== undefined) m.id = id;
    const sex = field(row, 'sex').value;
    if (sex) m.sex = sex;
    const income = trimmed(field(row, 'income').value);
    if (income !== undefined)
      m.incomes = /^0+(\.0+)?$/.test(income)
        ? []
        : [{ kind: field(row, 'incomeKind').value, perMonth: income }];
    const employed = flag(field(row, 'employed').value);
    if (employed !== undefined) m.employed = employed;
    if (field(row, 'seriousIllness').checked) m.seriousIllness = true;
    const category = field(row, 'disabilityCategory').value;
    if (category) m.disability = { category, grade: Number(field(row, 'disabilityGrade').value) };
    const supporters = field(row, 'supporters').value;
    if (supporters) m.supporters = supporters;
    members.push(m as unknown as Member);
  }
  const h: Record<string, unknown> = {
    assessmentDate: byId<HTMLInputElement>('assessment-date').value,
    area: byId<HTMLSelectElement>('area').value,
    members,
  };
  const id = trimmed(byId<HTMLInputElement>('household-id').value);
  if (id !== undefined) h.id = id;
  const receiving = flag(byId<HTMLSelectElement>('receiving-dibao').value);
  if (receiving !== undefined) h.receivingDibao = receiving;
  const meetsDibao = flag(byId<HTMLSelectElement>('meets-dibao').value);
  const meetsLowIncome = flag(byId<HTMLSelectElement>('meets-low-income').value);
  if (meetsDibao !== undefined || meetsLowIncome !== undefined)
    h.propertyAssessment = { meetsDibao, meetsLowIncome }; // one left blank is named by the 422
  const property: Record<string, unknown> = {};
  const assets = trimmed(byId<HTMLInputElement>('financial-assets').value);
  if (assets !== undefined) property.financialAssets = assets;
  const vehicles = count(byId<HTMLInputElement>('vehicles').value);
  if (vehicles !== undefined) property.vehicles = vehicles;
  const housing = count(byId<HTMLInputElement>('extra-housing').value);
  if (housing !== undefined) property.extraHousingUnits = housing;
  if (Object.keys(property).length > 0) h.property = property;
  return h as unknown as Household;
}

/** `members[1].incomes` → `成员 2（儿子）.incomes`: members by their id, never by a JSON path alone. */
function memberPath(path: string, household: Household): string {
  return path.replace(/members\[(\d+)\]\.?/g, (_, i: string) => {
    const m = household.members[Number(i)];
    return `成员${Number(i) + 1}${m?.id ? `（${m.id}）` : ''} `;
  });
}

function showError(target: HTMLElement, error: ErrorBody, household?: Household): void {
  target.replaceChildren();
  target.appendChild(el('p', error.messageZh ?? '输入有误，请按下列各项修改：', 'error'));
  const list = el('ul', undefined, 'plain error');
  for (const i of error.issues ?? [])
    list.appendChild(el('li', `${household ? memberPath(i.path, household) : i.path}：${i.message}`));
  if ((error.issues ?? []).length === 0 && error.messageZh === undefined)
    list.appendChild(el('li', error.message));
  target.appendChild(list);
}

function renderResult(r: HouseholdAssessment, household: Household): void {
  const out = byId('result');
  out.replaceChildren();
  out.appendChild(el('p', `家庭类别：${HOUSEHOLD_CLASS_ZH[r.class] ?? r.class}`, 'verdict')).id = 'verdict';
  if (r.benefit) {
    const p = el('p');
    p.append(
      '每月低保金 ',
      Object.assign(el('span', r.benefit.totalPerMonth, 'amount'), { id: 'total' }),
      ' 元',
    );
    out.appendChild(p);
    const parts = el('p');
    parts.append(
      '其中 差额部分 ',
      Object.assign(el('strong', r.benefit.basePerMonth), { id: 'base' }),
      ' 元，增发补助金 ',
      Object.assign(el('strong', r.benefit.specialGrantsPerMonth), { id: 'grants' }),
      ' 元',
    );
    out.appendChild(parts);
  } else {
    out.appendChild(Object.assign(el('p', '无低保金（或尚不能确定）', 'muted'), { id: 'total' }));
  }
  out.appendChild(
    el(
      'p',
      `适用低保标准 ${r.standardPerMonth} 元/人·月；家庭月人均收入 ${r.perCapitaIncomePerMonth ?? '未知'} 元`,
    ),
  );
  const table = el('table');
  const head = el('tr');
  for (const h of ['成员', '年龄', '类别', '特殊群体', '月收入', '增发补助金']) head.appendChild(el('th', h));
  table.appendChild(head);
  r.members.forEach((m, i) => {
    const tr = el('tr');
    const who = household.members[i]?.id ?? `成员${i + 1}`;
    tr.append(
      el('td', who),
      el('td', `${m.age}`, 'num'),
      el('td', memberClassZh(m.class)),
      el('td', m.specialGroups.map(groupZh).join('、') || '—'),
      el('td', m.incomePerMonth ?? '未知', 'num'),
      el('td', m.specialGrantPerMonth ?? '—', 'num'),
    );
    table.appendChild(tr);
  });
  out.appendChild(table);
  if (r.missing.length > 0) {
    out.appendChild(el('p', '尚缺的事实（补充后可得出结论）：'));
    const ul = el('ul', undefined, 'plain');
    for (const m of r.missing) ul.appendChild(el('li', memberPath(m, household)));
    out.appendChild(ul);
  }
  if (r.warnings.length > 0) {
    out.appendChild(el('p', '提示：'));
    const ul = el('ul', undefined, 'plain');
    for (const w of r.warnings) ul.appendChild(el('li', `${w.article}：${memberPath(w.message, household)}`));
    out.appendChild(ul);
  }
}

async function loadRegions(api: Api): Promise<void> {
  const answer = await api.regions();
  const select = byId<HTMLSelectElement>('region');
  if (!answer.ok) return;
  for (const r of answer.value.regions) {
    const o = document.createElement('option');
    o.value = r.code;
    o.textContent = `${r.name}（${r.code}）`;
    select.appendChild(o);
  }
  select.value = '220100';
}

async function loadPolicy(api: Api): Promise<void> {
  const region = byId<HTMLSelectElement>('region').value;
  const date = byId<HTMLInputElement>('policy-date').value;
  const source = byId('policy-source');
  const answer = await api.parameters(region, date);
  if (!answer.ok) {
    source.textContent = answer.error.messageZh ?? answer.error.message;
    return;
  }
  const p = answer.value;
  const lines: string[] = [];
  for (const area of ['urban', 'rural'] as const) {
    const s = p.dibaoStandardPerMonth[area];
    if (s)
      lines.push(`${area === 'urban' ? '城市' : '农村'}低保标准 ${s.perMonth} 元/人·月（${s.ref.source}）`);
  }
  // The pack's other gaps (guidance, wage, other years) do not concern the policy; a standard missing that day does.
  if (!p.policy) {
    for (const m of p.missing)
      if (m.value.startsWith('dibaoStandardPerMonth') && m.period === date) lines.push(m.messageZh);
    lines.push('请在下方政策 JSON 中填写 dibaoStandardPerMonth。');
  }
  source.textContent = lines.join('；');
  if (p.policy) byId<HTMLTextAreaElement>('policy').value = JSON.stringify(p.policy, null, 2);
}

async function submit(api: Api): Promise<void> {
  const status = byId('status');
  const household = householdFromForm();
  let policy: unknown;
  try {
    policy = JSON.parse(byId<HTMLTextAreaElement>('policy').value);
  } catch {
    showError(byId('result'), {
      name: 'NotJson',
      message: '',
      messageZh: '政策 JSON 格式有误，请检查括号与引号。',
    });
    return;
  }
  status.textContent = '核算中…';
  let answer: Answer<Explained>;
  try {
    answer = await api.explain({ household, policy });
  } catch (e) {
    status.textContent = '';
    showError(byId('result'), { name: 'Error', message: String(e), messageZh: `核算失败：${String(e)}` });
    return;
  }
  status.textContent = '';
  byId('print-household-text').textContent =
    `${household.id ?? ''} 评估日期 ${household.assessmentDate}，成员 ${household.members.length} 人`;
  if (!answer.ok) {
    showError(byId('result'), answer.error, household);
    byId('explain').textContent = '—';
    return;
  }
  renderResult(answer.value.assessment, household);
  byId('explain').textContent = answer.value.text;
  document.body.dataset.state = 'done';
}

/** Starts the page: the service when the page came from it, else the operations in the page. */
export function start(): void {
  const api = document.querySelector('meta[name="dibao-service"]') ? httpApi : localApi;
  byId('mode').textContent = api.mode;
  addMember({ id: '母亲', birthDate: '1980-05-01', sex: 'female', income: '900', employed: 'true' });
  addMember({ id: '儿子', birthDate: '2010-03-15', sex: 'male', income: '0', supporters: 'able' });
  byId('add-member').addEventListener('click', () => addMember());
  byId('load-policy').addEventListener('click', () => void loadPolicy(api));
  byId('print').addEventListener('click', () => window.print());
  byId('household-form').addEventListener('submit', (e) => {
    e.preventDefault();
    void submit(api);
  });
  void loadRegions(api)
    .then(() => loadPolicy(api))
    .then(() => {
      document.body.dataset.ready = 'true';
    });
}

if (typeof document !== 'undefined') {
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
}

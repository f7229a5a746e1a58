/**
 * Every code the library can write has a Chinese label: the codes of the TypeScript unions (checked at
 * compile time below and by `satisfies` in the label modules), the values of the schemas' enums, every code
 * in the results of all fixtures and of the examples, and every trace rule id — those the fixtures' traces
 * reach and those written in the rules' source.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  ADL_ITEMS,
  type AssessmentWarningCode,
  type DibaoIssueCode,
  type DibaoStandardViolationCode,
  type EntitlementMeasureName,
  HOUSING_TENURES,
  type HouseholdClass,
  LABELS_ZH,
  labelZh,
  type MemberClass,
  type ResidencyReason,
  residencyStandardArea,
  SCHOOLING_STAGES,
  type SpecialGroup,
  type SpecialSupportViolationCode,
} from '../../src/index.js';
import { DISABILITY_CATEGORIES, INCOME_KINDS } from '../../src/schema/household.js';
import {
  HARDSHIP_EVENT_KINDS,
  HARDSHIP_SEVERITIES,
  TEMPORARY_ASSISTANCE_TYPES,
} from '../../src/schema/temporary-assistance.js';
import { FIXTURE_RUNNERS } from '../fixture-runners.js';

const ROOT = join(import.meta.dirname, '..', '..');

// Compile-time: each table covers its union (a code added to a union without a label fails `tsc`).
const unions: Array<Readonly<Record<string, string>>> = [
  LABELS_ZH.householdClass satisfies Record<HouseholdClass, string>,
  LABELS_ZH.memberClass satisfies Record<MemberClass, string>,
  LABELS_ZH.specialGroup satisfies Record<SpecialGroup, string>,
  LABELS_ZH.warning satisfies Record<AssessmentWarningCode, string>,
  LABELS_ZH.violation satisfies Record<DibaoStandardViolationCode | SpecialSupportViolationCode, string>,
  LABELS_ZH.issue satisfies Record<DibaoIssueCode, string>,
  LABELS_ZH.entitlementMeasure satisfies Record<EntitlementMeasureName, string>,
  LABELS_ZH.residencyReason satisfies Record<ResidencyReason, string>,
];

/** Every `{ kind, code }` a result holds, by the field it sits in. */
function codesIn(value: unknown, out: Array<[string, string]>, rules: Set<string>): void {
  if (Array.isArray(value)) {
    for (const v of value) codesIn(v, out, rules);
    return;
  }
  if (value === null || typeof value !== 'object') return;
  const o = value as Record<string, unknown>;
  if (typeof o.rule === 'string' && typeof o.note === 'string') {
    rules.add(o.rule); // a trace step: its inputs and output are values, not result fields
    return;
  }
  for (const [key, v] of Object.entries(o)) {
    if (typeof v === 'string') {
      if (['class', 'householdClass'].includes(key)) out.push(['memberClass', v]);
      if (key === 'basis') out.push(['basis', v]);
      if (key === 'code' && /^[A-Z_]+$/.test(v)) out.push(['warning|violation', v]);
      if (key === 'code' && /^[a-z_A-Z]+$/.test(v) && !/^[A-Z_]+$/.test(v)) out.push(['issue', v]);
      if (key === 'measure') out.push(['entitlementMeasure', v]);
      if (key === 'status') out.push(['entitlementStatus|temporaryAssistanceStatus', v]);
      if (key === 'selfCareAbility') out.push(['selfCareAbility', v]);
      if (key === 'approvingLevel') out.push(['approvingLevel', v]);
      if (key === 'area') out.push(['area', v]);
      if (key === 'extremelyPoorRules') out.push(['extremelyPoorRules', v]);
      if (key === 'rulesVersion') out.push(['rulesVersion', v]);
      if (key === 'reason' && /^[A-Z_]+$/.test(v)) out.push(['residencyReason', v]);
    }
    if (Array.isArray(v) && ['specialGroups', 'obligations'].includes(key))
      for (const g of v) out.push([key === 'specialGroups' ? 'specialGroup' : 'obligation', String(g)]);
    codesIn(v, out, rules);
  }
}

/** Runs every fixture (and the example households) and collects the codes and rule ids of the outcomes. */
function collect(): { codes: Array<[string, string]>; rules: Set<string> } {
  const codes: Array<[string, string]> = [];
  const rules = new Set<string>();
  for (const dir of readdirSync(join(ROOT, 'fixtures'))) {
    const run = FIXTURE_RUNNERS[dir];
    if (run === undefined) continue;
    for (const f of readdirSync(join(ROOT, 'fixtures', dir)).filter((n) => n.endsWith('.json'))) {
      const fx = JSON.parse(readFileSync(join(ROOT, 'fixtures', dir, f), 'utf8')) as { input: unknown };
      try {
        codesIn(run(fx.input), codes, rules);
      } catch (e) {
        codesIn((e as { issues?: unknown }).issues, codes, rules);
      }
    }
  }
  for (const facts of [
    { assessmentDate: '2019-06-30', hukou: 'urban' },
    { assessmentDate: '2019-06-30', hukou: 'rural', settledInCity: true },
    {
      assessmentDate: '2019-06-30',
      hukou: 'rural',
      settledInCity: false,
      residencePermit: true,
      continuousResidenceSince: '2018-06-30',
      basicPensionInsuranceSince: '2018-06-30',
      basicMedicalInsuranceSince: '2018-03-01',
    },
    { assessmentDate: '2019-06-30', hukou: 'rural', settledInCity: false, residencePermit: false },
    { assessmentDate: '2019-06-30' },
  ])
    codesIn(residencyStandardArea(facts as never), codes, rules);
  return { codes, rules };
}

/** The rule ids written in the rules' source: literal `.step('id'` and the `${level}` / `${m.measure}` forms. */
function ruleIdsInSource(): string[] {
  const ids: string[] = [];
  const walk = (dir: string): void => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.ts'))
        for (const m of readFileSync(p, 'utf8').matchAll(/\.step\(\s*(['`])([^'`]+)\1/g))
          ids.push(m[2] as string);
    }
  };
  walk(join(ROOT, 'src'));
  const expanded: string[] = [];
  for (const id of ids) {
    if (!/\$\{/.test(id)) expanded.push(id);
    else if (/\$\{level\}/.test(id) && id.startsWith('property.'))
      for (const level of ['dibao', 'lowIncome']) expanded.push(id.replace(/\$\{level\}/, level));
    else if (/\$\{level\}/.test(id))
      for (const level of ['able', 'partiallyLost', 'fullyLost'])
        expanded.push(id.replace(/\$\{level\}/, level));
    else if (/\$\{m\.measure\}/.test(id))
      for (const m of Object.keys(LABELS_ZH.entitlementMeasure))
        expanded.push(id.replace(/\$\{m\.measure\}/, m));
    else expanded.push(id); // an unforeseen template: fails below, so this test learns its values
  }
  return expanded;
}

describe('LABELS_ZH covers every code', () => {
  it('the TypeScript unions (compile time) and the schemas’ enums', () => {
    expect(unions.every((t) => Object.keys(t).length > 0)).toBe(true);
    const enums: Array<[Parameters<typeof labelZh>[1], readonly string[]]> = [
      ['incomeKind', INCOME_KINDS],
      ['disabilityCategory', DISABILITY_CATEGORIES],
      ['schoolingStage', SCHOOLING_STAGES],
      ['housingTenure', HOUSING_TENURES],
      ['adlItem', ADL_ITEMS],
      ['hardshipEventKind', HARDSHIP_EVENT_KINDS],
      ['hardshipSeverity', HARDSHIP_SEVERITIES],
      ['temporaryAssistanceType', TEMPORARY_ASSISTANCE_TYPES],
    ];
    const unlabelled = enums.flatMap(([kind, codes]) => codes.filter((c) => labelZh(c, kind) === null));
    expect(unlabelled).toEqual([]);
  });

  it('every code in the results and errors of every fixture, the residency helper and the examples', () => {
    const { codes } = collect();
    expect(codes.length).toBeGreaterThan(500);
    const unlabelled = codes.filter(([kinds, code]) =>
      kinds.split('|').every((k) => labelZh(code, k as never) === null),
    );
    expect([...new Set(unlabelled.map(([k, c]) => `${k}:${c}`))]).toEqual([]);
  });

  it('every trace rule id of the fixtures’ traces and of the rules’ source', () => {
    const { rules } = collect();
    const fromSource = ruleIdsInSource();
    expect(rules.size).toBeGreaterThan(80);
    expect(fromSource.length).toBeGreaterThan(60);
    const unlabelled = [...rules, ...fromSource].filter((id) => labelZh(id, 'rule') === null);
    expect([...new Set(unlabelled)]).toEqual([]);
  });

  it('the names of the rules in force since 2021 (basis, warnings)', () => {
    expect(labelZh('gradualExit', 'basis')).toBe('渐退期');
    expect(labelZh('GRADUAL_EXIT', 'warning')).toBe('渐退期');
    expect(labelZh('SINGLE_PERSON_DIBAO', 'warning')).toBe('单人户纳入低保');
    expect(labelZh('national2021', 'rulesVersion')).toBe('国家现行规定（2021年起）');
  });
});

describe('labelZh', () => {
  it('finds a code in the first kind that has it, or only in the kind asked', () => {
    expect(labelZh('lowIncome')).toBe('低收入');
    expect(labelZh('age70Plus')).toBe('70周岁以上老年人');
    expect(labelZh('minor')).toBe('未成年人');
    expect(labelZh('THRESHOLD_EQUALITY')).toBe('收入恰等于标准线');
    expect(labelZh('none')).toBe('不属于低保或低收入');
    expect(labelZh('none', 'supporters')).toBe('无法定赡养、抚养、扶养义务人');
    expect(labelZh('seriousIllness')).toBe('重病患者');
    expect(labelZh('seriousIllness', 'hardshipEventKind')).toBe('重大疾病');
    expect(labelZh('classification.incomeTest')).toBe('收入检验');
    expect(labelZh('classification.incomeTest', 'rule')).toBe('收入检验');
    expect(labelZh('classification.incomeTest', 'householdClass')).toBeNull();
  });

  it('is null for what is not a code, prototype keys included', () => {
    for (const x of ['', 'xyz', '__proto__', 'constructor', 'toString', 'hasOwnProperty', 'LOWINCOME'])
      expect(labelZh(x)).toBeNull();
    expect(labelZh('toString', 'rule')).toBeNull();
    expect(labelZh('constructor', 'householdClass')).toBeNull();
  });
});

/**
 * The explanation of residencyStandardArea (第9条): the four steps a caseworker reads — 户籍, 进城落户, the
 * 居住证 path with each one-year test, and the area with its reason — and the standard step of the household
 * assessment. Also: a since date after the assessment date is not one year, and the missing facts are listed
 * in a fixed order.
 */
import { describe, expect, it } from 'vitest';
import { residencyStandardArea } from '../../src/index.js';
import { applicableStandard } from './decimal-rules.js';
import { policy, tracer } from './household-helpers.js';

const permit = {
  assessmentDate: '2019-06-30',
  hukou: 'rural',
  settledInCity: false,
  residencePermit: true,
  continuousResidenceSince: '2018-06-30',
  basicPensionInsuranceSince: '2018-06-30',
  basicMedicalInsuranceSince: '2018-06-30',
} as const;

describe('residencyStandardArea trace', () => {
  it('居住证 with one year of each: every step lists what it read, the area step gives the reason', () => {
    const r = residencyStandardArea(permit);
    expect(r.trace).toEqual([
      {
        rule: 'residency.hukou',
        article: '第9条',
        inputs: { hukou: 'rural' },
        output: false,
        note: '城市（城镇）户籍适用城市低保标准',
      },
      {
        rule: 'residency.settledInCity',
        article: '第9条',
        inputs: { settledInCity: false },
        output: false,
        note: '进城落户农业人口及时纳入城市低保',
      },
      {
        rule: 'residency.residencePermit',
        article: '第9条',
        inputs: {
          residencePermit: true,
          continuousResidenceSince: '2018-06-30',
          basicPensionInsuranceSince: '2018-06-30',
          basicMedicalInsuranceSince: '2018-06-30',
          assessmentDate: '2019-06-30',
          residenceOneYear: true,
          pensionOneYear: true,
          medicalOneYear: true,
        },
        output: true,
        note: '持城市居住证，且连续居住、缴纳基本养老保险和基本医疗保险均满一年以上（含一年）',
      },
      {
        rule: 'residency.area',
        article: '第9条',
        inputs: { reason: 'RESIDENCE_PERMIT' },
        output: 'urban',
        note: '适用居住地城市低保标准',
      },
    ]);
  });

  it('rural: the area step says the urban standard does not apply', () => {
    const r = residencyStandardArea({ ...permit, residencePermit: false });
    expect(r.trace.at(-1)).toEqual({
      rule: 'residency.area',
      article: '第9条',
      inputs: { reason: 'RURAL' },
      output: 'rural',
      note: '不适用城市低保标准',
    });
  });

  it('undetermined: the area step says a missing fact could change it; all facts absent are listed in order', () => {
    const r = residencyStandardArea({ assessmentDate: '2019-06-30' });
    expect(r).toMatchObject({ area: null, reason: 'UNDETERMINED' });
    expect(r.missing).toEqual([
      'hukou',
      'settledInCity',
      'residencePermit',
      'continuousResidenceSince',
      'basicPensionInsuranceSince',
      'basicMedicalInsuranceSince',
    ]);
    expect(r.trace.map((s) => s.output)).toEqual([null, null, null, null]);
    expect(r.trace[0]?.inputs).toEqual({ hukou: null });
    expect(r.trace[1]?.inputs).toEqual({ settledInCity: null });
    expect(r.trace[2]?.inputs).toMatchObject({
      residencePermit: null,
      continuousResidenceSince: null,
      residenceOneYear: null,
    });
    expect(r.trace[3]?.note).toBe('所缺事实可能改变结论');
  });

  it('settled in the city: urban whatever the permit facts, and none of them is missing', () => {
    const r = residencyStandardArea({ assessmentDate: '2019-06-30', hukou: 'rural', settledInCity: true });
    expect(r).toMatchObject({ area: 'urban', reason: 'SETTLED_IN_CITY', missing: [] });
  });

  it('a since date after the assessment date is not one year (and not unknown)', () => {
    const r = residencyStandardArea({ ...permit, basicMedicalInsuranceSince: '2019-07-01' });
    expect(r).toMatchObject({ area: 'rural', reason: 'RURAL', missing: [] });
    expect(r.trace[2]?.inputs.medicalOneYear).toBe(false);
  });

  it('the permit path fails on one known failure even when other permit facts are unknown', () => {
    const r = residencyStandardArea({
      assessmentDate: '2019-06-30',
      hukou: 'rural',
      settledInCity: false,
      residencePermit: true,
      continuousResidenceSince: '2019-01-01',
    });
    expect(r).toMatchObject({ area: 'rural', missing: [] });
    expect(r.trace[2]).toMatchObject({
      output: false,
      inputs: { residenceOneYear: false, pensionOneYear: null },
    });
  });

  it('hukou unknown with the permit path open: only the open facts are listed', () => {
    const r = residencyStandardArea({
      ...permit,
      hukou: undefined as never,
      basicPensionInsuranceSince: undefined as never,
    });
    expect(r.missing).toEqual(['hukou', 'basicPensionInsuranceSince']);
  });
});

describe('residencyStandardArea — an unknown fact keeps the answer open only if it could change it', () => {
  const oneYear = {
    continuousResidenceSince: '2018-06-30',
    basicPensionInsuranceSince: '2018-06-30',
    basicMedicalInsuranceSince: '2018-06-30',
  };

  it('permit unknown, every one-year test met: the permit decides → undetermined, residencePermit missing', () => {
    const r = residencyStandardArea({
      assessmentDate: '2019-06-30',
      hukou: 'rural',
      settledInCity: false,
      ...oneYear,
    });
    expect(r).toMatchObject({ area: null, reason: 'UNDETERMINED', missing: ['residencePermit'] });
  });

  it('residence start unknown, permit and insurance met: undetermined, continuousResidenceSince missing', () => {
    const { continuousResidenceSince: _, ...rest } = oneYear;
    const r = residencyStandardArea({
      assessmentDate: '2019-06-30',
      hukou: 'rural',
      settledInCity: false,
      residencePermit: true,
      ...rest,
    });
    expect(r).toMatchObject({ area: null, missing: ['continuousResidenceSince'] });
  });

  it('户籍 unknown, not settled, no permit: 户籍 decides → undetermined, only hukou missing', () => {
    const r = residencyStandardArea({
      assessmentDate: '2019-06-30',
      settledInCity: false,
      residencePermit: false,
    });
    expect(r).toMatchObject({ area: null, reason: 'UNDETERMINED', missing: ['hukou'] });
  });

  it('rural 户籍, settlement unknown, no permit: undetermined, only settledInCity missing', () => {
    const r = residencyStandardArea({ assessmentDate: '2019-06-30', hukou: 'rural', residencePermit: false });
    expect(r).toMatchObject({ area: null, reason: 'UNDETERMINED', missing: ['settledInCity'] });
  });
});

describe('applicableStandard trace', () => {
  it('urban and rural: the standard read and both figures listed', () => {
    const p = policy();
    const t = tracer();
    expect(applicableStandard(p, 'urban', t).toString()).toBe('620');
    expect(applicableStandard(p, 'rural', t).toString()).toBe('410');
    expect(t.steps).toEqual([
      {
        rule: 'policy.dibaoStandardPerMonth',
        article: '第9条',
        inputs: { area: 'urban', urban: '620', rural: '410' },
        output: '620',
        note: '适用当地城市低保标准（元/人·月）',
      },
      {
        rule: 'policy.dibaoStandardPerMonth',
        article: '第9条',
        inputs: { area: 'rural', urban: '620', rural: '410' },
        output: '410',
        note: '适用当地农村低保标准（元/人·月）',
      },
    ]);
  });
});

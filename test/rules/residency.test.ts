/** 第9条: urban standard from 户籍, 进城落户, or 居住证 + one year of residence, pension and medical insurance. */
import { describe, expect, it } from 'vitest';
import { DibaoInputError, residencyStandardArea } from '../../src/index.js';

const permit = {
  assessmentDate: '2019-06-30',
  hukou: 'rural' as const,
  settledInCity: false,
  residencePermit: true,
  continuousResidenceSince: '2018-06-30',
  basicPensionInsuranceSince: '2018-06-30',
  basicMedicalInsuranceSince: '2018-01-01',
};

describe('residencyStandardArea (第9条)', () => {
  it('urban 户籍', () => {
    expect(residencyStandardArea({ assessmentDate: '2019-06-30', hukou: 'urban' })).toMatchObject({
      area: 'urban',
      reason: 'URBAN_HUKOU',
      article: '第9条',
      missing: [],
    });
  });
  it('进城落户', () => {
    expect(
      residencyStandardArea({ assessmentDate: '2019-06-30', hukou: 'rural', settledInCity: true }).reason,
    ).toBe('SETTLED_IN_CITY');
  });
  it('居住证 with exactly one year of each (一年以上 includes one year)', () => {
    expect(residencyStandardArea(permit)).toMatchObject({ area: 'urban', reason: 'RESIDENCE_PERMIT' });
  });
  it('one day short of a year on any of the three → rural', () => {
    for (const k of [
      'continuousResidenceSince',
      'basicPensionInsuranceSince',
      'basicMedicalInsuranceSince',
    ] as const) {
      expect(residencyStandardArea({ ...permit, [k]: '2018-07-01' })).toMatchObject({
        area: 'rural',
        reason: 'RURAL',
      });
    }
  });
  it('a start on 29 February completes its year on 28 February', () => {
    const leap = {
      ...permit,
      continuousResidenceSince: '2016-02-29',
      basicPensionInsuranceSince: '2016-02-29',
      basicMedicalInsuranceSince: '2016-02-29',
    };
    expect(residencyStandardArea({ ...leap, assessmentDate: '2017-02-28' }).area).toBe('urban');
    expect(residencyStandardArea({ ...leap, assessmentDate: '2017-02-27' }).area).toBe('rural');
  });
  it('no permit → rural', () => {
    expect(residencyStandardArea({ ...permit, residencePermit: false }).area).toBe('rural');
  });
  it('unknown facts that could decide → undetermined with the missing ones', () => {
    const { basicMedicalInsuranceSince: _, ...noMedical } = permit;
    expect(residencyStandardArea(noMedical)).toMatchObject({
      area: null,
      reason: 'UNDETERMINED',
      missing: ['basicMedicalInsuranceSince'],
    });
    expect(residencyStandardArea({ assessmentDate: '2019-06-30' }).missing).toEqual([
      'hukou',
      'settledInCity',
      'residencePermit',
      'continuousResidenceSince',
      'basicPensionInsuranceSince',
      'basicMedicalInsuranceSince',
    ]);
  });
  it('an unknown that cannot change the answer is not missing', () => {
    expect(residencyStandardArea({ assessmentDate: '2019-06-30', hukou: 'urban' }).missing).toEqual([]);
    expect(residencyStandardArea({ ...permit, settledInCity: undefined as never }).area).toBe('urban');
  });
  it('trace: false gives the same answer with an empty trace', () => {
    const r = residencyStandardArea(permit, { trace: false });
    expect(r.trace).toEqual([]);
    expect({ ...r, trace: residencyStandardArea(permit).trace }).toEqual(residencyStandardArea(permit));
  });
  it('bad dates and unknown keys are path-named errors', () => {
    expect(() => residencyStandardArea({ ...permit, continuousResidenceSince: '2018-02-30' })).toThrow(
      DibaoInputError,
    );
    let thrown: unknown;
    try {
      residencyStandardArea({ ...permit, hukuo: 'urban' } as never);
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(DibaoInputError);
    expect((thrown as DibaoInputError).issues[0]).toMatchObject({ path: 'hukuo', code: 'unknown_key' });
  });
});

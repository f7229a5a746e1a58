/** policyFor: the standards in force on the date, ready for assessHousehold. */
import { describe, expect, it } from 'vitest';
import { DibaoDataError, policyFor, specialSupportFor } from '../../src/data/jilin/index.js';
import { assessHousehold, type DibaoInputError } from '../../src/index.js';

describe('policyFor', () => {
  it('长春市区 on 2018-08-01: urban 620, rural 4920 ÷ 12 = 410', () => {
    expect(policyFor('220100', '2018-08-01')).toEqual({
      region: { code: '220100', name: '长春市' },
      dibaoStandardPerMonth: { urban: '620', rural: '410' },
    });
  });

  it('keeps the caller’s other parameters and lets them fill a missing standard', () => {
    const p = policyFor('220400', '2018-08-01', {
      dibaoStandardPerMonth: { rural: '350' },
      thresholdInclusive: true,
    });
    expect(p).toEqual({
      region: { code: '220400', name: '辽源市' },
      thresholdInclusive: true,
      dibaoStandardPerMonth: { urban: '550', rural: '350' },
    });
  });

  it('names every missing standard and its overrides key', () => {
    try {
      policyFor('220100', '2019-03-01');
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(DibaoDataError);
      const d = e as DibaoDataError;
      expect(d.supplyAs).toBe('overrides.dibaoStandardPerMonth.urban');
      expect(d.alsoMissing.map((m) => m.supplyAs)).toEqual(['overrides.dibaoStandardPerMonth.rural']);
    }
  });

  it('长白山 (JL-CBS) has no GB/T 2260 code: no region block', () => {
    const p = policyFor('JL-CBS', '2018-08-01', { dibaoStandardPerMonth: { rural: '400' } });
    expect(p.region).toBeUndefined();
    expect(p.dibaoStandardPerMonth.urban).toBe('550');
  });

  it('榆树 rural 3650 ÷ 12: six people with exactly 1825 a month sit exactly on n·S (literal: none + THRESHOLD_EQUALITY)', () => {
    const policy = policyFor('220182', '2018-08-01', {
      propertyLimits: { dibao: { maxVehicles: 0 }, lowIncome: { maxVehicles: 1 } },
    });
    const household = {
      assessmentDate: '2018-08-01',
      area: 'rural' as const,
      property: { vehicles: 0 },
      members: [
        {
          birthDate: '1970-01-01',
          sex: 'male' as const,
          incomes: [{ kind: 'business' as const, perMonth: '1825' }],
        },
        ...Array.from({ length: 5 }, () => ({
          birthDate: '1970-01-01',
          sex: 'female' as const,
          incomes: [],
        })),
      ],
    };
    const a = assessHousehold(household, policy);
    expect(a.class).toBe('none');
    expect(a.warnings.map((w) => w.code)).toContain('THRESHOLD_EQUALITY');
    const rest = household.members.slice(1);
    const head = { birthDate: '1970-01-01', sex: 'male' as const };
    const below = assessHousehold(
      {
        ...household,
        members: [{ ...head, incomes: [{ kind: 'business' as const, perMonth: '1824.99' }] }, ...rest],
      },
      policy,
    );
    expect(below.class).toBe('dibao');
  });

  it('a bad override is a DibaoInputError from the policy schema', () => {
    expect(() => policyFor('220100', '2018-08-01', { thresholdInclusive: 'yes' } as never)).toThrow(
      /thresholdInclusive/,
    );
  });
});

describe('misspelt keys are errors, never silently ignored', () => {
  it('policyFor: overrides.dibaoStandardPerMonth.urbn', () => {
    try {
      policyFor('220100', '2018-08-01', { dibaoStandardPerMonth: { urbn: '600' } } as never);
      expect.unreachable();
    } catch (e) {
      expect((e as DibaoInputError).issues[0]).toMatchObject({
        path: 'overrides.dibaoStandardPerMonth.urbn',
        code: 'unknown_key',
      });
    }
  });
  it('specialSupportFor: options.supplied.priorYearStandard', () => {
    try {
      specialSupportFor('220100', 2019, 'urban', 'able', { supplied: { priorYearStandard: '600' } as never });
      expect.unreachable();
    } catch (e) {
      expect((e as DibaoInputError).issues[0]).toMatchObject({
        path: 'options.supplied.priorYearStandard',
        code: 'unknown_key',
      });
    }
  });
});

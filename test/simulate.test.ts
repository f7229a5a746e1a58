import { describe, expect, it } from 'vitest';
import {
  DibaoInputError,
  type Household,
  type Policy,
  renderSimulationHtml,
  simulate,
} from '../src/index.js';

const base: Policy = {
  dibaoStandardPerMonth: { urban: '620', rural: '410' },
  specialGrantRates: { minor: '0.1' },
};
const reform: Policy = {
  dibaoStandardPerMonth: { urban: '620.01', rural: '410' },
  specialGrantRates: { minor: '0.1' },
};

function one(id: string, income: string): Household {
  return {
    id,
    assessmentDate: '2019-03-01',
    area: 'urban',
    members: [
      {
        birthDate: '1980-01-01',
        sex: 'male',
        incomes: [{ kind: 'employment', perMonth: income }],
        employed: true,
      },
    ],
    propertyAssessment: { meetsDibao: true, meetsLowIncome: true },
  };
}

describe('simulate (第28条, 第30条)', () => {
  it('identical policies: no gains, no losses, zero cost change', () => {
    const hs = [one('a', '100'), one('b', '700')];
    const r = simulate(hs, base, base);
    expect(r.gains).toEqual([]);
    expect(r.losses).toEqual([]);
    expect(r.classChangesOnly).toEqual([]);
    expect(r.costChange).toEqual({ perMonth: '0.00', perYear: '0.00' });
    expect(r.base).toEqual(r.reform);
  });

  it('sums exact cents: three households each gain 0.01', () => {
    const r = simulate([one('a', '0'), one('b', '10.5'), one('c', '619.99')], base, reform);
    expect(r.gains.map((g) => g.changePerMonth)).toEqual(['0.01', '0.01', '0.01']);
    expect(r.base.totalPerMonth).toBe('1229.51');
    expect(r.reform.totalPerMonth).toBe('1229.54');
    expect(r.costChange).toEqual({ perMonth: '0.03', perYear: '0.36' });
  });

  it('income equal to the reform standard: 低收入 under the base, none under the literal reading (class change only)', () => {
    const r = simulate([one('edge', '620')], { dibaoStandardPerMonth: { urban: '619', rural: '410' } }, base);
    expect(r.base.households.lowIncome).toBe(1);
    expect(r.reform.households.none).toBe(1);
    expect(r.classChangesOnly).toEqual([
      expect.objectContaining({
        id: 'edge',
        baseClass: 'lowIncome',
        reformClass: 'none',
        changePerMonth: '0.00',
      }),
    ]);
  });

  it('records invalid households and keeps going; ids fall back to the index path', () => {
    const r = simulate(
      [one('ok', '100'), { assessmentDate: '2019-02-30', area: 'urban', members: [] } as never, 42 as never],
      base,
      reform,
    );
    expect(r.counts).toEqual({ households: 3, assessed: 1, errors: 2 });
    expect(r.errors.map((e) => e.id)).toEqual(['households[1]', 'households[2]']);
    expect(r.errors[0]?.issues.map((i) => i.path)).toContain('households[1].assessmentDate');
  });

  it('refuses a bad policy with a prefixed path', () => {
    try {
      simulate([], base, { dibaoStandardPerMonth: { urban: '1,200', rural: '410' } } as never);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(DibaoInputError);
      expect((e as DibaoInputError).issues[0]?.path).toBe('reformPolicy.dibaoStandardPerMonth.urban');
    }
  });

  it('is deterministic and never mutates its inputs', () => {
    const hs = [one('a', '100'), one('b', '650')];
    const before = JSON.stringify([hs, base, reform]);
    expect(JSON.stringify(simulate(hs, base, reform))).toBe(JSON.stringify(simulate(hs, base, reform)));
    expect(JSON.stringify([hs, base, reform])).toBe(before);
  });

  it('the HTML report is self-contained and escapes every text', () => {
    const evil = one('<script>alert("x")</script>&', '0');
    const html = renderSimulationHtml(simulate([evil], base, reform));
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&amp;');
    expect(html).not.toMatch(/https?:\/\/(?!www\.w3\.org\/2000\/svg)/);
    expect(html.match(/<svg /g)?.length).toBe(4);
  });
});

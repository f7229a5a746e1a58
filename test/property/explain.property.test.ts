/**
 * Properties of the 核算说明 over generated households and policies: it is always written (a valid input never
 * makes it throw), names every member by id or position and never by JSON path, carries the class label and the
 * 低保金 of the result, explains every trace step and every missing fact, and holds no `undefined`, `NaN` or
 * `[object …]`. fast-check prints the seed of a failure; FC_SEED=<seed> replays it.
 */
import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { oneLine } from '../../src/explain/document.js';
import { assessHousehold, explainAssessment, labelZh } from '../../src/index.js';
import { householdArb, policyArb } from './arbitraries.js';

const RUNS = {
  numRuns: 60,
  ...(process.env.FC_SEED === undefined ? {} : { seed: Number(process.env.FC_SEED) }),
};

describe('explainAssessment (properties)', () => {
  it('explains every generated household fully, in words', () => {
    fc.assert(
      fc.property(householdArb, policyArb(fc.boolean()), (household, policy) => {
        const result = assessHousehold(household, policy);
        const { text, markdown } = explainAssessment(household, policy, result);
        for (const out of [text, markdown]) {
          expect(out).not.toMatch(/members\[\d+\]|undefined|NaN|\[object /);
          expect(out).toContain(labelZh(result.class, 'householdClass') as string);
        }
        for (const [i, m] of household.members.entries()) {
          const id = m.id === undefined ? undefined : oneLine(m.id).trim();
          expect(text).toContain(
            `${id === undefined || id === '' ? `第${i + 1}位成员` : `成员 ${id}`}（${m.birthDate} 出生，${result.members[i]?.age} 周岁）`,
          );
        }
        const steps = text.slice(text.indexOf('三、核算步骤'), text.indexOf('四、尚缺事实'));
        expect(steps.match(/^ {2}\d+\. /gm)?.length ?? 0).toBe(result.trace.length);
        if (result.benefit !== null) expect(text).toContain(`每月低保金：${result.benefit.totalPerMonth} 元`);
        if (result.missing.length > 0) {
          const missing = text.slice(text.indexOf('四、尚缺事实'), text.indexOf('五、提示'));
          expect(missing.match(/^ {2}\d+\. /gm)?.length ?? 0).toBe(result.missing.length);
        }
      }),
      RUNS,
    );
  });
});

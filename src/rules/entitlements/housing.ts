/**
 * 第19条: housing assistance for poor households in housing hardship.
 */
import { addMeasure, type Ctx, missingFor } from './context.js';

/**
 * 第19条：住房困难的城市贫困家庭，以实物保障（公租房）与租赁补贴相结合解决住房困难；
 * 住在棚户区改造范围内的纳入棚户区改造。市场租房的列租赁补贴，其他列实物保障，住房性质未知的两者皆列。
 * @see 第19条
 */
export function housingMeasure(ctx: Ctx): void {
  if (ctx.householdPoor === false) return;
  const housing = ctx.household.housing;
  if (ctx.householdPoor === null) {
    if (housing !== undefined && !housing.hardship) return;
    addMeasure(ctx, {
      measure: 'housingAssistance',
      article: '第19条',
      status: 'undetermined',
      members: [],
      facts: { householdClass: ctx.assessment.class, housingHardship: housing?.hardship ?? null },
      missing: [...missingFor(ctx, null), ...(housing === undefined ? ['housing'] : [])],
      note: '家庭是否属城市贫困人口尚无法判断',
    });
    return;
  }
  if (housing === undefined) {
    addMeasure(ctx, {
      measure: 'housingAssistance',
      article: '第19条',
      status: 'undetermined',
      members: [],
      facts: { householdClass: ctx.assessment.class },
      missing: ['housing'],
      note: '城市贫困家庭，住房状况未知',
    });
    return;
  }
  if (!housing.hardship) return;
  const forms: string[] =
    housing.tenure === 'privateRental'
      ? ['rentalSubsidy']
      : housing.tenure === undefined
        ? ['publicRentalHousing', 'rentalSubsidy']
        : ['publicRentalHousing'];
  if (housing.shantytown === true) forms.push('shantytownRenovation');
  addMeasure(ctx, {
    measure: 'housingAssistance',
    article: '第19条',
    status: 'applies',
    members: [],
    facts: {
      householdClass: ctx.assessment.class,
      housingHardship: true,
      tenure: housing.tenure ?? null,
      shantytown: housing.shantytown ?? null,
    },
    details: { forms },
    missing: housing.tenure === undefined ? ['housing.tenure'] : [],
    note: '住房困难的城市贫困家庭，实物保障与租赁补贴相结合解决住房困难',
  });
}

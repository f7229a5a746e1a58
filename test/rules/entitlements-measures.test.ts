/**
 * entitlements (第10–21条) measure by measure, from an assessment written by hand (so each expectation follows
 * from the articles and the facts given, not from assessHousehold): every field a caseworker reads — status,
 * members, facts, details, amounts, missing paths and the note — and the trace step each measure writes.
 */
import { describe, expect, it } from 'vitest';
import {
  type AssessedMemberView,
  type AssessmentView,
  type EntitlementMeasure,
  entitlements,
  type Household,
  type Policy,
} from '../../src/index.js';

const STANDARDS = { urban: '620', rural: '410' };
const member = (
  over: Partial<AssessedMemberView> & Pick<AssessedMemberView, 'age' | 'class'>,
): AssessedMemberView => ({
  laborCapacity: true,
  specialGroups: [],
  workingAge: false,
  dibaoCancelled: false,
  obligations: [],
  specialGrantPerMonth: null,
  ...over,
});

/** The trace step addMeasure writes for a measure entry. */
function stepOf(m: EntitlementMeasure) {
  return {
    rule: `entitlements.${m.measure}`,
    article: m.article,
    inputs: { members: m.memberPaths, ...m.facts, ...m.details },
    output: m.amountPerMonth ?? m.amountPerYear ?? m.amountPerEvent ?? m.status,
    note: m.note,
  };
}

describe('a 低保 household with a 特困 member (S = 620)', () => {
  const household: Household = {
    assessmentDate: '2018-09-01',
    area: 'urban',
    members: [
      {
        birthDate: '1946-03-01',
        sex: 'female',
        incomes: [{ kind: 'pension', perMonth: '300' }],
        supporters: 'none',
        selfCareAbility: 'partiallyLost',
        pensionEligible: true,
      },
      { birthDate: '1961-06-01', incomes: [], employed: false, employmentTerminated: true },
      { birthDate: '1980-01-01', sex: 'male', incomes: [], employed: false, registeredHardToEmploy: true },
    ],
    propertyAssessment: { meetsDibao: true, meetsLowIncome: true },
    housing: { hardship: true, tenure: 'privateRental', shantytown: true },
  };
  const assessment: AssessmentView = {
    class: 'dibao',
    standardPerMonth: '620.00',
    missing: ['members[1].sex'],
    members: [
      member({
        age: 72,
        class: 'extremelyPoor',
        laborCapacity: false,
        specialGroups: ['age70Plus'],
        specialGrantPerMonth: '62.00',
      }),
      member({ age: 57, class: 'dibao', workingAge: null, specialGrantPerMonth: '0.00' }),
      member({
        age: 38,
        class: 'dibao',
        workingAge: true,
        obligations: ['communityService'],
        specialGrantPerMonth: '0.00',
      }),
    ],
  };
  const policy: Policy = {
    dibaoStandardPerMonth: STANDARDS,
    specialGrantRates: { age70Plus: '0.1' },
    entitlements: {
      source: '测试数字',
      illustrative: true,
      priorYear: { dibaoStandardPerMonth: { urban: '600', rural: '400' }, minimumWagePerMonth: '1640' },
      medicalInsurance: {
        personalContributionPerYear: '250',
        subsidyRates: { extremelyPoor: '1', dibao: '0.5', lowIncome: '0' },
      },
    },
  };
  const run = () => entitlements(household, assessment, policy);
  const base = { memberIds: [], details: {}, missing: [] };

  it('lists every measure in article order, then member order, each with its facts and note', () => {
    const r = run();
    expect(r.measures).toEqual([
      {
        ...base,
        measure: 'specialGrant',
        article: '第10条',
        status: 'applies',
        memberPaths: ['members[0]'],
        facts: { specialGroups: ['age70Plus'], householdClass: 'dibao', 'rate.age70Plus': '0.1' },
        amountPerMonth: '62.00',
        details: { stacking: 'max', standardPerMonth: '620.00', ratesNotSet: [] },
        note: '70周岁以上老年人：增发补助金 = 低保标准 × 比例（取最高一项）',
      },
      {
        ...base,
        measure: 'communityService',
        article: '第11条',
        status: 'applies',
        memberPaths: ['members[2]'],
        facts: { workingAge: true, employed: false },
        note: '就业年龄段内尚未就业的低保对象，应参加居委会组织的公益性社区服务',
      },
      {
        // 第12条 with S(prior) = 600, W = 1640: 1.3 × 600 = 780; partly lost 20% × 1640 = 328
        ...base,
        measure: 'extremelyPoorSupport',
        article: '第12条',
        status: 'applies',
        memberPaths: ['members[0]'],
        facts: { class: 'extremelyPoor', age: 72, selfCareAbility: 'partiallyLost' },
        amountPerMonth: '1108.00',
        details: { basicLivingPerMonth: '780.00', carePerMonth: '328.00', violations: [] },
        note: '特困人员供养金额 = 基本生活标准 + 照料护理标准',
      },
      ...[0, 1, 2].map((i) => ({
        ...base,
        measure: 'medicalAssistance',
        article: '第15条',
        status: 'applies',
        memberPaths: [`members[${i}]`],
        facts: { class: i === 0 ? 'extremelyPoor' : 'dibao' },
        note: '城市贫困人口纳入医疗救助范围',
      })),
      {
        ...base,
        measure: 'insuranceContributionSubsidy',
        article: '第16条',
        status: 'applies',
        memberPaths: ['members[0]'],
        facts: { class: 'extremelyPoor', subsidyRate: '1', personalContributionPerYear: '250' },
        amountPerYear: '250.00',
        details: { coverage: 'full' },
        note: '个人缴费由财政全额补助',
      },
      ...[1, 2].map((i) => ({
        ...base,
        measure: 'insuranceContributionSubsidy',
        article: '第16条',
        status: 'applies',
        memberPaths: [`members[${i}]`],
        facts: { class: 'dibao', subsidyRate: '0.5', personalContributionPerYear: '250' },
        amountPerYear: '125.00', // 0.5 × 250
        details: { coverage: 'partial' },
        note: '个人缴费由财政部分补助：补助额 = 缴费标准 × 补助比例',
      })),
      {
        ...base,
        measure: 'housingAssistance',
        article: '第19条',
        status: 'applies',
        memberPaths: [],
        facts: { householdClass: 'dibao', housingHardship: true, tenure: 'privateRental', shantytown: true },
        details: { forms: ['rentalSubsidy', 'shantytownRenovation'] },
        note: '住房困难的城市贫困家庭，实物保障与租赁补贴相结合解决住房困难',
      },
      {
        ...base,
        measure: 'employmentAssistance',
        article: '第20条',
        status: 'applies',
        memberPaths: ['members[2]'],
        facts: { registeredHardToEmploy: true, class: 'dibao' },
        details: { priority: true, services: ['skillsTraining', 'freeJobServices', 'startupSupport'] },
        note: '经登记认定的就业困难人员，优先开展就业援助',
      },
      {
        // members[2] is of working age and not employed; members[1] may be (sex unknown, 57) and is not employed
        ...base,
        measure: 'zeroEmploymentHousehold',
        article: '第20条',
        status: 'applies',
        memberPaths: ['members[2]'],
        facts: { workingAgeMembers: ['members[2]'], employedWorkingAgeMembers: 0, householdClass: 'dibao' },
        details: {
          priority: true,
          goal: 'atLeastOneEmployed',
          laborAge: '16–60(男)/55(女)',
          possiblyWorkingAge: ['members[1]'],
        },
        note: '零就业家庭：劳动年龄段内有劳动能力的成员均未就业，优先援助，确保至少1人就业',
      },
      {
        ...base,
        measure: 'pensionClaim',
        article: '第21条',
        status: 'undetermined',
        memberPaths: ['members[0]'],
        facts: { pensionEligible: true, receivingPension: null, class: 'extremelyPoor' },
        missing: ['members[0].receivingPension'],
        note: '已达到领取养老金条件，按规定享受基本养老保险待遇',
      },
      {
        ...base,
        measure: 'socialInsuranceTransfer',
        article: '第21条',
        status: 'applies',
        memberPaths: ['members[1]'],
        facts: { employmentTerminated: true, class: 'dibao' },
        note: '解除劳动关系的困难职工，做好各项社会保险转移接续',
      },
    ]);
  });

  it('missing, warnings, class; the household step and one trace step per measure', () => {
    const r = run();
    expect(r.householdClass).toBe('dibao');
    expect(r.missing).toEqual(['members[0].receivingPension']);
    expect(r.warnings).toEqual([
      {
        code: 'ILLUSTRATIVE_FIGURES',
        article: '第16条',
        message: 'entitlements 参数为示例数字，并非当地公布的标准（来源：测试数字）',
      },
    ]);
    expect(r.trace[0]).toEqual({
      rule: 'entitlements.householdClass',
      article: '第5条',
      inputs: { householdClass: 'dibao', standardPerMonth: '620.00' },
      output: true,
      note: '特困、低保、低收入成员属城市贫困人口，据此确定可享受的救助措施',
    });
    expect(
      r.trace.filter((s) => s.rule.startsWith('entitlements.') && s.rule !== 'entitlements.householdClass'),
    ).toEqual(r.measures.map(stepOf));
    // the 第12条 computation is traced in full between the household step and its measure
    expect(r.trace.filter((s) => s.rule.startsWith('specialSupport.')).map((s) => s.rule)).toContain(
      'specialSupport.total',
    );
  });

  it('trace: false gives the same measures and no steps', () => {
    const r = run();
    const quiet = entitlements(household, assessment, policy, { trace: false });
    expect(quiet).toEqual({ ...r, trace: [] });
  });
});

describe('a household whose class is undetermined', () => {
  const household: Household = {
    assessmentDate: '2018-09-01',
    area: 'urban',
    members: [
      { birthDate: '1950-01-01', pensionEligible: true, receivingPension: false, employmentTerminated: true },
      { birthDate: '2012-01-01', incomes: [], orphan: true },
      { birthDate: '1990-01-01', incomes: [], registeredHardToEmploy: true, schoolingStage: 'higher' },
    ],
  };
  const all = ['members[0].incomes', 'propertyAssessment'];
  const assessment: AssessmentView = {
    class: 'undetermined',
    standardPerMonth: '620',
    missing: all,
    members: [
      member({ age: 68, class: 'undetermined', laborCapacity: false, dibaoCancelled: null }),
      member({
        age: 6,
        class: 'undetermined',
        laborCapacity: false,
        specialGroups: ['minor'],
        dibaoCancelled: null,
      }),
      member({ age: 28, class: 'undetermined', laborCapacity: null, workingAge: null, dibaoCancelled: null }),
    ],
  };
  const run = () => entitlements(household, assessment, { dibaoStandardPerMonth: STANDARDS });
  const open = { memberIds: [], details: {}, status: 'undetermined', missing: all };
  const NOT_KNOWN_POOR = '成员是否属城市贫困人口尚无法判断';

  it('every measure that may apply is listed as undetermined with the paths that would decide it', () => {
    const r = run();
    expect(r.measures).toEqual([
      {
        ...open,
        measure: 'specialGrant',
        article: '第10条',
        memberPaths: ['members[1]'],
        facts: { specialGroups: ['minor'], householdClass: 'undetermined' },
        note: '属低保特殊对象，但家庭是否为低保家庭尚无法判断',
      },
      ...[
        [0, 68],
        [1, 6],
      ].map(([i, age]) => ({
        ...open,
        measure: 'extremelyPoorSupport',
        article: '第12条',
        memberPaths: [`members[${i}]`],
        facts: { age, disability: false },
        note: '属老年人、残疾人或未满16周岁未成年人，是否特困人员尚无法判断',
      })),
      ...[0, 1, 2].map((i) => ({
        ...open,
        measure: 'medicalAssistance',
        article: '第15条',
        memberPaths: [`members[${i}]`],
        facts: { class: 'undetermined' },
        note: NOT_KNOWN_POOR,
      })),
      ...[0, 1, 2].map((i) => ({
        ...open,
        measure: 'insuranceContributionSubsidy',
        article: '第16条',
        memberPaths: [`members[${i}]`],
        facts: { class: 'undetermined', householdClass: 'undetermined' },
        note: NOT_KNOWN_POOR,
      })),
      {
        ...open,
        measure: 'educationAid',
        article: '第18条',
        memberPaths: ['members[1]'],
        facts: { age: 6, class: 'undetermined' },
        missing: ['members[1].schoolingStage', ...all],
        note: '成员处于可能在读的年龄，学段未知',
      },
      {
        ...open,
        measure: 'educationAid',
        article: '第18条',
        memberPaths: ['members[2]'],
        facts: { schoolingStage: 'higher', class: 'undetermined' },
        note: '在读高等教育，家庭是否经济困难尚无法判断',
      },
      {
        ...open,
        measure: 'housingAssistance',
        article: '第19条',
        memberPaths: [],
        facts: { householdClass: 'undetermined', housingHardship: null },
        missing: [...all, 'housing'],
        note: '家庭是否属城市贫困人口尚无法判断',
      },
      {
        ...open,
        measure: 'employmentAssistance',
        article: '第20条',
        memberPaths: ['members[2]'],
        facts: { registeredHardToEmploy: true, class: 'undetermined' },
        details: { priority: true, services: ['skillsTraining', 'freeJobServices', 'startupSupport'] },
        note: '经登记认定的就业困难人员，优先开展就业援助',
      },
      {
        // no member known to be of working age; members[2] may be (labor capacity and sex unknown)
        ...open,
        measure: 'zeroEmploymentHousehold',
        article: '第20条',
        memberPaths: ['members[2]'],
        facts: { workingAgeMembers: [], employedWorkingAgeMembers: 0, householdClass: 'undetermined' },
        details: {
          priority: true,
          goal: 'atLeastOneEmployed',
          laborAge: '16–60(男)/55(女)',
          possiblyWorkingAge: ['members[2]'],
        },
        missing: ['members[2].employed', 'members[2].laborCapacity', ...all],
        note: '可能为零就业家庭，所需事实未知',
      },
      {
        ...open,
        measure: 'socialInsuranceTransfer',
        article: '第21条',
        memberPaths: ['members[0]'],
        facts: { employmentTerminated: true, class: 'undetermined' },
        note: '解除劳动关系的困难职工，做好各项社会保险转移接续',
      },
      {
        ...open,
        measure: 'pensionClaim',
        article: '第21条',
        memberPaths: ['members[0]'],
        facts: { pensionEligible: true, receivingPension: false, class: 'undetermined' },
        note: '已达到领取养老金条件，按规定享受基本养老保险待遇',
      },
    ]);
  });

  it('the union of missing paths in first-seen order; the household step says poverty is open', () => {
    const r = run();
    expect(r.missing).toEqual([
      'members[0].incomes',
      'propertyAssessment',
      'members[1].schoolingStage',
      'housing',
      'members[2].employed',
      'members[2].laborCapacity',
    ]);
    expect(r.warnings).toEqual([]);
    expect(r.trace[0]).toMatchObject({
      output: null,
      inputs: { householdClass: 'undetermined', standardPerMonth: '620.00' },
    });
  });
});

describe('a 低收入 household: education by stage, a zero subsidy rate, housing tenure unknown', () => {
  const kids: Household['members'] = [
    { birthDate: '1978-01-01', sex: 'male', incomes: [], employed: true },
    { birthDate: '2013-06-01', schoolingStage: 'preschool' },
    { birthDate: '2006-01-01', schoolingStage: 'compulsory' },
    { birthDate: '2002-01-01', schoolingStage: 'seniorHigh' },
    { birthDate: '2001-01-01', schoolingStage: 'secondaryVocational' },
    { birthDate: '2014-01-01', schoolingStage: 'preschool', inclusiveKindergarten: false },
    { birthDate: '2008-01-01', schoolingStage: 'compulsory', boarding: true },
    { birthDate: '1998-01-01', schoolingStage: 'none' },
  ];
  const ages = [40, 5, 12, 16, 17, 4, 10, 20];
  const household: Household = {
    assessmentDate: '2018-09-01',
    area: 'urban',
    members: kids,
    housing: { hardship: true },
  };
  const assessment: AssessmentView = {
    class: 'lowIncome',
    standardPerMonth: '620.00',
    missing: [],
    members: ages.map((age, i) =>
      member({ age, class: 'lowIncome', workingAge: i === 0, laborCapacity: i === 0 || age >= 16 }),
    ),
  };
  const policy: Policy = {
    dibaoStandardPerMonth: STANDARDS,
    entitlements: {
      source: '当地文件',
      illustrative: false,
      medicalInsurance: {
        personalContributionPerYear: '250',
        subsidyRates: { extremelyPoor: '1', dibao: '0.5', lowIncome: '0' },
      },
    },
  };
  const run = () => entitlements(household, assessment, policy);
  const of = (measure: string) => run().measures.filter((m) => m.measure === measure);

  it('education aid by stage; an unknown kindergarten or boarding fact named; not in a 普惠 kindergarten: none', () => {
    expect(
      of('educationAid').map((m) => [
        m.memberPaths[0],
        m.article,
        m.status,
        m.facts,
        m.details,
        m.missing,
        m.note,
      ]),
    ).toEqual([
      [
        'members[1]',
        '第18条',
        'undetermined',
        { schoolingStage: 'preschool', class: 'lowIncome', orphan: false, disability: false },
        {},
        ['members[1].inclusiveKindergarten'],
        '在读学前教育，资助条件所需事实未知',
      ],
      [
        'members[2]',
        '第18条',
        'applies',
        { schoolingStage: 'compulsory', class: 'lowIncome' },
        { aids: ['tuitionExemption', 'freeTextbooks'] },
        ['members[2].boarding'],
        '在读义务教育的家庭经济困难学生，按该学段资助政策予以资助',
      ],
      [
        'members[3]',
        '第18条',
        'applies',
        { schoolingStage: 'seniorHigh', class: 'lowIncome' },
        { aids: ['nationalGrant', 'localAid'] },
        [],
        '在读普通高中的家庭经济困难学生，按该学段资助政策予以资助',
      ],
      [
        'members[4]',
        '第18条',
        'applies',
        { schoolingStage: 'secondaryVocational', class: 'lowIncome' },
        { aids: ['tuitionExemption'] },
        [],
        '在读中等职业教育的家庭经济困难学生，按该学段资助政策予以资助',
      ],
      [
        'members[6]',
        '第18条',
        'applies',
        { schoolingStage: 'compulsory', class: 'lowIncome' },
        { aids: ['tuitionExemption', 'freeTextbooks', 'boardingLivingSubsidy'] },
        [],
        '在读义务教育的家庭经济困难学生，按该学段资助政策予以资助',
      ],
    ]);
  });

  it('a zero subsidy rate: 0.00 a year, coverage none, the note says the rate is 0', () => {
    expect(of('insuranceContributionSubsidy')[0]).toMatchObject({
      status: 'applies',
      amountPerYear: '0.00',
      details: { coverage: 'none' },
      note: '当地政策对该类别补助比例为 0',
    });
  });

  it('housing hardship with the tenure unknown: both forms, tenure missing', () => {
    expect(of('housingAssistance')).toEqual([
      {
        measure: 'housingAssistance',
        article: '第19条',
        status: 'applies',
        memberPaths: [],
        memberIds: [],
        facts: { householdClass: 'lowIncome', housingHardship: true, tenure: null, shantytown: null },
        details: { forms: ['publicRentalHousing', 'rentalSubsidy'] },
        missing: ['housing.tenure'],
        note: '住房困难的城市贫困家庭，实物保障与租赁补贴相结合解决住房困难',
      },
    ]);
  });

  it('a working-age member is employed: not a zero-employment household; no illustrative warning', () => {
    const r = run();
    expect(of('zeroEmploymentHousehold')).toEqual([]);
    expect(r.warnings).toEqual([]);
  });
});

describe('a household not in poverty', () => {
  const household: Household = {
    assessmentDate: '2018-09-01',
    area: 'urban',
    members: [
      { birthDate: '1980-01-01', incomes: [{ kind: 'employment', perMonth: '5000' }], employed: false },
      { birthDate: '2013-01-01', schoolingStage: 'preschool', orphan: true, inclusiveKindergarten: true },
      { birthDate: '2013-02-01', disability: { category: 'hearing', grade: 3 } },
      { birthDate: '2010-01-01' },
    ],
    housing: { hardship: true },
  };
  const assessment: AssessmentView = {
    class: 'none',
    standardPerMonth: '620.00',
    missing: [],
    members: [
      member({ age: 38, class: 'none', workingAge: true }),
      member({ age: 5, class: 'none', laborCapacity: false }),
      member({ age: 5, class: 'none', laborCapacity: false }),
      member({ age: 8, class: 'none', laborCapacity: false }),
    ],
  };
  const run = () => entitlements(household, assessment, { dibaoStandardPerMonth: STANDARDS });

  it('only the preschool aid owed to an orphan or disabled child; nothing for the household', () => {
    const r = run();
    expect(r.measures).toEqual([
      {
        measure: 'educationAid',
        article: '第18条',
        status: 'applies',
        memberPaths: ['members[1]'],
        memberIds: [],
        facts: { schoolingStage: 'preschool', class: 'none', orphan: true, disability: false },
        details: { aids: ['preschoolAid'] },
        missing: [],
        note: '在读学前教育的家庭经济困难学生，按该学段资助政策予以资助',
      },
      {
        // a disabled child of preschool age, stage unknown: only the stage is missing (the class is known)
        measure: 'educationAid',
        article: '第18条',
        status: 'undetermined',
        memberPaths: ['members[2]'],
        memberIds: [],
        facts: { age: 5, class: 'none' },
        details: {},
        missing: ['members[2].schoolingStage'],
        note: '成员处于可能在读的年龄，学段未知',
      },
    ]);
    expect(r.trace[0]).toMatchObject({ output: false });
  });
});

describe('cancellation, open cancellation, sum stacking, 第12条 without figures, temporary assistance', () => {
  const household: Household = {
    id: 'H-5',
    assessmentDate: '2018-09-01',
    area: 'urban',
    members: [
      {
        id: 'p0',
        birthDate: '1973-01-01',
        sex: 'male',
        incomes: [],
        seriousIllness: true,
        jobReferralRefusals: ['2018-04-01', '2018-05-01', '2018-06-01'],
      },
      { birthDate: '1961-06-01', incomes: [], disability: { category: 'physical', grade: 2 } },
      { birthDate: '1943-01-01', incomes: [], seriousIllness: true },
      { birthDate: '1938-01-01', incomes: [], supporters: 'none' },
    ],
    hardshipEvent: { kind: 'accidentalInjury', severity: 'serious', basicLivingInHardship: true },
  };
  const assessment: AssessmentView = {
    class: 'dibao',
    standardPerMonth: '620.00',
    missing: ['members[1].sex', 'members[3].supporters'],
    members: [
      member({
        age: 45,
        class: 'dibao',
        workingAge: true,
        dibaoCancelled: true,
        specialGroups: ['seriousIllness'],
      }),
      member({
        age: 57,
        class: 'dibao',
        workingAge: null,
        dibaoCancelled: null,
        specialGroups: ['severeDisability'],
      }),
      member({
        age: 75,
        class: 'dibao',
        laborCapacity: false,
        specialGroups: ['seriousIllness', 'age70Plus'],
        specialGrantPerMonth: '186.00',
      }),
      member({ age: 80, class: 'extremelyPoor', laborCapacity: false }),
    ],
  };
  const policy: Policy = {
    dibaoStandardPerMonth: STANDARDS,
    specialGrantRates: { seriousIllness: '0.3' },
    specialGrantStacking: 'sum',
    temporaryAssistance: {
      source: '当地文件',
      illustrative: false,
      emergencyMultiples: { general: '1', serious: '2', critical: '3' },
      expenditureRate: '0.5',
      capMultiple: '6',
      townshipApprovalLimitPerEvent: '2000',
    },
    entitlements: { source: '当地文件', illustrative: false },
  };
  const run = () => entitlements(household, assessment, policy);
  const of = (measure: string) => run().measures.filter((m) => m.measure === measure);

  it('第10条: a cancelled member gets no grant; an open cancellation leaves it open; sum with a rate not set', () => {
    expect(of('specialGrant')).toEqual([
      {
        measure: 'specialGrant',
        article: '第10条',
        status: 'undetermined',
        memberPaths: ['members[1]'],
        memberIds: [],
        facts: { specialGroups: ['severeDisability'], householdClass: 'dibao' },
        details: {},
        // the member's own path and household-level ones, not another member's
        missing: ['members[1].sex'],
        note: '属低保特殊对象，但其低保待遇是否因拒绝职业介绍被取消尚无法判断',
      },
      {
        measure: 'specialGrant',
        article: '第10条',
        status: 'applies',
        memberPaths: ['members[2]'],
        memberIds: [],
        facts: {
          specialGroups: ['seriousIllness', 'age70Plus'],
          householdClass: 'dibao',
          'rate.seriousIllness': '0.3',
        },
        amountPerMonth: '186.00',
        details: { stacking: 'sum', standardPerMonth: '620.00', ratesNotSet: ['age70Plus'] },
        missing: [],
        note: '重病患者、70周岁以上老年人：增发补助金 = 低保标准 × 比例（各项相加）；未设定比例的类别按 0 计',
      },
    ]);
  });

  it('第11条: the cancellation is listed with the refusals; the member id is carried', () => {
    expect(of('dibaoCancellation')).toEqual([
      {
        measure: 'dibaoCancellation',
        article: '第11条',
        status: 'applies',
        memberPaths: ['members[0]'],
        memberIds: ['p0'],
        facts: { workingAge: true, jobReferralRefusals: ['2018-04-01', '2018-05-01', '2018-06-01'] },
        details: {},
        missing: [],
        note: '劳动年龄段内有劳动能力，半年内拒绝三次以上职业介绍，取消其低保待遇',
      },
    ]);
  });

  it('第12条 without prior-year figures: applies, no amount, the figures named missing', () => {
    expect(of('extremelyPoorSupport')).toEqual([
      {
        measure: 'extremelyPoorSupport',
        article: '第12条',
        status: 'applies',
        memberPaths: ['members[3]'],
        memberIds: [],
        facts: { class: 'extremelyPoor', age: 80 },
        details: {},
        missing: ['policy.entitlements.priorYear'],
        note: '特困人员按基本生活标准和照料护理标准救助供养；未给出上年度低保标准和最低工资标准，不计金额',
      },
    ]);
    expect(of('insuranceContributionSubsidy')[0]).toMatchObject({
      missing: ['policy.entitlements.medicalInsurance'],
      note: '城乡居民医保个人缴费由财政全额或部分补助；未给出缴费标准和补助比例，不计金额',
    });
  });

  it('第14条: 620 × 2 × 4 = 4960 above the cap 3720 → 3720, county; the CAPPED warning passed on', () => {
    const r = run();
    expect(of('temporaryAssistance')).toEqual([
      {
        measure: 'temporaryAssistance',
        article: '第14条',
        status: 'applies',
        memberPaths: [],
        memberIds: [],
        facts: { kind: 'accidentalInjury', severity: 'serious', basicLivingInHardship: true },
        amountPerEvent: '3720.00',
        details: { type: 'emergency', approvingLevel: 'county', capPerEvent: '3720.00', reason: null },
        missing: [],
        note: '给予急难型临时救助，由县级民政部门审批',
      },
    ]);
    expect(r.warnings).toEqual([
      {
        code: 'CAPPED',
        article: '第14条',
        message: '计算金额 4960.00 元超过单次上限，按上限 3720.00 元发放',
      },
    ]);
    expect(r.id).toBe('H-5');
    expect(r.trace.map((s) => s.rule)).toContain('temporaryAssistance.amount');
  });

  it('第14条 refused, and open on the income of a member and the spending', () => {
    const refused = entitlements(
      {
        ...household,
        hardshipEvent: { kind: 'suddenEvent', severity: 'general', basicLivingInHardship: false },
      },
      assessment,
      policy,
    );
    expect(refused.measures.find((m) => m.measure === 'temporaryAssistance')).toMatchObject({
      status: 'notApplicable',
      details: { reason: '基本生活未陷入困境，不属于临时救助对象' },
      note: '不予临时救助：基本生活未陷入困境，不属于临时救助对象',
    });
    const members = household.members.map((m, i) =>
      i === 2 ? { birthDate: '1943-01-01', seriousIllness: true } : m,
    );
    const open = entitlements(
      { ...household, members, hardshipEvent: { kind: 'essentialExpenditure', basicLivingInHardship: true } },
      assessment,
      policy,
    );
    expect(open.measures.find((m) => m.measure === 'temporaryAssistance')).toMatchObject({
      status: 'undetermined',
      missing: ['hardshipEvent.essentialExpenditurePerYear', 'members[2].incomes'],
      note: '临时救助所需事实不全，无法确定',
    });
    // 支出型 township: income 0 → bearable 0; 2000 × 0.5 = 1000 ≤ 2000
    const township = entitlements(
      {
        ...household,
        hardshipEvent: {
          kind: 'essentialExpenditure',
          essentialExpenditurePerYear: '2000',
          basicLivingInHardship: true,
        },
      },
      assessment,
      policy,
    );
    expect(township.measures.find((m) => m.measure === 'temporaryAssistance')).toMatchObject({
      amountPerEvent: '1000.00',
      note: '给予支出型临时救助，由乡镇(街道)从备用金审批',
    });
  });
});

describe('an assessment that does not belong to the household or the policy', () => {
  const household: Household = {
    assessmentDate: '2018-09-01',
    area: 'urban',
    members: [{ birthDate: '1980-01-01' }],
  };
  const one: AssessmentView = {
    class: 'none',
    standardPerMonth: '620.00',
    missing: [],
    members: [member({ age: 38, class: 'none' })],
  };
  const issues = (f: () => unknown) => {
    try {
      f();
    } catch (e) {
      return (e as { issues: unknown }).issues;
    }
    return null;
  };

  it('another member count or another standard is refused with both figures named', () => {
    expect(
      issues(() => entitlements(household, { ...one, members: [] }, { dibaoStandardPerMonth: STANDARDS })),
    ).toEqual([
      {
        path: 'assessment.members',
        code: 'inconsistent',
        message: '评估结果有 0 名成员，家庭有 1 名：评估结果不属于此家庭',
        messageEn: "the assessment has 0 members, the household 1: not this household's assessment",
      },
    ]);
    expect(
      issues(() =>
        entitlements(household, { ...one, standardPerMonth: '600' }, { dibaoStandardPerMonth: STANDARDS }),
      ),
    ).toEqual([
      {
        path: 'assessment.standardPerMonth',
        code: 'inconsistent',
        message: '评估结果的低保标准 600 与政策的 620.00 不一致：评估结果不属于此政策',
        messageEn: "the assessment's standard 600 differs from the policy's 620.00",
      },
    ]);
    expect(
      issues(() =>
        entitlements(household, { ...one, standardPerMonth: '620' }, { dibaoStandardPerMonth: STANDARDS }),
      ),
    ).toBeNull();
  });
});

describe('who counts as poor when a member’s own class is open', () => {
  const household: Household = {
    assessmentDate: '2018-09-01',
    area: 'urban',
    members: [
      { birthDate: '1980-01-01', incomes: [] },
      { birthDate: '1948-01-01', incomes: [] },
    ],
  };
  const view = (cls: AssessmentView['class'], first: AssessedMemberView['class']): AssessmentView => ({
    class: cls,
    standardPerMonth: '620.00',
    missing: ['members[1].supporters'],
    members: [
      member({ age: 38, class: first, workingAge: true }),
      member({ age: 70, class: 'undetermined', laborCapacity: false }),
    ],
  });
  const medical = (r: ReturnType<typeof entitlements>) =>
    r.measures.filter((m) => m.measure === 'medicalAssistance').map((m) => [m.memberPaths[0], m.status]);

  it('in a 低保 or 低收入 household an open 特困 test still leaves the member poor: 医疗救助 applies', () => {
    for (const cls of ['dibao', 'lowIncome'] as const) {
      const r = entitlements(household, view(cls, cls), { dibaoStandardPerMonth: STANDARDS });
      expect(medical(r)).toEqual([
        ['members[0]', 'applies'],
        ['members[1]', 'applies'],
      ]);
      expect(r.trace[0]?.output).toBe(true);
    }
  });

  it('in a household that is not poor, an open 特困 test leaves that member (and the household) open', () => {
    const r = entitlements(household, view('none', 'none'), { dibaoStandardPerMonth: STANDARDS });
    expect(medical(r)).toEqual([['members[1]', 'undetermined']]);
    expect(r.trace[0]).toMatchObject({ rule: 'entitlements.householdClass', output: null });
    expect(r.measures.find((m) => m.measure === 'housingAssistance')).toMatchObject({
      status: 'undetermined',
      missing: ['members[1].supporters', 'housing'],
    });
  });

  it('a 特困 member in a household that is not poor makes the household poor', () => {
    const v: AssessmentView = {
      ...view('none', 'none'),
      missing: [],
      members: [
        member({ age: 38, class: 'none', workingAge: true }),
        member({ age: 70, class: 'extremelyPoor', laborCapacity: false }),
      ],
    };
    const r = entitlements(household, v, { dibaoStandardPerMonth: STANDARDS });
    expect(r.trace[0]?.output).toBe(true);
    expect(r.measures.find((m) => m.measure === 'housingAssistance')).toMatchObject({
      status: 'undetermined',
      missing: ['housing'],
      note: '城市贫困家庭，住房状况未知',
    });
  });
});

describe('a 特困 member whose ability contradicts the ADL items', () => {
  it('is refused at the member’s path (the 第12条 error re-addressed under members[i])', () => {
    const household: Household = {
      assessmentDate: '2018-09-01',
      area: 'urban',
      members: [
        {
          birthDate: '1940-01-01',
          incomes: [],
          selfCareAbility: 'able',
          adl: {
            eating: false,
            dressing: false,
            transferring: false,
            toileting: false,
            indoorWalking: true,
            bathing: true,
          },
        },
      ],
    };
    const assessment: AssessmentView = {
      class: 'dibao',
      standardPerMonth: '620.00',
      missing: [],
      members: [member({ age: 78, class: 'extremelyPoor', laborCapacity: false })],
    };
    const policy: Policy = {
      dibaoStandardPerMonth: STANDARDS,
      entitlements: {
        source: '当地文件',
        illustrative: false,
        priorYear: { dibaoStandardPerMonth: { urban: '600', rural: '400' }, minimumWagePerMonth: '1640' },
      },
    };
    let issues: unknown = null;
    try {
      entitlements(household, assessment, policy);
    } catch (e) {
      issues = (e as { issues: unknown }).issues;
    }
    // 4 items failed → 完全丧失 by 第22条, not 具备
    expect(issues).toEqual([
      {
        path: 'members[0].selfCareAbility',
        code: 'inconsistent',
        message: '生活自理能力 "able" 与 adl 六项评估结果（4 项不能达到，应为完全丧失生活自理能力）不一致',
        messageEn: 'selfCareAbility "able" contradicts adl (4 item(s) failed: fullyLost)',
      },
    ]);
  });
});

describe('第18条 education aid at the age bounds, and who may owe work (第20条) when labor capacity is open', () => {
  const kids = (facts: Household['members']): Household => ({
    assessmentDate: '2018-09-01',
    area: 'urban',
    members: facts,
  });
  const view = (cls: AssessmentView['class'], ages: number[], missing: string[] = []): AssessmentView => ({
    class: cls,
    standardPerMonth: '620.00',
    missing,
    members: ages.map((age) => member({ age, class: cls, laborCapacity: age >= 16 })),
  });
  const education = (r: ReturnType<typeof entitlements>) =>
    r.measures
      .filter((m) => m.measure === 'educationAid')
      .map((m) => [m.memberPaths[0], m.article, m.status, m.missing]);
  const policy: Policy = { dibaoStandardPerMonth: STANDARDS };

  it('a poor household: ages 3 and 24 may be in school (stage asked), 2 and 25 not; a household path is not asked', () => {
    const r = entitlements(
      kids([
        { birthDate: '2015-01-01' },
        { birthDate: '2016-01-01' },
        { birthDate: '1994-01-01' },
        { birthDate: '1993-01-01' },
      ]),
      view('dibao', [3, 2, 24, 25], ['receivingDibao']),
      policy,
    );
    expect(education(r)).toEqual([
      ['members[0]', '第18条', 'undetermined', ['members[0].schoolingStage']],
      ['members[2]', '第18条', 'undetermined', ['members[2].schoolingStage']],
    ]);
  });

  it('not poor: only an orphan or disabled child of preschool age (≤ 6) is asked for the stage', () => {
    const r = entitlements(
      kids([
        { birthDate: '2012-01-01', orphan: true },
        { birthDate: '2011-01-01', orphan: true },
        { birthDate: '2013-01-01' },
      ]),
      view('none', [6, 7, 5]),
      policy,
    );
    expect(education(r)).toEqual([['members[0]', '第18条', 'undetermined', ['members[0].schoolingStage']]]);
  });

  it('not poor: a disabled child in compulsory school gets no aid (the special-child rule is for preschool only)', () => {
    const r = entitlements(
      kids([
        {
          birthDate: '2008-01-01',
          schoolingStage: 'compulsory',
          disability: { category: 'hearing', grade: 3 },
        },
      ]),
      view('none', [10]),
      policy,
    );
    expect(education(r)).toEqual([]);
  });

  it('a poor household: the applied aid cites 第18条', () => {
    const r = entitlements(
      kids([{ birthDate: '2002-01-01', schoolingStage: 'seniorHigh' }]),
      view('lowIncome', [16]),
      policy,
    );
    expect(education(r)).toEqual([['members[0]', '第18条', 'applies', []]]);
  });

  it('labor capacity unknown: a member within the working ages of their sex may be of working age', () => {
    // 16 ≤ age < 60 (men) / 55 (women); sex unknown → the wider bound 60
    const members: Household['members'] = [
      { birthDate: '1978-01-01', sex: 'female', incomes: [] },
      { birthDate: '1961-01-01', sex: 'female', incomes: [] },
      { birthDate: '1961-01-01', sex: 'male', incomes: [] },
      { birthDate: '1961-01-01', incomes: [] },
      { birthDate: '1958-01-01', incomes: [] },
      { birthDate: '2003-01-01', incomes: [] },
    ];
    const v: AssessmentView = {
      class: 'dibao',
      standardPerMonth: '620.00',
      missing: [],
      members: [40, 57, 57, 57, 60, 15].map((age) =>
        member({ age, class: 'dibao', laborCapacity: null, workingAge: false }),
      ),
    };
    const zero = entitlements(
      { assessmentDate: '2018-09-01', area: 'urban', members },
      v,
      policy,
    ).measures.find((m) => m.measure === 'zeroEmploymentHousehold');
    expect(zero).toMatchObject({
      status: 'undetermined',
      memberPaths: ['members[0]', 'members[2]', 'members[3]'],
      details: {
        possiblyWorkingAge: ['members[0]', 'members[2]', 'members[3]'],
        laborAge: '16–60(男)/55(女)',
      },
    });
  });

  it('labor capacity known (none): not of working age, no zero-employment question', () => {
    const v: AssessmentView = {
      class: 'dibao',
      standardPerMonth: '620.00',
      missing: [],
      members: [member({ age: 40, class: 'dibao', laborCapacity: false, workingAge: false })],
    };
    const r = entitlements(kids([{ birthDate: '1978-01-01', incomes: [] }]), v, policy);
    expect(r.measures.find((m) => m.measure === 'zeroEmploymentHousehold')).toBeUndefined();
  });
});

describe('第15–16条, 第19条 and 第14条 entries in full', () => {
  const one = (
    cls: AssessmentView['class'],
    memberClass: AssessedMemberView['class'] = cls,
    missing: string[] = [],
  ) => ({
    class: cls,
    standardPerMonth: '620.00',
    missing,
    members: [member({ age: 40, class: memberClass, workingAge: true })],
  });
  const hh = (extra: Partial<Household> = {}): Household => ({
    assessmentDate: '2018-09-01',
    area: 'urban',
    members: [{ birthDate: '1978-01-01', incomes: [], employed: true }],
    ...extra,
  });
  const policy: Policy = { dibaoStandardPerMonth: STANDARDS };
  const find = (r: ReturnType<typeof entitlements>, measure: string) =>
    r.measures.find((m) => m.measure === measure);

  it('no local contribution figures: the 第16条 subsidy applies without an amount; housing unknown is asked', () => {
    const r = entitlements(hh(), one('dibao'), policy);
    expect(find(r, 'insuranceContributionSubsidy')).toEqual({
      measure: 'insuranceContributionSubsidy',
      article: '第16条',
      status: 'applies',
      memberPaths: ['members[0]'],
      memberIds: [],
      facts: { class: 'dibao' },
      details: {},
      missing: ['policy.entitlements.medicalInsurance'],
      note: '城乡居民医保个人缴费由财政全额或部分补助；未给出缴费标准和补助比例，不计金额',
    });
    expect(find(r, 'housingAssistance')).toEqual({
      measure: 'housingAssistance',
      article: '第19条',
      status: 'undetermined',
      memberPaths: [],
      memberIds: [],
      facts: { householdClass: 'dibao' },
      details: {},
      missing: ['housing'],
      note: '城市贫困家庭，住房状况未知',
    });
  });

  it('a member poor for certain but with the 特困 test open: the subsidy applies, its rate is open', () => {
    const r = entitlements(hh(), one('dibao', 'undetermined', ['members[0].supporters']), policy);
    expect(find(r, 'insuranceContributionSubsidy')).toMatchObject({
      status: 'applies',
      facts: { class: 'undetermined', householdClass: 'dibao' },
      missing: ['members[0].supporters'],
      note: '属城市贫困人口，但是否特困人员未定，补助比例待定',
    });
  });

  it('poverty open: no housing measure without hardship; with hardship it is open on the class alone', () => {
    const open = one('undetermined', 'undetermined', ['members[0].incomes']);
    expect(
      find(entitlements(hh({ housing: { hardship: false } }), open, policy), 'housingAssistance'),
    ).toBeUndefined();
    expect(
      find(entitlements(hh({ housing: { hardship: true } }), open, policy), 'housingAssistance'),
    ).toMatchObject({
      status: 'undetermined',
      facts: { householdClass: 'undetermined', housingHardship: true },
      missing: ['members[0].incomes'],
    });
  });

  it('第14条 支出型 from the members’ incomes: 700/月 + 1200/年 ÷ 12 = 800/月 → bearable 12 × (800 − 620) = 2160', () => {
    const rules = {
      source: '当地文件',
      illustrative: false,
      emergencyMultiples: { general: '1', serious: '2', critical: '3' },
      expenditureRate: '0.5',
      capMultiple: '6',
      townshipApprovalLimitPerEvent: '2000',
    };
    const household = hh({
      members: [
        {
          birthDate: '1978-01-01',
          incomes: [
            { kind: 'employment', perMonth: '700' },
            { kind: 'other', perYear: '1200' },
          ],
        },
      ],
      hardshipEvent: {
        kind: 'essentialExpenditure',
        essentialExpenditurePerYear: '3160',
        basicLivingInHardship: true,
      },
    });
    // excess 3160 − 2160 = 1000 × 0.5 = 500
    const r = entitlements(household, one('lowIncome'), { ...policy, temporaryAssistance: rules });
    expect(find(r, 'temporaryAssistance')).toMatchObject({ status: 'applies', amountPerEvent: '500.00' });
    // without the local rule the policy path is missing as it is (not renamed as an event path)
    const noRule = entitlements(household, one('lowIncome'), policy);
    expect(find(noRule, 'temporaryAssistance')).toMatchObject({
      status: 'undetermined',
      missing: ['policy.temporaryAssistance'],
    });
  });
});

describe('a 低保 household whose assessment leaves paths open: which of them each measure names', () => {
  // members[0]: 38, of working age, registered hard to employ, employment unknown, already drawing a pension;
  // members[1]: 57, severely disabled, no labor capacity, cancellation open.
  const household: Household = {
    assessmentDate: '2018-09-01',
    area: 'urban',
    members: [
      {
        birthDate: '1980-01-01',
        sex: 'male',
        incomes: [],
        registeredHardToEmploy: true,
        pensionEligible: true,
        receivingPension: true,
      },
      { birthDate: '1961-06-01', incomes: [], disability: { category: 'physical', grade: 1 } },
    ],
  };
  const assessment: AssessmentView = {
    class: 'dibao',
    standardPerMonth: '620.00',
    missing: ['propertyAssessment', 'members[1]', 'members[1].sex', 'members[0].incomes'],
    members: [
      member({ age: 38, class: 'dibao', workingAge: true, specialGrantPerMonth: '0.00' }),
      member({
        age: 57,
        class: 'dibao',
        laborCapacity: false,
        dibaoCancelled: null,
        specialGroups: ['severeDisability'],
      }),
    ],
  };
  const run = () => entitlements(household, assessment, { dibaoStandardPerMonth: STANDARDS });
  const of = (measure: string) => run().measures.filter((m) => m.measure === measure);

  it('第10条 open on the cancellation: the household-level path, the member itself and its own paths, not another member’s', () => {
    expect(of('specialGrant')).toEqual([
      {
        measure: 'specialGrant',
        article: '第10条',
        status: 'undetermined',
        memberPaths: ['members[1]'],
        memberIds: [],
        facts: { specialGroups: ['severeDisability'], householdClass: 'dibao' },
        details: {},
        missing: ['propertyAssessment', 'members[1]', 'members[1].sex'],
        note: '属低保特殊对象，但其低保待遇是否因拒绝职业介绍被取消尚无法判断',
      },
    ]);
  });

  it('第20条: a member poor for certain is owed 就业援助 with nothing missing, whatever else the assessment left open', () => {
    expect(of('employmentAssistance')).toEqual([
      {
        measure: 'employmentAssistance',
        article: '第20条',
        status: 'applies',
        memberPaths: ['members[0]'],
        memberIds: [],
        facts: { registeredHardToEmploy: true, class: 'dibao' },
        details: { priority: true, services: ['skillsTraining', 'freeJobServices', 'startupSupport'] },
        missing: [],
        note: '经登记认定的就业困难人员，优先开展就业援助',
      },
    ]);
  });

  it('零就业家庭 open on the employment of the one member of working age; no member only possibly of working age', () => {
    expect(of('zeroEmploymentHousehold')).toEqual([
      {
        measure: 'zeroEmploymentHousehold',
        article: '第20条',
        status: 'undetermined',
        memberPaths: ['members[0]'],
        memberIds: [],
        facts: { workingAgeMembers: ['members[0]'], employedWorkingAgeMembers: 0, householdClass: 'dibao' },
        details: { priority: true, goal: 'atLeastOneEmployed' },
        missing: ['members[0].employed'],
        note: '可能为零就业家庭，所需事实未知',
      },
    ]);
  });

  it('第21条: a member already drawing the pension it is eligible for has no pension claim', () => {
    expect(of('pensionClaim')).toEqual([]);
  });
});

describe('第10–12条 entries from assessments the earlier cases do not reach', () => {
  const hh = (members: Household['members']): Household => ({
    assessmentDate: '2018-09-01',
    area: 'urban',
    members,
  });
  const view = (cls: AssessmentView['class'], members: AssessedMemberView[]): AssessmentView => ({
    class: cls,
    standardPerMonth: '620.00',
    missing: [],
    members,
  });
  const of = (r: ReturnType<typeof entitlements>, measure: string) =>
    r.measures.filter((m) => m.measure === measure);
  const policy: Policy = { dibaoStandardPerMonth: STANDARDS };

  it('第10条 is for 低保 households only: a 低收入 member of a special group with the cancellation open gets no entry', () => {
    const r = entitlements(
      hh([{ birthDate: '1945-01-01', incomes: [] }]),
      view('lowIncome', [
        member({
          age: 73,
          class: 'lowIncome',
          laborCapacity: false,
          specialGroups: ['age70Plus'],
          dibaoCancelled: null,
        }),
      ]),
      policy,
    );
    expect(of(r, 'specialGrant')).toEqual([]);
  });

  it('第10条 applies without an amount when the assessment gives none', () => {
    const r = entitlements(
      hh([{ birthDate: '1945-01-01', incomes: [] }]),
      view('dibao', [
        member({ age: 73, class: 'dibao', laborCapacity: false, specialGroups: ['age70Plus'] }),
      ]),
      { ...policy, specialGrantRates: { age70Plus: '0.1' } },
    );
    expect(of(r, 'specialGrant')).toEqual([
      {
        measure: 'specialGrant',
        article: '第10条',
        status: 'applies',
        memberPaths: ['members[0]'],
        memberIds: [],
        facts: { specialGroups: ['age70Plus'], householdClass: 'dibao', 'rate.age70Plus': '0.1' },
        details: { stacking: 'max', standardPerMonth: '620.00', ratesNotSet: [] },
        missing: [],
        note: '70周岁以上老年人：增发补助金 = 低保标准 × 比例（取最高一项）',
      },
    ]);
  });

  it('第11条: employment not given is shown as null; a cancellation lists the refusals on record, here none', () => {
    const r = entitlements(
      hh([{ birthDate: '1980-01-01', sex: 'male', incomes: [] }]),
      view('dibao', [
        member({
          age: 38,
          class: 'dibao',
          workingAge: true,
          dibaoCancelled: true,
          obligations: ['communityService'],
        }),
      ]),
      policy,
    );
    const base = {
      article: '第11条',
      status: 'applies',
      memberPaths: ['members[0]'],
      memberIds: [],
      details: {},
      missing: [],
    };
    expect([...of(r, 'dibaoCancellation'), ...of(r, 'communityService')]).toEqual([
      {
        ...base,
        measure: 'dibaoCancellation',
        facts: { workingAge: true, jobReferralRefusals: [] },
        note: '劳动年龄段内有劳动能力，半年内拒绝三次以上职业介绍，取消其低保待遇',
      },
      {
        ...base,
        measure: 'communityService',
        facts: { workingAge: true, employed: null },
        note: '就业年龄段内尚未就业的低保对象，应参加居委会组织的公益性社区服务',
      },
    ]);
    expect(r.trace.filter((s) => s.rule === 'entitlements.communityService')).toEqual([
      {
        rule: 'entitlements.communityService',
        article: '第11条',
        inputs: { members: ['members[0]'], workingAge: true, employed: null },
        output: 'applies',
        note: '就业年龄段内尚未就业的低保对象，应参加居委会组织的公益性社区服务',
      },
    ]);
  });

  it('第12条 class open: a disabled adult of working age (neither old nor a minor) may be 特困 too', () => {
    const r = entitlements(
      hh([
        { birthDate: '1988-01-01', incomes: [], disability: { category: 'intellectual', grade: 2 } },
        { birthDate: '1988-01-01', incomes: [] },
      ]),
      {
        ...view('undetermined', [
          member({ age: 30, class: 'undetermined', laborCapacity: false, dibaoCancelled: null }),
          member({ age: 30, class: 'undetermined', laborCapacity: null, dibaoCancelled: null }),
        ]),
        missing: ['members[0].incomes'],
      },
      policy,
    );
    expect(of(r, 'extremelyPoorSupport')).toEqual([
      {
        measure: 'extremelyPoorSupport',
        article: '第12条',
        status: 'undetermined',
        memberPaths: ['members[0]'],
        memberIds: [],
        facts: { age: 30, disability: true },
        details: {},
        missing: ['members[0].incomes'],
        note: '属老年人、残疾人或未满16周岁未成年人，是否特困人员尚无法判断',
      },
    ]);
  });

  const priorYear = { dibaoStandardPerMonth: { urban: '605', rural: '400' }, minimumWagePerMonth: '1650' };

  it('第12条 with the local multiplier, care rates and rounding unit: 1.2 × 605 = 726 → 730; 0.25 × 1650 = 412.5 → 420', () => {
    const r = entitlements(
      hh([{ birthDate: '1940-01-01', incomes: [], selfCareAbility: 'partiallyLost' }]),
      view('dibao', [member({ age: 78, class: 'extremelyPoor', laborCapacity: false })]),
      {
        ...policy,
        entitlements: {
          source: '当地文件',
          illustrative: false,
          priorYear,
          specialSupport: {
            basicLivingMultiplier: '1.2',
            careRates: { able: '0.1', partiallyLost: '0.25', fullyLost: '0.4' },
            roundingUnit: '10',
          },
        },
      },
    );
    // 1.2 is below the 1.3 of 第12条: computed anyway, and the violation named
    expect(of(r, 'extremelyPoorSupport')).toEqual([
      {
        measure: 'extremelyPoorSupport',
        article: '第12条',
        status: 'applies',
        memberPaths: ['members[0]'],
        memberIds: [],
        facts: { class: 'extremelyPoor', age: 78, selfCareAbility: 'partiallyLost' },
        amountPerMonth: '1150.00',
        details: {
          basicLivingPerMonth: '730.00',
          carePerMonth: '420.00',
          violations: ['BASIC_MULTIPLIER_BELOW_MINIMUM'],
        },
        missing: [],
        note: '特困人员供养金额 = 基本生活标准 + 照料护理标准',
      },
    ]);
  });

  it('第12条 with the self-care ability unknown: the basic standard alone, the facts that would decide care named under the member', () => {
    const r = entitlements(
      hh([
        { birthDate: '1940-01-01', incomes: [] },
        // four items known and passed, indoor walking and bathing not assessed: 具备 or 部分丧失
        {
          birthDate: '1938-01-01',
          incomes: [],
          adl: { eating: true, dressing: true, transferring: true, toileting: true },
        },
      ]),
      view('dibao', [
        member({ age: 78, class: 'extremelyPoor', laborCapacity: false }),
        member({ age: 80, class: 'extremelyPoor', laborCapacity: false }),
      ]),
      { ...policy, entitlements: { source: '当地文件', illustrative: false, priorYear } },
    );
    // 1.3 × 605 = 786.5 → 787 (whole yuan, upward)
    const open = (i: number, missing: string[]) => ({
      measure: 'extremelyPoorSupport',
      article: '第12条',
      status: 'applies',
      memberPaths: [`members[${i}]`],
      memberIds: [],
      facts: { class: 'extremelyPoor', age: 78 + 2 * i, selfCareAbility: null },
      details: { basicLivingPerMonth: '787.00', carePerMonth: null, violations: [] },
      missing,
      note: '特困人员基本生活标准已定；生活自理能力未知，照料护理标准待定',
    });
    expect(of(r, 'extremelyPoorSupport')).toEqual([
      open(0, ['members[0].selfCareAbility']),
      open(1, ['members[1].adl.indoorWalking', 'members[1].adl.bathing']),
    ]);
    expect(r.missing).toEqual(
      expect.arrayContaining([
        'members[0].selfCareAbility',
        'members[1].adl.indoorWalking',
        'members[1].adl.bathing',
      ]),
    );
  });
});

describe('第20条 who may be of working age, under a local labor age whose upper bound for women is the higher', () => {
  // laborAge 16–60 (men) / 65 (women): an unknown sex takes the wider bound 65, a man 60
  const ages = [62, 62, 62, 16, 15];
  const sexes = ['male', undefined, 'female', undefined, undefined] as const;
  const household: Household = {
    assessmentDate: '2018-09-01',
    area: 'urban',
    members: ages.map((age, i) => ({
      birthDate: `${2018 - age}-01-01`,
      incomes: [],
      ...(sexes[i] === undefined ? {} : { sex: sexes[i] }),
    })),
  };
  const assessment: AssessmentView = {
    class: 'dibao',
    standardPerMonth: '620.00',
    missing: [],
    members: ages.map((age) => member({ age, class: 'dibao', laborCapacity: null, workingAge: false })),
  };

  it('a man of 62 is past his bound, a woman or a member of unknown sex of 62 within it, 16 within, 15 not', () => {
    const r = entitlements(household, assessment, {
      dibaoStandardPerMonth: STANDARDS,
      laborAge: { min: 16, maxMale: 60, maxFemale: 65 },
    });
    const may = ['members[1]', 'members[2]', 'members[3]'];
    expect(r.measures.filter((m) => m.measure === 'zeroEmploymentHousehold')).toEqual([
      {
        measure: 'zeroEmploymentHousehold',
        article: '第20条',
        status: 'undetermined',
        memberPaths: may,
        memberIds: [],
        facts: { workingAgeMembers: [], employedWorkingAgeMembers: 0, householdClass: 'dibao' },
        details: {
          priority: true,
          goal: 'atLeastOneEmployed',
          laborAge: '16–60(男)/65(女)',
          possiblyWorkingAge: may,
        },
        missing: [...may.map((p) => `${p}.employed`), ...may.map((p) => `${p}.laborCapacity`)],
        note: '可能为零就业家庭，所需事实未知',
      },
    ]);
  });
});

/**
 * A seeded generator of households and a policy for the benchmarks (DESIGN §4.3 shapes).
 * Deterministic: the same seed always gives the same households, so runs can be compared over time.
 * The mix is chosen so that every class (低保 / 低收入 / none / undetermined) and every rule path
 * (第6条 medical costs, 第10条 special groups, 第11条 exemption and referrals, 特困 members) occurs.
 */

/** mulberry32: a small, fast, seeded PRNG returning floats in [0, 1). */
export function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The policy every generated household is assessed under (长春市-like figures). */
export const BENCH_POLICY = {
  region: { code: '220100', name: '长春市' },
  dibaoStandardPerMonth: { urban: '620', rural: '410' },
  propertyLimits: {
    dibao: { financialAssetsPerCapitaMonths: 24, maxVehicles: 0, maxExtraHousingUnits: 0 },
    lowIncome: { financialAssetsPerCapitaMonths: 36, maxVehicles: 1, maxExtraHousingUnits: 1 },
  },
  specialGrantRates: { seriousIllness: '0.3', severeDisability: '0.2', age70Plus: '0.1', minor: '0.1' },
  specialGrantStacking: 'max',
  employmentIncomeExemption: { perMonth: '300', months: 6 },
};

/**
 * The same figures under the national rules in force since 2021 (`rulesVersion: 'national2021'`): the seed's
 * 第11条 exemption is not a national field; a 渐退期 of 6 months and 100 元 a month of 必要的就业成本 are.
 */
export const BENCH_POLICY_NATIONAL = (() => {
  const { employmentIncomeExemption: _seedOnly, ...shared } = BENCH_POLICY;
  return {
    ...shared,
    rulesVersion: 'national2021',
    employmentCostDeductionPerMonth: '100',
    gradualExitMonths: 6,
  };
})();

const pad2 = (n) => (n < 10 ? `0${n}` : String(n));

/** Formats integer 分 as a yuan string with 0 or 2 decimals. */
function yuan(fen) {
  const y = Math.floor(fen / 100);
  const f = fen % 100;
  return f === 0 ? String(y) : `${y}.${pad2(f)}`;
}

/** The default seed (the date of the draft opinion). */
export const BENCH_SEED = 20181229;

/** `count` households drawn from `seed`, as an array (see {@link eachHousehold}). */
export function generateHouseholds(count, seed = BENCH_SEED) {
  return Array.from(eachHousehold(count, seed));
}

/**
 * Yields `count` households drawn from `seed`, one at a time (flat memory for a million). Each has 1–6
 * members (weights 30/28/20/12/6/4 %); per-capita income spreads over 0 … 3 × the standard so the 第5条
 * boundaries are crossed often.
 */
export function* eachHousehold(count, seed = BENCH_SEED) {
  const r = prng(seed);
  const pick = (xs) => xs[Math.floor(r() * xs.length)];
  const date = (y0, y1) =>
    `${y0 + Math.floor(r() * (y1 - y0 + 1))}-${pad2(1 + Math.floor(r() * 12))}-${pad2(1 + Math.floor(r() * 28))}`;
  const sizeCdf = [0.3, 0.58, 0.78, 0.9, 0.96, 1];
  for (let i = 0; i < count; i++) {
    const u = r();
    let n = 1;
    while (u > sizeCdf[n - 1]) n++;
    const area = r() < 0.65 ? 'urban' : 'rural';
    const standardFen = area === 'urban' ? 62000 : 40750;
    const assessmentDate = date(2019, 2025);
    const year = Number(assessmentDate.slice(0, 4));
    // Household income target: 0 … 3·n·S, split over the members who earn.
    const targetFen = Math.floor(r() * 3 * n * standardFen);
    const members = new Array(n);
    let left = targetFen;
    for (let m = 0; m < n; m++) {
      const member = {};
      if (r() < 0.3) member.id = `P${i}-${m}`;
      const ageBand = r();
      const birthYear =
        ageBand < 0.18
          ? year - 1 - Math.floor(r() * 17)
          : ageBand < 0.75
            ? year - 18 - Math.floor(r() * 42)
            : year - 60 - Math.floor(r() * 30);
      member.birthDate = `${birthYear}-${pad2(1 + Math.floor(r() * 12))}-${pad2(1 + Math.floor(r() * 28))}`;
      if (r() < 0.8) member.sex = r() < 0.5 ? 'male' : 'female';
      const incomeRoll = r();
      if (incomeRoll < 0.02) {
        // incomes absent: unknown income → undetermined household
      } else if (m === n - 1 || incomeRoll < 0.25) {
        const fen = m === n - 1 ? left : Math.floor(r() * left);
        left -= fen;
        if (fen === 0) member.incomes = [];
        else if (r() < 0.7) {
          const kind = pick(['employment', 'employment', 'business', 'pension', 'transfer', 'other']);
          const entry = { kind, perMonth: r() < 0.9 ? yuan(fen) : fen / 100 };
          if ((kind === 'employment' || kind === 'business') && r() < 0.3)
            entry.since = date(year - 1, year - 1);
          member.incomes = [entry];
        } else {
          const a = Math.floor(fen / 2);
          member.incomes = [
            { kind: 'employment', perMonth: yuan(a) },
            { kind: pick(['property', 'transfer', 'pension']), perYear: yuan((fen - a) * 12) },
          ];
        }
      } else {
        member.incomes = [];
      }
      if (r() < 0.06) {
        member.disability = {
          category: pick(['physical', 'visual', 'hearing', 'speech', 'intellectual', 'mental', 'multiple']),
          grade: 1 + Math.floor(r() * 4),
        };
      }
      if (r() < 0.05) member.seriousIllness = true;
      if (r() < 0.5) member.supporters = pick(['none', 'unable', 'able']);
      if (r() < 0.4) member.employed = r() < 0.5;
      if (r() < 0.03)
        member.jobReferralRefusals = [date(year, year), date(year, year), date(year, year)].sort();
      members[m] = member;
    }
    const h = { assessmentDate, area, members };
    if (r() < 0.5) h.id = `H${i}`;
    if (r() < 0.2) h.receivingDibao = true;
    if (r() < 0.15) h.medicalOutOfPocketPerYear = yuan(Math.floor(r() * 4_000_000));
    const p = r();
    if (p < 0.4) h.propertyAssessment = { meetsDibao: r() < 0.85, meetsLowIncome: r() < 0.95 };
    else if (p < 0.97)
      h.property = {
        financialAssets: yuan(Math.floor(r() * 4_000_000)),
        vehicles: r() < 0.9 ? 0 : 1,
        extraHousingUnits: r() < 0.95 ? 0 : 1,
      };
    yield h;
  }
}

/**
 * The one table of the sheet functions the spreadsheet bundle defines: each function's name, its parameters
 * in order (with which are optional) and its Chinese description. Every host kit is generated from it —
 * the Excel custom-functions metadata and script, the WPS macro module and the Google Apps Script file
 * (scripts/kits/) — so the hosts cannot drift from each other, and test/spreadsheet/kits.test.ts checks it
 * against the functions the built bundle defines and the parameters their source declares. A new sheet
 * function in src/spreadsheet/index.ts fails that test until it has its row here.
 *
 * Not imported by the bundle (its descriptions would only add size): the kits' build reads it.
 */

/** One parameter of a sheet function: one cell, or (for a `_RANGE` function) one range. */
export interface SheetParameter {
  /** The name shown by the host (the library's JSON name where there is one). */
  readonly name: string;
  /** 中文说明, shown in the host's function dialog. */
  readonly description: string;
  /** May be left blank (every optional parameter comes after the required ones). */
  readonly optional?: true;
}

/** One sheet function of the bundle. */
export interface SheetFunction {
  /** The bundle's name (`DIBAO_CLASS`); Excel shows it as `DIBAO.CLASS` (namespace `DIBAO`). */
  readonly id: string;
  /** 中文说明 with the article. */
  readonly description: string;
  readonly parameters: readonly SheetParameter[];
  /** A `_RANGE` function: one range in, a 2-D array out (one output row per input row). */
  readonly range: boolean;
}

/** 第4条: the row of a 标准测算表 (the statistics of year − 2). */
const STANDARDS_ROW: readonly SheetParameter[] = [
  { name: 'year', description: '低保标准适用的年度 Y（统计数据为 Y−2 年）' },
  { name: 'urbanDisposableIncomePerYear', description: '上上年度城市居民人均可支配收入，元/年' },
  { name: 'ruralDisposableIncomePerYear', description: '上上年度农村居民人均可支配收入，元/年' },
  { name: 'minimumWagePerMonth', description: '上上年度月最低工资标准，元/月' },
  { name: 'povertyLinePerYear', description: '国家现行扶贫标准，元/人·年' },
  {
    name: 'guidanceUrbanPerMonth',
    description: '省城市低保最低指导标准，元/人·月（可空；须与农村一项同填）',
    optional: true,
  },
  { name: 'guidanceRuralPerMonth', description: '省农村低保最低指导标准，元/人·月（可空）', optional: true },
  { name: 'roundingUnit', description: '取整单位，元（可空，默认 1）', optional: true },
];

/** A `_RANGE` function's one argument. */
const ROWS: readonly SheetParameter[] = [
  { name: 'rows', description: '单元格区域：每行一户/一地，列序同对应的单值函数' },
];

/** 第12条: the prior year's standard and minimum wage, the ability and the options. */
const SUPPORT_ROW: readonly SheetParameter[] = [
  { name: 'priorYearDibaoStandardPerMonth', description: '当地上年度低保标准，元/人·月' },
  { name: 'priorYearMinimumWagePerMonth', description: '当地上年度月最低工资标准，元/月' },
  {
    name: 'selfCareAbility',
    description: '生活自理能力：able/partiallyLost/fullyLost 或 具备/部分丧失/完全丧失（可空）',
    optional: true,
  },
  { name: 'basicLivingMultiplier', description: '基本生活标准倍数（可空，默认 1.3）', optional: true },
  { name: 'roundingUnit', description: '取整单位，元（可空，默认 1）', optional: true },
];

/** 第5条: a household's totals, property conclusions and the two options. */
const HOUSEHOLD_ROW: readonly SheetParameter[] = [
  { name: 'members', description: '共同生活的家庭成员人数 n' },
  { name: 'incomePerMonth', description: '家庭月收入合计 H，元/月（空 = 未知，0 = 无收入）' },
  { name: 'standardPerMonth', description: '当地低保标准 S，元/人·月' },
  { name: 'propertyMeetsDibao', description: '财产符合低保条件（核对平台结论；空 = 未知）', optional: true },
  { name: 'propertyMeetsLowIncome', description: '财产符合低收入条件（空 = 未知）', optional: true },
  { name: 'thresholdInclusive', description: '收入恰等于标准时计入（默认 FALSE，字面）', optional: true },
  {
    name: 'lowIncomeAdmitsBelowStandard',
    description: '低于标准但低保财产不符时可认定低收入（默认 FALSE）',
    optional: true,
  },
];

/** Every sheet function of the bundle, in the order the kits list them. */
export const SHEET_FUNCTIONS: readonly SheetFunction[] = [
  {
    id: 'DIBAO_URBAN_FLOOR',
    description: '第4条 城市低保标准下限 = 20% × 城市居民人均可支配收入 ÷ 12（向上取整），元/人·月',
    parameters: STANDARDS_ROW,
    range: false,
  },
  {
    id: 'DIBAO_URBAN_CAP',
    description: '第4条 城市低保标准上限 = 40% × 月最低工资标准（向下取整），元/人·月',
    parameters: STANDARDS_ROW,
    range: false,
  },
  {
    id: 'DIBAO_URBAN_MINIMUM',
    description: '第4条 城市低保最低标准 = max(下限, 省指导标准)，元/人·月',
    parameters: STANDARDS_ROW,
    range: false,
  },
  {
    id: 'DIBAO_RURAL_MINIMUM',
    description: '第4条 农村低保最低标准 = max(按城乡收入比折算, 扶贫标准 ÷ 12, 省指导标准)，元/人·月',
    parameters: STANDARDS_ROW,
    range: false,
  },
  {
    id: 'DIBAO_STANDARDS_RANGE',
    description: '第4条 整表：每行 → [下限, 上限, 可行, 城市最低, 农村最低]',
    parameters: ROWS,
    range: true,
  },
  {
    id: 'DIBAO_SUPPORT_BASIC',
    description: '第12条 特困人员基本生活标准 = 1.3 × 上年度低保标准（向上取整），元/人·月',
    parameters: SUPPORT_ROW,
    range: false,
  },
  {
    id: 'DIBAO_SUPPORT_CARE',
    description: '第12条 照料护理标准 = 10%/20%/30% × 上年度最低工资标准，元/人·月',
    parameters: SUPPORT_ROW,
    range: false,
  },
  {
    id: 'DIBAO_SUPPORT_TOTAL',
    description: '第12条 供养标准合计 = 基本生活标准 + 照料护理标准，元/人·月',
    parameters: SUPPORT_ROW,
    range: false,
  },
  {
    id: 'DIBAO_SUPPORT_RANGE',
    description: '第12条 整表：每行 → [基本生活, 照料护理, 合计]',
    parameters: ROWS,
    range: true,
  },
  {
    id: 'DIBAO_SELF_CARE',
    description: '生活自理能力等级（特困人员认定办法(2021)第21–22条）：able / partiallyLost / fullyLost',
    parameters: [
      {
        name: 'eating',
        description: '自主吃饭：TRUE/能 = 能自主完成，FALSE/不能 = 不能，空 = 未知',
        optional: true,
      },
      {
        name: 'dressing',
        description: '自主穿衣：TRUE/能 = 能自主完成，FALSE/不能 = 不能，空 = 未知',
        optional: true,
      },
      {
        name: 'transferring',
        description: '自主上下床：TRUE/能 = 能自主完成，FALSE/不能 = 不能，空 = 未知',
        optional: true,
      },
      {
        name: 'toileting',
        description: '自主如厕：TRUE/能 = 能自主完成，FALSE/不能 = 不能，空 = 未知',
        optional: true,
      },
      {
        name: 'indoorWalking',
        description: '室内自主行走：TRUE/能 = 能自主完成，FALSE/不能 = 不能，空 = 未知',
        optional: true,
      },
      {
        name: 'bathing',
        description: '自主洗澡：TRUE/能 = 能自主完成，FALSE/不能 = 不能，空 = 未知',
        optional: true,
      },
    ],
    range: false,
  },
  {
    id: 'DIBAO_SELF_CARE_RANGE',
    description: '生活自理能力整表：每行六项 → [等级]',
    parameters: ROWS,
    range: true,
  },
  {
    id: 'DIBAO_CLASS',
    description: '第5条 家庭类别：dibao 低保 / lowIncome 低收入 / none',
    parameters: HOUSEHOLD_ROW,
    range: false,
  },
  {
    id: 'DIBAO_BENEFIT',
    description: '第5条 低保金（差额）= (S − H ÷ n) × n，元/月；非低保家庭为空',
    parameters: HOUSEHOLD_ROW,
    range: false,
  },
  { id: 'DIBAO_CLASS_RANGE', description: '家庭类别整表：每行一户 → [类别]', parameters: ROWS, range: true },
  {
    id: 'DIBAO_BENEFIT_RANGE',
    description: '低保金整表：每行一户 → [低保金]',
    parameters: ROWS,
    range: true,
  },
  {
    id: 'DIBAO_HOUSEHOLD_RANGE',
    description: '家庭整表：每行一户 → [类别, 低保金]',
    parameters: ROWS,
    range: true,
  },
  {
    id: 'DIBAO_LABEL',
    description: '代码的中文名称（dibao → 低保）',
    parameters: [{ name: 'code', description: 'DIBAO_ 函数返回的代码' }],
    range: false,
  },
  {
    id: 'EXCEL_DATE',
    description: 'Excel/WPS 日期序列号 → ISO 日期 YYYY-MM-DD（序列号 60 即虚构的 1900-02-29 报错）',
    parameters: [
      { name: 'serial', description: '日期序列号' },
      { name: 'date1904', description: 'TRUE = 1904 日期系统（旧版 Mac 工作簿）', optional: true },
    ],
    range: false,
  },
];

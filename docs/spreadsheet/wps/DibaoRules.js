// biome-ignore-all lint/correctness/noUnusedVariables: every function here is an entry point WPS calls from a cell.
/**
 * dibao-rules — WPS 表格 JS 宏 (JSA) custom functions. Thin wrappers over the global bundle.
 *
 * Setup (see README.md in this folder): 开发工具 → WPS 宏编辑器 (JS); add a module "DibaoRulesBundle" and
 * paste node_modules/dibao-rules/dist/dibao-rules.global.js into it (it defines the global DibaoRules); add
 * this file as a second module "DibaoRules". Then a cell reads =DIBAO_URBAN_FLOOR(A2,B2,C2,D2,E2); the
 * *_RANGE functions return a 2-D array (enter as an array formula where the WPS version does not spill).
 *
 * WPS hands a cell reference to a JS macro function as a Range object: its values are read through
 * Value2 (numbers and date serials, not formatted text). The functions never throw: a bad cell gives text
 * "#VALUE! field: …", a blank the answer needs gives "#N/A …".
 */

/** The value of one cell: a Range's Value2, or the argument itself (a constant typed in the formula). */
function dibaoCell_(x) {
  if (x !== null && typeof x === 'object' && 'Value2' in x) return x.Value2;
  return x;
}

/** The 2-D array of a range argument (a single cell's Range gives a scalar Value2: wrap it). */
function dibaoRange_(x) {
  var v = dibaoCell_(x);
  if (Array.isArray(v)) return v;
  return [[v]];
}

/**
 * 第4条 城市低保标准下限 = 20% × 城市居民人均可支配收入 ÷ 12（向上取整），元/人·月
 * @param {*} year 低保标准适用的年度 Y（统计数据为 Y−2 年）
 * @param {*} urbanDisposableIncomePerYear 上上年度城市居民人均可支配收入，元/年
 * @param {*} ruralDisposableIncomePerYear 上上年度农村居民人均可支配收入，元/年
 * @param {*} minimumWagePerMonth 上上年度月最低工资标准，元/月
 * @param {*} povertyLinePerYear 国家现行扶贫标准，元/人·年
 * @param {*} [guidanceUrbanPerMonth] 省城市低保最低指导标准，元/人·月（可空；须与农村一项同填）
 * @param {*} [guidanceRuralPerMonth] 省农村低保最低指导标准，元/人·月（可空）
 * @param {*} [roundingUnit] 取整单位，元（可空，默认 1）
 * @return {*} 结果；无效输入返回以 #VALUE! 开头的文本
 */
function DIBAO_URBAN_FLOOR(
  year,
  urbanDisposableIncomePerYear,
  ruralDisposableIncomePerYear,
  minimumWagePerMonth,
  povertyLinePerYear,
  guidanceUrbanPerMonth,
  guidanceRuralPerMonth,
  roundingUnit,
) {
  return DibaoRules.DIBAO_URBAN_FLOOR(
    dibaoCell_(year),
    dibaoCell_(urbanDisposableIncomePerYear),
    dibaoCell_(ruralDisposableIncomePerYear),
    dibaoCell_(minimumWagePerMonth),
    dibaoCell_(povertyLinePerYear),
    dibaoCell_(guidanceUrbanPerMonth),
    dibaoCell_(guidanceRuralPerMonth),
    dibaoCell_(roundingUnit),
  );
}

/**
 * 第4条 城市低保标准上限 = 40% × 月最低工资标准（向下取整），元/人·月
 * @param {*} year 低保标准适用的年度 Y（统计数据为 Y−2 年）
 * @param {*} urbanDisposableIncomePerYear 上上年度城市居民人均可支配收入，元/年
 * @param {*} ruralDisposableIncomePerYear 上上年度农村居民人均可支配收入，元/年
 * @param {*} minimumWagePerMonth 上上年度月最低工资标准，元/月
 * @param {*} povertyLinePerYear 国家现行扶贫标准，元/人·年
 * @param {*} [guidanceUrbanPerMonth] 省城市低保最低指导标准，元/人·月（可空；须与农村一项同填）
 * @param {*} [guidanceRuralPerMonth] 省农村低保最低指导标准，元/人·月（可空）
 * @param {*} [roundingUnit] 取整单位，元（可空，默认 1）
 * @return {*} 结果；无效输入返回以 #VALUE! 开头的文本
 */
function DIBAO_URBAN_CAP(
  year,
  urbanDisposableIncomePerYear,
  ruralDisposableIncomePerYear,
  minimumWagePerMonth,
  povertyLinePerYear,
  guidanceUrbanPerMonth,
  guidanceRuralPerMonth,
  roundingUnit,
) {
  return DibaoRules.DIBAO_URBAN_CAP(
    dibaoCell_(year),
    dibaoCell_(urbanDisposableIncomePerYear),
    dibaoCell_(ruralDisposableIncomePerYear),
    dibaoCell_(minimumWagePerMonth),
    dibaoCell_(povertyLinePerYear),
    dibaoCell_(guidanceUrbanPerMonth),
    dibaoCell_(guidanceRuralPerMonth),
    dibaoCell_(roundingUnit),
  );
}

/**
 * 第4条 城市低保最低标准 = max(下限, 省指导标准)，元/人·月
 * @param {*} year 低保标准适用的年度 Y（统计数据为 Y−2 年）
 * @param {*} urbanDisposableIncomePerYear 上上年度城市居民人均可支配收入，元/年
 * @param {*} ruralDisposableIncomePerYear 上上年度农村居民人均可支配收入，元/年
 * @param {*} minimumWagePerMonth 上上年度月最低工资标准，元/月
 * @param {*} povertyLinePerYear 国家现行扶贫标准，元/人·年
 * @param {*} [guidanceUrbanPerMonth] 省城市低保最低指导标准，元/人·月（可空；须与农村一项同填）
 * @param {*} [guidanceRuralPerMonth] 省农村低保最低指导标准，元/人·月（可空）
 * @param {*} [roundingUnit] 取整单位，元（可空，默认 1）
 * @return {*} 结果；无效输入返回以 #VALUE! 开头的文本
 */
function DIBAO_URBAN_MINIMUM(
  year,
  urbanDisposableIncomePerYear,
  ruralDisposableIncomePerYear,
  minimumWagePerMonth,
  povertyLinePerYear,
  guidanceUrbanPerMonth,
  guidanceRuralPerMonth,
  roundingUnit,
) {
  return DibaoRules.DIBAO_URBAN_MINIMUM(
    dibaoCell_(year),
    dibaoCell_(urbanDisposableIncomePerYear),
    dibaoCell_(ruralDisposableIncomePerYear),
    dibaoCell_(minimumWagePerMonth),
    dibaoCell_(povertyLinePerYear),
    dibaoCell_(guidanceUrbanPerMonth),
    dibaoCell_(guidanceRuralPerMonth),
    dibaoCell_(roundingUnit),
  );
}

/**
 * 第4条 农村低保最低标准 = max(按城乡收入比折算, 扶贫标准 ÷ 12, 省指导标准)，元/人·月
 * @param {*} year 低保标准适用的年度 Y（统计数据为 Y−2 年）
 * @param {*} urbanDisposableIncomePerYear 上上年度城市居民人均可支配收入，元/年
 * @param {*} ruralDisposableIncomePerYear 上上年度农村居民人均可支配收入，元/年
 * @param {*} minimumWagePerMonth 上上年度月最低工资标准，元/月
 * @param {*} povertyLinePerYear 国家现行扶贫标准，元/人·年
 * @param {*} [guidanceUrbanPerMonth] 省城市低保最低指导标准，元/人·月（可空；须与农村一项同填）
 * @param {*} [guidanceRuralPerMonth] 省农村低保最低指导标准，元/人·月（可空）
 * @param {*} [roundingUnit] 取整单位，元（可空，默认 1）
 * @return {*} 结果；无效输入返回以 #VALUE! 开头的文本
 */
function DIBAO_RURAL_MINIMUM(
  year,
  urbanDisposableIncomePerYear,
  ruralDisposableIncomePerYear,
  minimumWagePerMonth,
  povertyLinePerYear,
  guidanceUrbanPerMonth,
  guidanceRuralPerMonth,
  roundingUnit,
) {
  return DibaoRules.DIBAO_RURAL_MINIMUM(
    dibaoCell_(year),
    dibaoCell_(urbanDisposableIncomePerYear),
    dibaoCell_(ruralDisposableIncomePerYear),
    dibaoCell_(minimumWagePerMonth),
    dibaoCell_(povertyLinePerYear),
    dibaoCell_(guidanceUrbanPerMonth),
    dibaoCell_(guidanceRuralPerMonth),
    dibaoCell_(roundingUnit),
  );
}

/**
 * 第4条 整表：每行 → [下限, 上限, 可行, 城市最低, 农村最低]
 * @param {Array<Array<*>>} rows 单元格区域：每行一户/一地，列序同对应的单值函数
 * @return {Array<Array<*>>} 结果；无效输入返回以 #VALUE! 开头的文本
 */
function DIBAO_STANDARDS_RANGE(rows) {
  return DibaoRules.DIBAO_STANDARDS_RANGE(dibaoRange_(rows));
}

/**
 * 第12条 特困人员基本生活标准 = 1.3 × 上年度低保标准（向上取整），元/人·月
 * @param {*} priorYearDibaoStandardPerMonth 当地上年度低保标准，元/人·月
 * @param {*} priorYearMinimumWagePerMonth 当地上年度月最低工资标准，元/月
 * @param {*} [selfCareAbility] 生活自理能力：able/partiallyLost/fullyLost 或 具备/部分丧失/完全丧失（可空）
 * @param {*} [basicLivingMultiplier] 基本生活标准倍数（可空，默认 1.3）
 * @param {*} [roundingUnit] 取整单位，元（可空，默认 1）
 * @return {*} 结果；无效输入返回以 #VALUE! 开头的文本
 */
function DIBAO_SUPPORT_BASIC(
  priorYearDibaoStandardPerMonth,
  priorYearMinimumWagePerMonth,
  selfCareAbility,
  basicLivingMultiplier,
  roundingUnit,
) {
  return DibaoRules.DIBAO_SUPPORT_BASIC(
    dibaoCell_(priorYearDibaoStandardPerMonth),
    dibaoCell_(priorYearMinimumWagePerMonth),
    dibaoCell_(selfCareAbility),
    dibaoCell_(basicLivingMultiplier),
    dibaoCell_(roundingUnit),
  );
}

/**
 * 第12条 照料护理标准 = 10%/20%/30% × 上年度最低工资标准，元/人·月
 * @param {*} priorYearDibaoStandardPerMonth 当地上年度低保标准，元/人·月
 * @param {*} priorYearMinimumWagePerMonth 当地上年度月最低工资标准，元/月
 * @param {*} [selfCareAbility] 生活自理能力：able/partiallyLost/fullyLost 或 具备/部分丧失/完全丧失（可空）
 * @param {*} [basicLivingMultiplier] 基本生活标准倍数（可空，默认 1.3）
 * @param {*} [roundingUnit] 取整单位，元（可空，默认 1）
 * @return {*} 结果；无效输入返回以 #VALUE! 开头的文本
 */
function DIBAO_SUPPORT_CARE(
  priorYearDibaoStandardPerMonth,
  priorYearMinimumWagePerMonth,
  selfCareAbility,
  basicLivingMultiplier,
  roundingUnit,
) {
  return DibaoRules.DIBAO_SUPPORT_CARE(
    dibaoCell_(priorYearDibaoStandardPerMonth),
    dibaoCell_(priorYearMinimumWagePerMonth),
    dibaoCell_(selfCareAbility),
    dibaoCell_(basicLivingMultiplier),
    dibaoCell_(roundingUnit),
  );
}

/**
 * 第12条 供养标准合计 = 基本生活标准 + 照料护理标准，元/人·月
 * @param {*} priorYearDibaoStandardPerMonth 当地上年度低保标准，元/人·月
 * @param {*} priorYearMinimumWagePerMonth 当地上年度月最低工资标准，元/月
 * @param {*} [selfCareAbility] 生活自理能力：able/partiallyLost/fullyLost 或 具备/部分丧失/完全丧失（可空）
 * @param {*} [basicLivingMultiplier] 基本生活标准倍数（可空，默认 1.3）
 * @param {*} [roundingUnit] 取整单位，元（可空，默认 1）
 * @return {*} 结果；无效输入返回以 #VALUE! 开头的文本
 */
function DIBAO_SUPPORT_TOTAL(
  priorYearDibaoStandardPerMonth,
  priorYearMinimumWagePerMonth,
  selfCareAbility,
  basicLivingMultiplier,
  roundingUnit,
) {
  return DibaoRules.DIBAO_SUPPORT_TOTAL(
    dibaoCell_(priorYearDibaoStandardPerMonth),
    dibaoCell_(priorYearMinimumWagePerMonth),
    dibaoCell_(selfCareAbility),
    dibaoCell_(basicLivingMultiplier),
    dibaoCell_(roundingUnit),
  );
}

/**
 * 第12条 整表：每行 → [基本生活, 照料护理, 合计]
 * @param {Array<Array<*>>} rows 单元格区域：每行一户/一地，列序同对应的单值函数
 * @return {Array<Array<*>>} 结果；无效输入返回以 #VALUE! 开头的文本
 */
function DIBAO_SUPPORT_RANGE(rows) {
  return DibaoRules.DIBAO_SUPPORT_RANGE(dibaoRange_(rows));
}

/**
 * 生活自理能力等级（特困人员认定办法(2021)第21–22条）：able / partiallyLost / fullyLost
 * @param {*} [eating] 自主吃饭：TRUE/能 = 能自主完成，FALSE/不能 = 不能，空 = 未知
 * @param {*} [dressing] 自主穿衣：TRUE/能 = 能自主完成，FALSE/不能 = 不能，空 = 未知
 * @param {*} [transferring] 自主上下床：TRUE/能 = 能自主完成，FALSE/不能 = 不能，空 = 未知
 * @param {*} [toileting] 自主如厕：TRUE/能 = 能自主完成，FALSE/不能 = 不能，空 = 未知
 * @param {*} [indoorWalking] 室内自主行走：TRUE/能 = 能自主完成，FALSE/不能 = 不能，空 = 未知
 * @param {*} [bathing] 自主洗澡：TRUE/能 = 能自主完成，FALSE/不能 = 不能，空 = 未知
 * @return {*} 结果；无效输入返回以 #VALUE! 开头的文本
 */
function DIBAO_SELF_CARE(eating, dressing, transferring, toileting, indoorWalking, bathing) {
  return DibaoRules.DIBAO_SELF_CARE(
    dibaoCell_(eating),
    dibaoCell_(dressing),
    dibaoCell_(transferring),
    dibaoCell_(toileting),
    dibaoCell_(indoorWalking),
    dibaoCell_(bathing),
  );
}

/**
 * 生活自理能力整表：每行六项 → [等级]
 * @param {Array<Array<*>>} rows 单元格区域：每行一户/一地，列序同对应的单值函数
 * @return {Array<Array<*>>} 结果；无效输入返回以 #VALUE! 开头的文本
 */
function DIBAO_SELF_CARE_RANGE(rows) {
  return DibaoRules.DIBAO_SELF_CARE_RANGE(dibaoRange_(rows));
}

/**
 * 第5条 家庭类别：dibao 低保 / lowIncome 低收入 / none
 * @param {*} members 共同生活的家庭成员人数 n
 * @param {*} incomePerMonth 家庭月收入合计 H，元/月（空 = 未知，0 = 无收入）
 * @param {*} standardPerMonth 当地低保标准 S，元/人·月
 * @param {*} [propertyMeetsDibao] 财产符合低保条件（核对平台结论；空 = 未知）
 * @param {*} [propertyMeetsLowIncome] 财产符合低收入条件（空 = 未知）
 * @param {*} [thresholdInclusive] 收入恰等于标准时计入（默认 FALSE，字面）
 * @param {*} [lowIncomeAdmitsBelowStandard] 低于标准但低保财产不符时可认定低收入（默认 FALSE）
 * @return {*} 结果；无效输入返回以 #VALUE! 开头的文本
 */
function DIBAO_CLASS(
  members,
  incomePerMonth,
  standardPerMonth,
  propertyMeetsDibao,
  propertyMeetsLowIncome,
  thresholdInclusive,
  lowIncomeAdmitsBelowStandard,
) {
  return DibaoRules.DIBAO_CLASS(
    dibaoCell_(members),
    dibaoCell_(incomePerMonth),
    dibaoCell_(standardPerMonth),
    dibaoCell_(propertyMeetsDibao),
    dibaoCell_(propertyMeetsLowIncome),
    dibaoCell_(thresholdInclusive),
    dibaoCell_(lowIncomeAdmitsBelowStandard),
  );
}

/**
 * 低保金（差额）= (S − H ÷ n) × n，元/月；非低保家庭为空
 * @param {*} members 共同生活的家庭成员人数 n
 * @param {*} incomePerMonth 家庭月收入合计 H，元/月（空 = 未知，0 = 无收入）
 * @param {*} standardPerMonth 当地低保标准 S，元/人·月
 * @param {*} [propertyMeetsDibao] 财产符合低保条件（核对平台结论；空 = 未知）
 * @param {*} [propertyMeetsLowIncome] 财产符合低收入条件（空 = 未知）
 * @param {*} [thresholdInclusive] 收入恰等于标准时计入（默认 FALSE，字面）
 * @param {*} [lowIncomeAdmitsBelowStandard] 低于标准但低保财产不符时可认定低收入（默认 FALSE）
 * @return {*} 结果；无效输入返回以 #VALUE! 开头的文本
 */
function DIBAO_BENEFIT(
  members,
  incomePerMonth,
  standardPerMonth,
  propertyMeetsDibao,
  propertyMeetsLowIncome,
  thresholdInclusive,
  lowIncomeAdmitsBelowStandard,
) {
  return DibaoRules.DIBAO_BENEFIT(
    dibaoCell_(members),
    dibaoCell_(incomePerMonth),
    dibaoCell_(standardPerMonth),
    dibaoCell_(propertyMeetsDibao),
    dibaoCell_(propertyMeetsLowIncome),
    dibaoCell_(thresholdInclusive),
    dibaoCell_(lowIncomeAdmitsBelowStandard),
  );
}

/**
 * 家庭类别整表：每行一户 → [类别]
 * @param {Array<Array<*>>} rows 单元格区域：每行一户/一地，列序同对应的单值函数
 * @return {Array<Array<*>>} 结果；无效输入返回以 #VALUE! 开头的文本
 */
function DIBAO_CLASS_RANGE(rows) {
  return DibaoRules.DIBAO_CLASS_RANGE(dibaoRange_(rows));
}

/**
 * 低保金整表：每行一户 → [低保金]
 * @param {Array<Array<*>>} rows 单元格区域：每行一户/一地，列序同对应的单值函数
 * @return {Array<Array<*>>} 结果；无效输入返回以 #VALUE! 开头的文本
 */
function DIBAO_BENEFIT_RANGE(rows) {
  return DibaoRules.DIBAO_BENEFIT_RANGE(dibaoRange_(rows));
}

/**
 * 家庭整表：每行一户 → [类别, 低保金]
 * @param {Array<Array<*>>} rows 单元格区域：每行一户/一地，列序同对应的单值函数
 * @return {Array<Array<*>>} 结果；无效输入返回以 #VALUE! 开头的文本
 */
function DIBAO_HOUSEHOLD_RANGE(rows) {
  return DibaoRules.DIBAO_HOUSEHOLD_RANGE(dibaoRange_(rows));
}

/**
 * 代码的中文名称（dibao → 低保）
 * @param {*} code DIBAO_ 函数返回的代码
 * @return {*} 结果；无效输入返回以 #VALUE! 开头的文本
 */
function DIBAO_LABEL(code) {
  return DibaoRules.DIBAO_LABEL(dibaoCell_(code));
}

/**
 * Excel/WPS 日期序列号 → ISO 日期 YYYY-MM-DD（序列号 60 即虚构的 1900-02-29 报错）
 * @param {*} serial 日期序列号
 * @param {*} [date1904] TRUE = 1904 日期系统（旧版 Mac 工作簿）
 * @return {*} 结果；无效输入返回以 #VALUE! 开头的文本
 */
function EXCEL_DATE(serial, date1904) {
  return DibaoRules.EXCEL_DATE(dibaoCell_(serial), dibaoCell_(date1904));
}

/*
 * dibao-rules — Excel custom functions (Office JavaScript API). Thin wrappers over the global bundle.
 *
 * Setup (see README.md in this folder): the add-in's functions page loads, in this order,
 *   <script src="https://appsforoffice.microsoft.com/lib/1/hosted/custom-functions-runtime.js"></script>
 *   <script src="dibao-rules.global.js"></script>      (copied from node_modules/dibao-rules/dist/)
 *   <script src="functions.js"></script>              (this file)
 * and the manifest points to functions.json with the namespace DIBAO, so a cell reads
 * =DIBAO.URBAN_FLOOR(A2,B2,C2,D2,E2) or =DIBAO.CLASS(B2,C2,D2,E2,F2).
 *
 * The bundle never throws; its error values are text starting with "#VALUE!" (bad cell) or "#N/A"
 * (a blank cell the answer depends on). Here they become real Excel errors, with the message shown in
 * the cell's error tooltip. Excel passes an invocation object after the declared parameters; it is cut off.
 */
/* global CustomFunctions, DibaoRules */
(() => {
  function toExcel(value) {
    if (typeof value !== 'string') return value;
    if (value.indexOf('#VALUE! ') === 0)
      return new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidValue, value.slice(8));
    if (value.indexOf('#N/A ') === 0)
      return new CustomFunctions.Error(CustomFunctions.ErrorCode.notAvailable, value.slice(5));
    if (value.indexOf('#ERROR! ') === 0)
      return new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidValue, value.slice(8));
    return value;
  }

  /** A function of single cells; `arity` = the parameters declared in functions.json. */
  function scalar(name, arity) {
    return (...args) => toExcel(DibaoRules[name](...args.slice(0, arity)));
  }

  /** A function of one range (a 2-D array in, a 2-D array out). */
  function matrix(name) {
    return (rows) => DibaoRules[name](rows).map((row) => row.map(toExcel));
  }

  CustomFunctions.associate('DIBAO_URBAN_FLOOR', scalar('DIBAO_URBAN_FLOOR', 8));
  CustomFunctions.associate('DIBAO_URBAN_CAP', scalar('DIBAO_URBAN_CAP', 8));
  CustomFunctions.associate('DIBAO_URBAN_MINIMUM', scalar('DIBAO_URBAN_MINIMUM', 8));
  CustomFunctions.associate('DIBAO_RURAL_MINIMUM', scalar('DIBAO_RURAL_MINIMUM', 8));
  CustomFunctions.associate('DIBAO_STANDARDS_RANGE', matrix('DIBAO_STANDARDS_RANGE', 1));
  CustomFunctions.associate('DIBAO_SUPPORT_BASIC', scalar('DIBAO_SUPPORT_BASIC', 5));
  CustomFunctions.associate('DIBAO_SUPPORT_CARE', scalar('DIBAO_SUPPORT_CARE', 5));
  CustomFunctions.associate('DIBAO_SUPPORT_TOTAL', scalar('DIBAO_SUPPORT_TOTAL', 5));
  CustomFunctions.associate('DIBAO_SUPPORT_RANGE', matrix('DIBAO_SUPPORT_RANGE', 1));
  CustomFunctions.associate('DIBAO_SELF_CARE', scalar('DIBAO_SELF_CARE', 6));
  CustomFunctions.associate('DIBAO_SELF_CARE_RANGE', matrix('DIBAO_SELF_CARE_RANGE', 1));
  CustomFunctions.associate('DIBAO_CLASS', scalar('DIBAO_CLASS', 7));
  CustomFunctions.associate('DIBAO_BENEFIT', scalar('DIBAO_BENEFIT', 7));
  CustomFunctions.associate('DIBAO_CLASS_RANGE', matrix('DIBAO_CLASS_RANGE', 1));
  CustomFunctions.associate('DIBAO_BENEFIT_RANGE', matrix('DIBAO_BENEFIT_RANGE', 1));
  CustomFunctions.associate('DIBAO_HOUSEHOLD_RANGE', matrix('DIBAO_HOUSEHOLD_RANGE', 1));
  CustomFunctions.associate('DIBAO_LABEL', scalar('DIBAO_LABEL', 1));
  CustomFunctions.associate('EXCEL_DATE', scalar('EXCEL_DATE', 2));
})();

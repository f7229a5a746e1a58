#!/usr/bin/env node
// Combines the JSON reports of Stryker runs made in parts (`STRYKER_PART=<part> npx stryker run --mutate …`,
// see stryker.config.mjs) into one mutation score over src/core and src/rules.
//
// For every source file the report of the LATEST run that mutated it is used (by the report file's
// modification time); a file's figures come from one run only, never summed across runs. A report whose copy
// of the source differs from the file on disk is flagged `stale` — its figures belong to older code.
// Score = (killed + timed out) / (killed + timed out + survived + no coverage), as Stryker computes it;
// ignored (static), compile-error and runtime-error mutants are not counted.
//
// Surviving mutants judged EQUIVALENT (no input can tell them apart from the original; each with its reason,
// also listed in docs/quality.md) are in EQUIVALENT below. They stay in the score, as Stryker counts them; the
// script also prints the score without them, and flags a listed mutant that no report contains any more.
//
// usage: node scripts/mutation-score.mjs [reports/mutation/*.json …] [--json]
// Without report arguments it reads every *.json in reports/mutation/.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

/**
 * Survivors judged equivalent: [file, line (or 'line:column' where one line has two alike), mutator, replacement,
 * reason]. `t.enabled → true` guards are
 * equivalent because `Tracer.step` records nothing when tracing is off: only the cost changes.
 */
const TRACE_GUARD = 'tracing guard: Tracer.step records nothing when tracing is off';
/** Why the survivors of national-household.ts listed below are equivalent (each reason once). */
const NH = {
  undef:
    'every member has an entry in the incomes array (an income or null): the undefined test only narrows the type under noUncheckedIndexedAccess',
  loopEnd: 'counted[counted.length] is undefined, so the extra turn stops at the `!counted[i]` test',
  knownIncome:
    "an outcome's income is read only where every possibility is 低保 with the count decided; an unknown counted income makes the class none at the largest sampled income, so no such outcome is ever read",
  dedupe:
    'without the skip an equal point is pushed again with the midpoint of the two (itself) before it: the same samples, repeated',
  textInit: "each group's text is set from its values before any text is read",
  sparse:
    'relevant is read only at indices set before or as falsy holes, and forEach skips holes: the same dimensions are marked',
  sortText:
    'for one possibility the classes fall in rank as the sampled income rises, so two possibilities with the same set list it in the same order; the other projections have one value per possibility',
  joinText:
    'the names of distinct classes (dibao, lowIncome, none) joined without a separator are still unambiguous; the other projections have one value per possibility',
  dimEnd: 'at d = dims the key has no entry: the flipped key is not found and nothing is marked',
  marked: 'a dimension already marked is only tested again: marking it twice changes nothing',
  flip: 'each pair of possibilities that differ in one dimension is compared from its 0 side, where 1 + 0 = 1 − 0; from the 1 side the key 2 is not found, and the pair was already compared',
  arrayLen:
    'the array is filled index by index for every member before it is read: its initial length changes nothing',
  arrayExtra: "the extra index n is never read (a member's first amount index or income at n)",
  windowNoK:
    'without gradualExitMonths the window start is never read (no new work is looked for and no 渐退期 step is written)',
  newWorkNoK:
    'without gradualExitMonths the new work only feeds H″ and its samples, which no outcome reads outside a 渐退期 (receiving is false in every possibility)',
  openNoK:
    'a list that is never iterated (gradualExitMonths is set, so every member has a list) or whose start dates no outcome reads (no 渐退期)',
  skipEmpty:
    'leaving out an empty list of entries gives the income itself: the test only saves the recomputation',
  gradualNoK: 'without gradualExitMonths receiving is false in every possibility, so H″ is never tried',
  receivingNoK:
    'without gradualExitMonths H″ is never tried, so the receivingDibao values of the possibilities give the same outcome and are never named',
  openWithinNone:
    'with no new work of unknown start, leaving out the open entries too gives the same H″: the possibilities repeat',
  loopExtra:
    'the extra turn evaluates a possibility with an undefined value, read as false: it repeats the possibility with false and its key has no neighbour that differs',
  tooOpenEval:
    'with more than six open members the class is set undetermined and the count left open before any outcome is read: evaluating them anyway only costs time',
  comboExtra:
    'the extra combination sets only a bit beyond the open members: it repeats the combination in which every open member is counted',
  comboBit:
    "reading the bit the other way round lists the same possibilities with the opposite key, and a dimension's relevance compares both sides",
  countedOpen:
    "the count is open exactly when some 特困 status is open and they are few enough to evaluate (an open status is counted in some possibilities and not in others); with too many the class is undetermined: the condition reduces to counted === null && cls !== 'undetermined'",
  dimTail:
    'dims itself falls to the default case as well (dims − open.length = 4): dims + 1 and dims name the same income dimension',
  sameDate: 'a start date equal to the earliest one replaces it by itself',
  throwawayTracer: 'the grant is computed into a tracer that is dropped: its steps are never read',
  redundantEp:
    "the member's own 特困 paths were added to missing at the start of the same turn: adding them again changes nothing",
  pdMissingEmpty: 'the property paths are empty whenever the 低保 property is known',
  nullCount:
    'countedMembers is null exactly when counted is null, and null > 0 is false: the extra tests only narrow the type',
  dibaoCount: 'a 低保 class has at least one counted member (nobody counted is none)',
  basisOne:
    'with the count decided and every income known there is one sampled income, and the basis varies between possibilities only with the class or the income (the 渐退期 income), so a 低保 class with one income has one basis',
  openKey: "no income key is empty, so '' tells an open income from every known one as 'open' does",
  h1Undetermined: 'H1 is read only when the class is 低保',
  incomeNeverNull:
    "this projection is read only where the class is 低保 in every possibility with the count decided, so no counted income is unknown and no outcome's income is null",
  gradualImplies:
    'the basis gradualExit comes only with the class 低保 and only when gradualExitMonths is set',
  perCapitaNull:
    'perCapitaIncomePerMonth gives null for an unknown income, and H′ is unknown whenever the count is open or nobody is counted: the guards only narrow the type',
  basisUndetermined:
    'the basis is set only where every possibility has the same class, so it is already null when the class is undetermined',
  TRACE: TRACE_GUARD,
};
/** [line:column, mutator, replacement, reason] of the equivalent survivors of src/rules/national-household.ts. */
const NATIONAL_HOUSEHOLD = [
  ['130:19', 'EqualityOperator', 'i <= counted.length', NH.loopEnd],
  ['134:25', 'ConditionalExpression', 'false', NH.undef],
  ['135:15', 'BooleanLiteral', 'true', NH.knownIncome],
  ['168:19', 'EqualityOperator', 'i <= counted.length', NH.loopEnd],
  ['172:25', 'ConditionalExpression', 'false', NH.undef],
  ['194:9', 'ConditionalExpression', 'false', NH.dedupe],
  ['217:92', 'StringLiteral', '"Stryker was here!"', NH.textInit],
  ['220:20', 'ArrayDeclaration', 'new Array()', NH.sparse],
  ['220:39', 'ArithmeticOperator', 'dims - 1', NH.sparse],
  ['223:14', 'MethodExpression', '[...g.values]', NH.sortText],
  ['223:40', 'StringLiteral', '""', NH.joinText],
  ['226:21', 'EqualityOperator', 'd <= dims', NH.dimEnd],
  ['227:11', 'ConditionalExpression', 'false', NH.marked],
  ['229:18', 'ArithmeticOperator', '1 + (other[d] as number)', NH.flip],
  ['267:28', 'ArrayDeclaration', 'new Array()', NH.arrayLen],
  ['268:26', 'EqualityOperator', 'i <= n', NH.arrayExtra],
  ['274:7', 'ConditionalExpression', 'true', NH.TRACE],
  ['290:58', 'ArrayDeclaration', 'new Array()', NH.arrayLen],
  ['325:23', 'ConditionalExpression', 'false', NH.windowNoK],
  ['325:41', 'StringLiteral', '"Stryker was here!"', NH.windowNoK],
  ['327:5', 'ConditionalExpression', 'false', NH.newWorkNoK],
  ['331:32', 'ArrayDeclaration', '["Stryker was here"]', NH.openNoK],
  ['341:42', 'ConditionalExpression', 'false', NH.undef],
  ['343:9', 'ConditionalExpression', 'false', NH.skipEmpty],
  ['344:9', 'ConditionalExpression', 'false', NH.skipEmpty],
  ['349:14', 'ConditionalExpression', 'true', NH.gradualNoK],
  ['356:5', 'ConditionalExpression', 'false', NH.receivingNoK],
  ['356:24', 'BooleanLiteral', 'true', NH.receivingNoK],
  ['357:28', 'ConditionalExpression', 'true', NH.openWithinNone],
  ['357:28', 'EqualityOperator', 'openSince.length >= 0', NH.openWithinNone],
  ['357:68', 'BooleanLiteral', 'true', NH.openWithinNone],
  ['360:7', 'ConditionalExpression', 'true', NH.tooOpenEval],
  ['361:25', 'EqualityOperator', 'combo <= 1 << open.length', NH.comboExtra],
  ['364:22', 'EqualityOperator', '(combo >> b & 1) !== 0', NH.comboBit],
  ['372:29', 'EqualityOperator', 'd <= openWithinValues.length', NH.loopExtra],
  ['413:40', 'ConditionalExpression', 'false', NH.dimTail],
  ['434:72', 'StringLiteral', '""', NH.openKey],
  ['435:31', 'ConditionalExpression', 'true', NH.h1Undetermined],
  ['435:39', 'StringLiteral', '""', NH.h1Undetermined],
  ['440:7', 'ConditionalExpression', 'true', NH.nullCount],
  ['440:27', 'ConditionalExpression', 'true', NH.nullCount],
  ['442:21', 'EqualityOperator', 'i <= n', NH.loopEnd],
  ['445:27', 'ConditionalExpression', 'false', NH.undef],
  ['461:7', 'ConditionalExpression', 'true', NH.TRACE],
  ['492:7', 'ConditionalExpression', 'true', NH.countedOpen],
  ['492:65', 'ConditionalExpression', 'true', NH.countedOpen],
  ['492:65', 'EqualityOperator', 'open.length >= 0', NH.countedOpen],
  ['540:58', 'EqualityOperator', 'w.earliestSince <= earliestSince', NH.sameDate],
  ['548:70', 'BooleanLiteral', 'true', NH.throwawayTracer],
  ['565:15', 'ConditionalExpression', 'true', NH.redundantEp],
  ['565:15', 'ConditionalExpression', 'false', NH.redundantEp],
  ['565:15', 'EqualityOperator', 'ep.extremelyPoor !== null', NH.redundantEp],
  ['566:15', 'ConditionalExpression', 'true', NH.pdMissingEmpty],
  ['580:43', 'ConditionalExpression', 'false', NH.undef],
  ['597:26', 'ConditionalExpression', 'true', NH.nullCount],
  ['597:53', 'ConditionalExpression', 'true', NH.dibaoCount],
  ['597:53', 'EqualityOperator', 'countedMembers >= 0', NH.dibaoCount],
  ['598:24', 'ConditionalExpression', 'false', NH.basisOne],
  ['599:11', 'ConditionalExpression', 'true', NH.TRACE],
  ['607:40', 'ConditionalExpression', 'false', NH.incomeNeverNull],
  ['607:60', 'StringLiteral', '""', NH.incomeNeverNull],
  ['624:7', 'ConditionalExpression', 'true', NH.gradualImplies],
  ['624:53', 'ConditionalExpression', 'true', NH.gradualImplies],
  ['627:9', 'ConditionalExpression', 'true', NH.TRACE],
  ['663:12', 'ConditionalExpression', 'false', NH.basisUndetermined],
  ['663:20', 'StringLiteral', '""', NH.basisUndetermined],
  ['670:7', 'ConditionalExpression', 'false', NH.perCapitaNull],
  [
    '670:7',
    'LogicalOperator',
    '(hPrime === null || countedMembers === null) && countedMembers === 0',
    NH.perCapitaNull,
  ],
  ['670:7', 'LogicalOperator', 'hPrime === null && countedMembers === null', NH.perCapitaNull],
  ['670:26', 'ConditionalExpression', 'false', NH.perCapitaNull],
  ['670:53', 'ConditionalExpression', 'false', NH.perCapitaNull],
];
const EQUIVALENT = [
  [
    'src/rules/entitlements/basic-living.ts',
    98,
    'ConditionalExpression',
    'false',
    'specialSupport gets an object of fields the household and policy schemas already accepted with the same field schemas: its only reachable issue is the selfCareAbility/adl contradiction at selfCareAbility, never the root path',
  ],
  [
    'src/rules/entitlements/basic-living.ts',
    98,
    'StringLiteral',
    '"Stryker was here!"',
    'specialSupport gets an object of fields the household and policy schemas already accepted with the same field schemas: its only reachable issue is the selfCareAbility/adl contradiction at selfCareAbility, never the root path',
  ],
  [
    'src/rules/entitlements/basic-living.ts',
    144,
    'OptionalChaining',
    'raw.selfCareAbility',
    'the raw member always exists (the member counts were checked equal); the ?. only satisfies noUncheckedIndexedAccess',
  ],
  [
    'src/rules/entitlements/basic-living.ts',
    145,
    'OptionalChaining',
    'raw.adl',
    'the raw member always exists (the member counts were checked equal); the ?. only satisfies noUncheckedIndexedAccess',
  ],
  [
    'src/rules/entitlements/basic-living.ts',
    144,
    'ConditionalExpression',
    'true',
    'a key set to undefined is read by the specialSupport schema (optional) as absent: the same input',
  ],
  [
    'src/rules/entitlements/basic-living.ts',
    145,
    'ConditionalExpression',
    'true',
    'a key set to undefined is read by the specialSupport schema (optional) as absent: the same input',
  ],
  [
    'src/rules/entitlements/basic-living.ts',
    146,
    'OptionalChaining',
    'block.specialSupport',
    'block exists here: its priorYear was read and found defined just before; the ?. only narrows the type',
  ],
  [
    'src/rules/entitlements/basic-living.ts',
    149,
    'OptionalChaining',
    'block.specialSupport',
    'block exists here: its priorYear was read and found defined just before; the ?. only narrows the type',
  ],
  [
    'src/rules/entitlements/basic-living.ts',
    152,
    'OptionalChaining',
    'block.specialSupport',
    'block exists here: its priorYear was read and found defined just before; the ?. only narrows the type',
  ],
  [
    'src/rules/entitlements/basic-living.ts',
    158,
    'ObjectLiteral',
    '{}',
    'tracing of the nested 第12条 call: with tracing off its steps are empty and are not copied',
  ],
  [
    'src/rules/entitlements/basic-living.ts',
    163,
    'ConditionalExpression',
    'true',
    'tracing of the nested 第12条 call: with tracing off its steps are empty and are not copied',
  ],
  [
    'src/rules/entitlements/basic-living.ts',
    160,
    'ConditionalExpression',
    'true',
    'specialSupport throws only DibaoInputError on input the household and policy schemas accepted (its decimal arithmetic on them does not throw); the instanceof test narrows unknown for TypeScript',
  ],
  [
    'src/rules/entitlements/temporary.ts',
    36,
    'ConditionalExpression',
    'true',
    'the household id given to temporaryAssistance only reaches its result id, which the measure does not read',
  ],
  [
    'src/rules/entitlements/temporary.ts',
    36,
    'ConditionalExpression',
    'false',
    'the household id given to temporaryAssistance only reaches its result id, which the measure does not read',
  ],
  [
    'src/rules/entitlements/temporary.ts',
    36,
    'EqualityOperator',
    'ctx.household.id === undefined',
    'the household id given to temporaryAssistance only reaches its result id, which the measure does not read',
  ],
  [
    'src/rules/entitlements/temporary.ts',
    36,
    'ObjectLiteral',
    '{}',
    'the household id given to temporaryAssistance only reaches its result id, which the measure does not read',
  ],
  [
    'src/rules/entitlements/temporary.ts',
    43,
    'ObjectLiteral',
    '{}',
    'tracing of the nested 第14条 call: with tracing off its steps are empty and are not copied',
  ],
  [
    'src/rules/entitlements/temporary.ts',
    45,
    'ConditionalExpression',
    'true',
    'tracing of the nested 第14条 call: with tracing off its steps are empty and are not copied',
  ],
  [
    'src/rules/entitlements/temporary.ts',
    72,
    'StringLiteral',
    '"Stryker was here!"',
    "'unreachable fallback: a refused case always has a reason'",
  ],
  [
    'src/rules/entitlements/education.ts',
    31,
    'ArrayDeclaration',
    '["Stryker was here"]',
    'an excluded preschool child is skipped before the aids or missing paths are read, and any exclusion text is still not undefined',
  ],
  [
    'src/rules/entitlements/education.ts',
    31,
    'StringLiteral',
    '""',
    'an excluded preschool child is skipped before the aids or missing paths are read, and any exclusion text is still not undefined',
  ],
  [
    'src/rules/entitlements.ts',
    107,
    'ConditionalExpression',
    'false',
    'unreachable: the member counts were checked equal just before, so every member has an assessment',
  ],
  [
    'src/rules/entitlements.ts',
    '108:26',
    'StringLiteral',
    '``',
    'unreachable: the member counts were checked equal just before, so every member has an assessment',
  ],
  [
    'src/rules/entitlements.ts',
    108,
    'StringLiteral',
    '""',
    'unreachable: the member counts were checked equal just before, so every member has an assessment',
  ],
  ['src/rules/entitlements/context.ts', 142, 'ConditionalExpression', 'true', TRACE_GUARD],
  [
    'src/rules/temporary-assistance.ts',
    220,
    'ConditionalExpression',
    'false',
    'raw and cap are null and rules undefined only when a fact or the local rule is missing, which already puts a path in missing: the extra tests only narrow the types',
  ],
  [
    'src/core/dates.ts',
    35,
    'StringLiteral',
    '""',
    "padStart(4, '0') → padStart(4, ''): only 4-digit years (1900–2200) are ever formatted",
  ],
  [
    'src/core/money.ts',
    73,
    'ConditionalExpression',
    'true',
    "typeof value === 'number' ? String(value) : value → String(value) always: String of a string is itself",
  ],
  [
    'src/core/read-once.ts',
    49,
    'ArrayDeclaration',
    '["Stryker was here"]',
    "a refusal's objects are compared only for a cycle: the extra first entry ends up last after the reverse, one past the keys, and a text is indexOf-equal to no object before itself",
  ],
  [
    'src/core/read-once.ts',
    '96:7',
    'ConditionalExpression',
    'false',
    'Number.isSafeInteger is false for every value that is not a number, so the length is refused all the same; the typeof test only narrows the type for TypeScript',
  ],
  [
    'src/core/read-once.ts',
    '284:9',
    'ConditionalExpression',
    'false',
    'Number.isSafeInteger is false for every value that is not a number, so the length is refused all the same; the typeof test only narrows the type for TypeScript',
  ],
  [
    'src/core/read-once.ts',
    164,
    'StringLiteral',
    '"Stryker was here!"',
    'the for…in over the copy (a plain object the copy made) assigns its first key before anything in the loop can throw, so the catch never sees the initial value',
  ],
  [
    'src/core/read-once.ts',
    251,
    'EqualityOperator',
    'i <= n',
    'charCodeAt past the end of the text is NaN, which is no quote, bracket, brace or comma: the extra step counts nothing',
  ],
  [
    'src/core/read-once.ts',
    255,
    'EqualityOperator',
    'i <= n',
    'charCodeAt past the end of the text is NaN, which is no quote, bracket, brace or comma: the extra step counts nothing',
  ],
  [
    'src/core/read-once.ts',
    262,
    'EqualityOperator',
    'open >= deepest',
    'when open equals deepest the assignment writes the value deepest already has',
  ],
  [
    'src/core/errors.ts',
    94,
    'StringLiteral',
    '""',
    "case '' matches nothing: undefined falls to the default, which returns typeof value, 'undefined', the same text",
  ],
  [
    'src/core/errors.ts',
    100,
    'BlockStatement',
    '{}',
    "the emptied catch falls through to the default, which returns typeof value, 'object' for a revoked proxy, the same text",
  ],
  [
    'src/core/errors.ts',
    '114:7',
    'ConditionalExpression',
    'false',
    "thrown === null → false: null then reaches the try, where reading null.message always throws a TypeError, caught; excerpt(null) is 'null' either way",
  ],
  [
    'src/rules/classification.ts',
    157,
    'BooleanLiteral',
    'true',
    'decide() at one point: its relevance flags are never read (evaluate() computes its own over the grid, and a single point is a decided class)',
  ],
  [
    'src/rules/classification.ts',
    158,
    'BooleanLiteral',
    'true',
    'decide() at one point: its relevance flags are never read (evaluate() computes its own over the grid, and a single point is a decided class)',
  ],
  [
    'src/rules/classification.ts',
    159,
    'BooleanLiteral',
    'true',
    'decide() at one point: its relevance flags are never read (evaluate() computes its own over the grid, and a single point is a decided class)',
  ],
  [
    'src/rules/classification.ts',
    170,
    'ConditionalExpression',
    'false',
    'with H exact, low = high = H and the general sampling returns the same single point',
  ],
  [
    'src/rules/classification.ts',
    176,
    'ConditionalExpression',
    'false',
    'the bounds are inserted as 12n·S, its 低收入 multiple, and each plus the medical costs; unsorted only when 12n·S + M lies below the 低收入 line, and the open ranges then left unsampled, (Y, Y+M) and (Y2, Y2+M), give per property value the class of a sampled point (Y, the midpoint of Y and Y2, or Y2): the income test alone differs there, and its class is undetermined across the samples anyway (200 000 random inputs, no difference)',
  ],
  [
    'src/rules/classification.ts',
    176,
    'EqualityOperator',
    'i <= 0',
    'the bounds are inserted as 12n·S, its 低收入 multiple, and each plus the medical costs; unsorted only when 12n·S + M lies below the 低收入 line, and the open ranges then left unsampled, (Y, Y+M) and (Y2, Y2+M), give per property value the class of a sampled point (Y, the midpoint of Y and Y2, or Y2): the income test alone differs there, and its class is undetermined across the samples anyway (200 000 random inputs, no difference)',
  ],
  [
    'src/rules/classification.ts',
    176,
    'ConditionalExpression',
    'true',
    'pts[0] is the low end and every inserted bound is above it, so the loop stops at i = 1 before i > 0 is ever false',
  ],
  [
    'src/rules/classification.ts',
    176,
    'EqualityOperator',
    'i >= 0',
    'pts[0] is the low end and every inserted bound is above it, so the loop stops at i = 1 before i > 0 is ever false',
  ],
  [
    'src/rules/classification.ts',
    190,
    'ConditionalExpression',
    'false',
    'a repeated point only repeats a sample: the classes over the samples are the same set',
  ],
  [
    'src/rules/classification.ts',
    191,
    'ConditionalExpression',
    'true',
    'a repeated point only repeats a sample: the classes over the samples are the same set',
  ],
  [
    'src/rules/classification.ts',
    191,
    'EqualityOperator',
    'out.length >= 0',
    'a repeated point only repeats a sample: the classes over the samples are the same set',
  ],
  [
    'src/rules/classification.ts',
    212,
    'ConditionalExpression',
    'false',
    'one point with both properties known: the general path gives the same class, basis and test classes',
  ],
  [
    'src/rules/classification.ts',
    248,
    'ConditionalExpression',
    'false',
    'without medical costs every sample has illness null, so the same-illness reading gives null as well',
  ],
  ['src/rules/classification.ts', 287, 'ConditionalExpression', 'true', TRACE_GUARD],
  [
    'src/rules/classification.ts',
    338,
    'StringLiteral',
    '""',
    'unreachable fallback: the illness class is never null when medical costs are given',
  ],
  [
    'src/rules/classification.ts',
    349,
    'ConditionalExpression',
    'true',
    'a decided class means every sample has that class, so every relevance flag is false and nothing is pushed',
  ],
  [
    'src/rules/classification.ts',
    368,
    'ConditionalExpression',
    'true',
    'without a hit the extra evaluation pushes the empty list of hits: only the cost changes',
  ],
  [
    'src/rules/classification.ts',
    368,
    'EqualityOperator',
    'hits.length >= 0',
    'without a hit the extra evaluation pushes the empty list of hits: only the cost changes',
  ],
  [
    'src/rules/classification.ts',
    374,
    'ConditionalExpression',
    'true',
    'lowIncomeAdmitsBelowStandard changes a class only where the 低保 property fails for certain: with it met the alternative class is the same, with it unknown both are undetermined',
  ],
  [
    'src/rules/classification.ts',
    375,
    'ConditionalExpression',
    'true',
    'with the 低收入 property failing, admitting below-standard income still gives none: the alternative class is the same',
  ],
  [
    'src/rules/classification.ts',
    378,
    'ConditionalExpression',
    'true',
    'when the guard holds, the alternative reading always differs (低收入 where the literal reading gives none), so the comparison is always true',
  ],
  ['src/rules/classification.ts', 382, 'ConditionalExpression', 'true', TRACE_GUARD],
  [
    'src/rules/classification-notes.ts',
    29,
    'StringLiteral',
    '""',
    'default never used: classifyHousehold, the only caller, always passes its multiplier text',
  ],
  [
    'src/rules/classification-notes.ts',
    43,
    'StringLiteral',
    '""',
    'default never used: classifyHousehold, the only caller, always passes its multiplier text',
  ],
  [
    'src/rules/classification-notes.ts',
    71,
    'StringLiteral',
    '""',
    'default never used: classifyHousehold, the only caller, always passes its multiplier text',
  ],
  [
    'src/rules/classification-notes.ts',
    85,
    'StringLiteral',
    '""',
    'default never used: classifyHousehold, the only caller, always passes its multiplier text',
  ],
  ['src/rules/dibao-benefit.ts', 69, 'ConditionalExpression', 'true', TRACE_GUARD],
  ['src/rules/dibao-benefit.ts', 147, 'ConditionalExpression', 'true', TRACE_GUARD],
  [
    'src/rules/household-income.ts',
    88,
    'ArrayDeclaration',
    'new Array()',
    'every index 0..n−1 is assigned in order, so a preallocated and a growing array hold the same members',
  ],
  ['src/rules/household-income.ts', 101, 'ConditionalExpression', 'true', TRACE_GUARD],
  [
    'src/rules/household-income.ts',
    126,
    'ConditionalExpression',
    'true',
    'recomputing the window start gives the same date: only the cost changes',
  ],
  ['src/rules/household-income.ts', 133, 'ConditionalExpression', 'true', TRACE_GUARD],
  [
    'src/rules/household-income.ts',
    134,
    'ArrayDeclaration',
    'new Array()',
    'every index of the shown entries is assigned in order, and they feed only the trace step',
  ],
  [
    'src/rules/household-income.ts',
    153,
    'ConditionalExpression',
    'true',
    'not exemptible: sure = maybe = 0, so both exemptions are 0, nothing is missing and no step is written',
  ],
  [
    'src/rules/household-income.ts',
    163,
    'ConditionalExpression',
    'true',
    'the loop runs only when an entry with an unknown since adds to the exemption, which sets maybeFirst ≥ 0',
  ],
  ['src/rules/household-income.ts', 191, 'ConditionalExpression', 'true', TRACE_GUARD],
  [
    'src/rules/property.ts',
    50,
    'ConditionalExpression',
    'false',
    'the traced return gives the same meets and an empty missing list: only the shared frozen result is lost',
  ],
  ['src/rules/property.ts', 61, 'ConditionalExpression', 'true', TRACE_GUARD],
  ['src/rules/property.ts', 82, 'ConditionalExpression', 'true', TRACE_GUARD],
  ['src/rules/property.ts', 110, 'ConditionalExpression', 'true', TRACE_GUARD],
  ['src/rules/property.ts', 127, 'ConditionalExpression', 'true', TRACE_GUARD],
  [
    'src/rules/property.ts',
    138,
    'ConditionalExpression',
    'false',
    'the traced return gives the same meets and missing as the untraced one',
  ],
  [
    'src/rules/property.ts',
    139,
    'ConditionalExpression',
    'false',
    'with nothing missing the general result has the same meets and an empty missing list as MEETS / FAILS',
  ],
  ['src/rules/age.ts', 50, 'ConditionalExpression', 'true', TRACE_GUARD],
  ['src/rules/extremely-poor.ts', 169, 'ConditionalExpression', 'true', TRACE_GUARD],
  [
    'src/rules/extremely-poor.ts',
    191,
    'ConditionalExpression',
    'true',
    'inside this branch the own income is unknown or below S (a known income at or above S gives a livelihood source), and the property paths are empty whenever the 低保 property is known (PropertyTest): every variant pushes the same paths',
  ],
  ['src/rules/extremely-poor.ts', 196, 'ConditionalExpression', 'true', TRACE_GUARD],
  [
    'src/rules/labor-capacity.ts',
    62,
    'ConditionalExpression',
    'default:',
    'an empty default returns undefined instead of false; both are falsy where the result is read',
  ],
  ['src/rules/labor-capacity.ts', 85, 'ConditionalExpression', 'true', TRACE_GUARD],
  ['src/rules/labor-capacity.ts', 99, 'ConditionalExpression', 'true', TRACE_GUARD],
  [
    'src/rules/special-grants.ts',
    49,
    'StringLiteral',
    '"Stryker was here!"',
    'the default path is used only by calls without a tracer, which write no step',
  ],
  [
    'src/rules/special-grants.ts',
    75,
    'OptionalChaining',
    'member.disability.grade',
    'read only for a severely disabled member, whose disability is present',
  ],
  ['src/rules/employment.ts', 35, 'ConditionalExpression', 'true', TRACE_GUARD],
  [
    'src/rules/employment.ts',
    65,
    'StringLiteral',
    '"Stryker was here!"',
    'the default path is used only by calls without a tracer, which write no step',
  ],
  [
    'src/rules/employment.ts',
    '182:21',
    'ConditionalExpression',
    'false',
    'refusals > 0 only when the refusal list is present (refusalsInWindow counts 0 without one), so the other operand decides',
  ],
  ['src/rules/employment.ts', 211, 'ConditionalExpression', 'true', TRACE_GUARD],
  [
    'src/rules/residency.ts',
    41,
    'ConditionalExpression',
    'false',
    'a start after the assessment date is also less than a year before it: the shortcut gives the same false',
  ],
  [
    'src/rules/residency.ts',
    41,
    'EqualityOperator',
    'since >= on',
    'a start on the assessment date is less than a year before it: false either way',
  ],
  ['src/rules/residency.ts', 148, 'ConditionalExpression', 'true', TRACE_GUARD],
  [
    'src/rules/fen.ts',
    '47:9',
    'ConditionalExpression',
    'false',
    "an integer below 10^9 written by String() reads, char by char, to the same scaled value (-0 as '0')",
  ],
  [
    'src/rules/fen.ts',
    '47:42',
    'ConditionalExpression',
    'false',
    '10 ** 2 = 100: the literal only saves the power',
  ],
  [
    'src/rules/fen.ts',
    '47:59',
    'ConditionalExpression',
    'false',
    '10 ** 4 = 10000: the literal only saves the power',
  ],
  [
    'src/rules/fen.ts',
    24,
    'ConditionalExpression',
    'false',
    "0 分 through the general path is '0' + '.00': the same text",
  ],
  [
    'src/rules/fen.ts',
    27,
    'ConditionalExpression',
    'false',
    'String(yuan) and String(yuan | 0) write the same digits below 2^30: the | 0 only picks a faster conversion',
  ],
  ['src/rules/fen.ts', 27, 'EqualityOperator', 'yuan <= 0x40000000', '2^30 | 0 is 2^30: the same digits'],
  [
    'src/rules/fen.ts',
    55,
    'ConditionalExpression',
    'true',
    'charCodeAt past the end is NaN, which fails c >= 48 and stops the loop at i = n as well',
  ],
  [
    'src/rules/fen.ts',
    55,
    'EqualityOperator',
    'i <= n',
    'charCodeAt past the end is NaN, which fails c >= 48 and stops the loop at i = n as well',
  ],
  [
    'src/rules/fen.ts',
    86,
    'EqualityOperator',
    'num <= 0',
    "num = 0 writes '0', which the sign is never put before",
  ],
  [
    'src/rules/fen.ts',
    110,
    'ConditionalExpression',
    'true',
    "a negative ratio is never written '0' (a zero remainder and quotient means num = 0)",
  ],
  [
    'src/rules/fen.ts',
    110,
    'StringLiteral',
    '""',
    "a negative ratio is never written '0', nor '': the comparison is true either way",
  ],
  [
    'src/rules/employment.ts',
    169,
    'ConditionalExpression',
    'true',
    'obligationPossible only lets an untraced call skip the general path, which gives the same outcome: a wider condition only skips less',
  ],
  [
    'src/rules/employment.ts',
    169,
    'LogicalOperator',
    "area === 'urban' && householdClass === 'dibao' || isWorkingAge !== false",
    'obligationPossible only lets an untraced call skip the general path, which gives the same outcome: a wider condition only skips less',
  ],
  [
    'src/rules/employment.ts',
    169,
    'LogicalOperator',
    "area === 'urban' || householdClass === 'dibao'",
    'obligationPossible only lets an untraced call skip the general path, which gives the same outcome: a wider condition only skips less',
  ],
  [
    'src/rules/employment.ts',
    171,
    'ConditionalExpression',
    'false',
    'the untraced shortcut returns what the general path returns: without it only the cost changes',
  ],
  [
    'src/rules/extremely-poor.ts',
    191,
    'LogicalOperator',
    'propertyMeetsDibao === null || ownTwelfths === null || A.lt(ownTwelfths, line)',
    'inside this branch the own income is unknown or below S (a known income at or above S gives a livelihood source), and the property paths are empty whenever the 低保 property is known (PropertyTest): every variant pushes the same paths',
  ],
  [
    'src/rules/extremely-poor.ts',
    185,
    'ConditionalExpression',
    'true',
    'the member path is read only for an open verdict or a trace step: building it always only costs',
  ],
  [
    'src/rules/extremely-poor.ts',
    185,
    'StringLiteral',
    '"Stryker was here!"',
    'the member path is read only for an open verdict or a trace step, and this text is used for neither',
  ],
  ['src/rules/special-grants.ts', 112, 'ConditionalExpression', 'true', TRACE_GUARD],
  [
    'src/rules/dibao-standard.ts',
    144,
    'LogicalOperator',
    'options?.trace && true',
    'new Tracer(options?.trace ?? true) → options?.trace && true: undefined && true is undefined, which the Tracer default turns into true; false and true map to themselves',
  ],
  [
    'src/rules/self-care.ts',
    139,
    'LogicalOperator',
    'options?.trace && true',
    'new Tracer(options?.trace ?? true) → options?.trace && true: undefined && true is undefined, which the Tracer default turns into true; false and true map to themselves',
  ],
  [
    'src/rules/special-support.ts',
    96,
    'LogicalOperator',
    'options?.trace && true',
    'new Tracer(options?.trace ?? true) → options?.trace && true: undefined && true is undefined, which the Tracer default turns into true; false and true map to themselves',
  ],
  ['src/rules/self-care.ts', 87, 'ConditionalExpression', 'true', TRACE_GUARD],
  [
    'src/rules/self-care.ts',
    '60:7',
    'ConditionalExpression',
    'false',
    'Number.isInteger is false for every value that is not a number, so the next test refuses it as well (the code is chosen apart)',
  ],
  ...NATIONAL_HOUSEHOLD.map(([line, mutator, replacement, why]) => [
    'src/rules/national-household.ts',
    line,
    mutator,
    replacement,
    why,
  ]),
];

const root = process.cwd();
const args = process.argv.slice(2);
const asJson = args.includes('--json');
const listEquivalents = args.includes('--equivalents');
const listSurvivors = args.includes('--survivors');
const left = []; // survivors not judged equivalent, for --survivors
let reportPaths = args.filter((a) => !a.startsWith('--'));
if (reportPaths.length === 0) {
  const dir = join(root, 'reports', 'mutation');
  reportPaths = readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .map((f) => join(dir, f));
}

/** Every .ts file under a folder, as a path relative to the project root with forward slashes. */
function sourceFiles(dir) {
  const out = [];
  for (const entry of readdirSync(join(root, dir), { withFileTypes: true })) {
    const path = `${dir}/${entry.name}`;
    if (entry.isDirectory()) out.push(...sourceFiles(path));
    else if (entry.name.endsWith('.ts')) out.push(path);
  }
  return out;
}

/** True when a source file compiles to no runtime code (types, interfaces only): Stryker has nothing to mutate. */
function typesOnly(file) {
  const js = ts.transpileModule(readFileSync(join(root, file), 'utf8'), {
    compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022, removeComments: true },
  }).outputText;
  return js.replace(/export\s*\{\s*\};?/g, '').trim() === '';
}

const latest = new Map(); // file → { report, mtime, data }
for (const reportPath of reportPaths) {
  const mtime = statSync(reportPath).mtimeMs;
  const report = JSON.parse(readFileSync(reportPath, 'utf8'));
  for (const [file, data] of Object.entries(report.files)) {
    const key = file.replaceAll('\\', '/');
    const seen = latest.get(key);
    if (seen === undefined || seen.mtime < mtime) {
      latest.set(key, { report: relative(root, reportPath), mtime, data });
    }
  }
}

const rows = [];
const total = { killed: 0, timeout: 0, survived: 0, noCoverage: 0, ignored: 0, equivalent: 0 };
const matched = new Set();
const notRun = [];
const noCode = [];
for (const file of [...sourceFiles('src/core'), ...sourceFiles('src/rules')].sort()) {
  const entry = latest.get(file);
  if (entry === undefined) {
    if (typesOnly(file)) noCode.push(file);
    else notRun.push(file);
    continue;
  }
  const c = { killed: 0, timeout: 0, survived: 0, noCoverage: 0, ignored: 0, other: 0, equivalent: 0 };
  for (const m of entry.data.mutants) {
    if (m.status === 'Survived' || m.status === 'NoCoverage') {
      const eq = EQUIVALENT.findIndex(
        ([f, line, mutator, replacement]) =>
          f === file &&
          (typeof line === 'string'
            ? line === `${m.location.start.line}:${m.location.start.column}`
            : line === m.location.start.line) &&
          mutator === m.mutatorName &&
          replacement === m.replacement,
      );
      if (eq >= 0) {
        c.equivalent++;
        matched.add(eq);
      } else {
        const lines = entry.data.source.split('\n');
        const { start, end } = m.location;
        const original =
          start.line === end.line
            ? (lines[start.line - 1] ?? '').slice(start.column - 1, end.column - 1)
            : '…';
        left.push(
          `\`${file.replace(/^src\//, '')}:${start.line}\` \`${original.replace(/\s+/g, ' ')}\` → \`${String(m.replacement).replace(/\s+/g, ' ')}\` (${m.status})`,
        );
      }
    }
    if (m.status === 'Killed') c.killed++;
    else if (m.status === 'Timeout') c.timeout++;
    else if (m.status === 'Survived') c.survived++;
    else if (m.status === 'NoCoverage') c.noCoverage++;
    else if (m.status === 'Ignored') c.ignored++;
    else c.other++;
  }
  for (const k of Object.keys(total)) total[k] += c[k];
  const valid = c.killed + c.timeout + c.survived + c.noCoverage;
  const current = readFileSync(join(root, file), 'utf8');
  rows.push({
    file,
    report: entry.report,
    runAt: new Date(entry.mtime).toISOString().slice(0, 16),
    stale: entry.data.source !== current,
    mutants: valid,
    ...c,
    score: valid === 0 ? null : (100 * (c.killed + c.timeout)) / valid,
  });
}
const valid = total.killed + total.timeout + total.survived + total.noCoverage;
const score = valid === 0 ? null : (100 * (total.killed + total.timeout)) / valid;
const withoutEquivalent =
  valid - total.equivalent === 0 ? null : (100 * (total.killed + total.timeout)) / (valid - total.equivalent);
const unmatched = EQUIVALENT.filter((_, i) => !matched.has(i));

if (listSurvivors) {
  for (const l of left) console.log(`- ${l}`);
} else if (listEquivalents) {
  // Markdown: the judged-equivalent survivors grouped by reason (for docs/quality.md).
  const byReason = new Map();
  EQUIVALENT.forEach(([f, line, mutator, replacement, reason], i) => {
    const where = `\`${f.replace(/^src\//, '')}:${String(line).split(':')[0]}\` ${mutator} → \`${replacement}\`${matched.has(i) ? '' : ' (not a survivor of the latest run)'}`;
    byReason.set(reason, [...(byReason.get(reason) ?? []), where]);
  });
  for (const [reason, wheres] of byReason) console.log(`- ${wheres.join('; ')}: ${reason}.`);
} else if (asJson) {
  console.log(
    JSON.stringify(
      {
        files: rows,
        total: { mutants: valid, ...total, score, withoutEquivalent },
        notRun,
        noCode,
        unmatched,
      },
      null,
      2,
    ),
  );
} else {
  const pct = (s) => (s === null ? '   —  ' : `${s.toFixed(1).padStart(5)}%`);
  console.log(
    'file'.padEnd(42),
    'mutants killed timeout survived nocov  score  equiv  run (UTC)         report',
  );
  for (const r of rows) {
    console.log(
      r.file.padEnd(42),
      String(r.mutants).padStart(7),
      String(r.killed).padStart(6),
      String(r.timeout).padStart(7),
      String(r.survived).padStart(8),
      String(r.noCoverage).padStart(5),
      pct(r.score),
      String(r.equivalent).padStart(5),
      r.runAt,
      r.report + (r.stale ? '  STALE (source changed since this run)' : ''),
    );
  }
  console.log(
    'TOTAL'.padEnd(42),
    String(valid).padStart(7),
    String(total.killed).padStart(6),
    String(total.timeout).padStart(7),
    String(total.survived).padStart(8),
    String(total.noCoverage).padStart(5),
    pct(score),
    String(total.equivalent).padStart(5),
  );
  if (noCode.length > 0) console.log(`no runtime code (types only, nothing to mutate): ${noCode.join(', ')}`);
  if (notRun.length > 0) console.log(`NOT RUN (not in any report): ${notRun.join(', ')}`);
  for (const [f, line, mutator, replacement] of unmatched)
    console.log(
      `listed as equivalent but not a survivor of the latest run: ${f}:${line} ${mutator} → ${replacement}`,
    );
  console.log(
    `Without the ${total.equivalent} survivors judged equivalent: ${withoutEquivalent === null ? '—' : withoutEquivalent.toFixed(1)}%`,
  );
  const withCode = rows.length + notRun.length;
  console.log(
    `Mutation score: ${score === null ? '—' : score.toFixed(1)}% over ${valid} mutants in ${rows.length} of ${withCode} files with code` +
      (notRun.length > 0 ? ` (${notRun.length} not run)` : ' (all run)') +
      (rows.some((r) => r.stale) ? '; some figures are STALE' : ''),
  );
}

/**
 * Reading spreadsheet cells. A cell holds a number, a boolean, text typed by a person ("1,780",
 * full-width "１７８０", "是") or nothing (`""`, `null` or `undefined`, depending on the host). These
 * readers turn a cell into the strict JSON value the core accepts, or raise a {@link CellError} that
 * names the argument. This is the ONLY place where thousands separators, full-width digits,
 * spreadsheet spellings of booleans and of dates are normalised: the core refuses them
 * (docs/contract.md#json-conventions). The command line reads CSV cells through these same readers
 * (src/cli/input/csv-cells.ts).
 */

/** A cell value as Excel, WPS and Google Sheets pass it to a custom function. */
export type Cell = unknown;

/** An invalid cell; caught at the function boundary and shown as `#VALUE! <field>: <message>`. */
export class CellError {
  readonly field: string;
  readonly message: string;
  readonly messageEn: string;

  constructor(field: string, message: string, messageEn: string) {
    this.field = field;
    this.message = message;
    this.messageEn = messageEn;
  }
}

const FULL_WIDTH_DIGIT_0 = 0xff10;
const FULL_WIDTH_DIGIT_9 = 0xff19;

/**
 * Full-width digits, point, comma and minus (U+FF10–FF19, U+FF0E, U+FF0C, U+FF0D) to ASCII; the
 * ideographic full stop is NOT treated as a decimal point (it ends sentences, not numbers).
 */
function toAsciiDigits(text: string): string {
  let out = '';
  for (const ch of text) {
    const c = ch.charCodeAt(0);
    if (c >= FULL_WIDTH_DIGIT_0 && c <= FULL_WIDTH_DIGIT_9) out += String.fromCharCode(c - 0xfee0);
    else if (ch === '．') out += '.';
    else if (ch === '，') out += ',';
    else if (ch === '－' || ch === '−') out += '-';
    else out += ch;
  }
  return out;
}

/** A cell that holds nothing: the host's empty value or text of spaces only. */
export function isBlank(cell: Cell): boolean {
  return cell === undefined || cell === null || (typeof cell === 'string' && cell.trim() === '');
}

function shown(cell: Cell): string {
  if (typeof cell === 'string') return JSON.stringify(cell);
  if (typeof cell === 'number' || typeof cell === 'boolean') return String(cell);
  if (cell instanceof Date) return 'a date';
  if (Array.isArray(cell)) return 'a range';
  return typeof cell;
}

/** Grouped with commas every three digits ("1,780", "12,345.6"), or not grouped at all. */
const GROUPED = /^(?:[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)(?:\.[0-9]+)?$/;
/** A leading currency sign and a trailing 元 are allowed around a typed amount. */
const CURRENCY_PREFIX = /^[¥￥]\s*/;
const YUAN_SUFFIX = /\s*元$/;

/**
 * A money cell as the core's strict money value: a finite number ≥ 0 is passed through; text may use
 * full-width digits, comma thousands separators in groups of three, a leading ¥/￥ and a trailing 元.
 * Blank → `undefined` (unknown, never zero).
 */
export function readMoney(cell: Cell, field: string): string | number | undefined {
  if (isBlank(cell)) return undefined;
  if (typeof cell === 'number') {
    if (!Number.isFinite(cell))
      throw new CellError(
        field,
        `金额不是有限数字：${String(cell)}`,
        `amount is not finite: ${String(cell)}`,
      );
    if (cell < 0)
      throw new CellError(
        field,
        `金额不能为负数：${String(cell)}`,
        `amount must not be negative: ${String(cell)}`,
      );
    return cell;
  }
  if (typeof cell !== 'string')
    throw new CellError(
      field,
      `金额单元格应为数字或文本，收到${shown(cell)}`,
      `expected an amount, got ${shown(cell)}`,
    );
  const text = toAsciiDigits(cell.trim()).replace(CURRENCY_PREFIX, '').replace(YUAN_SUFFIX, '');
  if (text.startsWith('-') && GROUPED.test(text.slice(1)))
    throw new CellError(field, `金额不能为负数：${cell}`, `amount must not be negative: ${cell}`);
  if (!GROUPED.test(text))
    throw new CellError(
      field,
      `无法识别的金额：${JSON.stringify(cell)}（应如 1780、1,780 或 471.98）`,
      `not an amount: ${JSON.stringify(cell)} (write like 1780, 1,780 or 471.98)`,
    );
  // Leading zeros ("0620") are harmless in a cell; the core's strict form has none.
  const plain = text.replace(/,/g, '').replace(/^0+(?=[0-9])/, '');
  return plain;
}

/** Like {@link readMoney}, but a blank cell is an error. */
export function requireMoney(cell: Cell, field: string): string | number {
  const v = readMoney(cell, field);
  if (v === undefined) throw new CellError(field, '缺少必填的金额', 'required amount is missing');
  return v;
}

/** A whole number in `[min, max]` (members count, year); text may use full-width digits. */
export function readWhole(cell: Cell, field: string, min: number, max: number): number | undefined {
  if (isBlank(cell)) return undefined;
  let n: number;
  if (typeof cell === 'number') n = cell;
  else if (typeof cell === 'string' && /^[0-9]+$/.test(toAsciiDigits(cell.trim())))
    n = Number(toAsciiDigits(cell.trim()));
  else
    throw new CellError(field, `应为整数，收到${shown(cell)}`, `expected a whole number, got ${shown(cell)}`);
  if (!Number.isInteger(n))
    throw new CellError(field, `应为整数，收到${String(n)}`, `expected a whole number, got ${String(n)}`);
  if (n < min || n > max)
    throw new CellError(
      field,
      `取值超出范围：${String(n)}，应在 ${String(min)}–${String(max)} 之间`,
      `out of range: ${String(n)}, must be ${String(min)}–${String(max)}`,
    );
  return n;
}

/** Like {@link readWhole}, but a blank cell is an error. */
export function requireWhole(cell: Cell, field: string, min: number, max: number): number {
  const v = readWhole(cell, field, min, max);
  if (v === undefined) throw new CellError(field, '缺少必填的整数', 'required whole number is missing');
  return v;
}

const TRUE_WORDS = new Set(['true', 'yes', 'y', '1', '是', '能', '符合', '对', '√', '✓']);
const FALSE_WORDS = new Set(['false', 'no', 'n', '0', '否', '不能', '不符合', '错', '×', '✗']);

/**
 * A yes/no cell: a boolean, 1/0, or the text TRUE/FALSE, YES/NO, 是/否, 能/不能, 符合/不符合
 * (any case). Blank → `undefined` (unknown).
 */
export function readFlag(cell: Cell, field: string): boolean | undefined {
  if (isBlank(cell)) return undefined;
  if (typeof cell === 'boolean') return cell;
  if (cell === 1 || cell === 0) return cell === 1;
  if (typeof cell === 'string') {
    const word = toAsciiDigits(cell.trim()).toLowerCase();
    if (TRUE_WORDS.has(word)) return true;
    if (FALSE_WORDS.has(word)) return false;
  }
  throw new CellError(
    field,
    `应为是/否（TRUE/FALSE），收到${shown(cell)}`,
    `expected yes/no (TRUE/FALSE), got ${shown(cell)}`,
  );
}

/** Like {@link readFlag}, but a blank cell is an error. */
export function requireFlag(cell: Cell, field: string): boolean {
  const v = readFlag(cell, field);
  if (v === undefined) throw new CellError(field, '缺少必填的是/否', 'required yes/no is missing');
  return v;
}

/**
 * One of a fixed set of codes, also accepting the Chinese labels listed in `labels`
 * (code → accepted spellings). Blank → `undefined`.
 */
export function readChoice<C extends string>(
  cell: Cell,
  field: string,
  labels: Readonly<Record<C, readonly string[]>>,
): C | undefined {
  if (isBlank(cell)) return undefined;
  if (typeof cell === 'string') {
    const text = cell.trim();
    for (const code of Object.keys(labels) as C[]) {
      if (text === code || labels[code].includes(text)) return code;
    }
  }
  const allowed = (Object.keys(labels) as C[]).map((c) => `${c}（${labels[c][0] ?? c}）`).join('、');
  throw new CellError(
    field,
    `取值无效：${shown(cell)}，可选 ${allowed}`,
    `invalid value ${shown(cell)}; allowed: ${allowed}`,
  );
}

/** A date as a Chinese sheet writes it: 2018-09-01, 2018/9/1, 2018.9.1, 2018-9-1 or 2018年9月1日. */
const SHEET_DATE = /^([0-9]{4})(?:[-/.]([0-9]{1,2})[-/.]([0-9]{1,2})|年([0-9]{1,2})月([0-9]{1,2})日?)$/;

/**
 * A date cell as the core's `YYYY-MM-DD`: text in one of the spellings of {@link SHEET_DATE} (full-width
 * digits too), year first — a day-first or month-first date is never guessed. Whether the day exists is
 * left to the core, which names the field. A number (a date serial) is not read as a date here: use
 * `excelSerialToIso`. Blank → `undefined`.
 */
export function readDate(cell: Cell, field: string): string | undefined {
  if (isBlank(cell)) return undefined;
  const m = typeof cell === 'string' ? SHEET_DATE.exec(toAsciiDigits(cell.trim())) : null;
  if (!m)
    throw new CellError(
      field,
      `无法识别的日期：${shown(cell)}（应如 2018-09-01、2018/9/1 或 2018年9月1日）`,
      `not a date: ${shown(cell)} (write like 2018-09-01, 2018/9/1 or 2018年9月1日)`,
    );
  const month = (m[2] ?? m[4]) as string;
  const day = (m[3] ?? m[5]) as string;
  return `${m[1]}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
}

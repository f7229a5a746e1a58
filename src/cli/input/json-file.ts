/**
 * A JSON file named by an option (`--policy`): read whole, as UTF-8 with or without a byte-order mark
 * (Notepad and Excel write one), refused with a usage error naming the file when it is not UTF-8 (with
 * the encoding it looks like), not JSON, or writes a key twice in one object.
 */
import { isUtf8 } from 'node:buffer';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { UsageError } from '../usage-error.js';
import { duplicateKeyText, findDuplicateKey } from './duplicate-keys.js';
import { firstBadUtf8Line, notUtf8Error } from './encoding.js';

/**
 * Reads and parses the JSON file `file` (relative to `cwd`). `what` names it in messages (English,
 * Chinese), `pathPrefix` prefixes the path of a duplicate key (`policy` → `policy.options.x`).
 */
export async function readJsonFile(
  file: string,
  cwd: string,
  what: { en: string; zh: string },
  pathPrefix = '',
): Promise<unknown> {
  let bytes: Buffer;
  try {
    bytes = await readFile(resolve(cwd, file));
  } catch (e) {
    throw new UsageError(`cannot read the ${what.en} ${file}: ${(e as Error).message} / 无法读取${what.zh}`);
  }
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) bytes = bytes.subarray(3);
  if (!isUtf8(bytes)) throw notUtf8Error(`the ${what.en} ${file}`, bytes, firstBadUtf8Line(bytes));
  const text = bytes.toString('utf8');
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    throw new UsageError(
      `the ${what.en} ${file} is not valid JSON: ${(e as Error).message} / ${what.zh}不是合法 JSON`,
    );
  }
  const dup = findDuplicateKey(text);
  if (dup !== null) {
    const t = duplicateKeyText(dup, pathPrefix);
    throw new UsageError(`the ${what.en} ${file} is invalid: ${t.en} / ${what.zh}有误：${t.zh}`);
  }
  return value;
}

/**
 * The character encoding of an input. Every reader of the CLI works on UTF-8; a file in another encoding
 * must never be read as UTF-8 by accident: a GBK file (what Excel saves as "CSV" on Chinese Windows) read
 * that way turns 张三 and 李四 alike into "����", and their members into one household.
 *
 * - Without `--encoding`: a file starting with the UTF-16LE byte-order mark (FF FE) is read as UTF-16LE;
 *   anything else must be UTF-8 (a UTF-8 BOM is allowed). The first {@link SAMPLE_BYTES} are checked before
 *   any record is read: if they are not UTF-8 the run is refused (usage error) with the encoding they look
 *   like (GBK/GB18030, UTF-16) and the option that reads it. Invalid UTF-8 further on is an error record
 *   for its JSON Lines line, and stops a CSV or JSON document (see `decodedText`).
 * - `--encoding gbk|gb18030|utf-16le|utf-8`: decoded by iconv-lite (a maintained decoder; bundled into
 *   `dist/cli.js`) and handed on as UTF-8. A byte sequence the encoding does not define is refused, never
 *   replaced (so GB18030's own encoding of U+FFFD is refused too), as is a UTF-16 file of odd length.
 */
import { isUtf8 } from 'node:buffer';
import iconv from 'iconv-lite';
import { UsageError } from '../usage-error.js';

/** The encodings `--encoding` accepts. */
export const INPUT_ENCODINGS = ['utf-8', 'gbk', 'gb18030', 'utf-16le'] as const;
/** One of {@link INPUT_ENCODINGS}. */
export type InputEncoding = (typeof INPUT_ENCODINGS)[number];

/** How much of the input is checked before the first record is read. */
export const SAMPLE_BYTES = 64 * 1024;

const REPLACEMENT = '\uFFFD';
const LF = 0x0a;

function asBuffer(b: Uint8Array): Buffer {
  return Buffer.isBuffer(b) ? b : Buffer.from(b.buffer, b.byteOffset, b.byteLength);
}

/** Where `bytes` stops being whole UTF-8 characters: before a multi-byte character cut off at the end. */
export function wholeUtf8End(bytes: Uint8Array): number {
  const n = bytes.length;
  for (let i = n - 1; i >= 0 && i >= n - 4; i--) {
    const b = bytes[i] as number;
    if ((b & 0xc0) === 0x80) continue; // a continuation byte: look further back for the leading byte
    const need = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
    return n - i < need ? i : n;
  }
  return n;
}

/** The 1-based line of the first line of `bytes` that is not UTF-8, or `null`. */
export function firstBadUtf8Line(bytes: Buffer): number | null {
  let line = 1;
  let start = 0;
  while (start <= bytes.length) {
    let end = bytes.indexOf(LF, start);
    if (end === -1) end = bytes.length;
    if (!isUtf8(bytes.subarray(start, end))) return line;
    line += 1;
    start = end + 1;
  }
  return null;
}

/** The encoding `sample` (bytes that are not UTF-8) most likely is in, and how to read it. */
export function guessEncoding(sample: Buffer): { name: string; hint: string } {
  let nulEven = 0;
  let nulOdd = 0;
  for (let i = 0; i < sample.length; i++) {
    if (sample[i] === 0) {
      if (i % 2 === 0) nulEven += 1;
      else nulOdd += 1;
    }
  }
  if (nulEven + nulOdd > sample.length / 8) {
    return nulOdd >= nulEven
      ? { name: 'UTF-16LE', hint: 'use --encoding utf-16le' }
      : { name: 'UTF-16BE', hint: 'save it as "CSV UTF-8" (UTF-16BE is not read)' };
  }
  // GB18030 (a superset of GBK) defines nearly every byte pair; text in it decodes without a replacement
  // character, but for a character cut off at the end of the sample.
  const text = iconv.decode(sample, 'gb18030');
  if (!text.slice(0, -1).includes(REPLACEMENT)) {
    return {
      name: 'GBK/GB18030 (what Excel saves as "CSV" on Chinese Windows)',
      hint: 'use --encoding gbk (or gb18030), or save it in Excel as "CSV UTF-8 (逗号分隔)"',
    };
  }
  return { name: 'an unknown encoding', hint: 'save it as "CSV UTF-8" or UTF-8 text' };
}

/** The refusal of a file that is not UTF-8. */
export function notUtf8Error(label: string, sample: Buffer, line: number | null): UsageError {
  const { name, hint } = guessEncoding(sample);
  const where = line === null ? '' : ` (line ${line})`;
  return new UsageError(
    `${label} is not UTF-8 text${where}; it looks like ${name}: ${hint} / 输入文件不是 UTF-8 编码，疑为 ${name.split(' ')[0]}：请用 --encoding 指定编码（Excel 中文版保存的 CSV 用 --encoding gbk），或在 Excel 中另存为"CSV UTF-8（逗号分隔）"`,
  );
}

async function readSample(it: AsyncIterator<Uint8Array>): Promise<{ sample: Buffer; done: boolean }> {
  const parts: Buffer[] = [];
  let size = 0;
  while (size < SAMPLE_BYTES) {
    const r = await it.next();
    if (r.done) return { sample: Buffer.concat(parts, size), done: true };
    parts.push(asBuffer(r.value));
    size += r.value.length;
  }
  return { sample: Buffer.concat(parts, size), done: false };
}

/**
 * The input as UTF-8 bytes: checked (UTF-8) or decoded (the other encodings), refusing what is not in the
 * encoding with a usage error that names the likely one. `label` names the input in messages.
 */
export async function* utf8Input(
  source: AsyncIterable<Uint8Array>,
  encoding: InputEncoding | undefined,
  label: string,
): AsyncGenerator<Buffer> {
  const it = source[Symbol.asyncIterator]();
  const { sample, done } = await readSample(it);
  let enc = encoding;
  if (enc === undefined) {
    if (sample[0] === 0xff && sample[1] === 0xfe) enc = 'utf-16le';
    else if (sample[0] === 0xfe && sample[1] === 0xff)
      throw new UsageError(
        `${label} is UTF-16BE text, which is not read: save it as "CSV UTF-8" / 输入文件为 UTF-16BE 编码，请另存为 UTF-8`,
      );
    else enc = 'utf-8';
  }
  if (enc === 'utf-8') {
    const whole = done ? sample : sample.subarray(0, wholeUtf8End(sample));
    if (!isUtf8(whole)) throw notUtf8Error(label, sample, firstBadUtf8Line(whole));
    if (sample.length > 0) yield sample;
    // Further on, JSON Lines are checked line by line where they are evaluated, CSV and JSON as decoded.
    for (;;) {
      const r = await it.next();
      if (r.done) return;
      yield asBuffer(r.value);
    }
  }
  const decoder = iconv.getDecoder(enc);
  let bytes = 0;
  let line = 1;
  const decode = (block: Buffer | null): Buffer => {
    const text = block === null ? (decoder.end() ?? '') : decoder.write(block);
    const bad = text.indexOf(REPLACEMENT);
    if (bad !== -1) {
      const at = line + (text.slice(0, bad).match(/\n/g)?.length ?? 0);
      throw new UsageError(
        `${label} is not ${enc} text: line ${at} holds a byte sequence ${enc} does not define; check --encoding / 输入文件含有不属于 ${enc} 编码的字节（第${at}行），请检查 --encoding`,
      );
    }
    line += text.match(/\n/g)?.length ?? 0;
    if (block !== null) bytes += block.length;
    else if (enc === 'utf-16le' && bytes % 2 === 1)
      throw new UsageError(
        `${label} is not UTF-16LE text: it has an odd number of bytes / 输入文件不是完整的 UTF-16LE 文本（字节数为奇数）`,
      );
    return Buffer.from(text, 'utf8');
  };
  if (sample.length > 0) yield decode(sample);
  if (!done) {
    for (;;) {
      const r = await it.next();
      if (r.done) break;
      yield decode(asBuffer(r.value));
    }
  }
  const tail = decode(null);
  if (tail.length > 0) yield tail;
}

/**
 * UTF-8 bytes as text for the CSV and JSON readers, strictly: a byte sequence that is not UTF-8 (past the
 * checked first {@link SAMPLE_BYTES}) stops the run with a usage error instead of becoming U+FFFD.
 */
export async function* decodedText(source: AsyncIterable<Buffer>, label: string): AsyncGenerator<string> {
  const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  let from = 0;
  let offset = 0;
  try {
    for await (const block of source) {
      from = offset;
      offset += block.length;
      const s = decoder.decode(block, { stream: true });
      if (s.length > 0) yield s;
    }
    const end = decoder.decode();
    if (end.length > 0) yield end;
  } catch (e) {
    if (!(e instanceof TypeError)) throw e;
    throw new UsageError(
      `${label} is not UTF-8 text (bytes ${from + 1}–${offset} hold a sequence that is not UTF-8); check the file or use --encoding / 输入文件含有非 UTF-8 字节，请检查文件或使用 --encoding`,
    );
  }
}

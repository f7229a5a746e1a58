/**
 * The per-record size limit (`--max-record-bytes`, default 1 MiB). A household is a few hundred bytes; a
 * record of megabytes is a mistake or an attack, and evaluating it can exhaust a worker thread's heap (a
 * 4 MB record once ended a whole `--jobs 2` batch). A record over the limit is not parsed: it becomes its
 * own error record (`InputError`, code `record_too_large`) and the batch goes on. Sizes are UTF-8 bytes of
 * the record's text — a JSON Lines line (without its line end), a JSON array element — and for CSV the
 * characters of a record's cells (all rows of a household).
 */
import { UsageError } from '../usage-error.js';
import type { WorkItem } from './types.js';

/** The default limit: 1 MiB. */
export const DEFAULT_MAX_RECORD_BYTES = 1 << 20;

const UNITS: Readonly<Record<string, number>> = { '': 1, k: 1 << 10, m: 1 << 20, g: 1 << 30 };

/** Reads `--max-record-bytes`: a whole number of bytes, optionally with `k`, `m` or `g` (1024-based). */
export function parseMaxRecordBytes(value: unknown): number {
  if (value === undefined) return DEFAULT_MAX_RECORD_BYTES;
  const m = typeof value === 'string' ? /^([1-9][0-9]{0,12})([kmg]?)b?$/i.exec(value.trim()) : null;
  const n = m ? Number(m[1]) * (UNITS[(m[2] as string).toLowerCase()] ?? 1) : Number.NaN;
  if (!Number.isSafeInteger(n)) {
    throw new UsageError(
      `--max-record-bytes must be a whole number of bytes (e.g. 1048576, 512k, 4m), got ${String(value)}`,
    );
  }
  return n;
}

/** The error record of a record of `bytes` bytes over the limit `max`. */
export function tooLargeItem(
  line: number,
  id: string | null,
  size: number,
  max: number,
  unit: 'bytes' | 'characters' = 'bytes',
): Extract<WorkItem, { kind: 'error' }> {
  const zh = unit === 'bytes' ? '字节' : '个字符';
  return {
    kind: 'error',
    name: 'InputError',
    line,
    id,
    issues: [
      {
        path: '',
        code: 'record_too_large',
        message: `记录过大：${size} ${zh}，上限 ${max}（--max-record-bytes），未评估`,
        messageEn: `record too large: ${size} ${unit}, the limit is ${max} (--max-record-bytes); not evaluated`,
      },
    ],
  };
}

/**
 * JSON Lines input as raw bytes: the input is cut into chunks of about {@link CHUNK_BYTES}, always just
 * after a line feed (never inside a line, and never inside a UTF-8 character, since 0x0A occurs in no
 * multi-byte sequence), each with the number of its first line. The main thread only finds line feeds
 * (`Buffer.indexOf`, native); decoding, splitting into lines and `JSON.parse` happen where the chunk is
 * evaluated (`processJsonlText`), on a worker thread with `--jobs N`. A UTF-8 byte-order mark at the start
 * is dropped. Memory stays flat: one chunk (plus one line that does not fit) is held at a time, and a line
 * longer than the record size limit is not held at all: it is read past, to its line feed, and stands in
 * the chunks as its line number and size (`tooLarge`), to become that record's error line.
 */

/** Target size of one chunk, in bytes (≈ 620 households of the bench). */
export const CHUNK_BYTES = 256 * 1024;
/** A chunk also ends after this many lines (so that small records still give a steady flow of chunks). */
export const CHUNK_LINES = 1000;

/** Whole lines of JSON Lines input. */
export interface LineChunk {
  /** The input line number of the first line of `bytes` (1-based). */
  firstLine: number;
  /** Whole lines, each ended by a line feed except perhaps the last line of the input. */
  bytes: Uint8Array;
  /** Set (and `bytes` empty) for one line longer than the limit that was read past: its size in bytes. */
  tooLarge?: number;
}

const LF = 0x0a;
const NO_BYTES = new Uint8Array(0);

function asBuffer(b: Uint8Array): Buffer {
  return Buffer.isBuffer(b) ? b : Buffer.from(b.buffer, b.byteOffset, b.byteLength);
}

/**
 * Cuts `source` into chunks of whole lines. A line found to be longer than `maxLineBytes` while it is
 * still being read is skipped to its end (its bytes never held); shorter lines over the limit are left to
 * the evaluating side, which measures each line.
 */
export async function* jsonlChunks(
  source: AsyncIterable<Uint8Array>,
  chunkBytes = CHUNK_BYTES,
  chunkLines = CHUNK_LINES,
  maxLineBytes = Number.POSITIVE_INFINITY,
): AsyncGenerator<LineChunk> {
  let parts: Buffer[] = [];
  let size = 0;
  let firstLine = 1;
  let atStart = true;
  /** The bytes of an over-long line read past so far, or `null`. */
  let skipped: number | null = null;
  // Cut once this many bytes are held; doubled while one line is longer, so that a huge line is not
  // copied together again for every block read.
  let cutAt = chunkBytes;
  const joined = (): Buffer => {
    const all = parts.length === 1 ? (parts[0] as Buffer) : Buffer.concat(parts, size);
    parts = [all];
    return all;
  };
  const dropBom = (): void => {
    const all = joined();
    if (all[0] === 0xef && all[1] === 0xbb && all[2] === 0xbf) {
      parts = [all.subarray(3)];
      size -= 3;
    }
    atStart = false;
  };
  // `all` up to `end` (exclusive) in chunks of at most `chunkLines` lines.
  function* cut(all: Buffer, end: number): Generator<LineChunk> {
    let start = 0;
    let lines = 0;
    for (let i = all.indexOf(LF); i !== -1 && i < end; i = all.indexOf(LF, i + 1)) {
      if (++lines === chunkLines) {
        yield { firstLine, bytes: all.subarray(start, i + 1) };
        firstLine += lines;
        lines = 0;
        start = i + 1;
      }
    }
    if (start < end) {
      yield { firstLine, bytes: all.subarray(start, end) };
      firstLine += lines;
    }
  }
  for await (const input of source) {
    let block = asBuffer(input);
    if (skipped !== null) {
      const lf = block.indexOf(LF);
      if (lf === -1) {
        skipped += block.length;
        continue;
      }
      yield { firstLine, bytes: NO_BYTES, tooLarge: skipped + lf };
      firstLine += 1;
      skipped = null;
      block = block.subarray(lf + 1);
    }
    if (block.length === 0) continue;
    parts.push(block);
    size += block.length;
    if (atStart) {
      if (size < 3) continue;
      dropBom();
    }
    if (size < cutAt) continue;
    const all = joined();
    const nl = all.lastIndexOf(LF);
    if (nl === -1) {
      if (size > maxLineBytes) {
        skipped = size; // the whole of `all` is the start of one line
        parts = [];
        size = 0;
        cutAt = chunkBytes;
      } else cutAt = size * 2;
      continue;
    }
    const restBytes = all.length - nl - 1;
    if (restBytes > maxLineBytes) {
      skipped = restBytes;
      parts = [];
      size = 0;
    } else {
      // The rest is copied, so the chunks alone keep the block they were cut from.
      const rest = Buffer.from(all.subarray(nl + 1));
      parts = rest.length > 0 ? [rest] : [];
      size = rest.length;
    }
    cutAt = chunkBytes;
    yield* cut(all, nl + 1);
  }
  if (skipped !== null) {
    yield { firstLine, bytes: NO_BYTES, tooLarge: skipped };
    return;
  }
  if (atStart && size > 0) dropBom();
  if (size > 0) yield* cut(joined(), size);
}

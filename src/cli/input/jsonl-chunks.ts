/**
 * JSON Lines input as raw bytes: the input is cut into chunks of about {@link CHUNK_BYTES}, always just
 * after a line feed (never inside a line, and never inside a UTF-8 character, since 0x0A occurs in no
 * multi-byte sequence), each with the number of its first line. The main thread only finds line feeds
 * (`Buffer.indexOf`, native); decoding, splitting into lines and `JSON.parse` happen where the chunk is
 * evaluated (`processJsonlText`), on a worker thread with `--jobs N`. A UTF-8 byte-order mark at the start
 * is dropped. Memory stays flat: one chunk (plus one line that does not fit) is held at a time.
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
}

const LF = 0x0a;

function asBuffer(b: Uint8Array): Buffer {
  return Buffer.isBuffer(b) ? b : Buffer.from(b.buffer, b.byteOffset, b.byteLength);
}

/** Cuts `source` into chunks of whole lines. */
export async function* jsonlChunks(
  source: AsyncIterable<Uint8Array>,
  chunkBytes = CHUNK_BYTES,
  chunkLines = CHUNK_LINES,
): AsyncGenerator<LineChunk> {
  let parts: Buffer[] = [];
  let size = 0;
  let firstLine = 1;
  let atStart = true;
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
  for await (const block of source) {
    if (block.length === 0) continue;
    parts.push(asBuffer(block));
    size += block.length;
    if (atStart) {
      if (size < 3) continue;
      dropBom();
    }
    if (size < cutAt) continue;
    const all = joined();
    const nl = all.lastIndexOf(LF);
    if (nl === -1) {
      cutAt = size * 2;
      continue;
    }
    // The rest is copied, so the chunks alone keep the block they were cut from.
    const rest = Buffer.from(all.subarray(nl + 1));
    parts = rest.length > 0 ? [rest] : [];
    size = rest.length;
    cutAt = chunkBytes;
    yield* cut(all, nl + 1);
  }
  if (atStart && size > 0) dropBom();
  if (size > 0) yield* cut(joined(), size);
}

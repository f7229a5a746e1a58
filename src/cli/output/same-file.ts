/**
 * The CLI never writes over a file it reads. `dibao assess in.jsonl -o in.jsonl` would empty the input
 * before reading it (or, with the atomic `-o`, replace it by the results); a policy file named as `-o`
 * likewise. Files are compared by identity (device and inode, so a symbolic link, a hard link or another
 * spelling of the path is the same file), the input `-` by the file behind stdin and stdout by the file
 * behind it (`dibao assess in.jsonl >> in.jsonl`). A clash is a usage error (exit 2), before anything is
 * read or written.
 */
import { fstatSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Readable, Writable } from 'node:stream';
import type { CliIo } from '../io.js';
import { UsageError } from '../usage-error.js';

/** A file the command reads, and how it was named (`input`, `--policy`, …). */
export interface ReadFile {
  option: string;
  file: string;
}

type Identity = { dev: number; ino: number };

function fdOf(stream: Readable | Writable): number | null {
  const fd = (stream as { fd?: unknown }).fd;
  return typeof fd === 'number' ? fd : null;
}

/** The identity of a regular file behind a stream (`null`: a pipe, a terminal, an in-memory stream). */
function streamIdentity(stream: Readable | Writable): Identity | null {
  const fd = fdOf(stream);
  if (fd === null) return null;
  try {
    const st = fstatSync(fd);
    return st.isFile() ? { dev: st.dev, ino: st.ino } : null;
  } catch {
    return null;
  }
}

async function fileIdentity(path: string): Promise<Identity | null> {
  try {
    const st = await stat(path); // follows symbolic links: the file itself
    return st.isFile() ? { dev: st.dev, ino: st.ino } : null;
  } catch {
    return null;
  }
}

/**
 * The files named on the command line that a run reads: the input and every option value that names an
 * existing regular file (`--policy`, and any file option a command adds), but not `--output` itself.
 */
export function readFiles(values: Record<string, unknown>, positionals: readonly string[]): ReadFile[] {
  const files: ReadFile[] = positionals.map((file) => ({ option: 'input', file }));
  for (const [option, value] of Object.entries(values)) {
    if (option !== 'output' && typeof value === 'string' && value !== '') {
      files.push({ option: `--${option}`, file: value });
    }
  }
  return files;
}

/** Throws a usage error when the output (`-o`, else stdout) is one of the files read. */
export async function refuseOverwrite(
  output: unknown,
  reads: readonly ReadFile[],
  io: Pick<CliIo, 'cwd' | 'stdin' | 'stdout'>,
): Promise<void> {
  const toStdout = output === undefined || output === '-';
  const out = toStdout ? streamIdentity(io.stdout) : await fileIdentity(resolve(io.cwd, String(output)));
  if (out === null) return;
  for (const r of reads) {
    const id = r.file === '-' ? streamIdentity(io.stdin) : await fileIdentity(resolve(io.cwd, r.file));
    if (id !== null && id.dev === out.dev && id.ino === out.ino) {
      const where = toStdout ? 'stdout' : `-o ${String(output)}`;
      const what = r.option === 'input' ? `the input ${r.file}` : `the ${r.option} file ${r.file}`;
      throw new UsageError(
        `${where} is ${what} (the same file): writing it would destroy what is being read; choose another output file / 输出文件就是正在读取的文件，写入会毁掉它，请换一个输出文件名`,
      );
    }
  }
}

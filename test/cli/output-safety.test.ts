/**
 * Nothing lost: the built `dibao` never writes over a file it reads, writes `-o` atomically, and ends a
 * run whose output cannot be written (a full disk, a closed pipe) with one line and its own exit code.
 */
import {
  closeSync,
  copyFileSync,
  existsSync,
  linkSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from './run-cli.js';
import { generate, POLICY, run, tempDir, testCli } from './spawn-io.js';

let cli = '';
beforeAll(async () => {
  cli = await testCli();
}, 180_000);

const HOUSEHOLDS = readFileSync(join(ROOT, 'examples/households.jsonl'), 'utf8');

interface Folder {
  dir: string;
  input: string;
  policy: string;
}

/** A folder holding `in.jsonl` (the seven example households), `policy.json` and an empty `sub/`. */
function folder(): Folder {
  const dir = tempDir();
  const input = join(dir, 'in.jsonl');
  writeFileSync(input, HOUSEHOLDS);
  const policy = join(dir, 'policy.json');
  copyFileSync(POLICY, policy);
  mkdirSync(join(dir, 'sub'));
  return { dir, input, policy };
}

const temporaryFiles = (dir: string) => readdirSync(dir).filter((f) => f.endsWith('.tmp'));

const CLASHES: Array<[string, (f: Folder) => string]> = [
  ['the input as -o', () => 'in.jsonl'],
  ['the input as -o, spelt another way', () => './sub/../in.jsonl'],
  ['the policy file as -o', () => 'policy.json'],
  [
    'a symbolic link to the input as -o',
    (f) => {
      symlinkSync(f.input, join(f.dir, 'link.jsonl'));
      return 'link.jsonl';
    },
  ],
  [
    'a hard link to the input as -o',
    (f) => {
      linkSync(f.input, join(f.dir, 'hard.jsonl'));
      return 'hard.jsonl';
    },
  ],
];

describe('dibao never writes over a file it reads: usage error (exit 2), the files unchanged', () => {
  it.each(CLASHES)('%s', async (_name, output) => {
    const f = folder();
    const policyBefore = readFileSync(f.policy, 'utf8');
    const r = await run(cli, ['assess', 'in.jsonl', '-p', 'policy.json', '-o', output(f)], { cwd: f.dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('the same file');
    expect(r.stdout).toBe('');
    expect(readFileSync(f.input, 'utf8')).toBe(HOUSEHOLDS);
    expect(readFileSync(f.policy, 'utf8')).toBe(policyBefore);
    expect(temporaryFiles(f.dir)).toEqual([]);
  });

  it('stdout appended to the input (dibao assess in.jsonl >> in.jsonl)', async () => {
    const f = folder();
    const fd = openSync(f.input, 'a');
    try {
      const r = await run(cli, ['assess', 'in.jsonl', '-p', 'policy.json'], { cwd: f.dir, stdout: fd });
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('stdout is the input in.jsonl');
    } finally {
      closeSync(fd);
    }
    expect(readFileSync(f.input, 'utf8')).toBe(HOUSEHOLDS);
  });

  it('stdin read from the file named as -o (dibao assess - -o in.jsonl < in.jsonl)', async () => {
    const f = folder();
    const fd = openSync(f.input, 'r');
    try {
      const r = await run(cli, ['assess', '-', '-p', 'policy.json', '-o', 'in.jsonl'], {
        cwd: f.dir,
        stdin: fd,
      });
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('-o in.jsonl is the input -');
    } finally {
      closeSync(fd);
    }
    expect(readFileSync(f.input, 'utf8')).toBe(HOUSEHOLDS);
  });

  it('simulate: the households file as -o or --html', async () => {
    const f = folder();
    for (const option of ['-o', '--html']) {
      const r = await run(
        cli,
        ['simulate', 'in.jsonl', '--base', 'policy.json', '--reform', 'policy.json', option, 'in.jsonl'],
        { cwd: f.dir },
      );
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('the same file');
      expect(readFileSync(f.input, 'utf8')).toBe(HOUSEHOLDS);
    }
  });

  it('another output file is written as usual (and keeps the permissions of the file it replaces)', async () => {
    const f = folder();
    const out = join(f.dir, 'out.jsonl');
    writeFileSync(out, 'old\n', { mode: 0o640 });
    const r = await run(cli, ['assess', 'in.jsonl', '-p', 'policy.json', '-o', 'out.jsonl', '-q'], {
      cwd: f.dir,
    });
    expect(r).toMatchObject({ code: 0, stdout: '', stderr: '' });
    expect(readFileSync(out, 'utf8').trim().split('\n')).toHaveLength(7);
    expect(statSync(out).mode & 0o777).toBe(0o640);
    expect(temporaryFiles(f.dir)).toEqual([]);
  });
});

describe('-o is written atomically', () => {
  it('a run interrupted by Ctrl-C (SIGINT) leaves the earlier file as it was, and no temporary file', async () => {
    const f = folder();
    writeFileSync(join(f.dir, 'big.jsonl'), generate(40_000, '--seed', '5'));
    const out = join(f.dir, 'out.jsonl');
    writeFileSync(out, 'the earlier results\n');
    const r = await run(cli, ['assess', 'big.jsonl', '-p', 'policy.json', '-o', 'out.jsonl', '-q'], {
      cwd: f.dir,
      onStart: (child) => {
        // Interrupt once the run has written part of its output (into the temporary file).
        const poll = setInterval(() => {
          const tmp = temporaryFiles(f.dir)[0];
          if (tmp !== undefined && statSync(join(f.dir, tmp), { throwIfNoEntry: false })?.size) {
            clearInterval(poll);
            child.kill('SIGINT');
          }
        }, 20);
        child.on('exit', () => clearInterval(poll));
      },
    });
    expect(r.code).toBe(130);
    expect(readFileSync(out, 'utf8')).toBe('the earlier results\n');
    expect(temporaryFiles(f.dir)).toEqual([]);
  }, 120_000);

  it('a run stopped by an error leaves no file under the output name and no temporary file', async () => {
    const f = folder();
    // Valid UTF-8 for the first megabyte, then a GBK byte pair: the run stops (exit 2) part way.
    const rows = ['household_id,assessment_date,area,member_id,birth_date'];
    for (let i = 0; i < 40_000; i++) rows.push(`H${i},2018-09-01,urban,m,1970-01-01`); // ≈ 1.3 MB
    writeFileSync(
      join(f.dir, 'late.csv'),
      Buffer.concat([Buffer.from(`${rows.join('\n')}\n`), Buffer.from([0xd5, 0xc5, 0x0a])]),
    );
    const r = await run(cli, ['assess', 'late.csv', '-p', 'policy.json', '-o', 'out.jsonl', '-q'], {
      cwd: f.dir,
    });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('not UTF-8');
    expect(existsSync(join(f.dir, 'out.jsonl'))).toBe(false);
    expect(temporaryFiles(f.dir)).toEqual([]);
  }, 60_000);
});

describe('an output that cannot be written: one line on stderr, its own exit code', () => {
  const oneLine = (stderr: string) => stderr.trim().split('\n');

  it('stdout on a full disk (/dev/full): exit 4, no stack trace', async () => {
    const fd = openSync('/dev/full', 'w');
    try {
      const r = await run(cli, ['assess', 'examples/households.jsonl', '-p', POLICY, '-q'], { stdout: fd });
      expect(r.code).toBe(4);
      expect(oneLine(r.stderr)).toEqual([expect.stringContaining('no space left on the device [ENOSPC]')]);
      expect(r.stderr).not.toMatch(/\n\s+at |Unhandled/);
    } finally {
      closeSync(fd);
    }
  });

  it('-o on a full disk (/dev/full), 2 000 records: exit 4, no "Unhandled \'error\' event"', async () => {
    const input = generate(2000, '--seed', '9');
    const r = await run(cli, ['assess', '-', '-p', POLICY, '-q', '-o', '/dev/full'], { stdin: input });
    expect(r.code).toBe(4);
    expect(oneLine(r.stderr)).toEqual([expect.stringContaining('cannot write the output (/dev/full)')]);
    expect(r.stderr).not.toMatch(/\n\s+at |Unhandled/);
  }, 60_000);

  it.each([1, 2])(
    'a reader that stops early (dibao … | head -1), --jobs %i: exit 141, not 0',
    async (jobs) => {
      const input = generate(3000, '--seed', '4');
      let first = '';
      const r = await run(cli, ['assess', '-', '-p', POLICY, '-q', '--jobs', String(jobs)], {
        stdin: input,
        onStart: (child) => {
          child.stdout?.once('data', (s: Buffer | string) => {
            first = String(s).split('\n')[0] as string;
            child.stdout?.destroy();
          });
        },
      });
      expect(JSON.parse(first)).toMatchObject({ line: 1 });
      expect(r.code).toBe(141);
      expect(oneLine(r.stderr)).toEqual([expect.stringContaining('closed before the run finished')]);
    },
    60_000,
  );
});

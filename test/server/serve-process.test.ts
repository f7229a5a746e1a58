/**
 * `dibao serve` as a process (the built dist/cli.js): it prints where it listens, serves the built page,
 * refuses bad options with exit code 2, and on SIGTERM finishes the request in flight — whose body is still
 * arriving — answers it, and exits 0. Skipped, with the reason printed, without the build.
 */

import { spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { request } from 'node:http';
import { describe, expect, it } from 'vitest';
import { built, builtSkipReason, CLI, HOUSEHOLDS, POLICY, send, spawnServe } from './helpers.js';

if (!built) console.log(`dibao serve process test skipped: ${builtSkipReason}`);

describe.skipIf(!built)('dibao serve, the process', () => {
  it('serves the page and the API, then on SIGTERM finishes the request in flight and exits 0', async () => {
    const { child, port, stderr } = await spawnServe(['--body-limit', '200000']);
    try {
      const page = await send(port, 'GET', '/');
      expect(page.status).toBe(200);
      expect(page.text).toContain('<meta name="dibao-service"');
      expect(page.text).toContain('城市低保核算工作台');
      expect(stderr()).toContain('body limit 200000 bytes');

      // A request whose body is half sent when SIGTERM arrives.
      const body = Buffer.from(JSON.stringify({ household: HOUSEHOLDS[0], policy: POLICY }));
      const answer = new Promise<{ status: number; json: { class: string } }>((resolve, reject) => {
        const req = request(
          {
            host: '127.0.0.1',
            port,
            method: 'POST',
            path: '/assess',
            headers: { 'content-type': 'application/json', 'content-length': body.length },
          },
          (res) => {
            let text = '';
            res.setEncoding('utf8').on('data', (s: string) => {
              text += s;
            });
            res.on('end', () => resolve({ status: res.statusCode ?? 0, json: JSON.parse(text) }));
          },
        );
        req.on('error', reject);
        req.write(body.subarray(0, 100));
        setTimeout(() => {
          child.kill('SIGTERM');
          setTimeout(() => req.end(body.subarray(100)), 300);
        }, 200);
      });
      const r = await answer;
      expect(r.status).toBe(200);
      expect(r.json.class).toBe('dibao');
      const [code] = await once(child, 'exit');
      expect(code).toBe(0);
      expect(stderr()).toContain('SIGTERM: finishing requests in flight');
      expect(stderr()).toContain('stopped');
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
    }
  });

  it('refuses a bad port or body limit and stray arguments (exit 2)', () => {
    for (const args of [['--port', '70000'], ['--port', 'x'], ['--body-limit', '0'], ['file.json']]) {
      const r = spawnSync(process.execPath, [CLI, 'serve', ...args], { encoding: 'utf8' });
      expect(r.status, args.join(' ')).toBe(2);
      expect(r.stderr).toContain('dibao serve:');
    }
  });
});

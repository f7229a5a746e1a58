/**
 * Opens the simulation HTML report in headless Debian Chromium (playwright-core) and checks that it renders:
 * the charts draw bars, the tables hold the hand-worked figures, no script runs, nothing is fetched.
 * Skipped, with the reason printed, where /usr/bin/chromium is absent.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { renderSimulationHtml, simulate } from '../src/index.js';
import { chromiumPresent, chromiumSkipReason, launchChromium } from './helpers/chromium.js';

const available = chromiumPresent;
if (!available) console.log(`simulate HTML browser test skipped: ${chromiumSkipReason}`);

const fixture = JSON.parse(
  readFileSync(
    join(import.meta.dirname, '..', 'fixtures', 'simulate', '01-standard-rise-grant-cut.json'),
    'utf8',
  ),
) as { input: { households: never; basePolicy: never; reformPolicy: never } };

const dir = mkdtempSync(join(tmpdir(), 'dibao-sim-html-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe.skipIf(!available)('simulation HTML report in a headless browser', () => {
  it('renders the charts and tables, runs no script and fetches nothing', async () => {
    const { households, basePolicy, reformPolicy } = fixture.input;
    const evil = {
      id: '<img src=x onerror="window.__pwned=1">',
      assessmentDate: '2019-03-01',
      area: 'urban',
      members: [{ birthDate: '1980-01-01', sex: 'male', incomes: [], employed: true }],
      propertyAssessment: { meetsDibao: true, meetsLowIncome: true },
    };
    const result = simulate([...(households as unknown[]), evil] as never, basePolicy, reformPolicy);
    const file = join(dir, 'report.html');
    writeFileSync(file, renderSimulationHtml(result));

    const context = await launchChromium(dir);
    try {
      const page = await context.newPage();
      const requests: string[] = [];
      const errors: string[] = [];
      page.on('request', (r) => requests.push(r.url()));
      page.on('pageerror', (e) => errors.push(e.message));
      page.on('dialog', (d) => {
        errors.push(`dialog: ${d.message()}`);
        void d.dismiss();
      });
      await page.goto(pathToFileURL(file).href);

      expect(await page.title()).toContain('低保政策模拟');
      expect(await page.locator('svg').count()).toBe(4);
      for (const id of ['chart-households', 'chart-members', 'chart-cost', 'chart-changes']) {
        const bars = page.locator(`#${id} rect.bar`);
        expect(await bars.count(), id).toBeGreaterThan(0);
        const box = await page.locator(`#${id}`).boundingBox();
        expect(box?.width ?? 0, `${id} width`).toBeGreaterThan(100);
        expect(box?.height ?? 0, `${id} height`).toBeGreaterThan(50);
      }
      // Fixture change 289.00 (worked by hand there) + the extra one-person household, income 0: 700 − 620 = 80.
      expect(await page.locator('#cost-change').textContent()).toContain('+369.00');
      expect(await page.locator('#table-gains tbody tr').count()).toBe(4);
      expect(await page.locator('#table-losses tbody tr').first().textContent()).toContain('-9.00');
      expect(await page.locator('#table-errors tbody tr').count()).toBe(1);
      // The malicious id is shown as text, never run.
      expect(await page.locator('#table-gains').textContent()).toContain(
        '<img src=x onerror="window.__pwned=1">',
      );
      expect(await page.evaluate(() => (globalThis as { __pwned?: number }).__pwned)).toBeUndefined();
      expect(errors).toEqual([]);
      expect(requests.filter((u) => !u.startsWith('file:'))).toEqual([]);
    } finally {
      await context.close();
    }
  }, 60_000);
});

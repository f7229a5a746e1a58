/**
 * The bundle in a real headless browser: Debian's `chromium`, driven by playwright-core, opens a page that
 * loads dibao-rules.global.js with a <script> tag and computes a 低保金 in the page itself. Skips, saying
 * why, when /usr/bin/chromium is absent (.ci/run installs it first).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { chromiumPresent, chromiumSkipReason, launchChromium } from '../helpers/chromium.js';
import { bundlePath } from './bundle.js';

const present = chromiumPresent;
if (!present) console.warn(`browser test skipped: ${chromiumSkipReason}`);

const PAGE = `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>低保金</title>
<script src="BUNDLE"></script></head>
<body>
<table id="t"><tr><td id="members">3</td><td id="income">1,500</td><td id="standard">770</td><td id="out"></td></tr></table>
<script>
  var cell = function (id) { return document.getElementById(id).textContent; };
  document.getElementById('out').textContent =
    String(DibaoRules.DIBAO_BENEFIT(cell('members'), cell('income'), cell('standard'), true, true));
</script>
</body></html>`;

describe.skipIf(!present)('in headless Chromium', () => {
  it('a page loading the bundle computes a 低保金', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dibao-browser-'));
    const page = join(dir, 'index.html');
    writeFileSync(page, PAGE.replace('BUNDLE', pathToFileURL(await bundlePath()).href));
    const context = await launchChromium(dir);
    try {
      const tab = context.pages()[0] ?? (await context.newPage());
      const errors: string[] = [];
      tab.on('pageerror', (e) => errors.push(e.message));
      tab.on('console', (m) => {
        if (m.type() === 'error') errors.push(m.text());
      });
      await tab.goto(pathToFileURL(page).href);
      // (770 − 1500 ÷ 3) × 3 = 810
      expect(await tab.textContent('#out')).toBe('810');
      const inPage = await tab.evaluate(() => {
        const g = globalThis as unknown as {
          DibaoRules: {
            DIBAO_CLASS: (...a: unknown[]) => unknown;
            udfAssess: (h: string, p: string) => string;
          };
        };
        const assessed = JSON.parse(
          g.DibaoRules.udfAssess(
            JSON.stringify({
              assessmentDate: '2024-06-30',
              area: 'urban',
              members: [
                { birthDate: '1980-05-01', incomes: [{ kind: 'employment', perMonth: '900' }] },
                { birthDate: '2012-03-15', incomes: [] },
              ],
              propertyAssessment: { meetsDibao: true, meetsLowIncome: true },
            }),
            JSON.stringify({ dibaoStandardPerMonth: { urban: '770', rural: '520' } }),
          ),
        ) as { class: string; benefit: { basePerMonth: string } | null };
        return { cls: g.DibaoRules.DIBAO_CLASS(3, '１５００', 770, true, true), assessed };
      });
      expect(inPage.cls).toBe('dibao');
      // (770 − 900 ÷ 2) × 2 = 640
      expect(inPage.assessed.class).toBe('dibao');
      expect(inPage.assessed.benefit?.basePerMonth).toBe('640.00');
      expect(errors).toEqual([]);
    } finally {
      await context.close();
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});

/**
 * The caseworker page in headless Debian Chromium (playwright-core): served by `dibao serve` (it then calls
 * the service) and opened as the offline file dist/caseworker.html (it then computes in the page, with
 * nothing fetched). The test fills the form — the policy from the data pack, a member added and one
 * removed — submits, and reads the amounts, which are worked out by hand below. Saves the screenshot kept
 * in docs/images/caseworker-page.png. Skipped, with the reason printed, without Chromium or the build.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumPresent, chromiumSkipReason, launchChromium } from '../helpers/chromium.js';
import { built, builtSkipReason, PAGE, ROOT, type Running, startService } from './helpers.js';

const available = chromiumPresent && built;
if (!available)
  console.log(`caseworker page test skipped: ${chromiumPresent ? builtSkipReason : chromiumSkipReason}`);

const dir = mkdtempSync(join(tmpdir(), 'dibao-page-'));
let running: Running | undefined;
beforeAll(async () => {
  if (available) running = await startService({ pageHtml: readFileSync(PAGE, 'utf8') });
});
afterAll(async () => {
  await running?.close();
  rmSync(dir, { recursive: true, force: true });
});

/**
 * 长春市区 2018-09-01 (the pack's 2018 approved table: urban 620 元/人·月). A mother (38, employment income
 * 900 元/月, employed), her son (8, no income, supporters able), a grandmother added (1946-03-01: 72 周岁, pension
 * 300 元/月) and a row added by mistake then removed. Property checked by the platform: meets both.
 * Household income 900 + 0 + 300 = 1 200 元/月, 3 members → 400.00 元/人·月 < 620 → 低保家庭 (第5条).
 * 低保金 差额 = (620 − 400) × 3 = 660.00 元/月 (第5条、第6条). The pack's policy sets no 增发补助金 rates,
 * so the grants are 0.00 (with the SPECIAL_GRANT_RATE_NOT_SET warning) and the total 660.00.
 */
async function fillAndSubmit(page: Page): Promise<void> {
  await page.waitForSelector('body[data-ready="true"]');
  await page.selectOption('#region', '220100');
  await page.fill('#policy-date', '2018-09-01');
  await page.click('#load-policy');
  await expect.poll(() => page.inputValue('#policy')).toContain('"urban": "620"');
  await page.fill('#household-id', '长春-2018-0901');
  await page.fill('#assessment-date', '2018-09-01');
  await page.selectOption('#receiving-dibao', 'false');
  await page.selectOption('#meets-dibao', 'true');
  await page.selectOption('#meets-low-income', 'true');
  await page.click('#add-member');
  await page.click('#add-member');
  const rows = page.locator('#members tr');
  expect(await rows.count()).toBe(4);
  const grandmother = rows.nth(2);
  await grandmother.locator('[name=id]').fill('外婆');
  await grandmother.locator('[name=birthDate]').fill('1946-03-01');
  await grandmother.locator('[name=sex]').selectOption('female');
  await grandmother.locator('[name=income]').fill('300');
  await grandmother.locator('[name=incomeKind]').selectOption('pension');
  await grandmother.locator('[name=supporters]').selectOption('able');
  await rows.nth(3).locator('button.remove').click();
  expect(await rows.count()).toBe(3);
  await page.click('#submit');
  await page.waitForSelector('#verdict');
}

async function readAmounts(page: Page) {
  return {
    verdict: await page.textContent('#verdict'),
    total: await page.textContent('#total'),
    base: await page.textContent('#base'),
    grants: await page.textContent('#grants'),
    explain: await page.textContent('#explain'),
  };
}

describe.skipIf(!available)('the caseworker page in a headless browser', () => {
  it('served by dibao serve: fills, submits, reads the hand-worked amounts; saves the screenshot', async () => {
    const context = await launchChromium(dir);
    try {
      const page = await context.newPage();
      await page.setViewportSize({ width: 1360, height: 1000 });
      const errors: string[] = [];
      const posts: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      page.on('request', (r) => {
        if (r.method() === 'POST') posts.push(new URL(r.url()).pathname);
      });
      await page.goto(`${running?.base}/`);
      expect(await page.textContent('#mode')).toContain('服务端');
      await fillAndSubmit(page);
      const a = await readAmounts(page);
      expect(a.verdict).toBe('家庭类别：低保家庭');
      expect(a.total).toBe('660.00');
      expect(a.base).toBe('660.00');
      expect(a.grants).toBe('0.00');
      // The 核算说明 beside it names the members by id and carries the same amount and its article.
      expect(a.explain).toContain('外婆');
      expect(a.explain).toContain('660.00');
      expect(a.explain).toContain('第5条');
      expect(posts).toEqual(['/explain']);
      expect(errors).toEqual([]);
      await page.screenshot({ path: join(ROOT, 'docs', 'images', 'caseworker-page.png'), fullPage: true });
      // The print layout keeps the result and its 核算说明 and drops the form.
      await page.emulateMedia({ media: 'print' });
      expect(await page.isVisible('#household-form')).toBe(false);
      expect(await page.isVisible('#explain')).toBe(true);
    } finally {
      await context.close();
    }
  });

  it('the offline file computes the same in the page and fetches nothing', async () => {
    const context = await launchChromium(dir);
    try {
      const page = await context.newPage();
      const requests: string[] = [];
      const errors: string[] = [];
      page.on('request', (r) => requests.push(r.url()));
      page.on('pageerror', (e) => errors.push(e.message));
      const url = pathToFileURL(PAGE).href;
      await page.goto(url);
      expect(await page.textContent('#mode')).toContain('离线');
      await fillAndSubmit(page);
      const a = await readAmounts(page);
      expect(a).toMatchObject({
        verdict: '家庭类别：低保家庭',
        total: '660.00',
        base: '660.00',
        grants: '0.00',
      });
      expect(a.explain).toContain('外婆');
      expect(a.explain).toContain('660.00');
      // A policy typed in: the pack's standards plus local 增发补助金 rates of 10 % for minors and people of 70+.
      // Son (8): 620 × 0.1 = 62.00; grandmother (72): 620 × 0.1 = 62.00 (第10条) → grants 124.00, total 784.00.
      await page.fill(
        '#policy',
        JSON.stringify({
          dibaoStandardPerMonth: { urban: '620', rural: '410' },
          specialGrantRates: { minor: '0.1', age70Plus: '0.1' },
        }),
      );
      await page.click('#submit');
      await expect.poll(() => page.textContent('#total')).toBe('784.00');
      expect(await page.textContent('#grants')).toBe('124.00');
      expect(await page.textContent('#base')).toBe('660.00');
      expect(requests).toEqual([url]);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('names the bad field by member, not by JSON path, when the input is refused', async () => {
    const context = await launchChromium(dir);
    try {
      const page = await context.newPage();
      await page.goto(pathToFileURL(PAGE).href);
      await page.waitForSelector('body[data-ready="true"]');
      await page.locator('#members tr').nth(1).locator('[name=birthDate]').fill('');
      await page.click('#submit');
      await page.waitForSelector('#result .error');
      expect(await page.textContent('#result')).toContain('成员2（儿子）');
    } finally {
      await context.close();
    }
  });
});

// Advertiser pages on a 360 px screen, with a package open: nothing scrolls sideways but
// the tables and charts, each in its own focusable scrolling box.
import { test, expect } from './helpers.mjs';
import { openSample, openClaim } from './advertiser-helpers.mjs';

test('every advertiser page fits 360 px without sideways scrolling @i18n', async ({ page, shot, axe }) => {
  await page.setViewportSize({ width: 360, height: 780 });
  await openSample(page);
  const fits = async (where) => {
    await expect(page.locator('h1.view-title')).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, `overflow on ${where}`).toBeLessThanOrEqual(0);
  };
  await fits('the queue');
  await shot('advertiser-queue-360');
  await openClaim(page, 'CLM-0002');
  await fits('a claim');
  await axe();
  await shot('advertiser-claim-360');
  for (const hash of ['#/advertiser/open', '#/advertiser/rules', '#/advertiser/conversions', '#/advertiser/settings']) {
    await page.goto(`/${hash}`);
    await fits(hash);
  }
  await page.goto('/#/advertiser/open');
  await page.locator('.files-table a.file-link').click();
  await fits('a file');
  await shot('advertiser-package-360');
});

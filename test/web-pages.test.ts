// The catalogue, a breach's page and the dashboard in real Chromium, and every view's layout on a phone.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { BREACHES, DESKTOP, PEOPLE, PHONE, browserSkip, screenshot, useWeb } from './support/browser.js';

const names = (page: Page) => page.locator('.catalogue > li h2').allTextContents();
const byDate = BREACHES.map((b) => b.meta).sort((a, b) => b.date!.localeCompare(a.date!)).map((b) => b.name);

/** Each main view: its path, what shows it is drawn (after doing what its page is for), and its menu entry. */
const VIEWS: { name: string; path: string; nav: string; ready(page: Page): Promise<unknown> }[] = [
  {
    name: 'check', path: '/', nav: 'Check',
    async ready(page) {
      await page.fill('#identifier', PEOPLE[0].手机号);
      await page.click('.check-form button[type=submit]');
      return page.locator('.todo').waitFor();
    },
  },
  { name: 'breaches', path: '/breaches', nav: 'Breaches', ready: (page) => page.locator('.catalogue > li').first().waitFor() },
  { name: 'breach', path: `/breaches/${encodeURIComponent(BREACHES[0].meta.name)}`, nav: 'Breaches', ready: (page) => page.locator('table.bars').first().waitFor() },
  { name: 'stats', path: '/stats', nav: 'Statistics', ready: (page) => page.locator('#chart-time canvas').waitFor() },
  {
    name: 'scan', path: '/scan', nav: 'Scan text',
    async ready(page) {
      await page.fill('#scan-text', `${PEOPLE[1].姓名} ${PEOPLE[1].手机号} ${PEOPLE[1].身份证号} ${PEOPLE[1].地址} ${PEOPLE[1].邮箱}\n`.repeat(3));
      await page.click('.scan-form button[type=submit]');
      return page.locator('.scan-results mark').first().waitFor();
    },
  },
];

describe('the catalogue and the dashboard in Chromium', { skip: browserSkip }, () => {
  const web = useWeb();

  test('the catalogue lists every breach, filters as one types, sorts, and opens a breach', async (t) => {
    const tab = await web.open(t, '/breaches');
    await tab.page.locator('.catalogue > li').first().waitFor();
    assert.deepEqual(await names(tab.page), byDate);
    await tab.page.fill('#search', 'medical');
    assert.deepEqual(await names(tab.page), ['Clinic 2022']);
    await tab.page.fill('#search', 'no such thing');
    assert.deepEqual(await names(tab.page), []);
    assert.equal(await tab.page.textContent('main [role=status]'), 'No breach matches.');
    await tab.page.fill('#search', '');
    await tab.page.selectOption('#sort', 'oldest');
    assert.deepEqual(await names(tab.page), [...byDate].reverse());
    await tab.page.selectOption('#sort', 'largest');
    assert.equal((await names(tab.page))[0], 'Courier 2023');
    await tab.page.click('.catalogue a:text-is("Forum 2019")');
    assert.equal(await tab.page.textContent('h1'), 'Forum 2019');
    assert.equal(new URL(tab.page.url()).pathname, '/breaches/Forum%202019');
    const forum = (await web.site.store.breaches()).find((b) => b.name === 'Forum 2019')!;
    const classes = tab.page.locator('section:has(h2:text-is("Data in this breach")) table.bars tbody tr');
    assert.equal(await classes.count(), Object.keys(forum.dataClasses).length);
    assert.deepEqual((await classes.locator('.bar-value').allTextContents()).map(Number).sort(), Object.values(forum.dataClasses).sort());
    tab.assertClean();
  });

  test('an unknown breach: an error', async (t) => {
    const tab = await web.open(t, '/breaches/nope');
    assert.equal(await tab.page.textContent('.error'), 'There is no breach by that name.');
    tab.assertClean(['404 GET /api/v1/breaches/nope']);
  });

  test('the dashboard shows the totals and draws its charts', async (t) => {
    const tab = await web.open(t, '/stats');
    const stats = await web.site.store.stats();
    const n = (value: number) => value.toLocaleString('en-US');
    const unique = Object.values(stats.uniqueIdentifiers).reduce((sum, value) => sum + (value ?? 0), 0);
    await tab.page.locator('#chart-time canvas').waitFor();
    assert.deepEqual(await tab.page.locator('.tile-value').allTextContents(), [n(stats.breaches), n(stats.records), n(unique)]);
    // uPlot draws on a canvas: count the pixels painted, and those of the bars' blue.
    const painted = () => tab.page.$eval('#chart-time canvas', (canvas: HTMLCanvasElement) => {
      const { data } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
      let any = 0;
      let blue = 0;
      for (let i = 0; i < data.length; i += 4) {
        if (data[i + 3] > 0) any++;
        if (data[i + 3] > 0 && data[i + 2] > data[i] + 60) blue++;
      }
      return { width: canvas.width, height: canvas.height, any, blue };
    });
    let pixels = await painted();
    for (let i = 0; i < 20 && pixels.blue === 0; i++) pixels = await tab.page.waitForTimeout(100).then(painted); // a frame late on a busy machine
    assert.ok(pixels.width > 0 && pixels.height > 0, `a canvas of ${pixels.width}×${pixels.height}`);
    assert.ok(pixels.any > 1000 && pixels.blue > 200, `the chart is blank: ${JSON.stringify(pixels)}`);
    assert.equal(await tab.page.locator('#chart-sector table.bars tbody tr').count(), Object.keys(stats.bySector).length);
    assert.equal(await tab.page.locator('#chart-class table.bars tbody tr').count(), Object.keys(stats.byDataClass).length);
    tab.assertClean();
  });

  test('every view: the menu marks it, no horizontal scroll on a phone, screenshots at both sizes', async (t) => {
    for (const [size, viewport] of [['desktop', DESKTOP], ['phone', PHONE]] as const) {
      for (const view of VIEWS) {
        const tab = await web.open(t, view.path, viewport);
        await view.ready(tab.page);
        assert.equal(await tab.page.textContent('nav a[aria-current="page"]'), view.nav, view.name);
        await screenshot(tab.page, `${view.name}-${size}`);
        const width = await tab.page.evaluate(() => document.scrollingElement!.scrollWidth);
        assert.ok(width <= viewport.width, `${view.name} on a ${size}: ${width} px wide in a ${viewport.width} px window`);
        tab.assertClean();
        await tab.close();
      }
    }
  });
});

// The check page in real Chromium: verdicts, sensitive breaches, verification by e-mail, the demo, language, security.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { BREACHES, PEOPLE, browserSkip, screenshot, useWeb, type Tab } from './support/browser.js';

const user = PEOPLE[0];
const stranger = PEOPLE[PEOPLE.length - 1];
/** The breaches holding the first person's column `column`: all, and the sensitive ones apart. */
function holding(column: '手机号' | '身份证号' | '邮箱') {
  const all = BREACHES.filter((b) => b.people.includes(0) && b.columns.includes(column)).map((b) => b.meta);
  return { count: all.length, named: all.filter((b) => !b.flags.includes('sensitive')).map((b) => b.name).sort(), hidden: all.filter((b) => b.flags.includes('sensitive')).map((b) => b.name) };
}
const spaced = (phone: string) => `+86 ${phone.slice(0, 3)}-${phone.slice(3, 7)}-${phone.slice(7)}`;

async function check(tab: Tab, identifier: string, kind?: string): Promise<void> {
  await tab.page.fill('#identifier', identifier);
  if (kind) await tab.page.selectOption('#kind', kind);
  await tab.page.click('.check-form button[type=submit]');
}

/** The names and links of the breach cards of a check's result. */
const cards = (tab: Tab) => tab.page.locator('.breach-list .breach-card h3 a').evaluateAll((links) => links.map((a) => [a.textContent, a.getAttribute('href')]).sort());
const checks = (tab: Tab) => tab.requests.filter((r) => r.url.endsWith('/api/v1/check'));

describe('the check page in Chromium', { skip: browserSkip }, () => {
  const web = useWeb();

  test('a phone number in breaches: the verdict, the breaches that are not sensitive by name, the sensitive one only counted, advice', async (t) => {
    const tab = await web.open(t, '/');
    await check(tab, spaced(user.手机号));
    const expected = holding('手机号');
    assert.equal(await tab.page.textContent('.verdict.bad h2'), `Found in ${expected.count} breaches`);
    assert.deepEqual(await cards(tab), expected.named.map((name) => [name, `/breaches/${encodeURIComponent(name)}`]));
    assert.match((await tab.page.textContent('.sensitive'))!, new RegExp(`^${expected.hidden.length} more breach is flagged sensitive`));
    for (const name of expected.hidden) assert.ok(!(await tab.page.content()).includes(name), `the sensitive breach ${name} is named`);
    const advice = await tab.page.locator('.todo li').allTextContents();
    for (const step of [/^Tell your bank/, /^Expect scam calls/, /^Ask the service to delete/, /^Report the leak/]) assert.ok(advice.some((text) => step.test(text)), `no advice ${step}`);
    tab.assertClean();
  });

  test('the type chosen is sent, and an ID number is looked up as one', async (t) => {
    const tab = await web.open(t, '/');
    await check(tab, user.身份证号, 'id');
    const expected = holding('身份证号');
    assert.equal(await tab.page.textContent('.verdict.bad h2'), `Found in ${expected.count} breaches`);
    assert.deepEqual((await cards(tab)).map(([name]) => name), expected.named);
    assert.deepEqual(JSON.parse(checks(tab)[0].body!), { identifier: user.身份证号, kind: 'id' });
    tab.assertClean();
  });

  test('an identifier in no breach: good news', async (t) => {
    const tab = await web.open(t, '/');
    await check(tab, stranger.手机号);
    assert.equal(await tab.page.textContent('.verdict.good h2'), 'Good news: not found');
    assert.equal(await tab.page.locator('.breach-list, .sensitive').count(), 0);
    tab.assertClean();
  });

  test('input that is not of the type chosen: an error; empty input: an error and nothing sent', async (t) => {
    const tab = await web.open(t, '/');
    await check(tab, '   ');
    assert.equal(await tab.page.textContent('.error[role=alert]'), 'Enter something to check.');
    assert.equal(await tab.page.evaluate(() => document.activeElement?.id), 'identifier');
    assert.deepEqual(checks(tab), [], 'an empty check was sent');
    await check(tab, 'hello!!', 'phone');
    await tab.page.locator('.error[role=alert]', { hasText: 'does not look like a valid' }).waitFor();
    tab.assertClean(['400 POST /api/v1/check']);
  });

  test('by keyboard only: Tab to the input, type, Enter', async (t) => {
    const tab = await web.open(t, '/');
    await tab.page.locator('h1').waitFor();
    for (let i = 0; i < 20 && (await tab.page.evaluate(() => document.activeElement?.id)) !== 'identifier'; i++) await tab.page.keyboard.press('Tab');
    assert.equal(await tab.page.evaluate(() => document.activeElement?.id), 'identifier', 'Tab never reaches the input');
    await tab.page.keyboard.type(user.手机号);
    await tab.page.keyboard.press('Enter');
    assert.equal(await tab.page.textContent('.verdict.bad h2'), `Found in ${holding('手机号').count} breaches`);
    tab.assertClean();
  });

  test('the code mailed to the address shows the sensitive breach; a wrong code says how many attempts are left', async (t) => {
    const tab = await web.open(t, '/');
    const expected = holding('邮箱');
    await check(tab, user.邮箱);
    await tab.page.locator('.verdict.bad').waitFor();
    const mails = web.site.mails.length;
    await tab.page.click('.verify button:has-text("Send code")');
    await tab.page.locator('#code').waitFor();
    assert.equal(web.site.mails.length, mails + 1, 'one message was sent');
    const code = /code is (\d{6})/.exec(web.site.mails[mails].data)?.[1];
    assert.ok(code, 'the message holds a code');
    await tab.page.fill('#code', String((Number(code) + 1) % 1_000_000).padStart(6, '0'));
    await tab.page.click('.code-form button[type=submit]');
    assert.equal(await tab.page.textContent('.verify .error'), 'Wrong code. 4 attempts left.');
    await tab.page.fill('#code', code);
    await tab.page.click('.code-form button[type=submit]');
    await tab.page.locator('.verified').waitFor();
    assert.deepEqual((await cards(tab)).map(([name]) => name), [...expected.named, ...expected.hidden].sort());
    assert.equal(await tab.page.locator('.sensitive').count(), 0);
    assert.equal(await tab.page.textContent('.verdict.bad h2'), `Found in ${expected.count} breaches`, 'a listed sensitive breach is counted once');
    await screenshot(tab.page, 'check-verified-desktop');
    tab.assertClean(['400 POST /api/v1/verify/confirm']);
  });

  test('with demo data: a banner on every view, and example buttons that fill and submit the check; without: no banner', async (t) => {
    const examples = [
      { identifier: `${user.手机号.slice(0, 3)} ${user.手机号.slice(3, 7)} ${user.手机号.slice(7)}`, kind: 'phone' as const, note: 'in 3 breaches, 1 of them sensitive' },
      { identifier: stranger.邮箱, kind: 'email' as const, note: 'in no breach' },
    ];
    const demoUrl = await web.site.serve({ examples });
    const tab = await web.open(t, '/');
    await tab.page.locator('h1').waitFor();
    assert.equal(await tab.page.locator('.demo-banner, .examples').count(), 0, 'a banner without demo data');
    await tab.page.goto(`${demoUrl}/`);
    assert.match((await tab.page.textContent('.demo-banner'))!, /^DEMO .*synthetic/);
    assert.deepEqual(await tab.page.locator('.examples .chip-button').allTextContents(), examples.map((e) => e.identifier));
    await tab.page.click('.examples .chip-button >> nth=0');
    assert.equal(await tab.page.textContent('.verdict.bad h2'), `Found in ${holding('手机号').count} breaches`);
    assert.equal(await tab.page.inputValue('#identifier'), examples[0].identifier);
    await tab.page.click('.examples .chip-button >> nth=1');
    await tab.page.locator('.verdict.good').waitFor();
    await screenshot(tab.page, 'check-demo-desktop');
    await tab.page.click('nav a[href="/stats"]');
    await tab.page.locator('.demo-banner').waitFor();
    tab.assertClean();
  });

  test('the language button switches to Chinese and back, and the choice outlives a reload', async (t) => {
    const tab = await web.open(t, '/');
    const state = () => tab.page.evaluate(() => [document.documentElement.lang, document.querySelector('h1')?.textContent, document.querySelector('nav a[aria-current="page"]')?.textContent, localStorage.getItem('leakhound.lang')]);
    await tab.page.locator('h1').waitFor();
    assert.deepEqual(await state(), ['en', 'Check if your data has leaked', 'Check', null]);
    await tab.page.click('button.lang');
    assert.deepEqual(await state(), ['zh-CN', '查询你的信息是否泄露', '查询', 'zh']);
    await tab.page.reload();
    await tab.page.locator('h1').waitFor();
    assert.deepEqual(await state(), ['zh-CN', '查询你的信息是否泄露', '查询', 'zh']);
    await screenshot(tab.page, 'check-zh-desktop');
    await tab.page.click('button.lang');
    assert.deepEqual(await state(), ['en', 'Check if your data has leaked', 'Check', 'en']);
    tab.assertClean();
  });

  test('a strict Content-Security-Policy on every view, no inline script, and a violation would be caught', async (t) => {
    for (const path of ['/', '/breaches', `/breaches/${encodeURIComponent(BREACHES[0].meta.name)}`, '/stats', '/scan']) {
      const res = await fetch(web.url + path, { headers: { accept: 'text/html' } });
      assert.equal(res.status, 200, path);
      const policy = res.headers.get('content-security-policy') ?? '';
      assert.match(policy, /(^|;)script-src 'self'(;|$)/, `${path}: ${policy}`);
      assert.doesNotMatch(policy, /unsafe-inline|unsafe-eval/, path);
      const html = await res.text();
      assert.deepEqual(html.match(/<script(?![^>]*\ssrc=)[^>]*>/g), null, `${path}: an inline script`);
      assert.doesNotMatch(html, /\son[a-z]+=|\sstyle=/, `${path}: an inline handler or style`);
    }
    const tab = await web.open(t, '/');
    await tab.page.locator('h1').waitFor();
    tab.assertClean();
    const reported = tab.page.waitForEvent('console', (message) => message.text().startsWith('CSP violation'));
    await tab.page.evaluate(() => document.body.append(Object.assign(document.createElement('script'), { textContent: 'void 0' })));
    await reported;
    assert.ok(tab.problems.some((problem) => /Content Security Policy|CSP violation/.test(problem)), 'an inline script ran unnoticed');
  });
});

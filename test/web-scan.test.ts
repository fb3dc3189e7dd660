// The scan page in real Chromium: identifiers found and highlighted in the browser, from text or a file, and
// nothing of the text sent anywhere.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import iconv from 'iconv-lite';
import { PEOPLE, browserSkip, useWeb, type Tab } from './support/browser.js';

const person = PEOPLE[PEOPLE.length - 2];
const phone = `${person.手机号.slice(0, 3)} ${person.手机号.slice(3, 7)} ${person.手机号.slice(7)}`;
/** What the scan must mark in each text, in order of appearance. */
const FOUND = [['PHONE_NUMBER', phone], ['CN_RESIDENT_ID', person.身份证号], ['EMAIL_ADDRESS', person.邮箱]];
const chat = `客户${person.姓名}来电，电话 ${phone}，身份证 ${person.身份证号}，邮箱 ${person.邮箱}，请回电。`;
const parcel = `快递单：收件人 ${person.姓名}，手机 ${phone}，证件 ${person.身份证号}，通知 ${person.邮箱}。`;
/** Everything the page must keep to itself, as typed and as a request would carry it. */
const SECRETS = [chat, parcel, person.姓名, phone, person.手机号, person.身份证号, person.邮箱].flatMap((s) => [s, encodeURIComponent(s)]);

/** The marks of the result as [type, text], of the types in FOUND (a name is marked too, but is not this test's). */
async function marked(tab: Tab): Promise<string[][]> {
  const marks = await tab.page.locator('.scan-results mark').evaluateAll((all) => all.map((m) => [(m as HTMLElement).dataset.type!, m.firstChild!.textContent!]));
  return marks.filter(([type]) => FOUND.some(([found]) => found === type));
}

async function assertFound(tab: Tab, text: string): Promise<void> {
  await tab.page.locator('.scan-results pre.highlighted', { hasText: text.slice(0, 5) }).waitFor();
  assert.deepEqual(await marked(tab), FOUND);
  for (const [type] of FOUND) assert.equal(await tab.page.textContent(`.legend .chip[data-type="${type}"] strong`), '1', type);
}

/** No request carried the text or an identifier in it, in its address or body; no socket was opened. */
function assertNothingSent(tab: Tab): void {
  assert.ok(tab.requests.some((r) => /\/assets\/scan-worker-[\w-]+\.js$/.test(r.url)), 'the worker script was not loaded (are requests recorded?)');
  for (const request of tab.requests) {
    assert.equal(request.method, 'GET', request.url);
    for (const secret of SECRETS) assert.ok(!`${request.url} ${request.body ?? ''}`.includes(secret), `${request.url} carries ${secret}`);
  }
  assert.deepEqual(tab.sockets, []);
}

describe('the scan page in Chromium', { skip: browserSkip }, () => {
  const web = useWeb();

  test('pasted text: each identifier highlighted and counted, nothing sent', async (t) => {
    const tab = await web.open(t, '/scan');
    await tab.page.fill('#scan-text', chat);
    await tab.page.click('.scan-form button[type=submit]');
    await assertFound(tab, chat);
    assertNothingSent(tab);
    tab.assertClean();
  });

  test('a UTF-8 file chosen, a GBK file dropped: both read and scanned; a binary file refused; nothing sent', async (t) => {
    const tab = await web.open(t, '/scan');
    await tab.page.setInputFiles('#scan-file', { name: 'chat.txt', mimeType: 'text/plain', buffer: Buffer.from(chat) });
    await assertFound(tab, chat);
    const gbk = [...iconv.encode(parcel, 'gbk')];
    const dropped = await tab.page.evaluateHandle((bytes) => {
      const data = new DataTransfer();
      data.items.add(new File([new Uint8Array(bytes)], 'parcel.txt'));
      return data;
    }, gbk);
    await tab.page.dispatchEvent('.scan-form', 'drop', { dataTransfer: dropped });
    await assertFound(tab, parcel);
    await tab.page.setInputFiles('#scan-file', { name: 'photo.png', mimeType: 'image/png', buffer: Buffer.concat([Buffer.from('\x89PNG\r\n\x1a\n', 'latin1'), Buffer.alloc(1024)]) });
    assert.equal(await tab.page.textContent('.scan-results .error'), 'This file looks binary (not text), so it was not scanned.');
    assertNothingSent(tab);
    tab.assertClean();
  });
});

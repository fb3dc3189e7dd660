// Browser tests' helpers: real Chromium over the site of web-site.ts, and a record of what a page did (requests,
// errors, Content-Security-Policy violations).
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, type TestContext } from 'node:test';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { startSite, type Site } from './web-site.js';

export { BREACHES, PEOPLE, type Person } from './web-site.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const CHROMIUM = '/usr/bin/chromium';

/** Why the browser tests do not run here, or false when they do. */
export const browserSkip: string | false = existsSync(CHROMIUM) ? false : `browser tests skipped: no Chromium at ${CHROMIUM} (apt-get install -y chromium; .ci/run does)`;

export const DESKTOP = { width: 1280, height: 900 };
export const PHONE = { width: 390, height: 844 };

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

/** A request the page (or its worker) made. */
export interface Sent {
  method: string;
  url: string;
  body: string | null;
}

/** Browsers log an answer of 400 and up as a console error; those are told apart, as `Tab.httpErrors`. */
const HTTP_ERROR_LOG = /^Failed to load resource: the server responded with a status of \d+/;

/** A page in a fresh browser context (English, no storage), and everything it did. */
export class Tab {
  readonly requests: Sent[] = [];
  readonly sockets: string[] = [];
  /** Console errors, uncaught exceptions, Content-Security-Policy violations and failed requests. */
  readonly problems: string[] = [];
  /** Answers of 400 and up, as "400 POST /api/v1/check". */
  readonly httpErrors: string[] = [];

  private constructor(readonly page: Page) {
    page.on('request', (request) => this.requests.push({ method: request.method(), url: request.url(), body: request.postData() }));
    page.on('websocket', (socket) => this.sockets.push(socket.url()));
    page.on('response', (response) => {
      if (response.status() >= 400) this.httpErrors.push(`${response.status()} ${response.request().method()} ${new URL(response.url()).pathname}`);
    });
    page.on('requestfailed', (request) => {
      if (request.failure()?.errorText !== 'net::ERR_ABORTED') this.problems.push(`request failed: ${request.url()} ${request.failure()?.errorText}`);
    });
    page.on('pageerror', (error) => this.problems.push(`uncaught: ${error.stack ?? error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error' && !HTTP_ERROR_LOG.test(message.text())) this.problems.push(`console error: ${message.text()}`);
    });
  }

  static async open(browser: Browser, url: string, viewport = DESKTOP): Promise<Tab> {
    const context = await browser.newContext({ viewport, locale: 'en-US' });
    // Fail in seconds, not Playwright's 30 s, when an element never shows up.
    context.setDefaultTimeout(5_000);
    // Chromium logs most violations itself; the event also catches those it reports only to the page.
    await context.addInitScript(() => document.addEventListener('securitypolicyviolation', (event) => console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`)));
    const tab = new Tab(await context.newPage());
    await tab.page.goto(url);
    return tab;
  }

  /** No problem happened, and the answers of 400 and up were exactly `httpErrors`. */
  assertClean(httpErrors: string[] = []): void {
    assert.deepEqual(this.problems, [], 'the page logged errors');
    assert.deepEqual(this.httpErrors, httpErrors, 'unexpected error answers');
  }

  close(): Promise<void> {
    return this.page.context().close();
  }
}

/** Saves a full-page screenshot as test-artifacts/screenshots/<name>.png. */
export async function screenshot(page: Page, name: string): Promise<void> {
  const dir = join(ROOT, 'test-artifacts/screenshots');
  await mkdir(dir, { recursive: true });
  await page.screenshot({ path: join(dir, `${name}.png`), fullPage: true });
}

/** What a test file drives: the site, its server's address and Chromium, started before its tests and stopped after. */
export interface Web {
  site: Site;
  url: string;
  browser: Browser;
  /** A new tab at `path`, closed after test `t`. */
  open(t: TestContext, path: string, viewport?: typeof DESKTOP): Promise<Tab>;
}

export function useWeb(): Web {
  const web = {
    async open(t: TestContext, path: string, viewport = DESKTOP) {
      const tab = await Tab.open(web.browser, web.url + path, viewport);
      t.after(() => tab.close());
      return tab;
    },
  } as Web;
  before(async () => {
    web.site = await startSite();
    web.url = await web.site.serve();
    web.browser = await launchChromium();
  });
  after(async () => {
    await web.browser?.close();
    await web.site?.close();
  });
  return web;
}

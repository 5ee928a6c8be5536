// Debian's Chromium driven by playwright-core (no browser download: executablePath), with the checks every
// scenario shares: signing in through Keycloak, what the browser kept (zero footprint), axe-core, screenshots.
import { createRequire } from 'node:module';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { APP, PASSWORD, REPO } from './stack.mjs';

const require = createRequire(import.meta.url);
const AXE = require.resolve('axe-core/axe.min.js');
export const CHROMIUM = process.env.TELERAD_E2E_CHROMIUM ?? '/usr/bin/chromium';
/** docs/screenshots when TELERAD_E2E_SCREENSHOTS=docs (to refresh the documentation), else e2e/target/screenshots. */
const SHOTS =
  process.env.TELERAD_E2E_SCREENSHOTS === 'docs' ? join(REPO, 'docs', 'screenshots') : join(REPO, 'e2e', 'target', 'screenshots');

export async function launch() {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    // --no-sandbox: the launcher runs as root on CI machines, where Chromium's sandbox cannot start
    args: ['--no-sandbox', '--disable-dev-shm-usage', '--use-gl=swiftshader', '--enable-unsafe-swiftshader'],
  });
}

/** A fresh browser profile (nothing shared with other users' contexts), with generous but bounded timeouts. */
export async function newContext(browser) {
  const context = await browser.newContext({ viewport: { width: 1360, height: 900 }, locale: 'en-US', timezoneId: 'UTC' });
  context.setDefaultTimeout(15_000);
  context.setDefaultNavigationTimeout(30_000);
  return context;
}

/**
 * Opens `path` (inside /telerad) and signs in on Keycloak's page as the demo user; returns once the app shows its
 * header again. Keycloak's own form is addressed by its stable ids.
 */
export async function signIn(page, username, path = '/') {
  try {
    await page.goto(`${APP}${path}`);
    await page.waitForURL(/\/realms\/.+\/protocol\/openid-connect\/auth/);
  } catch (e) {
    // the one retry of these tests: the first redirect chain of a fresh browser on a busy 2-core machine
    console.warn(`sign-in as ${username}: the Keycloak page did not come (${e.message.split('\n')[0]}); trying once more`);
    await page.goto(`${APP}${path}`);
    await page.waitForURL(/\/realms\/.+\/protocol\/openid-connect\/auth/);
  }
  await page.locator('#username').fill(username);
  await page.locator('#password').fill(PASSWORD);
  await page.locator('#kc-login').click();
  await page.waitForURL((url) => url.href.startsWith(APP) && !url.pathname.endsWith('/callback'));
  await page.getByRole('button', { name: 'Sign out' }).waitFor();
}

/** Signs in unless this page is already signed in to the app (a test that follows a failed one starts afresh). */
export async function signedIn(page, username) {
  const shell = page.getByRole('button', { name: 'Sign out' });
  if (page.url().startsWith(APP) && (await shell.count()) > 0) return;
  await signIn(page, username);
}

export async function signOut(page) {
  await page.getByRole('button', { name: 'Sign out' }).click();
  await page.waitForURL(/\/signed-out/);
  await page.getByRole('heading', { name: 'You are signed out of Telerad' }).waitFor();
}

/**
 * Everything the origin's page can still read from the browser's storage: localStorage, sessionStorage, every
 * IndexedDB database's records, every Cache Storage entry's URL and body. Answers a list of {where, text}.
 */
export async function storedData(page) {
  return page.evaluate(async () => {
    const found = [];
    for (const [where, store] of [
      ['localStorage', window.localStorage],
      ['sessionStorage', window.sessionStorage],
    ]) {
      for (let i = 0; i < store.length; i++) {
        const key = store.key(i);
        found.push({ where: `${where}[${key}]`, text: `${key}=${store.getItem(key)}` });
      }
    }
    const dbs = indexedDB.databases ? await indexedDB.databases() : [];
    for (const info of dbs) {
      const db = await new Promise((resolve, reject) => {
        const r = indexedDB.open(info.name);
        r.onsuccess = () => resolve(r.result);
        r.onerror = () => reject(r.error);
      });
      for (const name of Array.from(db.objectStoreNames)) {
        const all = await new Promise((resolve) => {
          const r = db.transaction(name, 'readonly').objectStore(name).getAll();
          r.onsuccess = () => resolve(r.result);
          r.onerror = () => resolve([]);
        });
        let text;
        try {
          text = JSON.stringify(all);
        } catch {
          text = String(all);
        }
        found.push({ where: `IndexedDB ${info.name}/${name}`, text });
      }
      db.close();
    }
    if (window.caches) {
      for (const name of await caches.keys()) {
        const cache = await caches.open(name);
        for (const request of await cache.keys()) {
          const response = await cache.match(request);
          const body = response ? await response.clone().text().catch(() => '') : '';
          found.push({ where: `Cache ${name} ${request.url}`, text: `${request.url}\n${body}` });
        }
      }
    }
    return found;
  });
}

/** Fails when any of `needles` (patient names, IDs, accession numbers) is in the page's origin storage. */
export async function assertNoPatientData(page, needles, assert) {
  const stored = await storedData(page);
  const leaks = [];
  for (const { where, text } of stored) {
    for (const needle of needles) {
      if (needle && text.toLowerCase().includes(String(needle).toLowerCase())) leaks.push(`${needle} in ${where}`);
    }
  }
  assert.deepEqual(leaks, [], `patient data kept by the browser at ${new URL(page.url()).origin}`);
  return stored;
}

/** Runs axe-core (WCAG 2.x A and AA rules) on the page; fails on serious or critical violations, naming them. */
export async function assertAccessible(page, assert, what) {
  if (!(await page.evaluate(() => typeof window.axe !== 'undefined'))) {
    // evaluated through the DevTools protocol: the app's Content-Security-Policy (script-src 'self') stays on
    await page.evaluate(readFileSync(AXE, 'utf8'));
  }
  const result = await page.evaluate(() =>
    window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } }),
  );
  const bad = result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact} ${v.id}: ${v.help} (${v.nodes.length}x, e.g. ${v.nodes[0]?.target?.join(' ')})`);
  assert.deepEqual(bad, [], `axe-core on ${what}`);
  return result;
}

export async function screenshot(page, name) {
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: false });
}

// The screens no other scenario visits, checked with axe-core: the credentialing pages (radiologists, facilities,
// privileges, expiring credentials) and the auditor's audit trail with its verification.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { APP } from '../support/stack.mjs';
import { assertAccessible, launch, newContext, screenshot, signIn } from '../support/browser.mjs';

let browser;

before(async () => {
  browser = await launch();
});

after(async () => {
  await browser?.close();
});

test('the credentialing pages have no serious accessibility violation', async () => {
  const page = await (await newContext(browser)).newPage();
  await signIn(page, 'credentialing');
  for (const [path, heading, shot] of [
    ['/registry/radiologists', 'Radiologists', 'radiologists'],
    ['/registry/facilities', 'Facilities', null],
    ['/registry/privileges', 'Privileges', null],
    ['/registry/expiring', 'Expiring credentials', 'expiring'],
  ]) {
    await page.goto(`${APP}${path}`);
    await page.getByRole('heading', { level: 1, name: heading }).waitFor();
    await page.getByRole('table').first().waitFor();
    if (shot) await screenshot(page, shot);
    await assertAccessible(page, assert, `${heading} (${path})`);
  }
});

test('the auditor verifies the audit trail, on an accessible page', async () => {
  const page = await (await newContext(browser)).newPage();
  await signIn(page, 'auditor', '/audit');
  await page.getByRole('heading', { level: 1, name: 'Audit trail' }).waitFor();
  await page.getByRole('button', { name: 'Verify the audit trail' }).click();
  await page.getByText(/Intact: \d+ entries checked/).waitFor({ timeout: 60_000 });
  await screenshot(page, 'audit');
  await assertAccessible(page, assert, 'the audit trail');
});

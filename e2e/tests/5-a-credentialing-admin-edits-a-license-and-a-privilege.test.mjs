// A credentialing admin edits a license and a privilege in the UI: the edit forms read the record, save it with its
// ETag, say so, and the API then answers the new values; a license that would end before it starts is refused with
// the API's message under "Valid to", and nothing is saved; after someone else's save (412) the form shows the saved
// values and says so. Focus moves into the form and back. The edit forms have no serious accessibility violation.
// The test creates its own radiologist (no username: nobody signs in as them), license and facility (US-VT, which no
// other scenario uses), so it changes the routing of no other test's studies.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { APP, api, eventually, openFacility, runSuffix, token } from '../support/stack.mjs';
import { assertAccessible, launch, newContext, screenshot, signedIn } from '../support/browser.mjs';

const suffix = runSuffix();
const NUMBER = `E2E-ED-${suffix}`;
let browser;
let page;
let facility;
let radiologist;
let license;
let privilege;

before(async () => {
  facility = await openFacility({ suffix, jurisdiction: 'US-VT', timeZone: 'America/New_York' });
  radiologist = await api('credentialing', 'POST', '/radiologists', {
    name: { family: `Editor-${suffix}`, given: 'Edith' },
    email: `editor-${suffix}@e2e.telerad.example`,
    subspecialties: [],
    homeCountry: 'US',
  });
  license = await api('credentialing', 'POST', `/radiologists/${radiologist.id}/licenses`, {
    jurisdiction: 'US-VT',
    number: NUMBER,
    type: 'full',
    validFrom: '2025-01-01',
    validTo: '2027-12-31',
  });
  privilege = await api('credentialing', 'POST', '/privileges', {
    radiologistId: radiologist.id,
    facility: facility.code,
    validFrom: '2025-01-01',
    validTo: '2027-12-31',
    scope: { modalities: ['CT'], subspecialties: [], readTypes: ['final'] },
  });
  browser = await launch();
  page = await (await newContext(browser)).newPage();
});

after(async () => {
  await browser?.close();
});

async function openRadiologist() {
  await signedIn(page, 'credentialing');
  await page.goto(`${APP}/registry/radiologists/${radiologist.id}`);
  await page.getByRole('heading', { level: 2, name: 'Licenses' }).waitFor();
  await page.getByRole('table', { name: 'Licenses' }).getByText(NUMBER).waitFor();
}

async function licenseNow() {
  const answer = await api('credentialing', 'GET', `/radiologists/${radiologist.id}/licenses/${license.id}`);
  return answer;
}

test("the admin extends a license's Valid to, and the API answers the new date", async () => {
  await openRadiologist();
  await page.getByRole('button', { name: `Edit license ${NUMBER}` }).click();
  const form = page.getByRole('form', { name: `Edit license ${NUMBER}` });
  await form.waitFor();
  // the form opens above the table: keyboard focus moves into it
  await eventually('focus in the first field', () => form.getByLabel('Jurisdiction').evaluate((el) => el === document.activeElement));
  // the form shows the record as read
  assert.equal(await form.getByLabel('Jurisdiction').inputValue(), 'US-VT');
  assert.equal(await form.getByLabel('License number').inputValue(), NUMBER);
  assert.equal(await form.getByLabel('License type').inputValue(), 'full');
  assert.equal(await form.getByLabel('Valid from').inputValue(), '2025-01-01');
  assert.equal(await form.getByLabel('Valid to').inputValue(), '2027-12-31');
  await assertAccessible(page, assert, 'the license edit form');

  await form.getByLabel('Valid to').fill('2029-06-30');
  await form.getByRole('button', { name: 'Save license' }).click();
  await page.getByRole('status').filter({ hasText: `License ${NUMBER} (US-VT) saved.` }).waitFor();
  assert.equal(await form.count(), 0, 'the edit form closes once saved');
  await page.getByRole('table', { name: 'Licenses' }).getByText('2025-01-01 to 2029-06-30').waitFor();

  const saved = await licenseNow();
  assert.equal(saved.validTo, '2029-06-30');
  assert.equal(saved.validFrom, '2025-01-01');
  assert.equal(saved.number, NUMBER);
  assert.ok(saved.version > license.version, `the version grew (was ${license.version}, is ${saved.version})`);
});

test('a license that would end before it starts is refused under "Valid to", and nothing is saved', async () => {
  await openRadiologist();
  const before = await licenseNow();
  await page.getByRole('button', { name: `Edit license ${NUMBER}` }).click();
  const form = page.getByRole('form', { name: `Edit license ${NUMBER}` });
  await form.getByLabel('Valid to').fill('2024-12-31');
  await form.getByRole('button', { name: 'Save license' }).click();

  await form.getByRole('alert').filter({ hasText: 'Not saved' }).waitFor();
  const validTo = form.getByLabel('Valid to');
  assert.equal(await validTo.getAttribute('aria-invalid'), 'true');
  const describedBy = (await validTo.getAttribute('aria-describedby')) ?? '';
  const message = describedBy.split(' ').find((id) => id.endsWith('-err'));
  assert.ok(message, `"Valid to" names its error message (aria-describedby="${describedBy}")`);
  assert.ok((await form.locator(`[id="${message}"]`).innerText()).trim().length > 0, 'the message under "Valid to" says something');
  assert.equal(await form.getByLabel('Valid from').getAttribute('aria-invalid'), null, 'only "Valid to" is marked');
  assert.equal(await validTo.inputValue(), '2024-12-31', 'the form keeps what the admin typed');
  await screenshot(page, 'license-edit-invalid');
  await assertAccessible(page, assert, 'the license edit form with a validation error');

  const after = await licenseNow();
  assert.equal(after.validTo, before.validTo);
  assert.equal(after.version, before.version, 'nothing saved');

  await form.getByRole('button', { name: 'Cancel' }).click();
  assert.equal(await form.count(), 0);
  // focus returns to the row's Edit button, not to the top of the page
  const editButton = page.getByRole('button', { name: `Edit license ${NUMBER}` });
  await eventually('focus back on the Edit button', () => editButton.evaluate((el) => el === document.activeElement));
});

test('when someone else saved the license meanwhile, the form says so and shows the saved values', async () => {
  await openRadiologist();
  await page.getByRole('button', { name: `Edit license ${NUMBER}` }).click();
  const form = page.getByRole('form', { name: `Edit license ${NUMBER}` });
  await form.waitFor();
  // another admin changes the license's type while this form is open
  const current = await licenseNow();
  const r = await fetch(`${APP}/api/radiologists/${radiologist.id}/licenses/${license.id}`, {
    method: 'PUT',
    headers: {
      Authorization: `Bearer ${await token('credentialing')}`,
      'Content-Type': 'application/json',
      'If-Match': `"${current.version}"`,
    },
    body: JSON.stringify({ jurisdiction: 'US-VT', number: NUMBER, type: 'telemedicine', validFrom: current.validFrom, validTo: current.validTo }),
  });
  assert.equal(r.status, 200, await r.text());

  await form.getByLabel('Valid to').fill('2030-12-31');
  await form.getByRole('button', { name: 'Save license' }).click();
  await form.getByRole('alert').filter({ hasText: 'Someone else changed' }).waitFor();
  assert.equal(await form.getByLabel('License type').inputValue(), 'telemedicine', 'the form shows the saved values');
  assert.equal(await form.getByLabel('Valid to').inputValue(), current.validTo);
  assert.equal((await licenseNow()).validTo, current.validTo, 'the stale edit saved nothing');

  // saving again now works
  await form.getByLabel('Valid to').fill('2030-12-31');
  await form.getByRole('button', { name: 'Save license' }).click();
  await page.getByRole('status').filter({ hasText: `License ${NUMBER} (US-VT) saved.` }).waitFor();
  const saved = await licenseNow();
  assert.equal(saved.validTo, '2030-12-31');
  assert.equal(saved.type, 'telemedicine');
});

test("the admin changes a privilege's modalities, read types and Valid to, and the API answers them", async () => {
  await openRadiologist();
  await page.getByRole('button', { name: `Edit privilege at ${facility.code}` }).click();
  const form = page.getByRole('form', { name: `Edit privilege at ${facility.code}` });
  await form.waitFor();
  await eventually('focus in the first field', () => form.getByLabel('Valid from').evaluate((el) => el === document.activeElement));
  assert.equal(await form.getByLabel('Valid from').inputValue(), '2025-01-01');
  assert.equal(await form.getByLabel('Valid to').inputValue(), '2027-12-31');
  assert.equal(await form.getByLabel('Modalities').inputValue(), 'CT');
  assert.equal(await form.getByLabel('Subspecialties').inputValue(), '');
  assert.match(await form.getByLabel('Read types').inputValue(), /^final$/i);
  await assertAccessible(page, assert, 'the privilege edit form');

  await form.getByLabel('Modalities').fill('CT, MR');
  await form.getByLabel('Read types').fill('preliminary, final');
  await form.getByLabel('Valid to').fill('2028-03-31');
  await form.getByRole('button', { name: 'Save privilege' }).click();
  await page.getByRole('status').filter({ hasText: `Privilege at ${facility.code} saved.` }).waitFor();
  assert.equal(await form.count(), 0, 'the edit form closes once saved');
  await screenshot(page, 'privilege-edited');

  const saved = await api('credentialing', 'GET', `/privileges/${privilege.id}`);
  assert.deepEqual([...saved.scope.modalities].sort(), ['CT', 'MR']);
  assert.deepEqual(saved.scope.readTypes.map((t) => t.toLowerCase()).sort(), ['final', 'preliminary']);
  assert.deepEqual(saved.scope.subspecialties, []);
  assert.equal(saved.validFrom, '2025-01-01');
  assert.equal(saved.validTo, '2028-03-31');
  assert.equal(saved.facilityCode, facility.code);
  assert.equal(saved.radiologistId, radiologist.id);
});

test('a modality the registry does not know is refused under "Modalities", and the privilege stays as it was', async () => {
  await openRadiologist();
  const before = await api('credentialing', 'GET', `/privileges/${privilege.id}`);
  await page.getByRole('button', { name: `Edit privilege at ${facility.code}` }).click();
  const form = page.getByRole('form', { name: `Edit privilege at ${facility.code}` });
  await form.getByLabel('Modalities').fill('CT, XX');
  await form.getByRole('button', { name: 'Save privilege' }).click();
  await form.getByRole('alert').filter({ hasText: 'Not saved' }).waitFor();
  assert.equal(await form.getByLabel('Modalities').getAttribute('aria-invalid'), 'true');
  assert.equal(await form.getByLabel('Read types').getAttribute('aria-invalid'), null, 'only "Modalities" is marked');
  await form.locator('.field.invalid .error-text').filter({ hasText: "'XX'" }).waitFor();
  await assertAccessible(page, assert, 'the privilege edit form with a validation error');

  const after = await api('credentialing', 'GET', `/privileges/${privilege.id}`);
  assert.equal(after.version, before.version, 'nothing saved');
  assert.deepEqual(after.scope, before.scope);
  await form.getByRole('button', { name: 'Cancel' }).click();
  assert.equal(await form.count(), 0);
});

test('on the Privileges screen the same privilege is edited by its radiologist\'s name', async () => {
  await signedIn(page, 'credentialing');
  await page.goto(`${APP}/registry/privileges`);
  await page.getByRole('heading', { level: 1, name: 'Privileges' }).waitFor();
  const filter = page.getByRole('search', { name: 'Filter privileges' });
  await filter.getByLabel('Facility code').fill(facility.code);
  await filter.getByRole('button', { name: 'Filter' }).click();
  const edit = page.getByRole('button', { name: new RegExp(`^Edit privilege of .*Editor-${suffix}.* at ${facility.code}$`) });
  await edit.waitFor();
  const name = await edit.getAttribute('aria-label');
  await edit.click();
  const form = page.getByRole('form', { name });
  assert.equal(await form.getByLabel('Modalities').inputValue(), 'CT, MR');
  await form.getByLabel('Subspecialties').fill('neuro');
  await form.getByRole('button', { name: 'Save privilege' }).click();
  await page.getByRole('status').filter({ hasText: `Privilege at ${facility.code} saved.` }).waitFor();

  const saved = await api('credentialing', 'GET', `/privileges/${privilege.id}`);
  assert.deepEqual(saved.scope.subspecialties.map((s) => s.toLowerCase()), ['neuro']);
  assert.deepEqual([...saved.scope.modalities].sort(), ['CT', 'MR']);
});

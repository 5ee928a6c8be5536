// A credentialing admin adds a license through the UI, and the routing of the next study changes: a study from a
// facility in a US state where rad-tx holds no license (New Mexico on a fresh stack), with rad-tx its only
// privileged reader, is unroutable and shows on the board; once the admin adds rad-tx's license for that state
// through the UI, the next study from there is assigned to rad-tx.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { APP, api, awaitTask, openFacility, radiologistId, runSuffix, sendStudy } from '../support/stack.mjs';
import { assertAccessible, assertNoPatientData, launch, newContext, screenshot, signedIn, signIn } from '../support/browser.mjs';

const suffix = runSuffix();
const PHI = [`E2E-LIC-${suffix}`, `Lic${suffix}`];
/** States to try, in order: a stack that keeps its data (dev) has rad-tx licensed in the ones earlier runs added. */
const STATES = ['US-NM', 'US-OK', 'US-AZ', 'US-CO', 'US-KS', 'US-NE', 'US-UT', 'US-NV', 'US-OR', 'US-WA', 'US-ID',
  'US-MT', 'US-WY', 'US-ND', 'US-SD', 'US-MN', 'US-IA', 'US-MO', 'US-AR', 'US-LA', 'US-MS', 'US-AL', 'US-TN', 'US-KY'];
let browser;
let page;
let facility;
let state;
let radTx;

before(async () => {
  radTx = await radiologistId('rad-tx');
  const licenses = await api('credentialing', 'GET', `/radiologists/${radTx}/licenses`);
  const held = new Set((Array.isArray(licenses) ? licenses : (licenses.items ?? [])).map((l) => l.jurisdiction));
  state = STATES.find((s) => !held.has(s));
  assert.ok(state, 'rad-tx already holds a license in every state this test may use: recreate the stack');
  facility = await openFacility({ suffix, jurisdiction: state, timeZone: 'America/Chicago', privileged: ['rad-tx'] });
  browser = await launch();
  page = await (await newContext(browser)).newPage();
});

after(async () => {
  await browser?.close();
});

function study(n) {
  return sendStudy({
    institution: facility.institution,
    description: `CT ABDOMEN STAT E2E ${suffix} ${n}`,
    patientName: `E2e^Lic${suffix}`,
    patientId: `E2E-LIC-${suffix}-${n}`,
  });
}

test('without a license in the state the study is unroutable, and the board shows it', async () => {
  const first = await awaitTask(study(1), (t) => t.routingOutcome === 'unroutable');
  assert.equal(first.performerUsername ?? null, null);

  await signIn(page, 'credentialing', '/board');
  const unroutable = page.getByRole('table', { name: 'Unroutable tasks, oldest first' });
  await unroutable.getByRole('link', { name: `Task ${first.taskId.slice(-8)}` }).waitFor();
  await page.getByRole('rowheader', { name: facility.code, exact: true }).first().waitFor();
  await screenshot(page, 'board');
  await assertAccessible(page, assert, 'the operations board');
});

test("the admin adds the license in the UI and the next study from that state is assigned to rad-tx", async () => {
  await signedIn(page, 'credentialing');
  await page.goto(`${APP}/registry/radiologists/${radTx}`);
  await page.getByRole('heading', { level: 2, name: 'Licenses' }).waitFor();
  await page.getByRole('button', { name: 'Add a license' }).click();
  const form = page.getByRole('form', { name: 'New license' });
  await form.getByLabel('Jurisdiction').fill(state);
  await form.getByLabel('License number').fill(`E2E-${suffix}`);
  await form.getByLabel('Valid from').fill('2025-01-01');
  await form.getByLabel('Valid to').fill('2035-12-31');
  await form.getByRole('button', { name: 'Add license' }).click();
  await page.getByRole('table', { name: 'Licenses' }).getByText(`E2E-${suffix}`).waitFor();
  await screenshot(page, 'radiologist');
  await assertAccessible(page, assert, "a radiologist's page");

  const next = await awaitTask(study(2), (t) => t.routingOutcome);
  assert.equal(next.routingOutcome, 'assigned');
  assert.equal(next.performerUsername, 'rad-tx');

  // the task page explains the decision
  await page.goto(`${APP}/tasks/${next.taskId}`);
  await page.getByRole('heading', { level: 2, name: 'Why this radiologist' }).waitFor();
  await page.getByText(/assigned to Riley Texas/).waitFor();
  await screenshot(page, 'routing-explanation');
  await assertAccessible(page, assert, 'the task page with its routing explanation');
  await assertNoPatientData(page, PHI, assert);
});

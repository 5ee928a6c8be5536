// A facility admin (facility-admin-tx: tx-dallas, tx-houston) sees their facilities' tasks on the board, and
// cannot see another facility's: not on the board, and its task page answers with a refusal, not the patient.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { APP, awaitTask, openFacility, runSuffix, sendStudy } from '../support/stack.mjs';
import { assertAccessible, assertNoPatientData, launch, newContext, screenshot, signIn } from '../support/browser.mjs';

const suffix = runSuffix();
const PHI = [`E2E-FA-${suffix}`, `Fac${suffix}`, `Other${suffix}`];
let browser;
let page;
let own;
let other;
let otherFacility;

before(async () => {
  // one study at their own tx-houston (the demo facility's institution name), one at a California facility
  own = await awaitTask(
    sendStudy({
      institution: 'Houston Bayou Medical Center',
      description: `CT CHEST STAT E2E ${suffix}`,
      patientName: `E2e^Fac${suffix}`,
      patientId: `E2E-FA-${suffix}-1`,
    }),
    (t) => t.routingOutcome,
  );
  otherFacility = await openFacility({ suffix, jurisdiction: 'US-CA', timeZone: 'America/Los_Angeles' });
  other = await awaitTask(
    sendStudy({
      institution: otherFacility.institution,
      description: `CT SPINE STAT E2E ${suffix}`,
      patientName: `E2e^Other${suffix}`,
      patientId: `E2E-FA-${suffix}-2`,
    }),
    (t) => t.routingOutcome,
  );
  browser = await launch();
  page = await (await newContext(browser)).newPage();
});

after(async () => {
  await browser?.close();
});

test("the facility admin's board shows their facility's task and nothing of another facility", async () => {
  assert.equal(own.facilityCode, 'tx-houston');
  await signIn(page, 'facility-admin-tx');
  assert.match(page.url(), /\/telerad\/board$/);
  await page.getByRole('rowheader', { name: 'tx-houston', exact: true }).first().waitFor();
  assert.equal(await page.getByText(otherFacility.code).count(), 0, 'another facility on the board');
  await screenshot(page, 'board-facility-admin');
  await assertAccessible(page, assert, "the facility admin's board");
});

test("another facility's task page refuses them and shows no patient", async () => {
  await page.goto(`${APP}/tasks/${other.taskId}`);
  const refusal = page.getByRole('alert');
  await refusal.first().waitFor();
  assert.equal(await page.getByText(`Other${suffix}`).count(), 0, "the other facility's patient is shown");
  assert.equal(await page.getByRole('link', { name: /Open in viewer/ }).count(), 0);

  // their own facility's task opens
  await page.goto(`${APP}/tasks/${own.taskId}`);
  await page.getByRole('heading', { level: 1, name: `CT CHEST STAT E2E ${suffix}` }).waitFor();
  await assertNoPatientData(page, PHI, assert);
});

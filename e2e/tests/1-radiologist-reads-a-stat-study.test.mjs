// A radiologist signs in through Keycloak, finds the STAT study routed to them, claims it, opens it in the
// viewer (OHIF from npm, signed in silently through Keycloak, reading DICOMweb through Telerad's gateway
// /telerad/dicom-web), signs the final report (or
// completes the task where the reporting API is absent), and signs out;
// the browser keeps no patient data, and axe-core finds no serious violation on the screens they used.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { APP, ORIGIN, awaitTask, openFacility, runSuffix, sendStudy } from '../support/stack.mjs';
import { assertAccessible, assertNoPatientData, launch, newContext, screenshot, signIn, signOut, storedData } from '../support/browser.mjs';

const suffix = runSuffix();
const patient = { patientName: `E2e^Stat${suffix}`, patientId: `E2E-STAT-${suffix}` };
const description = `CT HEAD STROKE STAT E2E ${suffix}`;
/** What must never stay in the browser: the patient's name (both parts) and ID. */
const PHI = [patient.patientId, `Stat${suffix}`];
let browser;
let context;
let page;
let study;
let task;

before(async () => {
  // a Texas facility of this test's own where only rad-tx is privileged: the STAT study can go to rad-tx only
  const facility = await openFacility({ suffix, jurisdiction: 'US-TX', timeZone: 'America/Chicago', privileged: ['rad-tx'] });
  study = sendStudy({ institution: facility.institution, description, ...patient });
  task = await awaitTask(study, (t) => t.performerUsername === 'rad-tx');
  browser = await launch();
  context = await newContext(browser);
  page = await context.newPage();
});

after(async () => {
  await browser?.close();
});

test('the radiologist signs in through Keycloak and finds the STAT study on their worklist', async () => {
  await signIn(page, 'rad-tx');
  assert.match(page.url(), /\/telerad\/worklist$/);
  const row = page.getByRole('row').filter({ has: page.getByRole('link', { name: description }) });
  await row.waitFor();
  assert.match(await row.innerText(), /STAT/i);
  await screenshot(page, 'worklist');
  await assertAccessible(page, assert, 'the worklist');
});

test('they claim it, open it in the OHIF viewer, and sign the report', async () => {
  await page.getByRole('link', { name: description }).click();
  await page.getByRole('heading', { level: 1, name: description }).waitFor();
  assert.equal(new URL(page.url()).pathname, `/telerad/tasks/${task.taskId}`);

  await page.getByRole('button', { name: 'Claim' }).click();
  await page.getByText('Claimed: the task is yours to read.').waitFor();
  await page.locator('dd', { hasText: 'In progress' }).waitFor();
  await screenshot(page, 'task');
  await assertAccessible(page, assert, 'the task page');

  // the study's own address (the archive's UI links there) leads to the same task
  await page.goto(`${APP}/studies/${study}`);
  await page.getByRole('heading', { level: 1, name: description }).waitFor();

  const open = page.getByRole('link', { name: /Open in viewer/ });
  const href = await open.getAttribute('href');
  assert.equal(href, `/ohif/viewer?StudyInstanceUIDs=${study}`, 'the viewer link names the study and nothing else');
  // TELERAD_VIEWER=none: the stack serves no viewer, the link is all there is
  if (process.env.TELERAD_VIEWER !== 'none') {
    const studyRead = [];
    const recordStudyReads = (r) => {
      if (r.url().startsWith(`${ORIGIN}/telerad/dicom-web/studies/${study}`)) studyRead.push(r.status());
    };
    context.on('response', recordStudyReads);
    const [viewer] = await Promise.all([context.waitForEvent('page'), open.click()]);
    // OHIF signs in with Keycloak (a redirect there and back, silent: Telerad's login left a Keycloak session),
    // then draws the study into a canvas once it has read its metadata and pixels through the gateway
    await viewer.locator('canvas').first().waitFor({ state: 'attached', timeout: 45_000 });
    assert.equal(await viewer.title(), 'OHIF Viewer');
    assert.match(viewer.url(), /\/ohif\/viewer\?StudyInstanceUIDs=/, 'back on the study after signing in');
    assert.ok(studyRead.length > 0 && studyRead.every((s) => s === 200), `DICOMweb reads of the study: ${studyRead}`);
    await viewer.waitForTimeout(1500); // let the first image paint for the screenshot
    await screenshot(viewer, 'viewer');
    await assertNoPatientData(viewer, PHI, assert);
    await viewer.close();
    context.off('response', recordStudyReads);
  }

  // with the reporting API: write and sign the final report; without it: complete the task
  const complete = page.getByRole('button', { name: 'Complete', exact: true });
  const draft = page.getByRole('form', { name: 'Report draft' });
  await complete.or(draft).first().waitFor();
  if (await draft.isVisible()) {
    await draft.getByLabel('Findings').fill('No intracranial haemorrhage. No mass effect.');
    await draft.getByLabel('Impression').fill('No acute intracranial abnormality.');
    await screenshot(page, 'report');
    await assertAccessible(page, assert, 'the report editor');
    await draft.getByRole('button', { name: 'Sign final' }).click();
    await page.getByText('Signed final: the report was sent.').waitFor();
    await page.getByRole('heading', { level: 3, name: 'Signed versions' }).waitFor();
  } else {
    await complete.click();
    await page.getByText('Completed.').waitFor();
    await page.locator('dd', { hasText: 'Completed' }).waitFor();
  }
  await assertNoPatientData(page, PHI, assert);
});

test('signing out ends the session and leaves nothing of it in the browser', async () => {
  await page.goto(`${APP}/worklist`);
  await page.getByRole('heading', { level: 1, name: 'Worklist' }).waitFor();
  await signOut(page);
  const stored = await storedData(page);
  // OHIF (same origin) keeps its display preferences in localStorage; Telerad keeps nothing
  const left = stored.filter((s) => !/^localStorage\[(i18nextLng|shownTours|loglevel|cornerstone3D\.[\w.]+)\]$/.test(s.where));
  assert.deepEqual(left, [], 'storage after signing out');
  await assertNoPatientData(page, PHI, assert);
  await assertAccessible(page, assert, 'the signed-out page');

  // the Keycloak session is over too: the app asks for a password again
  await page.goto(`${APP}/worklist`);
  await page.waitForURL(/\/protocol\/openid-connect\/auth/);
  await page.locator('#password').waitFor();
});

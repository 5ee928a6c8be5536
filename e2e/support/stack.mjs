// The stack under test and its APIs, read from the environment (./telerad test sets them for the test stack;
// the defaults are the dev stack of ./telerad start).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { randomBytes, randomUUID } from 'node:crypto';

const env = process.env;
export const ORIGIN = (env.TELERAD_E2E_ORIGIN ?? 'http://127.0.0.1:8080').replace(/\/+$/, '');
export const APP = `${ORIGIN}/telerad`;
export const KEYCLOAK = (env.TELERAD_E2E_KEYCLOAK ?? 'http://127.0.0.1:8180').replace(/\/+$/, '');
export const REALM = env.TELERAD_E2E_REALM ?? 'dcm4che';
export const ORTHANC_DICOM_PORT = Number(env.TELERAD_E2E_ORTHANC_DICOM_PORT ?? 4242);
export const PASSWORD = 'changeit'; // the demo users' password on the local stacks only
export const REPO = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

const tokens = new Map();

/** An access token of a demo user (password grant, client telerad-cli), cached until shortly before it expires. */
export async function token(username) {
  const cached = tokens.get(username);
  if (cached && cached.until > Date.now()) return cached.token;
  const r = await fetch(`${KEYCLOAK}/realms/${REALM}/protocol/openid-connect/token`, {
    method: 'POST',
    body: new URLSearchParams({ grant_type: 'password', client_id: 'telerad-cli', username, password: PASSWORD }),
  });
  if (!r.ok) throw new Error(`no token for ${username}: HTTP ${r.status}`);
  const body = await r.json();
  tokens.set(username, { token: body.access_token, until: Date.now() + (body.expires_in - 30) * 1000 });
  return body.access_token;
}

/**
 * Calls Telerad's REST API (/telerad/api) as a demo user; answers the parsed JSON (or null), throws on an error
 * status. While the WAR is being redeployed (WildFly answers its own HTML 404 or a 503 instead of Telerad's
 * problem+json), it waits and asks again, for at most a minute, saying so.
 */
export async function api(username, method, path, body) {
  const deadline = Date.now() + 60_000;
  for (;;) {
    const r = await fetch(`${APP}/api${path}`, {
      method,
      headers: {
        Authorization: `Bearer ${await token(username)}`,
        Accept: 'application/json',
        ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await r.text();
    const notDeployed = (r.status === 404 && (r.headers.get('content-type') ?? '').startsWith('text/html')) || r.status === 503;
    if (notDeployed && Date.now() < deadline) {
      console.warn(`${method} /api${path}: HTTP ${r.status} from WildFly (telerad.war redeploying?); asking again in 2 s`);
      await new Promise((resolve) => setTimeout(resolve, 2000));
      continue;
    }
    if (!r.ok) throw new Error(`${method} /api${path} as ${username}: HTTP ${r.status} ${text.slice(0, 300)}`);
    return text ? JSON.parse(text) : null;
  }
}

/** A short suffix that makes this run's records unique on a stack that keeps its data (the dev stack). */
export function runSuffix() {
  return randomBytes(3).toString('hex');
}

/** Polls until `probe` answers something truthy; fails with `what` after `timeoutMs`. */
export async function eventually(what, probe, timeoutMs = 30_000, everyMs = 500) {
  const deadline = Date.now() + timeoutMs;
  let last;
  for (;;) {
    try {
      const value = await probe();
      if (value) return value;
    } catch (e) {
      last = e;
    }
    if (Date.now() > deadline) {
      throw new Error(`${what}: not within ${timeoutMs / 1000} s${last ? ` (last error: ${last.message})` : ''}`);
    }
    await new Promise((r) => setTimeout(r, everyMs));
  }
}

/**
 * A facility of its own for a test (unique code, institution name only this run uses), and privileges there for the
 * given radiologists' usernames (CT, final reads): the routing of its studies then depends on this test only.
 */
export async function openFacility({ suffix, jurisdiction, timeZone, privileged = [] }) {
  const code = `e2e-${jurisdiction.toLowerCase()}-${suffix}`;
  const institution = `E2E Imaging ${jurisdiction} ${suffix}`;
  await api('credentialing', 'POST', '/facilities', {
    code,
    name: `E2E ${jurisdiction} ${suffix}`,
    jurisdiction,
    timeZone,
    identifiers: { institutionNames: [institution] },
  });
  for (const username of privileged) {
    const id = await radiologistId(username);
    await api('credentialing', 'POST', '/privileges', privilege(id, code));
  }
  return { code, institution };
}

function privilege(radiologistId, facility) {
  return {
    radiologistId,
    facility,
    validFrom: '2025-01-01',
    validTo: '2035-12-31',
    scope: { modalities: ['CT', 'CR', 'MR'] },
  };
}

/** The registry id of the radiologist with this Keycloak username. */
export async function radiologistId(username) {
  const page = await api('credentialing', 'GET', '/radiologists?size=500');
  const found = page.items.find((r) => r.username === username);
  if (!found) throw new Error(`no radiologist with username ${username} in the registry (demo data missing?)`);
  return found.id;
}

/**
 * Sends a synthetic one-instance study to the stack's Orthanc with dcmtk (like config/demo): fresh UIDs, this
 * institution, description, patient. Answers its Study Instance UID.
 */
export function sendStudy({ institution, description, patientId, patientName, callingAe = 'E2E_CT' }) {
  const study = `2.25.${BigInt(`0x${randomUUID().replace(/-/g, '')}`).toString()}`;
  const dump = readFileSync(join(REPO, 'config', 'demo', 'ct-stroke-stat-houston.dump'), 'utf8');
  const demoStudy = /^\(0020,000d\) UI \[([^\]]+)\]/m.exec(dump)[1];
  const text = dump
    .split(demoStudy)
    .join(study)
    .replace(/^\(0008,0080\) LO \[[^\]]*\]/m, `(0008,0080) LO [${institution}]`)
    .replace(/^\(0008,1030\) LO \[[^\]]*\]/m, `(0008,1030) LO [${description}]`)
    .replace(/^\(0010,0010\) PN \[[^\]]*\]/m, `(0010,0010) PN [${patientName}]`)
    .replace(/^\(0010,0020\) LO \[[^\]]*\]/m, `(0010,0020) LO [${patientId}]`)
    .replace(/^\(0008,0050\) SH \[[^\]]*\]/m, `(0008,0050) SH [${patientId.replace(/[^A-Za-z0-9]/g, '').slice(-16)}]`);
  const dir = mkdtempSync(join(tmpdir(), 'telerad-e2e-'));
  writeFileSync(join(dir, 'study.dump'), text);
  execFileSync('dump2dcm', ['--write-xfer-little', join(dir, 'study.dump'), join(dir, 'study.dcm')], { stdio: 'pipe' });
  execFileSync('storescu', ['-aet', callingAe, '-aec', 'ORTHANC', '127.0.0.1', String(ORTHANC_DICOM_PORT), join(dir, 'study.dcm')], {
    stdio: 'pipe',
    timeout: 30_000,
  });
  return study;
}

/** The task of a study as the worklist read model shows it to an auditor, once `ready(task)` holds. */
export async function awaitTask(study, ready = () => true, timeoutMs = 60_000) {
  return eventually(
    `a reading task for study ${study}`,
    async () => {
      const answer = await api('auditor', 'GET', `/worklist?study=${study}&limit=5`);
      const task = (answer.items ?? []).find((t) => t.studyInstanceUid === study);
      return task && ready(task) ? task : null;
    },
    timeoutMs,
  );
}

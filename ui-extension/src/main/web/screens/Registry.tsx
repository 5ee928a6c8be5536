// Credentialing: radiologists and their licenses, facilities, privileges, and what expires soon.
import { useEffect, useRef, useState } from 'preact/hooks';
import { call, get, query, type Page } from '../api';
import {
  commaList,
  ifMatchOf,
  licenseBodyOf,
  licenseFormOf,
  privilegeBodyOf,
  privilegeFormOf,
  saveEdit,
  type LicenseForm,
  type PrivilegeForm,
} from '../credentials';
import { ApiError, apiErrorOf } from '../problem';
import { can, type Session } from '../roles';
import { pathOf, type Route } from '../routes';
import { ErrorBox, Field, FormPanel, Link, Loading, Notice, TitleRow, useAsync, usePageTitle } from '../ui/parts';

const NPI = 'http://hl7.org/fhir/sid/us-npi';

/**
 * Keyboard focus for an edit form that opens above the table whose row's Edit button opened it: into the form's
 * first field when it opens (`openedBy` is that button's accessible name), back to that button when it closes and
 * focus would otherwise be lost (the Save or Cancel button it was on is gone). Answers the ref of the form's wrapper.
 */
function useEditFocus(openedBy: string | null) {
  const wrapper = useRef<HTMLDivElement>(null);
  const last = useRef<string | null>(null);
  useEffect(() => {
    if (openedBy) {
      if (last.current !== openedBy) wrapper.current?.querySelector<HTMLElement>('input, select, textarea')?.focus();
    } else if (last.current && (!document.activeElement || document.activeElement === document.body)) {
      const label = last.current;
      const button = Array.from(document.querySelectorAll<HTMLButtonElement>('button[aria-label]')).find((b) => b.getAttribute('aria-label') === label);
      button?.focus();
    }
    last.current = openedBy;
  }, [openedBy]);
  return wrapper;
}
export const SUBSPECIALTIES = ['neuro', 'msk', 'body', 'chest', 'breast', 'pediatric', 'cardiac', 'nuclear', 'interventional', 'emergency'];
const LICENSE_TYPES = ['full', 'telemedicine', 'temporary', 'imlc'];

interface Name {
  family: string | null;
  given: string | null;
  prefix: string | null;
  suffix: string | null;
}
interface Radiologist {
  id: string;
  version: number;
  name: Name;
  identifiers: { system: string; value: string }[];
  email: string | null;
  username: string | null;
  subspecialties: string[];
  homeCountry: string | null;
  active: boolean;
}
interface License {
  id: string;
  version: number;
  jurisdiction: string;
  number: string;
  type: string;
  status: string;
  validFrom: string | null;
  validTo: string | null;
  expired: boolean;
  verifiedAt?: string | null;
  verifiedBy?: string | null;
}
interface Facility {
  id: string;
  version: number;
  code: string;
  name: string;
  jurisdiction: string;
  residencyRegion: string | null;
  timeZone: string;
  identifiers: { aeTitles: string[]; institutionNames: string[]; hl7Facilities: string[] } | null;
  active: boolean;
}
interface Privilege {
  id: string;
  version: number;
  radiologistId: string;
  facilityCode: string;
  status: string;
  validFrom: string | null;
  validTo: string | null;
  expired: boolean;
  scope: { modalities: string[]; subspecialties: string[]; readTypes: string[] };
}

export function displayName(n: Name | null | undefined): string {
  if (!n) return '—';
  return [n.prefix, n.given, n.family, n.suffix].filter((p) => p && p.trim()).join(' ') || '—';
}

const list = commaList;

function RegistryTabs({ current, session }: { current: Route['name']; session: Session }) {
  const c = can(session);
  const tabs: [Route, string, boolean][] = [
    [{ name: 'radiologists' }, 'Radiologists', true],
    [{ name: 'facilities' }, 'Facilities', true],
    [{ name: 'privileges' }, 'Privileges', true],
    [{ name: 'expiring' }, 'Expiring', true],
    [{ name: 'sla' }, 'SLA contracts', c.seeSla],
  ];
  return (
    <nav aria-label="Credentialing" class="tabs">
      <ul>
        {tabs
          .filter((t) => t[2])
          .map(([r, label]) => (
            <li key={label}>
              <Link href={pathOf(r)} aria-current={current === r.name || (current === 'radiologist' && r.name === 'radiologists') ? 'page' : undefined}>
                {label}
              </Link>
            </li>
          ))}
      </ul>
    </nav>
  );
}
export { RegistryTabs };

// ---------------------------------------------------------------------------------------------------------------
// radiologists

interface RadiologistForm {
  family: string;
  given: string;
  email: string;
  username: string;
  npi: string;
  subspecialties: string;
  homeCountry: string;
}

function formOf(r?: Radiologist): RadiologistForm {
  return {
    family: r?.name.family ?? '',
    given: r?.name.given ?? '',
    email: r?.email ?? '',
    username: r?.username ?? '',
    npi: r?.identifiers.find((i) => i.system === NPI)?.value ?? '',
    subspecialties: (r?.subspecialties ?? []).join(', '),
    homeCountry: r?.homeCountry ?? '',
  };
}

function bodyOf(f: RadiologistForm, r?: Radiologist) {
  const others = (r?.identifiers ?? []).filter((i) => i.system !== NPI);
  return {
    name: { family: f.family.trim(), given: f.given.trim() || null, prefix: r?.name.prefix ?? null, suffix: r?.name.suffix ?? null },
    identifiers: [...(f.npi.trim() ? [{ system: NPI, value: f.npi.trim() }] : []), ...others],
    email: f.email.trim() || null,
    username: f.username.trim() || null,
    subspecialties: list(f.subspecialties),
    homeCountry: f.homeCountry.trim() || null,
  };
}

function RadiologistFields({ form, set, error }: { form: RadiologistForm; set: (f: RadiologistForm) => void; error: ApiError | null }) {
  const field = (k: keyof RadiologistForm) => ({ value: form[k], onInput: (v: string) => set({ ...form, [k]: v }), error });
  return (
    <div class="form-grid">
      <Field label="Family name" name="name.family" required {...field('family')} />
      <Field label="Given name" name="name.given" required {...field('given')} />
      <Field label="E-mail" name="email" type="email" {...field('email')} />
      <Field label="Username (Keycloak)" name="username" {...field('username')} />
      <Field label="NPI" name="identifiers" hint="10 digits" {...field('npi')} />
      <Field label="Subspecialties" name="subspecialties" hint={`comma-separated: ${SUBSPECIALTIES.join(', ')}`} {...field('subspecialties')} />
      <Field label="Home country" name="homeCountry" hint="ISO 3166-1 code, e.g. US" {...field('homeCountry')} />
    </div>
  );
}

export function RadiologistsScreen({ session }: { session: Session }) {
  const focus = usePageTitle('Radiologists');
  const c = can(session);
  const [name, setName] = useState('');
  const [jurisdiction, setJurisdiction] = useState('');
  const [active, setActive] = useState('true');
  const [search, setSearch] = useState({ name: '', jurisdiction: '', active: 'true' });
  const [adding, setAdding] = useState(false);
  const [form, setForm] = useState(formOf());
  const [error, setError] = useState<ApiError | null>(null);
  const [created, setCreated] = useState<Radiologist | null>(null);
  const rads = useAsync(
    (signal) =>
      get<Page<Radiologist>>(
        `/api/radiologists${query({ name: search.name, jurisdiction: search.jurisdiction, active: search.active === 'all' ? null : search.active, size: 200 })}`,
        signal,
      ),
    [search],
  );

  const create = async (e: Event) => {
    e.preventDefault();
    setError(null);
    try {
      const r = await call<Radiologist>('/api/radiologists', { method: 'POST', body: bodyOf(form) });
      setCreated(r.body);
      setAdding(false);
      setForm(formOf());
      rads.reload();
    } catch (x) {
      setError(apiErrorOf(x));
    }
  };

  return (
    <section aria-labelledby="rads-title">
      <RegistryTabs current="radiologists" session={session} />
      <TitleRow action={c.editRegistry && !adding ? 'Add a radiologist' : null} onAction={() => setAdding(true)}>
        <h1 id="rads-title" tabIndex={-1} ref={focus}>
          Radiologists
        </h1>
      </TitleRow>
      {created ? (
        <Notice>
          Radiologist <Link href={pathOf({ name: 'radiologist', id: created.id })}>{displayName(created.name)}</Link> created.
        </Notice>
      ) : null}
      {adding ? (
        <FormPanel titleId="add-rad-title" title="New radiologist" onSubmit={create} error={error} errorWhat="Not created" submit="Create radiologist" onCancel={() => setAdding(false)}>
          <RadiologistFields form={form} set={setForm} error={error} />
        </FormPanel>
      ) : null}
      <form
        class="search"
        role="search"
        aria-label="Search radiologists"
        onSubmit={(e) => {
          e.preventDefault();
          setSearch({ name, jurisdiction, active });
        }}
      >
        <Field label="Name" name="search-name" value={name} onInput={setName} />
        <Field label="Licensed in" name="search-jurisdiction" value={jurisdiction} onInput={setJurisdiction} hint="e.g. US-TX" />
        <Field label="Status" name="search-active" value={active} onInput={setActive} options={[['true', 'active'], ['false', 'inactive'], ['all', 'all']]} />
        <button type="submit">Search</button>
      </form>
      <ErrorBox error={rads.error} what="Radiologists could not be read" />
      {rads.loading && !rads.data ? <Loading what="radiologists" /> : null}
      {rads.data ? (
        <table>
          <caption>
            Radiologists ({rads.data.total} found{rads.data.total > rads.data.items.length ? `, first ${rads.data.items.length} shown` : ''})
          </caption>
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Username</th>
              <th scope="col">Subspecialties</th>
              <th scope="col">Home country</th>
              <th scope="col">Status</th>
            </tr>
          </thead>
          <tbody>
            {rads.data.items.map((r) => (
              <tr key={r.id}>
                <th scope="row">
                  <Link href={pathOf({ name: 'radiologist', id: r.id })}>{displayName(r.name)}</Link>
                </th>
                <td>{r.username ?? '—'}</td>
                <td>{r.subspecialties.join(', ') || '—'}</td>
                <td>{r.homeCountry ?? '—'}</td>
                <td>{r.active ? 'active' : 'inactive'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </section>
  );
}

export function RadiologistScreen({ session, id }: { session: Session; id: string }) {
  const c = can(session);
  const rad = useAsync((signal) => call<Radiologist>(`/api/radiologists/${encodeURIComponent(id)}`, { signal }), [id]);
  const licenses = useAsync((signal) => get<License[]>(`/api/radiologists/${encodeURIComponent(id)}/licenses`, signal), [id]);
  const privileges = useAsync((signal) => get<Page<Privilege>>(`/api/privileges${query({ radiologist: id, size: 200 })}`, signal), [id]);
  const r = rad.data?.body;
  const focus = usePageTitle(r ? displayName(r.name) : 'Radiologist');
  const [editing, setEditing] = useState(false);
  const [form, setForm] = useState(formOf());
  const [error, setError] = useState<ApiError | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  const act = async (what: string, path: string, method: string, body?: object) => {
    setError(null);
    setNotice(null);
    try {
      await call(path, { method, body: body as Record<string, unknown> | undefined, ifMatch: rad.data?.etag ?? '*' });
      setNotice(what);
      setEditing(false);
      rad.reload();
    } catch (x) {
      setError(apiErrorOf(x));
    }
  };

  return (
    <section aria-labelledby="rad-title">
      <RegistryTabs current="radiologist" session={session} />
      <h1 id="rad-title" tabIndex={-1} ref={focus}>
        {r ? displayName(r.name) : 'Radiologist'}
      </h1>
      <ErrorBox error={rad.error} what="The radiologist could not be read" />
      {rad.loading && !r ? <Loading what="the radiologist" /> : null}
      {notice ? <Notice>{notice}</Notice> : null}
      {r && !editing ? (
        <>
          <dl class="facts">
            <div>
              <dt>Status</dt>
              <dd>{r.active ? 'active' : 'inactive'}</dd>
            </div>
            <div>
              <dt>Username</dt>
              <dd>{r.username ?? '—'}</dd>
            </div>
            <div>
              <dt>E-mail</dt>
              <dd>{r.email ?? '—'}</dd>
            </div>
            <div>
              <dt>NPI</dt>
              <dd>{r.identifiers.find((i) => i.system === NPI)?.value ?? '—'}</dd>
            </div>
            <div>
              <dt>Subspecialties</dt>
              <dd>{r.subspecialties.join(', ') || '—'}</dd>
            </div>
            <div>
              <dt>Home country</dt>
              <dd>{r.homeCountry ?? '—'}</dd>
            </div>
          </dl>
          {c.editRegistry ? (
            <div class="buttons">
              <button
                type="button"
                onClick={() => {
                  setForm(formOf(r));
                  setEditing(true);
                }}
              >
                Edit radiologist
              </button>
              {r.active ? (
                <button type="button" class="danger" onClick={() => void act('Deactivated.', `/api/radiologists/${r.id}/deactivate`, 'POST')}>
                  Deactivate radiologist
                </button>
              ) : (
                <button type="button" class="secondary" onClick={() => void act('Reactivated.', `/api/radiologists/${r.id}/reactivate`, 'POST')}>
                  Reactivate radiologist
                </button>
              )}
            </div>
          ) : null}
          <ErrorBox error={!editing ? error : null} what="Not changed" />
        </>
      ) : null}
      {r && editing ? (
        <FormPanel
          titleId="edit-rad-title"
          title="Edit radiologist"
          onSubmit={(e) => {
            e.preventDefault();
            void act('Saved.', `/api/radiologists/${r.id}`, 'PUT', bodyOf(form, r));
          }}
          error={error}
          errorWhat="Not saved"
          submit="Save radiologist"
          onCancel={() => setEditing(false)}
        >
          <RadiologistFields form={form} set={setForm} error={error} />
        </FormPanel>
      ) : null}
      {r ? <Licenses session={session} radiologistId={r.id} licenses={licenses} /> : null}
      {r ? (
        <section aria-labelledby="rad-privs" class="panel">
          <h2 id="rad-privs">Privileges</h2>
          <ErrorBox error={privileges.error} what="Privileges could not be read" />
          {privileges.data ? <PrivilegeTable items={privileges.data.items} session={session} onChanged={privileges.reload} /> : null}
        </section>
      ) : null}
    </section>
  );
}

function Licenses({ session, radiologistId, licenses }: { session: Session; radiologistId: string; licenses: ReturnType<typeof useAsync<License[]>> }) {
  const c = can(session);
  const empty = { jurisdiction: '', number: '', type: 'full', validFrom: '', validTo: '' };
  const [form, setForm] = useState(empty);
  const [adding, setAdding] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const field = (k: keyof typeof empty) => ({ value: form[k], onInput: (v: string) => setForm({ ...form, [k]: v }), error });
  const base = `/api/radiologists/${encodeURIComponent(radiologistId)}/licenses`;
  const [editing, setEditing] = useState<{ license: License; etag: string | null } | null>(null);
  const [editForm, setEditForm] = useState<LicenseForm>({ jurisdiction: '', number: '', type: 'full', validFrom: '', validTo: '' });
  const [editError, setEditError] = useState<ApiError | null>(null);
  const editFocus = useEditFocus(editing ? `Edit license ${editing.license.number}` : null);
  const editField = (k: keyof LicenseForm) => ({ value: editForm[k], onInput: (v: string) => setEditForm({ ...editForm, [k]: v }), error: editError });
  const read = (l: License) => call<License>(`${base}/${encodeURIComponent(l.id)}`);
  const showEdit = (answer: { body: License; etag: string | null }) => {
    setEditing({ license: answer.body, etag: answer.etag });
    setEditForm(licenseFormOf(answer.body));
  };

  const edit = async (l: License) => {
    setError(null);
    setEditError(null);
    setNotice(null);
    setAdding(false);
    try {
      showEdit(await read(l));
    } catch (x) {
      setError(apiErrorOf(x));
    }
  };

  const save = async (e: Event) => {
    e.preventDefault();
    if (!editing) return;
    setEditError(null);
    const { license, etag } = editing;
    const outcome = await saveEdit(
      () => call<License>(`${base}/${encodeURIComponent(license.id)}`, { method: 'PUT', body: licenseBodyOf(editForm, license), ifMatch: ifMatchOf(etag, license.version) }),
      () => read(license),
      `license ${license.number}`,
    );
    if (outcome.kind === 'saved') {
      setNotice(`License ${outcome.saved.body.number} (${outcome.saved.body.jurisdiction}) saved.`);
      setEditing(null);
      licenses.reload();
    } else if (outcome.kind === 'stale') {
      showEdit(outcome.fresh);
      setEditError(outcome.error);
      licenses.reload();
    } else {
      setEditError(outcome.error);
    }
  };

  const submit = async (e: Event) => {
    e.preventDefault();
    setError(null);
    try {
      await call(base, {
        method: 'POST',
        body: { jurisdiction: form.jurisdiction.trim(), number: form.number.trim(), type: form.type, validFrom: form.validFrom || null, validTo: form.validTo || null },
      });
      setNotice(`License ${form.number.trim()} (${form.jurisdiction.trim()}) added.`);
      setForm(empty);
      setAdding(false);
      licenses.reload();
    } catch (x) {
      setError(apiErrorOf(x));
    }
  };

  const act = async (l: License, what: string, action: string) => {
    setError(null);
    try {
      await call(`${base}/${l.id}/${action}`, { method: 'POST', ifMatch: `"${l.version}"` });
      setNotice(`License ${l.number} ${what}.`);
      licenses.reload();
    } catch (x) {
      setError(apiErrorOf(x));
    }
  };

  return (
    <section aria-labelledby="lic-title" class="panel">
      <TitleRow
        action={c.editRegistry && !adding ? 'Add a license' : null}
        onAction={() => {
          setEditing(null);
          setAdding(true);
        }}
      >
        <h2 id="lic-title">Licenses</h2>
      </TitleRow>
      {notice ? <Notice>{notice}</Notice> : null}
      {adding ? (
        <FormPanel class="" label="New license" onSubmit={submit} error={error} errorWhat="License not added" submit="Add license" onCancel={() => setAdding(false)}>
          <div class="form-grid">
            <Field label="Jurisdiction" name="jurisdiction" required hint="ISO 3166-2, e.g. US-TX" {...field('jurisdiction')} />
            <Field label="License number" name="number" required {...field('number')} />
            <Field label="License type" name="type" options={LICENSE_TYPES} {...field('type')} />
            <Field label="Valid from" name="validFrom" type="date" required {...field('validFrom')} />
            <Field label="Valid to" name="validTo" type="date" required {...field('validTo')} />
          </div>
        </FormPanel>
      ) : editing ? (
        <div ref={editFocus}>
          <FormPanel
            class=""
            label={`Edit license ${editing.license.number}`}
            onSubmit={(e) => void save(e)}
            error={editError}
            errorWhat="Not saved"
            submit="Save license"
            onCancel={() => {
              setEditing(null);
              setEditError(null);
            }}
          >
            <div class="form-grid">
              <Field label="Jurisdiction" name="jurisdiction" required hint="ISO 3166-2, e.g. US-TX" {...editField('jurisdiction')} />
              <Field label="License number" name="number" required {...editField('number')} />
              <Field label="License type" name="type" options={LICENSE_TYPES} {...editField('type')} />
              <Field label="Valid from" name="validFrom" type="date" required {...editField('validFrom')} />
              <Field label="Valid to" name="validTo" type="date" hint="empty: open-ended" {...editField('validTo')} />
            </div>
          </FormPanel>
        </div>
      ) : (
        <ErrorBox error={error} what="Not changed" />
      )}
      <ErrorBox error={licenses.error} what="Licenses could not be read" />
      {licenses.data ? (
        licenses.data.length === 0 ? (
          <p>No licenses on record.</p>
        ) : (
          <table>
            <caption class="visually-hidden">Licenses</caption>
            <thead>
              <tr>
                <th scope="col">Jurisdiction</th>
                <th scope="col">Number</th>
                <th scope="col">Type</th>
                <th scope="col">Status</th>
                <th scope="col">Valid</th>
                {c.editRegistry ? <th scope="col">Actions</th> : null}
              </tr>
            </thead>
            <tbody>
              {licenses.data.map((l) => (
                <tr key={l.id}>
                  <th scope="row">{l.jurisdiction}</th>
                  <td>{l.number}</td>
                  <td>{l.type}</td>
                  <td>{l.expired ? 'expired' : l.status.toLowerCase()}</td>
                  <td>
                    {l.validFrom ?? '—'} to {l.validTo ?? '—'}
                  </td>
                  {c.editRegistry ? (
                    <td class="row-actions">
                      {l.status !== 'REVOKED' ? (
                        <button type="button" class="secondary small" aria-label={`Edit license ${l.number}`} onClick={() => void edit(l)}>
                          Edit
                        </button>
                      ) : null}
                      {l.status === 'ACTIVE' ? (
                        <button type="button" class="secondary small" aria-label={`Suspend license ${l.number}`} onClick={() => void act(l, 'suspended', 'suspend')}>
                          Suspend
                        </button>
                      ) : null}
                      {l.status === 'SUSPENDED' ? (
                        <button type="button" class="secondary small" aria-label={`Reinstate license ${l.number}`} onClick={() => void act(l, 'reinstated', 'reinstate')}>
                          Reinstate
                        </button>
                      ) : null}
                      {l.status !== 'REVOKED' ? (
                        <button type="button" class="danger small" aria-label={`Revoke license ${l.number}`} onClick={() => void act(l, 'revoked', 'revoke')}>
                          Revoke
                        </button>
                      ) : null}
                    </td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </table>
        )
      ) : null}
    </section>
  );
}

// ---------------------------------------------------------------------------------------------------------------
// facilities

interface FacilityForm {
  code: string;
  name: string;
  jurisdiction: string;
  residencyRegion: string;
  timeZone: string;
  aeTitles: string;
  institutionNames: string;
}

function facilityForm(f?: Facility): FacilityForm {
  return {
    code: f?.code ?? '',
    name: f?.name ?? '',
    jurisdiction: f?.jurisdiction ?? '',
    residencyRegion: f?.residencyRegion ?? '',
    timeZone: f?.timeZone ?? '',
    aeTitles: (f?.identifiers?.aeTitles ?? []).join(', '),
    institutionNames: (f?.identifiers?.institutionNames ?? []).join(', '),
  };
}

function matchesFacility(f: Facility, filter: string): boolean {
  const q = filter.trim().toLowerCase();
  return !q || [f.code, f.name, f.jurisdiction].some((v) => v?.toLowerCase().includes(q));
}

export function FacilitiesScreen({ session }: { session: Session }) {
  const focus = usePageTitle('Facilities');
  const c = can(session);
  const facilities = useAsync((signal) => get<Page<Facility>>('/api/facilities?size=500', signal), []);
  const [editing, setEditing] = useState<Facility | 'new' | null>(null);
  const [filter, setFilter] = useState('');
  const [form, setForm] = useState(facilityForm());
  const [error, setError] = useState<ApiError | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const field = (k: keyof FacilityForm) => ({ value: form[k], onInput: (v: string) => setForm({ ...form, [k]: v }), error });

  const save = async (e: Event) => {
    e.preventDefault();
    setError(null);
    const existing = editing !== 'new' ? editing : null;
    const body = {
      code: form.code.trim(),
      name: form.name.trim(),
      jurisdiction: form.jurisdiction.trim(),
      residencyRegion: form.residencyRegion.trim() || null,
      timeZone: form.timeZone.trim(),
      identifiers: {
        aeTitles: list(form.aeTitles),
        institutionNames: list(form.institutionNames),
        hl7Facilities: existing?.identifiers?.hl7Facilities ?? [],
      },
    };
    try {
      if (existing) await call(`/api/facilities/${existing.id}`, { method: 'PUT', body, ifMatch: `"${existing.version}"` });
      else await call('/api/facilities', { method: 'POST', body });
      setNotice(`Facility ${body.code} ${existing ? 'saved' : 'created'}.`);
      setEditing(null);
      facilities.reload();
    } catch (x) {
      setError(apiErrorOf(x));
    }
  };

  const toggle = async (f: Facility) => {
    setError(null);
    try {
      await call(`/api/facilities/${f.id}/${f.active ? 'deactivate' : 'reactivate'}`, { method: 'POST', ifMatch: `"${f.version}"` });
      setNotice(`Facility ${f.code} ${f.active ? 'deactivated' : 'reactivated'}.`);
      facilities.reload();
    } catch (x) {
      setError(apiErrorOf(x));
    }
  };

  return (
    <section aria-labelledby="fac-title">
      <RegistryTabs current="facilities" session={session} />
      <TitleRow
        action={c.editRegistry && !editing ? 'Add a facility' : null}
        onAction={() => {
          setForm(facilityForm());
          setEditing('new');
        }}
      >
        <h1 id="fac-title" tabIndex={-1} ref={focus}>
          Facilities
        </h1>
      </TitleRow>
      {notice ? <Notice>{notice}</Notice> : null}
      {editing ? (
        <FormPanel
          titleId="fac-form-title"
          title={editing === 'new' ? 'New facility' : `Edit facility ${editing.code}`}
          onSubmit={save}
          error={error}
          errorWhat="Not saved"
          submit={editing === 'new' ? 'Create facility' : 'Save facility'}
          onCancel={() => setEditing(null)}
        >
          <div class="form-grid">
            <Field label="Code" name="code" required hint="short, stable, e.g. tx-dallas" {...field('code')} />
            <Field label="Facility name" name="name" required {...field('name')} />
            <Field label="Jurisdiction" name="jurisdiction" required hint="ISO 3166-2, e.g. US-TX" {...field('jurisdiction')} />
            <Field label="Residency region" name="residencyRegion" hint="EU or a country code; empty: from the jurisdiction" {...field('residencyRegion')} />
            <Field label="Time zone" name="timeZone" required hint="e.g. America/Chicago" {...field('timeZone')} />
            <Field label="AE titles" name="aeTitles" hint="comma-separated" {...field('aeTitles')} />
            <Field label="Institution names" name="institutionNames" hint="comma-separated" {...field('institutionNames')} />
          </div>
        </FormPanel>
      ) : (
        <ErrorBox error={error} what="Not changed" />
      )}
      <div class="search" role="search" aria-label="Filter facilities">
        <Field label="Filter by code, name or jurisdiction" name="facility-filter" value={filter} onInput={setFilter} />
      </div>
      <ErrorBox error={facilities.error} what="Facilities could not be read" />
      {facilities.loading && !facilities.data ? <Loading what="facilities" /> : null}
      {facilities.data ? (
        <table>
          <caption>Facilities ({facilities.data.total})</caption>
          <thead>
            <tr>
              <th scope="col">Code</th>
              <th scope="col">Name</th>
              <th scope="col">Jurisdiction</th>
              <th scope="col">Residency</th>
              <th scope="col">Time zone</th>
              <th scope="col">Status</th>
              {c.editRegistry ? <th scope="col">Actions</th> : null}
            </tr>
          </thead>
          <tbody>
            {facilities.data.items.filter((f) => matchesFacility(f, filter)).map((f) => (
              <tr key={f.id}>
                <th scope="row">{f.code}</th>
                <td>{f.name}</td>
                <td>{f.jurisdiction}</td>
                <td>{f.residencyRegion ?? '—'}</td>
                <td>{f.timeZone}</td>
                <td>{f.active ? 'active' : 'inactive'}</td>
                {c.editRegistry ? (
                  <td class="row-actions">
                    <button
                      type="button"
                      class="secondary small"
                      aria-label={`Edit facility ${f.code}`}
                      onClick={() => {
                        setForm(facilityForm(f));
                        setEditing(f);
                      }}
                    >
                      Edit
                    </button>
                    <button type="button" class={`${f.active ? 'danger' : 'secondary'} small`} aria-label={`${f.active ? 'Deactivate' : 'Reactivate'} facility ${f.code}`} onClick={() => void toggle(f)}>
                      {f.active ? 'Deactivate' : 'Reactivate'}
                    </button>
                  </td>
                ) : null}
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </section>
  );
}

// ---------------------------------------------------------------------------------------------------------------
// privileges

function PrivilegeTable({ items, session, onChanged, names }: { items: Privilege[]; session: Session; onChanged: () => void; names?: Map<string, string> }) {
  const c = can(session);
  const [error, setError] = useState<ApiError | null>(null);
  const [editing, setEditing] = useState<{ privilege: Privilege; etag: string | null } | null>(null);
  const [form, setForm] = useState<PrivilegeForm>({ validFrom: '', validTo: '', modalities: '', subspecialties: '', readTypes: '' });
  const [editError, setEditError] = useState<ApiError | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const field = (k: keyof PrivilegeForm) => ({ value: form[k], onInput: (v: string) => setForm({ ...form, [k]: v }), error: editError });
  const whose = (p: Privilege) => (names ? `privilege of ${names.get(p.radiologistId) ?? p.radiologistId} at ${p.facilityCode}` : `privilege at ${p.facilityCode}`);
  const editFocus = useEditFocus(editing ? `Edit ${whose(editing.privilege)}` : null);
  const read = (p: Privilege) => call<Privilege>(`/api/privileges/${encodeURIComponent(p.id)}`);
  const showEdit = (answer: { body: Privilege; etag: string | null }) => {
    setEditing({ privilege: answer.body, etag: answer.etag });
    setForm(privilegeFormOf(answer.body));
  };
  const act = async (p: Privilege, action: string) => {
    setError(null);
    setNotice(null);
    try {
      await call(`/api/privileges/${p.id}/${action}`, { method: 'POST', ifMatch: `"${p.version}"` });
      onChanged();
    } catch (x) {
      setError(apiErrorOf(x));
    }
  };
  const edit = async (p: Privilege) => {
    setError(null);
    setEditError(null);
    setNotice(null);
    try {
      showEdit(await read(p));
    } catch (x) {
      setError(apiErrorOf(x));
    }
  };
  const save = async (e: Event) => {
    e.preventDefault();
    if (!editing) return;
    setEditError(null);
    const { privilege, etag } = editing;
    const outcome = await saveEdit(
      () => call<Privilege>(`/api/privileges/${encodeURIComponent(privilege.id)}`, { method: 'PUT', body: privilegeBodyOf(form, privilege), ifMatch: ifMatchOf(etag, privilege.version) }),
      () => read(privilege),
      `the ${whose(privilege)}`,
    );
    if (outcome.kind === 'saved') {
      setNotice(`Privilege at ${outcome.saved.body.facilityCode} saved.`);
      setEditing(null);
      onChanged();
    } else if (outcome.kind === 'stale') {
      showEdit(outcome.fresh);
      setEditError(outcome.error);
      onChanged();
    } else {
      setEditError(outcome.error);
    }
  };
  if (items.length === 0) return <p>No privileges on record.</p>;
  return (
    <>
      {notice ? <Notice>{notice}</Notice> : null}
      {editing ? (
        <div ref={editFocus}>
          <FormPanel
            class=""
            label={`Edit ${whose(editing.privilege)}`}
            onSubmit={(e) => void save(e)}
            error={editError}
            errorWhat="Not saved"
            submit="Save privilege"
            onCancel={() => {
              setEditing(null);
              setEditError(null);
            }}
          >
            <div class="form-grid">
              <Field label="Valid from" name="validFrom" type="date" required {...field('validFrom')} />
              <Field label="Valid to" name="validTo" type="date" hint="empty: open-ended" {...field('validTo')} />
              <Field label="Modalities" name="scope.modalities" hint="comma-separated, empty: all" {...field('modalities')} />
              <Field label="Subspecialties" name="scope.subspecialties" hint={`comma-separated, empty: all (${SUBSPECIALTIES.join(', ')})`} {...field('subspecialties')} />
              <Field label="Read types" name="scope.readTypes" hint="preliminary, final; empty: all" {...field('readTypes')} />
            </div>
          </FormPanel>
        </div>
      ) : null}
      <ErrorBox error={error} what="Not changed" />
      <table>
        <caption class="visually-hidden">Privileges</caption>
        <thead>
          <tr>
            {names ? <th scope="col">Radiologist</th> : null}
            <th scope="col">Facility</th>
            <th scope="col">Modalities</th>
            <th scope="col">Subspecialties</th>
            <th scope="col">Read types</th>
            <th scope="col">Status</th>
            <th scope="col">Valid</th>
            {c.editPrivileges ? <th scope="col">Actions</th> : null}
          </tr>
        </thead>
        <tbody>
          {items.map((p) => (
            <tr key={p.id}>
              {names ? (
                <td>
                  <Link href={pathOf({ name: 'radiologist', id: p.radiologistId })}>{names.get(p.radiologistId) ?? p.radiologistId}</Link>
                </td>
              ) : null}
              <td>{p.facilityCode}</td>
              <td>{p.scope.modalities.join(', ') || 'all'}</td>
              <td>{p.scope.subspecialties.join(', ') || 'all'}</td>
              <td>{p.scope.readTypes.join(', ') || 'all'}</td>
              <td>{p.expired ? 'expired' : p.status.toLowerCase()}</td>
              <td>
                {p.validFrom ?? '—'} to {p.validTo ?? '—'}
              </td>
              {c.editPrivileges ? (
                <td class="row-actions">
                  {p.status !== 'REVOKED' ? (
                    <button type="button" class="secondary small" aria-label={`Edit ${whose(p)}`} onClick={() => void edit(p)}>
                      Edit
                    </button>
                  ) : null}
                  {p.status !== 'REVOKED' ? (
                    <button type="button" class="danger small" aria-label={`Revoke privilege at ${p.facilityCode}`} onClick={() => void act(p, 'revoke')}>
                      Revoke
                    </button>
                  ) : null}
                </td>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

export function PrivilegesScreen({ session }: { session: Session }) {
  const focus = usePageTitle('Privileges');
  const c = can(session);
  const [facility, setFacility] = useState('');
  const [shown, setShown] = useState('');
  const privileges = useAsync((signal) => get<Page<Privilege>>(`/api/privileges${query({ facility: shown, size: 500 })}`, signal), [shown]);
  const rads = useAsync((signal) => get<Page<Radiologist>>('/api/radiologists?size=500&active=true', signal).catch(() => null), []);
  const names = new Map((rads.data?.items ?? []).map((r) => [r.id, displayName(r.name)]));
  const empty = { radiologistId: '', facility: '', validFrom: '', validTo: '', modalities: '', readTypes: '' };
  const [form, setForm] = useState(empty);
  const [adding, setAdding] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const field = (k: keyof typeof empty) => ({ value: form[k], onInput: (v: string) => setForm({ ...form, [k]: v }), error });

  const grant = async (e: Event) => {
    e.preventDefault();
    setError(null);
    try {
      await call('/api/privileges', {
        method: 'POST',
        body: {
          radiologistId: form.radiologistId,
          facility: form.facility.trim(),
          validFrom: form.validFrom || null,
          validTo: form.validTo || null,
          scope: { modalities: list(form.modalities), subspecialties: [], readTypes: list(form.readTypes) },
        },
      });
      setNotice(`Privilege at ${form.facility.trim()} granted.`);
      setForm(empty);
      setAdding(false);
      privileges.reload();
    } catch (x) {
      setError(apiErrorOf(x));
    }
  };

  return (
    <section aria-labelledby="priv-title">
      <RegistryTabs current="privileges" session={session} />
      <TitleRow action={c.editPrivileges && !adding ? 'Grant a privilege' : null} onAction={() => setAdding(true)}>
        <h1 id="priv-title" tabIndex={-1} ref={focus}>
          Privileges
        </h1>
      </TitleRow>
      {notice ? <Notice>{notice}</Notice> : null}
      {adding ? (
        <FormPanel titleId="grant-title" title="New privilege" onSubmit={grant} error={error} errorWhat="Privilege not granted" submit="Grant privilege" onCancel={() => setAdding(false)}>
          <div class="form-grid">
            <Field
              label="Radiologist"
              name="radiologistId"
              required
              options={[['', 'Choose a radiologist'], ...[...names.entries()].sort((a, b) => a[1].localeCompare(b[1]))]}
              {...field('radiologistId')}
            />
            <Field label="Facility code" name="facility" required {...field('facility')} />
            <Field label="Valid from" name="validFrom" type="date" required {...field('validFrom')} />
            <Field label="Valid to" name="validTo" type="date" required {...field('validTo')} />
            <Field label="Modalities" name="scope.modalities" hint="comma-separated, empty: all" {...field('modalities')} />
            <Field label="Read types" name="scope.readTypes" hint="preliminary, final; empty: all" {...field('readTypes')} />
          </div>
        </FormPanel>
      ) : null}
      <form
        class="search"
        role="search"
        aria-label="Filter privileges"
        onSubmit={(e) => {
          e.preventDefault();
          setShown(facility.trim());
        }}
      >
        <Field label="Facility code" name="filter-facility" value={facility} onInput={setFacility} />
        <button type="submit">Filter</button>
      </form>
      <ErrorBox error={privileges.error} what="Privileges could not be read" />
      {privileges.loading && !privileges.data ? <Loading what="privileges" /> : null}
      {privileges.data ? <PrivilegeTable items={privileges.data.items} session={session} onChanged={privileges.reload} names={names} /> : null}
    </section>
  );
}

// ---------------------------------------------------------------------------------------------------------------
// expiring

interface ExpiryReport {
  withinDays: number;
  until: string;
  licenses: { licenseId: string; radiologistId: string; radiologistName: string; jurisdiction: string; number: string; status: string; validTo: string; daysLeft: number; facilities: string[] }[];
  privileges: { privilegeId: string; radiologistId: string; radiologistName: string; facilityCode: string; status: string; validTo: string; daysLeft: number }[];
}

export function ExpiringScreen({ session }: { session: Session }) {
  const focus = usePageTitle('Expiring credentials');
  const [days, setDays] = useState('30');
  const report = useAsync((signal) => get<ExpiryReport>(`/api/expiring${query({ withinDays: days })}`, signal), [days]);
  const r = report.data;
  return (
    <section aria-labelledby="exp-title">
      <RegistryTabs current="expiring" session={session} />
      <h1 id="exp-title" tabIndex={-1} ref={focus}>
        Expiring credentials
      </h1>
      <fieldset class="segmented">
        <legend>Expiring within</legend>
        {['30', '60', '90'].map((d) => (
          <label key={d}>
            <input type="radio" name="within" value={d} checked={days === d} onChange={() => setDays(d)} /> {d} days
          </label>
        ))}
      </fieldset>
      <ErrorBox error={report.error} what="The expiry report could not be read" />
      {report.loading && !r ? <Loading what="the expiry report" /> : null}
      {r ? (
        <>
          <table>
            <caption>
              Licenses expiring within {r.withinDays} days ({r.licenses.length})
            </caption>
            <thead>
              <tr>
                <th scope="col">Radiologist</th>
                <th scope="col">Jurisdiction</th>
                <th scope="col">Number</th>
                <th scope="col">Expires</th>
                <th scope="col">Days left</th>
                <th scope="col">Facilities</th>
              </tr>
            </thead>
            <tbody>
              {r.licenses.map((l) => (
                <tr key={l.licenseId}>
                  <th scope="row">
                    <Link href={pathOf({ name: 'radiologist', id: l.radiologistId })}>{l.radiologistName}</Link>
                  </th>
                  <td>{l.jurisdiction}</td>
                  <td>{l.number}</td>
                  <td>{l.validTo}</td>
                  <td>{l.daysLeft}</td>
                  <td>{l.facilities.join(', ') || '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <table>
            <caption>
              Privileges expiring within {r.withinDays} days ({r.privileges.length})
            </caption>
            <thead>
              <tr>
                <th scope="col">Radiologist</th>
                <th scope="col">Facility</th>
                <th scope="col">Expires</th>
                <th scope="col">Days left</th>
              </tr>
            </thead>
            <tbody>
              {r.privileges.map((p) => (
                <tr key={p.privilegeId}>
                  <th scope="row">
                    <Link href={pathOf({ name: 'radiologist', id: p.radiologistId })}>{p.radiologistName}</Link>
                  </th>
                  <td>{p.facilityCode}</td>
                  <td>{p.validTo}</td>
                  <td>{p.daysLeft}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      ) : null}
    </section>
  );
}

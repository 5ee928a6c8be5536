// Dates and DICOM values as people read them.

export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '—';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return d.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}

export function formatDicomDate(d: string | null | undefined): string {
  if (!d) return '—';
  const m = /^(\d{4})(\d{2})(\d{2})$/.exec(d);
  return m ? `${m[1]}-${m[2]}-${m[3]}` : d;
}

/** DICOM PN ("Family^Given^Middle^Prefix^Suffix") as people read it. */
export function personName(pn: string | null | undefined): string {
  if (!pn) return '—';
  const [family, given, middle, prefix, suffix] = pn.split('=')[0].split('^');
  return [prefix, given, middle, family, suffix].filter((p) => p && p.trim()).join(' ') || pn;
}


/** An ISO-8601 duration (PT30M, PT24H, P28D, PT1H30M) as people say it ("30 min", "24 h", "28 d", "1 h 30 min"). */
export function isoDuration(iso: string | null | undefined): string {
  if (!iso) return '—';
  const m = /^P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?$/.exec(iso);
  if (!m || iso === 'P' || iso.endsWith('T')) return iso;
  const parts = [
    [m[1], 'd'],
    [m[2], 'h'],
    [m[3], 'min'],
    [m[4], 's'],
  ]
    .filter(([v]) => v && Number(v) !== 0)
    .map(([v, unit]) => `${Number(v)} ${unit}`);
  return parts.length ? parts.join(' ') : '0 min';
}

// The report's sections as the reporting API names them.

export interface Sections {
  clinicalInformation: string | null;
  technique: string | null;
  comparison: string | null;
  findings: string | null;
  impression: string | null;
}

export const SECTIONS: [keyof Sections, string][] = [
  ['clinicalInformation', 'Clinical information'],
  ['technique', 'Technique'],
  ['comparison', 'Comparison'],
  ['findings', 'Findings'],
  ['impression', 'Impression'],
];

export const EMPTY: Sections = { clinicalInformation: '', technique: '', comparison: '', findings: '', impression: '' };
/** Sections with empty text sent as null (the API's "not written"). */
export function cleaned(s: Sections): Sections {
  const out = { ...EMPTY };
  for (const [k] of SECTIONS) out[k] = s[k]?.trim() ? (s[k] as string) : null;
  return out;
}


/**
 * Builds the CAMEO event-code table (`codes.json`) from the public lookup files. Pure: takes file
 * texts, returns rows; `scripts/gen-cameo.ts` does the I/O. Used by the generator and by the test
 * that checks the committed table is what the sources give.
 *
 * Sources (under `../shared/data/events/`):
 * - `cameo/gdelt-lookups/CAMEO.eventcodes.txt`: GDELT's code list, `code<TAB>label`, header line.
 * - `cameo/gdelt-lookups/CAMEO.goldsteinscale.txt`: GDELT's Goldstein (1992) values, `code<TAB>value`.
 * - `plover-gsr/CAMEO2PLOVER-2021.txt`: Schrodt's CAMEO -> PLOVER table (PLOVER draft 0.8),
 *   lines `code: TYPE, mode, context # label`; root headers `03: AGREE`.
 */

/** One row of `codes.json`. */
export interface CameoRow {
  code: string;
  root: string;
  label: string;
  goldstein: number;
  plover: string | null;
  quadClass: 1 | 2 | 3 | 4;
}

/** A CAMEO event code: 2 to 4 digits, the first two the root (01..20). */
const CODE_RE = /^(0[1-9]|1[0-9]|20)\d{0,2}$/;

/** Splits a tab-separated lookup file into `[code, value]` pairs, skipping the header and blanks. */
function tsvPairs(text: string): [string, string][] {
  const out: [string, string][] = [];
  for (const line of text.split(/\r?\n/)) {
    const [code, value] = line.split('\t');
    if (!code || value === undefined || !CODE_RE.test(code.trim())) continue;
    out.push([code.trim(), value.trim()]);
  }
  return out;
}

/**
 * A label with the next entry of a code list glued to its end: a code, a colon and a bracketed
 * number ("...engagement106:[-5.0] Demand withdrawal", GDELT's CAMEO.eventcodes.txt line for 1056,
 * where the label of 106 and its Goldstein value ran into the previous line). The glued part is cut.
 */
const GLUED_ENTRY = /\s*\d{2,4}:\s*\[[-+]?\d+(?:\.\d+)?\].*$/;

/**
 * 'MAKE PUBLIC STATEMENT' -> 'Make public statement'; labels that are not all caps are kept; runs
 * of spaces become one; a following entry glued to the label (`GLUED_ENTRY`) is cut off.
 */
export function sentenceCase(raw: string): string {
  const label = raw.replace(GLUED_ENTRY, '').replace(/\s+/g, ' ').trim();
  if (label !== label.toUpperCase()) return label;
  const lower = label.toLowerCase();
  return lower.charAt(0).toUpperCase() + lower.slice(1);
}

/**
 * Quad class of a root code, as GDELT defines it (GDELT 1.0 codebook, "QuadClass"):
 * 01–05 verbal cooperation (1), 06–08 material cooperation (2), 09–13 verbal conflict (3),
 * 14–20 material conflict (4).
 */
export function quadClassOfRoot(root: string): 1 | 2 | 3 | 4 {
  const n = Number(root);
  if (n <= 5) return 1;
  if (n <= 8) return 2;
  if (n <= 13) return 3;
  return 4;
}

/** Parent code: '0211' -> '021' -> '02'; a root has none. */
export function parentCode(code: string): string | null {
  return code.length > 2 ? code.slice(0, -1) : null;
}

interface PloverLine { type: string; label: string | null }

/**
 * Parses CAMEO2PLOVER: `code: TYPE, mode, context # label`. When a code appears twice with different
 * types (root `08` is headed both CONCEDE and RETREAT), the first line wins.
 */
export function parsePlover(text: string): Map<string, PloverLine> {
  const out = new Map<string, PloverLine>();
  for (const line of text.split(/\r?\n/)) {
    const m = /^(\d{2,4}):\s*([A-Z][A-Z_]*)\b([^#]*)(?:#\s*(.*))?$/.exec(line.trim());
    if (!m || out.has(m[1])) continue;
    out.set(m[1], { type: m[2], label: m[4]?.trim() || null });
  }
  return out;
}

/** True when a label holds characters outside printable ASCII (encoding damage in the source). */
const damaged = (s: string): boolean => /[^\x20-\x7E]/.test(s);

/**
 * Builds the table, sorted by code.
 * - label: GDELT's, sentence-cased when all caps; when GDELT's label is encoding-damaged
 *   (non-ASCII bytes, as for 044), the CAMEO2PLOVER label of the same code is used instead.
 * - goldstein: GDELT's value; a code without one takes its nearest ancestor's (none lack one in the
 *   2013 GDELT files, but the rule keeps the table total if a source adds codes).
 * - plover: the CAMEO2PLOVER type of the code, null when it has no line (01x, 02x: PLOVER has no
 *   statement/appeal category).
 * @throws Error when a code has no Goldstein value for itself or any ancestor.
 */
export function buildCameoTable(eventcodes: string, goldstein: string, plover: string): CameoRow[] {
  const gold = new Map(tsvPairs(goldstein).map(([c, v]) => [c, Number(v)] as const));
  const pl = parsePlover(plover);
  const rows: CameoRow[] = [];
  const seen = new Set<string>();
  for (const [code, rawLabel] of tsvPairs(eventcodes)) {
    const root = code.slice(0, 2);
    const p = pl.get(code);
    const label = damaged(rawLabel) && p?.label ? p.label : sentenceCase(rawLabel);
    rows.push({ code, root, label, goldstein: goldsteinFor(code, gold), plover: p?.type ?? null, quadClass: quadClassOfRoot(root) });
    seen.add(code);
  }
  // Codes GDELT's 2013 list lacks: those CAMEO2PLOVER-2021 lists (with its label), then those the
  // CAMEO 1.1b3 manual's code list has (MANUAL_ONLY_CODES); Goldstein and PLOVER type from the nearest ancestor.
  const extra: Array<readonly [string, string]> = [
    ...[...pl].filter(([c, p]) => CODE_RE.test(c) && c.length >= 3 && p.label).map(([c, p]) => [c, p.label!] as [string, string]),
    ...MANUAL_ONLY_CODES,
  ];
  for (const [code, label] of extra) {
    if (seen.has(code) || !seen.has(code.slice(0, 2))) continue; // only under a root the list has
    seen.add(code);
    const root = code.slice(0, 2);
    let type: string | null = null;
    for (let c: string | null = code; c && !type; c = parentCode(c)) type = pl.get(c)?.type ?? null;
    rows.push({ code, root, label: sentenceCase(label), goldstein: goldsteinFor(code, gold), plover: type, quadClass: quadClassOfRoot(root) });
  }
  return rows.sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
}

/**
 * CAMEO 1.1b3 codes that neither GDELT's 2013 list nor CAMEO2PLOVER-2021 has, with their names as
 * the manual's code list gives them (CAMEO Manual 1.1b3, ch. 6: cyber and aerial-munition codes,
 * location bombing).
 */
export const MANUAL_ONLY_CODES: ReadonlyArray<readonly [string, string]> = Object.freeze([
  ['155', 'Mobilize or increase cyber-forces'],
  ['176', 'Attack cybernetically'],
  ['1834', 'Carry out location bombing'],
  ['1951', 'Employ precision-guided aerial munitions'],
  ['1952', 'Employ remotely piloted aerial munitions'],
] as const);

function goldsteinFor(code: string, gold: Map<string, number>): number {
  for (let c: string | null = code; c; c = parentCode(c)) {
    const v = gold.get(c);
    if (v !== undefined && Number.isFinite(v)) return v;
  }
  throw new Error(`CAMEO code ${code} has no Goldstein value, nor has any ancestor`);
}

/** The JSON text written to `codes.json`: one row per line, stable for diffs. */
export function cameoTableJson(rows: readonly CameoRow[]): string {
  return '[\n' + rows.map((r) => '  ' + JSON.stringify(r)).join(',\n') + '\n]\n';
}

/**
 * Test helper for the seed check (`seed.test.ts`): reads the shared seed article at run time and
 * builds a Doc with hand-made entities and times located by string search. Nothing of the
 * article is stored in the repository; the path is relative to the repo (`../shared`).
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Doc } from '../doc.js';
import { buildDoc, type EntitySpec, type TimeSpec } from './test-doc.js';

/** Where the seed lives when `../shared` sits beside the repository. */
export const SEED_PATH = fileURLToPath(new URL('../../../shared/seed/000_662f284dcfcb7a33.txt', import.meta.url));

/** True when the seed file is present. */
export const seedPresent = (): boolean => existsSync(SEED_PATH);

/** Body paragraphs: lines longer than 60 characters ending in `.` or a closing quote, joined by blank lines. */
export function seedBody(raw: string): string {
  return raw.split(/\r?\n/).map((l) => l.trim()).filter((l) => l.length > 60 && /[.”"]$/.test(l)).join('\n\n');
}

const ENTITIES: readonly EntitySpec[] = [
  [['Vladimir Putin', 'Putin'], 'PERSON', 'RUSGOV'],
  [['Kim Jong Un', 'the North Korean leader', 'Kim'], 'PERSON', 'PRKGOV'],
  [['Donald Trump', 'Trump'], 'PERSON', 'USAGOV'],
  [['Stephen Biegun', 'Biegun'], 'PERSON', 'USAGOV'],
  [['North Korea', 'North Korean'], 'COUNTRY', 'PRK'],
  [['Russia', 'Russian'], 'COUNTRY', 'RUS'],
  [['U.S.', 'United States'], 'COUNTRY', 'USA'],
  ['Moscow', 'PLACE', null, { country: 'RUS' }],
  [['the two countries'], 'GROUP', null, { members: ['North Korea', 'Russia'] }],
  [['the two'], 'GROUP', null, { members: ['Vladimir Putin', 'Kim Jong Un'] }],
  [['United Nations Security Council', 'U.N.'], 'ORG', 'IGOUNO'],
];

/** The seed Doc (published 2019-04-16), or null when the seed is absent. */
export function seedDoc(): Doc | null {
  if (!seedPresent()) return null;
  const text = seedBody(readFileSync(SEED_PATH, 'utf8'));
  const times: TimeSpec[] = [
    ['next week', '2019-04-22', '2019-04-28'],
    ['this week', '2019-04-15', '2019-04-21'],
    ['about six weeks after', '2019-03-04', '2019-03-17'],
  ];
  return buildDoc(text, ENTITIES, times.filter(([t]) => text.includes(t)), '2019-04-16');
}

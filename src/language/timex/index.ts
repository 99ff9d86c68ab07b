/**
 * The timex stage: time expressions in `article.text`, resolved to inclusive day ranges.
 *
 * Pipeline inside the stage: `detect` (pattern rules + chrono-node strict dates, false-positive
 * blockers) -> `resolveSpec` (against the publication date, tense-aware) -> `anchorCount`
 * (event-relative counts). The publication date is the only anchor: the clock is never read.
 */
import type { Stage } from '../../stage.js';
import type { Doc, TimeExpr, Warning, Sentence } from '../../doc.js';
import type { Resolution } from './types.js';
import { detect } from './detect.js';
import { resolveSpec } from './resolve.js';
import { anchorCount, type PriorTime } from './anchor.js';
import { tenseAt } from './tense.js';
import { iso, parseIsoDay, ymd } from './dates.js';
import { PUBLISHED_YEARS } from '../../load/dates.js';

export { detect } from './detect.js';
export { resolveSpec, inferYear } from './resolve.js';

/** Result of `findTimes`: the time expressions and the W001 warning when an anchor was missing. */
export interface TimexResult { times: TimeExpr[]; warning: Warning | null }

/**
 * Time expressions of `text` with ids `t1`, `t2`, … in text order.
 *
 * @param text the article text; spans are `[start, end)` UTF-16 offsets into it.
 * @param sentences sentence spans into `text`; an empty list means one sentence (the whole text).
 * @param published the publication date, `YYYY-MM-DD` or an ISO timestamp (its date part is used),
 *   or null. Without it relative expressions get `from`/`to` null, anchor `none`, and a W001
 *   warning is returned; written dates still resolve (anchor `explicit`).
 */
export function findTimes(text: string, sentences: readonly Sentence[], published: string | null): TimexResult {
  const pub = parseIsoDay(published);
  const sents = sentences.length > 0 ? sentences : [{ start: 0, end: text.length }];
  const prior: PriorTime[] = [];
  const times: TimeExpr[] = [];
  let unresolved = 0;
  for (const cand of detect(text, pub)) {
    const si = sentenceIndex(sents, cand.start);
    const tense = tenseAt(text, sents[si]!, cand.start, cand.end);
    let res: Resolution = resolveSpec(cand.spec, pub, tense);
    if (cand.spec.kind === 'count') res = anchorCount({ text, sentences: sents, sentence: si, cand, prior }) ?? res;
    res = withinYears(res);
    if (res.range === null) unresolved++;
    const id = `t${times.length + 1}`;
    prior.push({ id, start: cand.start, end: cand.end, sentence: si, range: res.range });
    times.push({
      id, start: cand.start, end: cand.end, text: cand.text,
      from: res.range ? iso(res.range.from) : null, to: res.range ? iso(res.range.to) : null,
      granularity: res.granularity, approximate: res.approximate, anchor: res.anchor, anchorRef: res.anchorRef,
      rule: `${cand.rule}/${res.rule}`,
    });
  }
  const warning: Warning | null = pub === null && unresolved > 0
    ? { code: 'W001', message: `no publication date and no --published anchor: ${unresolved} relative time expression(s) left unresolved` }
    : null;
  return { times, warning };
}

/** Index of the sentence containing offset `at` (the last one starting at or before it; binary search). */
function sentenceIndex(sents: readonly { start: number; end: number }[], at: number): number {
  let lo = 0, hi = sents.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (sents[mid]!.start <= at) lo = mid; else hi = mid - 1;
  }
  return lo;
}

/**
 * Rule `range-in-years`: a range reaching outside the years dates are written in (PUBLISHED_YEARS,
 * 1000-2999: "last year" of 1000-01-01, "tomorrow" of 2999-12-31) is left unresolved, as an anchor
 * outside them is refused: output dates keep the `YYYY-MM-DD` form and the accepted span.
 */
function withinYears(res: Resolution): Resolution {
  if (!res.range) return res;
  const y1 = ymd(res.range.from).y, y2 = ymd(res.range.to).y;
  if (y1 >= PUBLISHED_YEARS.min && y2 <= PUBLISHED_YEARS.max) return res;
  return { ...res, range: null, rule: `${res.rule}+range-in-years` };
}

/**
 * Stage `timex`: reads `article.text`, `article.published` (falling back to the `--published`
 * option) and `sentences`; writes `times`, and at most one W001 warning when relative expressions
 * could not be anchored.
 */
export const timexStage: Stage = {
  name: 'timex',
  reads: ['article.text', 'article.published', 'sentences'],
  writes: ['times', 'warnings'],
  run(doc: Doc, ctx): Doc {
    const published = doc.article.published ?? ctx.options.published ?? null;
    const { times, warning } = findTimes(doc.article.text, doc.sentences, published);
    const warnings = warning && !doc.warnings.some((w) => w.code === 'W001') ? [...doc.warnings, warning] : doc.warnings;
    return { ...doc, times, warnings };
  },
};

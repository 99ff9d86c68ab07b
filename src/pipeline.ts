/**
 * Runs the named stages in order over one Doc and returns the output contract.
 * Stage order: extract -> sentences -> timex -> entities -> quotes -> actors -> events. Time
 * expressions read only the article and its sentences, so they come right after the sentences: the
 * language-only stages then form one prefix, which ingest runs in other worker threads than the rest
 * (src/ingest/rules.ts `PIPELINE_SPLIT`). Each stage's `reads` are written by a stage before it.
 */
import type { Doc } from './doc.js';
import type { Ctx } from './context.js';
import type { Stage } from './stage.js';
import { extractStage } from './extract/index.js';
import { sentencesStage, entitiesStage, quotesStage } from './language/index.js';
import { timexStage } from './language/timex/index.js';
import { actorsStage } from './actors/index.js';
import { eventsStage } from './events/index.js';

/** The stages of `analyze`, in order. */
export const STAGES: readonly Stage[] = [
  extractStage, sentencesStage, timexStage, entitiesStage, quotesStage, actorsStage, eventsStage,
];

/** Runs the `preload` of each of `stages` that has one (resources built into `ctx.cache`). */
export function preloadStages(stages: readonly Stage[], ctx: Ctx): void {
  for (const s of stages) s.preload?.(ctx);
}

/**
 * The stages of `STAGES` up to and including the one named `last` (`head`), and the ones after it
 * (`tail`); running `head` then `tail` is running `STAGES`.
 * @throws Error when no stage is named `last`.
 */
export function splitStages(last: string): { head: readonly Stage[]; tail: readonly Stage[] } {
  const i = STAGES.findIndex((s) => s.name === last);
  if (i < 0) throw new Error(`no stage named ${JSON.stringify(last)}`);
  return { head: STAGES.slice(0, i + 1), tail: STAGES.slice(i + 1) };
}

/**
 * Runs `stages` over `doc`. A DatelineError from a stage fails the input (the caller reports it);
 * any other stage failure is reported as an E099 error with the stage's name.
 */
export async function runPipeline(doc: Doc, ctx: Ctx, stages: readonly Stage[] = STAGES): Promise<Doc> {
  let cur = doc;
  for (const stage of stages) {
    cur = await stage.run(cur, ctx);
  }
  return cur;
}

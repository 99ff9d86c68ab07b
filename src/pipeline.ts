/**
 * Runs the named stages in order over one Doc and returns the output contract.
 * Stage order: extract -> sentences -> entities -> quotes -> timex -> actors -> events.
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
  extractStage, sentencesStage, entitiesStage, quotesStage, timexStage, actorsStage, eventsStage,
];

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

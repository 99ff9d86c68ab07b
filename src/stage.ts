import type { Doc } from './doc.js';
import type { Ctx } from './context.js';

/**
 * A named stage of the pipeline: a function `(doc, ctx) => doc` that declares which Doc fields
 * it reads and which it writes. Stages never call each other.
 */
export interface Stage {
  name: string;
  reads: readonly (keyof Doc | 'article.text' | 'article.published')[];
  writes: readonly (keyof Doc | `article.${string}`)[];
  run(doc: Doc, ctx: Ctx): Doc | Promise<Doc>;
  /**
   * Builds the stage's resources that do not depend on `ctx.options` (models, gazetteers, rule
   * tables) into `ctx.cache`, as its first `run` would. Lets an ingest worker thread load them
   * while it waits for its first input (src/ingest/worker.ts). Optional; never required for `run`.
   */
  preload?(ctx: Ctx): void;
}

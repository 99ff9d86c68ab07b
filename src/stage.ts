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
}

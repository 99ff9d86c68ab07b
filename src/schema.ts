/**
 * JSON Schema of the output contract, generated from the zod schemas (zod 4 `toJSONSchema`).
 */
import { z } from 'zod';
import { AnalysisSchema, FailureSchema } from './doc.js';

/** The JSON Schema (draft 2020-12) of one output line: an Analysis or a Failure. */
export function analysisJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(z.union([AnalysisSchema, FailureSchema]), { target: 'draft-2020-12' }) as Record<string, unknown>;
  return { title: 'dateline/1 analysis: one output line (an Analysis, or a Failure for an input that failed)', ...schema };
}

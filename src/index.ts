/**
 * dateline's library entry point.
 *
 * ```ts
 * import { analyze } from 'dateline';
 * const a = await analyze({ path: 'page.html' }, { published: '2019-04-16' });
 * for (const e of a.events) console.log(e.source.code, e.code, e.target.code, e.factuality);
 * ```
 */
export { analyze, analyzeResult, checkOptions, type AnalyzeInput } from './analyze.js';
export { AnalysisSchema, FailureSchema, type Analysis, type Failure, type Doc } from './doc.js';
export { newCtx, type AnalyzeOptions, type Ctx } from './context.js';
export { DatelineError, ErrorCodes, WarningCodes, type ErrorCode } from './errors.js';
export { STAGES, runPipeline } from './pipeline.js';
export { analysisJsonSchema } from './schema.js';

/**
 * `dateline analyze [INPUT...]`: each input -> one Analysis (or a Failure line), written as
 * json, jsonl or text. Exit code 0 when every input was analyzed, 1 when some failed.
 */
import type { Writable } from 'node:stream';
import type { Analysis, Failure } from '../doc.js';
import { newCtx } from '../context.js';
import { analyzeResult, checkOptions } from '../analyze.js';
import { loadInputs } from '../load/index.js';
import { formatText } from './format-text.js';

export { addDictionaryOptions, dictionaryOptions } from './dictionary-options.js';
import { dictionaryOptions } from './dictionary-options.js';

/** Options of `analyze`, as parsed from the command line. */
export interface AnalyzeCommandOptions {
  published?: string;
  crawled?: string;
  format: 'json' | 'jsonl' | 'text';
  inputFormat: 'auto' | 'jsonl';
  /** PETRARCH/Phoenix dictionary files (`--actors`, `--agents`, `--verbs`, `--discards`, each repeatable). */
  actors?: string[]; agents?: string[]; verbs?: string[]; discards?: string[];
}


/** Runs the command; returns the exit code. Throws DatelineError E009 for a bad option (usage error). */
export async function runAnalyze(inputs: string[], opts: AnalyzeCommandOptions, io: { stdout: Writable; stdin?: NodeJS.ReadableStream }): Promise<number> {
  const options = {
    ...(opts.published !== undefined ? { published: opts.published } : {}),
    ...(opts.crawled !== undefined ? { crawled: opts.crawled } : {}),
  };
  checkOptions(options);
  const dictionaries = dictionaryOptions(opts);
  if (dictionaries) Object.assign(options, { dictionaries });
  const ctx = newCtx(options);
  let failed = 0;
  const pretty: (Analysis | Failure)[] = [];
  for await (const res of loadInputs(inputs, { inputFormat: opts.inputFormat, stdin: io.stdin })) {
    const out = await analyzeResult(res, ctx);
    if ('error' in out) failed++;
    if (opts.format === 'jsonl') io.stdout.write(`${JSON.stringify(out)}\n`);
    else if (opts.format === 'text') io.stdout.write(`${formatText(out)}\n`);
    else pretty.push(out);
  }
  if (opts.format === 'json') io.stdout.write(`${JSON.stringify(pretty.length === 1 ? pretty[0] : pretty, null, 2)}\n`);
  return failed > 0 ? 1 : 0;
}

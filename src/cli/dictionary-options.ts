/**
 * The dictionary options shared by `analyze`, `explain` and `ingest`. A light module (commander only),
 * so registering commands does not load the pipeline.
 */
import type { Command } from 'commander';
import type { DictionaryPaths } from '../context.js';
import { DatelineError } from '../errors.js';
import { DictionaryError, loadDictionaries } from '../events/petrarch/index.js';

const collect = (v: string, prev: string[] = []): string[] => [...prev, v];

/**
 * Adds the repeatable dictionary options `--actors FILE`, `--agents FILE`, `--verbs FILE`,
 * `--discards FILE` (PETRARCH/Phoenix format; see src/events/petrarch/) to a command.
 */
export function addDictionaryOptions(cmd: Command): Command {
  return cmd
    .option('--actors <file>', 'PETRARCH/Phoenix actor dictionary (repeatable): its actors win over found entities', collect)
    .option('--agents <file>', 'PETRARCH/Phoenix agent dictionary (repeatable): agent words -> sector codes (GOV, MIL, ...)', collect)
    .option('--verbs <file>', "PETRARCH verb dictionary (repeatable): its patterns replace dateline's own event rules", collect)
    .option('--discards <file>', 'PETRARCH discard list (repeatable): sentences holding a phrase are not coded', collect);
}


/** The dictionary options as parsed by commander. */
export interface DictionaryCommandOptions { actors?: string[]; agents?: string[]; verbs?: string[]; discards?: string[] }

/**
 * The dictionary paths named by the options, loaded once to check them (undefined when none).
 * @throws DatelineError E009 (a usage error, exit code 2) naming the option, the E04x dictionary code, file and line.
 */
export function dictionaryOptions(opts: DictionaryCommandOptions): DictionaryPaths | undefined {
  const paths: DictionaryPaths = {
    ...(opts.actors?.length ? { actors: opts.actors } : {}), ...(opts.agents?.length ? { agents: opts.agents } : {}),
    ...(opts.verbs?.length ? { verbs: opts.verbs } : {}), ...(opts.discards?.length ? { discards: opts.discards } : {}),
  };
  if (!Object.keys(paths).length) return undefined;
  for (const kind of ['actors', 'agents', 'verbs', 'discards'] as const) {
    if (!paths[kind]) continue;
    try { loadDictionaries({ [kind]: paths[kind] }); } catch (err) {
      if (err instanceof DictionaryError) throw new DatelineError('E009', `${kind} must name a readable ${kind} dictionary: ${err.code} ${err.message}`);
      throw err;
    }
  }
  return paths;
}

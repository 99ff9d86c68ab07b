/**
 * `dateline events`: stored events by actor, code, factuality, day range and sentence text, as a
 * table, JSON, JSON Lines or CSV. Codes match as prefixes: `--actor RUS` finds RUS, RUSGOV, RUSMIL
 * as source or target; `--code 03` finds 03, 036, 0311.
 */
import { Command, Option } from 'commander';
import { countOption, dayOption, withStore, type CliIo } from '../store/cli-support.js';
import { DEFAULT_DB } from '../store/db.js';
import { formatRows, type Row } from '../store/format.js';
import { queryEvents, type EventRow } from '../store/query.js';

/** Output formats of the query commands. */
export type QueryFormat = 'table' | 'json' | 'jsonl' | 'csv';

/** Options of `events`, as parsed. */
export interface EventsCommandOptions {
  db: string; actor?: string; source?: string; target?: string; code?: string; factuality?: string;
  since?: string; until?: string; text?: string; limit?: string; format: QueryFormat;
}

const TABLE_COLUMNS = ['id', 'cluster', 'day', 'source', 'code', 'target', 'factuality', 'trigger', 'sentence'];
const FULL_COLUMNS = ['id', 'cluster', 'article', 'code', 'label', 'quadClass', 'goldstein', 'source', 'sourceText', 'target', 'targetText',
  'factuality', 'dayFrom', 'dayTo', 'place', 'trigger', 'sentence', 'rule', 'confidence', 'url', 'path', 'title'];

/** A day range as `from..to` (or one day). */
export function dayRange(from: string | null, to: string | null): string {
  if (!from) return '';
  return to && to !== from ? `${from}..${to}` : from;
}

function tableRow(e: EventRow): Row {
  return { id: e.id, cluster: e.cluster === null ? null : `c${e.cluster}`, day: dayRange(e.dayFrom, e.dayTo), source: e.source ?? '-', code: e.code,
    target: e.target ?? '-', factuality: e.factuality, trigger: e.trigger, sentence: e.sentence };
}

/** Runs the command; returns the exit code. @throws DatelineError E009 for a bad option. */
export async function runEvents(opts: EventsCommandOptions, io: CliIo): Promise<number> {
  const filter = {
    actor: opts.actor, source: opts.source, target: opts.target, code: opts.code, factuality: opts.factuality,
    since: dayOption('since', opts.since), until: dayOption('until', opts.until), text: opts.text, limit: countOption('limit', opts.limit) ?? 100,
  };
  return withStore(io, opts.db, true, ({ db }) => {
    const rows = queryEvents(db, filter);
    const out = opts.format === 'table' ? rows.map(tableRow) : rows.map((r) => r as unknown as Row);
    io.stdout.write(formatRows(out, opts.format === 'table' ? TABLE_COLUMNS : FULL_COLUMNS, opts.format));
    return 0;
  });
}

/** Registers `events`. */
export function registerEvents(p: Command, io: CliIo, setCode: (n: number) => void): void {
  p.command('events')
    .description('list stored events (codes match as prefixes)')
    .option('--db <path>', 'database file', DEFAULT_DB)
    .option('--actor <code>', 'source or target actor code or its prefix (RUS, RUSGOV)')
    .option('--source <code>', 'source actor code prefix')
    .option('--target <code>', 'target actor code prefix')
    .option('--code <cameo>', 'CAMEO event code prefix (03, 036)')
    .addOption(new Option('--factuality <f>', 'factuality').choices(['asserted', 'planned', 'possible', 'negated']))
    .option('--since <YYYY-MM-DD>', 'events on or after this day')
    .option('--until <YYYY-MM-DD>', 'events on or before this day')
    .option('--text <words>', 'words the evidence sentence contains')
    .option('--limit <n>', 'most events listed (default 100)')
    .addOption(new Option('--format <format>', 'output format').choices(['table', 'json', 'jsonl', 'csv']).default('table'))
    .exitOverride()
    .action(async (opts: EventsCommandOptions) => { setCode(await runEvents(opts, io)); });
}

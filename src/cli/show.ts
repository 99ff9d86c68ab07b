/**
 * `dateline show ID`: one event (`123`; `e123` is accepted too) or cluster (`c45`) with its evidence sentences,
 * the trigger marked (ANSI bold on a terminal, `[[ ]]` otherwise).
 */
import { Command, Option } from 'commander';
import { DatelineError } from '../errors.js';
import { withStore, type CliIo } from '../store/cli-support.js';
import { DEFAULT_DB } from '../store/db.js';
import { highlight } from '../store/format.js';
import { showItem, type ClusterRow, type EventRow } from '../store/query.js';
import { dayRange } from './events.js';

/** The evidence of one event: a header line, the marked sentence, the article it is from. */
export function evidenceText(e: EventRow, ansi: boolean): string {
  const where = e.place ? `  @${e.place}` : '';
  const head = `event ${e.id}  ${e.source ?? '-'} -> ${e.target ?? '-'}  ${e.code} ${e.label}  ${e.factuality}  ${dayRange(e.dayFrom, e.dayTo)}${where}  (rule ${e.rule})`;
  const marked = highlight(e.sentence, e.triggerStart - e.sentenceStart, e.triggerEnd - e.sentenceStart, ansi);
  const from = [e.title, e.url ?? e.path].filter(Boolean).join(' — ');
  return `${head}\n  ${marked.replace(/\s+/g, ' ')}\n  from: ${from || `article ${e.article}`}\n`;
}

function clusterHead(c: ClusterRow): string {
  return `cluster c${c.id}  ${c.source || '-'} -> ${c.target || '-'}  ${c.code}  ${dayRange(c.dayFrom, c.dayTo)}\n`
    + `  mentions ${c.numMentions}, sources ${c.numSources}, articles ${c.numArticles}\n`;
}

/** Runs the command; returns the exit code (3 with E027 when the id names nothing). */
export async function runShow(id: string, opts: { db: string; format: 'text' | 'json' }, io: CliIo): Promise<number> {
  // A malformed id is a usage error (exit 2), told before the database is opened; ids stay within
  // the integers a JavaScript number holds exactly.
  if (!/^[ec]?\d{1,15}$/i.test(id.trim())) throw new DatelineError('E009', `${JSON.stringify(id)} is not an event id (123) or a cluster id (c45)`);
  return withStore(io, opts.db, true, ({ db }) => {
    const shown = showItem(db, id);
    if (opts.format === 'json') { io.stdout.write(`${JSON.stringify(shown, null, 2)}\n`); return 0; }
    const ansi = io.stdout.isTTY === true;
    if (shown.kind === 'event') {
      io.stdout.write(evidenceText(shown.event, ansi));
      if (shown.cluster) io.stdout.write(`\n${clusterHead(shown.cluster)}`);
    } else {
      io.stdout.write(`${clusterHead(shown.cluster)}\n${shown.events.map((e) => evidenceText(e, ansi)).join('\n')}`);
    }
    return 0;
  });
}

/** Registers `show`. */
export function registerShow(p: Command, io: CliIo, setCode: (n: number) => void): void {
  p.command('show')
    .description('one event (123) or cluster (c45) with its evidence sentences')
    .argument('<id>', 'event id (123) or cluster id (c45)')
    .option('--db <path>', 'database file', DEFAULT_DB)
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'json']).default('text'))
    .exitOverride()
    .action(async (id: string, opts: { db: string; format: 'text' | 'json' }) => { setCode(await runShow(id, opts, io)); });
}

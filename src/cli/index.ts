/**
 * The `dateline` command line. Exit codes: 0 all inputs analyzed; 1 some inputs failed (each
 * failure is an error line in the output); 2 usage error; 3 the output cannot be written; 4 the database cannot be used
 * (store errors E020–E029: `ingest`, `events`, `actors`, `show`, `stats`, `failures`, `export`).
 */
import { Command, CommanderError, Option } from 'commander';
import { DatelineError } from '../errors.js';
import type { AnalyzeCommandOptions } from './analyze.js';
import { addDictionaryOptions } from './dictionary-options.js';
import type { ExplainCommandOptions } from './explain.js';
import { registerActors } from './actors.js';
import { registerEvents } from './events.js';
import { registerExport } from './export.js';
import { registerIngest } from './ingest.js';
import { registerShow } from './show.js';
import { registerStats } from './stats.js';
import { registerFailures } from './failures.js';

/** Builds the program; `io` lets tests capture output. */
export function program(io: { stdout: NodeJS.WritableStream & { write(s: string): boolean }; stderr: { write(s: string): boolean }; stdin?: NodeJS.ReadableStream }, setCode: (n: number) => void): Command {
  const p = new Command('dateline')
    .description('News pages in; the article, who is who, quotes, dates and CAMEO-coded events out.')
    .version('0.1.0')
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(s) })
    .showHelpAfterError('(run `dateline --help` for usage)');

  const analyzeCmd = p.command('analyze');
  addDictionaryOptions(analyzeCmd);
  analyzeCmd
    .description('analyze pages: files, - (stdin) or directories (their .html/.htm/.txt files)')
    .argument('[input...]', 'file, directory or - for stdin (default: - when stdin is piped)')
    .option('--published <YYYY-MM-DD>', 'anchor for relative dates when a page gives no publication date')
    .option('--crawled <YYYY-MM-DD>', 'the day the pages were fetched: no page date later than it is kept')
    .addOption(new Option('--format <format>', 'output format').choices(['json', 'jsonl', 'text']).default('json'))
    .addOption(new Option('--input-format <format>', 'input format: auto (HTML or text, by content) or jsonl records {id, text|html, published?, url?}').choices(['auto', 'jsonl']).default('auto'))
    .exitOverride()
    .action(async (inputs: string[], opts: AnalyzeCommandOptions) => {
      let list = inputs;
      if (list.length === 0) {
        if (process.stdin.isTTY && !io.stdin) throw new CommanderError(2, 'dateline.noInput', 'error: no input given (a file, a directory, or - for stdin)');
        list = ['-'];
      }
      const { runAnalyze } = await import('./analyze.js');
      setCode(await runAnalyze(list, opts, io as never));
    });

  const explainCmd = p.command('explain');
  addDictionaryOptions(explainCmd);
  explainCmd
    .description('for each sentence: the actor mentions, the rules that matched, and why each candidate event was kept or dropped')
    .argument('[input...]', 'file, directory or - for stdin (default: - when stdin is piped)')
    .option('--published <YYYY-MM-DD>', 'anchor for relative dates when a page gives no publication date')
    .option('--crawled <YYYY-MM-DD>', 'the day the pages were fetched: no page date later than it is kept')
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'jsonl']).default('text'))
    .addOption(new Option('--input-format <format>', 'input format: auto or jsonl records {id, text|html, published?, url?}').choices(['auto', 'jsonl']).default('auto'))
    .exitOverride()
    .action(async (inputs: string[], opts: ExplainCommandOptions) => {
      let list = inputs;
      if (list.length === 0) {
        if (process.stdin.isTTY && !io.stdin) throw new CommanderError(2, 'dateline.noInput', 'error: no input given (a file, a directory, or - for stdin)');
        list = ['-'];
      }
      const { runExplain } = await import('./explain.js');
      setCode(await runExplain(list, opts, io as never));
    });

  p.command('schema')
    .description('print the JSON Schema of the output (generated from the zod schemas)')
    .action(async () => {
      const { analysisJsonSchema } = await import('../schema.js');
      io.stdout.write(`${JSON.stringify(analysisJsonSchema(), null, 2)}\n`); setCode(0);
    });

  for (const register of [registerIngest, registerEvents, registerActors, registerShow, registerStats, registerFailures, registerExport]) register(p, io, setCode);
  return p;
}

/** Runs the CLI on `argv` (process.argv form); resolves to the exit code. */
export async function main(argv: string[], io = { stdout: process.stdout, stderr: process.stderr, stdin: undefined as NodeJS.ReadableStream | undefined }): Promise<number> {
  let code = 0;
  const p = program(io, (n) => { code = n; });
  if (argv.length <= 2) {
    io.stderr.write(p.helpInformation());
    return 2;
  }
  try {
    await p.parseAsync(argv);
    return code;
  } catch (err) {
    if (err instanceof CommanderError) {
      if (err.code === 'commander.helpDisplayed' || err.code === 'commander.version' || err.code === 'commander.help') return 0;
      if (err.code === 'dateline.noInput') io.stderr.write(`${err.message}\n`);
      return 2;
    }
    if (err instanceof DatelineError && err.code === 'E009') {
      // Option checks name the option first ("published must be ..."): shown as the flag.
      const flag = /^[a-z][a-z-]* must /.test(err.message) ? '--' : '';
      io.stderr.write(`error: ${flag}${err.message}\n(run \`dateline --help\` for usage)\n`);
      return 2;
    }
    if (err instanceof DatelineError) {
      // A coded failure of the whole run (E099: the worker threads failed): its message, no stack.
      io.stderr.write(`dateline: ${err.code} ${err.message}\n`);
      return 1;
    }
    io.stderr.write(`dateline: ${(err as Error)?.stack ?? String(err)}\n`);
    return 2;
  }
}

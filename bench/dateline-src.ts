/**
 * The `dateline` command run from the TypeScript sources (through tsx), for benchmarks' `--src`
 * mode during development: `node --import tsx bench/dateline-src.ts analyze ...`.
 */
import { main } from '../src/cli/index.js';

process.exitCode = await main(process.argv);

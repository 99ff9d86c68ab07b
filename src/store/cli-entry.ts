/**
 * Runs the `dateline` CLI from the TypeScript sources in a child process (`node --import tsx
 * src/store/cli-entry.ts ARGS...`): the crash test and the benchmarks (`--src`) spawn it so that they
 * need no build. `bin/dateline.js` is the entry of the built package.
 */
import { main } from '../cli/index.js';

process.exitCode = await main(['node', 'dateline', ...process.argv.slice(2)]);

// dist/cli.js, the `fazhi-report` command: a few lines that start the CLI proper (dist/cli-main.js, from main.ts)
// from V8's code cache, and store the cache after the first run's work, so `check` starts without compiling (one cache
// per command: each runs other code).
import { join } from 'node:path';
import * as util from 'node:util';
import { readDictionary } from '../core/jieba-data-file';
import { compileRegExpsOnce, raiseOptimisationBudget } from '../core/optimisation-budget';
import { asksForHelp } from './args';
import { codeCacheDirectory, requireWithCodeCache } from './code-cache';

// Node compiles its own modules from its code cache only while V8's flags are the ones it started with: what every
// command loads later (the streams of stdout and stderr, util.parseArgs) is loaded before they change (≈2 ms).
void [process.stdout, process.stderr, util.parseArgs];
// TurboFan compiling the large figure and number readers cost more CPU than it saved: 45 of the 230 ms of `check` of
// a 20k report, and a third of a 150-report batch; and the rules' patterns were compiled twice, to bytecode and then
// to machine code. Set before the CLI is compiled (and its check workers started): every function it creates takes
// its budget from the flag.
raiseOptimisationBudget();
compileRegExpsOnce();

const argv = process.argv.slice(2);
const use = ['check', 'export', 'summary'].includes(argv[0]) ? argv[0] : 'other';
// The commands that cut words read jieba's dictionary on libuv's threads while the CLI compiles (≈15 ms sooner).
const dictionary = use === 'check' || use === 'summary' ? readDictionary() : undefined;
const cli = requireWithCodeCache<typeof import('./main')>(join(__dirname, 'cli-main.js'), codeCacheDirectory(), use);
// Only a run that did its work (exit code 0 or 1) leaves a cache: one that stopped at a usage error or an unreadable
// file compiled little of the command, and a cache is kept until the next build. Nor does a request for the usage
// (`check --help`, a new user's likely first run), which compiles none of it, nor a batch that checked in worker threads
// too: with either cache a later `check` of one report started 30–100 ms slower (measured: 268–352 ms after a batch's
// cache against 218–256 ms after a single check's).
const helpOnly = asksForHelp(argv.slice(1));
void cli.exports.runCli(argv, dictionary).then(() => {
  if (!helpOnly && !cli.exports.ranInThreads() && (process.exitCode === 0 || process.exitCode === 1)) cli.save();
});
// Once nothing is left to do (every write has been handed over), the process ends at once: left to end by itself,
// Node took 8–10 ms more to take down the heap of a check, a twentieth of the command's own time.
process.once('beforeExit', () => process.exit());

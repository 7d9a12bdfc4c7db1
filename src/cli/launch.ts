// dist/cli.js, the `fazhi-report` command: a few lines that start the CLI proper (dist/cli-main.js, from main.ts)
// from V8's code cache, and store the cache after the first run's work, so `check` starts without compiling.
import { join } from 'node:path';
import { codeCacheDirectory, requireWithCodeCache } from './code-cache';

const cli = requireWithCodeCache<typeof import('./main')>(join(__dirname, 'cli-main.js'), codeCacheDirectory());
void cli.exports.runCli(process.argv.slice(2)).then(() => cli.save());

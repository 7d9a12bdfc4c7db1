// One start of a bundle through the code cache, in its own process as the CLI does it (in one process V8's own
// in-memory compilation cache would answer instead): node --require tsx/cjs code-cache-start.ts BUNDLE [CACHE_DIR [USE]]
// prints how the cache served, what the bundle returned, and saves the cache.
import { requireWithCodeCache } from '../../src/cli/code-cache';

const [file, cacheDir, use] = process.argv.slice(2);
const started = requireWithCodeCache<{ answer(): number; dir: string; file: string; resolves: string }>(file, cacheDir || undefined, use);
const { answer, ...paths } = started.exports;
started.save();
console.log(JSON.stringify({ cache: started.cache, answer: answer(), ...paths }));

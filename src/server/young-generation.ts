// A scavenge of the young generation on demand, for the lint worker to run once a job is done and nothing else waits:
// what a check allocated (20–30 MB on a 200k report) is garbage by then, so the next check starts with an empty young
// generation instead of paying, in the middle of its work, for a scavenge that copies everything that check has built
// so far (about 7–14 ms of a 200k edit's CPU time to the diagnostics, median). bench/engine.mjs runs it as the worker does.
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/**
 * A function that scavenges the young generation. V8 gives the collector only to contexts made after --expose-gc is
 * set (the flag is process-wide; contexts made before keep no `gc`); where the flag is refused, a function that does
 * nothing, and V8 collects at its own time.
 */
export function youngGenerationCollector(): () => void {
  try {
    exposeCollector();
    const gc = runInNewContext('gc') as unknown;
    if (typeof gc === 'function') return () => (gc as (options: { type: 'minor' }) => void)({ type: 'minor' });
  } catch {
    // Left to V8's own timing.
  }
  return () => {};
}

/**
 * Sets --expose-gc. V8's code cache carries a hash of the flags: the lint worker's launcher sets it before compiling
 * the engine, so the cache stored after a check (flag set) matches the next start's compile.
 */
export function exposeCollector(): void {
  setFlagsFromString('--expose-gc');
}

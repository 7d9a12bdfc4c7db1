// Checks many files and hands each outcome over in input order: in several threads when it pays (several files, no
// file written, no standard input), else one after another in this thread. `check` and `summary` both go through here.
import { availableParallelism } from 'node:os';
import { lazySegmenter } from '../core/segmenter';
import { type CheckSettings, checkFile, type FileOutcome } from './check-file';
import { checkInThreads } from './check-pool';
import { deliverPendingSignals } from './safe-write';

export async function checkFiles(
  files: readonly string[], settings: CheckSettings, jobs: number | undefined, deliver: (outcome: FileOutcome, index: number) => void,
  dictionary?: Promise<Uint8Array | undefined>,
): Promise<void> {
  // jieba loads on the first cut, if any rule needs one; from the bytes the launcher has read meanwhile, if it did.
  const segmenter = lazySegmenter(await dictionary);
  const threads = Math.min(jobs ?? availableParallelism(), files.length);
  // Threads only for plain checks of several files: --fix and --annotate write files, and standard input is one.
  if (threads > 1 && !settings.fix && !settings.annotate && !files.includes('-')) {
    await checkInThreads(files, settings, threads, (path) => checkFile(path, settings, segmenter), deliver);
    return;
  }
  for (const [index, path] of files.entries()) {
    await deliverPendingSignals(); // Ctrl+C between files, once --fix has installed its cleanup handlers
    deliver(checkFile(path, settings, segmenter), index);
  }
}

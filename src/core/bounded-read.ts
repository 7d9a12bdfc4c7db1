// Reading a file that may be anything the user pointed at — a FIFO, /dev/zero, a 2 GB log — without hanging on its
// size: at most `limit` bytes are kept, and one byte more tells that the input is too large.
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';

const pause = new Int32Array(new SharedArrayBuffer(4));

export type BoundedRead = { ok: true; bytes: Buffer } | { ok: false; tooLarge: number | true };

/** `source` is a path or an already open descriptor (0 for standard input, which is left open). */
export function readBounded(source: string | number, limit: number): BoundedRead {
  const fd = typeof source === 'number' ? source : openSync(source, 'r');
  try {
    const stat = fstatSync(fd);
    if (stat.isFile() && stat.size > limit) return { ok: false, tooLarge: stat.size };
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(Math.min(64 * 1024, limit + 1 - total));
      let n: number;
      try {
        n = readSync(fd, chunk, 0, chunk.length, null);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'EAGAIN') { // a non-blocking standard input with nothing yet
          Atomics.wait(pause, 0, 0, 10);
          continue;
        }
        if ((error as NodeJS.ErrnoException).code === 'EOF') break;
        throw error;
      }
      if (n === 0) break;
      chunks.push(chunk.subarray(0, n));
      total += n;
      if (total > limit) return { ok: false, tooLarge: true };
    }
    return { ok: true, bytes: Buffer.concat(chunks, total) };
  } finally {
    if (typeof source !== 'number') closeSync(fd);
  }
}

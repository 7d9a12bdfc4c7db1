// Where jieba's dictionary is (dist/jieba.dict, written by scripts/jieba-data.cjs), and a read of it ahead of need: a
// module of its own, so that a launcher can start the read without bundling the segmenter.
import { closeSync, existsSync, fstatSync, openSync, read, readSync } from 'node:fs';
import { join } from 'node:path';

/**
 * dist/jieba.dict: beside the bundle, or the build's when running from the sources — found from this file (tests), or
 * from the working directory where a loader gives no usable __dirname (the benchmarks import the sources as ESM).
 */
export function jiebaDataFile(): string {
  const candidates = [join(__dirname, 'jieba.dict'), join(__dirname, '..', '..', 'dist', 'jieba.dict'), join(process.cwd(), 'dist', 'jieba.dict')];
  return candidates.find((file) => existsSync(file)) ?? candidates[0];
}

/**
 * The dictionary's bytes, read on a libuv thread for loadSegmenter (segmenter.ts): started by a launcher before it
 * compiles the engine, the 5 MB read (≈15 ms) overlaps that compile instead of following it. One read of the whole
 * file: fs.readFile reads in 512 KB pieces, each asked for from the JavaScript thread, which the compile holds (measured:
 * it then ended no sooner than a read after the compile). Undefined when it cannot be read: loadSegmenter then reads
 * the file itself and says why it cannot.
 */
export function readDictionary(): Promise<Uint8Array | undefined> {
  return new Promise((resolve) => {
    let fd: number;
    try {
      fd = openSync(jiebaDataFile(), 'r');
    } catch {
      resolve(undefined);
      return;
    }
    const done = (bytes: Uint8Array | undefined) => {
      try {
        closeSync(fd);
      } catch {
        // Nothing to keep open: the bytes are read or not.
      }
      resolve(bytes);
    };
    try {
      const bytes = new Uint8Array(fstatSync(fd).size);
      read(fd, bytes, 0, bytes.length, 0, (error, first) => {
        if (error) return done(undefined);
        try {
          // A read may return less than asked: the rest is read here.
          let at = first;
          for (let n = 1; at < bytes.length && n > 0; at += n) n = readSync(fd, bytes, at, bytes.length - at, at);
          done(at === bytes.length ? bytes : undefined);
        } catch {
          done(undefined);
        }
      });
    } catch {
      done(undefined);
    }
  });
}

// Where a worker thread's entry is: the bundle beside the running bundle (dist/x.js), or from the sources (tests,
// bench under tsx) the TypeScript file through tsx.
import { existsSync } from 'node:fs';
import { join } from 'node:path';

export function workerEntry(dir: string, name: string): { file: string; execArgv?: string[] } {
  const built = join(dir, `${name}.js`);
  if (existsSync(built)) return { file: built };
  return { file: join(dir, `${name}.ts`), execArgv: ['--require', 'tsx/cjs'] };
}

// extensionTestsPath module (bundled by test/e2e/run.mjs to test-output/e2e/build/index.js): runs every compiled
// suite file next to it with mocha inside the extension host — under code-server here, under @vscode/test-electron
// on a developer machine.
import * as path from 'path';
import { findTestFiles, run as runTests } from '../harness/vscode-test-runner';

export function run(): Promise<unknown> {
  return runTests({ files: findTestFiles(path.join(__dirname, 'suite')) });
}

// The language server, with the lint worker its launcher (launch.ts) has already started. The transport comes from the
// command line (--stdio, --node-ipc, --socket=N, --pipe=NAME), as vscode-languageclient passes it.
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import type { StartedLintWorker } from './lint-worker-start';
import { startServer } from './server';

export function startLanguageServer(lintWorker: StartedLintWorker): void {
  startServer(createConnection(ProposedFeatures.all), { lintWorker });
}

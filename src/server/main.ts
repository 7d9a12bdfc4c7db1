// Entry of dist/server.js: the transport comes from the command line (--stdio, --node-ipc, --socket=N, --pipe=NAME),
// as vscode-languageclient passes it.
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from './server';

startServer(createConnection(ProposedFeatures.all));

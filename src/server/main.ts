// Entry of dist/server.js: the transport comes from the command line (--stdio, --node-ipc, --socket=N, --pipe=NAME),
// as vscode-languageclient passes it.
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { raiseOptimisationBudget } from '../core/optimisation-budget';
import { startServer } from './server';

// Before the lint worker starts (at the first check): in the first edits after a report is opened, TurboFan's
// compiles of the engine took more CPU than the checks themselves (at 200k, about 140 ms a keystroke on V8's
// background threads, beside the worker's 75) and, on two cores, held up the checks they were compiled for.
raiseOptimisationBudget();
startServer(createConnection(ProposedFeatures.all));

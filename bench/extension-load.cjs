// Loads dist/extension.js once in this fresh process with the `vscode` module stubbed, and prints the milliseconds
// the load took: the bulk of the extension's activation (activate() itself only wires the client, ~10 ms in VS Code).
const Module = require('node:module');
const path = require('node:path');

const inert = new Proxy(function () {}, { get: (_target, key) => (key === 'then' ? undefined : inert), apply: () => inert, construct: () => inert });
const resolve = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  return request === 'vscode' ? 'vscode' : resolve.call(this, request, ...rest);
};
require.cache.vscode = { id: 'vscode', filename: 'vscode', loaded: true, exports: inert };

const started = performance.now();
require(path.join(__dirname, '..', 'dist', 'extension.js'));
console.log((performance.now() - started).toFixed(1));

// Preloaded into the built CLI by lean-start.test.ts: at exit, writes to $RECORD_LOADS_FILE which files of dist/ the
// process loaded (required or read), so the test can tell what a command paid for.
'use strict';
const fs = require('node:fs');
const Module = require('node:module');
const { basename, dirname } = require('node:path');

const dist = dirname(require.resolve(process.argv[1]));
const seen = new Set();
const note = (file) => { if (typeof file === 'string' && dirname(file) === dist) seen.add(basename(file)); };
const load = Module._load;
Module._load = function (request, parent, isMain) {
  if (parent && request.startsWith('.')) note(Module._resolveFilename(request, parent));
  return load.call(this, request, parent, isMain);
};
const readFileSync = fs.readFileSync;
fs.readFileSync = function (file, ...rest) {
  note(file);
  return readFileSync.call(this, file, ...rest);
};
// jieba's dictionary is read through a file descriptor (core/jieba-data-file.ts).
const openSync = fs.openSync;
fs.openSync = function (file, ...rest) {
  note(file);
  return openSync.call(this, file, ...rest);
};
process.on('exit', () => fs.writeFileSync(process.env.RECORD_LOADS_FILE, JSON.stringify([...seen].sort())));

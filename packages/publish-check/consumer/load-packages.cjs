'use strict';
// A CommonJS consumer: require() every package named on the command line (require(esm), Node >= 20.19)
// and print what each exports, with the export's type, for the test to check.
const exportsByPackage = {};
for (const name of process.argv.slice(2)) {
  const loaded = require(name);
  exportsByPackage[name] = Object.fromEntries(Object.keys(loaded).sort().map((key) => [key, typeof loaded[key]]));
}
process.stdout.write(`${JSON.stringify({ node: process.versions.node, exports: exportsByPackage })}\n`);

#!/usr/bin/env node
// Builds the solc "combined JSON" that abigen --combined-json reads, from forge's artifacts.
// Usage: tools/combined-json.js <out-dir> <Contract> [<Contract> ...] > combined.json
// Each contract is read from <out-dir>/<Contract>.sol/<Contract>.json.
"use strict";
const fs = require("fs");
const path = require("path");

const [outDir, ...names] = process.argv.slice(2);
if (!outDir || names.length === 0) {
  process.stderr.write("usage: combined-json.js <out-dir> <Contract> [<Contract> ...]\n");
  process.exitCode = 2;
} else {
  const contracts = {};
  for (const name of names.sort()) {
    const file = path.join(outDir, name + ".sol", name + ".json");
    let artifact;
    try {
      artifact = JSON.parse(fs.readFileSync(file, "utf8"));
    } catch (e) {
      process.stderr.write(`combined-json: cannot read forge artifact ${file}: ${e.message}\n(run forge build first)\n`);
      process.exit(1);
    }
    const source = Object.keys(artifact.metadata?.settings?.compilationTarget ?? { [name + ".sol"]: name })[0];
    contracts[`${source}:${name}`] = {
      abi: artifact.abi,
      bin: artifact.bytecode.object.replace(/^0x/, ""),
    };
  }
  process.stdout.write(JSON.stringify({ contracts, version: "" }, null, 1) + "\n");
}

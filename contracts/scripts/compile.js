#!/usr/bin/env node
// Compiles every Solidity source of contracts/ with the pinned solc-js through
// its standard-JSON interface and writes one artifact per contract to
// contracts/artifacts/<Name>.json: abi, bytecode, deployedBytecode, and the
// storage layout including ERC-7201 namespaces (needed by the upgrade-safety
// check, since namespaced structs do not appear in solc's plain layout).
// Output is deterministic: sorted keys, no timestamps, no absolute paths.
'use strict';

const fs = require('fs');
const path = require('path');
const solc = require('solc');

const ROOT = path.resolve(__dirname, '..');
const OUT = path.join(ROOT, 'artifacts');
const SOURCE_DIRS = ['src', 'proxies', 'test'];
const SETTINGS = {
  optimizer: { enabled: true, runs: 200 },
  evmVersion: 'cancun',
  viaIR: true,
  metadata: { bytecodeHash: 'none', appendCBOR: false },
};

function walk(dir) {
  const out = [];
  for (const e of fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true })) {
    const rel = path.posix.join(dir, e.name);
    if (e.isDirectory()) out.push(...walk(rel));
    else if (e.name.endsWith('.sol')) out.push(rel);
  }
  return out.sort();
}

function findImport(p) {
  for (const base of [path.join(ROOT, 'node_modules'), ROOT]) {
    const f = path.join(base, p);
    if (fs.existsSync(f)) return { contents: fs.readFileSync(f, 'utf8') };
  }
  return { error: `import not found: ${p}` };
}

function sortKeys(v) {
  if (Array.isArray(v)) return v.map(sortKeys);
  if (v && typeof v === 'object') {
    return Object.keys(v).sort().reduce((o, k) => { o[k] = sortKeys(v[k]); return o; }, {});
  }
  return v;
}

function compile(sources, outputSelection) {
  const input = { language: 'Solidity', sources, settings: { ...SETTINGS, outputSelection } };
  const out = JSON.parse(solc.compile(JSON.stringify(input), { import: findImport }));
  const errors = (out.errors || []).filter((e) => e.severity === 'error');
  for (const e of out.errors || []) {
    if (e.severity !== 'error' && !e.sourceLocation?.file?.startsWith('@openzeppelin')) {
      process.stderr.write(e.formattedMessage + '\n');
    }
  }
  if (errors.length) {
    for (const e of errors) process.stderr.write(e.formattedMessage + '\n');
    process.exit(1);
  }
  return out;
}

// Namespaced structs: `/// @custom:storage-location erc7201:<id>` above `struct <Name>`.
function namespacesOf(out) {
  const byContract = {}; // contract name -> [{id, struct}]
  const baseNames = {}; // contract id -> name
  const bases = {}; // contract name -> linearized base ids
  for (const [file, src] of Object.entries(out.sources)) {
    if (file.startsWith('@openzeppelin')) continue;
    for (const node of src.ast.nodes) {
      if (node.nodeType !== 'ContractDefinition') continue;
      baseNames[node.id] = node.name;
      bases[node.name] = node.linearizedBaseContracts;
      for (const sub of node.nodes) {
        if (sub.nodeType !== 'StructDefinition' || !sub.documentation) continue;
        const m = /@custom:storage-location erc7201:([\w.]+)/.exec(sub.documentation.text || '');
        if (m) (byContract[node.name] ||= []).push({ id: m[1], contract: node.name, struct: sub.name, file });
      }
    }
  }
  return { byContract, baseNames, bases };
}


function main() {
  const files = SOURCE_DIRS.filter((d) => fs.existsSync(path.join(ROOT, d))).flatMap(walk);
  const sources = Object.fromEntries(files.map((f) => [f, { content: fs.readFileSync(path.join(ROOT, f), 'utf8') }]));
  const out = compile(sources, {
    '*': {
      '': ['ast'],
      '*': ['abi', 'evm.bytecode.object', 'evm.deployedBytecode.object', 'storageLayout'],
    },
  });

  // Second pass: one probe contract per namespaced struct, so that solc lays
  // the struct out and reports member slots and offsets.
  const ns = namespacesOf(out);
  const all = Object.values(ns.byContract).flat();
  const probes = {};
  for (const n of all) {
    probes[`probe/${n.contract}_${n.struct}.sol`] = {
      content: `// SPDX-License-Identifier: MIT\npragma solidity ^0.8.28;\nimport {${n.contract}} from "${n.file}";\n` +
        `contract Probe_${n.contract}_${n.struct} { ${n.contract}.${n.struct} internal s; }\n`,
    };
  }
  const probeOut = compile(
    { ...sources, ...probes },
    Object.fromEntries(Object.keys(probes).map((f) => [f, { '*': ['storageLayout'] }])),
  );
  const layoutOf = {};
  for (const n of all) {
    const c = probeOut.contracts[`probe/${n.contract}_${n.struct}.sol`][`Probe_${n.contract}_${n.struct}`];
    const st = c.storageLayout;
    const structType = st.types[st.storage[0].type];
    layoutOf[`${n.contract}.${n.struct}`] = { id: n.id, struct: `${n.contract}.${n.struct}`, members: structType.members, types: st.types };
  }

  fs.mkdirSync(OUT, { recursive: true });
  const written = new Set();
  for (const [file, contracts] of Object.entries(out.contracts)) {
    if (file.startsWith('@openzeppelin')) continue;
    for (const [name, c] of Object.entries(contracts)) {
      const bytecode = c.evm.bytecode.object;
      if (!bytecode) continue; // interfaces and abstract contracts
      if (written.has(name)) throw new Error(`duplicate contract name ${name}`);
      written.add(name);
      const namespaces = (ns.bases[name] || [])
        .map((id) => ns.baseNames[id])
        .filter(Boolean)
        .flatMap((cn) => (ns.byContract[cn] || []).map((n) => layoutOf[`${n.contract}.${n.struct}`]))
        .sort((a, b) => a.id.localeCompare(b.id));
      const artifact = sortKeys({
        contractName: name,
        sourceName: file,
        compiler: { version: solc.version(), settings: SETTINGS },
        abi: c.abi,
        bytecode: '0x' + bytecode,
        deployedBytecode: '0x' + c.evm.deployedBytecode.object,
        storageLayout: { storage: c.storageLayout.storage, types: c.storageLayout.types, namespaces },
      });
      fs.writeFileSync(path.join(OUT, `${name}.json`), JSON.stringify(artifact, null, 2) + '\n');
    }
  }
  // Remove artifacts of contracts that no longer exist.
  for (const f of fs.readdirSync(OUT)) {
    if (f.endsWith('.json') && !written.has(f.slice(0, -5))) fs.unlinkSync(path.join(OUT, f));
  }
  process.stdout.write(`compiled ${written.size} contracts with solc ${solc.version()}\n`);
}

main();

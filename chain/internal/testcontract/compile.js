// Compiles Emitter.sol with the pinned solc from contracts/node_modules:
//   node client/internal/testcontract/compile.js
const fs = require('fs');
const path = require('path');
const solc = require(path.join(__dirname, '../../../contracts/node_modules/solc'));
const src = fs.readFileSync(path.join(__dirname, 'Emitter.sol'), 'utf8');
const out = JSON.parse(solc.compile(JSON.stringify({
  language: 'Solidity',
  sources: { 'Emitter.sol': { content: src } },
  settings: { evmVersion: 'cancun', optimizer: { enabled: true, runs: 200 },
    outputSelection: { '*': { '*': ['abi', 'evm.bytecode.object'] } } },
})));
for (const e of out.errors || []) { if (e.severity === 'error') { console.error(e.formattedMessage); process.exit(1); } }
const c = out.contracts['Emitter.sol'].Emitter;
fs.writeFileSync(path.join(__dirname, 'Emitter.abi'), JSON.stringify(c.abi));
fs.writeFileSync(path.join(__dirname, 'Emitter.bin'), c.evm.bytecode.object);

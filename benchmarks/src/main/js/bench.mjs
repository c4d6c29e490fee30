// Times plug-ins on the Extism JS SDK inside Node (no pipe in the measured path) for
// dev.javapdk.bench.Benchmark. Usage: node bench.mjs <node_modules dir> <spec.json> [<SDK package>]
// The package is @extism/extism (1.0.3, the default) or @extism/extism-2 (2.0.0-rc13, an npm alias).
// spec: {"warmup": n, "rounds": n, "tasks": [{"id", "wasm", "fn", "inputFile", "config": {}, "kind": "call"|"instantiate", "batch": n}]}
// Each round runs every task once, in turn, so all tasks see the same machine load; prints
// {"id": [ms per call (or per instantiation), one per round], ...} as one JSON line.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const [nodeModules, specFile, sdkPackage = '@extism/extism'] = process.argv.slice(2);
const pkg = join(nodeModules, ...sdkPackage.split('/'));
const sdkVersion = JSON.parse(readFileSync(join(pkg, 'package.json'), 'utf8')).version;
const entry = JSON.parse(readFileSync(join(pkg, 'package.json'), 'utf8')).exports.node.import.default;
const createPlugin = (await import(pathToFileURL(join(pkg, entry)).href)).default;

const spec = JSON.parse(readFileSync(specFile, 'utf8'));
const quiet = { trace() {}, debug() {}, info() {}, warn() {}, error() {}, log() {} };
// JS SDK 1.0.3 frees kernel blocks only on reset(): an instance fails from about call 5,461, so
// instances are replaced well before that (not inside a timed batch). 2.0 keeps one instance.
const CALLS_PER_INSTANCE = sdkVersion.startsWith('1.') ? 3000 : Infinity;

async function load(task) {
  return createPlugin({ wasm: [{ data: task.bytes }] },
    { useWasi: false, config: task.config || {}, logger: quiet, runInWorker: false, logLevel: 'error' });
}

async function prepare(task) {
  task.bytes = readFileSync(task.wasm);
  // A copy: a Node Buffer may share a pooled ArrayBuffer, which the SDK would read whole.
  task.inputBytes = task.inputFile ? Uint8Array.from(readFileSync(task.inputFile)) : new Uint8Array(0);
  task.batch = task.batch || 1;
  if (task.kind === 'call') {
    task.plugin = await load(task);
    task.calls = 0;
  }
}

async function runOnce(task) {
  if (task.kind === 'instantiate') {
    const t0 = process.hrtime.bigint();
    const plugin = await load(task);
    const t1 = process.hrtime.bigint();
    await plugin.close();
    return Number(t1 - t0) / 1e6;
  }
  if (task.calls + task.batch > CALLS_PER_INSTANCE) {
    await task.plugin.close();
    task.plugin = await load(task);
    task.calls = 0;
  }
  const t0 = process.hrtime.bigint();
  for (let i = 0; i < task.batch; i++) {
    await task.plugin.call(task.fn, task.inputBytes);
  }
  const t1 = process.hrtime.bigint();
  task.calls += task.batch;
  return Number(t1 - t0) / 1e6 / task.batch;
}

const results = {};
for (const task of spec.tasks) {
  await prepare(task);
  results[task.id] = [];
}
for (let round = 0; round < spec.warmup + spec.rounds; round++) {
  for (const task of spec.tasks) {
    if (global.gc) {
      global.gc(); // not timed: one task's garbage is not the next one's pause
    }
    const ms = await runOnce(task);
    if (round >= spec.warmup) {
      results[task.id].push(ms);
    }
  }
}
for (const task of spec.tasks) {
  if (task.plugin) {
    await task.plugin.close();
  }
}
results.sdkVersion = sdkVersion;
process.stdout.write(JSON.stringify(results) + '\n');

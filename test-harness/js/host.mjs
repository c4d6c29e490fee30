// One Extism plug-in on the JS SDK, driven by the Java harness (dev.javapdk.harness.NodeHost) over
// JSON lines: the first line loads the plug-in, each next line is one call.
//   load: {"wasm": "/abs/path.wasm", "config": {...}, "allowedHosts": [...]}
//   call: {"fn": "greet", "input": "<base64>"}
//   reply: {"ok": true, "output": "<base64>", "logs": [["info", "msg"], ...]}
//        | {"ok": false, "error": "...", "logs": [...]}
import createPlugin from '@extism/extism';
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';

process.removeAllListeners('warning');
let logs = [];
const logger = {
  trace: (m) => logs.push(['trace', String(m)]),
  debug: (m) => logs.push(['debug', String(m)]),
  info: (m) => logs.push(['info', String(m)]),
  warn: (m) => logs.push(['warn', String(m)]),
  error: (m) => logs.push(['error', String(m)]),
  log: (m) => logs.push(['info', String(m)]),
};
const reply = (obj) => process.stdout.write(JSON.stringify(obj) + '\n');

let plugin = null;
const lines = createInterface({ input: process.stdin });
for await (const line of lines) {
  const request = JSON.parse(line);
  if (plugin === null) {
    try {
      plugin = await createPlugin({ wasm: [{ data: readFileSync(request.wasm) }] }, {
        useWasi: false,
        config: request.config || {},
        allowedHosts: request.allowedHosts || [],
        logger,
        runInWorker: false,
      });
      reply({ ok: true, functions: [] });
    } catch (e) {
      reply({ ok: false, error: String(e && e.message || e) });
      process.exit(1);
    }
    continue;
  }
  logs = [];
  try {
    // A copy: small Node Buffers share a pooled ArrayBuffer, which the SDK would read whole.
    const input = Uint8Array.from(Buffer.from(request.input, 'base64'));
    const output = await plugin.call(request.fn, input);
    const bytes = output ? Buffer.from(output.buffer, output.byteOffset, output.byteLength) : Buffer.alloc(0);
    reply({ ok: true, output: bytes.toString('base64'), logs });
  } catch (e) {
    reply({ ok: false, error: String(e && e.message || e), logs });
  }
}
if (plugin) {
  await plugin.close();
}

// One Extism plug-in on the JS SDK, driven by the Java harness (dev.javapdk.harness.NodeHost) over
// JSON lines: the first line loads the plug-in, each next line is one call.
//   load: {"sdk": "1" | "2", "wasm": "/abs/path.wasm", "config": {...}, "allowedHosts": [...],
//          "logLevel": "trace", "timeoutMs": 0, "httpResponseHeaders": false}
//   call: {"fn": "greet", "input": "<base64>"}
//   reply: {"ok": true, "output": "<base64>", "logs": [["info", "msg"], ...], "memory": <bytes>}
//        | {"ok": false, "error": "...", "timeout": true|false, "logs": [...], "memory": <bytes>}
// "sdk" picks the JS SDK: "1" is @extism/extism 1.0.3, "2" is 2.0.0-rc13 (the npm alias
// @extism/extism-2). "memory" is the size of the plug-in instance's linear memory, where the SDK
// lets us see the instance (in the foreground, not in a worker).
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

// The 2.0 line's message when its timeoutMs ends a call (the worker is then replaced).
const TIMEOUT_MESSAGE = 'call canceled due to timeout';

async function load(request) {
  const sdk = String(request.sdk || '1');
  if (sdk === '1') {
    const { default: createPlugin } = await import('@extism/extism');
    // 1.0.3 has neither a call timeout nor a log level; NodeHost enforces the timeout itself.
    const allowedHosts = request.allowedHosts || [];
    inWorker = v1NeedsWorker(allowedHosts);
    return createPlugin({ wasm: [{ data: readFileSync(request.wasm) }] }, {
      useWasi: Boolean(request.wasi),
      config: request.config || {},
      allowedHosts,
      logger,
      runInWorker: inWorker,
    });
  }
  if (sdk === '2') {
    const { default: createPlugin } = await import('@extism/extism-2');
    const timeoutMs = Number(request.timeoutMs) || 0;
    const allowedHosts = request.allowedHosts || [];
    // timeoutMs and allowedHosts work only in a worker (Node 20 has no JSPI); the foreground is
    // faster (a host call from a worker is a round trip to this thread) and lets us see memory.
    const runInWorker = timeoutMs > 0 || allowedHosts.length > 0;
    inWorker = runInWorker;
    const options = {
      useWasi: Boolean(request.wasi),
      config: request.config || {},
      logger,
      logLevel: request.logLevel || 'trace',
      allowHttpResponseHeaders: Boolean(request.httpResponseHeaders),
      runInWorker,
    };
    if (runInWorker) {
      options.allowedHosts = allowedHosts;
      if (timeoutMs > 0) {
        options.timeoutMs = timeoutMs;
      }
    }
    return createPlugin({ wasm: [{ data: readFileSync(request.wasm) }] }, options);
  }
  throw new Error(`unknown JS SDK "${sdk}": use "1" or "2"`);
}

// 1.0.3 performs HTTP only in a worker: in the foreground its http_request answers 0 with status 0.
// The worker costs it the vars between calls, so it is used only when the plug-in may reach a host.
function v1NeedsWorker(allowedHosts) {
  return allowedHosts.length > 0;
}

async function memoryBytes(plugin) {
  try {
    const instance = await plugin.getInstance();
    const memory = Object.values(instance.exports).find((e) => e instanceof WebAssembly.Memory);
    return memory ? memory.buffer.byteLength : null;
  } catch (e) {
    return null; // in a worker: the SDK does not hand out the instance
  }
}

// In a worker, both SDK versions close the plug-in when a host function throws (their HTTP refuses a
// host outside allowedHosts, or fetch fails, by throwing): 1.0.3 then fails every call, 2.0 never
// settles one. The rejection does not say whether a host function threw or the plug-in trapped, so
// after any error that is not the plug-in's own nor a timeout the plug-in is loaded again, and the
// reply says so.
let loadRequest = null;
let inWorker = false;
async function reloadAfterHostError(error) {
  if (!inWorker || error.startsWith('Plugin-originated error: ') || error.includes(TIMEOUT_MESSAGE)) {
    return false;
  }
  await plugin.close().catch(() => {});
  plugin = await load(loadRequest);
  return true;
}

let plugin = null;
const lines = createInterface({ input: process.stdin });
for await (const line of lines) {
  const request = JSON.parse(line);
  if (plugin === null) {
    try {
      plugin = await load(request);
      loadRequest = request;
      reply({ ok: true, functions: [], memory: await memoryBytes(plugin) });
    } catch (e) {
      reply({ ok: false, error: String(e && e.message || e) });
      process.exit(1);
    }
    continue;
  }
  if (request.reset) {
    try {
      await plugin.reset();
      reply({ ok: true });
    } catch (e) {
      reply({ ok: false, error: String(e && e.message || e) });
    }
    continue;
  }
  logs = [];
  try {
    // A copy: small Node Buffers share a pooled ArrayBuffer, which the SDK would read whole.
    const input = Uint8Array.from(Buffer.from(request.input, 'base64'));
    const output = await plugin.call(request.fn, input);
    const bytes = output ? Buffer.from(output.buffer, output.byteOffset, output.byteLength) : Buffer.alloc(0);
    reply({ ok: true, output: bytes.toString('base64'), logs, memory: await memoryBytes(plugin) });
  } catch (e) {
    const error = String(e && e.message || e);
    const reloaded = await reloadAfterHostError(error);
    reply({ ok: false, error, timeout: error.includes(TIMEOUT_MESSAGE), reloaded, logs, memory: await memoryBytes(plugin) });
  }
}
if (plugin) {
  await plugin.close();
}

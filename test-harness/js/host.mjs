// One Extism plug-in on the JS SDK, driven by the Java harness (dev.javapdk.harness.NodeHost) over
// JSON lines: the first line loads the plug-in, each next line is one call.
//   load: {"sdk": "1" | "2", "wasm": "/abs/path.wasm", "config": {...}, "allowedHosts": [...],
//          "logLevel": "trace", "timeoutMs": 0, "httpResponseHeaders": false}
//   call: {"fn": "greet", "input": "<base64>"}
//   reply: {"ok": true, "output": "<base64>", "logs": [["info", "msg"], ...], "memory": <bytes>}
//        | {"ok": false, "error": "...", "timeout": true|false, "logs": [...], "memory": <bytes>}
// Host functions ("hostFunctions" in load: [{"module", "name", "params": ["i32"|"i64"|"f32"|"f64"|"block"],
// "result": ...|"void"}]) are answered by the JVM: during a call, host.mjs writes
//   {"hostCall": {"index": 0, "args": [...]}}
// and blocks until the JVM answers {"hostReply": {"ok": true, "value": ...} | {"ok": false, "error": "..."}}.
// Values on this wire: i32 a number; i64, f32 and f64 decimal strings (exact, with NaN, Infinity, -0);
// a block its bytes in base64, or null for offset 0.
// "sdk" picks the JS SDK: "1" is @extism/extism 1.0.3, "2" is 2.0.0-rc13 (the npm alias
// @extism/extism-2). "memory" is the size of the plug-in instance's linear memory, where the SDK
// lets us see the instance (in the foreground, not in a worker).
import { readFileSync, writeSync } from 'node:fs';
import { MessageChannel, Worker, receiveMessageOnPort } from 'node:worker_threads';

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
      functions: hostFunctions(request.hostFunctions),
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
      functions: hostFunctions(request.hostFunctions),
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

// stdin is read by a worker thread, so that a host function can block this thread until the JVM
// answers (the SDKs call host functions synchronously in the foreground): the worker hands replies
// to host calls over a port and wakes this thread through a shared counter; other lines are
// requests, posted as messages.
const wake = new Int32Array(new SharedArrayBuffer(4));
const replies = new MessageChannel();
const reader = new Worker(`
  const { parentPort, workerData } = require('node:worker_threads');
  const { createReadStream } = require('node:fs');
  const { createInterface } = require('node:readline');
  const { wake, port } = workerData;
  const signal = () => { Atomics.add(wake, 0, 1); Atomics.notify(wake, 0); };
  const lines = createInterface({ input: createReadStream(null, { fd: 0 }) });
  lines.on('line', (line) => {
    if (line.startsWith('{"hostReply"')) {
      port.postMessage(line);
      signal();
    } else {
      parentPort.postMessage(line);
    }
  });
  lines.on('close', () => {
    port.postMessage(JSON.stringify({ hostReply: { ok: false, error: 'the JVM closed the pipe' } }));
    signal();
    parentPort.postMessage(null);
  });
`, { eval: true, workerData: { wake, port: replies.port2 }, transferList: [replies.port2] });

function writeLine(obj) {
  const bytes = Buffer.from(JSON.stringify(obj) + '\n');
  for (let done = 0; done < bytes.length;) {
    try {
      done += writeSync(1, bytes, done);
    } catch (e) {
      if (e.code !== 'EAGAIN') {
        throw e;
      }
    }
  }
}

function askJvm(call) {
  writeLine({ hostCall: call });
  for (;;) {
    const seen = Atomics.load(wake, 0);
    const message = receiveMessageOnPort(replies.port1);
    if (message) {
      return JSON.parse(message.message).hostReply;
    }
    Atomics.wait(wake, 0, seen);
  }
}

const toBase64 = (output) => Buffer.from(output.buffer, output.byteOffset, output.byteLength).toString('base64');
const decimal = (x) => (Object.is(x, -0) ? '-0' : String(x));

function toWire(type, value, context) {
  switch (type) {
    case 'i32': return value;
    case 'i64': return String(value);
    case 'f32':
    case 'f64': return decimal(value);
    default: {
      const block = value === 0n ? null : context.read(value);
      return block === null ? null : toBase64(block);
    }
  }
}

function fromWire(type, value, context) {
  switch (type) {
    case 'void': return undefined; // Jackson-jr leaves out a null value: it arrives undefined
    case 'i32': return value;
    case 'i64': return BigInt(value);
    case 'f32':
    case 'f64': return Number(value);
    // A fresh buffer of its own: the SDK 1.0.3 stores a Uint8Array's whole underlying buffer.
    default: return value == null ? 0n : context.store(Uint8Array.from(Buffer.from(value, 'base64')));
  }
}

// The JS SDK's form of the load request's host functions: each asks the JVM synchronously.
function hostFunctions(specs) {
  const functions = {};
  (specs || []).forEach((spec, index) => {
    functions[spec.module] = functions[spec.module] || {};
    functions[spec.module][spec.name] = (context, ...args) => {
      const reply = askJvm({ index, args: args.map((arg, i) => toWire(spec.params[i], arg, context)) });
      if (!reply.ok) {
        throw new Error(reply.error);
      }
      return fromWire(spec.result, reply.value, context);
    };
  });
  return functions;
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

// The request lines from the reader, one at a time.
async function* requests() {
  const queue = [];
  let notify = null;
  reader.on('message', (line) => {
    queue.push(line);
    if (notify) {
      notify();
      notify = null;
    }
  });
  for (;;) {
    while (queue.length > 0) {
      const line = queue.shift();
      if (line === null) {
        return;
      }
      yield line;
    }
    await new Promise((resolve) => { notify = resolve; });
  }
}

let plugin = null;
for await (const line of requests()) {
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
await reader.terminate();

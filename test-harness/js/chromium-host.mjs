// Extism plug-ins on the JS SDK's browser build in headless Chromium, driven by the Java harness
// (dev.javapdk.harness.ChromiumHost) over JSON lines. One process per JVM: it starts one Chromium
// (the installed one, through playwright-core; no browser is downloaded) and gives each plug-in a
// page of its own. A loopback HTTP server serves the SDK's browser bundle and the .wasm files.
//   argv: <chromium executable>
//   ready: {"ready": true} once Chromium runs, or {"ready": false, "error": "..."}
//   load:  {"id": 1, "op": "load", "sdk": "1" | "2", "wasm": "/abs/path.wasm", "config": {...},
//          "allowedHosts": [...], "logLevel": "trace", "httpResponseHeaders": false}
//          -> {"id": 1, "ok": true, "plugin": "p1", "memory": <bytes>}
//   call:  {"id": 2, "op": "call", "plugin": "p1", "fn": "greet", "input": "<base64>"}
//          -> {"id": 2, "ok": true, "output": "<base64>", "logs": [["info", "msg"], ...], "memory": <bytes>}
//           | {"id": 2, "ok": false, "error": "...", "logs": [...], "memory": <bytes>}
//   reset: {"id": 3, "op": "reset", "plugin": "p1"}; close: {"id": 4, "op": "close", "plugin": "p1"}
// Replies carry the request's id; requests for different plug-ins may overlap.
import { createReadStream, existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, extname, join, normalize, sep } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

process.removeAllListeners('warning');
const here = dirname(fileURLToPath(import.meta.url));
// As Node resolves packages: node_modules beside this script or in a folder above (the harness
// installs the shipped host's node_modules one level up).
function packageDir(name) {
  for (let dir = here; ; dir = dirname(dir)) {
    const candidate = join(dir, 'node_modules', name);
    if (existsSync(candidate)) {
      return candidate;
    }
    if (dirname(dir) === dir) {
      return join(here, 'node_modules', name);
    }
  }
}
const SDK_DIRS = {
  1: join(packageDir(join('@extism', 'extism')), 'dist', 'browser'),
  2: join(packageDir(join('@extism', 'extism-2')), 'dist', 'browser'),
};
const reply = (obj) => process.stdout.write(JSON.stringify(obj) + '\n');

// The .wasm files the driver was asked to load, by the number in their URL: nothing else on disk
// is served.
const wasmFiles = new Map();
const TYPES = { '.js': 'text/javascript', '.map': 'application/json', '.wasm': 'application/wasm', '.html': 'text/html' };

function serve(request, response) {
  const path = decodeURIComponent(new URL(request.url, 'http://127.0.0.1').pathname);
  let file = null;
  const sdk = /^\/sdk\/([12])\/(.+)$/.exec(path);
  const wasm = /^\/wasm\/(\d+)\.wasm$/.exec(path);
  if (path === '/') {
    response.writeHead(200, { 'content-type': TYPES['.html'] });
    response.end('<!doctype html><meta charset="utf-8"><title>Extism plug-in</title>');
    return;
  } else if (sdk) {
    const candidate = normalize(join(SDK_DIRS[sdk[1]], sdk[2]));
    file = candidate.startsWith(SDK_DIRS[sdk[1]] + sep) ? candidate : null;
  } else if (wasm) {
    file = wasmFiles.get(wasm[1]) || null;
  }
  try {
    if (file === null || !statSync(file).isFile()) {
      throw new Error('not found');
    }
  } catch (e) {
    response.writeHead(404, { 'content-type': 'text/plain' });
    response.end(`not found: ${path}`);
    return;
  }
  response.writeHead(200, { 'content-type': TYPES[extname(file)] || 'application/octet-stream' });
  createReadStream(file).pipe(response);
}

// Runs in the page: loads the SDK's browser bundle and the plug-in, and keeps both on window.
async function loadInPage(request) {
  const { default: createPlugin } = await import(`/sdk/${request.sdk}/mod.js`);
  window.extismLogs = [];
  const capture = (level) => (message) => window.extismLogs.push([level, String(message)]);
  const logger = {
    trace: capture('trace'),
    debug: capture('debug'),
    info: capture('info'),
    warn: capture('warn'),
    error: capture('error'),
    log: capture('info'),
  };
  // Base64 both ways, in chunks: String.fromCharCode(...bytes) overflows the stack on big arrays.
  window.extismToBase64 = (bytes) => {
    let text = '';
    for (let i = 0; i < bytes.length; i += 0x8000) {
      text += String.fromCharCode.apply(null, bytes.subarray(i, i + 0x8000));
    }
    return btoa(text);
  };
  const fromBase64 = (text) => {
    const binary = atob(text);
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) {
      bytes[i] = binary.charCodeAt(i);
    }
    return bytes;
  };
  // Host functions written in Java: each is async (the SDK then suspends the plug-in through JSPI)
  // and asks the JVM through the driver (window.extismHostCall), in host.mjs's wire format.
  const decimal = (x) => (Object.is(x, -0) ? '-0' : String(x));
  const toWire = (type, value, context) => {
    switch (type) {
      case 'i32': return value;
      case 'i64': return String(value);
      case 'f32':
      case 'f64': return decimal(value);
      default: {
        const view = value === 0n ? null : context.read(value);
        return view === null ? null : window.extismToBase64(view.bytes());
      }
    }
  };
  const fromWire = (type, value, context) => {
    switch (type) {
      case 'void': return undefined;
      case 'i32': return value;
      case 'i64': return BigInt(value);
      case 'f32':
      case 'f64': return Number(value);
      default: return value == null ? 0n : context.store(fromBase64(value));
    }
  };
  const functions = {};
  (request.hostFunctions || []).forEach((spec, index) => {
    functions[spec.module] = functions[spec.module] || {};
    functions[spec.module][spec.name] = async (context, ...args) => {
      const reply = await window.extismHostCall({
        key: request.hostKey,
        index,
        args: args.map((arg, i) => toWire(spec.params[i], arg, context)),
      });
      if (!reply.ok) {
        throw new Error(reply.error);
      }
      return fromWire(spec.result, reply.value, context);
    };
  });
  const options = { useWasi: false, config: request.config, logger, runInWorker: false, functions };
  if (request.sdk === '2') {
    options.logLevel = request.logLevel;
    options.allowHttpResponseHeaders = request.httpResponseHeaders;
    // In the foreground 2.0 performs HTTP only where the browser has JSPI (WebAssembly.Suspending).
    if (request.allowedHosts.length > 0) {
      options.allowedHosts = request.allowedHosts;
    }
  } else {
    options.allowedHosts = request.allowedHosts;
  }
  window.extismPlugin = await createPlugin({ wasm: [{ url: request.wasmUrl }] }, options);
  window.extismMemory = async () => {
    try {
      const instance = await window.extismPlugin.getInstance();
      const memory = Object.values(instance.exports).find((e) => e instanceof WebAssembly.Memory);
      return memory ? memory.buffer.byteLength : null;
    } catch (e) {
      return null;
    }
  };
  return window.extismMemory();
}

// Runs in the page: one call.
async function callInPage({ fn, input }) {
  window.extismLogs = [];
  const text = atob(input);
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    bytes[i] = text.charCodeAt(i);
  }
  try {
    const output = await window.extismPlugin.call(fn, bytes);
    const out = output ? new Uint8Array(output.buffer, output.byteOffset, output.byteLength) : new Uint8Array(0);
    return { ok: true, output: window.extismToBase64(out), logs: window.extismLogs, memory: await window.extismMemory() };
  } catch (e) {
    return { ok: false, error: String((e && e.message) || e), logs: window.extismLogs, memory: await window.extismMemory() };
  }
}

const server = createServer(serve);
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const base = `http://127.0.0.1:${server.address().port}`;

const profile = mkdtempSync(join(tmpdir(), 'javapdk-chromium-'));
let context;
try {
  // Headless, and without the background connections (updates, sync, QUIC probes) that fail
  // slowly on a closed network. --disable-web-security: a plug-in's HTTP is the page's fetch(),
  // and the tests' local servers send no CORS headers.
  context = await chromium.launchPersistentContext(profile, {
    executablePath: process.argv[2],
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-web-security',
    ],
  });
} catch (e) {
  reply({ ready: false, error: String((e && e.message) || e).split('\n')[0] });
  rmSync(profile, { recursive: true, force: true });
  process.exit(1);
}
reply({ ready: true, browser: context.browser() ? context.browser().version() : null });

const pages = new Map();
let nextPlugin = 0;

async function handle(request) {
  const { op } = request;
  if (op === 'load') {
    wasmFiles.set(String(nextPlugin), request.wasm);
    const name = `p${nextPlugin}`;
    const wasmUrl = `/wasm/${nextPlugin}.wasm`;
    nextPlugin++;
    const page = await context.newPage();
    try {
      const pageErrors = [];
      page.on('pageerror', (e) => pageErrors.push(String(e)));
      await page.goto(base + '/');
      if ((request.hostFunctions || []).length > 0) {
        await page.exposeFunction('extismHostCall', askJvm);
      }
      const memory = await page.evaluate(loadInPage, {
        hostKey: request.hostKey,
        hostFunctions: request.hostFunctions || [],
        sdk: String(request.sdk || '2'),
        wasmUrl,
        config: request.config || {},
        allowedHosts: request.allowedHosts || [],
        logLevel: request.logLevel || 'trace',
        httpResponseHeaders: Boolean(request.httpResponseHeaders),
      });
      pages.set(name, page);
      return { ok: true, plugin: name, memory };
    } catch (e) {
      await page.close();
      return { ok: false, error: cleanError(e) };
    }
  }
  const page = pages.get(request.plugin);
  if (!page) {
    return { ok: false, error: `no plug-in ${request.plugin} in this browser` };
  }
  if (op === 'call') {
    return page.evaluate(callInPage, { fn: request.fn, input: request.input });
  }
  if (op === 'reset') {
    await page.evaluate(() => window.extismPlugin.reset());
    return { ok: true };
  }
  if (op === 'close') {
    pages.delete(request.plugin);
    await page.close({ runBeforeUnload: false });
    return { ok: true };
  }
  return { ok: false, error: `unknown op ${op}` };
}

// page.evaluate's errors start with its own prefix; keep the SDK's message.
function cleanError(e) {
  return String((e && e.message) || e)
    .replace(/^page\.evaluate: (Error: )?/, '')
    .split('\n')[0];
}

// A host function's call, asked of the JVM: {"hostCall": {"key", "index", "args", "callId"}} out,
// {"hostReply": {"callId", "ok", "value" | "error"}} back on stdin.
const hostCalls = new Map();
let nextHostCall = 0;
function askJvm(call) {
  const callId = ++nextHostCall;
  return new Promise((resolve) => {
    hostCalls.set(callId, resolve);
    reply({ hostCall: { ...call, callId } });
  });
}

const lines = createInterface({ input: process.stdin });
lines.on('line', (line) => {
  const request = JSON.parse(line);
  if (request.hostReply) {
    const resolve = hostCalls.get(request.hostReply.callId);
    hostCalls.delete(request.hostReply.callId);
    if (resolve) {
      resolve(request.hostReply);
    }
    return;
  }
  handle(request).then(
    (answer) => reply({ id: request.id, ...answer }),
    (e) => reply({ id: request.id, ok: false, error: cleanError(e) }),
  );
});
lines.on('close', async () => {
  await context.close().catch(() => {});
  server.close();
  rmSync(profile, { recursive: true, force: true });
  process.exit(0);
});

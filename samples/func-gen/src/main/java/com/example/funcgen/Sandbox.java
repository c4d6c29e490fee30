package com.example.funcgen;

import com.dylibso.chicory.log.Logger;
import com.dylibso.chicory.wasm.ChicoryException;
import com.dylibso.chicory.wasm.Parser;
import com.dylibso.chicory.wasm.WasmModule;
import com.dylibso.chicory.wasm.types.ExternalType;
import com.dylibso.chicory.wasm.types.FunctionImport;
import com.dylibso.chicory.wasm.types.MemoryLimits;
import com.example.funcgen.FuncGenException.Kind;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.extism.sdk.chicory.ExtismException;
import org.extism.sdk.chicory.ExtismFunctionException;
import org.extism.sdk.chicory.Manifest;
import org.extism.sdk.chicory.ManifestWasm;
import org.extism.sdk.chicory.Plugin;

/**
 * One plug-in instance on the Extism Chicory SDK, locked down: no WASI, no HTTP (no
 * {@code http_request} is linked and no host is allowed), linear memory capped, and each call
 * limited in time.
 *
 * <p>The SDK has no call timeout; Chicory checks the running thread's interrupt flag, so each call
 * runs on a worker thread that is interrupted at the limit, and the caller waits for it to stop
 * before the next call may use the instance. The instance is kept: the PDK's export guard repairs
 * what a stopped or trapped call left behind (the README's "What a plug-in does under abuse"),
 * except after a stop inside its garbage collector, when it asks to be reloaded (see {@link #call}).
 */
final class Sandbox implements AutoCloseable {
    private static final int PAGE = 64 * 1024;
    /** Pages beyond the Java heap's maximum, for TeaVM's growth rounding and the OOM reserve. */
    private static final int SLACK_PAGES = 16;
    /** What the PDK's export guard answers once a trap or stop hit its garbage collector. */
    private static final String MUST_RELOAD = "the instance must be reloaded";

    private final byte[] wasm;
    private final Manifest.Options options;
    private final long timeoutMillis;
    private Plugin plugin;
    private int reloads;
    private final ExecutorService worker;

    /**
     * @param maxHeapBytes the Java heap's maximum the plug-in was built with; the linear memory may
     *                     grow by that much past its initial size, and not further
     */
    Sandbox(byte[] wasm, int maxHeapBytes, long timeoutMillis, boolean compiled) throws FuncGenException {
        MemoryLimits declared;
        try {
            WasmModule module = Parser.parse(wasm);
            List<String> imports = new ArrayList<>();
            module.importSection().stream()
                    .filter(i -> i.importType() == ExternalType.FUNCTION && i instanceof FunctionImport)
                    .forEach(i -> imports.add(i.module() + "." + i.name()));
            if (imports.contains("extism:host/env.http_request")) {
                throw new FuncGenException(
                        Kind.UNSUPPORTED,
                        "the generated plug-in makes HTTP requests, which the sandbox does not allow");
            }
            declared = module.memorySection().map(m -> m.getMemory(0).limits()).orElseGet(MemoryLimits::defaultLimits);
        } catch (ChicoryException e) {
            throw new FuncGenException(Kind.BUILD, "the built plug-in is not a valid module: " + e.getMessage(), e);
        }
        int initialPages = declared.initialPages();
        int maxPages = Math.min(declared.maximumPages(), initialPages + (maxHeapBytes + PAGE - 1) / PAGE + SLACK_PAGES);
        this.wasm = wasm;
        this.options = new Manifest.Options()
                .withAoT(compiled)
                .withWasi(null) // the SDK links WASI preview 1 unless told not to
                .withMemoryLimits(initialPages, maxPages);
        this.plugin = load();
        this.timeoutMillis = timeoutMillis;
        this.worker = Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, "func-gen-sandbox");
            thread.setDaemon(true);
            return thread;
        });
    }

    private Plugin load() throws FuncGenException {
        Manifest manifest = Manifest.ofWasms(
                        ManifestWasm.fromBytes(wasm).withName("main").build())
                .withOptions(options)
                .build();
        try {
            return Plugin.ofManifest(manifest).withLogger(QUIET).build();
        } catch (RuntimeException e) {
            throw new FuncGenException(Kind.BUILD, "the Chicory SDK cannot load the generated plug-in: " + e, e);
        }
    }

    /**
     * Calls {@code function} with {@code input}; returns its output as UTF-8 text. If an earlier
     * call was stopped inside the plug-in's garbage collector, the plug-in refuses further calls
     * (its heap may be unsound): then a fresh instance is loaded and the call made there.
     */
    synchronized String call(String function, String input) throws FuncGenException {
        try {
            return callOnce(function, input);
        } catch (FuncGenException e) {
            if (e.kind() != Kind.FAILED || !e.getMessage().contains(MUST_RELOAD)) {
                throw e;
            }
            plugin = load();
            reloads++;
            return callOnce(function, input);
        }
    }

    /** How often a fresh instance replaced one that asked to be reloaded. */
    synchronized int reloads() {
        return reloads;
    }

    private String callOnce(String function, String input) throws FuncGenException {
        byte[] bytes = input.getBytes(StandardCharsets.UTF_8);
        Plugin current = plugin;
        Future<byte[]> call = worker.submit(() -> current.call(function, bytes));
        try {
            return new String(call.get(timeoutMillis, TimeUnit.MILLISECONDS), StandardCharsets.UTF_8);
        } catch (TimeoutException e) {
            call.cancel(true); // interrupts the worker: Chicory stops the plug-in within milliseconds
            awaitStopped();
            throw new FuncGenException(
                    Kind.TIMEOUT,
                    "the generated function ran longer than " + timeoutMillis
                            + " ms and was stopped (an endless loop, or too slow for this input)");
        } catch (ExecutionException e) {
            throw failure(e.getCause());
        } catch (InterruptedException e) {
            call.cancel(true);
            Thread.currentThread().interrupt();
            throw new FuncGenException(Kind.TIMEOUT, "interrupted while the generated function ran", e);
        }
    }

    /** Waits until the cancelled call has left the instance, so that the next call starts clean. */
    private void awaitStopped() throws FuncGenException {
        try {
            // An empty task runs only after the interrupted call returned.
            worker.submit(() -> {}).get(timeoutMillis + 10_000, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException | CancellationException e) {
            throw new FuncGenException(Kind.TIMEOUT, "the generated function did not stop when interrupted", e);
        }
    }

    private static FuncGenException failure(Throwable cause) {
        if (cause instanceof ExtismFunctionException e) {
            // The plug-in's own error: an exception the method threw, OutOfMemoryError included.
            return new FuncGenException(Kind.FAILED, "the generated function failed: " + e.getError(), e);
        }
        if (cause instanceof StackOverflowError) {
            return new FuncGenException(Kind.TRAP, "the generated function trapped: call stack exhausted", cause);
        }
        if (cause instanceof ExtismException || cause instanceof ChicoryException) {
            return new FuncGenException(Kind.TRAP, "the generated function trapped: " + cause.getMessage(), cause);
        }
        return new FuncGenException(Kind.TRAP, "the generated function trapped: " + cause, cause);
    }

    @Override
    public void close() {
        worker.shutdownNow();
    }

    /** The plug-in's log lines (System.out and System.err included) are not part of the answer. */
    private static final Logger QUIET = new Logger() {
        @Override
        public void log(Level level, String message, Throwable throwable) {}

        @Override
        public boolean isLoggable(Level level) {
            return false;
        }
    };
}

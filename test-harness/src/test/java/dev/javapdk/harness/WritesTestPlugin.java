package dev.javapdk.harness;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Writes target/test-plugins/harness-test.wasm before the class's @ExtismPlugin fields and
 * parameters are resolved. A class-level extension is registered (and so runs) before the ones
 * @ExtismPlugin registers on fields, which a plain @BeforeAll method would not be.
 */
final class WritesTestPlugin implements BeforeAllCallback {
    static final String WASM = "target/test-plugins/harness-test.wasm";

    @Override
    public void beforeAll(ExtensionContext context) {
        TestPlugins.writeMain();
    }
}

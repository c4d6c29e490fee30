def log = new File(basedir, 'build.log').text
assert log.contains('Extism plug-in build failed for unsupported-signature')
assert log.contains('unsupported signature for @Export method bad.Plugin.compute(Plugin.java:13): long compute(int, int)')
assert log.contains('An exported function takes nothing, byte[] or String')
assert !new File(basedir, 'target/unsupported-signature-1.wasm').exists()

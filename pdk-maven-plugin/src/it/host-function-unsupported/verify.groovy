// Each @HostFunction problem is reported, naming the method and what is supported.
def log = new File(basedir, 'build.log').text
assert log.contains('Extism plug-in build failed for host-function-unsupported')
assert log.contains('unsupported type char for parameter 1 of @HostFunction method bad.Plugin.isVowel(Plugin.java): use int, long, float, double, byte[], String or a JSON-bound type')
assert log.contains('unsupported result type boolean of @HostFunction method bad.Plugin.isVowel(Plugin.java): use void, int, long')
assert log.contains('@HostFunction method bad.Plugin.notNative(Plugin.java:12) must be declared `static native`')
assert log.contains('@HostFunction extism:host/user.lookup is declared twice with different wasm signatures: bad.Plugin.lookup(Plugin.java) as (i64) -> i64, bad.Plugin.lookupAgain(Plugin.java) as (i64) -> i32')
assert !new File(basedir, 'target/host-function-unsupported-1.wasm').exists()

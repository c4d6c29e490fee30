// A JSON-bound host function type that cannot be bound is reported with the host function and its method.
def log = new File(basedir, 'build.log').text
assert log.contains('Extism plug-in build failed for host-function-unbindable')
assert log.contains('JSON binding: interface bad.Plugin$Shape at $[] has no known implementation')
assert log.contains('(reached from parameter 1 of host function extism:host/user.draw (bad.Plugin.draw(Plugin.java)))')
assert log.contains('must have String keys (JSON object keys are strings) (reached from the result of host function extism:host/user.index (bad.Plugin.index(Plugin.java)))')
assert !new File(basedir, 'target/host-function-unbindable-1.wasm').exists()

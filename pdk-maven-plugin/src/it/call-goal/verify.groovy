def log = new File(basedir, 'build.log').text
assert log.contains('Hi, Bob! #1')
assert log.contains('Hi, Bob! #2')
assert log.contains('[plug-in] greeting Bob')
assert log.contains('fail failed: java.lang.IllegalStateException: refused x')
assert log.contains('javapdk:call')
assert log.contains('javapdk:wasm')
// Goal 5 (-Dwasi=true) must succeed, or invoker fails the IT. Without -Dwasi the load is refused with a hint.
assert log =~ /cannot load .*wasi\.wasm on chicory: .*\(the module imports WASI: add -Dwasi=true\)/

def log = new File(basedir, 'build.log').text
assert new File(basedir, 'hello-plugin/src/main/java/com/example/hello/Plugin.java').isFile()
assert new File(basedir, 'hello-plugin/target/hello-plugin.wasm').isFile()
assert log.contains('Tests run: 3, Failures: 0, Errors: 0, Skipped: 0')
assert log.contains('BUILD SUCCESS')

def log = new File(basedir, 'build.log').text
assert log.contains("a call to something the wasm target can't provide")
assert log.contains('java.net.Socket')
assert log.contains('at bad.Plugin.connect(Plugin.java:9)')

def log = new File(basedir, 'build.log').text
assert log.contains("a call to something the wasm target can't provide: Method java.util.Date.getDateLowLevel(J)I is not supported on current target")
assert log.contains('at bad.Plugin.dayOfMonth(Plugin.java:14)')
assert log.contains('at bad.Plugin.now(Plugin.java:9)')

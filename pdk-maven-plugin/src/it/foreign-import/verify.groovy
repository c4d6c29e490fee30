def log = new File(basedir, 'build.log').text
assert log.contains("a call to something the wasm target can't provide: the plug-in imports acme:kv.get, which Extism hosts don't provide.")
assert log.contains('It is needed by:')
assert log.contains('at bad.Plugin.lookup(Plugin.java:9)')
assert log.contains('list it in the plugin\'s <hostModules>')

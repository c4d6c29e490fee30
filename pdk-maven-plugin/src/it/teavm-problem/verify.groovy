def log = new File(basedir, 'build.log').text
assert log.contains('TeaVM problem: ')
assert log.contains('bad.Plugin.nativeHelper')
assert log.contains('at bad.Plugin.call(Plugin.java:8)')

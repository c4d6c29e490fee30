def log = new File(basedir, 'build.log').text
assert log.contains('duplicate export name "run": both bad.Plugin$Other.second(Plugin.java:14) and bad.Plugin.first(Plugin.java:8) export it')
assert log.contains('@Export(name = "...")')

def log = new File(basedir, 'build.log').text
assert log.contains('JSON binding: Json.read at bad.Plugin.read(Plugin.java:16) is given a Class that is not a class literal; the build binds types from literals only: pass e.g. Order.class directly')

def log = new File(basedir, 'build.log').text
assert log.contains('JSON binding: interface bad.Plugin$Shape at $.shapes[] has no known implementation to create from JSON (reached from the parameter of export totalArea (bad.Plugin.totalArea(Plugin.java:20))); use a concrete record or class')
assert log.contains('JSON binding: raw type java.util.List at $ has no element type (reached from the parameter of export lookup (bad.Plugin.lookup(Plugin.java:25)))')
assert log.contains('JSON binding: map java.util.Map<java.lang.Integer, java.lang.String> at $.byId must have String keys')

def log = new File(basedir, 'build.log').text
assert log.contains('no exported function: annotate at least one public static method with @dev.javapdk.pdk.Export')

def log = new File(basedir, 'build.log').text
assert new File(basedir, 'target/up-to-date.wasm').isFile()
def built = log.count('Built ')
def skipped = log.count('Plug-in is up to date, skipping TeaVM')
assert skipped == 1 : "expected one skipped build, log:\n" + log
assert built == 2 : "expected two real builds (first and forced), got " + built

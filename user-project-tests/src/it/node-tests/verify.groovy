// The Node tests must have run, not been skipped: a skip would pass the build silently.
def report = new File(basedir, 'target/failsafe-reports/TEST-com.example.shout.ShoutIT.xml')
assert report.isFile() : "no failsafe report at ${report}"
def suite = (report.text =~ /<testsuite [^>]*>/)[0]
def count = { String name -> (suite =~ /\b${name}="(\d+)"/)[0][1].toInteger() }
assert count('tests') == 3 : suite
assert count('skipped') == 0 : "a test was skipped: " + (report.text =~ /<skipped message="([^"]*)"/).collect { it[1] }
assert count('failures') == 0 && count('errors') == 0 : suite
// Set up from the harness jar in this build's own cache: npm ci ran there.
def installed = new File(basedir, 'target/javapdk-cache/js-host').listFiles().findAll { new File(it, '.installed').isFile() }
assert installed.size() == 1 : 'npm ci did not complete in target/javapdk-cache/js-host'
assert new File(installed[0], 'node_modules/@extism/extism-2/package.json').isFile()

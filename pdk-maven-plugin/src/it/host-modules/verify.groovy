// A declared host-function module is allowed; debugNames keeps the wasm "name" custom section.
def wasm = new File(basedir, 'target/host-modules.wasm')
assert wasm.isFile()
def text = new String(wasm.bytes, 'ISO-8859-1')
assert text.contains('acme:kv')
assert text.contains('\u0004name') : 'no name section although debugNames is on'

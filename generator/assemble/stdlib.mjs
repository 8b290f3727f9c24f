// Build step: the part of Pyodide's standard library the calculator needs. Boots Pyodide with the
// full library, runs the worker's glue and every request of the exercise through it, imports
// every calculator module, and writes the library files that were imported or read to a new zip:
// modules compiled by this same interpreter (sourceless .pyc, unchecked hash: no timestamp, no
// docstrings or asserts), so a visit does not compile 150 modules from source; data files as they
// are. The compiled modules carry no line table either: it is only read to put line numbers into
// tracebacks (None there since PEP 626 allows it; the calculator's own modules keep theirs), and
// it is 37 % of the archive on the wire (0.87 MB with it, 0.55 MB without: 1.6 s on a 1.6 Mbit/s
// line). The zip is stored uncompressed: Brotli packs the archive as a whole.
// Usage: node stdlib.mjs <pyodide dir> <wheel> <glue.py> <bundle.json> <exercise.json> <out zip>
// Prints the names it kept, as JSON.
import { readFileSync, writeFileSync } from "node:fs";

const [pyodideDir, wheelPath, gluePath, bundlePath, exercisePath, outPath] = process.argv.slice(2);
const { loadPyodide } = await import(`${pyodideDir}/pyodide.mjs`);
const py = await loadPyodide({ indexURL: `${pyodideDir}/`, env: { PYTHONHASHSEED: "0" } });
// Data files read out of the zip (not modules) go through zipimporter.get_data: record those too.
py.runPython(`
import zipimport
_read_from_zip = set()
_get_data = zipimport.zipimporter.get_data
def _recording_get_data(self, pathname):
    _read_from_zip.add(pathname)
    return _get_data(self, pathname)
zipimport.zipimporter.get_data = _recording_get_data
`);
py.unpackArchive(new Uint8Array(readFileSync(wheelPath)), "wheel");
py.runPython(readFileSync(gluePath, "utf-8"));
const handle = py.globals.get("make_handler")(readFileSync(bundlePath, "utf-8"));
for (const request of JSON.parse(readFileSync(exercisePath, "utf-8"))) {
  const answer = JSON.parse(handle(JSON.stringify(request)));
  if (!("ok" in answer)) throw new Error(`no answer to ${JSON.stringify(request)}`);
}
process.stdout.write(py.runPython(`
import importlib, json, pkgutil, sys, calculator
for info in pkgutil.walk_packages(calculator.__path__, "calculator."):
    if not info.name.endswith("__main__"):
        importlib.import_module(info.name)
import importlib.util, types, zipfile
import importlib._bootstrap_external as bootstrap
def without_lines(code):
    consts = tuple(without_lines(c) if isinstance(c, types.CodeType) else c for c in code.co_consts)
    return code.replace(co_linetable=b"", co_consts=consts)
ROOT = "/lib/python314.zip/"
files = {getattr(m, "__file__", None) for m in list(sys.modules.values())} | _read_from_zip
names = sorted(f.removeprefix(ROOT) for f in files if f and f.startswith(ROOT))
folders = {"/".join(n.split("/")[:i]) + "/" for n in names for i in range(1, n.count("/") + 1)}
with zipfile.ZipFile(ROOT.rstrip("/")) as full, zipfile.ZipFile("/tmp/cut.zip", "w", zipfile.ZIP_STORED) as cut:
    for name in sorted(folders | set(names)):
        info = full.getinfo(name)
        data = b"" if name.endswith("/") else full.read(name)
        if name.endswith(".py"):
            code = without_lines(compile(data, ROOT + name, "exec", dont_inherit=True, optimize=2))
            data = bytes(bootstrap._code_to_hash_pyc(code, importlib.util.source_hash(data), False))
            name += "c"
        entry = zipfile.ZipInfo(name, date_time=info.date_time)
        entry.external_attr = info.external_attr
        cut.writestr(entry, data)
json.dumps(names)
`));
writeFileSync(outPath, py.FS.readFile("/tmp/cut.zip"));

// Build step: which files of Pyodide's standard library the calculator needs. Boots Pyodide with
// the full library, runs the worker's glue and every request of the exercise through it, imports
// every calculator module, and prints the library files that were imported or read.
// Usage: node stdlib.mjs <pyodide dir> <wheel> <glue.py> <bundle.json> <exercise.json>
import { readFileSync } from "node:fs";

const [pyodideDir, wheelPath, gluePath, bundlePath, exercisePath] = process.argv.slice(2);
const { loadPyodide } = await import(`${pyodideDir}/pyodide.mjs`);
const py = await loadPyodide({ indexURL: `${pyodideDir}/` });
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
files = {getattr(m, "__file__", None) for m in list(sys.modules.values())} | _read_from_zip
json.dumps(sorted(f for f in files if f))
`));

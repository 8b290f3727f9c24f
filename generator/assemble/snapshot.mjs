// Build step: a Pyodide memory snapshot with the calculator already imported, so a visit
// restores a ready interpreter instead of booting one (see README, "Speed").
// Usage: node generator/snapshot.mjs <pyodide dir> <wheel> <out file>
// The snapshot is tied to this exact Pyodide build and wheel; the build makes both together
// and the worker falls back to a normal start if the snapshot is refused.
import { readFileSync, writeFileSync } from "node:fs";

const [pyodideDir, wheelPath, outPath] = process.argv.slice(2);
const { loadPyodide } = await import(`${pyodideDir}/pyodide.mjs`);
const py = await loadPyodide({ indexURL: `${pyodideDir}/`, _makeSnapshot: true });
py.unpackArchive(new Uint8Array(readFileSync(wheelPath)), "wheel");
// Import everything the rules use now, so nothing is read from the file system at first use.
py.runPython(`
import json, pkgutil, importlib, calculator
for info in pkgutil.walk_packages(calculator.__path__, "calculator."):
    if not info.name.endswith("__main__"):
        importlib.import_module(info.name)
`);
writeFileSync(outPath, py.makeMemorySnapshot());

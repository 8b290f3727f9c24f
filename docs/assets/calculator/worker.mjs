// Runs the project's Python rules (the `calculator` wheel) in Pyodide, off the main thread.
// Protocol: the page posts {id, request}; the worker answers {id, response} where response is
// exactly what calculator.api.handle returns, or {type: "progress"|"ready"|"failed"} while loading.
import { loadPyodide } from "../pyodide/pyodide.mjs";

const here = new URL("./", import.meta.url);
const fetchBytes = (name) =>
  fetch(new URL(name, here)).then((r) => {
    if (!r.ok) throw new Error(`${name}: HTTP ${r.status}`);
    return r.arrayBuffer();
  });

// Start everything at once: the runtime, our wheel and the rules' data travel in parallel.
const runtimeInfo = fetch(new URL("runtime.json", here)).then((r) => r.json());
const wheel = runtimeInfo.then((info) => fetchBytes(info.wheel));
const bundle = fetch(new URL("bundle.json", here)).then((r) => r.text());
const pyodide = loadPyodide({ indexURL: new URL("../pyodide/", import.meta.url).href });

const ready = (async () => {
  const [py, wheelBytes, bundleText] = await Promise.all([pyodide, wheel, bundle]);
  postMessage({ type: "progress", stage: "package" });
  py.unpackArchive(new Uint8Array(wheelBytes), "wheel");
  py.globals.set("bundle_text", bundleText);
  return py.runPython(`
import json
from calculator import api
_bundle = json.loads(bundle_text)
del bundle_text
lambda request_text: json.dumps(api.handle(json.loads(request_text), _bundle), ensure_ascii=False)
`);
})();

ready.then(
  () => postMessage({ type: "ready" }),
  (error) => postMessage({ type: "failed", detail: String(error) }),
);

onmessage = async ({ data }) => {
  const handle = await ready;
  postMessage({ id: data.id, response: JSON.parse(handle(JSON.stringify(data.request))) });
};

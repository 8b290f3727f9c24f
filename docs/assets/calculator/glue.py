# The Python half of the calculator's worker (worker.mjs runs it in Pyodide). The build runs the
# same code in Node to record which standard-library modules the rules need, and imports it
# into the memory snapshot, so the three cannot drift apart.
import json
import random

from calculator import api


def make_handler(bundle_text):
    """JSON text in, JSON text out: exactly what calculator.api.handle returns."""
    random.seed()  # a restored snapshot would otherwise replay the build's random state
    bundle = json.loads(bundle_text)

    def handle(request_text):
        return json.dumps(api.handle(json.loads(request_text), bundle), ensure_ascii=False)

    return handle

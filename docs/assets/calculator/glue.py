# The Python half of the calculator's worker (worker.mjs runs it in Pyodide). The build runs the
# same code in Node to record which standard-library modules the rules need, and makes the
# memory snapshot with it (snapshot.mjs calls `warm`), so the three cannot drift apart.
import json
import random

from calculator import api

# The handler the memory snapshot was made with: restored, it answers at once.
_warm_handler = None


def make_handler(bundle_text):
    """JSON text in, JSON text out: exactly what calculator.api.handle returns."""
    random.seed()  # a restored snapshot would otherwise replay the build's random state
    bundle = json.loads(bundle_text)

    def handle(request_text):
        return json.dumps(api.handle(json.loads(request_text), bundle), ensure_ascii=False)

    return handle


def warm(bundle_text, requests_text):
    """At build time, before the snapshot: the handler, with every request of the build's
    exercise run through it, so the snapshot holds the parsed bundle and every module and value
    the rules load on first use (measured: 50 ms of JSON and 75 ms of first answer per visit)."""
    global _warm_handler
    _warm_handler = make_handler(bundle_text)
    for request in json.loads(requests_text):
        _warm_handler(json.dumps(request))


def restored():
    """In a restored snapshot: the handler made by `warm`, with `random` reseeded."""
    random.seed()
    return _warm_handler

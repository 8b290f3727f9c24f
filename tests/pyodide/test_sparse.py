"""The memory snapshot's file format (docs/assets/calculator/sparse.mjs), in Node: what the build
packs the worker unpacks byte for byte, and anything else is refused rather than restored."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

pytestmark = pytest.mark.node
SPARSE = Path(__file__).resolve().parents[2] / "docs" / "assets" / "calculator" / "sparse.mjs"

# Builds images from a recipe, packs and unpacks them, and reports what came back.
ROUND_TRIP = """
import { pack, unpack } from %s;
const cases = JSON.parse(process.argv[1]);
const out = cases.map(({length, runs}) => {
  const image = new Uint8Array(length);
  for (const [offset, bytes] of runs) image.set(bytes, offset);
  const packed = pack(image);
  const back = unpack(packed.buffer.slice(0));
  return {size: packed.length, same: back.length === image.length && back.every((b, i) => b === image[i])};
});
process.stdout.write(JSON.stringify(out));
"""

# The same images fed in pieces: one byte at a time, in odd sizes that split the header and the
# runs anywhere, and as a streamed response (how the worker reads the snapshot from the cache).
IN_PIECES = """
import { pack, Unpacker, unpackResponse } from %s;
const image = new Uint8Array(4096 * 6 + 100);
image.fill(3, 10, 20); image.fill(4, 4096 * 2, 4096 * 3 + 7); image[4096 * 6 + 99] = 5;
const packed = pack(image);
const same = (back) => back.length === image.length && back.every((b, i) => b === image[i]);
const out = {};
for (const size of [1, 7, 13, 4095, 4097, packed.length]) {
  const unpacker = new Unpacker();
  for (let at = 0; at < packed.length; at += size) unpacker.push(packed.subarray(at, at + size));
  out[size] = same(unpacker.finish());
}
const chunks = [packed.subarray(0, 5), packed.subarray(5, 9000), packed.subarray(9000)];
const body = new ReadableStream({ pull(c) { chunks.length ? c.enqueue(chunks.shift()) : c.close(); } });
out.response = same(await unpackResponse(new Response(body)));
try { await unpackResponse(new Response(packed.subarray(0, packed.length - 3))); out.cut = "accepted"; }
catch (error) { out.cut = error.message; }
process.stdout.write(JSON.stringify(out));
"""

REFUSE = """
import { pack, unpack } from %s;
const packed = pack(new Uint8Array(3 * 4096).fill(1, 5000, 5001));
const damaged = {
  magic: (() => { const c = packed.slice(); c[0] ^= 1; return c; })(),
  truncated: packed.slice(0, packed.length - 1),
  trailing: (() => { const c = new Uint8Array(packed.length + 1); c.set(packed); return c; })(),
  tiny: new Uint8Array(4),
  // A run count no image of this length could have: refused before anything is allocated.
  runs: (() => { const c = packed.slice(); new DataView(c.buffer).setUint32(8, 0xffffffff, true); return c; })(),
};
const out = {};
for (const [name, bytes] of Object.entries(damaged)) {
  try { unpack(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength)); out[name] = "accepted"; }
  catch (error) { out[name] = String(error.message); }
}
process.stdout.write(JSON.stringify(out));
"""


def node(script: str, *args: str) -> object:
    executable = shutil.which("node")
    assert executable, "node is required (it comes with the machine; see README)"
    result = subprocess.run(
        [executable, "--input-type=module", "-e", script % json.dumps(SPARSE.as_uri()), *args],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_every_image_comes_back_byte_for_byte():
    cases = [
        {"length": 0, "runs": []},
        {"length": 4096 * 4, "runs": []},  # all zeros: header only
        {"length": 4096 * 4, "runs": [[0, [1]], [4096 * 3 + 4095, [9]]]},  # first and last byte
        {"length": 4096 * 2 + 10, "runs": [[4096 * 2 + 3, [5, 6, 7]]]},  # a short last page
        {
            "length": 4096 * 5,
            "runs": [[4096, [1] * 8192], [4096 * 4, [2]]],
        },  # pages that join into a run
    ]
    got = node(ROUND_TRIP, json.dumps(cases))
    assert [g["same"] for g in got] == [True] * len(cases)
    # Worked sizes: 12 header bytes, 8 per run, then the runs' pages.
    assert got[1]["size"] == 12
    assert got[2]["size"] == 12 + 2 * 8 + 2 * 4096
    assert got[3]["size"] == 12 + 8 + 10
    assert got[4]["size"] == 12 + 2 * 8 + 2 * 4096 + 4096


def test_an_image_fed_in_pieces_comes_back_the_same():
    # Worked size of IN_PIECES's packed image (the last size is the whole file in one piece):
    # 12 header bytes, 8 per run, runs of page 0, pages 2-3 and the short last page of 100 bytes.
    whole = 12 + 3 * 8 + 4096 + 2 * 4096 + 100
    got = node(IN_PIECES)
    assert got == {
        "1": True,
        "7": True,
        "13": True,
        "4095": True,
        "4097": True,
        str(whole): True,
        "response": True,
        "cut": "truncated memory snapshot",
    }


def test_anything_but_a_whole_packed_image_is_refused():
    got = node(REFUSE)
    assert got == {
        "magic": "not a packed memory snapshot",
        "truncated": "truncated memory snapshot",
        "trailing": "memory snapshot with trailing bytes",
        "tiny": "not a packed memory snapshot",
        "runs": "not a packed memory snapshot",
    }


def test_the_shipped_snapshot_is_packed_and_smaller_than_its_image(site_dir: Path):
    (snapshot,) = site_dir.glob("assets/runtime-*/calculator/snapshot.bin")
    data = snapshot.read_bytes()
    assert data[:4] == b"SZP1"
    image_length = int.from_bytes(data[4:8], "little")
    # Pyodide's image of a started interpreter is tens of MB, mostly empty pages.
    assert 16_000_000 < image_length < 64_000_000
    assert len(data) < image_length / 2

"""The pre-compressed copies (generator/assemble/compress.py): what is packed, when, and once."""

from __future__ import annotations

import gzip
from collections import Counter

import brotli
import pytest

from generator.assemble import compress


@pytest.fixture
def counted(monkeypatch):
    """The packers, counting what they pack (by size), packing as before."""
    calls: Counter = Counter()
    real = dict(compress.PACKERS)

    def counting(suffix):
        def make(data):
            calls[suffix, len(data)] += 1
            return real[suffix](data)

        return make

    monkeypatch.setattr(compress, "PACKERS", {s: counting(s) for s in real})
    return calls


def test_a_file_and_its_copies_decompress_to_the_same_bytes(tmp_path):
    text = ("Жер учаскесіне акт " * 200).encode("utf-8")
    (tmp_path / "page.html").write_bytes(text)
    (tmp_path / "photo.jpg").write_bytes(text)  # not a kind that shrinks: left alone
    compress.precompress(tmp_path, tmp_path / "cache")
    assert brotli.decompress((tmp_path / "page.html.br").read_bytes()) == text
    assert gzip.decompress((tmp_path / "page.html.gz").read_bytes()) == text
    assert not (tmp_path / "photo.jpg.br").exists()


def test_packed_ahead_a_large_file_is_not_packed_again(tmp_path, counted):
    site, cache = tmp_path / "site", tmp_path / "cache"
    site.mkdir()
    large = bytes(range(256)) * (compress.LARGE // 256 + 1)  # just over the threshold
    small = b"a small page " * 100
    (site / "snapshot.bin").write_bytes(large)
    (site / "page.html").write_bytes(small)
    compress.pack_ahead(site.iterdir(), cache).shutdown()
    # Ahead: the large file only, once per packer; into the cache, keyed by its content.
    assert counted == Counter({(".br", len(large)): 1, (".gz", len(large)): 1})
    assert len(list(cache.iterdir())) == 2
    compress.precompress(site, cache)
    # The build's own pass packs the small page and takes the large file from the cache.
    assert counted == Counter(
        {
            (".br", len(large)): 1,
            (".gz", len(large)): 1,
            (".br", len(small)): 1,
            (".gz", len(small)): 1,
        }
    )
    assert brotli.decompress((site / "snapshot.bin.br").read_bytes()) == large


def test_nothing_is_packed_ahead_when_the_cache_has_it(tmp_path, counted):
    site, cache = tmp_path / "site", tmp_path / "cache"
    site.mkdir()
    (site / "pyodide.asm.wasm").write_bytes(b"\0asm" * compress.LARGE)
    compress.precompress(site, cache)
    packed = Counter(counted)
    compress.pack_ahead(site.iterdir(), cache).shutdown()
    assert counted == packed

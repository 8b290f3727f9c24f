"""SITE_URL is read in one place: any spelling of an address gives one normalised form, and a
deploy build refuses a development address (issue 30: 128 of 130 pages carried 127.0.0.1)."""

from __future__ import annotations

import pytest

from generator.__main__ import main
from generator.assemble.address import AddressError, base_path, normalise, public


@pytest.mark.parametrize(
    "typed, expected",
    [
        # A missing slash made `…/landembed.js` before: the path is a folder.
        ("https://zher.example.kz/land", "https://zher.example.kz/land/"),
        ("https://zher.example.kz/land/", "https://zher.example.kz/land/"),
        ("https://zher.example.kz", "https://zher.example.kz/"),
        ("HTTPS://Zher.Example.KZ:443//land//", "https://zher.example.kz/land/"),
        ("http://zher.example.kz:80/a/b", "http://zher.example.kz/a/b/"),
        ("http://127.0.0.1:8775", "http://127.0.0.1:8775/"),
        ("  https://akimat.kz/zher/  ", "https://akimat.kz/zher/"),
        ("http://[::1]:8000/x", "http://[::1]:8000/x/"),
    ],
)
def test_every_spelling_of_an_address_gives_one_form(typed, expected):
    assert normalise(typed) == expected


@pytest.mark.parametrize(
    "url, path",
    [("https://a.kz", "/"), ("https://a.kz/land", "/land/"), ("https://a.kz/a/b/", "/a/b/")],
)
def test_base_path(url, path):
    assert base_path(url) == path


@pytest.mark.parametrize(
    "bad",
    [
        "",
        "zher.example.kz",
        "ftp://zher.example.kz/",
        "https:///land/",
        "https://a.kz/?x=1",
        "https://a.kz/#top",
        "https://user@a.kz/",
        "https://a.kz:99999/",
        "https://a.kz/a/../b/",
    ],
)
def test_an_unusable_address_is_refused(bad):
    with pytest.raises(AddressError):
        normalise(bad)


@pytest.mark.parametrize(
    "dev",
    [
        "http://127.0.0.1:8000/",
        "http://localhost:8000/",
        "https://127.1.2.3/land/",
        "http://0.0.0.0/",
        "http://[::1]/",
        "http://zher.localhost/",
        "http://myhost/",
        "http://169.254.1.1/",
        "https://site.test/",
        None,
    ],
)
def test_a_deploy_build_refuses_a_development_address(dev):
    with pytest.raises(AddressError):
        public(dev)


@pytest.mark.parametrize(
    "url", ["https://zher.example.kz/", "http://akimat.kz/land", "https://10.0.0.5/"]
)
def test_a_public_address_is_accepted(url):
    assert public(url) == normalise(url)


@pytest.mark.parametrize(
    "argv",
    [["dist"], ["dist", "--site-url", "http://127.0.0.1:8000/"], ["dist", "--site-url", "zher.kz"]],
)
def test_dist_refuses_in_one_line_with_status_2(argv, capsys, monkeypatch):
    monkeypatch.delenv("SITE_URL", raising=False)
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("python -m generator: dist: ")
    assert "Traceback" not in err

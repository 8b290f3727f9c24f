"""The site's public address (SITE_URL), read and normalised in one place.

Every absolute address the build writes (canonical links, sitemap.xml, search indexes, embed
snippets, widget links, the region pages' print line) and every path the service worker, the
404 pages and the nginx configuration use derive from this one value.
"""

from __future__ import annotations

import ipaddress
from urllib.parse import urlsplit, urlunsplit

# Names that only ever mean a developer's own machine or a test network (RFC 6761, RFC 6762).
_DEV_NAMES = ("localhost",)
_DEV_SUFFIXES = (".localhost", ".local", ".test", ".invalid", ".example", ".internal")


class AddressError(ValueError):
    """SITE_URL cannot be used; the message is one line saying why."""


def normalise(url: str) -> str:
    """``scheme://host[:port]/path/`` with exactly one trailing slash, or AddressError.

    A missing trailing slash is added (``https://a.kz/land`` is the folder /land/, not a file),
    the scheme and host are lower-cased, a default port is dropped.
    """
    text = (url or "").strip()
    if not text:
        raise AddressError("no site address given (set SITE_URL, e.g. https://zher.example.kz/)")
    parts = urlsplit(text)
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        raise AddressError(f"{text!r} is not an http:// or https:// address with a host name")
    if parts.query or parts.fragment or parts.username or parts.password:
        raise AddressError(f"{text!r}: a site address has no query, fragment or user name")
    try:
        port = parts.port
    except ValueError:
        raise AddressError(f"{text!r}: the port is not a number from 1 to 65535") from None
    scheme = parts.scheme.lower()
    host = parts.hostname.lower()
    if ":" in host:  # an IPv6 literal keeps its brackets
        host = f"[{host}]"
    default = {"http": 80, "https": 443}[scheme]
    netloc = host if port in (None, default) else f"{host}:{port}"
    path = "/" + "/".join(segment for segment in parts.path.split("/") if segment)
    if any(segment in (".", "..") for segment in path.split("/")):
        raise AddressError(f"{text!r}: the path may not contain . or .. segments")
    return urlunsplit((scheme, netloc, path.rstrip("/") + "/", "", ""))


def base_path(url: str) -> str:
    """The path the site lives at on its host: ``/`` or ``/land/``."""
    return urlsplit(normalise(url)).path


def development_reason(url: str) -> str | None:
    """Why ``url`` is a development address no deployed copy may carry, or None."""
    host = urlsplit(normalise(url)).hostname
    if host in _DEV_NAMES or host.endswith(_DEV_SUFFIXES):
        return f"{host} names this machine or a test network"
    try:
        ip = ipaddress.ip_address(host)
    except ValueError:
        if "." not in host:
            return f"{host} is not a public host name (no domain)"
        return None
    if ip.is_loopback or ip.is_unspecified or ip.is_link_local:
        return f"{host} is a loopback, unspecified or link-local address"
    return None


def public(url: str | None) -> str:
    """The normalised public address for a deploy build, or AddressError in one line."""
    address = normalise(url or "")
    reason = development_reason(address)
    if reason:
        raise AddressError(
            f"{address} is a development address ({reason}); a deploy build needs the public "
            "address visitors will use, e.g. https://zher.example.kz/ or https://akimat.kz/land/"
        )
    return address

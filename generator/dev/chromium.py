"""How this project starts Debian's Chromium (tests and `make bench` alike)."""

CHROMIUM = "/usr/bin/chromium"


def chromium_args(*local_hosts: str) -> list[str]:
    """As root, in a sandbox without a network: no sandbox, no GPU, no background traffic to
    Google; and no host but ``local_hosts`` resolves, which also stops requests Playwright
    cannot route (workers) from leaving the machine."""
    return [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--host-resolver-rules=MAP * ~NOTFOUND, "
        + ", ".join(f"EXCLUDE {host}" for host in local_hosts),
    ]

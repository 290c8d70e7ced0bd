"""What keeps a page in another tab from reading or curating the store.

* **Host allowlist**: a request whose Host is not one this app answers to (the bound host,
  127.0.0.1, localhost, [::1], and whatever `--allowed-host` names) is refused, so a page that
  rebinds its own DNS name to 127.0.0.1 cannot read the JSON twins.
* **Same origin for writes**: a curation post's Origin (or, failing that, its Referer) must
  name exactly this app's scheme, host and port; prefixes, other ports and user-info tricks
  ("http://127.0.0.1:8008@evil.example/") do not pass.
* **A per-session CSRF token**: the first page a browser gets sets a random token in a
  SameSite=Strict cookie, and every curation form carries it back in a hidden field.
"""

from __future__ import annotations

import secrets
from collections.abc import Iterable
from urllib.parse import urlsplit

from starlette.requests import Request

__all__ = ["CSRF_COOKIE", "LOCAL_HOSTS", "Guard"]

CSRF_COOKIE = "linkchart_csrf"
LOCAL_HOSTS = frozenset({"127.0.0.1", "localhost", "::1"})
_DEFAULT_PORTS = {"http": 80, "https": 443}


def _host_and_port(authority: str, scheme: str) -> tuple[str, int] | None:
    """The host (lower case, IPv6 without brackets) and port of a Host header's value."""
    parts = urlsplit(f"{scheme}://{authority}")
    try:
        port = parts.port
    except ValueError:  # a port that is no number
        return None
    if parts.hostname is None or parts.username is not None or parts.password is not None:
        return None
    return parts.hostname, port or _DEFAULT_PORTS.get(scheme, 0)


class Guard:
    """The host allowlist, the origin check and the CSRF token of one app."""

    def __init__(self, allowed_hosts: Iterable[str] = ()) -> None:
        self.allowed = LOCAL_HOSTS | {h.strip("[]").lower() for h in allowed_hosts if h}

    @staticmethod
    def _own(request: Request) -> tuple[str, int] | None:
        """The host and port this request says it was sent to (its Host header)."""
        return _host_and_port(request.headers.get("host", ""), request.url.scheme)

    def host_allowed(self, request: Request) -> bool:
        own = self._own(request)
        return own is not None and own[0] in self.allowed

    def same_origin(self, request: Request) -> bool:
        """Whether the post names this app (scheme, host and port, exactly) as its origin; user
        information ("http://127.0.0.1:8008@evil.example/") names no host of ours."""
        claimed = request.headers.get("origin") or request.headers.get("referer") or ""
        parts = urlsplit(claimed)
        if parts.scheme not in _DEFAULT_PORTS or parts.scheme != request.url.scheme:
            return False
        origin = _host_and_port(parts.netloc, parts.scheme)
        return origin is not None and origin == self._own(request)

    @staticmethod
    def token(request: Request) -> tuple[str, bool]:
        """The session's CSRF token, and whether it is new (to be set as a cookie)."""
        current = request.cookies.get(CSRF_COOKIE, "")
        if len(current) >= 32:
            return current, False
        return secrets.token_urlsafe(32), True

    @staticmethod
    def token_matches(request: Request, submitted: str) -> bool:
        cookie = request.cookies.get(CSRF_COOKIE, "")
        return bool(cookie) and secrets.compare_digest(cookie.encode(), submitted.encode())

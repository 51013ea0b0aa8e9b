"""The one place a server address is parsed: what users type (``host``, ``host:port``, ``[v6]:port``,
``https://host:port/``, ``http://host`` for a server without TLS), the URL a Session posts to, and the URLs of
a pool's other hosts as xapi gives them out (bare addresses and console locations without a port).
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urlsplit, urlunsplit

HTTPS_PORT = 443
HTTP_PORT = 80


@dataclass(frozen=True, slots=True)
class ServerAddress:
    """``host[:port]`` as users type it; IPv6 in brackets when a port follows (``[fe80::1]:8443``).

    ``secure`` is False only when the user asked for ``http://``: xapi answers plain HTTP too, and then the
    password travels unencrypted (the window and the command line warn once).
    """

    host: str
    port: int = HTTPS_PORT
    secure: bool = True

    @classmethod
    def parse(cls, text: str, default_port: int | None = None) -> ServerAddress:
        """Accepts ``host``, ``host:port``, ``[v6]:port``, bare IPv6, ``https://host:port/`` and ``http://...``;
        without a port, ``default_port`` (else 443, or 80 for ``http://``)."""
        s = text.strip()
        secure = True
        for scheme in ("https://", "http://"):
            if s.lower().startswith(scheme):
                s = s[len(scheme):]
                secure = scheme == "https://"
        s = s.split("/", 1)[0]
        host, port_text = s, ""
        if s.startswith("["):
            end = s.find("]")
            if end < 0:
                raise ValueError(f"missing ']' in {text!r}")
            host, rest = s[1:end], s[end + 1:]
            if rest:
                if not rest.startswith(":"):
                    raise ValueError(f"unexpected {rest!r} after the address")
                port_text = rest[1:]
        elif s.count(":") == 1:
            host, port_text = s.split(":")
        if not host:
            raise ValueError("the server address is empty")
        if any(c.isspace() for c in host):
            raise ValueError(f"spaces are not allowed in a server address: {host!r}")
        port = default_port or (HTTPS_PORT if secure else HTTP_PORT)
        if port_text:
            if not port_text.isdigit() or not 0 < int(port_text) < 65536:
                raise ValueError(f"the port must be a number from 1 to 65535, not {port_text!r}")
            port = int(port_text)
        return cls(host.lower(), port, secure)

    @property
    def key(self) -> str:
        """``host:port`` always with the port: the identity used for pins and keyring entries."""
        return f"{self._bracketed()}:{self.port}"

    @property
    def url(self) -> str:
        return f"{'https' if self.secure else 'http'}://{self._bracketed()}:{self.port}"

    def __str__(self) -> str:
        if not self.secure:
            return f"http://{self._bracketed()}" + ("" if self.port == HTTP_PORT else f":{self.port}")
        if self.port == HTTPS_PORT:
            return self.host
        return f"{self._bracketed()}:{self.port}"

    def _bracketed(self) -> str:
        return f"[{self.host}]" if ":" in self.host else self.host


def normalize_url(url: str) -> str:
    """``scheme://host[:port]`` of a server address; a bare host name means HTTPS."""
    if "://" not in url:
        url = f"https://{url}"
    parts = urlsplit(url.strip())
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ValueError(f"not a server address: {url!r}")
    return f"{parts.scheme}://{parts.netloc.rsplit('@', 1)[-1]}"


def host_url(url: str, address: str) -> str:
    """The URL of a pool host named by ``address`` ("ip" or "ip:port", as xapi gives out host addresses and
    HOST_IS_SLAVE names the coordinator) when the pool is reached at ``url``: the scheme of ``url``, and its port
    unless the address has one (a pool served on another port, a simulator or a port-forward, serves every
    host on that port; otherwise that is 443)."""
    parts = urlsplit(normalize_url(url))
    host, port = address.strip(), None
    if host.startswith("["):
        host, _, rest = host[1:].partition("]")
        port = rest.removeprefix(":") or None
    elif host.count(":") == 1:
        host, port = host.split(":")
    if not host:
        raise ValueError("empty host address")
    port = port or (str(parts.port) if parts.port else None)
    netloc = f"[{host}]" if ":" in host else host
    return f"{parts.scheme}://{netloc}" + (f":{port}" if port else "")


def located(location: str, url: str) -> str:
    """A URL a pool gave out (a console location, ``https://<host address>/console?uuid=...``) as reached from
    ``url``: one without a port takes the port ``host_url`` gives."""
    parts = urlsplit(location)
    if not parts.hostname or parts.port is not None:
        return location
    return urlunsplit(parts._replace(netloc=urlsplit(host_url(url, parts.hostname)).netloc))

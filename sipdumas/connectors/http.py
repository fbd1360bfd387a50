"""JSON over HTTP(S) for the exchange with other systems (``urllib``, standard library).

One request, one answer or one :class:`TransportError` that says whether trying again can help
(``retryable``): a time-out, a dropped connection, a refused connection, a 5xx or 429 answer can; a 4xx
answer (the request itself is wrong, or the token is refused) cannot. Every request that changes
something carries the ``Idempotency-Key`` header: the same key on every attempt of one message, so a
receiver that already acted on an attempt whose answer was lost answers again without acting twice.
"""

from __future__ import annotations

import http.client
import json
import socket
import ssl
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass
from typing import Any

IDEMPOTENCY_HEADER = "Idempotency-Key"
USER_AGENT = "SIPDUMAS/1 (+pengaduan masyarakat)"


class TransportError(Exception):
    """A request that did not get a usable answer. ``retryable``: trying again later may succeed."""

    def __init__(self, message: str, *, retryable: bool, status: int | None = None) -> None:
        super().__init__(message)
        self.retryable = retryable
        self.status = status


@dataclass(frozen=True, slots=True)
class Endpoint:
    """Where a system answers: its base URL, the access token (from the keyring) and a time-out."""

    base_url: str
    token: str | None = None
    timeout: float = 20.0

    def url(self, path: str, query: dict[str, Any] | None = None) -> str:
        url = self.base_url.rstrip("/") + "/" + path.lstrip("/")
        if query:
            url += "?" + urllib.parse.urlencode({k: v for k, v in query.items() if v is not None})
        return url


def request_json(
    endpoint: Endpoint,
    method: str,
    path: str,
    *,
    body: Any = None,
    query: dict[str, Any] | None = None,
    idempotency_key: str | None = None,
) -> Any:
    """Send ``body`` as JSON and return the JSON answer (None for an empty one); raises
    :class:`TransportError`."""
    url = endpoint.url(path, query)
    if not url.startswith(("http://", "https://")):
        raise TransportError(
            f"Alamat '{endpoint.base_url}' bukan alamat http:// atau https://", retryable=False
        )
    data = None if body is None else json.dumps(body, ensure_ascii=False).encode("utf-8")
    headers = {"Accept": "application/json", "User-Agent": USER_AGENT}
    if data is not None:
        headers["Content-Type"] = "application/json; charset=utf-8"
    if endpoint.token:
        headers["Authorization"] = f"Bearer {endpoint.token}"
    if idempotency_key:
        headers[IDEMPOTENCY_HEADER] = idempotency_key
    request = urllib.request.Request(url, data=data, method=method, headers=headers)
    try:
        with urllib.request.urlopen(request, timeout=endpoint.timeout) as response:
            raw = response.read()
    except urllib.error.HTTPError as exc:
        status = exc.code
        detail = _error_detail(exc)
        retryable = status >= 500 or status in (408, 425, 429)
        raise TransportError(
            f"Server menjawab {status}{detail}", retryable=retryable, status=status
        ) from None
    except TimeoutError:
        raise TransportError("Waktu tunggu habis (server tidak menjawab)", retryable=True) from None
    except urllib.error.URLError as exc:
        reason = exc.reason
        if isinstance(reason, TimeoutError | socket.timeout):
            raise TransportError("Waktu tunggu habis (server tidak menjawab)", retryable=True) from None
        if isinstance(reason, ConnectionRefusedError):
            raise TransportError("Server tidak dapat dihubungi: koneksi ditolak", retryable=True) from None
        if isinstance(reason, socket.gaierror):
            raise TransportError(
                f"Server tidak dapat dihubungi: nama '{request.host}' tidak dikenal", retryable=True
            ) from None
        if isinstance(reason, ssl.SSLCertVerificationError):
            raise TransportError(
                f"Sertifikat TLS server tidak sah: {reason.verify_message}", retryable=False
            ) from None
        raise TransportError(f"Server tidak dapat dihubungi: {reason}", retryable=True) from None
    except (http.client.HTTPException, ConnectionError, OSError) as exc:
        # RemoteDisconnected, IncompleteRead, connection reset: the answer was lost on the way
        raise TransportError(f"Koneksi terputus: {type(exc).__name__}", retryable=True) from None
    if not raw.strip():
        return None
    try:
        return json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise TransportError("Jawaban server bukan JSON", retryable=True) from None


def _error_detail(exc: urllib.error.HTTPError) -> str:
    try:
        raw = exc.read(2000)
    except (OSError, http.client.HTTPException):
        return ""
    try:
        data = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        text = raw.decode("utf-8", "replace").strip()
        return f": {text[:200]}" if text else ""
    if isinstance(data, dict):
        message = data.get("message") or data.get("error") or data.get("detail")
        if message:
            return f": {str(message)[:200]}"
    return ""

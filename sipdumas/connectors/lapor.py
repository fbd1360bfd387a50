"""The LAPOR! adapter's client: a configurable HTTP endpoint and field mapping, with no database.

SP4N-LAPOR! publishes no public API, so nothing here assumes one: the base URL, the path of each
operation, the names of the fields on each side and the words of the statuses are settings
(:class:`LaporSettings`), and ``docs/exchange.md`` states what an endpoint must do (JSON in and out, a
tracking ID for every report it takes, the ``Idempotency-Key`` honoured). The three stages:

1. :meth:`LaporClient.transmit`: send a registered letter, get its tracking ID back;
2. :meth:`LaporClient.incoming`: fetch the reports addressed to this office, after a cursor;
3. :meth:`LaporClient.send_status` and :meth:`LaporClient.status_changes`: status changes both ways.

Every call raises :class:`~sipdumas.connectors.http.TransportError`, which says whether a retry can help.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date
from typing import Any

from sipdumas.connectors.http import Endpoint, TransportError, request_json

#: Our field (as :func:`letter_fields` names them) -> the endpoint's field, for reports both ways.
DEFAULT_FIELD_MAP: dict[str, str] = {
    "subject": "judul",
    "text": "isi",
    "summary": "ringkasan",
    "category": "kategori",
    "received_at": "tanggal_diterima",
    "letter_date": "tanggal_surat",
    "letter_no": "nomor_surat",
    "agenda_no": "nomor_agenda",
    "channel": "kanal",
    "regency": "lokasi",
    "reported_party": "terlapor",
    "sender.name": "nama_pelapor",
    "sender.nik": "nik_pelapor",
    "sender.phone": "telepon_pelapor",
    "sender.email": "email_pelapor",
    "sender.address": "alamat_pelapor",
    "confidential": "rahasia",
}

#: Our status -> the word sent to LAPOR!.
DEFAULT_STATUS_OUT: dict[str, str] = {
    "received": "diterima",
    "under_review": "diproses",
    "forwarded": "diteruskan",
    "clarification": "diproses",
    "monitoring": "diproses",
    "answered": "ditindaklanjuti",
    "filed": "diarsipkan",
    "closed": "selesai",
}

#: A status word from LAPOR! -> our status (words not listed are recorded, not applied).
DEFAULT_STATUS_IN: dict[str, str] = {
    "diverifikasi": "under_review",
    "diproses": "under_review",
    "diteruskan": "forwarded",
    "ditindaklanjuti": "answered",
    "selesai": "closed",
    "diarsipkan": "filed",
    "bukan kewenangan": "filed",
}


@dataclass(frozen=True, slots=True)
class LaporSettings:
    """Where the LAPOR! endpoint is and how to talk to it. The access token is in the keyring."""

    base_url: str = ""
    enabled: bool = False
    office_id: str = ""
    timeout: float = 20.0
    transmit_path: str = "/reports"
    status_path: str = "/reports/{tracking_id}/status"
    incoming_path: str = "/reports/incoming"
    changes_path: str = "/status-changes"
    ping_path: str = "/ping"
    tracking_field: str = "tracking_id"
    items_field: str = "items"
    next_field: str = "next"
    field_map: dict[str, str] = field(default_factory=lambda: dict(DEFAULT_FIELD_MAP))
    status_out: dict[str, str] = field(default_factory=lambda: dict(DEFAULT_STATUS_OUT))
    status_in: dict[str, str] = field(default_factory=lambda: dict(DEFAULT_STATUS_IN))

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> LaporSettings:
        known = {k: v for k, v in data.items() if k in cls.__dataclass_fields__}
        return cls(**known)


def to_remote(fields: dict[str, Any], settings: LaporSettings) -> dict[str, Any]:
    """Our letter's fields (:func:`letter_fields`) under the endpoint's names; None values left out."""
    out: dict[str, Any] = {}
    for ours, theirs in settings.field_map.items():
        value = fields.get(ours)
        if value is None or theirs == "":
            continue
        out[theirs] = value.isoformat() if isinstance(value, date) else value
    if settings.office_id:
        out.setdefault("instansi_tujuan", settings.office_id)
    return out


def from_remote(report: dict[str, Any], settings: LaporSettings) -> dict[str, Any]:
    """A report of the endpoint as our fields (the inverse of :func:`to_remote`)."""
    return {ours: report.get(theirs) for ours, theirs in settings.field_map.items() if theirs in report}


class LaporClient:
    def __init__(self, settings: LaporSettings, token: str | None = None) -> None:
        if not settings.base_url:
            raise TransportError("Alamat LAPOR! belum diatur (Pengaturan > Saluran)", retryable=False)
        self.settings = settings
        self.endpoint = Endpoint(settings.base_url, token=token, timeout=settings.timeout)

    def ping(self) -> Any:
        return request_json(self.endpoint, "GET", self.settings.ping_path)

    def transmit(self, report: dict[str, Any], *, key: str) -> tuple[str, dict[str, Any]]:
        """Send one report; its tracking ID and the whole answer."""
        answer = request_json(
            self.endpoint, "POST", self.settings.transmit_path, body=report, idempotency_key=key
        )
        tracking = answer.get(self.settings.tracking_field) if isinstance(answer, dict) else None
        if not tracking:
            raise TransportError(
                f"Jawaban LAPOR! tidak memuat nomor pelacakan ('{self.settings.tracking_field}')",
                retryable=True,
            )
        return str(tracking), answer

    def send_status(self, tracking_id: str, body: dict[str, Any], *, key: str) -> Any:
        path = self.settings.status_path.format(tracking_id=tracking_id)
        return request_json(self.endpoint, "POST", path, body=body, idempotency_key=key)

    def incoming(self, since: int, limit: int = 100) -> tuple[list[dict[str, Any]], int]:
        """Reports addressed to this office after cursor ``since``, and the next cursor."""
        return self._page(self.settings.incoming_path, since, limit)

    def status_changes(self, since: int, limit: int = 100) -> tuple[list[dict[str, Any]], int]:
        return self._page(self.settings.changes_path, since, limit)

    def _page(self, path: str, since: int, limit: int) -> tuple[list[dict[str, Any]], int]:
        answer = request_json(self.endpoint, "GET", path, query={"since": since, "limit": limit})
        if not isinstance(answer, dict):
            raise TransportError("Jawaban LAPOR! bukan objek JSON", retryable=True)
        items = answer.get(self.settings.items_field) or []
        nxt = answer.get(self.settings.next_field)
        return [i for i in items if isinstance(i, dict)], int(nxt if nxt is not None else since + len(items))

"""What the archive desk refuses, each a :class:`~sipdumas.domain.errors.ServiceError` whose message
tells the archivist why, in Indonesian."""

from __future__ import annotations

from sipdumas.domain.errors import NotFound, ServiceError, ValidationFailed


class LoanRefused(ServiceError):
    """The desk cannot do what was asked; the message says why, in Indonesian."""


class UnknownCode(LoanRefused, NotFound):
    """No file carries the barcode that was scanned or typed."""


class FileAlreadyLent(LoanRefused):
    """The file is out (only one open loan per file)."""


class FileNotLent(LoanRefused):
    """The file is in its place: there is nothing to return, renew or queue for."""


class ApprovalRequired(LoanRefused):
    """A confidential file needs a supervisor's approval for this borrower first."""


class LoanSettingsInvalid(LoanRefused, ValidationFailed):
    """Lending settings that cannot be used; ``problems`` maps the setting (``default_days``,
    ``max_renewals``, ``reminder_after``, ``rules``; for a new rule ``days``, ``borrower_category``,
    ``classification_prefix``, ``rule``; for a reminder letter ``"1"``–``"3"`` or ``level``) to the
    reason in Indonesian."""

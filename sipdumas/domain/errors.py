"""Errors a service raises for the user to read: the message is plain Indonesian, ready for a dialog
or the CLI's stderr line."""

from __future__ import annotations


class ServiceError(Exception):
    """Base of every refusal a user should see."""


class PermissionDenied(ServiceError):
    pass


class NotFound(ServiceError):
    pass


class ConflictError(ServiceError):
    """Someone else saved the same record first (optimistic locking), or a unique value is taken."""


class AuthenticationFailed(ServiceError):
    pass


class SignInLocked(AuthenticationFailed):
    """Too many failed sign-ins in a row for this user name; ``wait_seconds`` until the next try."""

    def __init__(self, message: str, wait_seconds: float):
        super().__init__(message)
        self.wait_seconds = wait_seconds


class ValidationFailed(ServiceError):
    """Input that cannot be stored; ``problems`` maps a field name to what is wrong with it."""

    def __init__(self, problems: dict[str, str]):
        self.problems = dict(problems)
        super().__init__("; ".join(f"{field}: {msg}" for field, msg in self.problems.items()))

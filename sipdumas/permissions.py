"""Who may do what. Checked in the service layer, never only in widgets, so the CLI and the client obey
the same rules."""

from __future__ import annotations

import enum
from dataclasses import dataclass

from sipdumas.errors import PermissionDenied
from sipdumas.models import Role


class Permission(enum.StrEnum):
    VIEW_REGISTER = "view_register"
    REGISTER_LETTER = "register_letter"
    EDIT_LETTER = "edit_letter"
    CHANGE_STATUS = "change_status"
    IMPORT_REGISTER = "import_register"
    MANAGE_USERS = "manage_users"
    MANAGE_SETTINGS = "manage_settings"
    VIEW_AUDIT = "view_audit"


_ALL = frozenset(Permission)
ROLE_PERMISSIONS: dict[Role, frozenset[Permission]] = {
    Role.ADMIN: _ALL,
    Role.SUPERVISOR: _ALL - {Permission.MANAGE_USERS, Permission.MANAGE_SETTINGS},
    Role.ANALYST: frozenset(
        {
            Permission.VIEW_REGISTER,
            Permission.REGISTER_LETTER,
            Permission.EDIT_LETTER,
            Permission.CHANGE_STATUS,
            Permission.IMPORT_REGISTER,
        }
    ),
    Role.STAFF: frozenset({Permission.VIEW_REGISTER}),
    Role.ARCHIVIST: frozenset({Permission.VIEW_REGISTER}),
}

ROLE_LABELS: dict[Role, str] = {
    Role.ANALYST: "Analis",
    Role.ARCHIVIST: "Arsiparis",
    Role.STAFF: "Staf administrasi",
    Role.SUPERVISOR: "Supervisor",
    Role.ADMIN: "Administrator",
}

LOCAL_ADMIN = "admin-lokal"


@dataclass(frozen=True, slots=True)
class Actor:
    """The person a service acts for; every change is audited under ``username``."""

    username: str
    role: Role
    user_id: int | None = None
    full_name: str = ""

    @classmethod
    def local_admin(cls) -> Actor:
        """The built-in administrator of a database that has no accounts yet (CONTRACT.md)."""
        return cls(username=LOCAL_ADMIN, role=Role.ADMIN, full_name="Administrator lokal")

    def can(self, permission: Permission) -> bool:
        return permission in ROLE_PERMISSIONS[self.role]

    def require(self, permission: Permission) -> None:
        if not self.can(permission):
            raise PermissionDenied(
                f"Pengguna {self.username} ({ROLE_LABELS[self.role]}) tidak berwenang: {permission.value}"
            )

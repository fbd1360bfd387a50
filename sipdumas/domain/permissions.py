"""Who may do what. Checked in the service layer, never only in widgets, so the CLI and the client obey
the same rules."""

from __future__ import annotations

import enum
from dataclasses import dataclass

from sipdumas.domain.errors import PermissionDenied


class Role(enum.StrEnum):
    """What a user may do is decided by the role (:class:`Permission` below)."""

    ANALYST = "analyst"  # analis pengaduan: registers and reviews letters
    ARCHIVIST = "archivist"  # arsiparis: keeps and lends the physical files
    STAFF = "staff"  # staf administrasi: prints forwarding letters and registers
    SUPERVISOR = "supervisor"  # assigns letters (disposisi), watches deadlines
    ADMIN = "admin"  # manages users and settings



class Permission(enum.StrEnum):
    VIEW_REGISTER = "view_register"
    REGISTER_LETTER = "register_letter"
    EDIT_LETTER = "edit_letter"
    CHANGE_STATUS = "change_status"
    IMPORT_REGISTER = "import_register"
    MANAGE_USERS = "manage_users"
    MANAGE_SETTINGS = "manage_settings"
    VIEW_AUDIT = "view_audit"
    # review workflow and forwarding (issue 5)
    REVIEW_LETTER = "review_letter"  # write the telaah, move a letter through review
    DISPOSE_LETTER = "dispose_letter"  # disposisi: assign a letter to an analyst with instructions
    FORWARD_LETTER = "forward_letter"  # number and record a forwarding letter (surat penerusan)
    PRINT_LETTERS = "print_letters"  # print forwarding letters, disposition sheets and receipts
    CLOSE_LETTER = "close_letter"  # close a handled complaint
    MANAGE_AGENCIES = "manage_agencies"  # the managed list of agencies and their routing rules
    # the physical archive and lending (issue 6)
    LEND_FILES = "lend_files"  # lend, renew and take back files at the desk; queue requests
    MANAGE_ARCHIVE = "manage_archive"  # locations; move, merge and split files; print labels
    APPROVE_CONFIDENTIAL_LOAN = "approve_confidential_loan"  # consent to lend a confidential file


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


# Review workflow and forwarding (issue 5): supervisors and administrators get these through their
# "all but ..." sets above; analysts review and forward, staff print.
ROLE_PERMISSIONS[Role.ANALYST] = ROLE_PERMISSIONS[Role.ANALYST] | {
    Permission.REVIEW_LETTER, Permission.FORWARD_LETTER, Permission.PRINT_LETTERS,
}
ROLE_PERMISSIONS[Role.STAFF] = ROLE_PERMISSIONS[Role.STAFF] | {Permission.PRINT_LETTERS}

# The physical archive (issue 6): archivists keep and lend the files; supervisors (all permissions but
# users and settings) also approve confidential loans.
ROLE_PERMISSIONS[Role.ARCHIVIST] = ROLE_PERMISSIONS[Role.ARCHIVIST] | {
    Permission.LEND_FILES, Permission.MANAGE_ARCHIVE,
}

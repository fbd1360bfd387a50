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
    """One permission per kind of user action; :data:`ROLE_PERMISSIONS` says which role has which."""

    VIEW_REGISTER = "view_register"  # read the register, a letter and its history
    REGISTER_LETTER = "register_letter"  # register incoming letters (typed, scanned, ingested)
    EDIT_LETTER = "edit_letter"  # correct a letter's fields; decide on a duplicate flag
    IMPORT_REGISTER = "import_register"  # bring in a legacy register
    MANAGE_USERS = "manage_users"  # accounts: create, deactivate, reset passwords
    MANAGE_SETTINGS = "manage_settings"  # workflow, letter and lending settings, the office calendar
    VIEW_AUDIT = "view_audit"  # read the audit trail
    REVIEW_LETTER = "review_letter"  # write the telaah, move a letter through review
    DISPOSE_LETTER = "dispose_letter"  # disposisi: assign a letter to an analyst with instructions
    FORWARD_LETTER = "forward_letter"  # number and record a forwarding letter (surat penerusan)
    PRINT_LETTERS = "print_letters"  # print forwarding letters, disposition sheets and receipts
    CLOSE_LETTER = "close_letter"  # close a handled complaint
    MANAGE_AGENCIES = "manage_agencies"  # the managed list of agencies and their routing rules
    LEND_FILES = "lend_files"  # lend, renew and take back files at the desk; queue requests
    MANAGE_ARCHIVE = "manage_archive"  # locations; move, merge and split files; print labels
    APPROVE_CONFIDENTIAL_LOAN = "approve_confidential_loan"  # consent to lend a confidential file
    VIEW_IDENTITY = "view_identity"  # see and export complainants' identities (name, NIK, contacts)
    MANAGE_BACKUPS = "manage_backups"  # back up and restore the register; check and clean the store


_ALL = frozenset(Permission)
P = Permission
#: Who may do what. Supervisors may do everything but manage accounts and settings (they assign
#: letters, close complaints and approve confidential loans); analysts register, review and forward;
#: staff print; archivists keep and lend the physical files.
#:
#: Complainants' identities are confidential (Perpres 76/2013; UU 37/2008 art. 24), so seeing them is
#: a permission of its own, held by those who must contact or weigh the complainant: analysts (they
#: register and review the letter and reach the sender), supervisors (they decide on it) and
#: administrators. Staff (who print registers that may leave the office) and archivists (who need a
#: file's code and subject, not who wrote it) see "(dirahasiakan)" instead. Backups hold every identity
#: and replace the whole register, so they are the administrators' alone.
ROLE_PERMISSIONS: dict[Role, frozenset[Permission]] = {
    Role.ADMIN: _ALL,
    Role.SUPERVISOR: _ALL - {P.MANAGE_USERS, P.MANAGE_SETTINGS, P.MANAGE_BACKUPS},
    Role.ANALYST: frozenset(
        {
            P.VIEW_REGISTER,
            P.REGISTER_LETTER,
            P.EDIT_LETTER,
            P.IMPORT_REGISTER,
            P.REVIEW_LETTER,
            P.FORWARD_LETTER,
            P.PRINT_LETTERS,
            P.VIEW_IDENTITY,
        }
    ),
    Role.STAFF: frozenset({P.VIEW_REGISTER, P.PRINT_LETTERS}),
    Role.ARCHIVIST: frozenset({P.VIEW_REGISTER, P.LEND_FILES, P.MANAGE_ARCHIVE}),
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

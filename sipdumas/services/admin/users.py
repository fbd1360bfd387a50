"""Accounts and sign-in. Passwords are hashed with Argon2 (argon2-cffi); nothing else is stored.

Passwords follow :mod:`sipdumas.domain.passwords` (length, not one of the commonest, not the user's
name); repeated failed sign-ins make the user name wait, counted in the database. Every failed sign-in
is recorded in the audit trail in a transaction of its own, so the refusal does not roll it back.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import func, select

from sipdumas.db import audit
from sipdumas.db.engine import Database
from sipdumas.domain.errors import (
    AuthenticationFailed,
    ConflictError,
    NotFound,
    PermissionDenied,
    SignInLocked,
    ValidationFailed,
)
from sipdumas.domain.passwords import MIN_LENGTH, password_problem, wait_after, wait_text
from sipdumas.domain.permissions import Actor, Permission, Role
from sipdumas.models.admin import LoginThrottle, User

_hasher = PasswordHasher()
MIN_PASSWORD = MIN_LENGTH


@dataclass(frozen=True, slots=True)
class UserInfo:
    id: int
    username: str
    full_name: str
    role: Role
    active: bool
    nip: str | None = None
    position: str | None = None


@dataclass(frozen=True, slots=True)
class Signatory:
    """How a user is printed on the papers they sign: full name, NIP and position."""

    name: str
    nip: str | None
    position: str | None


def has_users(db: Database) -> bool:
    with db.session() as session:
        return session.execute(select(func.count(User.id))).scalar_one() > 0


def create_first_admin(db: Database, *, username: str, full_name: str, password: str) -> Actor:
    """The first account of a new installation; refused once any account exists."""
    _check_new_account(username, password, full_name)
    with db.transaction() as session:
        if session.execute(select(func.count(User.id))).scalar_one() > 0:
            raise PermissionDenied("Akun administrator pertama sudah ada; masuk dengan akun tersebut")
        user = User(
            username=username,
            full_name=full_name or username,
            password_hash=_hasher.hash(password),
            role=Role.ADMIN.value,
        )
        session.add(user)
        session.flush()
        actor = _actor(user)
        audit.record(session, actor, "create_first_admin", "user", user.id, username=username)
        return actor


def create_user(
    db: Database, actor: Actor, *, username: str, full_name: str, password: str, role: Role
) -> UserInfo:
    actor.require(Permission.MANAGE_USERS)
    _check_new_account(username, password, full_name)
    with db.transaction() as session:
        if session.scalar(select(User.id).where(User.username == username)) is not None:
            raise ConflictError(f"Nama pengguna '{username}' sudah dipakai")
        user = User(
            username=username,
            full_name=full_name or username,
            password_hash=_hasher.hash(password),
            role=Role(role).value,
        )
        session.add(user)
        session.flush()
        audit.record(session, actor, "create_user", "user", user.id, username=username, role=user.role)
        return _info(user)


def set_profile(
    db: Database,
    actor: Actor,
    *,
    username: str,
    full_name: str | None = None,
    nip: str | None = None,
    position: str | None = None,
) -> UserInfo:
    """Change how ``username`` is printed on papers (full name, NIP, position; ``None`` keeps a value,
    an empty text clears NIP or position). Users change their own; administrators anyone's."""
    if actor.username != username:
        actor.require(Permission.MANAGE_USERS)
    wrong = {}
    if nip is not None and nip.strip():
        nip = "".join(nip.split())
        if not (nip.isdigit() and len(nip) == 18):
            wrong["nip"] = "NIP harus 18 digit angka (kosongkan bila tidak ber-NIP)"
    if position is not None and len(position) > 200:
        wrong["position"] = "Jabatan paling panjang 200 karakter"
    if full_name is not None and not full_name.strip():
        wrong["full_name"] = "Nama lengkap tidak boleh kosong"
    if wrong:
        raise ValidationFailed(wrong)
    with db.transaction() as session:
        user = _user(session, username)
        if full_name is not None:
            user.full_name = " ".join(full_name.split())
        if nip is not None:
            user.nip = nip.strip() or None
        if position is not None:
            user.position = " ".join(position.split()) or None
        audit.record(
            session,
            actor,
            "user_profile",
            "user",
            user.id,
            full_name=user.full_name,
            nip=user.nip,
            position=user.position,
        )
        return _info(user)


def signatory(session, username: str, fallback: str | None = None) -> Signatory:
    """The printed name, NIP and position of ``username`` (the user name itself, or ``fallback``, for
    an account that does not exist, such as the built-in local administrator)."""
    user = session.scalar(select(User).where(User.username == username)) if username else None
    if user is None:
        local = Actor.local_admin()
        return Signatory(
            fallback or (local.full_name if username == local.username else username), None, None
        )
    return Signatory(user.full_name or username, user.nip, user.position)


def list_users(db: Database, actor: Actor) -> list[UserInfo]:
    actor.require(Permission.MANAGE_USERS)
    with db.session() as session:
        return [_info(u) for u in session.scalars(select(User).order_by(User.username))]


def set_active(db: Database, actor: Actor, *, username: str, active: bool) -> UserInfo:
    """Deactivate an account (it can no longer sign in; its name stays in the audit trail) or activate it
    again. Refused for one's own account and for the last active administrator, so the office is never
    locked out."""
    actor.require(Permission.MANAGE_USERS)
    with db.transaction() as session:
        user = _user(session, username)
        if not active:
            if user.username == actor.username:
                raise ValidationFailed({"username": "Akun yang sedang dipakai tidak dapat dinonaktifkan"})
            if user.role == Role.ADMIN.value and _active_admins(session) <= 1:
                raise ValidationFailed({"username": "Administrator aktif terakhir tidak dapat dinonaktifkan"})
        if user.active != active:
            user.active = active
            audit.record(
                session,
                actor,
                "activate_user" if active else "deactivate_user",
                "user",
                user.id,
                username=user.username,
            )
        return _info(user)


def reset_password(db: Database, actor: Actor, *, username: str, password: str) -> UserInfo:
    """Give an account a new password (a user who forgot theirs); the old one stops working at once."""
    actor.require(Permission.MANAGE_USERS)
    with db.session() as session:
        full_name = session.scalar(select(User.full_name).where(User.username == username)) or ""
    _check_new_account(username, password, full_name)
    with db.transaction() as session:
        user = _user(session, username)
        user.password_hash = _hasher.hash(password)
        audit.record(session, actor, "reset_password", "user", user.id, username=user.username)
        return _info(user)


def authenticate(db: Database, *, username: str, password: str, now: datetime | None = None) -> Actor:
    """The actor for ``username`` if ``password`` is right; the same message for an unknown user and a
    wrong password, so names cannot be probed. After repeated failures the name must wait
    (:class:`SignInLocked`, telling how long); while it waits even the right password is refused."""
    now = now or datetime.now(UTC)
    refused = AuthenticationFailed("Nama pengguna atau kata sandi salah")
    with db.session() as session:
        user = session.scalar(select(User).where(User.username == username))
        throttle = session.get(LoginThrottle, username)
    if throttle is not None and throttle.locked_until is not None and _utc(throttle.locked_until) > now:
        wait = (_utc(throttle.locked_until) - now).total_seconds()
        with db.transaction() as session:
            audit.record(
                session,
                _who(username, user),
                "login_locked",
                "user",
                user.id if user else None,
                username=username,
            )
        raise SignInLocked(_locked_message(wait), wait)
    if user is None or not user.active:
        _hasher.hash(password)  # spend the same time as a real check
        ok = False
    else:
        try:
            ok = _hasher.verify(user.password_hash, password)
        except (VerificationError, InvalidHashError):
            ok = False
    if not ok:
        with db.transaction() as session:
            failures = _count_failure(session, username, now)
            wait = wait_after(failures)
            if wait:
                session.get(LoginThrottle, username).locked_until = now + timedelta(seconds=wait)
            audit.record(
                session,
                _who(username, user),
                "login_failed",
                "user",
                user.id if user else None,
                username=username,
                failures=failures,
            )
        if wait:
            raise SignInLocked(f"{refused} {_locked_message(wait)}", wait)
        raise refused
    with db.transaction() as session:
        user = session.get(User, user.id)
        if _hasher.check_needs_rehash(user.password_hash):
            user.password_hash = _hasher.hash(password)
        row = session.get(LoginThrottle, username)
        if row is not None:
            row.failures, row.locked_until = 0, None
        actor = _actor(user)
        audit.record(session, actor, "login", "user", user.id)
        return actor


def _count_failure(session, username: str, now: datetime) -> int:
    """Add one failed sign-in for ``username`` (atomically, also between workstations); the new count."""
    if session.get_bind().dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert
    else:
        from sqlalchemy.dialects.sqlite import insert
    stmt = insert(LoginThrottle).values(username=username, failures=1, last_failure_at=now)
    stmt = stmt.on_conflict_do_update(
        index_elements=[LoginThrottle.username],
        set_={"failures": LoginThrottle.failures + 1, "last_failure_at": now},
    ).returning(LoginThrottle.failures)
    return session.execute(stmt).scalar_one()


def _locked_message(wait: float) -> str:
    return f"Terlalu banyak percobaan masuk yang gagal; coba lagi dalam {wait_text(wait)}."


def _utc(at: datetime) -> datetime:
    return at.replace(tzinfo=UTC) if at.tzinfo is None else at


def _who(username: str, user: User | None) -> Actor:
    """Who a sign-in attempt is recorded under: the name typed (the role does not matter here)."""
    return Actor(username=username[:64], role=Role(user.role) if user else Role.STAFF)


def _check_new_account(username: str, password: str, full_name: str = "") -> None:
    problems = {}
    if not username or not username.strip() or len(username) > 64 or any(c.isspace() for c in username):
        problems["username"] = "Nama pengguna wajib diisi, tanpa spasi, paling panjang 64 karakter"
    problem = password_problem(password, username=username or "", full_name=full_name or "")
    if problem:
        problems["password"] = problem
    if problems:
        raise ValidationFailed(problems)


def _user(session, username: str) -> User:
    user = session.scalar(select(User).where(User.username == username))
    if user is None:
        raise NotFound(f"Akun '{username}' tidak ditemukan")
    return user


def _active_admins(session) -> int:
    return session.scalar(
        select(func.count(User.id)).where(User.role == Role.ADMIN.value, User.active.is_(True))
    )


def _actor(user: User) -> Actor:
    return Actor(username=user.username, role=Role(user.role), user_id=user.id, full_name=user.full_name)


def _info(user: User) -> UserInfo:
    return UserInfo(
        id=user.id,
        username=user.username,
        full_name=user.full_name,
        role=Role(user.role),
        active=user.active,
        nip=user.nip,
        position=user.position,
    )

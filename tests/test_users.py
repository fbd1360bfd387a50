from __future__ import annotations

import pytest
from sqlalchemy import select

from sipdumas.domain.errors import (
    AuthenticationFailed,
    ConflictError,
    NotFound,
    PermissionDenied,
    ValidationFailed,
)
from sipdumas.domain.permissions import Actor, Role
from sipdumas.models.admin import User
from sipdumas.services.admin import users


def test_first_admin_then_login_and_passwords_only_as_argon2_hashes(db):
    assert users.has_users(db) is False
    users.create_first_admin(db, username="sri", full_name="Sri Wahyuni", password="rahasia-123")
    assert users.has_users(db) is True
    with pytest.raises(PermissionDenied):
        users.create_first_admin(db, username="lain", full_name="", password="rahasia-456")
    actor = users.authenticate(db, username="sri", password="rahasia-123")
    assert actor.role is Role.ADMIN and actor.full_name == "Sri Wahyuni"
    with db.session() as s:
        stored = s.scalar(select(User.password_hash).where(User.username == "sri"))
    assert stored.startswith("$argon2") and "rahasia-123" not in stored


def test_wrong_password_and_unknown_user_get_the_same_answer(db):
    users.create_first_admin(db, username="sri", full_name="", password="rahasia-123")
    with pytest.raises(AuthenticationFailed) as wrong:
        users.authenticate(db, username="sri", password="salah-sekali")
    with pytest.raises(AuthenticationFailed) as unknown:
        users.authenticate(db, username="tidak-ada", password="rahasia-123")
    assert str(wrong.value) == str(unknown.value)


def test_only_admins_manage_accounts(db):
    admin = users.create_first_admin(db, username="sri", full_name="", password="rahasia-123")
    users.create_user(db, admin, username="andi", full_name="Andi", password="analis-123", role=Role.ANALYST)
    with pytest.raises(ConflictError):
        users.create_user(db, admin, username="andi", full_name="", password="analis-123", role=Role.ANALYST)
    with pytest.raises(ValidationFailed):
        users.create_user(db, admin, username="b c", full_name="", password="pendek", role=Role.STAFF)
    analyst = users.authenticate(db, username="andi", password="analis-123")
    with pytest.raises(PermissionDenied):
        users.create_user(db, analyst, username="x", full_name="", password="analis-123", role=Role.ADMIN)
    assert [u.username for u in users.list_users(db, Actor.local_admin())] == ["andi", "sri"]


def test_admin_deactivates_and_reactivates_an_account_but_never_locks_the_office_out(db):
    admin = users.create_first_admin(db, username="sri", full_name="", password="rahasia-123")
    users.create_user(db, admin, username="andi", full_name="Andi", password="analis-123", role=Role.ANALYST)
    assert users.set_active(db, admin, username="andi", active=False).active is False
    with pytest.raises(AuthenticationFailed):
        users.authenticate(db, username="andi", password="analis-123")
    users.set_active(db, admin, username="andi", active=True)
    assert users.authenticate(db, username="andi", password="analis-123").username == "andi"
    with pytest.raises(ValidationFailed, match="sedang dipakai"):
        users.set_active(db, admin, username="sri", active=False)
    other = Actor(username="admin-lain", role=Role.ADMIN)
    with pytest.raises(ValidationFailed, match="terakhir"):
        users.set_active(db, other, username="sri", active=False)
    with pytest.raises(NotFound):
        users.set_active(db, admin, username="tidak-ada", active=False)
    analyst = users.authenticate(db, username="andi", password="analis-123")
    with pytest.raises(PermissionDenied):
        users.set_active(db, analyst, username="sri", active=False)


def test_admin_resets_a_forgotten_password(db):
    admin = users.create_first_admin(db, username="sri", full_name="", password="rahasia-123")
    users.create_user(db, admin, username="andi", full_name="Andi", password="analis-123", role=Role.ANALYST)
    users.reset_password(db, admin, username="andi", password="baru-sekali-1")
    with pytest.raises(AuthenticationFailed):
        users.authenticate(db, username="andi", password="analis-123")
    assert users.authenticate(db, username="andi", password="baru-sekali-1").username == "andi"
    with pytest.raises(ValidationFailed):
        users.reset_password(db, admin, username="andi", password="pendek")
    analyst = Actor(username="andi", role=Role.ANALYST)
    with pytest.raises(PermissionDenied):
        users.reset_password(db, analyst, username="sri", password="diambil-alih")

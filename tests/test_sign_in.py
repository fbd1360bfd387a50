"""Signing in: every failure is in the audit trail, repeated failures make the name wait (across
workstations), passwords that are common or contain the name are refused, and the command line tells a
refused sign-in (exit 3) from bad usage (exit 2)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select
from test_cli import run

from sipdumas.db.engine import Database
from sipdumas.domain.errors import AuthenticationFailed, SignInLocked, ValidationFailed
from sipdumas.domain.passwords import password_problem, wait_after, wait_text
from sipdumas.domain.permissions import Role
from sipdumas.models.admin import AuditEvent
from sipdumas.services.admin import users

T0 = datetime(2026, 6, 1, 9, 0, tzinfo=UTC)


def actions(db) -> list[tuple[str, str]]:
    with db.session() as s:
        return [(e.action, e.username) for e in s.scalars(select(AuditEvent).order_by(AuditEvent.seq))]


def test_failed_sign_ins_are_recorded_although_refused(db):
    users.create_first_admin(db, username="sri", full_name="", password="rahasia-123")
    for name in ("sri", "tidak-ada"):
        with pytest.raises(AuthenticationFailed):
            users.authenticate(db, username=name, password="salah-sekali", now=T0)
    assert actions(db)[-2:] == [("login_failed", "sri"), ("login_failed", "tidak-ada")]


def test_repeated_failures_make_the_name_wait_even_with_the_right_password(db):
    users.create_first_admin(db, username="sri", full_name="", password="rahasia-123")
    for i in range(4):
        with pytest.raises(AuthenticationFailed) as refused:
            users.authenticate(db, username="sri", password=f"salah-{i}-sekali", now=T0)
        assert not isinstance(refused.value, SignInLocked)
    with pytest.raises(SignInLocked, match="coba lagi dalam 30 detik") as locked:
        users.authenticate(db, username="sri", password="salah-5-sekali", now=T0)
    assert locked.value.wait_seconds == 30
    # another workstation (another connection) sees the same wait
    other = Database(db.location)
    try:
        with pytest.raises(SignInLocked, match="coba lagi dalam 20 detik"):
            users.authenticate(other, username="sri", password="rahasia-123", now=T0 + timedelta(seconds=10))
    finally:
        other.dispose()
    with pytest.raises(SignInLocked, match="1 menit"):  # the wait doubles
        users.authenticate(db, username="sri", password="salah-6", now=T0 + timedelta(seconds=31))
    later = T0 + timedelta(seconds=31 + 61)
    assert users.authenticate(db, username="sri", password="rahasia-123", now=later).username == "sri"
    with pytest.raises(AuthenticationFailed) as fresh_start:  # a success starts the count again
        users.authenticate(db, username="sri", password="salah-lagi", now=later)
    assert not isinstance(fresh_start.value, SignInLocked)
    assert ("login_locked", "sri") in actions(db)


def test_unknown_names_wait_like_real_ones():
    assert [wait_after(n) for n in (1, 4, 5, 6, 7, 30)] == [0, 0, 30, 60, 120, 900]
    assert wait_text(30) == "30 detik" and wait_text(61) == "2 menit" and wait_text(0.2) == "1 detik"


@pytest.mark.parametrize(
    "password, username, reason",
    [
        ("pendek", "andi", "paling sedikit 8"),
        ("12345678", "andi", "paling umum"),
        ("Password123", "andi", "paling umum"),
        ("bismillah", "andi", "paling umum"),
        ("andi.saputra-2026", "andi.saputra", "nama pengguna"),
        ("aaaaaaaa11", "andi", "seragam"),
    ],
)
def test_the_password_policy_refuses_weak_passwords(password, username, reason):
    assert reason in (password_problem(password, username=username) or "")


def test_accounts_cannot_be_given_a_common_password(db):
    admin = users.create_first_admin(db, username="sri", full_name="Sri Wahyuni", password="rahasia-123")
    with pytest.raises(ValidationFailed, match="paling umum"):
        users.create_user(db, admin, username="andi", full_name="", password="password1", role=Role.ANALYST)
    with pytest.raises(ValidationFailed, match="nama"):
        users.reset_password(db, admin, username="sri", password="wahyuni-2026")
    assert password_problem("sandi-analis-1", username="andi") is None


def test_the_command_line_tells_a_refused_sign_in_from_bad_usage(db):
    users.create_first_admin(db, username="sri", full_name="", password="rahasia-123")
    wrong = run(
        ["--user", "sri", "list"],
        db_url=db.url,
        data_dir=db.data_dir,
        env={"SIPDUMAS_PASSWORD": "salah-sekali"},
        check=False,
    )
    assert wrong.returncode == 3 and "kata sandi salah" in wrong.stderr
    no_user = run(["list"], db_url=db.url, data_dir=db.data_dir, check=False)
    assert no_user.returncode == 2 and "--user" in no_user.stderr

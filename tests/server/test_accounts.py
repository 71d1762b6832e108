"""Accounts and sessions (ASVS 5.0 L2, V6/V7) on the real PostgreSQL, through the app role."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from datetime import datetime, timedelta

import pytest
from sqlalchemy import select

from unghost.errors import AuthenticationError, ConflictError, ForbiddenError, InvalidInputError
from unghost.server import accounts, audit, login, resets, sessions, tokens
from unghost.server.policy import auth_value
from unghost.store.people import AuditRow, SessionRow, UserRow

pytestmark = pytest.mark.postgres
NOW = datetime(2026, 11, 25, 9, 0)
PASSWORD = "correct horse battery staple"
Tx = Callable[[], AbstractContextManager]


@pytest.fixture(scope="module")
def tx(migrated) -> Iterator[Tx]:
    from unghost.store.engine import open_engine
    from unghost.store.tenancy import open_session

    engine = open_engine(migrated.app_url, migrate=False)

    @contextmanager
    def transaction():
        session = open_session(engine, expire_on_commit=False)
        with session.begin():
            yield session
        session.close()

    yield transaction
    engine.dispose()


@pytest.fixture(scope="module")
def institution(tx) -> int:
    with tx() as s:
        return accounts.add_institution(s, "Career Centre", now=NOW).id


def _user(tx, institution, role="student", *, password=PASSWORD) -> UserRow:
    with tx() as s:
        return accounts.add_user(s, email=f"{role}-{uuid.uuid4().hex[:8]}@Example.edu",
                                 role=role, institution_id=institution, now=NOW,
                                 password=password)  # fmt: skip


def test_passwords_are_argon2id_and_the_email_is_one_account(tx, institution):
    user = _user(tx, institution)
    assert user.password_hash.startswith("$argon2id$v=19$m=65536,t=3,p=4$")
    assert user.email == user.email.lower()
    with tx() as s, pytest.raises(ConflictError):
        accounts.add_user(s, email=user.email.upper(), role="student",
                          institution_id=institution, now=NOW)  # fmt: skip
    with tx() as s, pytest.raises(InvalidInputError, match="shorter than 12"):
        accounts.add_user(s, email="x@example.edu", role="student", institution_id=institution,
                          now=NOW, password="short")  # fmt: skip


def test_signing_in_gives_a_new_long_random_id_each_time(tx, institution):
    user = _user(tx, institution)
    with tx() as s:
        first = login.sign_in(s, user.email, PASSWORD, now=NOW, address="10.0.0.1")
    with tx() as s:
        second = login.sign_in(s, user.email, PASSWORD, now=NOW, replacing=first.token)
    assert first.user is not None and second.user is not None
    assert len(first.token) >= 43 and first.token != second.token  # 32 bytes, base64url
    with tx() as s:
        assert sessions.resolve_session(s, first.token, now=NOW) is None  # replaced at login
        assert sessions.resolve_session(s, second.token, now=NOW).id == user.id
        stored = s.scalars(select(SessionRow.id_hash).where(SessionRow.user_id == user.id)).all()
    assert stored == [sessions.digest(second.token)]  # the id itself is never stored


def test_idle_and_absolute_timeouts_end_a_session(tx, institution):
    user = _user(tx, institution)
    idle = timedelta(seconds=auth_value("session", "idle_timeout_s"))
    absolute = timedelta(seconds=auth_value("session", "absolute_timeout_s"))
    with tx() as s:
        token = sessions.start_session(s, user, now=NOW)
    with tx() as s:
        assert sessions.resolve_session(s, token, now=NOW + idle - timedelta(minutes=5))
    with tx() as s:  # the visit above reset the idle clock
        assert sessions.resolve_session(s, token, now=NOW + idle + timedelta(minutes=1))
    with tx() as s:
        assert sessions.resolve_session(s, token, now=NOW + 3 * idle) is None
        assert s.get(SessionRow, sessions.digest(token)) is None  # deleted, not just refused
    with tx() as s:
        token = sessions.start_session(s, user, now=NOW)
    step = NOW
    while step < NOW + absolute - timedelta(minutes=30):  # busy all day: idle never fires
        step += timedelta(minutes=30)
        with tx() as s:
            assert sessions.resolve_session(s, token, now=step) is not None
    with tx() as s:
        assert sessions.resolve_session(s, token, now=NOW + absolute + timedelta(minutes=1)) is None


def test_a_read_only_look_asks_for_a_write_only_to_touch_or_end_a_session(tx, institution):
    """The server's gate reads the session in a read-only transaction; it comes back for a
    write transaction only when the idle clock must move or the session must end."""
    user = _user(tx, institution)
    touch = timedelta(seconds=auth_value("session", "touch_every_s"))
    idle = timedelta(seconds=auth_value("session", "idle_timeout_s"))
    with tx() as s:
        token = sessions.start_session(s, user, now=NOW)
    with tx() as s:
        found = sessions.signed_in(s, token, now=NOW + touch / 2, read_only=True)
        assert isinstance(found, tuple) and found[0].id == user.id
        for later in (NOW + touch * 2, NOW + idle * 3):
            assert sessions.signed_in(s, token, now=later, read_only=True) == sessions.NEEDS_WRITE
        assert s.get(SessionRow, sessions.digest(token)).seen_at == NOW  # nothing written
        assert sessions.signed_in(s, "unknown", now=NOW, read_only=True) is None


def test_logout_and_password_change_end_sessions(tx, institution):
    user = _user(tx, institution)
    with tx() as s:
        laptop = sessions.start_session(s, user, now=NOW)
        phone = sessions.start_session(s, user, now=NOW)
    with tx() as s:
        assert sessions.end_session(s, laptop)
    with tx() as s:
        assert sessions.resolve_session(s, laptop, now=NOW) is None
        assert sessions.resolve_session(s, phone, now=NOW) is not None
        accounts.set_password(s, s.get(UserRow, user.id), "a brand new passphrase", now=NOW)
    with tx() as s:
        assert sessions.resolve_session(s, phone, now=NOW) is None
    with tx() as s:
        assert login.sign_in(s, user.email, PASSWORD, now=NOW).user is None
    with tx() as s:
        assert login.sign_in(s, user.email, "a brand new passphrase", now=NOW).user is not None


def test_users_list_and_end_their_own_sessions_only(tx, institution):
    ann, bo = _user(tx, institution), _user(tx, institution)
    with tx() as s:
        here = sessions.start_session(s, ann, now=NOW, user_agent="Firefox")
        there = sessions.start_session(s, ann, now=NOW, user_agent="Phone")
        bos = sessions.start_session(s, bo, now=NOW)
    with tx() as s:
        listed = sessions.list_sessions(s, ann.id, now=NOW, current=here)
    assert sorted(i.user_agent for i in listed) == ["Firefox", "Phone"]
    assert [i.current for i in listed if i.user_agent == "Firefox"] == [True]
    other = next(i for i in listed if not i.current)
    bos_handle = sessions.digest(bos)[: sessions.HANDLE_CHARS]
    with tx() as s:
        assert not sessions.end_session_by_handle(s, ann.id, bos_handle)  # not hers
        assert sessions.end_session_by_handle(s, ann.id, other.handle)
    with tx() as s:
        assert sessions.resolve_session(s, there, now=NOW) is None
        assert sessions.resolve_session(s, here, now=NOW) is not None
        assert sessions.resolve_session(s, bos, now=NOW) is not None
        assert sessions.end_sessions(s, ann.id, keep=here) == 0  # "sign out everywhere else"


def test_ten_failures_lock_the_account_for_a_while_with_one_message(tx, institution):
    user = _user(tx, institution)
    limit = auth_value("lockout", "max_failures")
    for _ in range(limit):
        with tx() as s:
            refused = login.sign_in(s, user.email, "wrong guess number x", now=NOW)
        assert refused.user is None and refused.refusal == login.REFUSED
    with tx() as s:  # the right password is refused too while locked, with the same words
        locked = login.sign_in(s, user.email, PASSWORD, now=NOW + timedelta(minutes=1))
    assert locked.user is None and locked.refusal == login.REFUSED
    with tx() as s:
        unknown = login.sign_in(s, "nobody@example.edu", PASSWORD, now=NOW)
    assert unknown.refusal == locked.refusal  # nothing tells who has an account
    later = NOW + timedelta(seconds=auth_value("lockout", "lock_s") + 1)
    with tx() as s:
        assert login.sign_in(s, user.email, PASSWORD, now=later).user is not None


def test_one_address_failing_on_many_accounts_is_throttled(tx, institution):
    address = f"203.0.113.{uuid.uuid4().int % 250}"
    for n in range(auth_value("lockout", "address_failures")):
        with tx() as s:
            assert login.sign_in(s, f"guess{n}@example.edu", "x" * 12, now=NOW,
                                 address=address).refusal == login.REFUSED  # fmt: skip
    user = _user(tx, institution)
    with tx() as s:
        throttled = login.sign_in(s, user.email, PASSWORD, now=NOW, address=address)
    assert throttled.user is None and throttled.refusal == login.THROTTLED
    with tx() as s:  # another address is not held back
        assert login.sign_in(s, user.email, PASSWORD, now=NOW, address="198.51.100.7").user
    window = timedelta(seconds=auth_value("lockout", "address_window_s") + 1)
    with tx() as s:
        assert login.sign_in(s, user.email, PASSWORD, now=NOW + window, address=address).user


def test_a_disabled_user_cannot_sign_in_and_is_signed_out(tx, institution):
    user = _user(tx, institution)
    with tx() as s:
        token = sessions.start_session(s, user, now=NOW)
        _, secret = tokens.create_token(s, user, "script", now=NOW)
    with tx() as s:
        accounts.set_disabled(s, s.get(UserRow, user.id), disabled=True, actor_id=None, now=NOW)
    with tx() as s:
        assert sessions.resolve_session(s, token, now=NOW) is None
        assert tokens.resolve_token(s, secret, now=NOW) is None
        assert login.sign_in(s, user.email, PASSWORD, now=NOW).user is None


def test_api_tokens_are_hashed_at_rest_and_revocable(tx, institution):
    ann, bo = _user(tx, institution), _user(tx, institution)
    with tx() as s:
        row, secret = tokens.create_token(s, ann, "my script", now=NOW)
        token_id = row.id
    assert secret.startswith("ugt_") and len(secret) > 40
    with tx() as s:
        stored = tokens.list_tokens(s, ann.id)[0]
        assert stored.token_hash == sessions.digest(secret) and secret not in stored.token_hash
        assert tokens.resolve_token(s, secret, now=NOW).id == ann.id
        assert tokens.resolve_token(s, secret + "x", now=NOW) is None
    with tx() as s, pytest.raises(Exception, match="no API token"):
        tokens.revoke_token(s, bo.id, token_id, now=NOW)  # not Bo's to revoke
    with tx() as s:
        tokens.revoke_token(s, ann.id, token_id, now=NOW)
    with tx() as s:
        assert tokens.resolve_token(s, secret, now=NOW) is None


def test_a_reset_token_works_once_and_expires(tx, institution):
    user = _user(tx, institution)
    with tx() as s:
        old_session = sessions.start_session(s, user, now=NOW)
        _, token = resets.request_reset(s, user.email.upper(), now=NOW)
        assert resets.request_reset(s, "nobody@example.edu", now=NOW) is None
    with tx() as s:
        resets.complete_reset(s, token, "the new long passphrase", now=NOW)
    with tx() as s, pytest.raises(AuthenticationError, match="used already"):
        resets.complete_reset(s, token, "yet another passphrase", now=NOW)
    with tx() as s:
        assert sessions.resolve_session(s, old_session, now=NOW) is None
        assert login.sign_in(s, user.email, "the new long passphrase", now=NOW).user
        _, late = resets.request_reset(s, user.email, now=NOW)
    expiry = timedelta(seconds=auth_value("reset", "lifetime_s") + 1)
    with tx() as s, pytest.raises(AuthenticationError):
        resets.complete_reset(s, late, "too late passphrase", now=NOW + expiry)


def test_the_reset_mail_goes_over_smtp_in_the_users_language(tx, institution):
    from email import message_from_bytes, policy

    from tests.outboxfixtures.smtpserver import smtp_server
    from unghost.mail.accounts import parse_smtp_url

    with tx() as s:
        user = accounts.add_user(s, email=f"li-{uuid.uuid4().hex[:6]}@example.edu",
                                 role="student", institution_id=institution, now=NOW,
                                 lang="zh")  # fmt: skip
        _, token = resets.request_reset(s, user.email, now=NOW)
    msg = resets.reset_message(user, token, base_url="https://careers.example.edu/",
                               sender="unghost <noreply@careers.example.edu>", now=NOW)  # fmt: skip
    with smtp_server() as server:
        resets.send_reset(msg, parse_smtp_url(f"smtp+plain://127.0.0.1:{server.port}"))
    (got,) = server.received
    assert got.rcpt_tos == [user.email]
    back = message_from_bytes(got.data, policy=policy.default)
    assert back["Subject"] == "重置您的 unghost 密码"
    body = back.get_content()
    assert f"https://careers.example.edu/reset?token={token}" in body and "60 分钟" in body
    with tx() as s:
        resets.complete_reset(s, token, "一个足够长的全新密码口令短语", now=NOW)


def test_counsellors_read_only_their_caseload_and_every_read_is_audited(tx, institution):
    admin = _user(tx, institution, "admin")
    counsellor = _user(tx, institution, "counsellor")
    mine, theirs = _user(tx, institution), _user(tx, institution)
    with tx() as s:
        assert accounts.assign(s, counsellor, mine, actor_id=admin.id, now=NOW)
        assert not accounts.assign(s, counsellor, mine, actor_id=admin.id, now=NOW)
        with pytest.raises(InvalidInputError):
            accounts.assign(s, mine, theirs, actor_id=admin.id, now=NOW)
    with tx() as s:
        audit.check_read(s, counsellor, mine.id, what="pipeline", now=NOW)
        audit.check_read(s, mine, mine.id, what="pipeline", now=NOW)  # one's own: no entry
        audit.check_read(s, admin, theirs.id, what="pipeline", now=NOW)
    with tx() as s, pytest.raises(ForbiddenError):
        audit.check_read(s, counsellor, theirs.id, what="pipeline", now=NOW)
    with tx() as s, pytest.raises(ForbiddenError):
        audit.check_read(s, mine, theirs.id, what="pipeline", now=NOW)
    with tx() as s:
        reads = [(e.actor_id, e.subject_id) for e in audit.list_audit(s)
                 if e.action == "read"]  # fmt: skip
        assert (counsellor.id, mine.id) in reads and (admin.id, theirs.id) in reads
        assert (mine.id, mine.id) not in reads
        assert {u.id for u in audit.readers_of(s, mine.id)} >= {counsellor.id, admin.id}
        assert counsellor.id not in {u.id for u in audit.readers_of(s, theirs.id)}
        assert [u.id for u in accounts.caseload(s, counsellor.id)] == [mine.id]
        assert s.scalar(select(AuditRow).where(AuditRow.action == "assignment.add"))

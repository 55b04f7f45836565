"""The roster: people, roles, secrets (scrypt hashes only) and API tokens, kept as ledger events.

Authority starts at `miji init`, which appoints the one security officer (保密管理员). Every later
change to the roster is an event written by the authenticated officer (or, for a person's own
secret, by that person), and only authentic events (written with the workspace key) count: a row
inserted by hand creates nobody, and a person cannot make themselves an approver.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass, replace

from marker.domain.policy import Policy
from marker.errors import AuthError, RefusedError, UsageError
from marker.ledger.store import Event, Ledger

_SCRYPT = {"n": 2**14, "r": 8, "p": 1}
MIN_SECRET = 6
TOKEN_PREFIX = "mjt_"
_ROSTER_KINDS = ("officer_appointed", "person_added", "person_secret_set", "person_role_changed", "person_removed",
                 "token_issued", "token_revoked")


@dataclass(frozen=True, slots=True)
class Person:
    name: str
    role: str
    dept: str
    salt: str
    secret_hash: str
    n: int
    r: int
    p: int
    officer: bool = False


@dataclass(frozen=True, slots=True)
class Token:
    id: str
    name: str
    digest: str
    revoked: bool


def _hash(secret: str, salt: bytes, n: int, r: int, p: int) -> str:
    return hashlib.scrypt(secret.encode("utf-8"), salt=salt, n=n, r=r, p=p, dklen=32).hex()


def _secret_fields(secret: str) -> dict[str, object]:
    if len(secret) < MIN_SECRET:
        raise UsageError(f"口令至少 {MIN_SECRET} 个字符 (secret must have at least {MIN_SECRET} characters)")
    salt = secrets.token_bytes(16)
    return {"kdf": "scrypt", "salt": salt.hex(), "hash": _hash(secret, salt, **_SCRYPT), **_SCRYPT}


def _person(name: str, role: str, dept: str, fields: dict[str, object], *, officer: bool = False) -> Person:
    return Person(name, role, dept, str(fields["salt"]), str(fields["hash"]), int(fields.get("n", 2**14)),
                  int(fields.get("r", 8)), int(fields.get("p", 1)), officer)


@dataclass
class _Roster:
    people: dict[str, Person]
    tokens: dict[str, Token]
    officer: str | None


def _fold(ledger: Ledger) -> _Roster:
    """Replay the authentic roster events; each change counts only if its author had the authority."""
    state = _Roster({}, {}, None)
    kinds = ", ".join(f"'{k}'" for k in _ROSTER_KINDS)
    for event in ledger.events(f"kind IN ({kinds})"):
        if ledger.authentic(event):
            _apply(state, event)
    return state


def _apply(state: _Roster, event: Event) -> None:
    p, actor = event.payload, event.actor
    name = str(p.get("name", ""))
    by_officer = state.officer is not None and actor == state.officer
    if event.kind == "officer_appointed":
        if state.officer is None:
            state.officer = name
            state.people[name] = _person(name, str(p.get("role", "")), str(p.get("dept", "")), p, officer=True)
    elif event.kind == "person_added":
        # Rosters from before `miji init` existed (no officer) are read as they were written.
        if (by_officer or state.officer is None) and name not in state.people:
            state.people[name] = _person(name, str(p.get("role", "")), str(p.get("dept", "")), p)
    elif event.kind == "person_secret_set":
        person = state.people.get(name)
        if person is not None and (by_officer or actor == name):
            state.people[name] = replace(person, salt=str(p["salt"]), secret_hash=str(p["hash"]),
                                         n=int(p.get("n", 2**14)), r=int(p.get("r", 8)), p=int(p.get("p", 1)))
    elif event.kind == "person_role_changed":
        person = state.people.get(name)
        if person is not None and by_officer and not person.officer:
            state.people[name] = replace(person, role=str(p.get("role", person.role)))
    elif event.kind == "person_removed":
        if by_officer and name in state.people and not state.people[name].officer:
            del state.people[name]
    elif event.kind == "token_issued":
        if by_officer and name in state.people:
            state.tokens[str(p["id"])] = Token(str(p["id"]), name, str(p["digest"]), False)
    elif event.kind == "token_revoked":
        token = state.tokens.get(str(p.get("id", "")))
        if token is not None and by_officer:
            state.tokens[token.id] = replace(token, revoked=True)


def roster(ledger: Ledger) -> dict[str, Person]:
    """The current roster: name → person."""
    return _fold(ledger).people


def officer(ledger: Ledger) -> str | None:
    """The security officer's name, or None before `miji init`: the first authentic appointment
    (the fold never replaces an officer), read without replaying the whole roster, which every
    registration asks (`require_initialised`)."""
    for event in ledger.events("kind = 'officer_appointed'"):
        if ledger.authentic(event):
            return str(event.payload.get("name", ""))
    return None


def tokens(ledger: Ledger) -> list[Token]:
    return list(_fold(ledger).tokens.values())


def appoint_officer(ledger: Ledger, policy: Policy, *, name: str, secret: str, dept: str = "") -> Person:
    """`miji init`: the workspace's one security officer. Refused once there is one."""
    name = name.strip()
    if not name:
        raise UsageError("保密管理员姓名不能为空 (the officer's name is empty)")
    with ledger.transaction():
        if officer(ledger) is not None:
            raise RefusedError(f"工作区已有保密管理员 {officer(ledger)} (the workspace already has an officer)")
        fields = _secret_fields(secret)
        ledger.append("officer_appointed", {"name": name, "role": policy.officer_role, "dept": dept, **fields},
                      actor=name)
    return roster(ledger)[name]


def _require_officer(ledger: Ledger, by: Person) -> None:
    if officer(ledger) != by.name:
        raise AuthError(f"{by.name} 不是保密管理员，不能管理人员名册 (only the security officer may do this)")


def add_person(ledger: Ledger, policy: Policy, *, name: str, role: str, dept: str, secret: str,
               by: Person) -> Person:
    """Add a person; refused for a name already on the roster (change a role with `set_role`)."""
    _require_officer(ledger, by)
    name = name.strip()
    if not name:
        raise UsageError("姓名不能为空 (name is empty)")
    roles = dict(policy.roles)
    if role not in roles:
        raise UsageError(f"角色 {role!r} 不在策略中 (unknown role; known: {'、'.join(roles)})")
    if role == policy.officer_role:
        raise RefusedError(f"保密管理员只能由 miji init 设立 ({role} is appointed by `miji init` only)")
    with ledger.transaction():
        if name in roster(ledger):
            raise RefusedError(f"{name} 已在人员名册中；改角色用 `miji people role`，重置口令用 `miji people reset` "
                               "(already on the roster)")
        ledger.append("person_added", {"name": name, "role": role, "dept": dept, **_secret_fields(secret)},
                      actor=by.name)
    return roster(ledger)[name]


def _existing(ledger: Ledger, name: str) -> Person:
    person = roster(ledger).get(name)
    if person is None:
        raise UsageError(f"{name} 不在人员名册中 (not on the roster)")
    return person


def set_role(ledger: Ledger, policy: Policy, *, name: str, role: str, by: Person) -> Person:
    _require_officer(ledger, by)
    person = _existing(ledger, name)
    if role not in dict(policy.roles) or role == policy.officer_role or person.officer:
        raise UsageError(f"不能把 {name} 的角色改为 {role!r} (role cannot be set)")
    ledger.append("person_role_changed", {"name": name, "role": role, "old_role": person.role}, actor=by.name)
    return roster(ledger)[name]


def remove_person(ledger: Ledger, *, name: str, by: Person) -> None:
    _require_officer(ledger, by)
    person = _existing(ledger, name)
    if person.officer:
        raise RefusedError("保密管理员不能被移除 (the officer cannot be removed)")
    ledger.append("person_removed", {"name": name}, actor=by.name)


def reset_secret(ledger: Ledger, *, name: str, secret: str, by: Person) -> None:
    """The officer sets a new secret for someone who forgot theirs."""
    _require_officer(ledger, by)
    _existing(ledger, name)
    ledger.append("person_secret_set", {"name": name, "reset": True, **_secret_fields(secret)}, actor=by.name)


def change_own_secret(ledger: Ledger, *, name: str, old: str, new: str) -> None:
    set_own_secret(ledger, person=authenticate(ledger, name, old), secret=new)


def set_own_secret(ledger: Ledger, *, person: Person, secret: str) -> None:
    """`person` (already authenticated) sets a new secret of their own."""
    ledger.append("person_secret_set", {"name": person.name, **_secret_fields(secret)}, actor=person.name)


def issue_token(ledger: Ledger, *, name: str, by: Person) -> str:
    """A per-person API token for scripts (shown once; only its SHA-256 is kept)."""
    _require_officer(ledger, by)
    _existing(ledger, name)
    token_id = secrets.token_hex(4)
    token = f"{TOKEN_PREFIX}{token_id}_{secrets.token_urlsafe(24)}"
    ledger.append("token_issued", {"id": token_id, "name": name,
                                   "digest": hashlib.sha256(token.encode()).hexdigest()}, actor=by.name)
    return token


def revoke_token(ledger: Ledger, *, token_id: str, by: Person) -> None:
    _require_officer(ledger, by)
    if token_id not in _fold(ledger).tokens:
        raise UsageError(f"没有编号为 {token_id} 的令牌 (no such token)")
    ledger.append("token_revoked", {"id": token_id}, actor=by.name)


def token_owner(ledger: Ledger, token: str) -> Person | None:
    """The person a valid (issued, not revoked) token belongs to."""
    if not token.startswith(TOKEN_PREFIX) or token.count("_") < 2:
        return None
    state = _fold(ledger)
    found = state.tokens.get(token[len(TOKEN_PREFIX):].split("_", 1)[0])
    if found is None or found.revoked:
        return None
    if not hmac.compare_digest(found.digest, hashlib.sha256(token.encode()).hexdigest()):
        return None
    return state.people.get(found.name)


def authenticate(ledger: Ledger, name: str, credential: str) -> Person:
    """The person, if the credential is their secret or one of their tokens; AuthError otherwise."""
    person = roster(ledger).get(name)
    if person is None:
        raise AuthError(f"{name} 不在人员名册中 (not on the roster)")
    if credential.startswith(TOKEN_PREFIX):
        owner = token_owner(ledger, credential)
        if owner is not None and owner.name == name:
            return person
        raise AuthError(f"{name} 的令牌无效或已撤销 (token invalid or revoked)")
    expected = _hash(credential, bytes.fromhex(person.salt), person.n, person.r, person.p)
    if not hmac.compare_digest(expected, person.secret_hash):
        raise AuthError(f"{name} 的口令错误 (wrong secret)")
    return person

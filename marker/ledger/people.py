"""The roster: people, their roles and departments, and their secrets (scrypt hashes only).

The roster lives in the ledger as authenticated events, so a row inserted by hand (without the
workspace key) does not create a person who can approve.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass

from marker.domain.policy import Policy
from marker.errors import AuthError, UsageError
from marker.ledger.store import Ledger

_SCRYPT = {"n": 2**14, "r": 8, "p": 1}
MIN_SECRET = 6


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


def _hash(secret: str, salt: bytes, n: int, r: int, p: int) -> str:
    return hashlib.scrypt(secret.encode("utf-8"), salt=salt, n=n, r=r, p=p, dklen=32).hex()


def add_person(ledger: Ledger, policy: Policy, *, name: str, role: str, dept: str, secret: str,
               actor: str) -> Person:
    name = name.strip()
    if not name:
        raise UsageError("姓名不能为空 (name is empty)")
    roles = dict(policy.roles)
    if role not in roles:
        raise UsageError(f"角色 {role!r} 不在策略中 (unknown role; known: {'、'.join(roles)})")
    if len(secret) < MIN_SECRET:
        raise UsageError(f"口令至少 {MIN_SECRET} 个字符 (secret must have at least {MIN_SECRET} characters)")
    salt = secrets.token_bytes(16)
    person = Person(name, role, dept, salt.hex(), _hash(secret, salt, **_SCRYPT), **_SCRYPT)
    ledger.append("person_added", {"name": name, "role": role, "dept": dept, "kdf": "scrypt",
                                   "salt": person.salt, "hash": person.secret_hash, **_SCRYPT}, actor=actor)
    return person


def roster(ledger: Ledger) -> dict[str, Person]:
    """Current roster; the latest authentic event for a name wins."""
    people: dict[str, Person] = {}
    for event in ledger.events("kind = 'person_added'"):
        if not ledger.authentic(event):
            continue
        p = event.payload
        people[p["name"]] = Person(p["name"], p["role"], p.get("dept", ""), p["salt"], p["hash"],
                                   int(p.get("n", _SCRYPT["n"])), int(p.get("r", 8)), int(p.get("p", 1)))
    return people


def authenticate(ledger: Ledger, name: str, secret: str) -> Person:
    """The person, if the secret matches (constant-time); AuthError otherwise."""
    person = roster(ledger).get(name)
    if person is None:
        raise AuthError(f"{name} 不在人员名册中 (not on the roster)")
    expected = _hash(secret, bytes.fromhex(person.salt), person.n, person.r, person.p)
    if not hmac.compare_digest(expected, person.secret_hash):
        raise AuthError(f"{name} 的口令错误 (wrong secret)")
    return person

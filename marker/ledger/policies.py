"""Which policy a workspace runs under: the one the officer installed, recorded by its SHA-256.

Commands that write the ledger run only under that policy; a copy of the policy file edited by
hand, or another file passed with --policy, is refused for them (read-only commands may use any).
"""

from __future__ import annotations

import hashlib

from marker.ledger.people import Person, officer
from marker.ledger.store import Ledger

SYSTEM = "miji"  # the workspace's creation, before anyone is the officer


def policy_digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def record_installed(ledger: Ledger, *, text: str, name: str, by: Person | None) -> str:
    """Record `text` as the installed policy; `by` is the officer (None only at creation)."""
    digest = policy_digest(text)
    ledger.append("policy_installed", {"sha256": digest, "name": name}, actor=by.name if by else SYSTEM)
    return digest


def installed_digest(ledger: Ledger) -> str | None:
    """The SHA-256 of the installed policy: the officer's latest installation, else the one recorded
    when the workspace was created; None for a workspace that never recorded one."""
    chief = officer(ledger)
    found: str | None = None
    for event in ledger.events("kind = 'policy_installed'"):
        if not ledger.authentic(event):
            continue
        if event.actor == chief or (event.actor == SYSTEM and found is None) or chief is None:
            found = str(event.payload.get("sha256", ""))
    return found

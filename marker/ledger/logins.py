"""Console logins kept as ledger events: each failed attempt is a record (who, from where, why),
and the rate limit is counted from those records, so it holds across restarts and processes."""

from __future__ import annotations

from marker.ledger.store import Ledger

FAILED = "login_failed"
SUCCEEDED = "login_succeeded"


def record_failed_login(ledger: Ledger, *, name: str, client: str, reason: str, at: float,
                        typed_by: str | None = None) -> None:
    """`at` is the console's clock (seconds since the epoch), which the rate limit compares.

    `typed_by`: the logged-in person whose form carried `name`'s secret (a witness, a handover)."""
    payload = {"client": client, "reason": reason, "t": at, **({"typed_by": typed_by} if typed_by else {})}
    ledger.append(FAILED, payload, actor=name or None)


def record_login(ledger: Ledger, *, name: str, client: str, at: float) -> None:
    ledger.append(SUCCEEDED, {"client": client, "t": at}, actor=name)


def failed_logins_since(ledger: Ledger, *, name: str, since: float) -> int:
    """Failed attempts for `name` at or after `since`, not counting those before the last success."""
    events = ledger.events("kind IN (?, ?) AND actor = ?", (FAILED, SUCCEEDED, name))
    count = 0
    for event in events:
        moment = event.payload.get("t")
        if not isinstance(moment, int | float) or not ledger.authentic(event):
            continue
        if event.kind == SUCCEEDED:
            count = 0
        elif moment >= since:
            count += 1
    return count

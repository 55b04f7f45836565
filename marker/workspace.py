"""The workspace folder: where the ledger, roster, policy, keys and the daemon's folders live."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from marker.domain.policy import Policy, load_policy
from marker.ledger.store import Ledger, open_ledger
from marker.settings import Settings, WatchOptions

POLICY_FILE = "policy.toml"


@dataclass(frozen=True, slots=True)
class Layout:
    """Where everything lives; the daemon's folders may be renamed in [watch] of miji.toml."""

    root: Path
    folders: tuple[tuple[str, str], ...] = WatchOptions().folders

    @classmethod
    def of(cls, settings: Settings) -> Layout:
        return cls(settings.workspace, settings.watch.folders)

    def _folder(self, name: str) -> Path:
        return self.root / dict(self.folders)[name]

    @property
    def inbox(self) -> Path:
        return self._folder("inbox")

    @property
    def review(self) -> Path:
        return self._folder("review")

    @property
    def outbox(self) -> Path:
        return self._folder("outbox")

    @property
    def archive(self) -> Path:
        return self._folder("archive")

    @property
    def quarantine(self) -> Path:
        return self._folder("quarantine")

    def output_folders(self) -> dict[str, Path]:
        return {"review": self.review, "outbox": self.outbox, "archive": self.archive,
                "quarantine": self.quarantine, "copies": self.copies, "print": self.print_copies}

    def destination(self, policy: Policy, level: str, *, registry: str | None = None) -> Path:
        """Where copies of a document at `level` are written: paper copies in print/, electronic
        ones in outbox/<密级>/ (the daemon's own distribution) or copies/<登记号>/ (issued later
        under an approval, `registry` given)."""
        if policy.medium(level) == "paper":
            return self.print_copies / registry if registry else self.print_copies
        return self.copies / registry if registry else self.outbox / level

    @property
    def copies(self) -> Path:
        return self.root / "copies"

    @property
    def print_copies(self) -> Path:
        return self.root / "print"

    @property
    def ledger(self) -> Path:
        return self.root / "ledger.sqlite3"

    @property
    def key_file(self) -> Path:
        return self.root / "keys" / "ledger.key"

    @property
    def policy(self) -> Path:
        return self.root / POLICY_FILE

    @property
    def logs(self) -> Path:
        return self.root / "logs"


def effective_policy_path(settings: Settings) -> Path | None:
    """--policy / MIJI_POLICY / config, else the workspace's policy.toml, else the built-in one."""
    if settings.policy_path is not None:
        return settings.policy_path
    candidate = Layout.of(settings).policy
    return candidate if candidate.is_file() else None


def load_effective_policy(settings: Settings) -> Policy:
    return load_policy(effective_policy_path(settings))


def open_workspace_ledger(settings: Settings) -> Ledger:
    """The workspace's ledger: SQLite inside it by default, or the configured PostgreSQL URL."""
    layout = Layout.of(settings)
    layout.root.mkdir(parents=True, exist_ok=True)
    return open_ledger(settings.ledger_url or layout.ledger, layout.key_file)


def current_user(settings: Settings) -> str:
    """Who is acting: MIJI_USER / config, else the login name."""
    if settings.marked_by:
        return settings.marked_by
    import getpass

    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "unknown"

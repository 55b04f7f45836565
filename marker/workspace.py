"""The workspace folder: where the ledger, roster, policy, keys and the daemon's folders live."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from marker.domain.policy import Policy, default_policy_text, load_policy
from marker.errors import NotInitialised, PolicyError
from marker.ledger.people import officer
from marker.ledger.policies import installed_digest, policy_digest
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
    """The policy for read-only work (classify, policy check): whatever the user names."""
    return load_policy(effective_policy_path(settings))


def policy_text(settings: Settings) -> str:
    path = effective_policy_path(settings)
    if path is None:
        return default_policy_text()
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise PolicyError("无法读取策略文件 (cannot read the policy file)", path=path) from exc


def load_installed_policy(settings: Settings, ledger: Ledger) -> Policy:
    """The policy for commands that write the ledger: only the one the officer installed.

    A hand-edited policy.toml or another --policy is refused, so nobody can issue an electronic
    绝密 copy by swapping the rules."""
    installed = installed_digest(ledger)
    text = policy_text(settings)
    if installed is not None and policy_digest(text) != installed:
        where = effective_policy_path(settings) or "(built-in)"
        raise PolicyError(f"策略 {where} 不是已安装的策略：写登记簿的命令只按已安装策略执行；"
                          "改策略请保密管理员运行 `miji policy install` (this policy is not the installed one)")
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


def not_initialised(root: Path | None = None) -> NotInitialised:
    """The one refusal before `miji init`: the built-in policy's owner is a placeholder (某某公司)."""
    where = f" --workspace {root}" if root else ""
    return NotInitialised(
        f"工作区尚未初始化：请先运行 miji init{where} --company 公司名称 --officer 保密管理员 "
        "(workspace not initialised: run `miji init` first; nothing is stamped with a placeholder owner)",
        path=root)


def require_initialised(ledger: Ledger) -> None:
    """Refuse to stamp before `miji init`.

    A workspace is initialised once its security officer is appointed, which `miji init` does in the
    same step that writes the company's name into policy.toml."""
    if officer(ledger) is None:
        raise not_initialised()

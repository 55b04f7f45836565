"""Creating and checking a workspace: folders, config, policy, ledger and key on first run."""

from __future__ import annotations

import re
from pathlib import Path

from marker.atomic import write_bytes_atomic
from marker.domain.policy import default_policy_text, load_policy
from marker.errors import ConfigError, OutputError, RefusedError, UsageError
from marker.ledger.people import appoint_officer, officer
from marker.ledger.policies import installed_digest, record_installed
from marker.settings import CONFIG_NAME, Settings
from marker.workspace import Layout, open_workspace_ledger

CONFIG_TEMPLATE = """# Miji workspace configuration. Changes take effect on restart (policy: on SIGHUP too).
[miji]
# ledger_url = "postgresql://miji@dbhost/miji"   # several hosts sharing one ledger

[watch]
quiet_seconds = 2.0      # a file must be unchanged this long before it is read
rescan_seconds = 30.0    # full inbox scan, in case an event was missed (network shares)
polling = false          # true for network shares without inotify
copies = 1               # default distribution of an auto-marked draft
recipients = []          # or named recipients: one copy each
# Folder names, relative to the workspace; none may be inside the inbox.
inbox = "inbox"
review = "review"
outbox = "outbox"
archive = "archive"
quarantine = "quarantine"
"""


def check_layout(layout: Layout) -> None:
    """Refuse a layout that would make the daemon write into its own inbox or outside the workspace."""
    root = layout.root.resolve()
    inbox = layout.inbox.resolve()
    if root not in inbox.parents:
        raise ConfigError("收件箱必须在工作区内 (inbox must be inside the workspace)", path=layout.inbox)
    for name, folder in layout.output_folders().items():
        resolved = folder.resolve()
        if resolved == inbox or inbox in resolved.parents:
            raise ConfigError(f"输出目录 {name} 位于收件箱内 (output folder {name} is inside the inbox)",
                              path=folder)
        if resolved == root or root not in resolved.parents:
            raise ConfigError(f"输出目录 {name} 不在工作区内 (output folder {name} is outside the workspace)",
                              path=folder)
        if resolved in inbox.parents:
            raise ConfigError(f"收件箱位于输出目录 {name} 内 (inbox is inside output folder {name})", path=folder)


def ensure_workspace(settings: Settings, *, policy_text: str | None = None) -> Layout:
    """Create what is missing (config, default policy, folders, ledger with key); keep what exists.

    A policy written here is recorded as installed, so the rules in force are known from the start."""
    root = settings.workspace
    root.mkdir(parents=True, exist_ok=True)
    config = root / CONFIG_NAME
    _write_once(config, CONFIG_TEMPLATE)
    layout = Layout.of(settings)
    _write_once(layout.policy, policy_text or default_policy_text())
    check_layout(layout)
    for folder in (layout.inbox, *layout.output_folders().values(), layout.logs):
        folder.mkdir(parents=True, exist_ok=True)
    with open_workspace_ledger(settings) as ledger:
        # nothing is written to an existing workspace: a daemon started on a broken chain must
        # come up (halted, saying why) rather than fail here
        if installed_digest(ledger) is None:
            with ledger.transaction():
                if installed_digest(ledger) is None and layout.policy.is_file():
                    text = layout.policy.read_text(encoding="utf-8")
                    record_installed(ledger, text=text, name="policy.toml", by=None)
    return layout


def is_initialised(settings: Settings) -> bool:
    """Whether `miji init` has run here; creates nothing when it has not.

    The ledger key is made only by `miji init`: with the key present, a missing or emptied ledger is
    damage for the daemon's integrity check to report (exit 7), not a fresh workspace to set up."""
    layout = Layout.of(settings)
    if layout.key_file.exists():
        return True
    if not settings.ledger_url and not layout.ledger.exists():
        return False
    with open_workspace_ledger(settings) as ledger:
        return officer(ledger) is not None


def company_policy_text(company: str, *, scheme: str = "enterprise") -> str:
    """The built-in policy with the company's name as the mark's owner (权属) and its scheme."""
    text = default_policy_text()
    company = company.strip()
    if not company or '"' in company or "\n" in company:
        raise UsageError("公司名称无效 (invalid company name)")
    if scheme not in ("enterprise", "state"):
        raise UsageError("标志形式应为 enterprise 或 state (scheme must be enterprise or state)")
    text = re.sub(r'^owner = ".*"$', f'owner = "{company}"', text, count=1, flags=re.MULTILINE)
    text = re.sub(r'^scheme = ".*"$', f'scheme = "{scheme}"', text, count=1, flags=re.MULTILINE)
    if scheme == "state":
        text = re.sub(r'^secrets = ".*"$', 'secrets = "state"', text, count=1, flags=re.MULTILINE)
    return text


def initialise(settings: Settings, *, company: str, officer_name: str, secret: str,
               scheme: str = "enterprise") -> Layout:
    """`miji init`: a workspace with the company's policy and exactly one security officer."""
    with open_workspace_ledger(settings) as ledger:
        if officer(ledger) is not None:
            raise RefusedError(f"工作区已初始化，保密管理员为 {officer(ledger)} (already initialised)",
                               path=settings.workspace)
    text = company_policy_text(company, scheme=scheme)
    layout = Layout.of(settings)
    if layout.policy.is_file() and layout.policy.read_text(encoding="utf-8") != text:
        layout.policy.rename(layout.policy.with_name("policy.toml.before-init"))
    layout = ensure_workspace(settings, policy_text=text)
    policy = load_policy(layout.policy)
    with open_workspace_ledger(settings) as ledger:
        person = appoint_officer(ledger, policy, name=officer_name, secret=secret)
        record_installed(ledger, text=text, name="policy.toml", by=person)
    return layout


def _write_once(path: Path, text: str) -> None:
    """Create `path` unless it exists; a second process creating it at the same moment is fine."""
    if path.exists():
        return
    try:
        write_bytes_atomic(path, text.encode("utf-8"), mode=0o640)
    except OutputError:
        if not path.exists():
            raise


def is_inside(path: Path, folder: Path) -> bool:
    try:
        path.resolve().relative_to(folder.resolve())
    except ValueError:
        return False
    return True

"""One frozen settings object, built once: CLI > environment (MIJI_*) > workspace TOML > defaults.

This is the only module that reads `os.environ` (an import-rules test holds that), MIJI_TOKEN
included: per-person API tokens for scripts, kept out of repr. No secret is ever read from the
environment.
"""

from __future__ import annotations

import os
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any

from marker.errors import ConfigError

MB = 1024 * 1024
DEFAULT_WORKSPACE = Path("miji-data")
CONFIG_NAME = "miji.toml"


@dataclass(frozen=True, slots=True)
class Limits:
    """Input limits: a file past any of them is refused before a parser sees much of it."""

    max_bytes: int = 100 * MB
    max_pages: int = 5000
    max_ocr_pages: int = 20  # scanned pages recognised per file (about 3 s each)
    max_cells: int = 2_000_000  # spreadsheet cells read (a huge sheet is refused, not half-read)
    max_zip_members: int = 2000
    max_zip_uncompressed: int = 500 * MB
    max_zip_ratio: int = 200
    worker_memory_mb: int = 1024
    worker_cpu_seconds: int = 60
    worker_wall_seconds: int = 60


FOLDER_NAMES = ("inbox", "review", "outbox", "archive", "quarantine")


@dataclass(frozen=True, slots=True)
class WatchOptions:
    """The daemon's options ([watch] in miji.toml). Folders are relative to the workspace."""

    quiet_seconds: float = 2.0
    rescan_seconds: float = 30.0
    polling: bool = False
    copies: int = 1
    recipients: tuple[str, ...] = ()
    folders: tuple[tuple[str, str], ...] = tuple((name, name) for name in FOLDER_NAMES)

    def folder(self, name: str) -> str:
        return dict(self.folders)[name]


@dataclass(frozen=True, slots=True)
class ConsoleOptions:
    """The web console's options ([console] in miji.toml; `miji serve --bind/--port` override)."""

    bind: str = "127.0.0.1"
    port: int = 8640
    behind_tls_proxy: bool = False  # a reverse proxy in front terminates TLS (needed for a non-loopback bind)
    tls_cert: str = ""
    tls_key: str = ""
    session_minutes: int = 480
    max_upload_mb: int = 50
    login_attempts: int = 5  # failed logins per person within login_window_minutes before refusal
    login_window_minutes: int = 15

    @property
    def serves_tls(self) -> bool:
        return bool(self.tls_cert and self.tls_key)


@dataclass(frozen=True, slots=True)
class Settings:
    workspace: Path = DEFAULT_WORKSPACE
    policy_path: Path | None = None
    ledger_url: str = ""
    limits: Limits = field(default_factory=Limits)
    debug: bool = False
    marked_by: str = ""
    output_mode: int = 0o640
    watch: WatchOptions = field(default_factory=WatchOptions)
    isolate: bool = True  # read and stamp untrusted files in the limited worker
    tokens: tuple[str, ...] = field(default=(), repr=False)  # MIJI_TOKEN: per-person tokens, for scripts
    console: ConsoleOptions = field(default_factory=ConsoleOptions)

    @property
    def ledger_path(self) -> Path:
        return self.workspace / "ledger.sqlite3"


_ENV = {
    "MIJI_WORKSPACE": "workspace",
    "MIJI_POLICY": "policy_path",
    "MIJI_LEDGER_URL": "ledger_url",
    "MIJI_USER": "marked_by",
    "MIJI_ISOLATE": "isolate",
}
_LIMIT_NAMES = {f.name for f in fields(Limits)}
_SETTING_NAMES = {"workspace", "policy_path", "ledger_url", "marked_by", "output_mode", "isolate"}


def read_config(workspace: Path) -> dict[str, Any]:
    """The workspace's `miji.toml` ([miji] settings, [limits]), or nothing if absent."""
    path = workspace / CONFIG_NAME
    if not path.is_file():
        return {}
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ConfigError(f"配置文件无效 (invalid config): {exc}", path=path) from exc
    except OSError as exc:
        raise ConfigError(f"无法读取配置文件 (cannot read config): {exc.strerror}", path=path) from exc
    return data


def build_settings(
    cli: Mapping[str, Any], env: Mapping[str, str] | None = None, *, read_workspace_config: bool = True
) -> Settings:
    """Merge the layers. `cli` holds only options the user gave (None means not given)."""
    env = os.environ if env is None else env
    chosen: dict[str, Any] = {}
    for var, name in _ENV.items():
        if env.get(var):
            chosen[name] = env[var]
    for name, value in cli.items():
        if value is not None and name in _SETTING_NAMES | {"debug"}:
            chosen[name] = value
    workspace = Path(chosen.get("workspace") or DEFAULT_WORKSPACE)
    config = read_config(workspace) if read_workspace_config else {}
    unknown = set(config) - {"miji", "limits", "watch", "daemon", "console"}
    if unknown:
        raise ConfigError(f"未知的配置节 (unknown sections): {', '.join(sorted(unknown))}",
                          path=workspace / CONFIG_NAME)
    base = config.get("miji", {})
    for key in base:
        if key not in _SETTING_NAMES - {"workspace"}:
            raise ConfigError(f"未知的键 (unknown key) miji.{key}", path=workspace / CONFIG_NAME)
    merged = {**{k: v for k, v in base.items()}, **chosen}
    limits = Limits()
    limit_values = config.get("limits", {})
    for key, value in limit_values.items():
        if key not in _LIMIT_NAMES or not isinstance(value, int) or value <= 0:
            raise ConfigError(f"limits.{key} 无效 (unknown key or not a positive integer)",
                              path=workspace / CONFIG_NAME)
    limits = replace(limits, **limit_values)
    watch = _watch_options(config.get("watch", {}), workspace / CONFIG_NAME)
    console = _console_options(config.get("console", {}), workspace / CONFIG_NAME)
    overrides = {k: cli[k] for k in ("bind", "port") if cli.get(k) is not None}
    if overrides:
        console = replace(console, **overrides)
    if cli.get("polling"):
        watch = replace(watch, polling=True)
    policy = merged.get("policy_path")
    policy_path = Path(policy) if policy else None
    if policy_path is not None and not policy_path.is_absolute() and "policy_path" in base \
            and "policy_path" not in chosen:
        policy_path = workspace / policy_path
    mode_text = str(merged.get("output_mode", "0640"))
    try:
        output_mode = int(mode_text, 8)
    except ValueError:
        output_mode = -1
    if not 0 <= output_mode <= 0o777 or output_mode & 0o007:
        raise ConfigError(f"miji.output_mode {mode_text!r} 无效：应为八进制且不给其他用户权限 (e.g. \"0640\")",
                          path=workspace / CONFIG_NAME)
    return Settings(
        workspace=workspace,
        output_mode=output_mode,
        policy_path=policy_path,
        ledger_url=str(merged.get("ledger_url", "")),
        limits=limits,
        debug=bool(merged.get("debug", False)),
        marked_by=str(merged.get("marked_by", "")),
        watch=watch,
        isolate=str(merged.get("isolate", True)).strip().lower() not in ("0", "false", "no", "off"),
        tokens=tuple(env.get("MIJI_TOKEN", "").replace(",", " ").split()),
        console=console,
    )


def _watch_options(raw: Any, path: Path) -> WatchOptions:
    if not isinstance(raw, dict):
        raise ConfigError("[watch] 应为表 (must be a table)", path=path)
    known = {"quiet_seconds", "rescan_seconds", "polling", "copies", "recipients", *FOLDER_NAMES}
    for key in raw:
        if key not in known:
            raise ConfigError(f"未知的键 (unknown key) watch.{key}", path=path)
    options = WatchOptions()
    for key in ("quiet_seconds", "rescan_seconds"):
        if key in raw:
            if not isinstance(raw[key], int | float) or raw[key] < 0:
                raise ConfigError(f"watch.{key} 应为非负数 (must be a non-negative number)", path=path)
            options = replace(options, **{key: float(raw[key])})
    if "polling" in raw:
        options = replace(options, polling=bool(raw["polling"]))
    if "copies" in raw:
        if not isinstance(raw["copies"], int) or raw["copies"] < 1:
            raise ConfigError("watch.copies 应为正整数 (must be at least 1)", path=path)
        options = replace(options, copies=raw["copies"])
    if "recipients" in raw:
        names = raw["recipients"]
        if not isinstance(names, list) or not all(isinstance(n, str) and n.strip() for n in names):
            raise ConfigError("watch.recipients 应为姓名列表 (must be a list of names)", path=path)
        options = replace(options, recipients=tuple(names))
    folders = dict(options.folders)
    for name in FOLDER_NAMES:
        if name in raw:
            value = raw[name]
            if not isinstance(value, str) or not value.strip():
                raise ConfigError(f"watch.{name} 应为目录名 (must be a folder name)", path=path)
            folders[name] = value
    return replace(options, folders=tuple(folders.items()))


def _console_options(raw: Any, path: Path) -> ConsoleOptions:
    if not isinstance(raw, dict):
        raise ConfigError("[console] 应为表 (must be a table)", path=path)
    defaults = ConsoleOptions()
    values: dict[str, Any] = {}
    for key, value in raw.items():
        if key not in ConsoleOptions.__dataclass_fields__:
            raise ConfigError(f"未知的键 (unknown key) console.{key}", path=path)
        expected = type(getattr(defaults, key))
        if expected is int and (not isinstance(value, int) or isinstance(value, bool) or value <= 0):
            raise ConfigError(f"console.{key} 应为正整数 (must be a positive integer)", path=path)
        if expected is not int and not isinstance(value, expected):
            raise ConfigError(f"console.{key} 类型无效 (must be a {expected.__name__})", path=path)
        values[key] = value
    options = replace(defaults, **values)
    if not 0 < options.port < 65536:
        raise ConfigError("console.port 应在 1–65535 之间 (must be a TCP port)", path=path)
    return options

"""One exception tree for Miji; each class carries the exit code the CLI turns it into.

Only the CLI converts exceptions to exit codes and one-line messages; the daemon
logs them and quarantines the file with the message as the reason.
"""

from __future__ import annotations

from enum import IntEnum
from pathlib import Path


class ExitCode(IntEnum):
    """Documented exit codes: the README's table and `miji --help` are made from EXIT_CODES."""

    OK = 0
    UNEXPECTED = 1
    USAGE = 2
    INPUT = 3
    POLICY_INVALID = 4
    REFUSED = 5
    CHECKS_FAILED = 6
    LEDGER_INTEGRITY = 7
    OUTPUT = 8
    AUTH = 9
    PARTIAL = 10
    BUSY = 11
    INTERRUPTED = 130


# code → (中文, English): the one table of what each exit code means.
EXIT_CODES: dict[ExitCode, tuple[str, str]] = {
    ExitCode.OK: ("成功", "ok"),
    ExitCode.UNEXPECTED: ("内部错误", "unexpected internal error (rerun with `--debug`)"),
    ExitCode.USAGE: ("用法错误", "usage error: bad option, unknown level, unparseable period, `--copies 0`, "
                                  "unknown registry"),
    ExitCode.INPUT: ("无法读取", "unreadable input, the file's own fault: missing, not a file, empty, corrupt, "
                                 "encrypted, wrong type, unsupported, over a limit, cannot be stamped"),
    ExitCode.POLICY_INVALID: ("策略或配置无效", "invalid policy or workspace configuration"),
    ExitCode.REFUSED: ("按规定拒绝", "refused by policy: needs review (give --level), already marked, no approval, "
                                     "over the approved count, period over the maximum, copy already destroyed"),
    ExitCode.CHECKS_FAILED: ("检查未通过", "checks failed (pre-flight)"),
    ExitCode.LEDGER_INTEGRITY: ("登记簿完整性校验失败", "ledger integrity failure (`miji ledger verify`)"),
    ExitCode.OUTPUT: ("无法写出", "cannot write the output: destination missing, read-only or full, "
                                  "output equals input"),
    ExitCode.AUTH: ("身份验证失败", "authentication failed (wrong secret, unknown person)"),
    ExitCode.PARTIAL: ("部分失败", "a batch partly failed: some files done, others unreadable "
                                   "(`classify` of several files, `remark`); each failure is listed"),
    ExitCode.BUSY: ("工作区被占用", "another `miji watch` holds this workspace (the message names its pid and host)"),
    ExitCode.INTERRUPTED: ("已中断", "interrupted (Ctrl-C); nothing half-written is left"),
}


def exit_codes_markdown() -> str:
    """The README's exit-code table (a test keeps the README equal to it)."""
    rows = [f"| {int(code)} | {zh}: {en} |" for code, (zh, en) in EXIT_CODES.items()]
    return "\n".join(["| code | meaning |", "| --- | --- |", *rows])


def exit_codes_epilog() -> str:
    """`miji --help`'s summary of the same table."""
    return "exit codes 退出码: " + ", ".join(f"{int(code)} {zh}" for code, (zh, _) in EXIT_CODES.items())


class MijiError(Exception):
    """Base of every error a user may see; `str()` is the one-line message."""

    exit_code: ExitCode = ExitCode.UNEXPECTED
    reason_zh: str = "错误"

    def __init__(self, message: str, *, path: Path | str | None = None) -> None:
        self.path = Path(path) if path is not None else None
        self.message = message
        super().__init__(message)

    def __str__(self) -> str:
        return f"{self.path}: {self.message}" if self.path is not None else self.message


class UsageError(MijiError):
    exit_code = ExitCode.USAGE
    reason_zh = "用法错误"


# --- unreadable input -------------------------------------------------------------------------
class InputError(MijiError):
    """The input file cannot be read as a document."""

    exit_code = ExitCode.INPUT
    reason_zh = "无法读取"


class NotFoundInput(InputError):
    reason_zh = "文件不存在"


class NotAFileInput(InputError):
    reason_zh = "不是文件"


class EmptyInput(InputError):
    reason_zh = "空文件"


class UnsupportedInput(InputError):
    reason_zh = "不支持的文件类型"


class WrongTypeInput(InputError):
    """The bytes do not match what the extension promises."""

    reason_zh = "文件内容与扩展名不符"


class CorruptInput(InputError):
    reason_zh = "文件已损坏"


class UnmarkablePage(InputError):
    """A page too small for a legible mark, with an unusable page box, or with no room for the
    marks even after its content is scaled: refused rather than marked illegibly."""

    reason_zh = "页面无法标密"


class EncryptedInput(InputError):
    reason_zh = "文件已加密"


class TooLargeInput(InputError):
    """Size, page count, or zip limits exceeded (zip-bomb guard)."""

    reason_zh = "文件超出限制"


class UndecodableText(InputError):
    reason_zh = "文本编码无法识别"


class ReaderCrashed(InputError):
    reason_zh = "读取器崩溃"


class ReaderTimedOut(InputError):
    reason_zh = "超时"


# --- policy -----------------------------------------------------------------------------------
class PolicyError(MijiError):
    """An invalid policy, with every problem listed by its key path."""

    exit_code = ExitCode.POLICY_INVALID
    reason_zh = "保密策略无效"

    def __init__(
        self, message: str, *, path: Path | str | None = None, problems: tuple[str, ...] = ()
    ) -> None:
        super().__init__(message, path=path)
        self.problems = problems


class ConfigError(PolicyError):
    reason_zh = "配置无效"


class NotInitialised(ConfigError):
    """Nothing is stamped before `miji init` named the company (the mark's owner) and its officer."""

    reason_zh = "工作区尚未初始化"


# --- refused by policy --------------------------------------------------------------------------
class RefusedError(MijiError):
    """The action is not allowed by the policy or the ledger; the refusal is explained."""

    exit_code = ExitCode.REFUSED
    reason_zh = "按保密规定拒绝"


class NeedsReview(RefusedError):
    reason_zh = "需要人工确认"


class AlreadyMarked(RefusedError):
    reason_zh = "已标密文件"


class NotApproved(RefusedError):
    reason_zh = "未经审批"


class AlreadyRegistered(RefusedError):
    """The same bytes, an issued copy, or the same text as a registered document."""

    reason_zh = "已登记"


# --- other ------------------------------------------------------------------------------------
class ChecksFailed(MijiError):
    exit_code = ExitCode.CHECKS_FAILED
    reason_zh = "检查未通过"


class LedgerIntegrityError(MijiError):
    exit_code = ExitCode.LEDGER_INTEGRITY
    reason_zh = "登记簿完整性校验失败"


class LedgerError(MijiError):
    """The ledger cannot be opened or written (not an integrity failure)."""

    exit_code = ExitCode.OUTPUT
    reason_zh = "登记簿错误"


class WorkspaceBusy(MijiError):
    """A second daemon on one workspace: refused, naming the one that holds it."""

    exit_code = ExitCode.BUSY
    reason_zh = "工作区被占用"


class OutputError(MijiError):
    exit_code = ExitCode.OUTPUT
    reason_zh = "无法写出"


class AuthError(MijiError):
    exit_code = ExitCode.AUTH
    reason_zh = "身份验证失败"


class ModelError(MijiError):
    """A model file is missing, corrupt, unsigned or incompatible."""

    exit_code = ExitCode.INPUT
    reason_zh = "模型无效"

"""The `miji` command: a thin layer that parses options, calls the core, and turns errors into
one-line messages and exit codes. Heavy libraries are imported only inside the commands, so
`miji --help` stays instant.
"""

from __future__ import annotations

import argparse
import logging
import os
import re
import sys
import textwrap
import traceback
from collections.abc import Sequence
from importlib import import_module

from marker import __version__
from marker.errors import ExitCode, MijiError, exit_codes_epilog

# Command modules, each with `register(subparsers, common)`; imported at start-up, so they must
# import nothing heavy at module level.
COMMANDS = (
    "init_cmd",
    "classify",
    "policy_cmd",
    "mark",
    "people_cmd",
    "approve",
    "copies_cmd",
    "ledger_cmd",
    "watch_cmd",
    "review_cmd",
    "train_cmd",
    "preflight_cmd",
    "remark_cmd",
    "relevel_cmd",
    "serve_cmd",
)

EPILOG = """examples:
  miji classify samples/ --json        suggest a level for every draft in a folder
  miji mark 报告.pdf --to 张三 --to 李四  mark one copy per recipient
  miji watch                           run the watched-folder daemon on ./miji-data

"""


def build_parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--workspace", metavar="DIR", help="工作区 workspace (default ./miji-data)")
    common.add_argument("--policy", metavar="FILE", dest="policy_path",
                        help="保密策略 TOML policy file (default: the workspace's, else built-in)")
    common.add_argument("--debug", action="store_true", default=None,
                        help="调试：显示回溯与调试日志 show tracebacks and debug logs")
    parser = argparse.ArgumentParser(
        prog="miji",
        description="密级 Miji：为文件建议密级、标密、登记。Suggest, mark and register secrecy levels of documents.",
        epilog=EPILOG + textwrap.fill(exit_codes_epilog(), 100), formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--version", action="version", version=f"miji {__version__}")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMANDS:
        import_module(f"marker.cli.{name}").register(subparsers, common)
    _chinese_first_everywhere(parser)
    return parser


def _chinese_first_everywhere(parser: argparse.ArgumentParser) -> None:
    """The command lists a reader scans read Chinese first; a page without its own text shows its summary."""
    for action in parser._actions:
        if not isinstance(action, argparse._SubParsersAction):
            continue
        for choice in action._choices_actions:
            choice.help = chinese_first(choice.help)
            child = action.choices[choice.dest]
            if not child.description:
                child.description = choice.help
            _chinese_first_everywhere(child)


_TRAILING_ZH = re.compile(r"^(?P<en>[^()（）]+?)\s*[(（](?P<zh>[^()（）]*[\u4e00-\u9fff][^()（）]*)[)）]$")


def chinese_first(summary: str | None) -> str | None:
    """`mark copies of a draft (标密)` → `标密 mark copies of a draft`; summaries already Chinese-first stay."""
    if not summary:
        return summary
    match = _TRAILING_ZH.match(summary)
    return f"{match['zh']} {match['en']}" if match else summary


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command; a reader that stops reading (`| head`, `| less` quit) ends it quietly with 0."""
    try:
        code = _main(argv)
        sys.stdout.flush()
        return code
    except BrokenPipeError:
        _silence_stdout()
        return int(ExitCode.OK)


def _silence_stdout() -> None:
    """After the reader went away: point stdout at /dev/null so the interpreter's final flush cannot
    raise again ("Exception ignored … BrokenPipeError")."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError):
        pass


def _main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "command", None):
        parser.print_help()
        return ExitCode.USAGE
    debug = bool(getattr(args, "debug", False))
    logging.basicConfig(
        level=logging.DEBUG if debug else logging.WARNING,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    try:
        from marker.settings import build_settings

        settings = build_settings(vars(args))
        from marker.atomic import set_output_mode

        set_output_mode(settings.output_mode)
        return int(args.run(args, settings))
    except MijiError as exc:
        if debug:
            traceback.print_exc(file=sys.stderr)
        print(f"miji: {exc}", file=sys.stderr)
        for problem in getattr(exc, "problems", ()):
            print(f"  - {problem}", file=sys.stderr)
        return int(exc.exit_code)
    except BrokenPipeError:
        raise  # the reader went away: not an error (see main)
    except KeyboardInterrupt:
        print("miji: 已中断 (interrupted)", file=sys.stderr)
        return int(ExitCode.INTERRUPTED)
    except Exception:  # last resort: a user never sees a traceback without --debug
        if debug:
            raise
        logging.getLogger(__name__).debug("internal error", exc_info=True)
        print("miji: 内部错误 (internal error) — 请加 --debug 重试查看详情 (rerun with --debug for details)",
              file=sys.stderr)
        return int(ExitCode.UNEXPECTED)


def entry() -> None:
    sys.exit(main())

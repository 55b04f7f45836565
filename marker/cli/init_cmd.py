"""`miji init`: set up a workspace for a company, with its one security officer."""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path
from typing import Any

from marker.settings import Settings

HELP = """初始化工作区：写入公司名称（印在每个密级标志中）并任命保密管理员。
Create the workspace (folders, miji.toml, policy.toml with the company as the mark's owner,
the ledger and its key) and appoint the security officer (保密管理员), who then adds people,
issues tokens and installs policies. Asks at a prompt for what the flags do not give.

example:
  miji init --company 华岳精工股份有限公司 --officer 李保密
  miji init --company 华岳精工 --officer 李保密 --secret-file officer.secret   # scripts"""


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    parser = subparsers.add_parser("init", parents=[common], help="set up a workspace (初始化)", description=HELP,
                                   formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--company", help="公司名称: the owner (权属) printed in every mark")
    parser.add_argument("--officer", help="保密管理员姓名")
    parser.add_argument("--scheme", choices=("enterprise", "state"), default="enterprise",
                        help="标志形式: enterprise (某某公司 机密 10年, default) or state (机密★10年, 国家秘密 only)")
    parser.add_argument("--secret-file", type=Path, metavar="FILE", help="the officer's secret (scripts)")
    parser.set_defaults(run=run)


def _ask(label: str, given: str | None) -> str:
    if given:
        return given.strip()
    if not sys.stdin.isatty():
        from marker.errors import UsageError

        raise UsageError(f"没有终端：请用参数提供{label} (no terminal: give it as an option)")
    return input(f"{label}: ").strip()


def _real_company(name: str) -> str:
    """A person types the owner printed on every mark: a placeholder such as 某某公司 is refused."""
    from marker.errors import UsageError

    if re.fullmatch(r"(某+|[Xx×＊*]+|示例|样例|测试|公司名称)(公司)?", name.strip()):
        raise UsageError(f"“{name}”是占位名称，请填写贵公司的名称 (a placeholder, not the company's name)")
    return name


def run(args: argparse.Namespace, settings: Settings) -> int:
    officer = set_up(settings, company=args.company, officer=args.officer, scheme=args.scheme,
                     secret_file=args.secret_file)
    print(f"  下一步 next: miji people add 姓名 --role 部门经理 --by {officer}   然后 then: miji watch")
    return 0


def set_up(settings: Settings, *, company: str | None = None, officer: str | None = None,
           scheme: str = "enterprise", secret_file: Path | None = None) -> str:
    """What `miji init` asks, at a prompt for anything not given; also the first run of `miji watch`."""
    from marker.cli.credentials import new_secret
    from watch.workspace_setup import initialise

    company = _real_company(_ask("公司名称 company (--company)", company))
    officer = _ask("保密管理员 officer (--officer)", officer)
    secret = new_secret(officer, secret_file)
    layout = initialise(settings, company=company, officer_name=officer, secret=secret, scheme=scheme)
    print(f"工作区已就绪 workspace ready: {layout.root}")
    print(f"  权属 owner: {company}   保密管理员 officer: {officer}")
    return officer

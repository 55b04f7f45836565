"""The print order (印刷委托) and the print shop (承印单位) as strict TOML files.

A print room types these by hand, so every mistake is reported with its key path before any
check runs: a misspelt key would otherwise silently drop a credential and fail the job for the
wrong reason.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from marker.errors import ConfigError

# Job categories of regulation 1 (承印验证) and the internal documents of regulations 2 and 3.
CATEGORIES = ("商标标识", "被许可印制", "广告/包装", "出口", "布告/通行证/票证", "内部票证/证件", "内部文件")
CREDENTIAL_TYPES = ("商标注册证", "商标使用许可合同", "营业执照", "居民身份证", "广告经营资格证明", "出口备案",
                    "主管部门证明", "准印证", "委托印刷证明")
QUALIFICATIONS = ("甲", "乙", "无")
INTERNAL = "内部文件"

_ORDER_KEYS = {"job", "requester", "department", "category", "copies", "supervised", "supervisor", "ad_agency",
               "credentials"}
_CREDENTIAL_KEYS = {"type", "number", "issuer", "date", "expires", "scan"}
_SHOP_KEYS = {"name", "qualification", "qualification_number", "qualification_expires", "designated",
              "subcontracts"}


@dataclass(frozen=True, slots=True)
class Credential:
    """One document shown to the verifier (验证员): its copy is kept `retain_until`."""

    type: str
    number: str
    issuer: str
    date: date
    expires: date | None = None
    scan: Path | None = None

    def label(self) -> str:
        return f"{self.type} {self.number}"


@dataclass(frozen=True, slots=True)
class Order:
    job: str
    requester: str
    department: str
    category: str
    copies: int
    supervised: bool
    supervisor: str = ""
    ad_agency: bool = False
    credentials: tuple[Credential, ...] = ()


@dataclass(frozen=True, slots=True)
class Shop:
    name: str
    qualification: str  # 甲 | 乙 | 无 (涉密印制资质)
    designated: bool  # 公安部门指定印刷企业
    subcontracts: bool
    qualification_number: str = ""
    qualification_expires: date | None = None
    in_house: bool = False


IN_HOUSE = Shop(name="本单位文印室", qualification="无", designated=False, subcontracts=False, in_house=True)

ORDER_TEMPLATE = """\
# 印刷委托单 (print order) for `miji preflight JOB.pdf --order order.toml`.
# Every key is checked: an unknown key or a wrong type is an error (exit code 4).

job = "2026年第一季度财务报表"        # 印件名称; default: the file names
requester = "李明"                    # 委托人 (required)
department = "财务部"                 # 委托部门 (required)
# 类别 (required), one of: 商标标识 被许可印制 广告/包装 出口 布告/通行证/票证 内部票证/证件 内部文件
category = "内部文件"
copies = 5                            # 印数 (required, >= 1); --copies overrides it
supervised = true                     # 监印: 绝密 must be printed under supervision
supervisor = "王芳"                   # 监印人 (optional)
ad_agency = false                     # 委托人为广告经营者 (ads also need 广告经营资格证明)

# 查验证件, one [[credentials]] table each. type is one of:
#   商标注册证 商标使用许可合同 营业执照 居民身份证 广告经营资格证明 出口备案 主管部门证明 准印证 委托印刷证明
# [[credentials]]
# type = "营业执照"
# number = "91330200MA2AB12345"
# issuer = "宁波市市场监督管理局"
# date = 2021-05-10                   # 发证日期 (TOML date, no quotes)
# expires = 2041-05-09                # 有效期至 (optional)
# scan = "scans/营业执照.pdf"           # 复印件/扫描件 kept on file (optional, relative to this file)
"""

SHOP_TEMPLATE = """\
# 承印单位 (print shop) for `miji preflight JOB.pdf --shop shop.toml`; without --shop the job is
# printed in-house (本单位文印室, operated by the archive staff). Unknown keys are errors (exit code 4).

name = "某某印务有限公司"               # 承印单位名称 (required)
qualification = "乙"                  # 涉密印制资质: 甲 (all three levels), 乙 (机密/秘密 only), 无 (required)
qualification_number = "NB-2024-017"  # 资质证书编号 (optional)
qualification_expires = 2027-12-31    # 资质有效期至 (optional TOML date)
designated = false                    # 公安部门指定印刷企业 (needed for 布告/通行证/票证)
subcontracts = false                  # 是否转委托他人印刷 (forbidden for 布告/通行证/票证 and 涉密 jobs)
"""


class _Problems:
    def __init__(self) -> None:
        self.items: list[str] = []

    def add(self, key: str, message: str) -> None:
        self.items.append(f"{key}: {message}")

    def unknown(self, table: dict[str, Any], known: set[str], prefix: str) -> None:
        for key in table:
            if key not in known:
                self.add(f"{prefix}{key}", "未知的键 (unknown key)")

    def text(self, table: dict[str, Any], key: str, prefix: str = "", *, required: bool = True) -> str:
        value = table.get(key)
        if value is None:
            if required:
                self.add(prefix + key, "缺少 (missing)")
            return ""
        if not isinstance(value, str) or (required and not value.strip()):
            self.add(prefix + key, "应为非空字符串 (must be a non-empty string)")
            return ""
        return value.strip()

    def flag(self, table: dict[str, Any], key: str, prefix: str = "", default: bool = False) -> bool:
        value = table.get(key, default)
        if not isinstance(value, bool):
            self.add(prefix + key, "应为 true 或 false (must be a boolean)")
            return default
        return value

    def day(self, table: dict[str, Any], key: str, prefix: str = "", *, required: bool = False) -> date | None:
        value = table.get(key)
        if value is None:
            if required:
                self.add(prefix + key, "缺少 (missing)")
            return None
        if not isinstance(value, date) or hasattr(value, "hour"):
            self.add(prefix + key, "应为日期，如 2026-05-01，不加引号 (must be a TOML date)")
            return None
        return value

    def choice(self, table: dict[str, Any], key: str, choices: tuple[str, ...], prefix: str = "") -> str:
        value = table.get(key)
        if value not in choices:
            shown = "缺少 (missing)" if value is None else f"{value!r} 无效 (invalid)"
            self.add(prefix + key, f"{shown}; 应为 {' / '.join(choices)}")
            return ""
        return str(value)


def _load(path: Path, what: str) -> dict[str, Any]:
    try:
        return tomllib.loads(path.read_bytes().decode("utf-8"))
    except FileNotFoundError as exc:
        raise ConfigError(f"{what}不存在 (file not found)", path=path) from exc
    except OSError as exc:
        raise ConfigError(f"无法读取{what} (cannot read): {exc.strerror}", path=path) from exc
    except UnicodeDecodeError as exc:
        raise ConfigError(f"{what}不是 UTF-8 (not UTF-8)", path=path) from exc
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{what} TOML 语法错误 (syntax error): {exc}", path=path) from exc


def _fail(problems: _Problems, path: Path, what: str) -> None:
    if problems.items:
        raise ConfigError(f"{what}无效 (invalid): " + "; ".join(problems.items), path=path)


def order_from_mapping(data: dict[str, Any], *, base: Path, problems: _Problems) -> Order:
    problems.unknown(data, _ORDER_KEYS, "")
    job = problems.text(data, "job", required=False)
    requester = problems.text(data, "requester")
    department = problems.text(data, "department")
    category = problems.choice(data, "category", CATEGORIES)
    copies = data.get("copies")
    if not isinstance(copies, int) or isinstance(copies, bool) or copies < 1:
        problems.add("copies", "应为正整数 (must be a positive integer)")
        copies = 1
    credentials: list[Credential] = []
    raw = data.get("credentials", [])
    if not isinstance(raw, list):
        problems.add("credentials", "应为 [[credentials]] 表数组 (must be an array of tables)")
        raw = []
    for index, item in enumerate(raw):
        prefix = f"credentials[{index}]."
        if not isinstance(item, dict):
            problems.add(f"credentials[{index}]", "应为表 (must be a table)")
            continue
        problems.unknown(item, _CREDENTIAL_KEYS, prefix)
        kind = problems.choice(item, "type", CREDENTIAL_TYPES, prefix)
        number = problems.text(item, "number", prefix)
        issuer = problems.text(item, "issuer", prefix)
        issued = problems.day(item, "date", prefix, required=True)
        expires = problems.day(item, "expires", prefix)
        scan = problems.text(item, "scan", prefix, required=False)
        if kind and issued is not None:
            credentials.append(Credential(kind, number, issuer, issued, expires,
                                          (base / scan) if scan else None))
    return Order(job=job, requester=requester, department=department, category=category, copies=copies,
                 supervised=problems.flag(data, "supervised"), supervisor=problems.text(data, "supervisor",
                                                                                        required=False),
                 ad_agency=problems.flag(data, "ad_agency"), credentials=tuple(credentials))


def load_order(path: Path) -> Order:
    problems = _Problems()
    order = order_from_mapping(_load(path, "委托单"), base=path.parent, problems=problems)
    _fail(problems, path, "委托单")
    return order


def shop_from_mapping(data: dict[str, Any], problems: _Problems) -> Shop:
    problems.unknown(data, _SHOP_KEYS, "")
    return Shop(
        name=problems.text(data, "name"), qualification=problems.choice(data, "qualification", QUALIFICATIONS),
        designated=problems.flag(data, "designated"), subcontracts=problems.flag(data, "subcontracts"),
        qualification_number=problems.text(data, "qualification_number", required=False),
        qualification_expires=problems.day(data, "qualification_expires"))


def load_shop(path: Path) -> Shop:
    problems = _Problems()
    shop = shop_from_mapping(_load(path, "承印单位文件"), problems)
    _fail(problems, path, "承印单位文件")
    return shop


def default_order(*, requester: str, job: str, copies: int) -> Order:
    """Without --order: an internal document printed for the person running the check."""
    return Order(job=job, requester=requester, department="", category=INTERNAL, copies=copies, supervised=False)

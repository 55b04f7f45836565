"""The pre-flight checks, one function per rule group, over facts gathered once per file.

Each finding names its rule, the page it applies to and the regulation or standard it comes
from, so a print room can tell the requester exactly what to fix and why. PDF facts are taken
in one pass per page (text blocks, images, fonts): the rules never reopen the file.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from marker.domain.mark_text import recognise_mark
from marker.domain.periods import PeriodError, parse_period
from marker.domain.policy import Policy
from marker.preflight.order import INTERNAL, Order, Shop
from marker.reading.documents import Document, ExistingMark
from marker.reading.pdf_facts import PageFacts, PdfFacts, squash

if TYPE_CHECKING:
    from marker.ledger.store import Ledger

ERROR, WARNING = "error", "warning"
MIN_DPI = 150
A4_PT = (595.28, 841.89)
SIZE_TOLERANCE = 3.0  # points
BASE14 = ("Helvetica", "Times", "Courier", "Symbol", "ZapfDingbats")

# Where each rule comes from, shown beside every finding.
REG1 = "企业保密管理制度1（承印验证）"
REG2 = "企业保密管理制度2"
REG3 = "企业保密管理制度3"
REG6 = "企业保密管理制度6 第十条"
GBT9704 = "GB/T 9704-2012"
COMMERCIAL = "中央企业商业秘密保护暂行规定 第13–15条"
BMF = "保密法 / DESIGN.md「Marks」"
PRINTING = "印刷业管理条例；涉密载体印制资质管理"
PRESS = "印前质量要求 (PDF/X)"

RULES: dict[str, tuple[str, str]] = {
    "MARK-HEADER": ("每页页眉密级标志", f"DESIGN.md「Marks」; {GBT9704}"),
    "MARK-FOOTER": ("每页页脚份号与页码", "DESIGN.md「Marks」"),
    "MARK-FIRSTPAGE": ("首页左上角份号与密级标志", f"{GBT9704} 7.2.1–7.2.2"),
    "MARK-OVERLAP": ("密级标志不压正文、不出页面", f"{GBT9704} 7.2; 印前质量要求"),
    "MARK-FORM": ("密级标志形式", COMMERCIAL),
    "MARK-PERIOD": ("保密期限不超过最长期限", BMF),
    "MARK-EXPIRED": ("保密期限届满，应办理解密", BMF),
    "LEDGER-REGISTERED": ("份号已登记", f"{REG3} (二)3(5)"),
    "LEDGER-STATUS": ("副本未清退、未销毁", f"{REG3} (二)3(5)"),
    "LEDGER-HASH": ("副本与发放时一致", "DESIGN.md「Contracts」"),
    "LEDGER-APPROVAL": ("打印经过审批且在批准份数内", f"{REG3} (二)3(3); {REG6}"),
    "LEDGER-SUPERVISED": ("涉密印件监印", f"{REG2} 6.3"),
    "LEDGER-COPIES": ("纸质副本逐份编号", f"{REG3} (二)3(3)"),
    "PRINTER-QUALIFIED": ("涉密印制资质", PRINTING),
    "PRINTER-DESIGNATED": ("公安部门指定印刷企业", f"{REG1} 第六条"),
    "PRINTER-SUBCONTRACT": ("不得转委托印刷", f"{REG1} 第六条"),
    "CRED-MISSING": ("承印验证所需证件", REG1),
    "CRED-EXPIRED": ("证件在有效期内", REG1),
    "CRED-SCAN": ("证件复印件留存", REG1),
    "QUALITY-PAGESIZE": ("页面尺寸", f"{GBT9704} 5.2.1 (A4)"),
    "QUALITY-FONTS": ("字体嵌入", PRESS),
    "QUALITY-IMAGES": ("图像分辨率", PRESS),
    "QUALITY-PERMISSIONS": ("PDF 允许打印", PRESS),
    "QUALITY-BLANK": ("空白页", PRESS),
    "CONTENT-UNMARKED": ("未标密的涉密内容", f"{REG3} (二)3(2)"),
}


@dataclass(frozen=True, slots=True)
class Finding:
    """One problem: errors fail the job, warnings are shown and recorded but do not."""

    rule: str
    severity: str
    message: str
    file: str = ""
    page: int | None = None

    @property
    def source(self) -> str:
        return RULES[self.rule][1]

    @property
    def title(self) -> str:
        return RULES[self.rule][0]

    @property
    def group(self) -> str:
        return self.rule.split("-", 1)[0]

    def as_dict(self) -> dict[str, object]:
        return {"rule": self.rule, "severity": self.severity, "file": self.file, "page": self.page,
                "message": self.message, "source": self.source, "title": self.title}


# --- facts about one PDF, gathered once --------------------------------------------------------
@dataclass(frozen=True, slots=True)
class JobFile:
    """A file of the job: what documents.read() found and what the page pass found."""

    path: Path
    document: Document
    pdf: PdfFacts

    @property
    def name(self) -> str:
        return self.path.name

    @property
    def mark(self) -> ExistingMark | None:
        return self.document.existing_mark


@dataclass(frozen=True, slots=True)
class Context:
    policy: Policy
    order: Order
    shop: Shop
    today: date
    print_ready: bool = False
    workspace: Path | None = None


# --- marks --------------------------------------------------------------------------------------
def check_marks(job: JobFile, ctx: Context) -> list[Finding]:
    """Header, footer and first-page mark present where the stamper puts them; form and period lawful."""
    mark = job.mark
    if mark is None:
        return []
    found: list[Finding] = []
    pages = job.pdf.pages
    total = len(pages)
    if mark.source == "metadata" and mark.registry:
        want_header = squash(f"{mark.level}{mark.registry}")
        want_copy = f"第{mark.copy_number}份" if mark.copy_number else ""
        for page in pages:
            if want_header not in page.header:
                found.append(Finding("MARK-HEADER", ERROR, f"第 {page.number} 页页眉缺少密级标志「{mark.level}  "
                                     f"{mark.registry}」", job.name, page.number))
            numbering = re.search(r"第(\d+)页共(\d+)页", page.footer)
            if want_copy and want_copy not in page.footer:
                found.append(Finding("MARK-FOOTER", ERROR,
                                     f"第 {page.number} 页页脚缺少份号「第 {mark.copy_number} 份」",
                                     job.name, page.number))
            elif numbering is None:
                found.append(Finding("MARK-FOOTER", ERROR, f"第 {page.number} 页页脚缺少页码「第 n 页 共 N 页」",
                                     job.name, page.number))
            elif (int(numbering[1]), int(numbering[2])) != (page.number, total):
                found.append(Finding(
                    "MARK-FOOTER", ERROR, f"第 {page.number} 页页脚标为「第 {numbering[1]} 页 共 {numbering[2]} 页」，"
                    f"与实际（共 {total} 页）不符：页面被增删或调换", job.name, page.number))
    elif _known(ctx.policy, mark.level) and ctx.policy.level(mark.level).needs_approval:
        unmarked = [p.number for p in pages if mark.level not in p.header and mark.level not in p.footer]
        if unmarked and unmarked != [1]:
            found.append(Finding("MARK-HEADER", WARNING, f"手工标密文件第 {_pages_text(unmarked)} 页页眉页脚没有密级",
                                 job.name, unmarked[0]))
    found += _first_page(job, ctx)
    found += _overlaps(job)
    found += _mark_period(job, ctx)
    return found


def _overlaps(job: JobFile) -> list[Finding]:
    """A mark over text makes both unreadable, and a clipped one is no mark: one finding per page."""
    found: list[Finding] = []
    seen: set[tuple[int, str]] = set()
    for overlap in job.pdf.overlaps:
        if (overlap.page, overlap.problem) in seen:
            continue
        seen.add((overlap.page, overlap.problem))
        if overlap.problem == "clipped":
            message = f"第 {overlap.page} 页的密级标志超出页面，被裁掉，无法辨认"
        else:
            message = f"第 {overlap.page} 页的密级标志压在正文（文字、图像或表单）上，二者都无法辨认"
        found.append(Finding("MARK-OVERLAP", ERROR, message, job.name, overlap.page))
    return found


def _is_mark_line(line: str, mark: ExistingMark) -> bool:
    """The first page's mark line for this mark, in any scheme, 内部 and 公开 included."""
    seen = recognise_mark([line])
    if seen is not None:
        return seen.level == mark.level
    wanted = re.escape(mark.level) + (r"★?" + re.escape(squash(mark.period)) if mark.period else "")
    return re.fullmatch(r"\S{0,30}?" + wanted, squash(line)) is not None


def _glued_mark(lines: Iterable[str], mark: ExistingMark) -> str | None:
    """A line where the mark runs into other text (printed over or on the title's baseline)."""
    wanted = re.escape(mark.level) + (r"★?" + re.escape(squash(mark.period)) if mark.period else "")
    for line in lines:
        if re.search(wanted + r"\S", squash(line)) and not _is_mark_line(line, mark):
            return line.strip()
    return None


def _known(policy: Policy, level: str) -> bool:
    return any(rule.name == level for rule in policy.levels)


def _pages_text(numbers: list[int]) -> str:
    shown = "、".join(str(n) for n in numbers[:8])
    return shown + (f" 等 {len(numbers)} 页" if len(numbers) > 8 else "")


def _first_page(job: JobFile, ctx: Context) -> list[Finding]:
    mark = job.mark
    assert mark is not None
    corner = job.pdf.pages[0].corner
    found: list[Finding] = []
    mark_lines = [line for line in corner if _is_mark_line(line, mark)]
    if mark.copy_number and mark.copy_number not in corner:
        found.append(Finding("MARK-FIRSTPAGE", ERROR, f"首页左上角没有份号 {mark.copy_number}（GB/T 9704：第一行）",
                             job.name, 1))
    glued = None if mark_lines else _glued_mark([*corner, *job.pdf.pages[0].lines], mark)
    if glued is not None:
        found.append(Finding("MARK-OVERLAP", ERROR, f"首页密级标志与正文重叠或粘连：「{glued[:40]}」", job.name, 1))
    elif not mark_lines:
        found.append(Finding("MARK-FIRSTPAGE", ERROR,
                             f"首页左上角没有密级标志「{mark.level}」（GB/T 9704：份号下一行）", job.name, 1))
    if not _known(ctx.policy, mark.level):
        found.append(Finding("MARK-FORM", ERROR, f"密级「{mark.level}」不在保密策略「{ctx.policy.name}」中",
                             job.name, 1))
        return found
    visible = mark_lines[0] if mark_lines else ""
    starred = "★" in visible or mark.fields.get("scheme") == "state"
    if starred and ctx.policy.secrets == "commercial":
        found.append(Finding("MARK-FORM", ERROR, f"商业秘密不得使用★标志：「{visible or mark.level + '★'}」，"
                             f"应为「{ctx.policy.owner} {mark.level} 期限」", job.name, 1))
    elif visible and not starred and ctx.policy.scheme == "state":
        found.append(Finding("MARK-FORM", ERROR, f"国家秘密标志应为「{mark.level}★期限」，而不是「{visible}」",
                             job.name, 1))
    return found


def _mark_period(job: JobFile, ctx: Context) -> list[Finding]:
    mark = job.mark
    assert mark is not None
    if not _known(ctx.policy, mark.level):
        return []
    rule = ctx.policy.level(mark.level)
    found: list[Finding] = []
    period = None
    if mark.period:
        try:
            period = parse_period(mark.period)
        except PeriodError:
            found.append(Finding("MARK-PERIOD", ERROR, f"保密期限「{mark.period}」无法识别", job.name, 1))
    start = _start_date(job, ctx.today)
    if period is not None and rule.max_years:
        if period.kind == "long_term" and not rule.long_term:
            found.append(Finding("MARK-PERIOD", ERROR, f"{mark.level}不得标为长期（最长 {rule.max_years} 年）",
                                 job.name, 1))
        elif period.kind != "long_term" and period.exceeds(rule.max_years, start):
            found.append(Finding("MARK-PERIOD", ERROR, f"保密期限「{mark.period}」超过{mark.level}的最长期限 "
                                 f"{rule.max_years} 年", job.name, 1))
    expiry = None
    if mark.expiry:
        try:
            expiry = date.fromisoformat(mark.expiry)
        except ValueError:
            expiry = None
    elif period is not None:
        expiry = period.expiry(start)
    if expiry is not None and expiry < ctx.today:
        found.append(Finding("MARK-EXPIRED", WARNING, f"保密期限已于 {expiry.isoformat()} 届满，应先办理解密"
                             "（加注「解密」及日期）再印制", job.name, 1))
    return found


def _start_date(job: JobFile, today: date) -> date:
    if job.document.document_date:
        return job.document.document_date
    marked_at = (job.mark.fields.get("marked_at") if job.mark else "") or ""
    try:
        return date.fromisoformat(marked_at[:10])
    except ValueError:
        return today


# --- ledger -------------------------------------------------------------------------------------
def check_ledger(job: JobFile, ctx: Context, ledger: Ledger) -> list[Finding]:
    """The copy is registered, still issued, unchanged, approved for this run, and supervised."""
    from marker.errors import NotApproved
    from marker.ledger.approvals import usable_approval
    from marker.ledger.registers import copies, document, status_zh

    mark = job.mark
    if mark is None or not _known(ctx.policy, mark.level):
        return []
    rule = ctx.policy.level(mark.level)
    found: list[Finding] = []
    if not mark.registry:
        if rule.needs_approval:
            found.append(Finding("LEDGER-REGISTERED", ERROR, f"带有{mark.level}标志但没有登记号，未在登记簿登记，"
                                 "无法核对份号与审批", job.name, 1))
        return found + _supervision(job, ctx, rule.name)
    record = document(ledger, mark.registry)
    if record is None:
        return [Finding("LEDGER-REGISTERED", ERROR, f"登记号 {mark.registry} 不在本登记簿中", job.name, 1)]
    copy = next((c for c in copies(ledger, mark.registry) if c.copy_no == mark.copy_number), None)
    if copy is None:
        return [Finding("LEDGER-REGISTERED", ERROR, f"{mark.registry} 第 {mark.copy_number} 份未登记",
                        job.name, 1)]
    if copy.status != "issued":
        found.append(Finding("LEDGER-STATUS", ERROR, f"{mark.registry} 第 {copy.copy_no} 份状态为"
                             f"「{status_zh(copy.status)}」，不得印制", job.name, 1))
    if copy.sha256 != job.document.sha256:
        found.append(Finding("LEDGER-HASH", ERROR, f"文件与发放的第 {copy.copy_no} 份不一致（SHA-256 "
                             f"{job.document.sha256[:12]}… ≠ 登记 {(copy.sha256 or '')[:12]}…），已被改动",
                             job.name, None))
    if ctx.policy.level(record.level).needs_approval:
        try:
            usable_approval(ledger, ctx.policy, mark.registry, ctx.order.copies, ctx.today)
        except NotApproved as exc:
            found.append(Finding("LEDGER-APPROVAL", ERROR, f"印制 {ctx.order.copies} 份未获审批：{exc.message}",
                                 job.name, None))
        if ctx.order.copies > 1 and not ctx.print_ready:
            found.append(Finding("LEDGER-COPIES", WARNING, f"按第 {copy.copy_no} 份印 {ctx.order.copies} 份会产生"
                                 "份号相同的纸质件；请用 --print-ready 生成逐份编号的印件", job.name, None))
    return found + _supervision(job, ctx, record.level)


def _supervision(job: JobFile, ctx: Context, level: str) -> list[Finding]:
    rule = ctx.policy.level(level)
    if ctx.order.supervised or not rule.needs_approval:
        return []
    if rule.rank == len(ctx.policy.levels) - 1:
        return [Finding("LEDGER-SUPERVISED", ERROR, f"{level}文件必须监印：委托单未指定监印 (supervised = true)",
                        job.name, None)]
    return [Finding("LEDGER-SUPERVISED", WARNING, f"{level}印件应由印刷品负责人监印，印后封样或现场销毁",
                    job.name, None)]


# --- printer ------------------------------------------------------------------------------------
def job_level(jobs: Iterable[JobFile], policy: Policy) -> str | None:
    """The highest known level among the job's files (a compilation carries its highest part)."""
    levels = [j.mark.level for j in jobs if j.mark and _known(policy, j.mark.level)]
    return max(levels, key=policy.rank) if levels else None


def check_printer(jobs: list[JobFile], ctx: Context) -> list[Finding]:
    """涉密 jobs need a qualified printer; notices, passes and tickets a designated one, no subcontracting."""
    shop, policy = ctx.shop, ctx.policy
    found: list[Finding] = []
    level = job_level(jobs, policy)
    secret = level is not None and policy.level(level).needs_approval
    if secret and not shop.in_house:
        top = policy.levels[-1].name
        if shop.qualification == "无":
            found.append(Finding("PRINTER-QUALIFIED", ERROR, f"{shop.name} 没有涉密印制资质，不得承印{level}印件"))
        elif shop.qualification == "乙" and level == top:
            found.append(Finding("PRINTER-QUALIFIED", ERROR, f"{shop.name} 为乙级涉密印制资质，只能承印机密、秘密印件，"
                                 f"不得承印{level}"))
        if shop.qualification_expires and shop.qualification_expires < ctx.today:
            found.append(Finding("PRINTER-QUALIFIED", ERROR, f"{shop.name} 的涉密印制资质已于 "
                                 f"{shop.qualification_expires.isoformat()} 过期"))
    if ctx.order.category == "布告/通行证/票证":
        if not shop.designated:
            found.append(Finding("PRINTER-DESIGNATED", ERROR, f"布告、通行证、票证须在公安部门指定的印刷企业印制，"
                                 f"{shop.name} 不是指定企业"))
        if shop.subcontracts:
            found.append(Finding("PRINTER-SUBCONTRACT", ERROR,
                                 f"{shop.name} 转委托他人印刷：布告、通行证、票证不得再委托"))
    elif secret and shop.subcontracts:
        found.append(Finding("PRINTER-SUBCONTRACT", ERROR, f"{level}印件不得转委托：{shop.name} 登记为转委托印刷"))
    return found


# --- 承印验证 ------------------------------------------------------------------------------------
# Per category: groups of credential types; each group needs one of its types (regulation 1).
REQUIRED: dict[str, tuple[tuple[tuple[str, ...], str], ...]] = {
    "商标标识": ((("商标注册证",), "第二条"),),
    "被许可印制": ((("商标使用许可合同",), "第三条"),),
    "广告/包装": ((("营业执照", "居民身份证"), "第四条"),),
    "出口": ((("出口备案",), "第五条、第八条"),),
    "布告/通行证/票证": ((("主管部门证明",), "第六条"), (("准印证",), "第六条")),
    "内部票证/证件": ((("委托印刷证明",), "第七条"), (("居民身份证",), "第七条")),
    INTERNAL: (),
}
# Types whose copy the print room must keep (收存复印件 / 保存副本).
KEEP_COPY = {"商标注册证", "主管部门证明", "准印证", "委托印刷证明", "居民身份证"}


def required_credentials(order: Order) -> list[tuple[tuple[str, ...], str]]:
    needed = list(REQUIRED.get(order.category, ()))
    if order.category == "广告/包装" and order.ad_agency:
        needed.append((("广告经营资格证明",), "第四条"))
    return needed


def check_credentials(ctx: Context) -> list[Finding]:
    """The credentials the category needs are shown, valid today, and their copies kept."""
    order = ctx.order
    found: list[Finding] = []
    for types, article in required_credentials(order):
        shown = [c for c in order.credentials if c.type in types]
        if not shown:
            found.append(Finding("CRED-MISSING", ERROR, f"{order.category}须验证{'或'.join(types)}"
                                 f"（制度1 {article}），委托单未提供"))
            continue
        if all(c.expires is not None and c.expires < ctx.today for c in shown):
            latest = max(c.expires for c in shown if c.expires)
            found.append(Finding("CRED-EXPIRED", ERROR, f"{'或'.join(types)}已于 {latest.isoformat()} 过期"))
    for credential in order.credentials:
        if credential.scan is not None and not credential.scan.is_file():
            found.append(Finding("CRED-SCAN", ERROR, f"{credential.label()} 的复印件文件不存在：{credential.scan}"))
        elif credential.scan is None and credential.type in KEEP_COPY and \
                any(credential.type in types for types, _ in required_credentials(order)):
            found.append(Finding("CRED-SCAN", WARNING, f"{credential.label()} 须收存复印件，委托单未附扫描件 (scan)"))
    return found


# --- print quality ------------------------------------------------------------------------------
def _is_a4(page: PageFacts) -> bool:
    short, long_ = sorted((page.width, page.height))
    return abs(short - A4_PT[0]) <= SIZE_TOLERANCE and abs(long_ - A4_PT[1]) <= SIZE_TOLERANCE


def _size_name(page: PageFacts) -> str:
    mm = 25.4 / 72
    return f"{page.width * mm:.0f}×{page.height * mm:.0f} mm"


def check_quality(job: JobFile, ctx: Context) -> list[Finding]:
    """What makes a press run fail or a page come out wrong: size, fonts, images, permissions, blanks."""
    found: list[Finding] = []
    pages = job.pdf.pages
    if ctx.order.category == INTERNAL:
        for page in pages:
            if not _is_a4(page):
                found.append(Finding("QUALITY-PAGESIZE", ERROR, f"第 {page.number} 页为 {_size_name(page)}，"
                                     "公文应为 A4 (210×297 mm)", job.name, page.number))
    else:
        sizes = {(round(p.width), round(p.height)) for p in pages}
        if len(sizes) > 1:
            odd = [p.number for p in pages if (round(p.width), round(p.height)) != (round(pages[0].width),
                                                                                    round(pages[0].height))]
            found.append(Finding("QUALITY-PAGESIZE", WARNING, f"页面尺寸不一：第 {_pages_text(odd)} 页与首页不同",
                                 job.name, odd[0]))
    for font in job.pdf.fonts:
        if font.embedded:
            continue
        if font.name.startswith(BASE14):
            found.append(Finding("QUALITY-FONTS", WARNING, f"字体 {font.name} 未嵌入（标准 14 字体，印刷机一般自带）",
                                 job.name, font.page))
        else:
            found.append(Finding("QUALITY-FONTS", ERROR, f"字体 {font.name} 未嵌入，印刷时会被替换，字形与版式可能改变",
                                 job.name, font.page))
    for page in pages:
        low = [d for d in page.image_dpi if d < MIN_DPI]
        if low:
            found.append(Finding("QUALITY-IMAGES", WARNING, f"第 {page.number} 页有 {len(low)} 幅图像分辨率仅 "
                                 f"{min(low):.0f} dpi（应不低于 {MIN_DPI} dpi）", job.name, page.number))
    if not job.pdf.can_print:
        found.append(Finding("QUALITY-PERMISSIONS", ERROR, "PDF 权限设置禁止打印", job.name, None))
    ignore = _mark_line_pattern(job)
    for page in pages:
        if page.image_dpi or page.has_drawings:
            continue
        if not [line for line in page.lines if not ignore.search(squash(line))]:
            found.append(Finding("QUALITY-BLANK", WARNING, f"第 {page.number} 页为空白页（除密级标志外无内容）",
                                 job.name, page.number))
    return found


def _mark_line_pattern(job: JobFile) -> re.Pattern[str]:
    """Lines the stamper adds (header, watermark, 份号, page numbers, mark line) are not content."""
    mark = job.mark
    parts = [r"^第\d{6}份$", r"^第\d+页共\d+页$", r"^\d{6}$"]
    if mark is not None:
        parts.append("^" + re.escape(mark.level))
        if mark.registry:
            parts.append(re.escape(mark.registry))
        seen = recognise_mark([mark.level + (" " + mark.period if mark.period else "")])
        if seen is not None:
            parts.append(re.escape(mark.level) + ".*$")
    return re.compile("|".join(parts))


# --- content ------------------------------------------------------------------------------------
def check_content(job: JobFile, ctx: Context, full: Document | None) -> list[Finding]:
    """An unmarked document whose content the classifiers rate 秘密 or above must be marked first."""
    from marker.intake.suggest import suggest_for

    if job.mark is not None or full is None:
        return []
    secret_ranks = [rule.rank for rule in ctx.policy.levels if rule.needs_approval]
    if not secret_ranks:
        return []
    suggestion = suggest_for(full, ctx.policy, workspace=ctx.workspace)
    if suggestion.level_rank < min(secret_ranks):
        return []
    page = 1
    evidence = suggestion.strongest(1)
    if evidence:
        for index, block in enumerate(full.blocks):
            if evidence[0].term in block.text:
                page = index + 1
                break
    why = f"，依据「{evidence[0].term}」" if evidence else ""
    return [Finding("CONTENT-UNMARKED", ERROR, f"未标密的涉密内容：建议密级{suggestion.level}"
                    f"（{suggestion.category or '—'}）{why}；须先标密、登记后才能印制", job.name, page)]

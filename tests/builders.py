"""Real input files built in code: CJK PDFs with pymupdf, DOCX with python-docx, GBK text."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import docx
import pymupdf
from docx.shared import Pt

from marker.domain.marks import MarkFacts

A4 = pymupdf.paper_rect("a4")


def make_pdf(
    path: Path,
    pages: Sequence[str],
    *,
    page_rect: pymupdf.Rect = A4,
    rotate: int = 0,
    shared_resources: bool = False,
) -> Path:
    """A PDF with one text block per page, in pymupdf's built-in CJK font (`china-s`).

    `shared_resources=True` makes every page use one resource dictionary, the shape of file on
    which `show_pdf_page` slows quadratically.
    """
    doc = pymupdf.open()
    for text in pages:
        page = doc.new_page(width=page_rect.width, height=page_rect.height)
        box = pymupdf.Rect(72, 100, page_rect.width - 72, page_rect.height - 72)
        page.insert_textbox(box, text, fontname="china-s", fontsize=11)
        if rotate:
            page.set_rotation(rotate)
    if shared_resources and doc.page_count > 1:
        first_resources = doc.xref_get_key(doc[0].xref, "Resources")
        if first_resources[0] == "dict":
            shared = doc.get_new_xref()
            doc.update_object(shared, first_resources[1])
            for page in doc:
                doc.xref_set_key(page.xref, "Resources", f"{shared} 0 R")
    path.parent.mkdir(parents=True, exist_ok=True)
    doc.save(path)
    doc.close()
    return path


def make_image_only_pdf(path: Path, *, pages: int = 1) -> Path:
    """A 'scanned' PDF: pages with a drawing and no text layer."""
    doc = pymupdf.open()
    for _ in range(pages):
        page = doc.new_page()
        page.draw_rect(pymupdf.Rect(100, 100, 300, 300), color=(0, 0, 0), fill=(0.5, 0.5, 0.5))
    doc.save(path)
    doc.close()
    return path


def make_docx(
    path: Path,
    paragraphs: Sequence[str],
    *,
    table: Sequence[Sequence[str]] | None = None,
    header: str | None = None,
    footer: str | None = None,
    paragraphs_after: Sequence[str] = (),
) -> Path:
    """A DOCX with paragraphs, an optional table (first row = header row) and header/footer."""
    document = docx.Document()
    style = document.styles["Normal"]
    style.font.size = Pt(12)
    for text in paragraphs:
        document.add_paragraph(text)
    if table:
        grid = document.add_table(rows=len(table), cols=len(table[0]))
        for r, row in enumerate(table):
            for c, value in enumerate(row):
                grid.cell(r, c).text = value
    for text in paragraphs_after:
        document.add_paragraph(text)
    section = document.sections[0]
    if header:
        section.header.paragraphs[0].text = header
    if footer:
        section.footer.paragraphs[0].text = footer
    path.parent.mkdir(parents=True, exist_ok=True)
    document.save(path)
    return path


def make_text(path: Path, text: str, *, encoding: str = "utf-8") -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(text.encode(encoding))
    return path


FINANCIAL_REPORT = [
    "2026年第一季度财务报表",
    "财务部",
    "一、本季度营业收入 12,860 万元，同比增长 8.2%，净利润 1,420 万元。",
    "二、应收账款余额较上季度下降，现金流量表显示经营活动现金流为正。",
]
FINANCIAL_TABLE = [
    ["项目", "本期金额（万元）", "上期金额（万元）"],
    ["营业收入", "12,860.00", "11,885.40"],
    ["营业成本", "9,102.35", "8,530.12"],
    ["净利润", "1,420.18", "1,266.90"],
]
MEETING_MINUTES = (
    "总经理办公会会议纪要\n"
    "会议时间：2026年4月8日\n会议地点：三楼会议室\n主持人：王总\n记录人：李明\n"
    "与会人员：各部门负责人\n"
    "一、会议议题：审议第二季度经营计划。会议认为，应加快华东市场布局。\n"
    "二、会议决定：由市场部牵头，五月底前提交方案。\n"
    "某某公司总经理办公室\n2026年4月9日"
)
PRESS_RELEASE = (
    "新闻稿\n"
    "某某公司发布2025年度可持续发展报告\n"
    "本报讯（记者 张华）某某公司今日对外发布2025年度可持续发展报告，报告已在公司官网公开。\n"
    "报告显示，公司全年营业收入同比增长，员工培训覆盖率达到百分之九十五。欢迎转载。\n"
    "2026年3月2日"
)
INTERNAL_NOTICE = (
    "关于2026年劳动节放假安排的通知\n"
    "各部门：\n"
    "根据国家有关规定，结合公司实际，现将劳动节放假安排通知如下：5月1日至5日放假，共5天。\n"
    "请各部门做好值班安排和安全检查工作。特此通知。\n"
    "行政部\n2026年4月20日"
)


def libreoffice() -> str | None:
    """The LibreOffice binary, or None where it is not installed (a test then skips with a reason)."""
    import shutil

    return shutil.which("soffice") or shutil.which("libreoffice")


def convert_with_libreoffice(source: Path, out_dir: Path, fmt: str = "pdf") -> Path:
    """`soffice --headless --convert-to FMT`, with a private profile so parallel tests do not clash."""
    import subprocess

    binary = libreoffice()
    if binary is None:
        raise FileNotFoundError("LibreOffice (soffice) is not installed")
    subprocess.run([binary, f"-env:UserInstallation={(out_dir / 'lo-profile').as_uri()}", "--headless",
                    "--convert-to", fmt, "--outdir", str(out_dir), str(source)],
                   check=True, capture_output=True, timeout=300)
    return out_dir / f"{source.stem}.{fmt}"


def sample_facts(**changes: object) -> MarkFacts:
    """The mark facts of a fictional registered 机密 document, for stamper tests and benches."""
    from dataclasses import replace
    from datetime import date

    facts = MarkFacts(level="机密", period="10年", expiry=date(2036, 4, 1), registry="MJ-2026-000123",
                      mark_line="某某公司 机密 10年", scheme="enterprise", owner="某某公司", policy="default",
                      original_sha256="ab" * 32, marked_at="2026-04-01T10:00:00+08:00")
    return replace(facts, **changes)  # type: ignore[arg-type]


def distinct_lines(seed: int, count: int, *, label: str = "附") -> list[str]:
    """Lines of text no other seed gives: what makes each of many drafts its own document (near-identical
    drafts are recognised as copies or quotations of one another)."""
    import random

    rng = random.Random(seed)
    words = [a + b for a in "春夏秋冬东西南北金木水火土山河湖海风云雷电花草树林"
             for b in "城乡路桥门窗楼台车船灯塔钟鼓琴书画"]
    return [f"{label}{n}：" + "，".join("".join(rng.sample(words, 3)) for _ in range(5)) + "。" for n in range(count)]


"""`miji preflight`: a passing job, and for each rule a job that breaks it, driven through the CLI."""

from __future__ import annotations

import csv
import shutil
import subprocess
from collections.abc import Callable, Sequence
from datetime import date, timedelta
from pathlib import Path

import pymupdf
import pytest

from marker.domain.policy import default_policy_text
from tests.builders import FINANCIAL_REPORT, INTERNAL_NOTICE, make_pdf
from tests.conftest import CliResult, json_lines
from tests.roster import ACTOR, install_default_policy

Cli = Callable[..., CliResult]
SECRETS = {"王芳": "wangfang-secret", "李总": "lizong-secret"}
ROLES = {"王芳": "部门经理", "李总": "副总经理"}
A4 = pymupdf.paper_rect("a4")
TODAY = date.today()


# --- building inputs ---------------------------------------------------------------------------
def make_print_pdf(path: Path, pages: Sequence[str | None], *, sizes: dict[int, pymupdf.Rect] | None = None) -> Path:
    """A PDF whose CJK font is embedded (a clean print file); `None` makes a blank page."""
    font = pymupdf.Font("cjk")
    doc = pymupdf.open()
    for index, text in enumerate(pages):
        rect = (sizes or {}).get(index, A4)
        page = doc.new_page(width=rect.width, height=rect.height)
        if text:
            writer = pymupdf.TextWriter(page.rect)
            writer.fill_textbox(pymupdf.Rect(72, 120, rect.width - 72, rect.height - 120), text, font=font,
                                fontsize=11)
            writer.write_text(page)
    doc.subset_fonts()
    path.parent.mkdir(parents=True, exist_ok=True)
    doc.save(path)
    doc.close()
    return path


def notice(tmp: Path, name: str = "通知.pdf", **kwargs: object) -> Path:
    return make_print_pdf(tmp / name, [INTERNAL_NOTICE], **kwargs)  # type: ignore[arg-type]


def write_toml(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def order_file(tmp: Path, *, category: str = "内部文件", copies: int = 1, supervised: bool = True,
               credentials: str = "", extra: str = "") -> Path:
    return write_toml(tmp / "order.toml", f"""
job = "测试印件"
requester = "李明"
department = "财务部"
category = "{category}"
copies = {copies}
supervised = {str(supervised).lower()}
{extra}
{credentials}
""")


def credential(kind: str, *, expires: date | None = None, scan: str | None = None) -> str:
    lines = [f'[[credentials]]\ntype = "{kind}"\nnumber = "NO-{abs(hash(kind)) % 9999}"\nissuer = "宁波市某局"',
             "date = 2024-01-10"]
    if expires:
        lines.append(f"expires = {expires.isoformat()}")
    if scan:
        lines.append(f'scan = "{scan}"')
    return "\n".join(lines) + "\n"


def shop_file(tmp: Path, *, qualification: str = "甲", designated: bool = False, subcontracts: bool = False) -> Path:
    return write_toml(tmp / "shop.toml", f"""
name = "某某印务有限公司"
qualification = "{qualification}"
designated = {str(designated).lower()}
subcontracts = {str(subcontracts).lower()}
""")


# --- the office --------------------------------------------------------------------------------
@pytest.fixture()
def office(cli: Cli, monkeypatch: pytest.MonkeyPatch) -> Cli:
    monkeypatch.setenv("MIJI_USER", "验证员小陈")  # on the test staff's roster (tests/roster.py)
    return cli


def marked(cli: Cli, tmp: Path, level: str = "机密", *, approve: int = 5, text: str | None = None,
           pages: Sequence[str | None] | None = None, extra: Sequence[str] = (),
           name: str = "报告") -> tuple[str, Path]:
    """Mark a PDF through the CLI; returns the registry number and copy 000001's path."""
    source = make_print_pdf(tmp / f"{name}.pdf", pages or [text or "\n".join(FINANCIAL_REPORT), "第二页：正文续。"])
    code, out, err = cli("mark", source, "--level", level, "--json", "--by", ACTOR, *extra)
    assert code == 0, err
    result = json_lines(out)[0]
    if approve:
        approve_copies(cli, result["registry"], approve, by="李总" if level == "绝密" else "王芳")
    return result["registry"], Path(result["copies"][0]["path"])


def approve_copies(cli: Cli, registry: str, copies: int, *, by: str) -> None:
    code, _, err = cli("approve", registry, "--by", by, "--copies", str(copies))
    assert code == 0, err


def run_json(cli: Cli, *args: object) -> tuple[int, dict]:
    code, out, err = cli("preflight", *args, "--json")
    assert code in (0, 6), err
    return code, json_lines(out)[0]


def errors(result: dict) -> set[str]:
    return {f["rule"] for f in result["findings"] if f["severity"] == "error"}


def warnings(result: dict) -> set[str]:
    return {f["rule"] for f in result["findings"] if f["severity"] == "warning"}


def pages_of(result: dict, rule: str) -> list[int | None]:
    return [f["page"] for f in result["findings"] if f["rule"] == rule]


def policy_variant(tmp: Path, name: str, *replacements: tuple[str, str]) -> Path:
    text = default_policy_text()
    for old, new in replacements:
        assert old in text, old
        text = text.replace(old, new, 1)
    return write_toml(tmp / name, text)


# --- a passing job -----------------------------------------------------------------------------
def test_passing_job_is_recorded_in_the_chengyin_register(office: Cli, tmp_path: Path) -> None:
    registry, copy = marked(office, tmp_path)
    before = copy.read_bytes()
    code, result = run_json(office, copy, "--order", order_file(tmp_path))
    assert code == 0
    assert result["verdict"] == "pass" and result["findings"] == []
    assert result["files"][0]["registry"] == registry and result["level"] == "机密"
    assert result["recorded"] is not None
    assert copy.read_bytes() == before

    code, out, err = office("ledger", "export", "--format", "csv", "--register", "承印")
    assert code == 0, err
    rows = list(csv.DictReader(out.splitlines()))
    assert len(rows) == 1
    row = rows[0]
    assert (row["印件"], row["委托人"], row["部门"], row["类别"], row["份数"]) == ("测试印件", "李明", "财务部",
                                                                              "内部文件", "1")
    assert row["承印单位"] == "本单位文印室" and row["查验人"] == "验证员小陈"
    assert row["证件留存至"] == TODAY.replace(year=TODAY.year + 2).isoformat()


def test_human_output_has_verdict_and_grouped_findings_with_pages(office: Cli, tmp_path: Path) -> None:
    pdf = make_print_pdf(tmp_path / "j.pdf", [INTERNAL_NOTICE, None])
    code, out, _ = office("preflight", pdf)
    assert code == 0
    assert "通过" in out.splitlines()[0] and "警告 1" in out.splitlines()[0]
    assert "印刷质量" in out and "QUALITY-BLANK" in out and "第 2 页" in out


def test_failing_job_exits_6_and_is_not_recorded(office: Cli, tmp_path: Path) -> None:
    pdf = make_print_pdf(tmp_path / "j.pdf", [INTERNAL_NOTICE])
    code, _, err = office("preflight", pdf, "--order", order_file(tmp_path, category="商标标识"))
    assert code == 6 and "不通过" in err
    code, out, _ = office("ledger", "export", "--register", "承印")
    assert len(out.strip().splitlines()) == 1  # header only


# --- marks -------------------------------------------------------------------------------------
def test_page_without_header_and_footer(office: Cli, tmp_path: Path) -> None:
    _, copy = marked(office, tmp_path)
    edited = tmp_path / "edited.pdf"
    with pymupdf.open(copy) as doc, pymupdf.open(notice(tmp_path)) as plain:
        doc.insert_pdf(plain, start_at=1)
        doc.save(edited)
    _, result = run_json(office, edited, "--order", order_file(tmp_path))
    assert errors(result) == {"MARK-HEADER", "MARK-FOOTER", "LEDGER-HASH"}
    assert pages_of(result, "MARK-HEADER") == [2]
    assert 2 in pages_of(result, "MARK-FOOTER") and 3 in pages_of(result, "MARK-FOOTER")  # 第 2 页 共 2 页 now page 3


def test_first_page_mark_missing(office: Cli, tmp_path: Path) -> None:
    _, copy = marked(office, tmp_path)
    edited = tmp_path / "edited.pdf"
    with pymupdf.open(copy) as doc:
        page = doc[0]
        page.add_redact_annot(pymupdf.Rect(0, 90, 297, 160))
        page.apply_redactions(images=pymupdf.PDF_REDACT_IMAGE_NONE)
        doc.save(edited)
    _, result = run_json(office, edited, "--order", order_file(tmp_path))
    assert errors(result) == {"MARK-FIRSTPAGE", "LEDGER-HASH"}
    assert set(pages_of(result, "MARK-FIRSTPAGE")) == {1}


def test_text_printed_over_the_mark_fails_mark_overlap_naming_the_page(office: Cli, tmp_path: Path) -> None:
    _, copy = marked(office, tmp_path)
    edited = tmp_path / "overprinted.pdf"
    with pymupdf.open(copy) as doc:
        mark = doc[0].search_for("机密")[0]
        doc[0].insert_text((mark.x0, mark.y1 - 2), "总经理办公会会议纪要", fontname="china-s", fontsize=16)
        doc.save(edited)
    _, result = run_json(office, edited, "--order", order_file(tmp_path))
    assert "MARK-OVERLAP" in errors(result)
    assert pages_of(result, "MARK-OVERLAP") == [1]


def test_a_fresh_copy_has_no_overlap(office: Cli, tmp_path: Path) -> None:
    _, copy = marked(office, tmp_path, pages=["\n".join(FINANCIAL_REPORT) * 3])
    _, result = run_json(office, copy, "--order", order_file(tmp_path))
    assert "MARK-OVERLAP" not in errors(result) and "MARK-FIRSTPAGE" not in errors(result)


@pytest.mark.parametrize(("top_mm", "bottom"), [(15, 800), (25, 600)])
def test_a_copy_whose_marks_made_room_passes_the_mark_rules(office: Cli, tmp_path: Path, top_mm: int,
                                                            bottom: int) -> None:
    font = pymupdf.Font("cjk")
    doc = pymupdf.open()
    for _ in range(2):
        page = doc.new_page()
        writer = pymupdf.TextWriter(page.rect)
        writer.fill_textbox(pymupdf.Rect(60, top_mm * 72 / 25.4, 535, bottom), "\n".join(FINANCIAL_REPORT) * 4,
                            font=font, fontsize=11)
        writer.write_text(page)
    doc.subset_fonts()
    doc.save(tmp_path / "high.pdf")
    code, out, err = office("mark", tmp_path / "high.pdf", "--level", "机密", "--json", "--by", ACTOR)
    assert code == 0, err
    result = json_lines(out)[0]
    approve_copies(office, result["registry"], 5, by="王芳")
    _, checked = run_json(office, result["copies"][0]["path"], "--order", order_file(tmp_path))
    assert not {"MARK-OVERLAP", "MARK-FIRSTPAGE", "MARK-HEADER", "MARK-FOOTER"} & errors(checked), checked["findings"]


def test_an_internal_copy_is_not_reported_as_unmarked(office: Cli, tmp_path: Path) -> None:
    _, copy = marked(office, tmp_path, "内部", approve=0)
    _, result = run_json(office, copy, "--order", order_file(tmp_path))
    assert not {"MARK-FIRSTPAGE", "MARK-OVERLAP"} & errors(result), result["findings"]


def test_star_mark_under_a_commercial_secret_policy(office: Cli, tmp_path: Path) -> None:
    state = policy_variant(tmp_path, "state.toml", ('secrets = "commercial"', 'secrets = "state"'),
                           ('scheme = "enterprise"', 'scheme = "state"'))
    _, copy = marked(office, tmp_path, extra=("--policy", state))
    install_default_policy(Path("miji-data"))  # the print room checks under the company's commercial policy
    _, result = run_json(office, copy, "--order", order_file(tmp_path))
    assert errors(result) == {"MARK-FORM"}
    assert pages_of(result, "MARK-FORM") == [1]
    _, result = run_json(office, copy, "--order", order_file(tmp_path), "--policy", state)
    assert result["verdict"] == "pass"


def test_period_longer_than_the_levels_maximum(office: Cli, tmp_path: Path) -> None:
    long = policy_variant(tmp_path, "long.toml", ('name = "机密"\nmax_years = 20', 'name = "机密"\nmax_years = 30'))
    _, copy = marked(office, tmp_path, extra=("--policy", long, "--period", "25年"))
    install_default_policy(Path("miji-data"))
    _, result = run_json(office, copy, "--order", order_file(tmp_path))
    assert errors(result) == {"MARK-PERIOD"}
    assert "20 年" in next(f["message"] for f in result["findings"] if f["rule"] == "MARK-PERIOD")


def test_expired_mark_is_flagged_for_declassification(office: Cli, tmp_path: Path) -> None:
    text = "\n".join(FINANCIAL_REPORT) + "\n财务部\n2010年1月5日"
    _, copy = marked(office, tmp_path, text=text, extra=("--period", "1年"))
    code, result = run_json(office, copy, "--order", order_file(tmp_path))
    assert code == 0 and warnings(result) == {"MARK-EXPIRED"} and errors(result) == set()
    assert pages_of(result, "MARK-EXPIRED") == [1]


# --- ledger ------------------------------------------------------------------------------------
def test_copy_from_another_ledger_is_not_registered(office: Cli, tmp_path: Path) -> None:
    _, copy = marked(office, tmp_path)
    _, result = run_json(office, copy, "--order", order_file(tmp_path), "--workspace", tmp_path / "other")
    assert errors(result) == {"LEDGER-REGISTERED"}


@pytest.mark.parametrize("action", ["recall", "destroy"])
def test_recalled_or_destroyed_copy(office: Cli, tmp_path: Path, action: str) -> None:
    registry, copy = marked(office, tmp_path)
    kept = shutil.copy(copy, tmp_path / "kept.pdf")  # destruction removes the electronic file
    extra = ("--witness", "王芳") if action == "destroy" else ()
    code, _, err = office("copies", action, registry, "000001", "--by", "档案员", *extra)
    assert code == 0, err
    _, result = run_json(office, kept, "--order", order_file(tmp_path))
    assert errors(result) == {"LEDGER-STATUS"}
    assert ("已清退" if action == "recall" else "已销毁") in result["findings"][0]["message"]


def test_edited_copy_fails_the_hash(office: Cli, tmp_path: Path) -> None:
    _, copy = marked(office, tmp_path)
    edited = tmp_path / "edited.pdf"
    with pymupdf.open(copy) as doc:
        doc.set_metadata({"title": "改过"})
        doc.save(edited)
    _, result = run_json(office, edited, "--order", order_file(tmp_path))
    assert errors(result) == {"LEDGER-HASH"}


def test_approval_used_up(office: Cli, tmp_path: Path) -> None:
    registry, copy = marked(office, tmp_path, approve=2)
    code, _, err = office("copies", "issue", registry, "--to", "张三", "--to", "李四")
    assert code == 0, err
    _, result = run_json(office, copy, "--order", order_file(tmp_path))
    assert errors(result) == {"LEDGER-APPROVAL"}


def test_no_approval_and_over_the_approved_count(office: Cli, tmp_path: Path) -> None:
    _, copy = marked(office, tmp_path, approve=0)
    _, result = run_json(office, copy, "--order", order_file(tmp_path))
    assert errors(result) == {"LEDGER-APPROVAL"}
    _, copy2 = marked(office, tmp_path, approve=2, name="报告二")
    _, result = run_json(office, copy2, "--order", order_file(tmp_path, copies=3))
    assert errors(result) == {"LEDGER-APPROVAL"} and warnings(result) == {"LEDGER-COPIES"}


def test_top_secret_needs_supervision(office: Cli, tmp_path: Path) -> None:
    _, copy = marked(office, tmp_path, "绝密")
    _, result = run_json(office, copy, "--order", order_file(tmp_path, supervised=False))
    assert errors(result) == {"LEDGER-SUPERVISED"}


# --- printer -----------------------------------------------------------------------------------
def test_grade_b_printer_for_top_secret(office: Cli, tmp_path: Path) -> None:
    _, copy = marked(office, tmp_path, "绝密")
    grade_b = shop_file(tmp_path, qualification="乙")
    _, result = run_json(office, copy, "--order", order_file(tmp_path), "--shop", grade_b)
    assert errors(result) == {"PRINTER-QUALIFIED"}
    _, result = run_json(office, copy, "--order", order_file(tmp_path), "--shop", shop_file(tmp_path))
    assert result["verdict"] == "pass"


def notices_order(tmp: Path) -> Path:
    (tmp / "证明.pdf").write_bytes(b"%PDF-1.4 scan")
    return order_file(tmp, category="布告/通行证/票证", credentials=credential("主管部门证明", scan="证明.pdf")
                      + credential("准印证", scan="证明.pdf"))


def test_notices_need_a_designated_printer(office: Cli, tmp_path: Path) -> None:
    _, result = run_json(office, notice(tmp_path), "--order", notices_order(tmp_path),
                         "--shop", shop_file(tmp_path, designated=False))
    assert errors(result) == {"PRINTER-DESIGNATED"}


def test_notices_may_not_be_subcontracted(office: Cli, tmp_path: Path) -> None:
    _, result = run_json(office, notice(tmp_path), "--order", notices_order(tmp_path),
                         "--shop", shop_file(tmp_path, designated=True, subcontracts=True))
    assert errors(result) == {"PRINTER-SUBCONTRACT"}
    _, result = run_json(office, notice(tmp_path), "--order", notices_order(tmp_path),
                         "--shop", shop_file(tmp_path, designated=True))
    assert result["verdict"] == "pass" and result["findings"] == []


# --- 承印验证 ------------------------------------------------------------------------------------
def test_trademark_labels_need_the_registration_certificate(office: Cli, tmp_path: Path) -> None:
    _, result = run_json(office, notice(tmp_path), "--order", order_file(tmp_path, category="商标标识"))
    assert errors(result) == {"CRED-MISSING"}
    assert "商标注册证" in result["findings"][0]["message"]


def test_expired_credential(office: Cli, tmp_path: Path) -> None:
    (tmp_path / "tm.pdf").write_bytes(b"%PDF-1.4 scan")
    order = order_file(tmp_path, category="商标标识",
                       credentials=credential("商标注册证", expires=TODAY - timedelta(days=1), scan="tm.pdf"))
    _, result = run_json(office, notice(tmp_path), "--order", order)
    assert errors(result) == {"CRED-EXPIRED"}


def test_ad_agency_also_needs_its_qualification(office: Cli, tmp_path: Path) -> None:
    order = order_file(tmp_path, category="广告/包装", extra="ad_agency = true", credentials=credential("营业执照"))
    _, result = run_json(office, notice(tmp_path), "--order", order)
    assert errors(result) == {"CRED-MISSING"}
    assert "广告经营资格证明" in result["findings"][0]["message"]


def test_internal_certificates_need_commission_and_id_with_copies_kept(office: Cli, tmp_path: Path) -> None:
    order = order_file(tmp_path, category="内部票证/证件", credentials=credential("委托印刷证明"))
    _, result = run_json(office, notice(tmp_path), "--order", order)
    assert errors(result) == {"CRED-MISSING"} and "居民身份证" in result["findings"][0]["message"]
    assert warnings(result) == {"CRED-SCAN"}


# --- print quality -----------------------------------------------------------------------------
def test_letter_page_in_an_official_document(office: Cli, tmp_path: Path) -> None:
    pdf = make_print_pdf(tmp_path / "j.pdf", [INTERNAL_NOTICE, "附件"], sizes={1: pymupdf.paper_rect("letter")})
    _, result = run_json(office, pdf)
    assert errors(result) == {"QUALITY-PAGESIZE"} and pages_of(result, "QUALITY-PAGESIZE") == [2]


def test_mixed_sizes_are_warned_outside_official_documents(office: Cli, tmp_path: Path) -> None:
    pdf = make_print_pdf(tmp_path / "j.pdf", [INTERNAL_NOTICE, "附件"], sizes={1: pymupdf.paper_rect("a5")})
    (tmp_path / "id.pdf").write_bytes(b"%PDF-1.4 scan")
    order = order_file(tmp_path, category="广告/包装", credentials=credential("营业执照"))
    _, result = run_json(office, pdf, "--order", order)
    assert errors(result) == set() and warnings(result) == {"QUALITY-PAGESIZE"}


def test_fonts_not_embedded(office: Cli, tmp_path: Path) -> None:
    cjk = make_pdf(tmp_path / "cjk.pdf", [INTERNAL_NOTICE])  # china-s: referenced, not embedded
    _, result = run_json(office, cjk)
    assert errors(result) == {"QUALITY-FONTS"} and pages_of(result, "QUALITY-FONTS") == [1]
    latin = tmp_path / "helv.pdf"
    with pymupdf.open(notice(tmp_path)) as doc:
        doc.new_page().insert_text((72, 72), "Appendix", fontname="helv")
        doc.save(latin)
    _, result = run_json(office, latin)
    assert errors(result) == set() and warnings(result) == {"QUALITY-FONTS"}
    assert pages_of(result, "QUALITY-FONTS") == [2]


def test_low_resolution_image(office: Cli, tmp_path: Path) -> None:
    pdf = tmp_path / "img.pdf"
    pix = pymupdf.Pixmap(pymupdf.csRGB, pymupdf.IRect(0, 0, 60, 60), False)
    pix.clear_with(200)
    with pymupdf.open(notice(tmp_path)) as doc:
        doc[0].insert_image(pymupdf.Rect(100, 500, 400, 800), pixmap=pix)  # 60 px over 300 pt: 14 dpi
        doc.save(pdf)
    _, result = run_json(office, pdf)
    assert warnings(result) == {"QUALITY-IMAGES"} and pages_of(result, "QUALITY-IMAGES") == [1]


def test_permissions_forbid_printing(office: Cli, tmp_path: Path) -> None:
    pdf = tmp_path / "locked.pdf"
    with pymupdf.open(notice(tmp_path)) as doc:
        doc.save(pdf, encryption=pymupdf.PDF_ENCRYPT_AES_256, owner_pw="owner", user_pw="",
                 permissions=pymupdf.PDF_PERM_ACCESSIBILITY)
    _, result = run_json(office, pdf)
    assert errors(result) == {"QUALITY-PERMISSIONS"}


def test_blank_page_in_a_marked_document(office: Cli, tmp_path: Path) -> None:
    _, copy = marked(office, tmp_path, pages=["\n".join(FINANCIAL_REPORT), None, "第三页"])
    code, result = run_json(office, copy, "--order", order_file(tmp_path))
    assert code == 0 and warnings(result) == {"QUALITY-BLANK"} and pages_of(result, "QUALITY-BLANK") == [2]


# --- content -----------------------------------------------------------------------------------
def test_unmarked_secret_content(office: Cli, tmp_path: Path) -> None:
    pdf = make_print_pdf(tmp_path / "j.pdf", ["第一页：目录与说明", "\n".join(FINANCIAL_REPORT)])
    _, result = run_json(office, pdf)
    assert errors(result) == {"CONTENT-UNMARKED"} and pages_of(result, "CONTENT-UNMARKED") == [2]
    assert "未标密的涉密内容" in result["findings"][0]["message"]


# --- order and shop files ----------------------------------------------------------------------
def test_templates_are_valid_files(office: Cli, tmp_path: Path) -> None:
    for kind in ("order", "shop"):
        code, out, _ = office("preflight", "--template", kind)
        assert code == 0 and out.startswith("#")
        write_toml(tmp_path / f"{kind}.toml", out)
    code, result = run_json(office, notice(tmp_path), "--order", tmp_path / "order.toml", "--shop",
                            tmp_path / "shop.toml", "--copies", "1")
    assert code == 0, result["findings"]


@pytest.mark.parametrize(("text", "key"), [
    ('requester = "李明"\ndepartment = "财务部"\ncategory = "内部文件"\ncopies = 1\ncolour = "red"', "colour"),
    ('requester = "李明"\ndepartment = "财务部"\ncategory = "内部文件"\ncopies = "五"', "copies"),
    ('requester = "李明"\ndepartment = "财务部"\ncategory = "传单"\ncopies = 1', "category"),
    ('requester = "李明"\ndepartment = "财务部"\ncategory = "商标标识"\ncopies = 1\n[[credentials]]\n'
     'type = "商标注册证"\nnumber = "1"\nissuer = "x"\ndate = "2024-01-01"', "credentials[0].date"),
])
def test_invalid_order_is_one_line_with_the_key_path(office: Cli, tmp_path: Path, text: str, key: str) -> None:
    code, out, err = office("preflight", notice(tmp_path), "--order", write_toml(tmp_path / "o.toml", text))
    assert code == 4 and out == ""
    assert len(err.strip().splitlines()) == 1 and key in err


def test_invalid_shop_is_rejected(office: Cli, tmp_path: Path) -> None:
    shop = write_toml(tmp_path / "s.toml", 'name = "印厂"\nqualification = "丙"\ndesignated = "yes"')
    code, _, err = office("preflight", notice(tmp_path), "--shop", shop)
    assert code == 4 and "qualification" in err and "designated" in err


# --- numbered print copies ---------------------------------------------------------------------
def test_print_ready_holds_each_approved_copy_with_its_own_number(office: Cli, tmp_path: Path) -> None:
    registry, copy = marked(office, tmp_path, "绝密", approve=3)
    out = tmp_path / "印件.pdf"
    code, result = run_json(office, copy, "--order", order_file(tmp_path, copies=3), "--print-ready", out)
    assert code == 0, result["findings"]
    ready = result["print_ready"]
    assert [c["copy_no"] for c in ready["copies"]] == ["000002", "000003", "000004"]
    with pymupdf.open(out) as doc:
        assert doc.page_count == 6
        footers = [doc[i].get_text("text", clip=pymupdf.Rect(0, doc[i].rect.height - 80, 600, 900)) for i in (0, 2, 4)]
    for footer, number in zip(footers, ("000002", "000003", "000004"), strict=True):
        assert f"第 {number} 份" in footer
    code, out_text, _ = office("copies", "list", registry, "--json")
    paper = [c for c in json_lines(out_text) if c["copy_no"] != "000001"]
    assert {(c["status"], c["medium"], Path(c["path"]).name) for c in paper} == {("issued", "paper", "印件.pdf")}
    # the approval is used up now
    _, again = run_json(office, copy, "--order", order_file(tmp_path, copies=1))
    assert errors(again) == {"LEDGER-APPROVAL"}


def test_print_ready_is_not_made_for_a_failing_job(office: Cli, tmp_path: Path) -> None:
    _, copy = marked(office, tmp_path, "绝密", approve=3)
    out = tmp_path / "印件.pdf"
    code, _ = run_json(office, copy, "--order", order_file(tmp_path, copies=3, supervised=False), "--print-ready", out)
    assert code == 6 and not out.exists()


# --- the HTML report ---------------------------------------------------------------------------
def test_html_report_is_self_contained(office: Cli, tmp_path: Path) -> None:
    _, copy = marked(office, tmp_path, approve=0)
    report = tmp_path / "report.html"
    code, _, _ = office("preflight", copy, "--order", order_file(tmp_path), "--report", report)
    assert code == 6
    html = report.read_text(encoding="utf-8")
    assert "不通过" in html and "LEDGER-APPROVAL" in html and "data:image/png;base64," in html
    assert "<link" not in html and "<script" not in html and "http://" not in html


def test_html_report_renders_in_headless_chromium(office: Cli, tmp_path: Path) -> None:
    browser = shutil.which("chromium") or shutil.which("chromium-browser")
    if browser is None:
        pytest.skip("chromium not installed (apt-get install chromium)")
    _, copy = marked(office, tmp_path)
    report = tmp_path / "report.html"
    code, _, _ = office("preflight", copy, "--order", order_file(tmp_path), "--report", report)
    assert code == 0
    shot = tmp_path / "shot.png"
    subprocess.run([browser, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    f"--user-data-dir={tmp_path / 'profile'}", f"--screenshot={shot}", "--window-size=1200,1600",
                    report.absolute().as_uri()], check=True, capture_output=True, timeout=120)
    with pymupdf.open(shot) as image:
        assert image[0].rect.width > 100

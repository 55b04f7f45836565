"""Build the sample drafts in samples/ (deterministic: same bytes on every run).

    python samples/make_samples.py

All texts are original drafts written for Miji's demo. The company (华岳精工股份有限公司), its
customers, suppliers and people are fictional; the resident ID numbers in the roster are made up
but carry valid GB 11643 check digits so that the ID detector recognises them.

PDFs are built with pymupdf (A4, the bundled CJK font embedded as a subset), DOCX with python-docx (A4, real
tables). Every file is written to a temporary name and renamed into place. Timestamps inside the
files are fixed, so re-running the script reproduces the committed files byte for byte.
"""

from __future__ import annotations

import io
import os
import re
import zipfile
from datetime import datetime
from pathlib import Path

import docx
import pymupdf
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

HERE = Path(__file__).resolve().parent
COMPANY = "华岳精工股份有限公司"
FIXED = datetime(2026, 3, 18, 9, 0, 0)
ZIP_TIME = (2026, 3, 18, 9, 0, 0)
A4_W, A4_H = 595.28, 841.89  # points
FONT = "F0"  # pymupdf's bundled CJK font (Droid Sans Fallback), embedded
INDENT = "\u3000\u3000"


# --------------------------------------------------------------------------- writing helpers

def _replace(path: Path, data: bytes) -> None:
    tmp = path.with_name(f".{path.name}.tmp")
    tmp.write_bytes(data)
    os.replace(tmp, path)


def write_text(name: str, text: str, encoding: str = "utf-8", newline: str = "\n") -> None:
    body = text.strip("\n") + "\n"
    _replace(HERE / name, body.replace("\n", newline).encode(encoding))


def write_pdf(name: str, title: str, pages: list[list[str]], *, subtitle: str = "",
              subject: str = "") -> None:
    """One page per list of paragraphs; the title (and subtitle) open page 1."""
    doc = pymupdf.open()
    left, right, top, bottom = 79.4, A4_W - 73.7, 104.9, A4_H - 90.0  # 28/26 mm sides, 37 mm top
    total = len(pages)
    cjk = pymupdf.Font("cjk").buffer
    for number, paragraphs in enumerate(pages, start=1):
        page = doc.new_page(width=A4_W, height=A4_H)
        # The CJK font is embedded (subset below), as in a file ready for the print room: a font
        # only named (the built-in "china-s") fails pre-flight's QUALITY-FONTS check.
        page.insert_font(fontname=FONT, fontbuffer=cjk)
        y = top
        if number == 1:
            rect = pymupdf.Rect(left, y, right, y + 60)
            spare = page.insert_textbox(rect, title, fontname=FONT, fontsize=18, align=1,
                                        lineheight=1.5)
            if spare < 0:
                raise ValueError(f"{name}: title does not fit")
            y += 60 - spare + 6
            if subtitle:
                rect = pymupdf.Rect(left, y, right, y + 40)
                spare = page.insert_textbox(rect, subtitle, fontname=FONT, fontsize=12, align=1,
                                            lineheight=1.5)
                y += 40 - spare + 8
        # insert_textbox wraps at ASCII spaces: "1. 文字" would leave "1." alone on a line, so the
        # list numbers take the full-width stop Chinese typesetting uses anyway ("1．").
        body = re.sub(r"(\d)\. ", r"\1．", "\n".join(paragraphs))
        spare = page.insert_textbox(pymupdf.Rect(left, y, right, bottom), body, fontname=FONT,
                                    fontsize=11.5, lineheight=1.5)
        if spare < 0:
            raise ValueError(f"{name}: page {number} overflows by {-spare:.0f} pt")
        page.insert_textbox(pymupdf.Rect(left, A4_H - 70, right, A4_H - 40),
                            f"— {number} —  共 {total} 页", fontname=FONT, fontsize=10, align=1)
    doc.subset_fonts()
    stamp = "D:20260318090000+08'00'"
    doc.set_metadata({
        "title": title, "author": COMPANY, "subject": subject, "keywords": "",
        "creator": "Miji samples/make_samples.py", "producer": "PyMuPDF",
        "creationDate": stamp, "modDate": stamp,
    })
    data = doc.tobytes(garbage=4, deflate=True, no_new_id=True)
    doc.close()
    _replace(HERE / name, data)


class Docx:
    """A thin python-docx wrapper: A4, 宋体 body, tables with grid lines."""

    def __init__(self) -> None:
        self.doc = docx.Document()
        section = self.doc.sections[0]
        section.page_width, section.page_height = Mm(210), Mm(297)
        section.top_margin, section.bottom_margin = Mm(37), Mm(35)
        section.left_margin, section.right_margin = Mm(28), Mm(26)
        normal = self.doc.styles["Normal"]
        normal.font.name = "Times New Roman"
        normal.font.size = Pt(12)
        normal.element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), "宋体")

    def title(self, text: str, size: float = 18) -> None:
        par = self.doc.add_paragraph()
        par.alignment = WD_ALIGN_PARAGRAPH.CENTER
        run = par.add_run(text)
        run.bold = True
        run.font.size = Pt(size)
        run.element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), "黑体")

    def para(self, text: str, *, bold: bool = False, align: str = "left", size: float | None = None,
             indent: bool = False) -> None:
        par = self.doc.add_paragraph()
        par.alignment = {"left": WD_ALIGN_PARAGRAPH.LEFT, "center": WD_ALIGN_PARAGRAPH.CENTER,
                         "right": WD_ALIGN_PARAGRAPH.RIGHT, "justify": WD_ALIGN_PARAGRAPH.JUSTIFY}[align]
        run = par.add_run((INDENT if indent else "") + text)
        run.bold = bold
        if size:
            run.font.size = Pt(size)

    def table(self, rows: list[list[str]], *, size: float = 10.5, widths: list[float] | None = None,
              bold_rows: tuple[int, ...] = (0,)) -> None:
        table = self.doc.add_table(rows=len(rows), cols=len(rows[0]))
        table.style = "Table Grid"
        table.alignment = WD_TABLE_ALIGNMENT.CENTER
        for r, values in enumerate(rows):
            for c, value in enumerate(values):
                cell = table.cell(r, c)
                cell.text = ""
                par = cell.paragraphs[0]
                run = par.add_run(value)
                run.font.size = Pt(size)
                run.bold = r in bold_rows
                if c > 0 and _numeric(value):
                    par.alignment = WD_ALIGN_PARAGRAPH.RIGHT
                elif r == 0:
                    par.alignment = WD_ALIGN_PARAGRAPH.CENTER
                if widths:
                    cell.width = Mm(widths[c])

    def save(self, name: str, title: str) -> None:
        props = self.doc.core_properties
        props.title, props.author, props.last_modified_by = title, COMPANY, COMPANY
        props.created = props.modified = FIXED
        props.revision = 1
        buffer = io.BytesIO()
        self.doc.save(buffer)
        _replace(HERE / name, _fixed_zip(buffer.getvalue()))


def _numeric(value: str) -> bool:
    stripped = value.replace(",", "").replace(".", "").replace("-", "").replace("%", "")
    return bool(stripped) and stripped.isdigit()


def _fixed_zip(data: bytes) -> bytes:
    """Rewrite a zip with fixed member timestamps so the bytes do not depend on the clock."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, \
            zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=ZIP_TIME)
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = 0o644 << 16
            dst.writestr(fixed, src.read(info.filename))
    return out.getvalue()


def money(value: float) -> str:
    return f"{value:,.2f}"


# --------------------------------------------------------------------------- 财务报表 (机密 / financial)

def financial_statements() -> None:
    d = Docx()
    d.title(f"{COMPANY}2026年第一季度财务报表")
    d.para("编制单位：华岳精工股份有限公司　　报告期间：2026年1月1日至2026年3月31日　　"
           "金额单位：人民币万元", align="center", size=10.5)
    d.para("一、资产负债表（2026年3月31日）", bold=True)
    current = [("货币资金", 18642.35, 21308.77), ("应收票据", 2116.40, 1874.92),
               ("应收账款", 15937.62, 13205.18), ("预付款项", 1284.55, 986.30),
               ("存货", 12470.83, 11652.09), ("其他流动资产", 736.21, 812.44)]
    noncurrent = [("固定资产", 28904.17, 29516.83), ("在建工程", 4362.58, 3127.35),
                  ("无形资产", 5218.40, 5296.72), ("长期待摊费用", 1118.47, 997.19),
                  ("递延所得税资产", 642.90, 618.05)]
    cur_liab = [("短期借款", 9500.00, 8000.00), ("应付票据", 3265.80, 2987.46),
                ("应付账款", 11872.34, 12630.55), ("合同负债", 2406.18, 1958.72),
                ("应付职工薪酬", 1637.25, 2845.90), ("应交税费", 986.83, 1486.31)]
    long_liab = [("长期借款", 6000.00, 6000.00), ("递延收益", 1385.00, 1420.00)]
    equity = [("股本", 24000.00, 24000.00), ("资本公积", 11563.27, 11563.27),
              ("盈余公积", 3486.52, 3486.52)]

    def total(items: list[tuple[str, float, float]], col: int) -> float:
        return round(sum(item[col] for item in items), 2)

    assets = [total(current, c) + total(noncurrent, c) for c in (1, 2)]
    liabilities = [total(cur_liab, c) + total(long_liab, c) for c in (1, 2)]
    retained = [round(assets[i] - liabilities[i] - total(equity, i + 1), 2) for i in (0, 1)]
    rows = [["项目", "期末余额", "年初余额"]]
    rows += [[n, money(a), money(b)] for n, a, b in current]
    rows.append(["流动资产合计", money(total(current, 1)), money(total(current, 2))])
    rows += [[n, money(a), money(b)] for n, a, b in noncurrent]
    rows.append(["非流动资产合计", money(total(noncurrent, 1)), money(total(noncurrent, 2))])
    rows.append(["资产总计", money(assets[0]), money(assets[1])])
    rows += [[n, money(a), money(b)] for n, a, b in cur_liab]
    rows.append(["流动负债合计", money(total(cur_liab, 1)), money(total(cur_liab, 2))])
    rows += [[n, money(a), money(b)] for n, a, b in long_liab]
    rows.append(["负债合计", money(liabilities[0]), money(liabilities[1])])
    rows += [[n, money(a), money(b)] for n, a, b in equity]
    rows.append(["未分配利润", money(retained[0]), money(retained[1])])
    eq = [total(equity, 1) + retained[0], total(equity, 2) + retained[1]]
    rows.append(["所有者权益合计", money(eq[0]), money(eq[1])])
    rows.append(["负债和所有者权益总计", money(liabilities[0] + eq[0]), money(liabilities[1] + eq[1])])
    d.table(rows, widths=[60, 45, 45], bold_rows=(0,))

    d.para("二、利润表（2026年1—3月）", bold=True)
    this = {"营业收入": 26874.16, "营业成本": 20318.45, "税金及附加": 186.32, "销售费用": 864.27,
            "管理费用": 1375.80, "研发费用": 1402.66, "财务费用": 213.49, "其他收益": 158.00,
            "营业外收入": 42.15, "营业外支出": 18.60, "所得税费用": 380.54}
    last = {"营业收入": 23511.09, "营业成本": 18052.73, "税金及附加": 161.08, "销售费用": 798.45,
            "管理费用": 1290.36, "研发费用": 1186.92, "财务费用": 247.31, "其他收益": 96.50,
            "营业外收入": 25.80, "营业外支出": 31.24, "所得税费用": 292.18}

    def income(v: dict[str, float]) -> list[float]:
        op = (v["营业收入"] - v["营业成本"] - v["税金及附加"] - v["销售费用"] - v["管理费用"]
              - v["研发费用"] - v["财务费用"] + v["其他收益"])
        pre = op + v["营业外收入"] - v["营业外支出"]
        return [round(op, 2), round(pre, 2), round(pre - v["所得税费用"], 2)]

    a, b = income(this), income(last)
    rows = [["项目", "本期金额", "上年同期金额"]]
    for key in ("营业收入", "营业成本", "税金及附加", "销售费用", "管理费用", "研发费用", "财务费用"):
        rows.append([("减：" if key != "营业收入" else "") + key, money(this[key]), money(last[key])])
    rows.append(["加：其他收益", money(this["其他收益"]), money(last["其他收益"])])
    rows.append(["营业利润", money(a[0]), money(b[0])])
    rows.append(["加：营业外收入", money(this["营业外收入"]), money(last["营业外收入"])])
    rows.append(["减：营业外支出", money(this["营业外支出"]), money(last["营业外支出"])])
    rows.append(["利润总额", money(a[1]), money(b[1])])
    rows.append(["减：所得税费用", money(this["所得税费用"]), money(last["所得税费用"])])
    rows.append(["净利润", money(a[2]), money(b[2])])
    d.table(rows, widths=[60, 45, 45])

    d.para("三、现金流量表（摘要）", bold=True)
    flows = [("经营活动产生的现金流量净额", 1853.27), ("投资活动产生的现金流量净额", -2963.74),
             ("筹资活动产生的现金流量净额", -1555.95)]
    net = round(sum(v for _, v in flows), 2)
    rows = [["项目", "本期金额"]] + [[n, money(v)] for n, v in flows]
    rows.append(["现金及现金等价物净增加额", money(net)])
    d.table(rows, widths=[90, 50])

    growth = (this["营业收入"] / last["营业收入"] - 1) * 100
    margin = (1 - this["营业成本"] / this["营业收入"]) * 100
    margin_last = (1 - last["营业成本"] / last["营业收入"]) * 100
    d.para("四、主要项目说明", bold=True)
    for text in (
        f"1. 本季度实现营业收入{this['营业收入']:,.2f}万元，较上年同期增长{growth:.1f}%，主要是精密减速机"
        f"和直线导轨两条产品线出货量增加；综合毛利率{margin:.1f}%，"
        f"较上年同期提高{margin - margin_last:.1f}个百分点。",
        f"2. 应收账款期末余额{current[2][1]:,.2f}万元，较年初增加{current[2][1] - current[2][2]:,.2f}万元，"
        "主要是一季度集中交付的两家整机客户尚处于信用期内，4月起陆续回款。",
        "3. 在建工程增加系二号厂房土建及配套工程按进度投入；短期借款增加1,500.00万元，"
        "用于补充原材料备货资金。",
        "4. 应付职工薪酬较年初减少，主要是2025年度年终奖已于2月发放。",
        "5. 本报表未经审计，仅供公司管理层及董事会审阅，请勿对外提供。",
    ):
        d.para(text, indent=True)
    d.para("法定代表人：周振华　　主管会计工作负责人：林雅琴　　会计机构负责人：郑晓峰")
    d.para("华岳精工股份有限公司财务部", align="right")
    d.para("2026年4月20日", align="right")
    d.save("财务报表-2026Q1.docx", "2026年第一季度财务报表")


# --------------------------------------------------------------------------- 投标文件 (绝密 / bid)

def bid_document() -> None:
    items = [("1", "智能安防及周界防范系统", 8436200.00), ("2", "园区综合管理平台（含数据中台）", 9217800.00),
             ("3", "智慧停车及道闸系统", 3158400.00), ("4", "楼宇自控及能耗监测系统", 6072300.00),
             ("5", "5G专网及综合布线工程", 7215600.00), ("6", "机房建设及配套设备", 3066200.00),
             ("7", "安装调试、培训及试运行", 1560000.00)]
    total = sum(v for *_, v in items)
    lines = [f"{no}．{name}：人民币{money(v)}元" for no, name, v in items]
    page1 = [
        "招标编号：HDZG-2026-ZB-017",
        "投标人：华岳精工股份有限公司",
        "投标文件组成：投标函及附录、开标一览表、分项报价表、商务条款响应表、技术方案、资格证明文件",
        "",
        "第一部分　投标函",
        "致：苏州华东智谷产业园管理有限公司",
        INDENT + "根据贵方华东智谷智慧园区建设项目（一期）招标文件（招标编号：HDZG-2026-ZB-017），"
        "我方在认真研究招标文件、踏勘现场并参加投标预备会后，决定参加本项目投标，并作如下承诺：",
        INDENT + f"1. 我方愿以投标总报价人民币{money(total)}元（大写：人民币叁仟捌佰柒拾贰万陆仟伍佰元整）"
        "按招标文件要求完成本项目的设计深化、设备供货、安装调试、系统集成、培训及试运行工作。",
        INDENT + "2. 计划工期为240日历天，质量标准为合格，并通过招标人组织的竣工验收。",
        INDENT + "3. 本投标文件的投标有效期为自投标截止之日起90日历天，在有效期内对我方具有约束力，"
        "我方不撤回、不修改投标文件。",
        INDENT + "4. 我方已于2026年3月16日通过基本户向招标代理机构指定账户递交投标保证金人民币600,000.00元。"
        "如我方在投标有效期内撤回投标文件，或中标后无正当理由不签订合同、不提交履约担保，"
        "我方同意投标保证金不予退还。",
        INDENT + "5. 如我方中标，将在收到中标通知书后30日内与招标人签订合同，"
        "并按合同价款的10%提交银行履约保函。",
        INDENT + "6. 我方理解招标人不一定接受最低报价的投标，也无须解释未中标原因。",
        "",
        "第二部分　开标一览表",
        f"投标总报价：人民币{money(total)}元（含税，增值税税率9%/13%按项目分别计取）",
        "工期：240日历天　　质量：合格　　质保期：3年　　投标有效期：90日历天",
        "项目经理：陆建国（一级建造师，机电工程专业）",
    ]
    page2 = [
        "第三部分　分项报价汇总表",
        *lines,
        f"合计：人民币{money(total)}元",
        INDENT + "说明：分项报价已包含设备费、材料费、运输及保险费、安装调试费、管理费、利润、"
        "税金及招标文件规定的一切风险费用；工程量清单中未单独列项的零星工作，其费用已摊入相应分项单价。"
        "报价低于最高限价人民币41,500,000.00元，下浮幅度约6.7%。",
        "",
        "第四部分　商务条款响应",
        INDENT + "1. 付款方式：同意招标文件约定，合同签订后支付30%预付款，设备到货验收后支付至60%，"
        "系统竣工验收合格后支付至95%，余款5%作为质量保证金于质保期满后无息支付。",
        INDENT + "2. 质保期：全部系统质保期3年，自竣工验收合格之日起计算，优于招标文件要求的2年。"
        "质保期内提供7×24小时响应，故障2小时到场、24小时内修复。",
        INDENT + "3. 交货与实施：主要设备于合同签订后45日内到场，分三个片区同步施工。",
        INDENT + "4. 偏离情况：商务条款无负偏离；质保期及运维响应两项为正偏离。",
        "",
        "第五部分　技术方案摘要",
        INDENT + "本项目按照“一个平台、一张网络、N个应用”的思路建设。综合管理平台采用微服务架构，"
        "统一接入安防、停车、楼宇自控、能耗和访客等子系统数据，形成园区运行一张图；"
        "视频监控点位共计1,286个，其中人脸抓拍点位214个；周界防范采用振动光纤与视频复核联动；"
        "能耗监测覆盖园区12栋楼宇的水、电、气计量点位共2,940个。",
    ]
    page3 = [
        INDENT + "我方在精密装备制造和工业自动化领域积累了较完整的系统集成经验，"
        "近三年完成类似智慧园区项目4个，合同金额均在2,000万元以上，相关业绩证明材料详见资格证明文件。",
        INDENT + "项目组由项目经理1名、技术负责人1名、各专业工程师14名组成，"
        "主要人员均为我方正式员工，实施期间不更换，确需更换的，事先征得招标人书面同意。",
        "",
        "第六部分　其他承诺",
        INDENT + "1. 我方保证所提交的投标文件及资格证明材料真实、有效，不存在串通投标、弄虚作假等行为。",
        INDENT + "2. 我方同意招标文件中关于废标和否决投标的全部条款。",
        INDENT + "3. 本投标文件正本一份、副本四份，电子版一份，正副本不一致时以正本为准。",
        "",
        "附件：1. 法定代表人授权委托书　2. 投标保证金缴纳凭证　3. 营业执照及资质证书　"
        "4. 近三年类似项目业绩一览表　5. 项目管理机构组成表",
        "",
        "投标人：华岳精工股份有限公司（盖章）",
        "法定代表人或其委托代理人：周振华（签字）",
        "地址：江苏省苏州市高新区华岳路88号",
        "日期：2026年3月18日",
    ]
    write_pdf("投标文件-智慧园区项目.pdf", "华东智谷智慧园区建设项目（一期）投标文件",
              [page1, page2, page3], subtitle="（正本）", subject="投标文件")


# --------------------------------------------------------------------------- 工资表 (秘密 / compensation)

def payroll() -> None:
    staff = [("王建军", "HY0107", "事业部经理", 9800, 3500, 4200, 0),
             ("李秀英", "HY0215", "生产主管", 7200, 2200, 2860, 680),
             ("张伟", "HY0238", "数控编程员", 6500, 1800, 2450, 920),
             ("刘洋", "HY0264", "质量工程师", 6800, 1800, 2310, 0),
             ("陈静", "HY0301", "计划员", 5600, 1200, 1680, 0),
             ("杨帆", "HY0322", "数控车工", 5200, 1000, 2120, 1360),
             ("赵磊", "HY0345", "数控车工", 5200, 1000, 1960, 1180),
             ("黄丽华", "HY0358", "检验员", 4800, 800, 1450, 540),
             ("周明", "HY0376", "磨工", 5000, 1000, 1890, 1040),
             ("吴婷", "HY0390", "设备维修工", 5400, 1000, 1720, 860),
             ("徐志强", "HY0412", "装配工", 4600, 800, 1530, 1220),
             ("孙晓燕", "HY0427", "仓管员", 4300, 600, 1260, 0)]
    header = ["序号", "姓名", "工号", "岗位", "基本工资", "岗位工资", "绩效工资", "加班费",
              "应发工资", "社保个人", "公积金个人", "个人所得税", "实发工资"]
    rows = [header]
    sums = [0.0] * 9
    for index, (name, no, post, base, post_pay, perf, overtime) in enumerate(staff, start=1):
        gross = base + post_pay + perf + overtime
        social = round((base + post_pay) * 0.105, 2)
        fund = round((base + post_pay) * 0.07, 2)
        taxable = gross - social - fund - 5000
        tax = 0.0 if taxable <= 0 else round(taxable * 0.03 if taxable <= 3000
                                             else taxable * 0.10 - 210, 2)
        net = round(gross - social - fund - tax, 2)
        values = [base, post_pay, perf, overtime, gross, social, fund, tax, net]
        sums = [s + v for s, v in zip(sums, values, strict=True)]
        rows.append([str(index), name, no, post, *(money(v) for v in values)])
    rows.append(["", "合计", "", "", *(money(v) for v in sums)])
    d = Docx()
    section = d.doc.sections[0]
    section.left_margin = section.right_margin = Mm(15)
    d.title(f"{COMPANY}2026年3月工资表")
    d.para("部门：精密加工事业部　　所属期间：2026年3月1日—3月31日　　人数：12人　　单位：元",
           align="center", size=10.5)
    d.table(rows, size=8, bold_rows=(0, len(rows) - 1))
    d.para("说明：", bold=True)
    for text in (
        "1. 基本工资、岗位工资按员工本人薪级标准核定；绩效工资依据2月份绩效考核结果，"
        "按“个人绩效系数×部门绩效系数×绩效基数”计算。",
        "2. 加班费按国家规定计发：工作日延长工作时间按150%、休息日按200%计算，"
        "加班时数以考勤系统导出并经部门经理确认的数据为准。",
        "3. 社保个人部分含养老保险8%、医疗保险2%、失业保险0.5%，公积金个人缴存比例7%，"
        "缴费基数为基本工资与岗位工资之和。",
        "4. 个人所得税按累计预扣法代扣代缴，本表所列为本月预扣税额。",
        "5. 实发工资于2026年4月10日前由公司代发至员工本人工资卡。员工对本人工资有疑问的，"
        "请于发放后5个工作日内向人力资源部薪酬专员反映。",
        "6. 本表为薪酬资料，仅限人力资源部、财务部经办人员及事业部经理查阅，不得复印、拍照或外传。",
    ):
        d.para(text, indent=True, size=10.5)
    d.para("制表：韩雪　　审核：宋立新　　批准：王建军", size=10.5)
    d.para("人力资源部", align="right", size=10.5)
    d.para("2026年4月3日", align="right", size=10.5)
    d.save("工资表-2026年3月.docx", "2026年3月工资表")


# --------------------------------------------------------------------------- 会议纪要 (机密 / meeting_minutes)

def meeting_minutes() -> None:
    page1 = [
        "总经理办公室　　　　　　　　　　　　　　　　　2026年第6期",
        "",
        "会议时间：2026年3月16日（星期一）上午9:00—11:40",
        "会议地点：公司总部三楼第一会议室",
        "主持人：周振华（总经理）",
        "出席：周振华、马立东、林雅琴、沈国平、许文博",
        "列席：生产运营部、财务部、工程管理部、安全环保部、人力资源部负责人",
        "记录人：唐晓敏",
        "",
        INDENT + "3月16日，周振华总经理主持召开2026年第6次总经理办公会，听取一季度生产经营情况汇报，"
        "研究二号厂房建设进度、应收账款清收、春季安全生产检查和2026届校园招聘等事项。现将会议议定事项纪要如下：",
        "",
        "一、关于一季度生产经营情况",
        INDENT + "会议听取了生产运营部关于1—2月生产经营情况的汇报。1—2月公司累计完成产值1.72亿元，"
        "精密减速机订单饱满，直线导轨产线受春节后返岗延迟影响，2月产量未达计划。",
        INDENT + "会议要求：生产运营部3月底前完成直线导轨产线欠产补齐，必要时安排周末加班，"
        "加班方案报分管副总经理马立东审批；采购部同步做好轴承钢等主要原材料的备货，避免停线待料。",
        "",
        "二、关于二号厂房建设进度",
        INDENT + "会议听取了工程管理部的汇报。二号厂房主体结构已于3月10日封顶，目前进入屋面和外墙施工阶段，"
        "较计划滞后约12天。",
        INDENT + "会议认为，二号厂房须在8月底前具备设备进场条件，工期不能再拖。会议要求工程管理部督促施工单位"
        "增加作业班组，每周一在办公会上书面报告进度；涉及设计变更的，按公司工程变更流程办理，"
        "单项金额50万元以上的变更须提交办公会审议。",
    ]
    page2 = [
        "三、关于应收账款清收工作",
        INDENT + "会议听取了财务部关于应收账款情况的汇报。截至2月底，账龄超过一年的应收账款共计1,386万元，"
        "涉及客户9家，其中江北重机一家即达612万元。",
        INDENT + "会议决定：成立由马立东牵头，销售部、财务部、法务部参加的清收专项小组，"
        "对9家客户逐一制定清收方案，明确责任人和回款时间；对江北重机先发律师函，"
        "4月底前仍未达成还款计划的，启动诉讼程序。清收情况纳入销售人员二季度绩效考核。",
        "",
        "四、关于春季安全生产大检查",
        INDENT + "会议同意安全环保部提出的春季安全生产大检查方案。检查时间为3月20日至4月10日，"
        "重点检查热处理车间燃气管路、行车吊具、危化品库房和消防通道。",
        INDENT + "会议强调，安全生产是底线，各部门负责人是本部门安全第一责任人。"
        "检查发现的重大隐患须立即停用整改，整改不到位的不得复工；检查结果于4月15日前报办公会。",
        "",
        "五、关于2026届校园招聘",
        INDENT + "会议原则同意人力资源部提出的2026届校园招聘安排，计划招聘机械、电气、材料等专业"
        "本科及以上毕业生28名，其中研发岗位12名。人力资源部会同技术中心于4月上旬确定目标院校和宣讲日程，"
        "录用名单报总经理审批。",
        "",
        "六、其他事项",
        INDENT + "会议要求各部门严格落实会议精神，按议定事项分工推进，总经理办公室负责督办，"
        "并在下次办公会上通报落实情况。本纪要按会议文件管理，请勿复印、转发。",
        "",
        "分送：公司领导，各部门负责人",
        "总经理办公室",
        "2026年3月18日",
    ]
    write_pdf("会议纪要-总经理办公会.pdf", "总经理办公会会议纪要", [page1, page2],
              subject="会议纪要")


# --------------------------------------------------------------------------- 采购合同草稿 (秘密 / contracts)

def purchase_contract_draft() -> None:
    d = Docx()
    d.title("设备采购合同（草稿）")
    d.para("合同编号：HY-CG-2026-______", align="right", size=10.5)
    d.para("甲方（买方）：华岳精工股份有限公司")
    d.para("住所：江苏省苏州市高新区华岳路88号　　法定代表人：周振华")
    d.para("乙方（卖方）：________________________")
    d.para("住所：________________________　　法定代表人：__________")
    d.para("根据《中华人民共和国民法典》及有关法律法规，甲乙双方本着平等自愿、诚实信用的原则，"
           "经协商一致，就甲方向乙方采购数控加工设备事宜签订本合同，共同遵守。", indent=True)
    d.para("第一条　合同标的", bold=True)
    d.para("乙方向甲方提供下列设备及随机附件、技术资料和备品备件：", indent=True)
    d.table([
        ["序号", "设备名称", "规格型号", "数量", "单价（元）", "金额（元）", "交货期"],
        ["1", "数控立式加工中心", "________", "2台", "________", "________", "____天"],
        ["2", "数控卧式车床", "________", "3台", "________", "________", "____天"],
        ["3", "精密平面磨床", "________", "1台", "________", "________", "____天"],
        ["", "合计", "", "6台", "", "________", ""],
    ], widths=[12, 36, 26, 14, 24, 24, 18])
    articles = [
        ("第二条　合同价款",
         "本合同总价为人民币______________元（大写：______________________），含13%增值税、"
         "包装费、运输费、保险费、安装调试费及培训费。除本合同另有约定外，合同价款不因市场价格变化而调整。"),
        ("第三条　交货时间、地点和方式",
         "乙方应于合同生效后____日内将设备运抵甲方指定地点（江苏省苏州市高新区华岳路88号二号厂房），"
         "运输途中的风险由乙方承担。设备卸车就位由乙方负责，甲方提供必要的配合。"),
        ("第四条　安装调试与验收",
         "设备到货后，双方共同开箱检验，核对数量、型号及随机资料。乙方应在到货后____日内完成安装调试，"
         "并按双方确认的技术协议进行试切验收。验收合格的，双方签署验收报告；验收不合格的，"
         "乙方应在____日内修复或更换，由此产生的费用由乙方承担。"),
        ("第五条　付款方式",
         "（一）合同生效后____日内，甲方支付合同总价的____%作为预付款；"
         "（二）设备到货验收合格后____日内，支付至合同总价的____%；"
         "（三）余款____%作为质量保证金，质保期满且无质量争议后____日内无息支付。"
         "乙方应在每次收款前向甲方开具等额增值税专用发票。"),
        ("第六条　质量保证",
         "乙方保证所供设备为全新、未使用过的合格产品，符合国家标准及双方技术协议的要求。"
         "质保期为验收合格之日起____个月。质保期内设备出现非甲方原因造成的故障，乙方应在接到通知后"
         "____小时内响应、____小时内到达现场，并免费维修或更换。"),
        ("第七条　违约责任",
         "乙方逾期交货的，每逾期一日，按合同总价的____‰向甲方支付违约金；逾期超过____日的，"
         "甲方有权解除合同，乙方应退还已收款项并赔偿甲方损失。甲方逾期付款的，每逾期一日，"
         "按逾期金额的____‰向乙方支付违约金。"),
        ("第八条　保密条款",
         "双方对在签订和履行本合同过程中知悉的对方技术资料、商业信息负有保密义务，"
         "未经对方书面同意不得向第三方披露。本条在合同终止后____年内继续有效。"),
        ("第九条　不可抗力",
         "因不可抗力导致不能履行或不能完全履行本合同的，受影响一方应在____日内书面通知对方并提供证明，"
         "根据不可抗力的影响部分或全部免除责任。"),
        ("第十条　争议解决",
         "因本合同引起的争议，双方应协商解决；协商不成的，任何一方均可向甲方所在地人民法院提起诉讼。"),
        ("第十一条　其他",
         "本合同经双方法定代表人或授权代表签字并加盖公章（或合同专用章）后生效。"
         "本合同一式肆份，甲方执叁份，乙方执壹份，具有同等法律效力。技术协议为本合同附件，"
         "与本合同具有同等效力。本合同未尽事宜，双方可另行签订补充协议。"),
    ]
    for heading, body in articles:
        d.para(heading, bold=True)
        d.para(body, indent=True)
    d.table([
        ["甲方（盖章）：华岳精工股份有限公司", "乙方（盖章）："],
        ["法定代表人或授权代表：", "法定代表人或授权代表："],
        ["开户银行：", "开户银行："],
        ["账号：", "账号："],
        ["签订日期：______年____月____日", "签订日期：______年____月____日"],
    ], widths=[78, 78], bold_rows=())
    d.para("附件：设备技术协议（另附）", size=10.5)
    d.para("起草：采购部　宋佳琪　　审核：法务部（待审）　　草稿日期：2026年3月20日", size=10.5)
    d.save("采购合同-草稿.docx", "设备采购合同（草稿）")


# --------------------------------------------------------------------------- 通知 (内部 / internal)

NOTICE = """
关于2026年劳动节放假安排的通知

各部门、各事业部：

根据国家有关节假日安排，结合公司生产经营实际，现将2026年劳动节放假安排通知如下：

一、放假时间
5月1日（星期五）至5月5日（星期二）放假，共5天。5月9日（星期六）正常上班。

二、生产安排
各事业部应结合在手订单提前做好节前生产计划，确需节日期间连续生产的，由事业部于4月24日前将排班表报生产运营部和人力资源部备案，并按规定安排调休或支付加班费。

三、值班安排
节日期间公司实行领导带班和部门值班制度。值班时间为每日8:00至次日8:00，值班人员须保持通讯畅通，遇有突发情况立即向带班领导报告，并按应急预案处置。各部门值班表请于4月27日前报综合办公室。
公司总值班电话：0512-6688 1000（保卫室，24小时）

四、节前安全检查
各部门于4月29日前组织一次节前安全检查，重点检查车间用电、燃气管路、危化品库房、消防器材和门窗锁闭情况；节前最后一个工作日下班前，关闭办公室电脑、空调、饮水机等用电设备电源，锁好门窗及文件柜。

五、其他要求
1. 放假期间员工外出请注意人身和交通安全，遵守所在地的各项管理规定。
2. 节后上班第一天（5月6日），各部门负责人须做好人员到岗情况检查，考勤按公司考勤管理规定执行。
3. 节日期间如需进出厂区办理公务，请提前向综合办公室申请并在门卫处登记。
4. 节日期间公司食堂暂停供餐，员工宿舍正常开放；留宿员工请遵守宿舍管理制度，不得使用大功率电器。

如有疑问，请与综合办公室联系（内线：8016）。

特此通知。

综合办公室
2026年4月20日
"""


# --------------------------------------------------------------------------- 新闻稿 (公开 / public)

PRESS_RELEASE = """
新闻稿｜华岳精工发布2025年度可持续发展报告

苏州，2026年3月26日——华岳精工股份有限公司（以下简称“华岳精工”）今日对外发布《2025年度可持续发展报告》。这是公司连续第三年发布可持续发展报告，报告全文已在公司官网“新闻中心—社会责任”栏目公开发布，供公众查阅下载。

报告从绿色制造、产品责任、员工发展和社区共建四个方面，系统披露了华岳精工2025年在环境、社会和公司治理方面的实践与进展。

在绿色制造方面，华岳精工持续推进厂区节能改造。2025年，公司苏州厂区屋顶分布式光伏项目新增装机容量2.4兆瓦，累计装机达到6.2兆瓦，全年光伏发电约640万千瓦时；热处理车间完成余热回收改造，单位产值综合能耗较2024年下降8.6%。公司还在切削液集中供液和废油再生利用方面加大投入，危险废物产生量同比减少15%。

在产品责任方面，公司围绕精密减速机和直线导轨等核心产品，建立了覆盖原材料入厂、过程控制到售后服务的全生命周期质量追溯体系，全年客户满意度调查得分为93.5分。

在员工发展方面，华岳精工2025年组织各类培训共计1.2万人次，开设“华岳工匠”技能提升班和青年工程师导师计划，一线员工中高级工及以上技能等级人员占比提升至46%。公司全年未发生重伤及以上生产安全事故。

在社区共建方面，公司与苏州市两所职业院校共建实训基地，累计接收实习学生180余名；员工志愿者全年参加社区环保、助学等公益活动1,600余小时。

华岳精工总经理周振华表示：“可持续发展是我们做好精密制造的底色。我们将继续把节能降碳、安全生产和员工成长放在重要位置，与客户、员工和社区共同成长。”

关于华岳精工
华岳精工股份有限公司成立于2003年，总部位于江苏省苏州市，主要从事精密传动部件和数控功能部件的研发、制造与销售，产品广泛应用于工业机器人、数控机床和自动化生产线等领域。

媒体联系
华岳精工品牌与公共关系部
电话：0512-6688 1018
邮箱：press@huayue-precision.example.cn

本新闻稿已于公司官网及官方微信公众号同步对外发布，欢迎媒体转载，转载请注明出处。

华岳精工股份有限公司品牌与公共关系部
2026年3月26日
"""


# --------------------------------------------------------------------------- 战略规划 (绝密 / strategy)

def strategy_plan() -> None:
    page1 = [
        "一、规划背景",
        INDENT + "“十四五”期间，公司营业收入由2021年的6.8亿元增长到2025年的10.6亿元，年均增长11.7%，"
        "精密减速机国内市场占有率升至约4%，初步形成精密传动部件和数控功能部件两大业务板块。"
        "同时也要看到，公司产品仍集中在中端市场，高精度谐波减速机和大负载RV减速机依赖少数客户，"
        "海外收入占比不足8%，产能已接近饱和，现有业务难以支撑下一阶段增长。",
        INDENT + "今后五年，工业机器人、新能源装备和高端数控机床对精密传动部件的需求将保持较快增长，"
        "国产替代进入关键窗口期。公司必须在这一时期完成从“部件供应商”向“传动系统解决方案提供商”的业务转型。",
        "",
        "二、战略目标",
        INDENT + "总体目标：到2030年，成为国内精密传动领域前三名的企业，具备与国际一线品牌正面竞争的核心竞争力。",
        INDENT + "1. 规模目标：2030年营业收入达到25亿元，年均增长约18.7%；净利润率不低于12%。",
        INDENT + "2. 结构目标：机器人及新能源装备领域收入占比由2025年的31%提高到55%；"
        "海外收入占比提高到20%。",
        INDENT + "3. 技术目标：研发投入占营业收入比例不低于6%，RV减速机传动精度稳定达到1弧分以内。",
        INDENT + "4. 资本目标：2028年前完成增资扩股，引入一至两家产业战略投资者，择机启动上市计划。",
        "",
        "三、重点任务",
        "（一）做强精密传动主业",
        INDENT + "集中资源突破大负载RV减速机和中空型谐波减速机两条产品线，2027年前完成与三家头部机器人整机厂的"
        "联合开发和批量验证。直线导轨业务以稳为主，控制新增投资。",
    ]
    page2 = [
        "（二）培育新业务布局",
        INDENT + "以关节模组为切入点进入人形机器人和协作机器人市场，2026年下半年组建关节模组事业部，"
        "2028年形成年产20万套的能力。新能源装备方向重点开发锂电卷绕设备用精密传动部件。",
        "（三）产能规划",
        INDENT + "二号厂房2026年四季度投产后，苏州基地精密减速机年产能由18万台提高到30万台。"
        "拟在常州金坛新征地约150亩建设第二生产基地，分两期建设，一期2027年底投产，"
        "主要承接关节模组和RV减速机扩产。",
        "（四）国际市场进入",
        INDENT + "2026年在德国设立销售与技术服务中心；2027年评估在泰国或越南设立组装工厂，"
        "服务日韩系机器人厂商的东南亚产能。",
        "（五）并购与合作",
        INDENT + "围绕精密轴承和伺服电机两个关键环节寻找并购机会。目前已初步接触的标的公司为"
        "无锡一家精密交叉滚子轴承企业，拟通过收购控股权方式实现产业链延伸，"
        "2026年二季度启动尽职调查和估值工作，收购方案经董事会审议后实施。该事项尚处于保密协议下的谈判阶段，"
        "知悉范围严格控制在公司领导班子和战略发展部。",
        "",
        "四、投资计划与资金安排",
        INDENT + "规划期内计划总投资约18.5亿元，其中：二号厂房及配套设备2.6亿元；常州基地一期、二期合计9.2亿元；"
        "研发中心及中试线2.1亿元；海外网点及工厂1.6亿元；并购及战略投资预留3.0亿元。",
        INDENT + "资金来源按“自有资金为主、银行贷款为辅、股权融资补充”的原则安排：经营积累约8亿元，"
        "项目贷款约5.5亿元，增资扩股募集约5亿元。资产负债率控制在55%以内。具体融资计划另行报董事会审议。",
        "",
        "五、组织与人才保障",
        INDENT + "推进组织架构调整，由职能型管理向“事业部＋平台”模式转变，设立精密传动、功能部件、"
        "关节模组三个事业部，技术中心、供应链中心和营销中心作为共享平台。"
        "五年内引进博士及高级技术人才50名，研究制定核心骨干股权激励方案。",
    ]
    page3 = [
        "六、主要风险及应对",
        INDENT + "1. 机器人行业需求波动风险：保持多行业、多客户结构，单一客户收入占比不超过15%。",
        INDENT + "2. 并购整合风险：并购前充分尽职调查，并购后保留标的团队的经营自主权，设置三年业绩对赌。",
        INDENT + "3. 国际化经营风险：海外投资分阶段推进，先设销售网点、后建工厂。",
        "",
        "七、实施安排",
        INDENT + "本规划经董事会审议通过后实施。战略发展部负责将规划目标分解到年度经营计划和各事业部，"
        "每年对规划执行情况进行一次评估，2028年开展中期调整。",
        INDENT + "本规划为董事会审议稿，涉及的投资、并购和融资安排均未实施，仅限董事、高级管理人员"
        "及战略发展部经办人员阅知，不得复制、摘抄或向无关人员透露。",
        "",
        "附件：1. 2026—2030年主要经营指标分年度测算表",
        "　　　2. 常州基地项目可行性研究报告（初稿）",
        "　　　3. 并购标的初步分析",
        "",
        "华岳精工股份有限公司战略发展部",
        "2026年3月18日",
    ]
    write_pdf("战略规划-2026-2030.pdf", f"{COMPANY}\n发展战略规划（2026—2030年）",
              [page1, page2, page3], subtitle="（董事会审议稿）", subject="战略规划")


# --------------------------------------------------------------------------- 花名册 (秘密 / personnel, GBK)

_ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_ID_CHECK = "10X98765432"


def resident_id(area: str, born: str, serial: str) -> str:
    """A fictional 18-character resident ID with a valid GB 11643 check character."""
    body = area + born + serial
    return body + _ID_CHECK[sum(int(d) * w for d, w in zip(body, _ID_WEIGHTS, strict=True)) % 11]


def roster() -> None:
    people = [
        ("王建军", "男", "事业部办公室", "事业部经理", "320586", "19780412", "031", "2005-07-01", "本科"),
        ("李秀英", "女", "生产科", "生产主管", "320583", "19830925", "046", "2008-03-17", "大专"),
        ("张伟", "男", "工艺科", "数控编程员", "341122", "19900206", "017", "2013-07-08", "本科"),
        ("刘洋", "男", "质量科", "质量工程师", "370785", "19921118", "052", "2016-07-04", "硕士"),
        ("陈静", "女", "生产科", "计划员", "320506", "19950703", "028", "2018-09-10", "本科"),
        ("杨帆", "男", "车工班", "数控车工", "411324", "19940521", "073", "2015-03-02", "中专"),
        ("赵磊", "男", "车工班", "数控车工", "342426", "19970830", "019", "2019-05-13", "大专"),
        ("黄丽华", "女", "质量科", "检验员", "320585", "19880114", "064", "2011-04-18", "大专"),
        ("周明", "男", "磨工班", "磨工", "513922", "19860309", "035", "2010-08-23", "高中"),
        ("吴婷", "女", "设备科", "设备维修工", "320582", "19960627", "048", "2019-07-15", "大专"),
        ("徐志强", "男", "装配班", "装配工", "430524", "19911012", "011", "2017-02-27", "中专"),
        ("孙晓燕", "女", "物料科", "仓管员", "320584", "19890218", "082", "2014-06-09", "高中"),
        ("马超", "男", "车工班", "数控车工", "622421", "19990905", "057", "2021-07-05", "大专"),
        ("何雨萱", "女", "工艺科", "工艺工程师", "360428", "20000416", "024", "2023-07-10", "本科"),
        ("郭涛", "男", "装配班", "装配组长", "320581", "19841207", "093", "2009-10-12", "高中"),
    ]
    lines = [
        "华岳精工股份有限公司员工花名册",
        "",
        "部门：精密加工事业部　　统计截止日期：2026年3月15日　　在册人数：15人",
        "",
        "序号\t姓名\t性别\t科室/班组\t岗位\t身份证号码\t出生日期\t入职日期\t学历\t内线电话",
    ]
    for index, (name, sex, unit, post, area, born, serial, joined, edu) in enumerate(people, 1):
        seventeenth = int(serial[2])  # the 17th digit is odd for men, even for women
        if (seventeenth % 2 == 1) != (sex == "男"):
            serial = serial[:2] + str((seventeenth + 1) % 10)
        number = resident_id(area, born, serial)
        birth = f"{born[:4]}-{born[4:6]}-{born[6:]}"
        lines.append(f"{index}\t{name}\t{sex}\t{unit}\t{post}\t{number}\t{birth}\t{joined}\t{edu}\t"
                     f"{8300 + index * 7}")
    lines += [
        "",
        "备注：",
        "1. 本花名册根据员工档案和劳动合同信息整理，员工入职、离职、转正及岗位调整后，"
        "由事业部人事专员在5个工作日内更新并报人力资源部。",
        "2. 身份证号码、出生日期等个人信息仅用于办理社保、公积金和劳动用工备案，不得用于其他用途。",
        "3. 本花名册由人力资源部统一保管，借阅须经人力资源部经理批准，不得复制或外传。",
        "",
        "人力资源部",
        "2026年3月18日",
    ]
    write_text("员工花名册-GBK.txt", "\n".join(lines), encoding="gbk", newline="\r\n")


# --------------------------------------------------------------------------- 预算管理办法 (内部 / internal)

def budget_rules() -> None:
    d = Docx()
    d.title(f"{COMPANY}全面预算管理办法")
    d.para("（2026年修订）", align="center")
    chapters: list[tuple[str, list[str]]] = [
        ("第一章　总　则", [
            "为加强公司全面预算管理，合理配置资源，控制经营风险，保证年度经营目标的实现，"
            "根据国家有关法律法规和公司章程，结合公司实际，制定本办法。",
            "本办法适用于公司总部、各事业部及全资子公司。控股子公司参照执行。",
            "全面预算管理遵循“全员参与、全面覆盖、全程控制”的原则，预算一经批准，即作为各单位组织经营活动和"
            "考核的基本依据。",
        ]),
        ("第二章　组织机构与职责", [
            "公司设立预算管理委员会，由总经理任主任，分管财务的副总经理任副主任，成员由各分管领导组成。"
            "预算管理委员会负责审议年度预算方案、预算调整申请和预算考核结果。",
            "财务部是预算管理的日常工作机构，负责拟定预算编制大纲，组织、指导各单位编制预算，汇总、"
            "平衡预算草案，监控预算执行并定期报告。",
            "各事业部、各部门是预算的责任单位，负责本单位预算的编制、执行、分析和自查，"
            "部门负责人对本单位预算执行结果负责。",
        ]),
        ("第三章　预算编制", [
            "年度预算包括经营预算、投资预算和财务预算。经营预算包括销售、生产、采购、费用等预算；"
            "投资预算包括固定资产投资和研发项目投资预算；财务预算包括资金预算、预计利润表和预计资产负债表。",
            "预算编制采用“自上而下、自下而上、上下结合”的方式，按下表所列时间节点进行：",
        ]),
    ]
    article = 0
    numerals = "一二三四五六七八九十"

    def chinese(n: int) -> str:
        if n <= 10:
            return numerals[n - 1]
        if n < 20:
            return "十" + numerals[n - 11]
        tens, ones = divmod(n, 10)
        return numerals[tens - 1] + "十" + (numerals[ones - 1] if ones else "")

    def articles(items: list[str]) -> None:
        nonlocal article
        for text in items:
            article += 1
            d.para(f"第{chinese(article)}条　{text}", indent=True)

    for heading, items in chapters:
        d.para(heading, bold=True, align="center")
        articles(items)
    d.table([
        ["阶段", "工作内容", "完成时间", "责任单位"],
        ["下达", "下达下一年度预算编制大纲和经营目标", "10月31日前", "财务部"],
        ["编制", "各责任单位编制并上报本单位预算草案", "11月20日前", "各事业部、各部门"],
        ["平衡", "汇总、审核、平衡预算草案，提出修改意见", "12月10日前", "财务部"],
        ["审议", "预算管理委员会审议年度预算方案", "12月20日前", "预算管理委员会"],
        ["批准", "按公司章程规定的权限批准后下达执行", "次年1月15日前", "财务部"],
    ], widths=[18, 72, 30, 36])
    chapters2: list[tuple[str, list[str]]] = [
        ("第四章　预算执行与控制", [
            "预算下达后，各责任单位应将年度预算分解到季度和月度，落实到具体项目和责任人。",
            "各项支出应在预算额度内办理。预算内支出按公司授权审批权限办理；"
            "超预算或预算外支出，须由责任单位提出书面申请，说明原因，经财务部审核后，"
            "按金额大小分别报分管副总经理或总经理审批。",
            "财务部通过财务信息系统对预算执行进行实时控制，对超预算支出予以提示或冻结。",
        ]),
        ("第五章　预算调整", [
            "预算一经批准，原则上不作调整。因国家政策、市场环境发生重大变化，或公司发生重大资产重组等事项，"
            "导致预算编制基础发生重大变化的，可以申请调整。",
            "预算调整由责任单位提出书面申请，财务部审核后报预算管理委员会审议。年度预算调整原则上每年不超过一次，"
            "并于每年7月31日前提出。",
        ]),
        ("第六章　预算分析与考核", [
            "各责任单位应于每月结束后5个工作日内提交预算执行分析，说明差异及原因；"
            "财务部每季度向预算管理委员会报告全公司预算执行情况。",
            "预算执行结果纳入各责任单位年度绩效考核，考核办法由人力资源部会同财务部另行制定。",
        ]),
        ("第七章　附　则", [
            "本办法由财务部负责解释。",
            "本办法自印发之日起施行，原《预算管理暂行办法》同时废止。",
        ]),
    ]
    for heading, items in chapters2:
        d.para(heading, bold=True, align="center")
        articles(items)
    d.para("")
    d.para(COMPANY, align="right")
    d.para("2026年3月18日", align="right")
    d.save("预算管理办法.docx", "全面预算管理办法")


# --------------------------------------------------------------------------- example policy

def example_policy() -> None:
    source = (HERE.parent / "marker" / "domain" / "default_policy.toml").read_text(encoding="utf-8")
    header = (
        "# 示例：华岳精工股份有限公司的保密策略 (example company policy for the samples/ demo).\n"
        "# A copy of marker/domain/default_policy.toml with the owner set to the fictional company, so that\n"
        "# enterprise marks read `华岳精工股份有限公司 机密 10年`. Generated by samples/make_samples.py:\n"
        "# edit the default policy or this script, not this file. A real company edits its own copy\n"
        "# and checks it with `miji policy check FILE`.\n\n"
    )
    if source.startswith("#"):  # the default's own header describes the default, not this copy
        source = source.split("\n\n", 1)[1]
    policy = source.replace('name = "默认保密策略"', 'name = "华岳精工保密策略（示例）"', 1)
    policy = policy.replace('owner = "某某公司"', f'owner = "{COMPANY}"', 1)
    if f'owner = "{COMPANY}"' not in policy:
        raise ValueError("default_policy.toml has no owner line to replace")
    _replace(HERE / "policy-example.toml", (header + policy).encode("utf-8"))


def main() -> None:
    financial_statements()
    bid_document()
    payroll()
    meeting_minutes()
    purchase_contract_draft()
    write_text("通知-劳动节放假安排.txt", NOTICE)
    write_text("新闻稿-可持续发展报告发布.txt", PRESS_RELEASE)
    strategy_plan()
    roster()
    budget_rules()
    example_policy()
    for leftover in HERE.glob(".*.tmp"):
        leftover.unlink()
    print(f"samples written to {HERE}")


if __name__ == "__main__":
    main()

"""A small OFD (GB/T 33190) writer for the tests: pages of text lines, as an office's OFD export
lays them out (A4, 25 mm left, text from 40 mm, a referenced 宋体 not embedded), with switches
for the hostile variants (signed, encrypted, a page missing)."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

NS = "http://www.ofdspec.org/2016"


def _page(lines: list[str], first_id: int) -> tuple[str, int]:
    objects = []
    next_id = first_id + 1
    for number, line in enumerate(lines):
        y = 40 + number * 9
        objects.append(
            f'<ofd:TextObject ID="{next_id}" Boundary="25 {y} 160 7" Font="2" Size="4.2">'
            f'<ofd:FillColor Value="0 0 0"/>'
            f'<ofd:TextCode X="0" Y="4.2" DeltaX="g {max(0, len(line) - 1)} 4.2">{escape(line)}</ofd:TextCode>'
            f"</ofd:TextObject>")
        next_id += 1
    body = "".join(objects)
    return (f'<?xml version="1.0" encoding="UTF-8"?><ofd:Page xmlns:ofd="{NS}">'
            f'<ofd:Area><ofd:PhysicalBox>0 0 210 297</ofd:PhysicalBox></ofd:Area>'
            f'<ofd:Content><ofd:Layer ID="{first_id}" Type="Body">{body}</ofd:Layer></ofd:Content></ofd:Page>',
            next_id)


def ofd_bytes(pages: list[list[str]], *, title: str = "文档", signed: bool = False, encrypted: bool = False,
              missing_page: bool = False, custom: dict[str, str] | None = None) -> bytes:
    parts: dict[str, str | bytes] = {}
    next_id = 10
    entries = []
    for number, lines in enumerate(pages):
        content, next_id = _page(lines, next_id)
        if not (missing_page and number == len(pages) - 1):
            parts[f"Doc_0/Pages/Page_{number}/Content.xml"] = content
        entries.append(f'<ofd:Page ID="{next_id}" BaseLoc="Pages/Page_{number}/Content.xml"/>')
        next_id += 1
    parts["Doc_0/Document.xml"] = (
        f'<?xml version="1.0" encoding="UTF-8"?><ofd:Document xmlns:ofd="{NS}"><ofd:CommonData>'
        f'<ofd:MaxUnitID>{next_id}</ofd:MaxUnitID>'
        f'<ofd:PageArea><ofd:PhysicalBox>0 0 210 297</ofd:PhysicalBox></ofd:PageArea>'
        f'<ofd:PublicRes>PublicRes.xml</ofd:PublicRes></ofd:CommonData>'
        f'<ofd:Pages>{"".join(entries)}</ofd:Pages></ofd:Document>')
    parts["Doc_0/PublicRes.xml"] = (
        f'<?xml version="1.0" encoding="UTF-8"?><ofd:Res xmlns:ofd="{NS}" BaseLoc="Res"><ofd:Fonts>'
        f'<ofd:Font ID="2" FontName="宋体" FamilyName="宋体"/></ofd:Fonts></ofd:Res>')
    datas = "".join(f'<ofd:CustomData Name="{escape(k)}">{escape(v)}</ofd:CustomData>'
                    for k, v in (custom or {}).items())
    signatures = "<ofd:Signatures>Doc_0/Signs/Signatures.xml</ofd:Signatures>" if signed else ""
    parts["OFD.xml"] = (
        f'<?xml version="1.0" encoding="UTF-8"?><ofd:OFD xmlns:ofd="{NS}" Version="1.0" DocType="OFD">'
        f'<ofd:DocBody><ofd:DocInfo><ofd:DocID>6c1f0a9e2b7d4e3f8a5b9c0d1e2f3a4b</ofd:DocID>'
        f'<ofd:Title>{escape(title)}</ofd:Title><ofd:CreationDate>2026-11-20</ofd:CreationDate>'
        f'{f"<ofd:CustomDatas>{datas}</ofd:CustomDatas>" if datas else ""}</ofd:DocInfo>'
        f'<ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot>{signatures}</ofd:DocBody></ofd:OFD>')
    if signed:
        parts["Doc_0/Signs/Signatures.xml"] = (
            f'<?xml version="1.0" encoding="UTF-8"?><ofd:Signatures xmlns:ofd="{NS}">'
            f'<ofd:Signature ID="1" BaseLoc="Sign_0/Signature.xml"/></ofd:Signatures>')
        parts["Doc_0/Signs/Sign_0/Signature.xml"] = f'<ofd:Signature xmlns:ofd="{NS}"/>'
        parts["Doc_0/Signs/Sign_0/SignedValue.dat"] = b"\x30\x82\x01\x00"
    if encrypted:
        parts["Encryptions.xml"] = f'<Encryptions xmlns="{NS}"><EncryptInfo ID="1"/></Encryptions>'
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def make_ofd(path: Path, pages: list[list[str]], **options: object) -> Path:
    path.write_bytes(ofd_bytes(pages, **options))  # type: ignore[arg-type]
    return path


MEETING_MINUTES = [
    ["关于2027年度经营计划的董事会会议纪要", "", "时间：2026年11月18日", "地点：公司第一会议室",
     "出席：董事长、总经理、财务总监", "会议审议了2027年度投资计划和预算方案，",
     "同意拟收购华东两家企业，投资总额约12亿元。"],
    ["会议决定：", "一、由财务部牵头完善资金筹措方案；", "二、战略发展部在12月底前提交并购尽职调查报告。",
     "本纪要发至公司领导班子成员。"],
]

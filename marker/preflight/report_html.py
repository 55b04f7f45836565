"""The pre-flight report as one self-contained HTML file a print room can file or print.

Everything is inline (CSS, thumbnails as PNG data URIs), so the file can be archived with the
job's credentials and opened years later on any machine without network access.
"""

from __future__ import annotations

import base64
from html import escape
from typing import TYPE_CHECKING

from marker.preflight.rules import RULES

if TYPE_CHECKING:
    from marker.preflight import PreflightResult

THUMB_PAGES = 3
THUMB_WIDTH = 170  # pixels

_CSS = """
@page { size: A4; margin: 14mm; }
* { box-sizing: border-box; }
body { font-family: "Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Zen Hei", "Microsoft YaHei",
       "PingFang SC", sans-serif; color: #1d2733; margin: 0; background: #eef1f4; font-size: 14px; }
main { max-width: 1060px; margin: 24px auto; background: #fff; padding: 32px 40px;
       box-shadow: 0 1px 4px rgba(0,0,0,.12); }
header.top { display: flex; justify-content: space-between; align-items: flex-start;
             border-bottom: 3px solid #9b1c1c; padding-bottom: 14px; }
h1 { font-size: 24px; margin: 0 0 6px; letter-spacing: 2px; }
h2 { font-size: 16px; margin: 26px 0 10px; padding-left: 10px; border-left: 4px solid #9b1c1c; }
.sub { color: #5b6673; font-size: 13px; }
.verdict { font-size: 22px; font-weight: 700; padding: 10px 22px; border-radius: 6px; text-align: center; }
.verdict small { display: block; font-size: 12px; font-weight: 400; margin-top: 2px; }
.pass { background: #e5f4ea; color: #1b6b36; border: 2px solid #1b6b36; }
.fail { background: #fbe9e9; color: #9b1c1c; border: 2px solid #9b1c1c; }
table { width: 100%; border-collapse: collapse; font-size: 13px; }
th, td { border: 1px solid #d5dbe1; padding: 6px 8px; text-align: left; vertical-align: top; }
th { background: #f3f5f7; font-weight: 600; white-space: nowrap; }
table.kv th { width: 110px; }
.sev { font-weight: 700; white-space: nowrap; }
.sev.error { color: #9b1c1c; }
.sev.warning { color: #9a6700; }
tr.error td { background: #fff7f7; }
tr.warning td { background: #fffcf2; }
code { font-family: "DejaVu Sans Mono", monospace; font-size: 12px; white-space: nowrap; }
.ok { color: #1b6b36; font-weight: 600; }
.bad { color: #9b1c1c; font-weight: 600; }
.thumbs { display: flex; flex-wrap: wrap; gap: 14px; }
figure { margin: 0; text-align: center; font-size: 12px; color: #5b6673; max-width: 210px;
         word-break: break-all; }
figure img { border: 1px solid #c3cad2; box-shadow: 0 1px 3px rgba(0,0,0,.15); display: block; }
.none { color: #5b6673; font-style: italic; }
.sign { display: flex; gap: 60px; margin-top: 36px; font-size: 14px; }
.sign div { flex: 1; border-top: 1px solid #1d2733; padding-top: 6px; }
footer { margin-top: 22px; font-size: 11px; color: #7a8591; }
@media print { body { background: #fff; } main { box-shadow: none; margin: 0; max-width: none; padding: 0; } }
"""


def _thumbnails(result: PreflightResult) -> str:
    import pymupdf

    figures: list[str] = []
    for job in result.files:
        try:
            with pymupdf.open(job.path) as doc:
                for number in range(min(THUMB_PAGES, doc.page_count)):
                    page = doc[number]
                    zoom = THUMB_WIDTH / max(page.rect.width, 1)
                    png = page.get_pixmap(matrix=pymupdf.Matrix(zoom, zoom), alpha=False).tobytes("png")
                    data = base64.b64encode(png).decode("ascii")
                    figures.append(f'<figure><img alt="{escape(job.name)} 第 {number + 1} 页" '
                                   f'src="data:image/png;base64,{data}" width="{THUMB_WIDTH}">'
                                   f"<figcaption>{escape(job.name)}<br>第 {number + 1} / {doc.page_count} 页"
                                   "</figcaption></figure>")
        except Exception:  # a thumbnail must never stop the report
            figures.append(f'<p class="none">{escape(job.name)}：无法生成缩略图</p>')
    return '<div class="thumbs">' + "".join(figures) + "</div>"


def _findings(result: PreflightResult) -> str:
    if not result.findings:
        return '<p class="ok">未发现问题 (no findings)。</p>'
    rows = []
    ordered = sorted(result.findings, key=lambda f: (f.severity != "error", list(RULES).index(f.rule), f.file,
                                                     f.page or 0))
    for f in ordered:
        label = "错误" if f.severity == "error" else "警告"
        rows.append(f'<tr class="{f.severity}"><td class="sev {f.severity}">{label}</td><td><code>{f.rule}</code>'
                    f"<br>{escape(f.title)}</td><td>{escape(f.file) or '（整单）'}</td>"
                    f"<td>{f.page or '—'}</td><td>{escape(f.message)}</td><td>{escape(f.source)}</td></tr>")
    return ("<table><tr><th>级别</th><th>规则</th><th>文件</th><th>页</th><th>说明</th><th>依据</th></tr>"
            + "".join(rows) + "</table>")


def _credentials(result: PreflightResult) -> str:
    from marker.preflight.rules import required_credentials

    order = result.order
    needed = required_credentials(order)
    if not order.credentials and not needed:
        return '<p class="none">本类别（内部文件）无需证件；以登记簿中的审批为准。</p>'
    rows = []
    for c in order.credentials:
        expired = c.expires is not None and c.expires < result.checked_on
        state = '<span class="bad">已过期</span>' if expired else '<span class="ok">有效</span>'
        scan = escape(c.scan.name) if c.scan else "—"
        rows.append(f"<tr><td>{escape(c.type)}</td><td>{escape(c.number)}</td><td>{escape(c.issuer)}</td>"
                    f"<td>{c.date.isoformat()}</td><td>{c.expires.isoformat() if c.expires else '长期'}</td>"
                    f"<td>{scan}</td><td>{state}</td></tr>")
    for types, article in needed:
        if not any(c.type in types for c in order.credentials):
            rows.append(f'<tr class="error"><td>{escape("或".join(types))}</td><td colspan="5">未提供（制度1 '
                        f'{escape(article)}）</td><td><span class="bad">缺少</span></td></tr>')
    return ("<table><tr><th>证件</th><th>编号</th><th>发证机关</th><th>发证日期</th><th>有效期至</th><th>复印件</th>"
            "<th>查验</th></tr>" + "".join(rows) + "</table>")


def _files(result: PreflightResult) -> str:
    rows = []
    for job in result.files:
        mark = job.mark
        rows.append(f"<tr><td>{escape(job.name)}</td><td>{job.document.page_count}</td>"
                    f"<td>{escape(mark.level) if mark else '未标密'}</td>"
                    f"<td>{escape(mark.registry or '—') if mark else '—'}</td>"
                    f"<td>{escape(mark.copy_number or '—') if mark else '—'}</td>"
                    f"<td><code>{job.document.sha256[:16]}…</code></td></tr>")
    return ("<table><tr><th>文件</th><th>页数</th><th>密级</th><th>登记号</th><th>份号</th><th>SHA-256</th></tr>"
            + "".join(rows) + "</table>")


def render_report(result: PreflightResult) -> str:
    """The report as one HTML string (UTF-8)."""
    order, shop = result.order, result.shop
    counts = result.counts
    verdict = ("pass", "通过") if result.passed else ("fail", "不通过")
    qualification = {"甲": "甲级", "乙": "乙级", "无": "无"}.get(shop.qualification, shop.qualification)
    printer = escape(shop.name) + ("（本单位）" if shop.in_house else
                                   f"　涉密印制资质：{qualification}　公安指定：{'是' if shop.designated else '否'}"
                                   f"　转委托：{'是' if shop.subcontracts else '否'}")
    supervised = ("是" + (f"（监印人 {escape(order.supervisor)}）" if order.supervisor else "")) \
        if order.supervised else "否"
    ready = ""
    if result.print_ready is not None:
        numbers = "、".join(f"{c.registry} 第 {c.copy_no} 份（自第 {c.first_page} 页）"
                           for c in result.print_ready.copies)
        ready = (f"<h2>逐份编号印件</h2><p>{escape(str(result.print_ready.path.name))}：{escape(numbers)}</p>")
    recorded = f"已登记承印记录（事件 {result.recorded}）" if result.recorded is not None else "未登记（检查未通过）"
    return f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>印前检查报告 — {escape(result.job)}</title>
<style>{_CSS}</style></head><body><main>
<header class="top"><div><h1>印前检查报告</h1>
<div class="sub">承印验证 · 密级标志 · 登记与审批 · 印刷质量　|　检查日期 {result.checked_on.isoformat()}
　验证员 {escape(result.verifier)}</div></div>
<div class="verdict {verdict[0]}">{verdict[1]}<small>错误 {counts['error']} · 警告 {counts['warning']}</small></div>
</header>
<h2>印件</h2>
<table class="kv"><tr><th>印件名称</th><td>{escape(result.job)}</td>
<th>密级</th><td>{escape(result.level or '未标密')}</td></tr>
<tr><th>委托人</th><td>{escape(order.requester)}</td><th>委托部门</th><td>{escape(order.department or '—')}</td></tr>
<tr><th>类别</th><td>{escape(order.category)}</td><th>印数</th><td>{order.copies} 份</td></tr>
<tr><th>承印单位</th><td colspan="3">{printer}</td></tr>
<tr><th>监印</th><td>{supervised}</td><th>登记</th><td>{recorded}</td></tr></table>
{_files(result)}
<h2>检查结果</h2>
{_findings(result)}
<h2>查验证件</h2>
{_credentials(result)}
{ready}
<h2>页面预览</h2>
{_thumbnails(result)}
<div class="sign"><div>验证员签字</div><div>监印人签字</div><div>日期</div></div>
<footer>由 miji preflight 生成。查验证件复印件及样张保存至少 2 年（企业保密管理制度1 第六条）。</footer>
</main></body></html>
"""

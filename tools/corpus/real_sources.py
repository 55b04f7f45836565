"""Turn a file of a public repository into the plain text the real corpus keeps.

Shared by `collect_real.py` (which chooses and labels documents) and `rebuild_real.py` (which rebuilds
the texts from the manifest), so both cut a source file the same way and the manifest's SHA-256 holds.
Every extractor is a pure function of the file's bytes and its `extract` argument.
"""

from __future__ import annotations

import hashlib
import html
import io
import re
import subprocess
import zipfile
from pathlib import Path

MAX_CHARS = 6000
_TAG = re.compile(r"<[^>]+>")
_BREAK = re.compile(r"(?i)<\s*(?:br|/p|/div|/tr|/h\d|/li|p|div|tr|h\d|li)\b[^>]*>")
_CELL = re.compile(r"(?i)<\s*/t[dh]\s*>")
_SCRIPT = re.compile(r"(?is)<(script|style|head)\b.*?</\1\s*>")
_JSP = re.compile(r"(?s)<%.*?%>")
_COMMENT = re.compile(r"(?s)<!--.*?-->")
_FRONT = re.compile(r"(?s)\A---\n.*?\n---\n")


def sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def git_show(repo_dir: Path, commit: str, path: str) -> bytes:
    return subprocess.run(["git", "-C", str(repo_dir), "show", f"{commit}:{path}"],
                          check=True, capture_output=True).stdout


def _tidy(text: str) -> str:
    lines = [re.sub(r"[ \t\u3000\xa0]+", " ", line).strip() for line in text.splitlines()]
    out: list[str] = []
    for line in lines:
        if line or (out and out[-1]):
            out.append(line)
    return "\n".join(out).strip()[:MAX_CHARS]


def html_text(raw: str) -> str:
    raw = _JSP.sub("", _COMMENT.sub("", _SCRIPT.sub("", raw)))
    raw = _CELL.sub("\t", _BREAK.sub("\n", raw))
    return _tidy(html.unescape(_TAG.sub("", raw)))


def markdown_text(raw: str) -> str:
    raw = _FRONT.sub("", raw)
    raw = _SCRIPT.sub("", raw)
    raw = re.sub(r"(?is)<(video|audio|iframe|img|source)\b[^>]*>(?:.*?</\1>)?", "", raw)
    raw = re.sub(r"</?(?:div|span|center|font|br|p|b|i|u|sup|sub)\b[^>]*>", "", raw)
    raw = re.sub(r"!\[[^\]]*\]\([^)]*\)", "", raw)
    raw = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", raw)
    raw = re.sub(r"<!--.*?-->", "", raw, flags=re.S)
    return _tidy(raw)


def docx_text(data: bytes) -> str:
    """Paragraph texts of a .docx (tables' cells joined by tabs), without python-docx."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        xml = archive.read("word/document.xml").decode("utf-8", errors="replace")
    xml = re.sub(r"</w:tc>", "\t", xml)
    paragraphs = re.findall(r"<w:p[ >].*?</w:p>", xml, flags=re.S)
    lines = ["".join(re.findall(r"<w:t(?: [^>]*)?>([^<]*)</w:t>", para)) for para in paragraphs]
    return _tidy(html.unescape("\n".join(lines)))


def xlsx_text(data: bytes) -> str:
    """The cells of every sheet of an .xlsx (a row per line, cells joined by tabs), without openpyxl: rosters and
    pay sheets are kept as spreadsheets."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        names = archive.namelist()
        shared: list[str] = []
        if "xl/sharedStrings.xml" in names:
            xml = archive.read("xl/sharedStrings.xml").decode("utf-8", errors="replace")
            shared = ["".join(re.findall(r"<t(?: [^>]*)?>([^<]*)</t>", item))
                      for item in re.findall(r"<si>(.*?)</si>", xml, flags=re.S)]
        sheets = sorted((n for n in names if re.fullmatch(r"xl/worksheets/sheet\d+\.xml", n)),
                        key=lambda n: int(re.sub(r"\D", "", n)))
        lines: list[str] = []
        for sheet in sheets:
            xml = archive.read(sheet).decode("utf-8", errors="replace")
            for row in re.findall(r"<row[ >].*?</row>", xml, flags=re.S):
                cells = []
                for attrs, body in re.findall(r"<c([^>]*?)(?:/>|>(.*?)</c>)", row, flags=re.S):
                    value = re.search(r"<v>([^<]*)</v>", body or "")
                    inline = re.findall(r"<t(?: [^>]*)?>([^<]*)</t>", body or "")
                    if 't="s"' in attrs and value:
                        cells.append(shared[int(value.group(1))])
                    elif inline:
                        cells.append("".join(inline))
                    else:
                        cells.append(value.group(1) if value else "")
                if any(cell.strip() for cell in cells):
                    lines.append("\t".join(cells))
    return _tidy(html.unescape("\n".join(lines)))


def sql_table(raw: str, table: str) -> str:
    """The CREATE TABLE statement and the first INSERT rows of one table of a dump."""
    parts: list[str] = []
    create = re.search(rf"(?is)(?:DROP TABLE IF EXISTS `?{table}`?;\s*)?CREATE TABLE `?{table}`?\s*\(.*?\)[^;]*;", raw)
    if create:
        parts.append(create.group(0))
    for match in re.finditer(rf"(?im)^INSERT INTO `?{table}`?[^\n]*", raw):
        parts.append(match.group(0))
        if sum(len(p) for p in parts) > MAX_CHARS:
            break
    return "\n".join(parts)[:MAX_CHARS]


_POLICY_ROW = re.compile(
    r"values \((\d+), '([^']*)', '[^']*', '[^']*', '([^']*)', '([^']*)', '([^']*)', (?:null|'[^']*'), "
    r"'[^']*', '([^']*)', (?:null|'[^']*'), '((?:[^']|'')*)'", re.S)


def policy_row(raw: str, row_id: str) -> str:
    """One government document from a crawl dump: title, 发文字号, issuer, date and the text."""
    for match in _POLICY_ROW.finditer(raw):
        if match.group(1) == row_id:
            _, url, title, office, number, released, content = match.groups()
            body = html_text(content.replace("''", "'").replace("\\n", "\n"))
            head = f"{title}\n{number}\n" if number and number != "null" else f"{title}\n"
            return _tidy(f"{head}{body}\n{office}\n{released[:10]}\n来源：{url}")
    raise KeyError(row_id)


def policy_rows(raw: str) -> list[tuple[str, str, str]]:
    return [(m.group(1), m.group(3), m.group(5)) for m in _POLICY_ROW.finditer(raw)]


def web_text(raw: str) -> str:
    """A stored web page's text as the page excerpt gave it (already plain text): only tidied."""
    return _tidy(raw)


def extract(data: bytes, how: str) -> str:
    """`how` is `html`, `md`, `text`, `docx`, `xlsx`, `sql:TABLE`, `policy:ROW` or `web` (a saved page text)."""
    kind, _, arg = how.partition(":")
    if kind == "docx":
        return docx_text(data)
    if kind == "xlsx":
        return xlsx_text(data)
    raw = data.decode("utf-8", errors="replace")
    if kind == "html":
        return html_text(raw)
    if kind == "md":
        return markdown_text(raw)
    if kind in ("text", "web"):
        return _tidy(raw)
    if kind == "sql":
        return sql_table(raw, arg)
    if kind == "policy":
        return policy_row(raw, arg)
    raise ValueError(f"unknown extractor {how!r}")

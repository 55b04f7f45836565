"""OFD (GB/T 33190), the national fixed-layout format official documents arrive in.

An OFD is a zip: `OFD.xml` at the root names the document (`DocRoot`), whose `Document.xml`
lists the pages, the page templates and the resources (fonts). A page's text is its text
objects' `TextCode`s, placed by their boundary and baseline; lines are rebuilt from those
positions so that the mark and the title come first, as a reader sees them. Where a producer
wrote glyph ids instead of usable text (a `CGTransform` over private-use or empty codes), the
embedded font's own character map turns the glyphs back into characters.

Everything here runs in the limited worker, after the zip-bomb guard; every XML part is parsed
without entities or network, and a part the document names but the zip lacks is a one-line
refusal. Encrypted packages (GM/T 0099 `Encryptions.xml`) cannot be read; signed ones can be
read but not marked (marker.render.ofd refuses them).
"""

from __future__ import annotations

import contextlib
import functools
import itertools
import posixpath
import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from classifiers.blocks import TextBlock
from marker.errors import CorruptInput, EncryptedInput, TooLargeInput, WrongTypeInput
from marker.reading.zipped import guarded_zip
from marker.settings import Limits

NS = "http://www.ofdspec.org/2016"
Q = f"{{{NS}}}"
PREFIX = "miji:"
DEFAULT_BOX = (0.0, 0.0, 210.0, 297.0)  # A4 in millimetres, when a file gives no page area
MAX_NESTING = 16

Parts = tuple[tuple[TextBlock, ...], int, tuple[int, ...], dict[str, str]]


def _parser() -> Any:
    from lxml import etree

    return etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False, remove_blank_text=False)


def resolve(base: str, loc: str) -> str:
    """An ST_Loc against the file that names it: absolute from the package root, else relative to
    the naming file's folder."""
    loc = (loc or "").strip().replace("\\", "/")
    joined = loc.lstrip("/") if loc.startswith("/") else posixpath.join(posixpath.dirname(base), loc)
    return posixpath.normpath(joined).lstrip("/")


def numbers(text: str | None) -> list[float]:
    try:
        return [float(v) for v in (text or "").split()]
    except ValueError:
        return []


def box_of(text: str | None, default: tuple[float, float, float, float] = DEFAULT_BOX) -> tuple[float, ...]:
    values = numbers(text)
    return tuple(values) if len(values) == 4 and values[2] > 0 and values[3] > 0 else default


@dataclass
class Package:
    """An opened OFD: the parts Miji reads and the ones the stamper rewrites."""

    archive: zipfile.ZipFile
    path: Path
    ofd: Any  # OFD.xml root
    document_path: str
    document: Any  # Document.xml root
    pages: list[tuple[str, str]]  # (page ID, Content.xml location)
    page_box: tuple[float, ...]
    templates: dict[str, str]
    resources: list[str]  # PublicRes / DocumentRes locations
    signed: bool
    fonts: dict[str, str | None] = field(default_factory=dict)  # font ID -> embedded font file, if any

    def read_xml(self, name: str, what: str = "") -> Any:
        from lxml import etree

        try:
            raw = self.archive.read(name)
        except KeyError:
            raise CorruptInput(f"OFD 缺少部件 {name}{what} (missing part)", path=self.path) from None
        try:
            return etree.fromstring(raw, _parser())
        except etree.XMLSyntaxError as exc:
            raise CorruptInput(f"OFD 部件 {name} 不是有效的 XML (malformed part)", path=self.path) from exc

    def custom_data(self) -> dict[str, str]:
        """Miji's keys from DocInfo/CustomDatas (`miji:level` ...)."""
        found: dict[str, str] = {}
        for item in self.ofd.iter(f"{Q}CustomData"):
            name = item.get("Name", "")
            if name.startswith(PREFIX):
                found[name[len(PREFIX):]] = item.text or ""
        return found


def open_ofd(data: bytes, path: Path, sniffed: str, limits: Limits | None = None) -> Package:
    """The package after the type, zip-bomb, encryption and structure checks."""
    limits = limits or Limits()
    if sniffed != "zip":
        names = {"pdf": "PDF", "ole": "旧版 Office 文件", "text": "纯文本", "jpeg": "JPEG 图片", "png": "PNG 图片"}
        raise WrongTypeInput(f"内容不是 OFD，而是 {names.get(sniffed, sniffed)} (file is not an OFD)", path=path)
    archive = guarded_zip(data, path, limits, label="OFD")
    names = set(archive.namelist())
    if "OFD.xml" not in names:
        raise WrongTypeInput("压缩包不是 OFD 文件：根目录没有 OFD.xml (zip is not an OFD)", path=path)
    if any(name.rsplit("/", 1)[-1] == "Encryptions.xml" for name in names):
        raise EncryptedInput("OFD 已加密（GM/T 0099），需要密钥 (encrypted OFD)", path=path)
    package = Package(archive, path, None, "", None, [], DEFAULT_BOX, {}, [], False)
    package.ofd = package.read_xml("OFD.xml")
    body = package.ofd.find(f"{Q}DocBody")
    root_loc = body.findtext(f"{Q}DocRoot") if body is not None else None
    if not root_loc or not root_loc.strip():
        raise CorruptInput("OFD 缺少部件 DocRoot（OFD.xml 未指明文档）(missing part)", path=path)
    package.document_path = resolve("OFD.xml", root_loc)
    package.document = package.read_xml(package.document_path, "（文档根）")
    package.signed = bool(body.findtext(f"{Q}Signatures")) or any(
        name.endswith(("/Signature.xml", "/SignedValue.dat", "Signatures.xml")) for name in names)
    common = package.document.find(f"{Q}CommonData")
    if common is None:
        raise CorruptInput("OFD 缺少部件 CommonData (missing part)", path=path)
    package.page_box = box_of(common.findtext(f"{Q}PageArea/{Q}PhysicalBox"))
    for tag in ("PublicRes", "DocumentRes"):
        package.resources += [resolve(package.document_path, e.text) for e in common.findall(f"{Q}{tag}") if e.text]
    for template in common.findall(f"{Q}TemplatePage"):
        if template.get("BaseLoc"):
            package.templates[template.get("ID", "")] = resolve(package.document_path, template.get("BaseLoc"))
    listed = package.document.find(f"{Q}Pages")
    package.pages = [(page.get("ID", ""), resolve(package.document_path, page.get("BaseLoc", "")))
                     for page in (listed if listed is not None else ()) if page.tag == f"{Q}Page"]
    if not package.pages:
        raise CorruptInput("OFD 没有页面 (no pages)", path=path)
    if len(package.pages) > limits.max_pages:
        raise TooLargeInput(f"页数 {len(package.pages)} 超过上限 {limits.max_pages} (too many pages)", path=path)
    for _, loc in package.pages:
        if loc not in names:
            raise CorruptInput(f"OFD 缺少部件 {loc}（页面内容）(missing part)", path=path)
    for loc in package.resources:
        res = package.read_xml(loc, "（资源）")
        base = resolve(loc, res.get("BaseLoc", "")) + "/" if res.get("BaseLoc") else posixpath.dirname(loc) + "/"
        for font in res.iter(f"{Q}Font"):
            file = font.findtext(f"{Q}FontFile")
            package.fonts[font.get("ID", "")] = resolve(base + "x", file) if file else None
    return package


# --- text ---------------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class Run:
    """A piece of text as placed: x and baseline y in millimetres from the page's top left."""

    text: str
    x: float
    y: float
    size: float
    width: float
    object_id: str = ""


def _transform(ctm: list[float], x: float, y: float) -> tuple[float, float]:
    if len(ctm) != 6:
        return x, y
    a, b, c, d, e, f = ctm
    return a * x + c * y + e, b * x + d * y + f


_UNUSABLE = re.compile(r"^[\ue000-\uf8ff\x00-\x1f\s]*$")


def _code_text(package: Package, obj: Any, code: Any) -> str:
    """The code's characters; glyph ids through the embedded font where the code is unusable."""
    text = code.text or ""
    if text and not _UNUSABLE.match(text):
        return text
    glyphs: list[int] = []
    for transform in obj.findall(f"{Q}CGTransform"):
        glyphs += [int(v) for v in (transform.findtext(f"{Q}Glyphs") or "").split() if v.isdigit()]
    file = package.fonts.get(obj.get("Font", ""))
    if not glyphs or not file:
        return text.strip()
    try:
        table = _glyph_map(package.archive.read(file))
    except KeyError:
        raise CorruptInput(f"OFD 缺少部件 {file}（字体）(missing part)", path=package.path) from None
    return "".join(table.get(g, "") for g in glyphs)


@functools.lru_cache(maxsize=8)
def _glyph_map(font: bytes) -> dict[int, str]:
    """Glyph id -> character, from a font file's own character map."""
    import pymupdf

    try:
        face = pymupdf.Font(fontbuffer=font)
    except Exception:
        return {}
    table: dict[int, str] = {}
    for point in face.valid_codepoints():
        table.setdefault(face.has_glyph(point), chr(point))
    return table


def _runs(package: Package, root: Any, budget: list[int]) -> list[Run]:
    found: list[Run] = []
    for obj in root.iter(f"{Q}TextObject"):
        boundary = box_of(obj.get("Boundary"), (0.0, 0.0, 0.0, 0.0))
        ctm = numbers(obj.get("CTM"))
        size = (numbers(obj.get("Size")) or [3.5])[0]
        for code in obj.findall(f"{Q}TextCode"):
            budget[0] -= 1
            if budget[0] < 0:
                raise TooLargeInput("OFD 文字对象过多 (too many text objects)", path=package.path)
            text = _code_text(package, obj, code)
            if not text.strip():
                continue
            x, y = _transform(ctm, (numbers(code.get("X")) or [0.0])[0], (numbers(code.get("Y")) or [0.0])[0])
            advances = numbers(_expand_deltas(code.get("DeltaX")))
            width = sum(advances[: len(text) - 1]) + size if advances else size * len(text)
            found.append(Run(text, boundary[0] + x, boundary[1] + y, size, width, obj.get("ID", "")))
    return found


def _expand_deltas(text: str | None) -> str:
    """DeltaX/DeltaY with the `g N d` shorthand (N times d) written out."""
    if not text:
        return ""
    tokens = text.split()
    out: list[str] = []
    i = 0
    while i < len(tokens):
        if tokens[i] == "g" and i + 2 < len(tokens):
            with contextlib.suppress(ValueError):
                out += [tokens[i + 2]] * min(int(tokens[i + 1]), 100_000)
            i += 3
        else:
            out.append(tokens[i])
            i += 1
    return " ".join(out)


def page_runs(package: Package, index: int, budget: list[int]) -> tuple[tuple[float, ...], list[Run]]:
    """A page's box and its text runs, its templates' first (they lie beneath)."""
    _, loc = package.pages[index]
    root = package.read_xml(loc)
    box = box_of(root.findtext(f"{Q}Area/{Q}PhysicalBox"), package.page_box)
    runs: list[Run] = []
    for reference in root.findall(f"{Q}Template"):
        template = package.templates.get(reference.get("TemplateID", ""))
        if template is not None:
            runs += _runs(package, package.read_xml(template, "（模板页）"), budget)
    runs += _runs(package, root, budget)
    return box, runs


def lines_of(runs: list[Run]) -> list[tuple[float, str]]:
    """Runs grouped into lines (same baseline within a third of the type size), top to bottom."""
    lines: list[tuple[float, float, list[Run]]] = []
    for run in sorted(runs, key=lambda r: (r.y, r.x)):
        if lines and abs(lines[-1][0] - run.y) <= max(0.8, lines[-1][1] / 3):
            lines[-1][2].append(run)
        else:
            lines.append((run.y, run.size, [run]))
    out: list[tuple[float, str]] = []
    for y, _, members in lines:
        members.sort(key=lambda r: r.x)
        text = members[0].text
        for before, run in itertools.pairwise(members):
            gap = run.x - (before.x + before.width)
            text += (" " if gap > run.size * 0.8 else "") + run.text
        out.append((y, text))
    return out


def read_ofd(data: bytes, path: Path, sniffed: str, limits: Limits) -> Parts:
    package = open_ofd(data, path, sniffed, limits)
    budget = [limits.max_cells]
    blocks: list[TextBlock] = []
    blank: list[int] = []
    for index in range(len(package.pages)):
        _, runs = page_runs(package, index, budget)
        text = "\n".join(line for _, line in lines_of(runs))
        if not text.strip():
            blank.append(index + 1)
        blocks.append(TextBlock("para", text))
    return tuple(blocks), len(package.pages), tuple(blank), package.custom_data()

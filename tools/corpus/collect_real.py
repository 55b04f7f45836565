"""Choose and label the real development corpus from public repositories; write the manifest.

The texts are third-party and never enter the repository: they go to a folder outside it
(`--out`, default /work/corpus/real) with a JSON-lines file for training, and the repository keeps only
`classifiers/corpus/real_manifest.tsv` (source, commit, path, extractor, label, kind, publication,
SHA-256, length). `rebuild_real.py` rebuilds the same texts from that manifest.

Labels follow DESIGN.md "Labelling real documents": the kind and the publication state decide, not the
words a document mentions. Every candidate goes through the hold-out guard (address and text); what it
rejects is dropped with every other document of the same template (same folder and title stem).

Usage:  python tools/corpus/collect_real.py [--mirrors /work/.mirror] [--out /work/corpus/real]
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import random
import re
import subprocess
import sys
import zipfile
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from real_sources import extract, git_show, policy_rows, sha256

ROOT = Path(__file__).resolve().parents[2]
MANIFEST = ROOT / "classifiers" / "corpus" / "real_manifest.tsv"
GUARD = Path("/work/shared/holdout/guard.py")
SEED = 20261201
MIN_CHARS = 120
FIELDS = ("id", "repo", "commit", "path", "extract", "level", "category", "kind", "publication", "sha256",
          "chars", "note", "batch")


@dataclass(frozen=True, slots=True)
class Doc:
    repo: str
    path: str
    extract: str
    level: str
    category: str
    kind: str
    publication: str
    note: str = ""


def ls(repo_dir: Path, commit: str) -> list[str]:
    out = subprocess.run(["git", "-C", str(repo_dir), "-c", "core.quotepath=false", "ls-tree", "-r", "--name-only",
                          commit], check=True, capture_output=True, text=True).stdout
    return out.splitlines()


def head(repo_dir: Path) -> str:
    return subprocess.run(["git", "-C", str(repo_dir), "rev-parse", "HEAD"], check=True, capture_output=True,
                          text=True).stdout.strip()


def sample(items: list[str], count: int, rng: random.Random) -> list[str]:
    items = sorted(items)
    return items if len(items) <= count else sorted(rng.sample(items, count))


# --- per-source choices -------------------------------------------------------------------------------

def laws(files: list[str], rng: random.Random) -> list[Doc]:
    """National laws, regulations, rules, judicial interpretations, local regulations: published, 公开."""
    docs: list[Doc] = []
    quotas = {"行政法规": 30, "部门规章": 25, "司法解释": 25, "经济法": 12, "社会法": 10, "民法商法": 10,
              "行政法": 12, "宪法相关法": 6, "刑法": 4, "诉讼与非诉讼程序法": 4, "案例": 12}
    for folder, count in quotas.items():
        pool = [f for f in files if f.startswith(folder + "/") and f.endswith(".md") and not f.endswith("_index.md")]
        kind = "案例" if folder == "案例" else "法规规章"
        docs += [Doc("LawRefBook/Laws", f, "md", "公开", "public", kind, "published", folder)
                 for f in sample(pool, count, rng)]
    for province in ("上海", "北京", "山东", "广东", "河南", "浙江", "重庆"):
        pool = [f for f in files if f.startswith(f"DLC/{province}地方法规/") and f.endswith(".md")
                and not f.endswith("_index.md")]
        docs += [Doc("LawRefBook/Laws", f, "md", "公开", "public", "法规规章", "published", f"地方法规 {province}")
                 for f in sample(pool, 5, rng)]
    return docs


_CONTRACT_SKIP = re.compile(r"(说明|须知|指南|目录)")
_CONTRACT_RELABEL = (
    (r"^说明书?$", ("公开", "public", "模板空白表", "published")),  # the patent office's 说明书 format
    (r"投标书|标函|投标文件|报价书", ("绝密", "bid", "标书", "internal")),
    (r"条款|用户协议|服务协议|合约规格|请求书|陈述书|声明|著录|申请书|规格|说明书", ("公开", "public", "模板空白表", "published")),
    (r"管理办法", ("公开", "public", "法规规章", "published")),
    (r"规则|程序", "drop"),
    (r"投保单|保险单|保险凭证|年度报告|货票|计划表|招投标$", "drop"),
)


def _relabel_contract(title: str) -> tuple[str, str, str, str] | str | None:
    """Files among the contract templates that are not contracts: bids, published forms, rules."""
    title = re.sub(r"\s", "", title)
    for pattern, label in _CONTRACT_RELABEL:
        if re.search(pattern, title):
            return label
    return None


def contracts(files: list[str], repo_dir: Path, commit: str, rng: random.Random) -> list[Doc]:
    """A company's contract templates (秘密 even with blanks); officially published 示范文本 (GF-) are 公开."""
    base = "yh/WebContent/core/funcs/utilapps/info/law/"
    docs: list[Doc] = []
    groups: dict[str, list[str]] = {}
    for f in files:
        if f.startswith(base + "hyhetong/") and f.count("/") == base.count("/") + 2 and f.endswith(".jsp"):
            groups.setdefault(f.split("/")[-2], []).append(f)
    for group, pool in sorted(groups.items()):
        for f in sample(pool, 6, rng):
            text = extract(git_show(repo_dir, commit, f), "html")
            title = text.split("\n", 1)[0]
            if _CONTRACT_SKIP.search(title):
                continue
            model = bool(re.search(r"GF[-－—]\s*\d{2,4}|示范文本", text[:600]))
            relabel = _relabel_contract(title)
            if relabel == "drop":
                continue
            if relabel:
                level, category, kind, publication = relabel
                docs.append(Doc("xiahuibin/yh", f, "html", level, category, kind, publication, f"{kind} {group}"))
            elif model:
                docs.append(Doc("xiahuibin/yh", f, "html", "公开", "public", "模板空白表", "published",
                                f"示范文本 {group}"))
            else:
                category = "personnel" if group == "laodong" else "contracts"
                docs.append(Doc("xiahuibin/yh", f, "html", "秘密", category, "合同协议", "draft", f"合同 {group}"))
    # Court and notary document formats (文书样式) are published standard forms: 公开.
    for group in ("mspanjue", "xspanjue", "mscaijue", "xscaiding", "gzwenshu", "xzsusong"):
        pool = [f for f in files if f.startswith(base + f"flgswenshu/{group}/") and f.endswith(".jsp")]
        docs += [Doc("xiahuibin/yh", f, "html", "公开", "public", "模板空白表", "published", f"文书样式 {group}")
                 for f in sample(pool, 5, rng)]
    return docs


def policies(raw: str, rng: random.Random) -> list[Doc]:
    """State Council and ministry documents crawled from gov.cn: 发文字号, 印发, published."""
    rows = [(row_id, title) for row_id, title, number in policy_rows(raw) if number and number != "null"]
    seen: set[str] = set()
    unique = []
    for row_id, title in rows:
        if title not in seen:
            seen.add(title)
            unique.append(row_id)
    docs = []
    titles = dict(rows)
    for row_id in sample(unique, 70, rng):
        kind = "法规规章" if re.search(r"(?:条例|规定|办法|细则)$", titles[row_id]) else "通知"
        docs.append(Doc("ZhouYNF/platform-1", "db/ge_policy_raw20190217.sql", f"policy:{row_id}", "公开", "public",
                        kind, "published", "gov.cn 政策文件"))
    return docs


_MALL_TABLES = {
    "oms_order": ("机密", "customers"), "oms_order_item": ("机密", "customers"),
    "oms_order_return_apply": ("机密", "customers"), "ums_member": ("机密", "customers"),
    "ums_member_receive_address": ("机密", "customers"), "oms_order_operate_history": ("机密", "customers"),
    "oms_cart_item": ("机密", "customers"), "sms_coupon_history": ("机密", "customers"),
    "oms_company_address": ("机密", "customers"), "ums_admin_login_log": ("机密", "technical"),
    "pms_product": ("机密", "technical"), "pms_sku_stock": ("机密", "statistics"),
    "pms_member_price": ("机密", "customers"), "ums_growth_change_history": ("机密", "customers"),
}
_LITEMALL_TABLES = {
    "litemall_order": ("机密", "customers"), "litemall_order_goods": ("机密", "customers"),
    "litemall_user": ("机密", "customers"), "litemall_address": ("机密", "customers"),
    "litemall_cart": ("机密", "customers"), "litemall_comment": ("机密", "customers"),
    "litemall_coupon_user": ("机密", "customers"), "litemall_feedback": ("机密", "customers"),
    "litemall_goods": ("机密", "technical"), "litemall_goods_product": ("机密", "statistics"),
    "litemall_aftersale": ("机密", "customers"), "litemall_collect": ("机密", "customers"),
}


def sql_dumps() -> list[Doc]:
    """Database dumps holding customer, order or product data: 代码数据, 机密 (DESIGN rule 5)."""
    docs = [Doc("macrozheng/mall", "document/sql/mall.sql", f"sql:{table}", level, category, "代码数据", "internal",
                "SQL dump") for table, (level, category) in sorted(_MALL_TABLES.items())]
    docs += [Doc("linlinjava/litemall", "litemall-db/sql/litemall_data.sql", f"sql:{table}", level, category,
                 "代码数据", "internal", "SQL dump") for table, (level, category) in sorted(_LITEMALL_TABLES.items())]
    docs += [Doc("linlinjava/litemall", "litemall-db/sql/litemall_table.sql", f"sql:{table}", "机密", "technical",
                 "代码数据", "internal", "SQL schema (design)")
             for table in ("litemall_order", "litemall_user", "litemall_admin", "litemall_goods")]
    return docs


def handbook(files: list[str]) -> list[Doc]:
    """A company's own rules (请假、薪酬、财务制度、开发规范): 制度, 内部 whatever the topic."""
    return [Doc("FIRHQ/RaR", f, "md", "内部", "internal", "制度办法", "internal", "员工手册")
            for f in sorted(files) if f.endswith(".md") and "/" in f and not f.endswith("README.md")]


def news(files: list[str], rng: random.Random) -> list[Doc]:
    """Daily financial news digests and blog posts: published, 公开."""
    pool = [f for f in files if f.startswith("_posts/") and f.endswith(".md")]
    daily = [f for f in pool if "DailyFinanceNews" in f]
    other = [f for f in pool if f not in daily]
    return ([Doc("Halerfermatqing/mybolgfor", f, "md", "公开", "public", "新闻", "published", "财经早餐")
             for f in sample(daily, 25, rng)]
            + [Doc("Halerfermatqing/mybolgfor", f, "md", "公开", "public", "新闻", "published", "博客文章")
               for f in sample(other, 15, rng)])


def business_plan(files: list[str]) -> list[Doc]:
    """A company's business plan chapters (融资、投资、财务预测): strategy, 绝密 (DESIGN rule 1)."""
    return [Doc("pomiikwan/keytrade-EN-SuperChargingPlace", f, "md", "绝密", "strategy", "方案计划", "internal",
                "商业计划书") for f in sorted(files) if f.startswith("生成式商业计划书内容/") and f.endswith(".md")]


def manuals(files: list[str]) -> list[Doc]:
    """A vendor's published product manual, including the page naming default accounts: 公开."""
    return [Doc("Websoft9/googlecloud-platform", f, "md", "公开", "public", "产品手册", "published", "产品文档")
            for f in sorted(files) if f.startswith("docs/zh/") and f.endswith(".md")]


_TEAM_RULES = (
    (r"会议纪要|meeting_records/|MeetingRecords/", "机密", "meeting_minutes", "纪要", "internal"),
    (r"代码规范|编码规范|开发规范|code-qualification|api-design-standard", "内部", "internal", "制度办法", "internal"),
    (r"用户使用文档|安装指南|产品特性", "公开", "public", "产品手册", "published"),
    (r"设计|API|表结构|实体类|需求|架构|uml|SRS|use-cases|supplementary|测试|开发环境|开发过程|database|技术选型",
     "机密", "technical", "技术资料", "internal"),
)
_TEAM_REPOS = ("sysu-team1/Dashboard", "earnsparemoney/document", "BUCTCS2205/PocketMuseum",
               "SkipperJK/EventExplore", "buaa0110/ApacheAssistant", "billhu0228/SmartRoadBridgePy",
               "SevenKingdoms/Dashboard")


def team_projects(repo: str, files: list[str]) -> list[Doc]:
    """Software teams' own records: minutes 机密, design and requirement documents 机密 (技术资料),
    coding standards 内部 (制度), the user manual shipped with the product 公开."""
    docs = []
    for f in sorted(files):
        if not f.endswith(".md") or re.search(r"(?i)readme|final|report|index|profile|contribution|summary", f):
            continue
        for pattern, level, category, kind, publication in _TEAM_RULES:
            if re.search(pattern, f):
                docs.append(Doc(repo, f, "md", level, category, kind, publication, "软件项目组文档"))
                break
    return docs


_BUSINESS_PLANS = ("Engineer-Gu/local-travel-app", "IntelliFit/food_link", "lutoo-1984/shared-parking",
                   "tomwugdgz/cyber-recycle", "zayu77/Smart-Cat", "sarahfang2010/health-track",
                   "taklove/posture-mind", "ardondon/SmartHub")
_MINUTES = (("Daoling/X-Waste-Container-", "会议纪要.md"), ("David-112233/TKLibrary-Frontend", "会议纪要.md"),
            ("JMJM666/xinxishijian", "docs/report/会议纪要.md"), ("ourworldcn/PowerLms", "会议纪要.md"),
            ("shoedogodo/Daily-Running-Assistance", "会议纪要.md"), ("zhipengzuo/projector-optimize", "会议纪要.md"),
            ("BUCTCS2205/PocketMuseum", "docs/会议纪要.md"), ("SkipperJK/EventExplore", "docs/会议纪要.md"),
            ("buaa0110/ApacheAssistant", "docs/会议纪要.md"), ("billhu0228/SmartRoadBridgePy", "docs/会议纪要.md"))
_MINUTES_FOLDERS = (("heerbuton/Part-time-platform", "会议纪要/"), ("Bitter-ginger/Digital_Room", "会议讨论/"))
_DEV_RULES = ("773172733-jpg/Warehouse-Manage", "WHaiLong/project-management-system", "SYSU-Workflow-Lab/BooWFMS",
              "Happy-Code-Team/photo-judge-front", "EpsilonZYJ/MyCampus", "HLGZJY/My_School_Store_Tool",
              "10csc/firefly", "18235844770/ccnc", "AdlinZ/ORIN", "Is999/admin", "Raozihang/jiaxiang-medical-assistant",
              "Sea-cc/docs", "Kingman1117/km-apitest", "Mzys521/gearlink")
_DEPLOY = ("SYSU-Workflow-Lab/BooWFMS", "18235844770/ccnc")
SINGLE_REPOS = (*_BUSINESS_PLANS, *(r for r, _ in _MINUTES), *(r for r, _ in _MINUTES_FOLDERS), *_DEV_RULES,
                "wangfan000/chanpin")


def singles(files: dict[str, list[str]]) -> list[Doc]:
    """One or a few files per repository: business plans 绝密 (strategy), minutes 机密, a team's development
    rules and a new-staff handbook 内部 (制度), deployment documents 机密 (技术资料)."""
    docs = [Doc(repo, "docs/商业计划书.md", "md", "绝密", "strategy", "方案计划", "internal", "商业计划书")
            for repo in _BUSINESS_PLANS]
    docs += [Doc(repo, path, "md", "机密", "meeting_minutes", "纪要", "internal", "会议纪要") for repo, path in _MINUTES]
    for repo, folder in _MINUTES_FOLDERS:
        for f in sorted(files[repo]):
            if f.startswith(folder) and f.endswith((".md", ".docx")):
                docs.append(Doc(repo, f, "docx" if f.endswith(".docx") else "md", "机密", "meeting_minutes", "纪要",
                                "internal", "会议纪要"))
    docs += [Doc(repo, "docs/开发规范.md", "md", "内部", "internal", "制度办法", "internal", "开发规范")
             for repo in _DEV_RULES]
    docs.append(Doc("wangfan000/chanpin", "员工手册.md", "md", "内部", "internal", "制度办法", "internal", "员工手册"))
    docs += [Doc(repo, "docs/部署文档.md", "md", "机密", "technical", "技术资料", "internal", "部署文档") for repo in _DEPLOY]
    return docs


# --- guard and write ------------------------------------------------------------------------------------

def guarded(url: str, text_file: Path) -> bool:
    ok_url = subprocess.run([sys.executable, str(GUARD), "url", url], capture_output=True).returncode == 0
    ok_text = subprocess.run([sys.executable, str(GUARD), "text", str(text_file)], capture_output=True).returncode == 0
    return ok_url and ok_text


def corpus_args(doc: str | None) -> argparse.Namespace:
    """--mirrors (local git mirrors) and --out (where the texts go, outside the repository)."""
    parser = argparse.ArgumentParser(description=doc, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--mirrors", type=Path, default=Path("/work/.mirror"))
    parser.add_argument("--out", type=Path, default=Path("/work/corpus/real"))
    return parser.parse_args()


AUDIT = MANIFEST.with_name("label_audit.tsv")


def audited(rows: list[dict[str, str]]) -> list[dict[str, str]]:
    """The rows with the second labelling's adjudicated changes (`label_audit.tsv`): a collector's script re-run
    gives its own labels again, so the audit is applied where every batch is written. `DROP` removes a row."""
    if not AUDIT.exists():
        return rows
    changes = {row["id"]: row for row in csv.DictReader(AUDIT.open(encoding="utf-8"), delimiter="\t")}
    present = {row["id"] for row in rows}  # a dropped row stays dropped when the manifest is written again
    if unknown := sorted(key for key, change in changes.items() if key not in present and change["level"] != "DROP"):
        raise SystemExit(f"error: {AUDIT.name} names documents the manifest lacks: {', '.join(unknown)}")
    kept = []
    for row in rows:
        change = changes.get(row["id"])
        if change is None:
            kept.append(row)
        elif change["level"] != "DROP":
            kept.append(row | {key: change[key] for key in ("level", "category", "publication") if change[key]})
    return kept


def write_corpus(rows: list[dict[str, str]], out: Path) -> None:
    """The manifest (committed) and OUT/real.jsonl (not) for every row, batches in manifest order, after the
    label audit. Each file is written under a temporary name and renamed, so a reader never sees half of one."""
    rows = audited(rows)
    tmp = MANIFEST.with_suffix(".tsv.tmp")
    with tmp.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, FIELDS, delimiter="\t", lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    tmp.replace(MANIFEST)
    tmp = out / "real.jsonl.tmp"
    absent = 0
    with tmp.open("w", encoding="utf-8") as handle:
        for row in rows:
            path = out / "texts" / f"{row['id']}.txt"
            if not path.exists():  # a web page not obtained again (rebuild_real.py): its row and label stay
                absent += 1
                continue
            text = path.read_text(encoding="utf-8")
            handle.write(json.dumps({"id": row["id"], "level": row["level"], "category": row["category"],
                                     "kind": row["kind"], "publication": row["publication"],
                                     "source": row["repo"], "text": text}, ensure_ascii=False) + "\n")
    tmp.replace(out / "real.jsonl")
    if absent:
        print(f"{absent} manifest rows have no text in {out / 'texts'} (not rebuilt): left out of real.jsonl",
              file=sys.stderr)


def main() -> int:
    args = corpus_args(__doc__)
    rng = random.Random(SEED)

    def mirror(repo: str) -> Path:
        return args.mirrors / repo.replace("/", "+") / "repo"

    commits = {repo: head(mirror(repo)) for repo in (
        "LawRefBook/Laws", "xiahuibin/yh", "ZhouYNF/platform-1", "macrozheng/mall", "linlinjava/litemall",
        "FIRHQ/RaR", "Halerfermatqing/mybolgfor", "pomiikwan/keytrade-EN-SuperChargingPlace",
        "Websoft9/googlecloud-platform", *_TEAM_REPOS, *SINGLE_REPOS)}
    files = {repo: ls(mirror(repo), commit) for repo, commit in commits.items()}
    policy_raw = git_show(mirror("ZhouYNF/platform-1"), commits["ZhouYNF/platform-1"],
                          "db/ge_policy_raw20190217.sql").decode("utf-8", errors="replace")
    candidates = (laws(files["LawRefBook/Laws"], rng)
                  + contracts(files["xiahuibin/yh"], mirror("xiahuibin/yh"), commits["xiahuibin/yh"], rng)
                  + policies(policy_raw, rng) + sql_dumps() + handbook(files["FIRHQ/RaR"])
                  + news(files["Halerfermatqing/mybolgfor"], rng)
                  + business_plan(files["pomiikwan/keytrade-EN-SuperChargingPlace"])
                  + manuals(files["Websoft9/googlecloud-platform"])
                  + [doc for repo in _TEAM_REPOS for doc in team_projects(repo, files[repo])]
                  + singles(files))

    args.out.mkdir(parents=True, exist_ok=True)
    texts = args.out / "texts"
    texts.mkdir(exist_ok=True)
    cache: dict[tuple[str, str], bytes] = {}
    rows: list[dict[str, str]] = []
    rejected: list[str] = []
    rejected_stems: set[tuple[str, str]] = set()
    seen_hashes: set[str] = set()
    for doc in candidates:
        commit = commits[doc.repo]
        key = (doc.repo, doc.path)
        try:
            if key not in cache:
                cache[key] = git_show(mirror(doc.repo), commit, doc.path)
            text = extract(cache[key], doc.extract)
        except (KeyError, subprocess.CalledProcessError, zipfile.BadZipFile):
            continue
        if len(re.sub(r"\s", "", text)) < MIN_CHARS:
            continue
        digest = sha256(text)
        if digest in seen_hashes:
            continue
        stem = (doc.repo, str(Path(doc.path).parent))
        doc_id = "real-" + hashlib.sha1(f"{doc.repo}:{doc.path}:{doc.extract}".encode()).hexdigest()[:10]
        tmp = texts / f"{doc_id}.txt"
        tmp.write_text(text, encoding="utf-8")
        url = f"https://github.com/{doc.repo}/blob/{commit}/{doc.path}"
        if not guarded(url, tmp):
            rejected.append(f"{doc_id}\t{doc.repo}\t{doc.path}\t{doc.extract}")
            rejected_stems.add(stem)
            tmp.unlink()
            continue
        seen_hashes.add(digest)
        rows.append({"id": doc_id, "repo": doc.repo, "commit": commit, "path": doc.path, "extract": doc.extract,
                     "level": doc.level, "category": doc.category, "kind": doc.kind,
                     "publication": doc.publication, "sha256": digest, "chars": str(len(text)), "note": doc.note, "batch": "1"})
    # Another copy of a rejected template is dropped too.
    kept = [row for row in rows if (row["repo"], str(Path(row["path"]).parent)) not in rejected_stems
            or row["extract"].startswith(("sql:", "policy:"))]
    for row in rows:
        if row not in kept:
            (texts / f"{row['id']}.txt").unlink(missing_ok=True)
    # Later batches (collect_more.py) are kept as they are.
    later = [row for row in csv.DictReader(MANIFEST.open(encoding="utf-8"), delimiter="\t")
             if row.get("batch", "1") != "1"] if MANIFEST.exists() else []
    write_corpus(kept + later, args.out)
    (args.out / "rejected.tsv").write_text("\n".join(rejected) + "\n", encoding="utf-8")
    print(f"kept {len(kept)}, guard rejected {len(rejected)}, dropped as same template {len(rows) - len(kept)}")
    print(Counter(row["level"] for row in kept))
    print(Counter(row["kind"] for row in kept))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

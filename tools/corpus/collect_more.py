"""Second batch of the real corpus: kinds and levels the first batch lacked, from new public sources.

The first batch (`collect_real.py`, batch 1 in the manifest) is mostly laws, contracts and government
documents. This batch adds what a company actually holds and the first batch had too few of: team minutes,
design/requirement/test documents, an internal hand-over note and notes with live credentials (绝密, texts
never committed), a bid-document template, a company's blank internal application forms, a monitoring
room's working procedures (内部), a university's internal notices, and published news and product pages full
of 招标/采购/提价 words (公开). Labels follow DESIGN.md "Labelling real documents".

Every candidate goes through the hold-out guard (address and text); a rejected document drops every other
document of its folder (same template). Rows are appended to `classifiers/corpus/real_manifest.tsv` with
`batch` 2; batch-1 rows are left as they are. The texts go to `--out` like the first batch.

Usage:  python tools/corpus/collect_more.py [--mirrors /work/.mirror] [--out /work/corpus/real]
"""

from __future__ import annotations

import csv
import hashlib
import random
import re
import subprocess
import sys
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from collect_real import MANIFEST, corpus_args, guarded, head, ls, write_corpus
from real_sources import extract, git_show, sha256

SEED = 20261202
MIN_CHARS = 120
BATCH = "2"


@dataclass(frozen=True, slots=True)
class Source:
    """Files of one repository matching `pattern`, all with one label; at most `count` of them."""

    repo: str
    pattern: str
    extract: str
    level: str
    category: str
    kind: str
    publication: str
    note: str
    count: int = 50


_NEWS = "likgjava/eb"
SOURCES = (
    # Published news of a procurement portal: 招标、采购、提价、投资 everywhere, and all of it 公开.
    *(Source(_NEWS, rf"^webapp/view/staticpags/{folder}/ff[0-9a-f]+\.jsp$", "html", "公开", "public", "新闻",
             "published", f"采购门户新闻 {folder}", 6)
      for folder in ("caigoudt", "zhaotoubiaozt", "hangyeliaowang", "cgxqzx", "sqzx", "supplierzx",
                     "jingyingdongtai", "mrft")),
    Source("everydo/site-everydo", r"^contents/everydo/about/(?!_).*\.rst$", "md", "公开", "public", "产品手册",
           "published", "产品介绍页", 6),
    # A software team's own records: minutes 机密, requirement/design/test documents 机密.
    Source("Qin-Hao/SoftwareEngineering", r"^document/.*Scrum Meeting.*\.md$", "md", "机密", "meeting_minutes", "纪要", "internal",
           "团队例会纪要"),
    Source("Qin-Hao/SoftwareEngineering", r"^document/.*(需求分析|设计文档|测试报告|测试用例)\.md$", "md", "机密", "technical",
           "技术资料", "internal", "需求/设计/测试文档"),
    Source("GOT-CA/document", r"^工作文档-lab(0[2-4]|0[6-9]|10)\.md$", "md", "机密", "technical", "技术资料",
           "internal", "项目工作文档", 5),
    Source("se-curriculum-design-group/2019-Software-Engineering-Curriculum-Design",
           r"需求分析/(选课子系统-功能需求分析|原型设计\+功能需求分析2\.0)\.md$", "md", "机密", "technical", "技术资料",
           "internal", "需求分析"),
    Source("se-curriculum-design-group/2019-Software-Engineering-Curriculum-Design", r"^README\.md$", "md",
           "机密", "meeting_minutes", "纪要", "internal", "会议记录"),
    Source("Nuclear-donkeyy/bishe", r"^docs/(无人机数据采集平台功能需求|数据库模型设计|前后端接入无人机技术方案|后端实时数据与WebSocket规划)\.md$",
           "md", "机密", "technical", "技术资料", "internal", "需求/设计文档"),
    Source("duuook/Anti-Fraud-Situational-Awareness", r"前端设计文档\.md$", "md", "机密", "technical", "技术资料",
           "internal", "设计文档"),
    Source("BXACODEKING/note", r"^Project/.*(架构|流程|复盘|结构梳理)", "md", "机密", "technical", "技术资料",
           "internal", "项目技术笔记", 4),
    # Credential lists and a hand-over note with server logins: 绝密 even for demo defaults (DESIGN rule 5).
    Source("qc-z/note", r"^admin\.md$", "md", "绝密", "admin_credentials", "清单名册", "internal", "交接文档（服务器账号）"),
    Source("GM-HaoPeng/MyNote", r"^Writerside/topics/账号密码\.md$", "md", "绝密", "admin_credentials", "清单名册",
           "internal", "账号密码"),
    Source("Nuclear-donkeyy/bishe", r"^docs/账号密码\.md$", "md", "绝密", "admin_credentials", "清单名册", "internal",
           "账号密码"),
    Source("ExistoT01/chrybible", r"^docs/backbone/iot\.md$", "md", "绝密", "admin_credentials", "制度办法",
           "internal", "含账号密码的工单流程"),
    # A bid-document template (投标函、报价清单): a company's bid, 绝密 by kind (DESIGN rule 1).
    Source("wendylan/gangerp", r"^resources/views/test/bid-file-model\.blade\.php$", "html", "绝密", "bid", "标书",
           "internal", "投标文件模板"),
    # A monitoring room's own working procedures (流程): 内部 (DESIGN rule 3).
    Source("ExistoT01/chrybible", r"^docs/backbone/(alert-notification|inter-provincial-order|cutover|etc|alert-wiki)\.md$",
           "md", "内部", "internal", "制度办法", "internal", "值班工作流程"),
    Source("ExistoT01/chrybible", r"^docs/(?!backbone/)[^_]+/(?!_)[^/]+\.md$", "md", "内部", "internal", "制度办法",
           "internal", "工作流程", 6),
    Source("shy000000/Leaving", r"main-setting-notice\.jsp$", "html", "内部", "internal", "制度办法", "internal",
           "员工请假须知"),
    # A university's notices to its own units (放假安排): ordinary internal notices, 内部.
    Source("zhehenyuhang/digital-study-room", r"NotificationInformation\d\.jsp$", "html", "内部", "internal", "通知",
           "internal", "放假通知"),
    # A listed company's own blank OA application forms: internal forms, 内部.
    Source("lilongs/WebPage_Stock", r"^Backup/OA_Build/[^/]+/[^/]+\.aspx$", "html", "内部", "internal", "模板空白表",
           "internal", "内部申请表单", 8),
)


def source_texts(repo_dir: Path, commit: str, source: Source, rng: random.Random,
                 sparse: bool = False) -> Iterator[tuple[str, str]]:
    """(path, text) of the files `source.pattern` picks, in a shuffled order, skipping files the snapshot lacks
    (over 4 MiB) and texts too short or with too little Chinese (`sparse`: credentials, SQL, lists need less)."""
    pool = sorted(f for f in ls(repo_dir, commit) if re.search(source.pattern, f))
    rng.shuffle(pool)
    for path in pool:
        try:
            text = extract(git_show(repo_dir, commit, path), source.extract)
        except subprocess.CalledProcessError:
            continue
        chinese = len(re.findall(r"[\u4e00-\u9fff]", text))
        if len(re.sub(r"\s", "", text)) >= MIN_CHARS and chinese >= (5 if sparse else 60):
            yield path, text


def main() -> int:
    args = corpus_args(__doc__)
    rng = random.Random(SEED)
    rows = list(csv.DictReader(MANIFEST.open(encoding="utf-8"), delimiter="\t"))
    for row in rows:
        row["batch"] = row.get("batch") or "1"
    kept_rows = [row for row in rows if row["batch"] != BATCH]
    seen_hashes = {row["sha256"] for row in kept_rows}
    seen_titles: set[str] = set()
    texts = args.out / "texts"
    texts.mkdir(parents=True, exist_ok=True)
    new: list[dict[str, str]] = []
    rejected: list[str] = []
    rejected_folders: set[tuple[str, str]] = set()
    for source in SOURCES:
        repo_dir = args.mirrors / source.repo.replace("/", "+") / "repo"
        commit = head(repo_dir)
        taken = 0
        for path, text in source_texts(repo_dir, commit, source, rng, sparse=source.level == "绝密"):
            if taken >= source.count:
                break
            title = re.sub(r"\s", "", text)[:120]
            digest = sha256(text)
            if digest in seen_hashes or (source.repo, title) in seen_titles:
                continue  # the same page twice (the portal keeps copies of one story)
            doc_id = "real-" + hashlib.sha1(f"{source.repo}:{path}:{source.extract}".encode()).hexdigest()[:10]
            tmp = texts / f"{doc_id}.txt"
            tmp.write_text(text, encoding="utf-8")
            if not guarded(f"https://github.com/{source.repo}/blob/{commit}/{path}", tmp):
                rejected.append(f"{doc_id}\t{source.repo}\t{path}")
                rejected_folders.add((source.repo, str(Path(path).parent)))
                tmp.unlink()
                continue
            seen_hashes.add(digest)
            seen_titles.add((source.repo, title))
            taken += 1
            new.append({"id": doc_id, "repo": source.repo, "commit": commit, "path": path, "extract": source.extract,
                        "level": source.level, "category": source.category, "kind": source.kind,
                        "publication": source.publication, "sha256": digest, "chars": str(len(text)),
                        "note": source.note, "batch": BATCH})
    kept_new = [row for row in new if (row["repo"], str(Path(row["path"]).parent)) not in rejected_folders]
    for row in new:
        if row not in kept_new:
            (texts / f"{row['id']}.txt").unlink(missing_ok=True)
    write_corpus(kept_rows + kept_new, args.out)
    summary(BATCH, kept_new, rejected, len(new) - len(kept_new))
    return 0


def summary(batch: str, kept: list[dict[str, str]], rejected: list[str], dropped: int, extra: str = "") -> None:
    """What a collection run kept, what the guard rejected, and the new documents by level and kind."""
    print(f"batch {batch}: kept {len(kept)}, guard rejected {len(rejected)}, dropped as same template {dropped}"
          + extra)
    for line in rejected:
        print("rejected", line)
    print(Counter(row["level"] for row in kept))
    print(Counter(row["kind"] for row in kept))


if __name__ == "__main__":
    raise SystemExit(main())

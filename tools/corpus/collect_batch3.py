"""Third batch of the real corpus: breadth. Many new sources, a few documents each, every kind and level.

The first two batches hold 699 documents, half of them from two repositories; a model fitted on them scores
well on their own sources and poorly on new ones. This batch adds documents from many new public
repositories (one source group each) and from stored public web pages (one source group per site):
government notices with 发文字号, news, securities announcements, product pages and blank national forms
(公开); company 制度/流程 and meeting notices (内部); contracts and agreements incl. 范本 with blanks (秘密);
minutes, design documents, SQL with customer data, salary tables (机密); business and investment plans, bids
and credential notes (绝密). Labels follow DESIGN.md "Labelling real documents".

Repository files are read from local git mirrors (`--mirrors`) like the other batches. Web pages cannot be
re-fetched by a script: their texts (as the stored page excerpt gave them) sit in a JSON file outside the
repository (`--pages`, a list of {url, text, level, category, kind, publication, note}); the manifest row
records `repo` = `web:<host>`, `path` = the page address, `extract` = `web`, and the SHA-256 of the text.

Every candidate goes through the hold-out guard (address and text). A rejected document drops every other
document of its folder (repository) or of its site (web). Candidates are deduplicated against the earlier
batches and within this one: same SHA-256, same normalised title, or more than 80% of a document's
character 5-grams shared with another. Rows are appended to `classifiers/corpus/real_manifest.tsv` with
`batch` 3; rejections are appended to OUT/rejected.tsv.

Usage:  python tools/corpus/collect_batch3.py [--mirrors /work/.mirror] [--out /work/corpus/real]
                                              [--pages /work/corpus/pages_batch3.json]
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import itertools
import json
import random
import re
import sys
from collections import Counter
from pathlib import Path
from urllib.parse import urlsplit

sys.path.insert(0, str(Path(__file__).resolve().parent))

from collect_more import Source, source_texts, summary
from collect_real import MANIFEST, guarded, head, write_corpus
from real_sources import sha256, web_text

SEED = 20261203
MIN_CHARS = 120
MIN_WEB_CHARS = 200
BATCH = "3"
NEAR_DUPLICATE = 0.8

_PUB = "published"
_INT = "internal"
_DRAFT = "draft"

SOURCES = (
    # Business plans written for investors: strategy, 绝密 (DESIGN rule 1).
    Source("kendoctor/UniteCredit-doc", r"^商业计划书\.md$", "md", "绝密", "strategy", "方案计划", _INT, "商业计划书"),
    Source("KarenYYH/Eidon", r"^商业计划书\.md$", "md", "绝密", "strategy", "方案计划", _INT, "商业计划书"),
    Source("luojy95/studypulse", r"^商业计划书\.md$", "md", "绝密", "strategy", "方案计划", _INT, "商业计划书"),
    Source("tzhang/afans", r"^(商业计划书|MRD-市场需求文档)\.md$", "md", "绝密", "strategy", "方案计划", _INT,
           "商业计划书/市场需求"),
    Source("tzhang/afans", r"^(PRD-产品需求文档|项目结构说明|敏捷开发项目实施计划)\.md$", "md", "机密", "technical", "技术资料", _INT,
           "产品需求/结构说明"),
    # Credential notes (server, database and platform logins): 绝密 (DESIGN rule 5).
    Source("inusun-dev/notes", r"^(账号密码|ZZJ/互联网医院/账号密码)\.md$", "md", "绝密", "admin_credentials", "清单名册",
           _INT, "账号密码"),
    # A developer's hand-over note naming systems, ports and servers: design/operations material, 机密.
    Source("inusun-dev/notes", r"^原来的/JAVA工作交接文档\.md$", "md", "机密", "technical", "技术资料", _INT, "工作交接文档"),
    Source("MoKangMedical/PharmaSim", r"^docs/商业计划书\.md$", "md", "绝密", "strategy", "方案计划", _INT, "商业计划书"),
    Source("MRYGP/ZJPT", r"^docs/(商业计划书|可行性计划|给股东的第一份信|商业计划书-合伙人招募版-v2\.0)\.md$", "md", "绝密", "strategy", "方案计划", _INT,
           "商业计划书/可行性计划/致股东信"),
    Source("MRYGP/ppsb", r"^decisions/2026-08-\d\d-.*\.md$", "md", "绝密", "strategy", "方案计划", _INT,
           "经营决策记录", 3),
    Source("lirun26/zhiyun-assistant-", r"^docs/商业计划书\.md$", "md", "绝密", "strategy", "方案计划", _INT, "商业计划书"),
    Source("xiangyun247/knowledge_graph", r"^docs/商业计划书\.md$", "md", "绝密", "strategy", "方案计划", _INT,
           "创业大赛策划书"),
    Source("yigenfeng0707-netizen/yiwu-global-ai-agent", r"^docs/商业计划书\.md$", "md", "绝密", "strategy", "方案计划",
           _INT, "商业计划书摘要"),
    # A team's development rules: 制度, 内部 (DESIGN rule 3).
    Source("Godzillas/alarm-analysis-system", r"^docs/开发规范\.md$", "md", "内部", "internal", "制度办法", _INT, "开发规范"),
    Source("AmazingCV/FundRadar", r"^docs/开发规范\.md$", "md", "内部", "internal", "制度办法", _INT, "开发规范"),
    Source("LoganHoo/xxxcnstock", r"^docs/开发规范\.md$", "md", "内部", "internal", "制度办法", _INT, "开发规范"),
    Source("MakinoNishiki/wow-guild-platform-v2.1.3-release", r"^docs/开发规范\.md$", "md", "内部", "internal", "制度办法",
           _INT, "开发规范"),
    Source("Keria04/Futu-Project", r"^docs/开发规范\.md$", "md", "内部", "internal", "制度办法", _INT, "开发规范"),
    # Manuals of a factory section's and a company's in-house systems (who may do what, internal addresses): 内部.
    Source("LaLaLaU/production-kanban", r"^docs/用户手册\.md$", "md", "内部", "internal", "产品手册", _INT, "内部系统用户手册"),
    Source("JoeySystem/OvO-Inventory-System", r"^docs/用户手册\.md$", "md", "内部", "internal", "产品手册", _INT,
           "内部系统用户手册"),
    Source("keyeswiki/KE0194", r"^docs/Arduino_C/Arduino_0[0-4]_.*\.md$", "md", "公开", "public", "产品手册", _PUB,
           "厂商产品教程", 4),
    Source("EdgeGalaxy/aibox-pro-docs", r"^docs/(操作手册|内网部署)\.md$", "md", "公开", "public", "产品手册", _PUB,
           "产品文档站"),
    # A bid-writing product's own pages: 招标/中标 words everywhere, published, 公开 (DESIGN rule 7).
    Source("shandianT/bid-dog", r"^docs/(中标狗产品介绍|使用与绑定指南)\.md$", "md", "公开", "public", "产品手册", _PUB,
           "产品介绍页"),
    Source("baorongkang6-spec/inventory-erp", r"^docs/操作手册\.md$", "md", "内部", "internal", "产品手册", _INT,
           "集团内部ERP操作手册"),
    Source("baorongkang6-spec/inventory-erp", r"^docs/requirements-checklist\.md$", "md", "机密", "technical", "技术资料",
           _INT, "需求清单"),
    # Manuals of software products, published with them (demo accounts such as 123456 included): 公开.
    Source("AlanZLG/pms", r"^docs/操作手册\.md$", "md", "公开", "public", "产品手册", _PUB, "产品操作手册(含演示账号)"),
    Source("AlanZLG/pms", r"^docs/(概要设计书|测试报告)\.md$", "md", "机密", "technical", "技术资料", _INT, "设计书/测试报告"),
    Source("backspace-xdw/carbon-data-system", r"^操作手册\.md$", "md", "公开", "public", "产品手册", _PUB, "操作手册"),
    Source("OS14sand15s/Job-Scheduler", r"^例会记录[一二三]\.md$", "md", "机密", "meeting_minutes", "纪要", _INT, "团队例会记录"),
    Source("OUC-2023autumn-Group5/StardowChange", r"^例会记录\.md$", "md", "机密", "meeting_minutes", "纪要", _INT,
           "团队例会记录"),
    Source("husterw/Used_Trading_Platform", r"^会议记录\.md$", "md", "机密", "meeting_minutes", "纪要", _INT, "立项会议记录"),
    Source("bhsei/16TeamC", r"^1\.记录/会议记录\.md$", "md", "机密", "meeting_minutes", "纪要", _INT, "团队会议记录"),
    Source("zyzweb/yunsu", r"^会议记录\.md$", "md", "机密", "meeting_minutes", "纪要", _INT, "需求研讨会纪要"),
    Source("Willayuyu/TeamProject-4", r"^会议记录\.md$", "md", "机密", "meeting_minutes", "纪要", _INT, "团队会议记录"),
    Source("chen-yu-wang/wentijiedaxitong", r"^前期文件/会议记录\.md$", "md", "机密", "meeting_minutes", "纪要", _INT,
           "团队会议记录"),
    Source("KaesaHuanyu/hwadeeProject", r"^会议记录\.md$", "md", "机密", "meeting_minutes", "纪要", _INT, "项目会议记录"),
    Source("LWJSTONE/LEMS", r"^docs/(数据库设计文档|测试报告|部署手册|需求规格说明书)\.md$", "md", "机密", "technical",
           "技术资料", _INT, "需求/设计/测试/部署文档", 3),
    Source("DirkWuGaoFeng/FiberMaintain", r"^Agent/docs/(运维手册|系统快速启动与验证清单)\.md$", "md", "机密", "technical",
           "技术资料", _INT, "运维手册"),
    # SQL with a customer table and its rows (names, phones, e-mail): customer data, 机密 (DESIGN rule 5).
    Source("hejiawang/powerframe", r"^src/main/resources/sql/data\.sql$", "text", "机密", "customers", "代码数据", _INT,
           "含客户数据的SQL"),
    Source("zhangjmhappy/smartwebx", r"^sql/db\.sql$", "text", "机密", "customers", "代码数据", _INT, "含客户数据的SQL"),
    Source("GShLi/LibraryManagement", r"^docs/(数据库设计文档|架构设计文档|测试大纲|用户故事文档)\.md$", "md", "机密",
           "technical", "技术资料", _INT, "设计/测试文档", 3),
    Source("Shouugou/animal_protection", r"^docs/(数据库设计说明书|需求规格说明书|前端需求开发文档)\.md$", "md", "机密",
           "technical", "技术资料", _INT, "需求/数据库设计", 2),
    Source("chendhxuej/pmwb", r"^docs/(部署手册|开发工单模块设计|邮件发送能力统一规划设计方案)\.md$", "md", "机密",
           "technical", "技术资料", _INT, "设计/部署文档", 2),
    Source("JoeShine/Oracle_Table_Change", r"^docs/(设计方案|部署方案|需求规格说明书)\.md$", "md", "机密", "technical",
           "技术资料", _INT, "需求/设计/部署方案", 2),
    Source("JoeShine/Oracle_Table_Change", r"^docs/用户手册\.md$", "md", "公开", "public", "产品手册", _PUB, "用户手册"),
    Source("projectluojia/AI-Luo-Man-ga", r"^docs/会议纪要\.md$", "md", "机密", "meeting_minutes", "纪要", _INT,
           "项目推进会议纪要"),
    Source("excniesNIED/flowynote", r"^会议纪要\.md$", "md", "机密", "meeting_minutes", "纪要", _INT, "需求评审会等纪要"),
    # An engineer's weekly work reports to his team (progress, next week's plan): routine, 内部.
    Source("lling1234/work", r"^周报\.md$", "md", "内部", "internal", "工作报告", _INT, "工作周报"),
    Source("lnbiuc/markdown-note", r"^服务器密码\.md$", "md", "绝密", "admin_credentials", "清单名册", _INT, "服务器密码"),
    # A company's server inventories (addresses, specs, account names, no passwords): 机密 (DESIGN rule 5).
    Source("mingjer/job", r"^wiki/MachineList/(DevMachineList|lcdsAppMachineList|AliyunMachineList|EquipmentList)\.(md|rst)$",
           "md", "机密", "technical", "清单名册", _INT, "服务器/设备清单(无密码)", 3),
    # SQL with patients' health check-in records: customer data, 机密 (DESIGN rule 5).
    Source("XDD513/hospital", r"^hospital-appointment-system/sql/test-data/health-checkin-test-data\.sql$", "text", "机密",
           "customers", "代码数据", _INT, "健康打卡数据SQL"),
    Source("FreeDom0211/wms-warehouse-management-system", r"^sql/init_jd_wms\.sql$", "text", "机密", "technical", "代码数据",
           _INT, "仓储系统建库SQL"),
    # A lab's server inventory (names, serial numbers, addresses, no passwords): 机密 (DESIGN rule 5).
    Source("leellll/mygithub", r"^服务器信息\.md$", "html", "机密", "technical", "清单名册", _INT, "服务器IP分配表"),
    # A platform's labour contract form (parties, term, pay): 秘密 by kind (DESIGN rule 4).
    Source("zhy1101/Doers", r"^WebRoot/Account/showContract\.jsp$", "html", "秘密", "personnel", "合同协议", _DRAFT,
           "平台劳动合约"),
    Source("stalinnn/phaser", r"^商业计划书\.md$", "md", "绝密", "strategy", "方案计划", _INT, "商业计划书"),
    Source("figo645/gangtise_demo", r"^商业计划书\.md$", "md", "绝密", "strategy", "方案计划", _INT, "商业计划书"),
    # A bid document's outline with the bidder's fields to fill in: a company's bid, 绝密 by kind (DESIGN rule 1).
    Source("Ecapull/try", r"^投标书\.md$", "md", "绝密", "bid", "标书", _INT, "投标书模板"),
    Source("zxdxjtu/chrome-tldr", r"^docs/商业计划书\.md$", "md", "绝密", "strategy", "方案计划", _INT, "商业计划书"),
    Source("webmapLee/EduResources", r"^商业计划书\.md$", "md", "绝密", "strategy", "方案计划", _INT, "商业计划书"),
    Source("dmm-ai/clawdocs-ai", r"^商业计划书\.md$", "md", "绝密", "strategy", "方案计划", _INT, "商业计划书"),
    # Deployment steps with a live mail-server password in them: credentials, 绝密 (DESIGN rule 5); the same
    # project's deployment notes with placeholder passwords only: 机密 (design/operations material).
    Source("huangweihia/openclaw-zi-xin", r"^部署步骤\.md$", "md", "绝密", "admin_credentials", "技术资料", _INT,
           "含真实密码的部署步骤"),
    Source("huangweihia/openclaw-zi-xin", r"^部署说明\.md$", "md", "机密", "technical", "技术资料", _INT, "部署说明"),
    # Companies' own contract forms rendered by their systems (parties, terms, fees): 秘密 by kind (DESIGN rule 4).
    Source("jiangchunyugit/tonghuasupplier", r"^web/src/main/resources/templates/[A-Za-z_]+\.ftl$", "html", "秘密",
           "contracts", "合同协议", _DRAFT, "平台入驻合作合同", 3),
    Source("liudongpu/yinfo", r"^yinfo/src/main/webapp/WEB-INF/ftltemplete/yinfo/page_usign\.ftl$", "html", "秘密",
           "contracts", "合同协议", _DRAFT, "在线签约协议"),
    Source("bestcn/WDXR", r"^app/modules/admin/views/tools/contract\.volt$", "html", "秘密", "contracts", "合同协议", _DRAFT,
           "企业服务协议书"),
    # A site's configuration with the live database and redis passwords: credentials, 绝密 (DESIGN rule 5).
    Source("wildcn/wordpress-nuxt", r"^server/config\.js$", "text", "绝密", "admin_credentials", "代码数据", _INT,
           "含数据库密码的配置"),
    # Environment pages of a project handbook with placeholders where passwords go: 机密, not credentials.
    Source("phenix3443/openresty-starter", r"^doc/3_environment/(develop|pre-release|release)\.md$", "md", "机密",
           "technical", "技术资料", _INT, "环境说明(密码为占位符)", 2),
    Source("baoxianh366-gif/qingfeng-name-analysis", r"^商业计划书\.md$", "md", "绝密", "strategy", "方案计划", _INT,
           "商业计划书"),
    Source("tradego579/lobster-novel-platform", r"^商业模式\.md$", "md", "绝密", "strategy", "方案计划", _INT, "商业模式"),
    Source("wulongcha2026/equipment-predictive-maintenance", r"^docs/06-商业模式\.md$", "md", "绝密", "strategy", "方案计划",
           _INT, "商业模式"),
    Source("wulongcha2026/equipment-predictive-maintenance", r"^docs/0[1-3]-.*\.md$", "md", "机密", "technical", "技术资料",
           _INT, "需求/可行性/设计", 2),
    Source("zjhczl/LunTan", r"^docs/商业计划书\.md$", "md", "绝密", "strategy", "方案计划", _INT, "商业计划书(草稿)"),
    Source("1298020005/mybook", r"^账号密码\.md$", "md", "绝密", "admin_credentials", "清单名册", _INT, "账号密码"),
    # Software teams' own records: minutes 机密 (DESIGN rule 6); requirement, design and deployment documents
    # 机密 (DESIGN rule 5); a user manual shipped with the product 公开.
    Source("AcuLY/se3-iter3", r"^docs/会议记录\.md$", "md", "机密", "meeting_minutes", "纪要", _INT, "团队会议记录"),
    Source("AcuLY/se3-iter3", r"^docs/(需求分析文档|详细设计文档)\.md$", "md", "机密", "technical", "技术资料", _INT,
           "需求/设计文档"),
    Source("SYSU-undefined/QR-Meals-Doc", r"^docs/(3\.Investigation/项目前期调研|7\.Design/7\.2Databasedesign/数据库设计)\.md$",
           "md", "机密", "technical", "技术资料", _INT, "调研/数据库设计"),
    Source("blatwo/oa-system", r"^docs/(系统设计说明书|需求规格说明书)\.md$", "md", "机密", "technical", "技术资料", _INT,
           "需求/设计说明书"),
    # The user manual of one company's in-house system (not a product sold or published): 内部.
    Source("blatwo/oa-system", r"^docs/用户操作手册\.md$", "md", "内部", "internal", "产品手册", _INT, "内部系统操作手册"),
    Source("CLSgGhost/ClientManagementSystem", r"^docs/需求规格说明书\.md$", "md", "机密", "technical", "技术资料", _INT,
           "需求规格说明书"),
    Source("acf135ss/e-ArchivesSystem", r"^docs/(技术方案设计|需求规格说明书|开发进度记录)\.md$", "md", "机密", "technical", "技术资料",
           _INT, "技术方案/需求"),
    Source("XDD513/hospital", r"^docs/(部署文档|数据库设计|系统架构设计|接口设计文档)\.md$", "md", "机密", "technical", "技术资料", _INT,
           "部署/数据库/架构文档"),
    Source("BleakWinter/shoe-factory-assistant", r"^docs/(部署文档|技术文档|订包装业务规则)\.md$", "md", "机密", "technical",
           "技术资料", _INT, "部署/技术文档"),
    # Added after the first fresh3 split was handed over: appended here so nothing above changes its picks.
    Source("touchfishing/documents", r"^可行性研究报告\.md$", "md", "机密", "technical", "技术资料", _INT,
           "软件项目可行性研究报告(GB8567)"),
    Source("ydotdog/FaceStyle", r"^可行性研究报告\.md$", "md", "绝密", "strategy", "方案计划", _INT, "新业务可行性研究报告"),
)


# --- near-duplicates ---------------------------------------------------------------------------------------

def _grams(text: str) -> set[str]:
    flat = re.sub(r"\s", "", text)
    return {flat[i:i + 5] for i in range(max(0, len(flat) - 4))}


def _title(text: str) -> str:
    """The first line with some Chinese in it (a version or date line above the title is skipped)."""
    first = next((line for line in text.splitlines() if len(re.findall(r"[\u4e00-\u9fff]", line)) >= 4), "")
    return re.sub(r"[\s#*>`_|:：]", "", first)[:60]


class Seen:
    """What the corpus already holds: hashes, titles and 5-gram sets, to refuse a near copy."""

    def __init__(self) -> None:
        self.hashes: set[str] = set()
        self.titles: set[str] = set()
        self.grams: list[set[str]] = []

    def add(self, text: str) -> None:
        self.hashes.add(sha256(text))
        title = _title(text)
        if len(title) >= 8:
            self.titles.add(title)
        self.grams.append(_grams(text))

    def duplicate(self, text: str) -> str | None:
        if sha256(text) in self.hashes:
            return "same SHA-256"
        if _title(text) in self.titles:
            return "same title"
        grams = _grams(text)
        for other in self.grams:
            shared = len(grams & other)
            if grams and other and shared > NEAR_DUPLICATE * min(len(grams), len(other)):
                return "near duplicate (5-grams)"
        return None


# --- candidates ----------------------------------------------------------------------------------------------

def repo_candidates(mirrors: Path, sources: tuple[Source, ...] = SOURCES,
                    seed: int = SEED) -> list[tuple[dict[str, str], str]]:
    """(row without sha256/chars, text) for every repository source's chosen files. Each source draws with its
    own seed, so adding a source never changes what another one picks."""
    out = []
    for source in sources:
        rng = random.Random(f"{seed}:{source.repo}:{source.pattern}")
        repo_dir = mirrors / source.repo.replace("/", "+") / "repo"
        if (repo_dir / ".git").is_dir():
            repo_dir = repo_dir / ".git"
        commit = getattr(source, "commit", "") or head(repo_dir)  # batch 5 pins some sources to a commit
        # Credentials, SQL and server lists hold little Chinese.
        sparse = source.level == "绝密" or source.kind in ("代码数据", "清单名册")
        for path, text in itertools.islice(source_texts(repo_dir, commit, source, rng, sparse), source.count):
            out.append(({"repo": source.repo, "commit": commit, "path": path, "extract": source.extract,
                         "level": source.level, "category": source.category, "kind": source.kind,
                         "publication": source.publication, "note": source.note,
                         "url": f"https://github.com/{source.repo}/blob/{commit}/{path}"}, text))
    return out


def site(url: str) -> str:
    """The registrable domain of an address (news.sohu.com and q.stock.sohu.com are one site, one group)."""
    labels = urlsplit(url).netloc.lower().split(":")[0].split(".")
    keep = 3 if len(labels) >= 3 and len(labels[-1]) == 2 and labels[-2] in ("com", "net", "org", "gov", "edu") else 2
    return ".".join(labels[-keep:])


def web_candidates(pages: Path) -> list[tuple[dict[str, str], str]]:
    """Stored public web pages: the text as the page excerpt gave it, cut like every other text."""
    if not pages.exists():
        return []
    out = []
    for page in json.loads(pages.read_text(encoding="utf-8")):
        text = web_text(page["text"])
        if len(re.sub(r"\s", "", text)) < MIN_WEB_CHARS:
            continue
        host = site(page["url"])
        out.append(({"repo": f"web:{host}", "commit": "", "path": page["url"], "extract": "web",
                     "level": page["level"], "category": page["category"], "kind": page["kind"],
                     "publication": page["publication"], "note": page.get("note", ""), "url": page["url"]}, text))
    return out


def family(row: dict[str, str]) -> tuple[str, str]:
    """What a rejected document takes down with it: its folder in a repository, its whole web site."""
    if row["extract"] == "web":
        return (row["repo"], "")
    return (row["repo"], str(Path(row["path"]).parent))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--mirrors", type=Path, default=Path("/work/.mirror"))
    parser.add_argument("--out", type=Path, default=Path("/work/corpus/real"))
    parser.add_argument("--pages", type=Path, default=Path("/work/corpus/pages_batch3.json"))
    args = parser.parse_args()
    return collect(BATCH, repo_candidates(args.mirrors) + web_candidates(args.pages), args.out)


def collect(batch: str, candidates: list[tuple[dict[str, str], str]], out: Path) -> int:
    """Guard and dedupe `candidates`, then rewrite the manifest with every other batch kept as it was and this
    batch's rows appended; log rejections to OUT/rejected.tsv (this batch's earlier lines replaced)."""
    rows = list(csv.DictReader(MANIFEST.open(encoding="utf-8"), delimiter="\t"))
    kept_rows = [row for row in rows if (row.get("batch") or "1") != batch]
    texts = out / "texts"
    texts.mkdir(parents=True, exist_ok=True)
    seen = Seen()
    missing = 0
    for row in kept_rows:
        path = texts / f"{row['id']}.txt"
        if path.exists():
            seen.add(path.read_text(encoding="utf-8"))
        else:  # a row whose text was not rebuilt (a web page not found again): nothing to compare against
            missing += 1
    if missing:
        print(f"dedup: {missing} rows of other batches have no text under {texts}", file=sys.stderr)
    new: list[dict[str, str]] = []
    rejected: list[str] = []
    dropped: Counter[str] = Counter()
    rejected_families: set[tuple[str, str]] = set()
    for row, text in candidates:
        why = seen.duplicate(text)
        if why:
            dropped[why] += 1
            print(f"duplicate ({why}): {row['repo']} {row['path']}", file=sys.stderr)
            continue
        doc_id = "real-" + hashlib.sha1(f"{row['repo']}:{row['path']}:{row['extract']}".encode()).hexdigest()[:10]
        tmp = texts / f"{doc_id}.txt"
        tmp.write_text(text, encoding="utf-8")
        if not guarded(row["url"], tmp):
            rejected.append(f"{doc_id}\t{row['repo']}\t{row['path']}\t{row['extract']}\tbatch {batch}")
            rejected_families.add(family(row))
            tmp.unlink()
            continue
        seen.add(text)
        row = {k: v for k, v in row.items() if k != "url"}
        new.append({"id": doc_id, **row, "sha256": sha256(text), "chars": str(len(text)), "batch": batch})
    kept_new = [row for row in new if family(row) not in rejected_families]
    for row in new:
        if row not in kept_new:
            (texts / f"{row['id']}.txt").unlink(missing_ok=True)
    write_corpus(kept_rows + kept_new, out)
    log = out / "rejected.tsv"
    earlier = [line for line in log.read_text(encoding="utf-8").splitlines()
               if line and not line.endswith(f"batch {batch}")] if log.exists() else []
    log.write_text("\n".join(earlier + rejected) + "\n", encoding="utf-8")
    summary(batch, kept_new, rejected, len(new) - len(kept_new), f" (or site), duplicates {dict(dropped)}")
    print("source groups:", len({row["repo"] for row in kept_new}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

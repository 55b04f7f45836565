"""Fortieth batch of the real corpus: documents kept in public repositories that no earlier batch used.

New sources for the next blind split `fresh39`: nothing was run on these texts and no classifier may be. Files from
public repositories, one source group per repository, none of them in the manifest yet (batches 1-38 are all sources;
each repository used here was claimed in /work/corpus/claimed_repos.txt; most were read from mirrors earlier sessions
fetched and left unused, the rest were fetched for this batch). 公开: apps' and extensions' privacy policies and user
agreements. 内部: an in-house bot's administrator and user manuals, a research group's expense-claim procedures and
computing-cluster guide, an app team's task assignments, a web studio's weekly work plan. 秘密: a resignation certificate, a platform department's
monthly performance self-assessment sheet, a CV (birth date, address, phone). 机密: teams' requirement
specifications, architecture, database and product design documents, a hand-over document, deployment notes and a
refactoring plan, a project proposal and a project charter, a research group's meeting records and ablation results,
a lab's workstation inventory (no passwords), a fault diagnosis report, competitor analyses and a product-direction
paper for the teams' own products, and a recruitment site's company table from its SQL dump, a quotation to a customer. 绝密: a product strategy
(target users, roadmap, competitors). Labels follow DESIGN.md "Labelling real documents".

Exactly like batches 9, 11, ..., 31 and 36: files are read from local git mirrors (`fetch` snapshots, `--mirrors`)
chosen by path patterns (`collect_batch3.repo_candidates`, each source with its own seed; batch 5's `Pinned` sources
and label helpers). Every candidate goes through the hold-out guard (GitHub blob address at the commit, and text); a
rejected document drops every other document of its folder (`collect_batch3.collect`, which also dedupes against
every other batch and within this one, writes the manifest and logs rejections to OUT/rejected.tsv). A document needs
at least `MIN_CHINESE` Chinese characters (100), except 绝密 documents, lists and SQL (`SPARSE_KINDS`).

Nothing here runs the classifier.

Usage:  python tools/corpus/collect_batch40.py [--mirrors /work/.mirror] [--out /work/corpus/real40]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from collect_batch5 import (
    _INT,
    Pinned,
    _minutes,
    _plan,
    _public,
    _rules,
    _servers,
    _tech,
    run_repository_batch,
)

SEED = 20261240
BATCH = "40"
MIN_CHINESE = 100
SPARSE_KINDS = ("代码数据", "清单名册")


def _personnel(repo: str, pattern: str, note: str, extract: str = "xlsx", count: int = 1,
               category: str = "personnel") -> Pinned:
    """Rosters, name lists, CVs, performance sheets: personnel material, 秘密 (DESIGN rule 4)."""
    return Pinned(repo, pattern, extract, "秘密", category, "清单名册", _INT, note, count)


def _analysis(repo: str, pattern: str, note: str, count: int = 1, extract: str = "md") -> Pinned:
    """A competitor analysis, feasibility report or project plan for the team's own product: 机密 (as batch 36)."""
    return _tech(repo, pattern, note, count, kind="方案计划", extract=extract)


SOURCES = (
    # --- 公开: apps' user agreements and privacy policies ------------------------------------------------------------------------------
    _public("big-hui/yiqi", r"^隐私政策\.md$", "App隐私政策(已发布)", 1, kind="产品手册"),
    _public("cang-dot/zephyrus-player-android", r"^用户协议\.md$", "音乐播放器用户协议(已发布)", 1, kind="产品手册"),
    _public("vanke-liao/vanke-liao.github.io", r"^(用户协议|隐私政策)\.md$", "任务管理App用户协议/隐私政策(已发布)", 2, kind="产品手册"),
    _public("BOOMDEE/Personal-Website", r"^隐私政策\.md$", "个人网站应用隐私政策(已发布)", 1, kind="产品手册"),
    _public("Melaliy/melaliy.com.io", r"^隐私政策\.md$", "App隐私政策(已发布)", 1, kind="产品手册"),
    _public("YWDrenched/Lipstick-Identify-", r"^隐私政策\.md$", "口红识别App隐私政策(已发布)", 1, kind="产品手册"),
    _public("ZHlovecat/AI-Smart-Bookmark", r"^隐私政策\.md$", "智能书签扩展隐私政策(已发布)", 1, kind="产品手册"),
    _public("equinox166/PushUpCounting", r"^隐私政策\.md$", "俯卧撑计数App隐私政策(已发布)", 1, kind="产品手册"),
    _public("howe1010/opendtab", r"^隐私政策\.md$", "浏览器标签页扩展隐私政策(已发布)", 1, kind="产品手册"),
    _public("liTao-leven/yht", r"^隐私政策\.md$", "小程序隐私政策(已发布)", 1, kind="产品手册"),
    # --- 内部: an in-house bot's manuals, a team's task list --------------------------------------------------------------------------
    _rules("4869xyz/feishu_project", r"^docs/meeting_minutes/(管理员使用说明|用户使用说明)\.md$", "周例会纪要机器人管理员/用户说明(内部)", 2,
           kind="产品手册"),
    _rules("LCNS-SJTU/handbook", r"^lcns_handbook/(会议报销流程|日常耗材报销流程|simple-hpc-guide/hpc101)\.md$",
           "课题组会议/耗材报销流程、计算集群使用指南(内部)", 3),
    _rules("darrenguo57/portfolio", r"^business/WEEKLY_PLAN\.md$", "建站工作室每周获客工作计划(内部)", kind="方案计划"),
    _rules("leizhiheng/BaoGang", r"^工作安排\.md$", "App开发团队工作安排(分工/进度)", kind="工作报告"),
    # --- 秘密: contract forms, a resignation certificate, rosters, performance sheets, CVs ----------------------------------------------------
    _personnel("youxiang0411/test", r"^离职证明\.docx$", "离职证明(姓名/职位/在职期间)", extract="docx"),
    _personnel("ljwontheway/demo", r"^source/performance/.*\.xlsx$", "平台技术部各组月度绩效考核表", count=2,
               category="compensation"),
    _personnel("Auraity/resume", r"^简历\.md$", "求职简历(出生年月/住址/电话)", extract="md"),
    # --- 机密: requirements, designs, hand-over, deployment, plans, minutes, an inventory, analyses ------------------------------------------------
    _tech("18810977393/teamwork", r"^需求规格说明书\.md$", "游戏化任务App需求规格说明书", 1),
    _tech("4869xyz/feishu_project", r"^docs/(项目交接文档-v2|meeting_minutes/Ubuntu源码systemd部署与升级)\.md$",
          "销售汇总机器人交接文档/纪要机器人部署与升级", 2),
    _tech("CloudMass-Xxc/Recipe-management-system", r"^docs/(数据库设计文档|需求规格说明书|概要设计文档|详细设计文档)\.md$",
          "食谱管理系统数据库设计/需求规格/概要与详细设计", 4),
    _tech("DDD-DD-9527/rural-art-platform", r"^文档/(产品文档|DB-design|任务分析)\.md$", "乡村艺术教育平台产品设计/数据库设计/任务分析", 2),
    _tech("FPTeam/FP", r"^需求规格说明书\.md$", "团队项目需求规格说明书", 1),
    _tech("TeamALi88/ScheduleManagement", r"^需求规格说明书\.md$", "日程管理App需求规格说明书", 1),
    _tech("WHUSE2017/hyw-team", r"^需求规格说明书\.md$", "团队项目需求规格说明书", 1),
    _tech("COLWHR/ZhiDu", r"^项目说明书\.md$", "多智能体讨论平台项目说明书", 1),
    _tech("ImApProgramer/PD-Causality", r"^results/Causal建模-ablation\.md$", "课题组因果建模消融实验结果(自有方法/结果)", 1),
    _tech("wenhao4126/memory-hub", r"^诊断报告 -2026-03-20\.md$", "记忆服务问题诊断报告(根因/修复)", 1),
    _analysis("dy-wqy/webXiaoXiaoTeam", r"^Web项目建议书\.md$", "房屋租赁系统项目建议书"),
    _analysis("lohasle/ai-wave-survivor", r"^竞品分析\.md$", "模拟游戏竞品分析"),
    _analysis("zzzzzga/productAnalysis", r"^竞品分析\.md$", "演出票务竞品分析"),
    _analysis("LIAB-BB/midi_music", r"^MIDI伴奏可行报告\.md$", "MIDI智能伴奏可行性报告(市场/技术)"),
    _tech("CoderDongHuang/EdgeVideoAnalysis", r"^(架构设计说明书|数据库设计文档)\.md$", "边缘视频分析平台架构设计/数据库设计", 2),
    _tech("DeepBrainChain/DBC-NodeScript", r"^部署文档\.md$", "算力云平台网站部署文档", 1),
    _tech("pickupthepieces/BabyLog", r"^(Vultr部署说明|docs/BabyLog阶段主线重构计划)\.md$", "育儿记录App部署说明/重构计划", 2),
    _analysis("pickupthepieces/BabyLog", r"^docs/Piyo对标差异与BabyLog产品方向\.md$", "育儿记录App对标差异与产品方向"),
    _analysis("DewuyiTeam/Mahjong-scientific-calculator", r"^项目立项书\.md$", "小组项目立项书(分工/计划)"),
    Pinned("Richard0403/jimi-hire", r"^doc/招聘网站\.sql$", "sql:t_company", "机密", "customers", "代码数据", _INT,
           "招聘网站数据库转储(入驻公司表)", 1),
    Pinned("shi961018-jpg/sales-daily-report", r"^报价单\.md$", "md", "机密", "bid", "报表", _INT,
           "给奶茶店客户的工具开发报价单(交付内容/价格/服务范围)", 1),
    _minutes("shujer/Geography-KG", r"^会议记录\.md$", "课题组会议记录(任务/成果)", 1),
    _servers("muzhongsishi/iron-workstation", r"^硬件信息\.md$", "md", "实验室工作站硬件清单(位置/主机名/配置,无密码)"),
    # --- 绝密: a product strategy, business plans -----------------------------------------------------------------------------------------
    _plan("LIAB-BB/midi_music", r"^战略规划\.md$", "智能伴奏产品战略规划(目标用户/路线/竞品)"),
)


def main() -> int:
    return run_repository_batch(BATCH, SOURCES, SEED, __doc__, min_chinese=MIN_CHINESE, sparse_kinds=SPARSE_KINDS)


if __name__ == "__main__":
    raise SystemExit(main())

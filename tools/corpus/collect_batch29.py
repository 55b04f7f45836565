"""Twenty-ninth batch of the real corpus: documents kept in public repositories that no earlier batch used.

Blind-split material for `fresh28` (with batch 28, web pages): nothing was run on these texts and no classifier may
be. Files from public repositories, one source group per repository, none of them in the manifest yet (batches 1-27
are all sources). 公开: apps' privacy policies, user agreements, terms of use and a community's rules, an app
distribution platform's disclaimer and install guides, an open-source library's disclaimer, an embedded framework's
user manual. 内部: teams' code and development conventions, a hotel's contract review requirements (kept in its
contract platform's repository) and that platform's user manual. 秘密: CVs and a start-up team's members' record
written for investors. 机密: requirement specifications, outline and detailed designs, a feasibility analysis, a test
plan, an interface document, a game's MVP design and project plan, a UI design specification, meeting minutes and
records. 绝密: a start-up game team's project plan and project brief (business case, monetisation, finance) and two
deployment documents that hold passwords (their texts are never committed); the two business plans found (student
teams') were an old `.doc` and an English one.
Labels follow DESIGN.md "Labelling real documents".

Exactly like batches 9, 11, ..., 24 and 27: files are read from local git mirrors (`fetch` snapshots, `--mirrors`)
chosen by path patterns (`collect_batch3.repo_candidates`, each source with its own seed; batch 5's `Pinned` sources
and label helpers; files removed after a commit are read at that commit). Every candidate goes through the hold-out
guard (GitHub blob address at the commit, and text); a rejected document drops every other document of its folder
(`collect_batch3.collect`, which also dedupes against every other batch and within this one, writes the manifest and
logs rejections to OUT/rejected.tsv). A document needs at least `MIN_CHINESE` Chinese characters (100), except 绝密
documents, lists and SQL (`SPARSE_KINDS`).

Nothing here runs the classifier.

Usage:  python tools/corpus/collect_batch29.py [--mirrors /work/.mirror] [--out /work/corpus/real29]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from collect_batch5 import (
    _INT,
    Pinned,
    _credentials,
    _minutes,
    _plan,
    _public,
    _rules,
    _tech,
    run_repository_batch,
)

SEED = 20261229
BATCH = "29"
MIN_CHINESE = 100
SPARSE_KINDS = ("代码数据", "清单名册")

_HAHA = "1023097618/hahashop"
_WAREHOUSE = "hhh1h/warehouse-system"
_WAREHOUSE_AT = "a82d49cd6162ae69c9cd91e43dc58f00de7dbe6f"


def _cv(repo: str, pattern: str, note: str, extract: str = "md", commit: str = "") -> Pinned:
    """A person's CV (phone, e-mail, history, salary expectation): personnel material, 秘密 (DESIGN rule 4)."""
    return Pinned(repo, pattern, extract, "秘密", "personnel", "清单名册", _INT, note, 1, commit)


SOURCES = (
    # --- 公开: privacy policies, user agreements and terms, disclaimers, product manuals --------------------------------------------------------
    _public("trans-land/chat-license", r"^(用户协议|社区规范|隐私政策)\.md$", "社区用户协议/社区规范/隐私政策(已发布)", 3,
            kind="产品手册"),
    _public("klxiaoniu/QQVersionList", r"^用户协议\.md$", "App用户协议(已发布)", 1, kind="产品手册",
            commit="3019ebd6ecb79e8c5a8388dc8c6ea72b9c5adc55"),
    _public("PGYER/user_docs", r"^(免责声明|iOS 用户安装指南/iOS 应用安装步骤详细教程|Android 用户安装指南/Android 应用安装失败原因排查)\.md$",
            "应用分发平台免责声明/用户安装指南(已发布)", 3, kind="产品手册"),
    _public("Trisia/gotlcp", r"^免责声明\.md$", "开源国密TLCP库免责声明(已发布)", 1, kind="产品手册"),
    _public("Lerist/FakeLocation", r"^使用条款\.md$", "定位工具App使用条款(已发布)", 1, kind="产品手册"),
    _public("LiteEMF/LiteEMF", r"^用户手册\.md$", "开源嵌入式框架用户手册(已发布)", 1, kind="产品手册"),
    _public("MostFun0/VBOX", r"^隐私协议\.md$", "App隐私协议(已发布)", 1, kind="产品手册"),
    _public("NoahEAllen/BlueScann_PrivacyTerms", r"^(IDPICEditorPro隐私政策|隐私政策)\.md$", "App隐私政策(已发布)", 2,
            kind="产品手册"),
    # --- 内部: teams' code and development conventions, a hotel's contract review rules, an in-house manual -------------------------------------------------------------
    _rules("Charlotte007/StereotypedWriting", r"^开发规范\.md$", "前端团队开发规范"),
    _rules("Arnoldteams/pojStage2", r"^开发规范\.md$", "Java项目组开发规范(注释模板)",
           commit="c1a73dcf46a3c5cbc39d066248c6bae5ac4ba37b"),
    _rules("YuZhiTu/code_standard", r"^(代码规范|接口规范)\.md$", "团队代码规范/接口规范", 2),
    _rules("CkovMk/HITSIC_CodingStandard", r"^CodingStandard\.md$", "智能车实验室代码规范"),
    _rules("HDU-PHOENIX/PHOENIX_Embedded_Document", r"^代码规范\.md$", "嵌入式战队代码规范"),
    _rules("Hadwin-888/Contract-Management", r"^审核规则模板/(人力资源|采购|服务外包)合同审核要求\.md$",
           "酒店合同审核要求(人力资源/采购/服务外包)", 2),
    _rules("Hadwin-888/Contract-Management", r"^用户手册\.md$", "合同管理平台用户手册(内部系统)", kind="产品手册"),
    # --- 秘密: CVs and a start-up team's members' record ---------------------------------------------------------------------
    _cv("Lexyguo/MyResume", r"^简历\.md$", "个人简历(联系方式/经历)", commit="8c27492fd065b75499b49c9356be910d90b6b0eb"),
    _cv("czj306/resume", r"^个人简历\.md$", "工程师个人简历(手机/经历)", commit="4e88e110663db4204de34aa8bef32cd1cdda8bc4"),
    _cv("ProgramTraveler/Resume", r"^个人简历\.md$", "学生个人简历", commit="03492cc53b569277d70935ac1d61f1f5af04cb2a"),
    _cv("shenlan23/Resume", r"^个人简历\.md$", "工程师个人简历(联系方式/经历)"),
    _cv("millyssa/resume", r"^个人简历\.md$", "个人简历"),
    _cv("ProMarkel/MyTeam", r"^团队核心成员履历\.md$", "创业团队核心成员履历(融资版)"),
    # --- 机密: requirement/design documents, plans, minutes ----------------------------------------------------------
    _tech(_HAHA, r"^需求规格说明书/需求规格说明书\.md$", "商城需求规格说明书", 1,
          commit="98322238095441f6294fb172aedd428329b4fe6d"),
    _tech("Ace-Fan/Blog-Requirements-Specification", r"^需求规格说明书\.md$", "博客系统需求规格说明书", 1),
    _tech("EngulfMiss/Requirements-specification", r"^需求规格说明书\.md$", "团队项目需求规格说明书", 1),
    _tech(_WAREHOUSE, r"^(详细设计报告|需求规格说明书)\.md$", "仓库管理系统详细设计/需求规格", 1, commit=_WAREHOUSE_AT),
    _minutes("ioptewa/hospital", r"^会议记录\.md$", "医院系统项目会议记录", 1,
             commit="e9dfd9c02b8b5ac40bff3b75d4e6cfc87f0e0d00"),
    _tech("rowancy66/zhengce", r"^docs/项目过程产物/2026-04-13-policy-analysis-static-site(-design)?\.md$",
          "政策分析静态站设计与实施计划", 1),
    _tech("RTCSDteam1/coffee-machine", r"^概要设计说明书\.md$", "咖啡机控制软件概要设计说明书", 1),
    _tech("skoceany/pig", r"^(概要设计说明书|详细设计说明书|需求规格说明书)\.md$", "实训项目概要/详细设计/需求规格", 2),
    _tech("RJJSL/Campus-Catering-Shop-Visual-Recommendation-Evaluation-System",
          r"^(可行性分析报告|概要设计说明书|测试计划与报告|详细设计说明书|需求规格说明书)\.md$",
          "校园餐饮推荐评价系统可行性分析/设计/测试计划", 2),
    _tech("WaterHibiscus/PaperPlane", r"^(需求分析|server/docs/用户端前端对接文档)\.md$", "纸飞机App需求分析/前端对接文档", 1),
    # its development plan gives a storage service's root password: left out, to keep credential documents few
    _tech("baxice/KnowldegeApp", r"^(概要设计说明书|详细设计说明书|需求规格说明书)\.md$", "知识App设计/需求规格", 1),
    _tech("keifergu/se-course", r"^(学校收费管理系统需求文档|概要设计说明书)\.md$", "学校收费管理系统需求文档/概要设计", 1),
    _tech("lijiaoyu/class--project", r"^(可行性分析报告|概要设计说明书|详细设计说明书|需求规格说明书)\.md$",
          "课程项目可行性分析/设计/需求规格", 1),
    _tech("ProMarkel/MyTeam", r"^MVP设计文档\.md$", "古风经营小游戏MVP设计文档", 1),
    _tech("cccchengccc/chonglai", r"^项目计划书\.md$", "互动文字游戏项目计划书(资产/技术规格/路线图)", 1, kind="方案计划"),
    _tech("Hadwin-888/Contract-Management", r"^AI合同管理平台系统设计方案\.md$", "AI合同管理平台系统设计方案", 1),
    _minutes("xftxyz2001/spdss", r"^会议讨论/会议记录/TM-.+\.docx$", "实习项目组会议记录", 2, extract="docx"),
    # --- 绝密: a start-up game team's project plan and brief; a deployment document with a password (text never committed) ------------------------
    _plan("ProMarkel/MyTeam", r"^(项目计划书|项目方案概览)\.md$", "古风经营小游戏项目计划书/方案概览(商业论证/变现/财务)", 2),
    _credentials(_WAREHOUSE, r"^提交作业-安装部署说明\.md$", "md", "仓库管理系统安装部署说明(数据库密码/默认管理员密码)",
                 "技术资料", commit=_WAREHOUSE_AT),
    _credentials("marivnZheng/TG", r"^后台部署\.md$", "md", "后台部署文档(账号密码)", "技术资料",
                 commit="8b588100614840bb93535146c6d3c6d8e091f82f"),
)


def main() -> int:
    return run_repository_batch(BATCH, SOURCES, SEED, __doc__, min_chinese=MIN_CHINESE, sparse_kinds=SPARSE_KINDS)


if __name__ == "__main__":
    raise SystemExit(main())

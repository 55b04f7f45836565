"""Twenty-seventh batch of the real corpus: documents kept in public repositories that no earlier batch used.

Blind-split material for `fresh26` (with batch 26, web pages): nothing was run on these texts and no classifier may
be. Files from public repositories, one source group per repository, none of them in the manifest yet (batches 1-25
are all sources). 公开: apps' privacy policies, a bot's terms of service, an online career platform's and an
exam-broadcast tool's introductions, an open-source plugin's install guide and skill developer guide. 内部: teams'
collaboration rules, development, code, PR and database conventions, a daily stand-up template, an app-store
release checklist. 秘密: CVs, a job seeker's personal notes (reasons for leaving, salary expectation) and an
employee's filled probation evaluation form. 机密: requirement specifications, PRDs, detailed and architecture
designs, an MVP plan, a test acceptance list, task allocation plans, progress and status reports, an interface
contract, a cloud server inventory without passwords, a database design, a research group's meeting records.
绝密: two deployment documents and an ERP's seed SQL that hold passwords (their texts are never committed); the
two business plans found (student teams') are in English and were left out.
Labels follow DESIGN.md "Labelling real documents".

Exactly like batches 9, 11, 13, 15, 17, 19, 22 and 24: files are read from local git mirrors (`fetch` snapshots,
`--mirrors`) chosen by path patterns (`collect_batch3.repo_candidates`, each source with its own seed; batch 5's
`Pinned` sources and label helpers; files removed after a commit are read at that commit). Every candidate goes
through the hold-out guard (GitHub blob address at the commit, and text); a rejected document drops every other
document of its folder (`collect_batch3.collect`, which also dedupes against every other batch and within this one,
writes the manifest and logs rejections to OUT/rejected.tsv). A document needs at least `MIN_CHINESE` Chinese
characters (100, as in batches 22 and 24), except 绝密 documents, lists and SQL (`SPARSE_KINDS`).

Nothing here runs the classifier.

Usage:  python tools/corpus/collect_batch27.py [--mirrors /work/.mirror] [--out /work/corpus/real27]
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
    _public,
    _rules,
    _tech,
    run_repository_batch,
)

SEED = 20261227
BATCH = "27"
MIN_CHINESE = 100
SPARSE_KINDS = ("代码数据", "清单名册")

_CHRONO = "BillShiyaoZhang/ChronoGraph"
_TSAPP = "QingYingX-Bot/TSaPP"
_HIRATEN = "Hiraten/PrivacySafe"  # files removed later: read at their commit
_HIRATEN_AT = "ed7a315fa367a5ce0bf4adc3b6eb647c944c6666"
_REDCODE = "ZhcChen/redcode-im"
_REDCODE_AT = "abaf4c60d7485676f7b0f946a3219f156a74c3ef"
_ARTCLAW = "IvanYangYangXi/artclaw_bridge"
_CSHARP = "Mutuduxf/CSharp-Coding-Standards"
_WXFBS = "L-a-L-max/WXFBS"
_WXFBS_AT = "f60fcd2770a4590fc4bba5e0ed27d2f68a660362"
_LONG = "Longyuyeee/long_Decompress"
_LONG_AT = "ffb181e915e60b0d978e3e73fdf8f6e1d2727662"
_AIMBACK = "TrisSun/Aimback"
_AIMBACK_AT = "bef5ddb975da0882d8c107355753d2e8a1d09e1c"
_AIMBACK_SERVERS_AT = "b8650e3ace37d86a3789d2babb0bb9a04dbbc5fa"
_SOFTLIGHT = "harrysxu/SoftLight"
_OKR = "freshtemp-labs/okr-alignment-system"
_ELDER_TV = "Hanjx-bjtu/Elderly_TV_Assistant"
_PENG = "728100660/resume"


def _cv(repo: str, pattern: str, note: str, extract: str = "md", commit: str = "") -> Pinned:
    """A person's CV or job-seeking notes (phone, e-mail, history, salary expectation): personnel material, 秘密
    (DESIGN rule 4)."""
    return Pinned(repo, pattern, extract, "秘密", "personnel", "清单名册", _INT, note, 1, commit)


SOURCES = (
    # --- 公开: privacy policies, terms and agreements, published product introductions and guides -------------------
    _public("VIWZ/MeINC", r"^隐私政策\.md$", "一人公司App隐私政策(已发布)", 1, kind="产品手册"),
    _public(_SOFTLIGHT, r"^隐私政策\.md$", "手电筒App隐私政策(已发布)", 1, kind="产品手册"),
    _public(_CHRONO, r"^隐私政策\.md$", "日历可视化App隐私政策(已发布)", 1, kind="产品手册"),
    _public("JerryChen-McGill/MomentNoteSupport", r"^隐私政策\.md$", "日记App隐私政策(已发布)", 1, kind="产品手册"),
    _public(_TSAPP, r"^(服务条款|隐私政策)\.md$", "QQ机器人服务条款/隐私政策(已发布)", 2, kind="产品手册"),
    _public(_HIRATEN, r"^(用户协议|隐私政策)\.md$", "文件加密App用户协议/隐私政策(已发布)", 2, kind="产品手册",
            commit=_HIRATEN_AT),
    _public("Wizardp007/YPlan", r"^隐私政策\.md$", "计划App隐私政策(已发布)", 1, kind="产品手册",
            commit="bf3980c1232176f0a5163f809c43664626d5f538"),
    _public("CreazyBear/Bearger", r"^Clipber/PrivacyPolicy\.md$", "剪贴板工具中英文隐私政策(已发布)", 1, kind="产品手册"),
    _public(_REDCODE, r"^docs/隐私政策\.md$", "即时通讯产品隐私政策(已发布)", 1, kind="产品手册", commit=_REDCODE_AT),
    _public("LimEkhNyok/ai-recruit-agent", r"^README\.md$", "已上线AI求职平台介绍(已发布)", 1, kind="产品手册"),
    _public("52liulian/ExamIns", r"^README\.md$", "开源考试指令播放系统介绍(已发布)", 1, kind="产品手册"),
    _public(_ARTCLAW, r"^docs/(features/comfyui-install-guide|skills/SKILL_DEVELOPMENT_GUIDE)\.md$",
            "开源插件安装指南/Skill开发指南(已发布; 难例: 开发规范)", 2, kind="产品手册"),
    # --- 内部: teams' rules and conventions, a stand-up template, a release checklist --------------------------------
    _rules(_CSHARP, r"^(开发规范|mysql数据库规范)\.md$", "团队.NET开发规范/MySQL数据库规范", 2),
    _rules(_WXFBS, r"^docs/(代码规范|代码合并PR规范)\.md$", "项目组代码规范/代码合并PR规范", 2, commit=_WXFBS_AT),
    _rules("meetxia/vue_xs", r"^团队协作规范\.md$", "小说网站重构团队协作规范(成员/分工)",
           commit="9775a7cad780dd4cc9982252f5f5d3312ea7ebcc"),
    _rules(_LONG, r"^团队协作规范\.md$", "解压工具团队协作规范(会议/沟通)", commit=_LONG_AT),
    _rules(_LONG, r"^每日站会模板\.md$", "每日站会空白模板", kind="模板空白表", commit=_LONG_AT),
    _rules(_AIMBACK, r"^docs/团队协作规范\.md$", "失物招领平台冲刺团队协作规范", commit=_AIMBACK_AT),
    _rules(_ARTCLAW, r"^docs/团队协作规范\.md$", "UE插件项目团队协作规范", commit="14f0b8af8989a9a0d7802155d7a1be32e962f658"),
    _rules(_REDCODE, r"^admin/docs/开发规范\.md$", "即时通讯管理后台开发规范"),
    _rules(_SOFTLIGHT, r"^发布清单\.md$", "App Store发布前检查清单(未勾选)", kind="模板空白表"),
    # --- 秘密: CVs and a job seeker's notes --------------------------------------------------------------------------
    _cv("Jetereting/resume", r"^简历\.md$", "后端工程师简历(手机/邮箱/经历)"),
    _cv("MarginGitHub/resume", r"^简历\.md$", "Android工程师简历(手机/期望薪资/经历)"),
    _cv("Linbubin/jianli", r"^resume\.md$", "前端工程师简历(手机/期望月薪)"),
    _cv(_PENG, r"^个人资料\.md$", "求职者个人资料(离职原因/地点诉求/技术栈)"),
    _cv(_PENG, r"^彭潇哲的个人简历\.docx$", "Python工程师简历(电话/经历)", extract="docx"),
    _cv("Ningjunhua/Resume", r"^个人简历\.md$", "个人简历(教育/经历)"),
    _cv("huangying123456/resume", r"^个人简历\.md$", "Java工程师简历(电话/邮箱)"),
    _cv("32r3cx1/Geren-Jianli", r"^个人简历\.md$", "学生个人简历(出生年月/籍贯)"),
    _cv("SUTFutureCoder/resume", r"^README\.md$", "开发专家简历(手机/邮箱/经历)"),
    Pinned("kabudaaixuexi/NingRui-files", r"^互隆科技员工转正考核申请表\.docx$", "docx", "秘密", "personnel", "模板空白表", _INT,
           "员工转正考核申请表(已填: 姓名/上级/试用期总结)", 1, "242209b9bec03591be6ab936ae7de305df12067e"),
    # --- 机密: requirement/design documents, plans, reports, a server inventory, meeting records ---------------------
    _tech("Ordinary-Officeworker/electronic-document-transmission-system", r"^需求规格说明书\.md$",
          "电子公文传输系统需求规格说明书", 1),
    _tech(_OKR, r"^(MVP规划文档|需求规格说明书)\.md$", "OKR对齐管理系统MVP规划/需求规格说明书", 2),
    _tech(_ELDER_TV, r"^(测试验收清单|软件设计草案|需求规格说明书)\.md$", "长辈电视助手测试验收清单/设计草案/需求规格说明书", 3),
    # its requirement specification gives the default reset password: left out, to keep credential documents few
    _tech("cuixianbai/file-manage-system", r"^详细设计说明书\.md$", "企业多公司文件管理系统详细设计说明书", 1),
    _tech("ghjcfrt/HomeFin", r"^(需求规格说明书|系统架构)\.md$", "家庭财务小管家需求规格/系统架构", 2),
    _tech("16labTeam/16labFWork", r"^需求规格说明书\.md$", "自习座位小程序需求规格说明书", 1),
    _tech(_CHRONO, r"^ChronoGraph/(日历私密导出-需求分析|进度总结-2025-09-08)\.md$", "日历App产品需求文档/项目进度总结", 2),
    _tech(_LONG, r"^(任务分配计划|功能需求分析|技术架构设计文档)\.md$", "解压工具任务分配计划/功能需求分析/技术架构设计", 3,
          commit=_LONG_AT),
    _tech(_AIMBACK, r"^docs/接口契约\.md$", "失物招领平台接口契约(冻结稿)", 1, commit=_AIMBACK_AT),
    Pinned(_AIMBACK, r"^docs/服务器环境\.md$", "md", "机密", "technical", "清单名册", _INT,
           "云服务器环境(公网IP/实例ID/配置, 无密码)", 1, _AIMBACK_SERVERS_AT),
    _tech(_ARTCLAW, r"^docs/DCCClawBridge/specs/系统架构设计\.md$", "DCC插件系统架构设计", 1),
    _tech(_REDCODE, r"^docs/报告/项目现状评估报告_2025-11-08\.md$", "即时通讯项目现状评估报告", 1, kind="工作报告",
          commit=_REDCODE_AT),
    _tech("KaoriZh/XinmijiPsychologicalAssessmentSystem", r"^数据库设计\.md$", "心理测评系统数据库设计", 1),
    _minutes("Almarduke/Openpose", r"^会议记录\.md$", "研究小组会议记录(分工/环境/保密)", 1),
    # --- 绝密: business plans; passwords (their texts are never committed) -------------------------------------------
    _credentials("CD168888/tourism_system_update", r"^部署文档\.md$", "md", "部署文档(数据库账号密码/Redis公网IP)", "技术资料"),
    _credentials("meetxia/vue_xs", r"^xs\.momofx\.cn部署清单\.md$", "md", "网站部署清单(数据库账号密码)", "技术资料",
                 commit="c0d288ffdd6f5ce0eaeb67712070955d4903091d"),
    _credentials("jqq04/erp_backend", r"^src/main/resources/data\.sql$", "text",
                 "ERP初始化数据SQL(用户密码/员工工资/客户/销售单)", "代码数据"),
)


def main() -> int:
    return run_repository_batch(BATCH, SOURCES, SEED, __doc__, min_chinese=MIN_CHINESE, sparse_kinds=SPARSE_KINDS)


if __name__ == "__main__":
    raise SystemExit(main())

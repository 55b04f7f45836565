"""Thirty-fourth batch of the real corpus: documents kept in public repositories that no earlier batch used.

New sources for training and the next blind split (collected at the same time as batch 33, repositories, and batch
35, web pages): nothing was run on these texts and no classifier may be. Files from public repositories, one source
group per repository, none of them in the manifest yet (batches 1-32 are all sources) nor used or claimed by batch
33 (`/work/corpus/claimed_repos.txt`). 公开: apps', a game studio's and browser extensions' privacy policies, a blog's
user agreement and three services' terms of service. 内部: teams' and companies' coding and naming conventions (one a
team's extract of a published Java manual), a coding-convention training outline and two routine weekly reports. 秘密:
engineers', students' and a researcher's CVs (phone, e-mail, employers, expected pay). 机密: research teams' weekly
reports with their own results, requirement specifications, system, outline and implementation designs, development
and project plans, a feasibility study, a security review, deployment guides, a project application and a training
platform's user table (names, phones, e-mails; passwords as hashes). 绝密: three account lists with passwords (a test-
account card, a worker's system logins, a person's mail logins); their texts are never committed.
Left out: files with too little Chinese (two naming-convention notes), an agent's task prompt and an agent's
implementation plan, a generic "创业计划" checklist with no business of its own, a stock page named BP.md and a blog
post on git workflow, a study centre's filled leave note; no business plan, contract form or salary sheet was found
in a repository nobody had used.
Labels follow DESIGN.md "Labelling real documents".

Exactly like batches 9, 11, ..., 29 and 31: files are read from local git mirrors (`fetch` snapshots, `--mirrors`)
chosen by path patterns (`collect_batch3.repo_candidates`, each source with its own seed; batch 5's `Pinned` sources
and label helpers; files removed after a commit are read at that commit). Every candidate goes through the hold-out
guard (GitHub blob address at the commit, and text); a rejected document drops every other document of its folder
(`collect_batch3.collect`, which also dedupes against every other batch and within this one, writes the manifest and
logs rejections to OUT/rejected.tsv). A document needs at least `MIN_CHINESE` Chinese characters (100), except 绝密
documents, lists and SQL (`SPARSE_KINDS`).

Nothing here runs the classifier.

Usage:  python tools/corpus/collect_batch34.py [--mirrors /work/.mirror] [--out /work/corpus/real34]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from collect_batch5 import (
    _INT,
    Pinned,
    _credentials,
    _public,
    _rules,
    _tech,
    run_repository_batch,
)

SEED = 20261234
BATCH = "34"
MIN_CHINESE = 100
SPARSE_KINDS = ("代码数据", "清单名册")

_EMO = "fire-disposal/emoguard_project"
_WIND = "2021FYWZ/wind"
_HEALTH = "Tang638/Health-assiant"
_HEALTH_AT = "921f88e3fd706aa4d70db68b6d40697e85ab4f71"  # a branch; the default branch holds only a README
_GYM = "Zeng-manting/project-gym"
_SHOP = "Castaway-C/E-commerce"
_TRAIN = "youth-cloud/school_project_manager"


def _cv(repo: str, pattern: str, note: str, extract: str = "md", commit: str = "") -> Pinned:
    """A person's CV (phone, e-mail, history, employers): personnel material, 秘密 (DESIGN rule 4)."""
    return Pinned(repo, pattern, extract, "秘密", "personnel", "清单名册", _INT, note, 1, commit)


def _users(repo: str, pattern: str, table: str, note: str, commit: str = "") -> Pinned:
    """A dump of a system's own user table (names, phones, e-mails; passwords only as hashes): 机密 (DESIGN rule 5)."""
    return Pinned(repo, pattern, f"sql:{table}", "机密", "customers", "代码数据", _INT, note, 1, commit)


SOURCES = (
    # --- 公开: privacy policies and user agreements that apps, a studio, an extension and a blog publish -----------------------------
    _public("HungryW/HungryW", r"^隐私政策\.md$", "游戏工作室隐私政策(已发布)", 1, kind="产品手册"),
    _public("LiMinghan1220/8mun", r"^隐私政策\.md$", "模联风格测试隐私政策(已发布)", 1, kind="产品手册"),
    _public("MyMaskKing/cloud_bookmark", r"^隐私政策\.md$", "云端书签浏览器扩展隐私政策(已发布)", 1, kind="产品手册"),
    _public("ShadowOfWhite/Android-Journey", r"^隐私政策\.md$", "智能灯具App隐私政策(已发布)", 1, kind="产品手册"),
    _public("cjl84914/parrot_app", r"^隐私政策\.md$", "语言学习App隐私政策(已发布)", 1, kind="产品手册"),
    _public("li1024316925/ShuiTU", r"^隐私政策\.md$", "兼职App隐私政策(已发布)", 1, kind="产品手册"),
    _public(_EMO, r"^隐私政策\.md$", "情绪监测小程序隐私政策(已发布)", 1, kind="产品手册",
            commit="da25aea382fb26615af9891468295d2ea2b416a9"),
    _public("Chuanfu-Wei/Chuanfu-Wei.github.io", r"^用户协议\.md$", "个人博客网站用户协议(已发布)", 1, kind="产品手册",
            commit="29a38914de58ec0ff84a72445f0f9c87c7748cbc"),
    _public("huanguan-Q/wechat-copy-helper", r"^隐私政策\.md$", "微信文档归档Chrome扩展隐私政策(草案,已发布)", 1, kind="产品手册"),
    _public("fy535889226/Quick_reminder", r"^隐私政策\.md$", "日程提醒App隐私条款(已发布)", 1, kind="产品手册"),
    _public("YourTabManager/YourTabManager", r"^隐私政策\.md$", "标签页管理扩展隐私政策(已发布)", 1, kind="产品手册"),
    _public("moshangyi/mahjong", r"^隐私政策\.md$", "麻将游戏App隐私政策(已发布)", 1, kind="产品手册"),
    _public("youseniu/help", r"^服务条款\.md$", "在线学习平台服务条款(已发布)", 1, kind="产品手册"),
    _public("Daniel-Xiong/PeakRun-AI", r"^服务条款\.md$", "跑步AI应用服务条款(已发布)", 1, kind="产品手册"),
    _public("jazjay-stack/50-", r"^服务条款\.md$", "日语学习App服务条款(已发布)", 1, kind="产品手册"),
    # --- 内部: a team's code conventions; a routine weekly study report -------------------------------------------------------------
    _rules(_WIND, r"^doc/代码规范\.docx$", "学生团队项目代码规范", extract="docx",
           commit="4387df36ae01bcd0941338b64016e75dc4ca3fb1"),
    _rules("AsSaSsIoNs/zhang", r"^周报\.md$", "学生个人学习周报(学习记录)", kind="工作报告"),
    # Routine progress lines and next week's tasks, little of the team's own design or results: 内部 (audit rule).
    _rules("0Hu-Jing0/Serverless-based-distributed-coding-computing-system", r"^周报\.md$",
           "分布式编码计算课题周报(例行进展)", kind="工作报告", commit="6f527facc0976275663531be142d522c88d5ec0e"),
    _rules("LiaoZhuo/kaisafax_app_api", r"^编码规范\.md$", "金融App接口开发编码规范"),
    _rules("ying123/crm_flutter_app", r"^编码规范\.md$", "CRM App Flutter开发规范"),
    _rules("jorry/qiuger_work", r"^编码规范\.md$", "Android项目包结构与编码规范"),
    _rules("focus255/Scut-AI-WMS", r"^编码规范\.md$", "仓储管理系统单据编码规范"),
    _rules("caolong5229/wxApp", r"^编码规范\.md$", "小程序前端HTML/CSS/JS编码规范"),
    _rules("YellowSai/Mengyi-background-management", r"^编码规范\.md$", "后台管理系统前端编码规范"),
    # A team's extract of the published Alibaba Java manual, like batch 31's crazydog-examinc.
    _rules("ZhangAndong12138/work", r"^编码规范\.md$", "JavaWeb项目规范(摘自阿里巴巴Java开发手册)"),
    _rules("libbit702/xlkk", r"^编码规范\.md$", "JavaScript编码规范(团队整理)"),
    _rules("TeewonPC/Tranning", r"^编码规范\.md$", "编码规范培训大纲与测验(内部培训)"),
    # --- 秘密: CVs ------------------------------------------------------------------------------------------------------------------
    _cv("Liang528000/personal-page", r"^个人简历\.md$", "心理学博士生个人简历(邮箱/导师/研究)"),
    _cv("GitXiaoYuanWY/my-portfolio", r"^个人简历\.md$", "工业机器人技术员求职简历(技能/项目)"),
    _cv("ChaosXu2016/self-doc", r"^个人简历\.md$", "前端工程师个人简历(手机/微信/邮箱)"),
    _cv("Adorethall/linys_web", r"^个人简历\.md$", "应届生求职简历(电话/邮箱/年龄)"),
    _cv("LZ328/LZ_Resume.github.io", r"^简历\.md$", "硕士应届生求职简历(电话/邮箱)", commit="0e8059ed2e4e37eae8188c6e81b0877091f45775"),
    _cv("KennyLib/kennylib.github.io", r"^简历\.md$", "前端工程师简历(手机/籍贯/期望薪资)",
        commit="e090f477dd290c7fddb529e431f5f4074ef9fd3d"),
    _cv("JimDevil/jimDevil.github.io", r"^docs/简历\.md$", "Java工程师简历(手机/QQ/期望薪资)",
        commit="a2aff637903752ba8a722ca0703c9a2c15c93449"),
    _cv("Erictsu1947/erictsu1947.github.io", r"^简历\.md$", "工程师个人简历(手机/微信/邮箱)"),
    # --- 机密: weekly reports with own results, requirements, designs, plans, deployment guides, a user table --------------------------
    _tech("Fengqiqif77/Implementation-of-depth-estimation-algorithm", r"^周报\.md$", "深度估计课题周报(工作与实验结果)", 1,
          kind="工作报告"),
    _tech("OrigamiShido/AutoDoppleShift", r"^周报\.md$", "卫星多普勒频移课题周报(计算结果)", 1, kind="工作报告"),
    _tech("MyMaskKing/cloud_bookmark", r"^需求\.md$", "云端书签浏览器扩展需求文档", 1),
    _tech(_EMO, r"^doc/开发计划\.md$", "情绪监测小程序开发计划", 1, kind="方案计划",
          commit="d43b7b202b026ba385d3ef67efde3a818e0ff9a5"),
    _tech(_EMO, r"^部署上线指南\.md$", "情绪监测小程序上线准备清单", 1, commit="ec47ae52620d70b9592e2f3d31440ae67e392f22"),
    _tech(_WIND, r"^doc/需求规格说明书\.md$", "学生团队系统需求规格说明书", 1,
          commit="03856913bfcbbebad9749d668cebddb6b945984a"),
    _tech(_WIND, r"^doc/系统设计说明书\.docx$", "学生团队系统设计说明书", 1, extract="docx",
          commit="4c84e426a4200e08f32a88ccfb3d68897ddc88fe"),
    _tech(_SHOP, r"^需求规格说明书\.md$", "电商系统需求规格说明书", 1),
    _tech(_SHOP, r"^实现设计说明书\.md$", "电商系统实现设计说明书", 1),
    _tech("Mark-Zhangbinghan/esimstore", r"^需求规格说明书v1\.1\.md$", "eSIM在线售卖平台需求规格说明书", 1),
    _tech("Soft-Team6/ZhiChengLibraryWechatApplet", r"^需求规格说明书\.md$", "图书馆小程序需求规格说明书", 1,
          commit="b627e4a030b30957dae5a0811d76505afa4b0561"),
    _tech(_HEALTH, r"^可行性分析报告\.md$", "智能健康助手可行性分析报告", 1, kind="方案计划", commit=_HEALTH_AT),
    _tech(_HEALTH, r"^安全评审报告\.md$", "智能健康助手安全评审报告(漏洞/整改)", 1, commit=_HEALTH_AT),
    _tech(_GYM, r"^需求规格说明书\.md$", "健身房管理系统需求规格说明书", 1),
    _tech(_GYM, r"^概要设计文档\.md$", "健身房管理系统概要设计", 1),
    _tech("jiujingxukong/EduBridge", r"^需求规格说明书\.md$", "教育平台需求规格说明书", 1),
    _tech("SunnyYee-Code/my_que_you", r"^docs/需求规格说明书\.md$", "约玩社交平台需求规格说明书", 1,
          commit="7a59105dd2918bd60162c8ee31ace9bd0bf243e5"),
    _tech("RookieofRookies/DataEncryptionPlatform", r"^需求规格说明书\.md$", "数据加密平台需求规格说明书", 1),
    _tech("Tyunsen/xianyu-auto", r"^需求规格说明书\.md$", "闲鱼自动化工具需求规格说明书", 1),
    _tech("201566466-lab/tt-jizhang", r"^部署文档\.md$", "记账应用宝塔部署文档", 1),
    _tech("Noodles2915/Mall", r"^部署文档\.md$", "商城系统部署文档", 1),
    _tech("LWMEPOST/health-care-system", r"^计划书\.md$", "健康食谱推荐平台开发计划书", 1, kind="方案计划",
          commit="e118f7e05d7b9212120750bc00196e0498706162"),
    _tech(_TRAIN, r"^计划书\.md$", "实训管理平台项目计划书", 1, kind="方案计划"),
    _users(_TRAIN, r"^schoolprojectmanagerwithdata\.sql$", "sys_user", "实训管理平台用户表SQL(姓名/手机/邮箱,密码为哈希)"),
    _tech("Diverbee774/lab-face-recognition-system", r"^计划书\.md$", "实验室人脸门禁系统项目开发计划书", 1, kind="方案计划"),
    _tech("wsx-oss/yyzk", r"^项目申报书\.md$", "无人机远程管控平台项目申报书", 1, kind="方案计划",
          commit="a0b79611d8232345af6a487d7b363f6f744a58f9"),
    # --- 绝密: one test-account list with its shared password (text never committed) --------------------------------------------------
    _credentials("doublelw/alumni-visit-system-backup", r"^TEST_ACCOUNTS_QUICK_REF\.md$", "md",
                 "校园访客系统测试账号清单(统一密码)", "清单名册"),
    _credentials("0307SUSU/new-markdown-file", r"^账号密码\.md$", "md", "工作系统测试/线上环境账号密码清单", "清单名册",
                 commit="7c9bb2151e290c23564b5280808bb65285bdc7c2"),
    _credentials("weiinng/down", r"^账号密码\.md$", "md", "个人邮箱与服务账号密码清单", "清单名册",
                 commit="e4f9455c9e14d624a62f458cf387ec6cc8bfffad"),
)


def main() -> int:
    return run_repository_batch(BATCH, SOURCES, SEED, __doc__, min_chinese=MIN_CHINESE, sparse_kinds=SPARSE_KINDS)


if __name__ == "__main__":
    raise SystemExit(main())

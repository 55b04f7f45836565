"""Twenty-fourth batch of the real corpus: documents kept in public repositories that no earlier batch used.

Training data for the next classifier fit (not a blind split): files from public repositories, one source group per
repository, none of them in the manifest yet (batches 1-22 are all sources). 公开: a robot maker's and a blockchain
project's product manuals, an exchange's public API FAQ and error codes, an ad SDK's integration guide, an
open-source form designer's introduction and option reference, the assembly and demonstration law and a legal
explainer (the women's-rights and cybersecurity laws of these repositories are dropped as copies of earlier
batches' texts), an app's privacy policy, GB 8567-88 document outlines. 内部: a team's meeting procedure, blank
job-description, weekly-report, progress, maintenance-request, problem-report and task-card forms, a company's blank
resignation certificate, a CRO's site sign-in sheet and filing instructions, an administrator's weekly report.
秘密: a software development commission contract, a CRO's consent letter for personal data, a filled resignation
certificate with a termination confirmation, CVs and a self-recommendation. 机密: requirement specifications, a PRD
and a high-level design, R&D and upgrade plans, a project charter, a feasibility report, an MVP phase report and a
tech-stack decision, a developer's weekly report, a team's meeting record, an engineer's test procedure. 绝密:
business plans and an investor pitch, two deployment documents holding passwords (their texts are never
committed); a system manual and a deployment document giving default logins were left out rather than add more
credential documents, and an engineer's two-line account list is too short for `MIN_CHARS`.
Labels follow DESIGN.md "Labelling real documents".

Exactly like batches 9, 11, 13, 15, 17, 19 and 22: files are read from local git mirrors (`fetch` snapshots,
`--mirrors`) chosen by path patterns (`collect_batch3.repo_candidates`, each source with its own seed; batch 5's
`Pinned` sources and label helpers; files removed after a commit are read at that commit). Every candidate goes
through the hold-out guard (GitHub blob address at the commit, and text); a rejected document drops every other
document of its folder (`collect_batch3.collect`, which also dedupes against every other batch and within this one,
writes the manifest and logs rejections to OUT/rejected.tsv). A document needs at least `MIN_CHINESE` Chinese
characters (100, as in batch 22: blank forms and short reports), except 绝密 documents, lists and SQL
(`SPARSE_KINDS`).

Nothing here runs the classifier.

Usage:  python tools/corpus/collect_batch24.py [--mirrors /work/.mirror] [--out /work/corpus/real24]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from collect_batch5 import (
    _INT,
    Pinned,
    _contract,
    _credentials,
    _minutes,
    _plan,
    _public,
    _rules,
    _tech,
    run_repository_batch,
)

SEED = 20261224
BATCH = "24"
MIN_CHINESE = 100
SPARSE_KINDS = ("代码数据", "清单名册")

_GB8567 = "renrousousuo/DocumentTemplate"  # a team's document templates: GB 8567-88 outlines, rules, blank forms
_SOP = "VirgilLi82/document-SOP"  # a CRO's site start-up document set for a drug monitoring study
_SYSWIKI = "NBSmalltree/syswiki"
_WORKLOG = "Asuo1478/DevWorkLog"
_SAFEPOST = "realmelucas/safepost"
_OCEAN = "6-debug-6/huizhi-ocean"  # a project team's documents, removed later: read at their commit
_OCEAN_AT = "1529ddbf82e4b09aa8884d4643d5a05feea3d08e"

SOURCES = (
    # --- 公开: vendors' manuals and API docs, an open-source project's docs, laws, a privacy policy, GB outlines ------
    _public("elephantrobotics/myAGV-docs",
            r"^MYAGV_PI_2023_CN/(5-BasicApplication/5\.2-ApplicationUse/5\.2\.3-myagv_UI/user_manual|"
            r"3-UserNotes/3\.1-SafetyInstruction|9-AboutUs/9\.1_company)\.md$",
            "机器人厂商移动底盘产品手册(用户手册/安全须知/公司介绍)", 3, kind="产品手册"),
    _public("TIE-Tech/tie-docs", r"^docs/zh/(Tie-Chain/introduce|Tie-Bridge/monitor|Tie-SDK/contract)/index\.md$",
            "区块链项目中文产品文档(介绍/跨链监控/合约SDK)", 3, kind="产品手册"),
    _public("Arkbit/api-docs", r"^(技术FAQ|API-For-Futures-CN/合约交易错误代码)\.md$", "交易所公开API文档(技术FAQ/错误代码)", 2,
            kind="产品手册"),
    _public("4399SDKDev/4399AdSDK", r"^4399广告SDK客户端接入\.md$", "游戏公司广告SDK客户端接入文档(已发布)", 1,
            kind="产品手册"),
    _public("337547038/vue-form-design", r"^(README|src/docs/form-option)\.md$", "开源表单设计器项目介绍/配置文档(已发布)", 2,
            kind="产品手册"),
    _public("zhongpengqun/notebook",
            r"^docs/法律/中华人民共和国法律/(中华人民共和国集会游行示威法|妇女权益保障法)\.md$", "法律文本(集会游行示威法/妇女权益保障法)", 2),
    _public("Pwn3dHeR/Network-Security-Notes", r"^(网络安全法|非法侵入计算机信息系统罪)\.md$", "网络安全法/刑法相关条文释义(难例: 非法侵入)", 2),
    _public("scr498/changzheng-news", r"^隐私政策\.md$", "学习App隐私政策(已发布)", 1, kind="产品手册",
            commit="ce7f0e454fd0b879c0d37f7287a4f7d950449564"),
    _public(_GB8567, r"^软件设计国家标准GB8567-88/(可行性研究报告|概要设计说明书)\.md$", "GB 8567-88文档编制提纲(可行性研究报告/概要设计)",
            2, kind="标准规范"),
    # --- 内部: rules, blank internal forms, a routine weekly report, a self-built system's manual -------------------
    _rules(_GB8567, r"^议事步骤\.md$", "团队议事规则(难例: 表决)"),
    _rules(_GB8567, r"^(岗位职责说明书|周报)\.md$", "岗位职责说明书/周报空白模板", 2, kind="模板空白表"),
    _rules("rchardtown/document", r"^(项目进度周报|软件维护需求表|软件问题报告表|开发任务卡)\.docx$", "软件项目管理空白表单(进度周报/维护需求/问题报告/任务卡)", 4,
           kind="模板空白表", extract="docx"),
    _rules("shuimuth/mcg", r"^离职证明\.docx$", "公司离职证明及回执空白模板(难例: 解除劳动合同)", kind="模板空白表", extract="docx"),
    _rules(_SOP, r"^(启动会签到表|使用须知)\.docx$", "CRO研究中心启动会签到表/文件签署须知", 2, kind="模板空白表", extract="docx"),
    _rules("hermosalin/WeeklyReport", r"^201608\.md$", "行政人员周报(付款单/考勤)", kind="工作报告"),
    # --- 秘密: a commission contract, a consent letter, a resignation certificate, CVs ----------------------------------
    _contract("AsakiOvO/WaterSystemDocument", r"^委托合同\.docx$", "智慧水务系统软件委托开发合同(公司名留空)", extract="docx"),
    _contract(_SOP, r"^个人信息使用同意函\.docx$", "临床研究个人信息处理与使用同意函(空白)", extract="docx"),
    Pinned("xgqfrms007/job", r"^job\.docx$", "docx", "秘密", "personnel", "合同协议", _INT,
           "离职证明及劳动关系解除/终止确认书(姓名/岗位/日期)", 1, "a63c3565cbdcf8042206e715d56c93439af0c99f"),
    Pinned("fruitstar/work", r"^简历\.docx$", "docx", "秘密", "personnel", "清单名册", _INT, "前端工程师简历(电话/经历)", 1),
    Pinned("704356116libin/study", r"^简历\.docx$", "docx", "秘密", "personnel", "清单名册", _INT, "应届生简历(教育/技能)", 1,
           "2a153f479282d02efd895f35ea2b989d19f4fd72"),
    Pinned("fov42550564/dailylog", r"^jishu\.txt$", "text", "秘密", "personnel", "清单名册", _INT,
           "软件架构师自荐书(姓名/学历/经历)", 1),
    # --- 机密: requirement/design/deployment documents, plans, reports, minutes --------------------------------------
    _tech("AsakiOvO/WaterSystemDocument", r"^需求规格说明书\.docx$", "智慧水务系统需求规格说明书", 1, extract="docx"),
    _tech("567use/SZQZG", r"^需求规格说明书\.docx$", "数字作品博物馆需求规格说明书", 1, extract="docx"),
    _tech("feie668/jiayan_app", r"^需求规格说明书\.docx$", "家宴App需求规格说明书", 1, extract="docx"),
    _tech(_SYSWIKI, r"^(“系统百科”平台需求说明文档（PRD）|系统概要设计文档)\.md$", "系统百科平台PRD/概要设计文档", 2),
    _tech(_WORKLOG, r"^(项目升级需求文档V1|研发计划设计V1)\.md$", "研发工作日志系统升级需求/研发计划", 2),
    _tech(_OCEAN, r"^docs/需求文档\.md$", "设备检修知识检索系统需求规格说明书", 1, commit=_OCEAN_AT),
    _tech(_SAFEPOST, r"^docs/(PRD|ProjectCharter)\.md$", "物流孤岗安全系统PRD/项目章程", 2, kind="方案计划"),
    _tech("2018x5zzt/midi_music", r"^MIDI伴奏可行报告\.md$", "MIDI伴奏App可行性报告(市场/技术路线)", 1, kind="方案计划"),
    _tech("qingchen-boop/ai-content-factory", r"^docs/(mvp-phase1|tech-stack)\.md$", "内容工厂MVP阶段报告/技术栈选型", 2),
    _tech("poowicat/sunny_work_notes", r"^算法测试/人脸检测测试\.md$", "算法工程师人脸检测板端测试流程", 1),
    _tech("cxxLittleKing/weeklyReport", r"^README\.md$", "前端开发周报(项目进度/下周计划)", 1, kind="工作报告"),
    _minutes("Spicy-Duck-Casserole/Project-nCoV", r"^会议记录\.md$", "疫情地图项目组会议记录(需求/技术选型)", 1,
             commit="684f67e8402c85a6277c75a24dc2b29071613bec"),
    # --- 绝密: business plans, an investor pitch; passwords (their texts are never committed) -------------------------
    _plan(_SAFEPOST, r"^docs/(BP|InvestorPitch)\.md$", "物流孤岗安全系统商业计划/投资人路演稿", 2),
    _plan("1yx/organic-mind-map", r"^docs/BP\.md$", "开源思维导图工具商业计划书(收费分层)",
          commit="ef03f7c9c5e719fcd81fbaf2d83fa1445f2ea315"),
    _credentials(_WORKLOG, r"^部署文档\.md$", "md", "部署文档(线上数据库账号密码)", "技术资料"),
    _credentials(_OCEAN, r"^docs/部署及运维文档\.md$", "md", "部署及运维文档(管理员默认密码)", "技术资料", commit=_OCEAN_AT),
)


def main() -> int:
    return run_repository_batch(BATCH, SOURCES, SEED, __doc__, min_chinese=MIN_CHINESE, sparse_kinds=SPARSE_KINDS)


if __name__ == "__main__":
    raise SystemExit(main())

"""Fiftieth batch of the real corpus: documents kept in public repositories that no earlier batch used.

Collected for the blind split `fresh49` (with batch 49's web pages): nothing was run on these texts and no classifier may
be; `train_real.py` is untouched and the split is cut by main, not here. Files from public repositories, one source
group per repository, at most 3 documents from one, none of them in the manifest yet and no owner of a manifest
repository (no sibling); all were fetched for this batch. 公开: apps' and games' privacy policies, user agreements,
service terms and a member-registration agreement, an open-source tool's promotional article (难例: named 推广方案).
内部: students' course reports and summaries, course teams' work plans and a user manual, a team's scoring rules and a
simulated company's job-duty description, a blank survey form, a blank contest plan template (难例), a university's
course notice, a developer's daily reports, an anonymised therapy-group schedule. 秘密: job seekers' CVs (phone,
e-mail, birth date, address) and a course team's member list with student numbers. 机密: teams' minutes, requirement,
design, test and vision documents, project plans with designs. 绝密: startup and contest business plans (market,
pricing, financing), a simulated company's two-year operating plan with loans, a product's promotion plan with prices.
Labels follow DESIGN.md "Labelling real documents".

Exactly like batches 9, 11, ..., 46 and 48: files are read from local git mirrors (`fetch` snapshots, `--mirrors`)
chosen by path patterns (`collect_batch3.repo_candidates`, each source with its own seed; batch 5's `Pinned` sources
and label helpers; a source whose file was removed later is pinned to the commit that holds it). Every candidate goes
through the hold-out guard (GitHub blob address at the commit, and text); a rejected document drops every other
document of its folder (`collect_batch3.collect`, which also dedupes against every other batch whose text is under
OUT/texts and within this one, writes the manifest and logs rejections to OUT/rejected.tsv). A document needs at least
`MIN_CHINESE` Chinese characters (100), except 绝密 documents, lists and SQL (`SPARSE_KINDS`).

Nothing here runs the classifier.

Usage:  python tools/corpus/collect_batch50.py [--mirrors /work/.mirror] [--out /work/corpus/real50]
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
    _tech,
    run_repository_batch,
)
from collect_batch48 import _personnel

SEED = 20261250
BATCH = "50"
MIN_CHINESE = 100
SPARSE_KINDS = ("代码数据", "清单名册")


SOURCES = (
    # --- 公开: privacy policies, user agreements and terms of apps and games, a promotional article --------------------------------
    _public("Pikaqiang666/PIKAQIANG.ml", r"^隐私政策\.md$", "个人网站服务隐私政策(已发布)", 1, kind="产品手册"),
    _public("HopeFutureTech/HopeFutureTech.github.io", r"^(privacy|about)\.html$", "教育科技公司官网隐私政策/公司简介页(已发布)", 2,
            kind="产品手册", extract="html"),
    _public("XDIOEZ/AGame", r"^隐私政策\.docx$", "独立游戏工作室App隐私政策(已发布)", 1, kind="产品手册", extract="docx"),
    _public("jiao3344/Pages", r"^隐私政策\.docx$", "手游隐私政策(已发布)", 1, kind="产品手册", extract="docx"),
    _public("hadoophu/game", r"^(隐私政策|服务条款)$", "休闲游戏隐私政策/服务条款(已发布)", 2, kind="产品手册", extract="text"),
    _public("zirui6/zirui6.github.io", r"^(用户协议|第三方服务协议|隐私政策)\.html$", "App用户协议/第三方服务协议/隐私政策(已发布)", 3,
            kind="产品手册", extract="html"),
    _public("0fan/1m2_backstage", r"^用户协议\.docx$", "电商平台用户协议(已发布)", 1, kind="产品手册", extract="docx"),
    _public("qq971876229/mywork", r"^(会员注册协议|隐私政策)\.docx$", "商城会员注册协议/隐私政策(已发布)", 2, kind="产品手册",
            extract="docx"),
    # A promotional article for an open-source converter, filed as 推广方案: copy written to be published, 公开 (rule 7).
    _public("jeffrey0731/markitdown-pandoc-converter", r"^推广方案\.md$", "开源工具推广文章(难例: 文件名为推广方案)", 1, kind="新闻",
            commit="da043e44364febc447052553d805f711a681583b"),
    # --- 内部: course reports and plans, team rules, a notice, daily reports, a blank form and template --------------------------
    _rules("yanchenyuxia/HealthyAPP", r"^课程总结\.docx$", "高级软件课程个人总结", 1, kind="工作报告", extract="docx"),
    _rules("WeStudyTogether/LXC-RequirementAnalysis", r"^2017141463145-龙行超\.docx$", "软件需求分析课程个人报告", 1,
           kind="工作报告", extract="docx"),
    _rules("denotepython/company-manage", r"^小组管理制度10\.11/小组评分细则\.docx$", "企业模拟课程小组评分细则(考勤/参与度)", 1,
           extract="docx"),
    _rules("denotepython/company-manage", r"/部门流程与岗位职责/企业岗位职责和流程梳理\.docx$", "模拟制造企业岗位职责和流程梳理", 1,
           extract="docx"),
    _rules("cjq99419/Logistics-Ecosystem", r"^questionnaire\.docx$", "快递服务调研访谈问卷(空白)", 1, kind="模板空白表",
           extract="docx"),
    _rules("DNundy/MallSystem", r"^项目策划书\.docx$", "学生电商网站策划书(技术选型/开发流程)", 1, kind="方案计划", extract="docx"),
    _rules("zhangyu0806/docauto", r"^日报-2026-0[23]-\d\d\.md$", "文档自动化工具开发者工作日报", 2, kind="工作报告"),
    # A contest's blank business-plan template full of 融资/盈利 headings: a blank form, 内部 (rules 3 and 7).
    _rules("jinzhu43/jinzhu43", r"^项目计划书\.docx$", "创业大赛项目计划书模板(难例: 空白, 满是融资/盈利字样)", 1,
           kind="模板空白表", extract="docx", commit="5a04e729c223d7249edf57cdada72380fc4d6c42"),
    _rules("jinzhu43/jinzhu43", r"^ppt\.docx$", "创业大赛路演PPT参考提纲(难例: 空白指引, 满是商业模式/融资字样)", 1,
           kind="模板空白表", extract="docx", commit="5a04e729c223d7249edf57cdada72380fc4d6c42"),
    _rules("jinzhu43/jinzhu43", r"^关于2026年《创新创业基础》课程开课的通知.*\.docx$", "高校关于创新创业基础课程开课的通知(致各学院)", 1,
           kind="通知", extract="docx", commit="5a04e729c223d7249edf57cdada72380fc4d6c42"),
    _rules("ZzzSYNH/ZzzLYing", r"^项目计划书\.docx$", "智能手表实训小组项目计划(阶段/分工)", 1, kind="方案计划", extract="docx"),
    _rules("ZzzSYNH/ZzzLYing", r"^7\.9验收文档\.md$", "智能手表实训小组验收文档(提纲/总结)", 1, kind="工作报告"),
    _rules("2935350532/PROJECT001", r"^项目计划书\.docx$", "校园二手小程序课程项目计划书(目标/范围/分工)", 1, kind="方案计划",
           extract="docx"),
    _rules("2935350532/PROJECT001", r"^总体设计/用户手册\.docx$", "校园二手小程序用户手册(课程项目)", 1, kind="产品手册",
           extract="docx"),
    _rules("Blouse-Quin/Time-Allocation-Platform", r"^治疗组-各组排班 202311232022-匿名\.xlsx$", "康复治疗组排班表(匿名)", 1,
           kind="报表", extract="xlsx"),
    # --- 秘密: CVs and a member list --------------------------------------------------------------------------------------------
    _personnel("bilibili-QQ/bilibili-QQ-resume", r"^黎伟琦简历\.docx$", "计算机视觉求职简历(出生日期/手机/邮箱/住址)"),
    _personnel("yushicheng/self-introduction", r"^static/个人简历\.docx$", "前端工程师求职简历(电话/邮箱/项目经历)"),
    _personnel("JesBrian/Jes-Curriculum-Vitae", r"^CurriculumVitae/个人简历 - 前端\.docx$", "前端求职简历(电话/邮箱/实习经历)"),
    Pinned("DioSpace/resume", r"^个人简历\.docx$", "docx", "秘密", "personnel", "清单名册", _INT,
           "软件开发求职简历(籍贯/出生年月/电话/住址)", 1, "61f1a956f3c5094625bcf72840a1ed458a9dbfc5"),
    _personnel("yangping7625/guimiju", r"^BOSS简历-杨平-重庆AI应用开发\.md$", "AI应用开发实习求职简历(手机/邮箱/出生年份)",
               extract="md"),
    Pinned("Alex66688878/lijinyang", r"^个人简历\.docx$", "docx", "秘密", "personnel", "清单名册", _INT,
           "在校生求职简历(电话/邮箱/年龄/地址)", 1, "271d41324a3641cf670f05f8f54b4a5c4b45560e"),
    _personnel("fsdszzzz/zhangqi", r"^个人简历\.docx$", "硬件开发求职简历(年龄/电话/邮箱)"),
    _personnel("WeStudyTogether/LXC-RequirementAnalysis", r"^需求分析小组名单\.docx$", "课程小组成员名单(学号/姓名/选题)"),
    # --- 机密: minutes, requirement, design, test and vision documents, project plans with designs ------------------------------
    _minutes("ShiJianwen/ShiJianwen.github.io", r"^会议纪要\.md$", "互联网公司前端团队周会纪要(各人事项/发布)", 1,
             commit="3deb77208421ecbe545e1cd7fcb8df0d5dc7b080"),
    _tech("HITSZ-2020SE-Team3/Project", r"^需求规格说明书\.docx$", "本地记账App需求规格说明书", 1, extract="docx",
          commit="8466e1d47841bbf150f611e911ce68169d3344d2"),
    _tech("25xiaoyuan/ALL-SEASONS-job-recruitment-system", r"^概要设计说明书\.docx$", "在校生实习招聘系统概要设计说明书", 1,
          extract="docx"),
    _tech("2952550424/Reservation-Registration-System", r"^设计说明书\.docx$", "预约挂号系统设计说明书", 1, extract="docx"),
    _tech("Blouse-Quin/Time-Allocation-Platform", r"^需求规格说明书\.docx$", "医院治疗流程管理系统需求规格说明书", 1, extract="docx"),
    _tech("WeStudyTogether/LXC-RequirementAnalysis", r"^需求规格说明书\.docx$", "学生事务助手系统需求规格说明书", 1, extract="docx"),
    _tech("cylong1016/Requirements", r"^前景与范围文档\.docx$", "校园二手交易平台前景与范围文档(业务目标/风险)", 1, extract="docx"),
    _tech("1310020007/Produce-APP", r"^需求规格说明书\.docx$", "农产品App需求规格说明书", 1, extract="docx"),
    _minutes("yanchenyuxia/HealthyAPP", r"^项目周报-0523\.docx$", "个人健康记录系统项目组周会记要", 1, extract="docx"),
    _tech("xunaixuan2/medical_music", r"^项目计划书\.docx$", "古籍歌曲中文学习App项目计划书(定位/功能/架构)", 1, kind="方案计划",
          extract="docx"),
    _tech("Shigure-moon/mqtt-tls-iot-guardian", r"^docs-archive/project-docs/项目计划书\.md$",
          "物联网安全管理系统毕设计划书(架构/加密/数据库设计)", 1, kind="方案计划"),
    _minutes("2935350532/PROJECT001", r"^会议记录/第三次会议记录10-25\.docx$", "校园二手小程序项目组会议纪要", 1, extract="docx"),
    _tech("niuchen476-svg/Smart-Electronic-Pen", r"^项目策划书\.docx$", "智能交互笔项目策划书(产品定位/技术架构)", 1, kind="方案计划",
          extract="docx"),
    _tech("vincent950602/PsychologyTest", r"^需求规格说明书\.docx$", "心理测评软件需求分析(功能/输入输出)", 1, extract="docx"),
    # A device-server protocol with sample field values (a phone number, a demo password): a design document, not a
    # credential list, 机密 (rule 5).
    _tech("jimmygaoyang/cookmaster", r"^协议集合\.docx$", "智能调料盒服务器与终端通信协议", 1, extract="docx"),
    _tech("cjq99419/Logistics-Ecosystem", r"^Project-Planning-Scheme\.docx$", "物联网物流系统项目计划书(调研/用例分析)", 1,
          kind="方案计划", extract="docx"),
    # --- 绝密: business plans, an operating plan, a promotion plan with prices ---------------------------------------------------
    _plan("FinTechNJU/Receivables", r"^商业策划书\.docx$", "区块链应收账款平台商业策划书(市场/融资/定价)", extract="docx"),
    _plan("JoanWu5/comanage", r"^商业策划书\.docx$", "社群资金管理平台商业策划书(市场/营销/财务预测)", extract="docx"),
    _plan("mjz1029/homework", r"^创新创业计划书\.docx$", "电脑维修创业项目计划书(市场/定价/财务)", extract="docx"),
    _plan("matcup/internet-plus", r"^计划书（决赛）\.docx$", "校园App创业竞赛决赛申报书(市场/投资/融资)", extract="docx"),
    _plan("denotepython/company-manage", r"/企业模拟经营两年计划\.docx$", "模拟制造企业两年经营计划(订单/贷款/市场准入)",
          extract="docx"),
    _plan("zhangyu0806/docauto", r"^推广方案\.md$", "文档自动化工具推广方案(目标客户/报价/话术)"),
)


def main() -> int:
    return run_repository_batch(BATCH, SOURCES, SEED, __doc__, min_chinese=MIN_CHINESE, sparse_kinds=SPARSE_KINDS)


if __name__ == "__main__":
    raise SystemExit(main())

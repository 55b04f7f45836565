"""Sixtieth batch of the real corpus: documents kept in public repositories that no earlier batch used.

Collected for the blind split `fresh59` (with batch 59, web pages): nothing was run on these texts and no classifier
may be; `train_real.py` is untouched and the split is cut by main, not here. Files from public repositories, one
source group per repository, at most 3 documents from one, none of them in the manifest yet and no owner of a manifest
repository (no sibling). 公开: user and operation manuals of course projects, a lightning-archive system's user guide
and introduction written for its users, an open-source PDF tool's manual, end-user licence and release history, and
the published READMEs of three open-source projects, an exam board's published timetable and course list. 内部: two
employees' work summaries (what was built and learnt, no design of their own; one 难例 naming a big company's
project), a web team's HTML and JavaScript coding standards, a lab's duty roster and group-meeting schedule, a
course's assignment requirements, a team's development guide (conventions), development problem log and daily progress
log, a course project's server manual for its own administrators. 秘密: job seekers' CVs and a youth-award
recommendation form (phone, e-mail, birth date), an internship certificate naming the student, a course team's named
work split and contribution rates. 机密: requirement specifications and a product function document, project plans
with their designs, a technical report, an outline design, a bug-fix log with the fixes' SQL and code, a salad shop's
SQL dump of customer delivery addresses. 绝密: a course assignment's startup business plan (market, finance,
organisation; rule 1) and account lists with passwords of the teams' own systems (rule 5, demo accounts; no real
third-party credentials). Labels follow DESIGN.md "Labelling real documents" and this batch's notes; sources tried and
dropped are listed in the batch-60 section written for classifiers/corpus/README.md.

Exactly like batches 9, 11, ..., 56 and 58: files are read from local git mirrors (`fetch` snapshots, `--mirrors`)
chosen by path patterns (`collect_batch3.repo_candidates`, each source with its own seed; batch 5's `Pinned` sources
and label helpers). Every candidate goes through the hold-out guard (GitHub blob address at the commit, and text); a
rejected document drops every other document of its folder (`collect_batch3.collect`, which also dedupes against every
other batch whose text is under OUT/texts and within this one, writes the manifest and logs rejections to
OUT/rejected.tsv). A document needs at least `MIN_CHINESE` Chinese characters (100), except 绝密 documents, lists and
SQL (`SPARSE_KINDS`).

Nothing here runs the classifier.

Usage:  python tools/corpus/collect_batch60.py [--mirrors /work/.mirror] [--out /work/corpus/real60]
"""


from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from collect_batch5 import (
    _INT,
    Pinned,
    _credentials,
    _p,
    _plan,
    _public,
    _rules,
    _tech,
    run_repository_batch,
)
from collect_batch48 import _personnel

SEED = 20261260
BATCH = "60"
MIN_CHINESE = 100
SPARSE_KINDS = ("代码数据", "清单名册")


SOURCES = (
    # --- 公开: manuals written for the users of course and open-source projects, an open-source tool's published texts ---
    _public("779295285/Warehouse-counting-machine", _p("用户手册.docx"), "盘点机系统用户手册(课程项目)", 1, kind="产品手册",
            extract="docx"),
    _public("CXWorks/SPORTS", _p("用户手册.docx"), "运动社交Web应用用户使用手册", 1, kind="产品手册", extract="docx"),
    _public("QinKuai/MP3Player", _p("用户手册.docx"), "MP3简易播放平台用户手册(课程项目)", 1, kind="产品手册", extract="docx"),
    _public("UNION-CMS/CMS-Documents", _p("用户手册.docx"), "社团管理系统用户操作手册(课程项目)", 1, kind="产品手册",
            extract="docx"),
    # A lightning-protection archive system built for a city's weather bureau: its user guide and its introduction
    # (environment, functions) are written for its users, 公开 (rule 2, product manuals).
    _public("taojy123/Light", _p("用户手册.docx"), "防雷档案管理系统用户使用指南", 1, kind="产品手册", extract="docx"),
    _public("taojy123/Light", _p("潮州市防雷档案管理系统简介.docx"), "防雷档案管理系统简介(运行环境/功能结构)", 1,
            kind="产品手册", extract="docx"),
    _public("wmjordan/PDFPatcher", _p("使用手册.docx"), "开源PDF工具PDF补丁丁使用手册(已发布)", 1, kind="产品手册",
            extract="docx"),
    _public("wmjordan/PDFPatcher", _p("授权协议.txt"), "开源PDF工具最终用户授权协议(已发布, 难例: 协议)", 1,
            kind="产品手册", extract="text"),
    _public("wmjordan/PDFPatcher", _p("更新历史.txt"), "开源PDF工具版本更新历史(已发布)", 1, kind="产品手册",
            extract="text"),
    _public("67520/STIWS", _p("README.md"), "中药质谱解析开源工具说明(已发布)", 1, kind="产品手册"),
    # The READMEs and user manual published with open-source and course projects on GitHub: 公开 (rule 2).
    _public("Alexuserourn/Online_exams", _p("readme.md"), "教学辅助系统用户手册(课程项目, 已发布)", 1, kind="产品手册"),
    _public("ANRlm/askmy-docs", _p("README.md"), "私有知识库问答开源项目说明(已发布)", 1, kind="产品手册"),
    _public("XGYXGJ/HRMS_test1", _p("README.md"), "人力资源管理系统开源项目说明(已发布, 难例: 人力资源/权限)", 1,
            kind="产品手册"),
    # An exam board's published timetable and course list for the 2019 self-taught higher-education exams, kept in a
    # developer's folder of odds and ends: government notices, 公开 (rule 2).
    _public("leeneo/others", _p("C05021考试时间表.docx"), "省自学考试开考课程考试时间安排表(官方附件, 已发布)", 1,
            kind="通知", extract="docx"),
    _public("leeneo/others", _p("C050201.docx"), "自学考试英语(本科段)专业课程设置表(已发布)", 1, kind="通知",
            extract="docx"),
    # --- 内部: work summaries and logs (progress and learning only), schedules, course requirements, in-house manuals ------
    # An employee's summary of three months on a big company's project: it names the project and its build tooling but
    # holds no design, test results or figures of the product, 内部 (this batch's note; 难例: 腾讯/奥运会项目).
    _rules("flyku/WEBStandard", _p("工作总结.docx"), "前端开发人员入职三个月工作总结(难例: 项目架构简介)", 1, kind="工作报告",
           extract="docx"),
    # The same web team's HTML and JavaScript coding standards: a team's rules, 内部 (rule 3, as batch 58's front-end rules).
    _rules("flyku/WEBStandard", _p("HTML.docx"), "Web前端团队HTML代码风格规范", 1, extract="docx"),
    _rules("flyku/WEBStandard", _p("JS.docx"), "Web前端团队JavaScript编码规范", 1, extract="docx"),
    _rules("leeneo/others", _p("工作总结.docx"), "软件公司开发人员半年工作总结(完成功能清单)", 1, kind="工作报告",
           extract="docx"),
    _rules("gndlwch2w/ics-schedule", _p("值班表.xlsx"), "实验室值班表(日期/值班人员)", 1, kind="清单名册", extract="xlsx"),
    # A lab's schedule of group meetings (who reports, on what, who chairs): an arrangement, not minutes, 内部 (rule 6).
    _rules("gndlwch2w/ics-schedule", _p("春季学期组会安排.xlsx"), "实验室春季学期组会安排表(难例: 组会/预答辩)", 1,
           kind="通知", extract="xlsx"),
    _rules("Liophis/TravelAgentSystem", _p("要求.md"), "数据结构课程设计功能要求(旅游推荐/路线规划)", 1, kind="通知"),
    _rules("Bokasy/im-chat-flutter", _p("开发问题记录.md"), "即时通信App开发问题与解决记录(课程项目)", 1, kind="工作报告"),
    _rules("SJTU2020-Search-Project/project", _p("日志.md"), "搜索引擎项目组每日开发日志(分工/学习进展)", 1, kind="工作报告"),
    # A course project's server manual written for the administrators of its own server: an in-house system's manual,
    # 内部 (rule 3, as `_rules`).
    _rules("QinKuai/MP3Player", _p("服务器文档.docx"), "MP3播放平台服务器管理手册(内部管理员)", 1, kind="产品手册",
           extract="docx"),
    # A team's development guide: project layout, naming, git, API and table conventions with placeholder settings, no
    # design of its own tables or modules: conventions, 内部 (rule 3; 难例: 开发规范/数据库设计规范).
    _rules("Corrine-Chan/graduationPro-VueNode", _p("docs/开发指南.md"), "能源管理平台开发指南(项目结构/开发规范, 难例)", 1),
    # --- 秘密: CVs, a recommendation form, an internship certificate, a team's named contribution rates (rule 4) -----------
    _personnel("ZhouJianBoPro/documents", _p("个人简历.docx"), "求职简历(出生年月/电话/邮箱/学校)"),
    _personnel("a7224492/MyFile", _p("个人简历.docx"), "求职简历(电话/邮箱/出生年月)"),
    _personnel("supermmh/mywork", _p("个人简历.docx"), "电子专业求职简历(电话/邮箱/出生年月)"),
    _personnel("FZW-github/test", _p("简历.docx"), "前端开发求职简历(电话/邮箱/雇主)"),
    _personnel("wzy7955/Sophomore", _p("个人简历.docx"), "好青年推荐表(姓名/出生日期/政治面貌/事迹)"),
    _personnel("wzy7955/Sophomore", _p("实习证明.docx"), "实习工作证明(学生姓名/岗位/期间)"),
    # Each member's student number, name, tasks and share of the work: a named appraisal, 秘密 (as batch 58's
    # performance sheet).
    Pinned("UNION-CMS/CMS-Documents", _p("小组分工与贡献率说明.docx"), "docx", "秘密", "personnel", "报表", _INT,
           "课程项目小组分工与贡献率(学号/姓名/贡献率)", 1),
    # --- 机密: requirement, plan and design documents and a technical report of team projects, a customer SQL dump ---------
    _tech("Bokasy/im-chat-flutter", _p("项目需求规格说明书.md"), "即时通信App需求规格说明书", 1),
    _tech("Liophis/TravelAgentSystem", _p("项目计划书.md"), "智能导览平台项目计划书(技术架构/模块设计)", 1, kind="方案计划"),
    _tech("19164445/Student-Course-Management-System", _p("项目计划书.docx"), "学生日程管理系统项目计划书(模块/数据结构设计)", 1,
          kind="方案计划", extract="docx"),
    _tech("IamLJT/Lab-Summer-Project-Practice", _p("项目计划书.docx"), "实验室数据管理暑期项目计划书(实现方案/功能)", 1,
          kind="方案计划", extract="docx"),
    _tech("William-Hunter/EducationManager", _p("项目管理董宁波组.docx"), "多媒体教室管理软件项目管理报告书(结构/分工/进度)", 1,
          kind="方案计划", extract="docx"),
    _tech("chengwenwu/warehouse-manage-system", _p("code/GUI-version/技术报告.docx"), "仓库管理系统技术报告(需求/设计/测试)", 1,
          extract="docx"),
    _tech("1513012WebEngineering/2018XiDianWebProject", _p("需求规格说明书.docx"), "高校在线答疑系统需求规格说明书", 1,
          extract="docx"),
    _tech("Cazenove/EvaluationSystem", _p("Document/需求规格说明书.docx"), "评价系统需求规格说明书", 1, extract="docx"),
    _tech("oppalu/RunningBar", _p("docs/需求规格说明书.docx"), "跑步社交应用需求规格说明书", 1, extract="docx"),
    _tech("haoranwei/BibmsJava", _p("概要设计说明书.docx"), "银行中间业务管理系统概要设计说明书(难例: 银行)", 1, extract="docx"),
    # The same team's bug-fix log: each bug's cause in its own tables and code and the SQL and code of the fix, the
    # program's own technical record, 机密 (rule 5; the log convention: it carries the system's design and code).
    _tech("Corrine-Chan/graduationPro-VueNode", _p("docs/Bug修复记录.md"), "能源管理平台Bug修复记录(原因/修复SQL与代码)", 1),
    # A mould-management app's product function document (roles, permissions, screens, design rules): the team's own
    # product requirements, 机密 (rule 5).
    _tech("wiseflownext/mold_management", _p("产品功能文档.md"), "模具管理App产品功能文档(角色权限/功能/设计规范)", 1),
    _tech("shuhongfan/hospital", _p("项目策划书.docx"), "医院管理系统项目策划书(可行性/需求/模块)", 1, kind="方案计划",
          extract="docx"),
    _tech("Promiseify/orderSystem", _p("点餐系统需求文档.md"), "点餐系统需求文档", 1),
    # A salad shop's database dump: the delivery-address table holds customers' names, phones and addresses, 机密 (rule 5,
    # 客户名单).
    Pinned("topqiang/salad", _p("shala.sql"), "sql:shala_address", "机密", "customers", "代码数据", _INT,
           "外卖点餐系统SQL dump(收货人姓名/电话/地址)", 1),
    # --- 绝密: a business plan and account lists with passwords of the teams' own systems -----------------------------------
    # A course assignment that asks each student to write a startup's business plan: market, organisation, finance and
    # risk, labelled as the plan it is (rule 1).
    _plan("wzy7955/Sophomore", _p("创新创业大作业/康益赫201894080 创业计划书.docx"),
          "益智拼装玩具创业计划书(市场评估/财务分析/经营路线)", extract="docx"),
    _credentials("oic89/manage-web", _p("须知.txt"), "text", "员工管理系统管理员与员工默认账号密码", "清单名册"),
    _credentials("crab782/petshop", _p("测试账号.txt"), "text", "宠物商城用户与商家测试账号密码", "清单名册"),
    _credentials("Corrine-Chan/graduationPro-VueNode", _p("默认账号.txt"), "text", "能源管理平台默认管理员与测试账号密码",
                 "清单名册"),
)


def main() -> int:
    return run_repository_batch(BATCH, SOURCES, SEED, __doc__, min_chinese=MIN_CHINESE, sparse_kinds=SPARSE_KINDS)


if __name__ == "__main__":
    raise SystemExit(main())

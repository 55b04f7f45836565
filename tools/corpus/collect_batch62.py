"""Sixty-second batch of the real corpus: documents kept in public repositories that no earlier batch used.

Collected for the blind split `fresh61` (with batch 61, web pages): nothing was run on these texts and no classifier
may be; `train_real.py` is untouched and the split is cut by main, not here. Files from public repositories, one
source group per repository, at most 3 documents from one, none of them in the manifest yet and no owner of a manifest
repository (no sibling). 公开: user and operation manuals written for the users of course, lab and hobby projects (a
fermentation cloud system, a face-recognition attendance system, a lottery tool, a LAN file-sharing tool, a lamp
controller, an RPA script), a translation app's published terms of service, a real-estate platform's published broker
service agreement (难例: 协议), a developer's published article about building his CV page (难例: 个人简历). 内部: work
summaries, weekly reports and internship logs that record progress and learning only (one a bank operations team's
half-year summary, 难例), a course team's weekly report, a development problem log. 秘密: job seekers' CVs (phone,
e-mail, birth date) and a certificate of leaving employment with an ID number. 机密: requirement specifications, an
outline design, project plans and proposals, test reports and test cases, development and project summary reports of
team projects. 绝密: a business-plan form (template, labelled as the plan it is for) and account lists with passwords of
the teams' own systems (rule 5, demo accounts; no real third-party credentials). Labels follow DESIGN.md "Labelling
real documents" and this batch's notes; sources tried and dropped are listed in the batch-62 section written for
classifiers/corpus/README.md.

Exactly like batches 9, 11, ..., 58 and 60: files are read from local git mirrors (`fetch` snapshots, `--mirrors`)
chosen by path patterns (`collect_batch3.repo_candidates`, each source with its own seed; batch 5's `Pinned` sources
and label helpers). Every candidate goes through the hold-out guard (GitHub blob address at the commit, and text); a
rejected document drops every other document of its folder (`collect_batch3.collect`, which also dedupes against every
other batch whose text is under OUT/texts and within this one, writes the manifest and logs rejections to
OUT/rejected.tsv). A document needs at least `MIN_CHINESE` Chinese characters (100), except 绝密 documents, lists and
SQL (`SPARSE_KINDS`).

Nothing here runs the classifier.

Usage:  python tools/corpus/collect_batch62.py [--mirrors /work/.mirror] [--out /work/corpus/real62]
"""


from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from collect_batch5 import (
    _DRAFT,
    Pinned,
    _credentials,
    _p,
    _public,
    _rules,
    _tech,
    run_repository_batch,
)
from collect_batch48 import _personnel

SEED = 20261262
BATCH = "62"
MIN_CHINESE = 100
SPARSE_KINDS = ("代码数据", "清单名册")


SOURCES = (
    # --- 公开: manuals written for the users of course, lab and hobby projects, a platform's published agreements -------
    # A lab's fermentation cloud service system (a Wuxi control company with a university lab): its operation manual is
    # written for the system's users, 公开 (rule 2, product manuals).
    _public("Capta1nJ/manual", _p("操作手册.docx"), "发酵技术云服务系统操作手册(面向用户)", 1, kind="产品手册", extract="docx"),
    _public("Snug-XP/live-project", _p("操作手册.docx"), "抽奖平台操作手册(课程项目)", 1, kind="产品手册", extract="docx"),
    _public("lordlxh/Face-recognition-attendan", _p("操作手册.docx"), "人脸识别考勤系统用户操作手册(课程项目)", 1,
            kind="产品手册", extract="docx"),
    _public("ErrorKanade/LAN-File-Share", _p("使用说明书.docx"), "局域网文件传输工具使用说明书(已发布)", 1, kind="产品手册",
            extract="docx"),
    _public("devcui/luck-draw", _p("使用说明书.docx"), "九宫格抽奖网页使用说明书", 1, kind="产品手册", extract="docx"),
    _public("chenjiatian/light-control", _p("使用说明书.docx"), "智能灯光控制器使用说明", 1, kind="产品手册", extract="docx"),
    _public("Beallhuang/RPA", _p("使用说明书.docx"), "桌面自动化脚本使用说明书(安装/配置)", 1, kind="产品手册",
            extract="docx"),
    # A translation app's terms of service, published on its website: 公开 (rule 2). Its privacy policy copies the
    # 「尊重并保护所有使用服务用户的个人隐私权」 template already in the corpus and is left out.
    _public("emailandxu/emailandxu.github.io", _p("服务条款.html"), "翻译App服务条款(已发布)", 1, kind="产品手册",
            extract="html"),
    # A real-estate platform's broker service agreement as published in its app (a click-through agreement shown to
    # every user): 公开 (rule 2; 难例: 协议/合同效力).
    _public("kitilo/chenguanjia", _p("服务协议.html"), "房产经纪平台签约经纪人服务协议声明(已发布, 难例: 协议)", 1,
            kind="产品手册", extract="html"),
    # A developer's README, written as a published article on how he built his online CV page: 公开 (rule 2; 难例: 个人简历).
    _public("sutaojie/resume", _p("个人简历.md"), "在线简历页面制作心得(已发布文章, 难例: 个人简历)", 1, kind="技术资料"),
    # A developer's blog (GitHub Pages), published posts: 公开 (rule 2).
    _public("hellojiawa/hellojiawa.github.io", _p("2017/08/08/随记/index.html"), "Android开发随手记(已发布博客)", 1,
            kind="技术资料", extract="html"),
    _public("hellojiawa/hellojiawa.github.io", _p("2017/10/20/阅读记录/index.html"), "读书笔记(策略思维/影响力, 已发布博客, 难例: 策略)",
            1, kind="技术资料", extract="html"),
    _public("hellojiawa/hellojiawa.github.io", _p("2017/10/20/Python基础/index.html"), "Python基础笔记(已发布博客)", 1,
            kind="技术资料", extract="html"),
    _public("Leonurus-free/Leonurus-free.github.io", _p("LLMs/LLM领域的一些热词.md"), "大模型领域热词解读(已发布博客)", 1,
            kind="技术资料"),
    _public("Leonurus-free/Leonurus-free.github.io", _p("LLMs/FP32、FP16、TF32、BF16、混合精度.md"), "模型训练数值精度科普(已发布博客)", 1,
            kind="技术资料"),
    # --- 内部: work summaries, weekly reports and logs (progress and learning only), a problem log ------------------------
    # An Android developer's quarter-by-quarter summary of his tasks at an app company: what was built and delivered, no
    # design, test results or figures of the products, 内部 (this batch's note).
    _rules("AkatsukiRika/summary", _p("在 InShot 的工作总结.md"), "App公司Android开发季度工作总结(任务完成情况)", 1,
           kind="工作报告"),
    # A bank operations team's half-year summary and next-half plan: ticket counts and its duty arrangements, but no
    # design or test results of a project, 内部 (this batch's note; 难例: 生产系统/运维/事件单).
    _rules("DwyaneHu/sum", _p("工作总结.md"), "银行应用运维小组年度工作总结及计划(难例: 生产系统)", 1, kind="工作报告"),
    _rules("TeemoJUN/Study-In-Qunar", _p("实习小结.md"), "互联网公司实习小结(开发问题与学习)", 1, kind="工作报告"),
    _rules("malelve/Daily_notes", _p("实习日志.md"), "实习生每日工作日志(入职/需求/学习)", 1, kind="工作报告"),
    _rules("zuhaoya/Internship_Tencent_Spring", _p("实习日志.md"), "实习第一天日志(个人感想)", 1, kind="工作报告"),
    _rules("chengxu123/Software", _p("6会议记录/第一周.docx"), "课程项目组软件项目工作周报(进度/下周计划)", 1,
           kind="工作报告", extract="docx"),
    # The problems met while building the attendance system and how they were solved, in general terms (which library,
    # which approach), no code or design of its own: a development log, 内部 (as batch 60's problem log).
    _rules("lordlxh/Face-recognition-attendan", _p("遇到的问题和解决方案.docx"), "人脸识别考勤系统开发问题与解决方案记录", 1,
           kind="工作报告", extract="docx"),
    # A student's own report for a programming practicum (requirements, data structures, functions): a course report,
    # 内部 (this batch's note; 难例: 需求分析/概念设计).
    _rules("shuchenzhao/Library-mamagement-system1.0", _p("图书管理系统-项目报告.docx"), "程序设计实训图书管理系统项目报告(学生作业, 难例)",
           1, kind="工作报告", extract="docx"),
    # A course test team's notes prepared before its discussion meetings: agenda, what each member reviewed, who does
    # what next; an arrangement, not minutes, 内部 (rule 6; 难例: 讨论会/分工).
    _rules("VickyPapa/Testing-of-Task-Management-System", _p("附1：测试组会议记录及组内文件/2016-12-3线上讨论会前准备.docx"),
           "课程测试组线上讨论会前准备(议程/分工, 难例: 会议)", 1, kind="通知", extract="docx"),
    _rules("VickyPapa/Testing-of-Task-Management-System", _p("附1：测试组会议记录及组内文件/2016-12-13线下讨论会前准备 .docx"),
           "课程测试组线下讨论会前准备(需求Review/用例问题)", 1, kind="通知", extract="docx"),
    # --- 秘密: CVs and a certificate of leaving employment (personal data, rule 4) ----------------------------------------
    _personnel("mengpenghang/myproject", _p("我的简历.docx"), "Java开发求职简历(电话/邮箱/年龄)"),
    _personnel("mengpenghang/myproject", _p("离职证明.docx"), "离职证明(姓名/身份证号/入离职日期)"),
    _personnel("guojinfa10837/work", _p("个人简历.docx"), "前端工程师求职简历(电话/邮箱/出生年月)"),
    _personnel("wh961210/shaodiao", _p("个人简历.docx"), "通信专业求职简历(学校/经历)"),
    _personnel("zjn123456789/20231229test", _p("个人简历.docx"), "人事岗位求职简历(教育/工作经历)"),
    _personnel("sunshiheima/MyPoject", _p("files/简历/孙纯平 web前端工程师（3年）13056508172.docx"),
               "Web前端工程师求职简历(出生年月/电话/邮箱)"),
    # --- 机密: requirement, design, plan, test and summary documents of team projects (rule 5) ----------------------------
    _tech("F-lee-pU/WebShop", _p("项目开发文档.docx"), "电商网站项目开发文档(需求/概要设计)", 1, extract="docx"),
    # A book-inspection system built for a printing works: its introduction sets out the hardware layout and the
    # recognition model it uses, the system's own design, 机密 (rule 5).
    _tech("GTMHS/QtMainWidget", _p("介绍文档.docx"), "图书检测系统介绍文档(硬件结构/识别模型)", 1, extract="docx"),
    _tech("liouer/Campus_to_help", _p("8-测试用例.xlsx"), "校园帮软件功能测试用例与结果", 1, extract="xlsx"),
    _tech("Sean1840/project", _p("需求规格说明书.md"), "实验室管理系统需求规格说明书", 1),
    # A contest entry's project plan: concept, market survey of 150 people, implementation, feasibility, team and
    # schedule, no finance or financing, 机密 (project plan with its design).
    _tech("EmileTomas/APP_Memory", _p("1_参赛项目计划书.docx"), "记忆分享App参赛项目计划书(构思/市场调查/实现/分工)", 1,
          kind="方案计划", extract="docx"),
    _tech("EmileTomas/APP_Memory", _p("测试报告.docx"), "记忆分享App测试报告(测试结果/缺陷)", 1, extract="docx"),
    _tech("dhu-dream/logistics", _p("测试报告.docx"), "物流管理系统测试报告(测试脚本/结果)", 1, extract="docx"),
    _tech("dhu-dream/logistics", _p("详细设计说明书.docx"), "物流管理系统详细设计说明书", 1, extract="docx"),
    _tech("hahazhou/summer-project", _p("立项建议书.docx"), "人员即时搜寻系统立项建议书(必要性/方案/成员联系方式)", 1,
          kind="方案计划", extract="docx"),
    _tech("hahazhou/summer-project", _p("测试报告.docx"), "人员即时搜寻系统迭代测试报告", 1, extract="docx"),
    _tech("wsh2340129321/lab-reservation-system", _p("实验室预约管理系统项目启动书.md"), "实验室预约管理系统项目启动书(背景/目标/技术栈)", 1,
          kind="方案计划"),
    _tech("wsh2340129321/lab-reservation-system", _p("测试报告.docx"), "实验室预约系统功能测试报告", 1, extract="docx"),
    _tech("chengxu123/Software", _p("2需求分析/项目需求说明书.docx"), "社团宣传管理平台项目需求说明书", 1, extract="docx"),
    # A college-admission advice app's database expansion plan: its own tables, the real data structure it moves to and
    # the migration steps, 机密 (rule 5).
    _tech("hlt292180-sketch/gaokao-volunteer", _p("archive/reports/数据库扩展方案.md"), "高考志愿App数据库扩展方案(表结构/迁移)", 1),
    _tech("Link-wang1991/store-ai-assistant", _p("docs/门店AI助手前端产品需求文档.md"), "门店AI经营助手前端产品需求文档", 1),
    # --- 绝密: a business-plan form and account lists with passwords of the teams' own systems ----------------------------
    # A programme's blank form for a selected company's work (business) plan: operations, finance, financing and next
    # steps. A template is labelled as the document it is for (this batch's note, rule 1); it is not an officially issued
    # standard form, so not 公开.
    Pinned("TonyDDcui/my_blog", _p("商业计划书模板.docx"), "docx", "绝密", "strategy", "模板空白表", _DRAFT,
           "企业工作(商业)计划书模板(经营/融资/发展计划, 难例: 空白)", 1),
    _credentials("Link-wang1991/store-ai-assistant", _p("演示账号.txt"), "text", "门店AI经营助手各角色演示账号密码",
                 "清单名册"),
    _credentials("ZIS-SUN/digit-map", _p("测试账号.md"), "md", "标本数字地图系统管理员与用户测试账号密码", "清单名册"),
)


def main() -> int:
    return run_repository_batch(BATCH, SOURCES, SEED, __doc__, min_chinese=MIN_CHINESE, sparse_kinds=SPARSE_KINDS)


if __name__ == "__main__":
    raise SystemExit(main())

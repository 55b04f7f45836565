"""Fifty-eighth batch of the real corpus: documents kept in public repositories that no earlier batch used.

Collected for the blind split `fresh57` (with batch 57, web pages): nothing was run on these texts and no classifier
may be; `train_real.py` is untouched and the split is cut by main, not here. Files from public repositories, one
source group per repository, at most 3 documents from one, none of them in the manifest yet and no owner of a manifest
repository (no sibling), no fork of another mirror (no shared root commit). 公开: course and open-source projects' user,
operation and installation manuals, a shop website's product descriptions taken from the packaging, a published
technical article clipped from a learning platform and two posts of a published personal blog. 内部: a web team's
year-end summary and front-end coding rules, a team's git workflow, course and training summaries, internship reports,
an employee's work summary (learning only), an app's module progress table and a course project's schedule (no
design), a graduation project's task book and mid-term check, a contest team's log. 秘密: job seekers' CVs (phone,
e-mail, birth date, address) and a named developer's performance appraisal sheet. 机密: requirement, feasibility,
outline/detailed design, test plan and test reports of team projects, a development log with its database design, a
technical R&D report, a course pair-programming report that carries its own design and tests (难例), a graduation
project's meeting transcript. 绝密: two versions of a startup's business plan (market, revenue forecast, seed-round
financing), a business-plan chapter template for the financial forecast and financing (template ruling of session 15),
and test-account lists with passwords of team projects (rule 5, demo accounts of the team's own systems; no real
third-party credentials). Labels follow DESIGN.md "Labelling real documents" and this batch's notes (templates
labelled as the document they are for; progress-only reports 内部); sources tried and dropped are listed in
classifiers/corpus/README.md (batch 58).

Exactly like batches 9, 11, ..., 54 and 56: files are read from local git mirrors (`fetch` snapshots, `--mirrors`)
chosen by path patterns (`collect_batch3.repo_candidates`, each source with its own seed; batch 5's `Pinned` sources
and label helpers). Every candidate goes through the hold-out guard (GitHub blob address at the commit, and text); a
rejected document drops every other document of its folder (`collect_batch3.collect`, which also dedupes against every
other batch whose text is under OUT/texts and within this one, writes the manifest and logs rejections to
OUT/rejected.tsv). A document needs at least `MIN_CHINESE` Chinese characters (100), except 绝密 documents, lists and
SQL (`SPARSE_KINDS`).

Nothing here runs the classifier.

Usage:  python tools/corpus/collect_batch58.py [--mirrors /work/.mirror] [--out /work/corpus/real58]
"""


from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from collect_batch5 import (
    _DRAFT,
    _INT,
    Pinned,
    _credentials,
    _minutes,
    _p,
    _plan,
    _public,
    _rules,
    _tech,
    run_repository_batch,
)
from collect_batch48 import _personnel

SEED = 20261258
BATCH = "58"
MIN_CHINESE = 100
SPARSE_KINDS = ("代码数据", "清单名册")


def _template(repo: str, pattern: str, level: str, category: str, note: str, extract: str = "md") -> Pinned:
    """A template or outline, labelled as the document it is a template for (session 15's ruling, DESIGN rule 1)."""
    return Pinned(repo, pattern, extract, level, category, "模板空白表", _DRAFT, note, 1)


SOURCES = (
    # --- 公开: user and operation manuals written for the users of course and open-source projects, published articles -----
    _public("HZxCzar/Czar-s-Bookstore", _p("用户手册.md"), "书店管理系统用户手册(课程项目)", 1, kind="产品手册"),
    _public("xuhenry123/boiler-management-system", _p(".monkeycode/docs/用户操作手册.md"), "锅炉集中供热智慧管理系统操作手册", 1,
            kind="产品手册"),
    _public("Hare124/DHC-PMS", _p("使用说明书.docx"), "物业管理系统使用说明书(毕业设计)", 1, kind="产品手册", extract="docx"),
    _public("WendyMin/LearningSystem", _p("使用说明书.docx"), "英语写作学习系统使用说明书", 1, kind="产品手册", extract="docx"),
    _public("absAline/bookkeeping", _p("操作手册.md"), "个人智能记账系统操作手册(开源项目)", 1, kind="产品手册"),
    _public("DannieGuo/NetworkMining", _p("用户手册.md"), "网络舆情挖掘工具用户手册(课程项目)", 1, kind="产品手册"),
    _public("Jokeren/DataMining-GSP", _p("用户手册.md"), "GSP序列模式挖掘程序用户手册(开源)", 1, kind="产品手册"),
    _public("WendyMin/LearningSystem", _p("安装说明书.docx"), "英语写作学习系统安装说明书", 1, kind="产品手册", extract="docx"),
    _public("HZxCzar/Czar-s-Bookstore", _p("系统安装手册.md"), "书店管理系统安装手册(课程项目)", 1, kind="产品手册"),
    # Product descriptions for a cosmetics shop's website, copied from the boxes and the maker's site: published product
    # information, 公开 (rule 2), though gathered in a draft for the site.
    _public("zhangyan6/lanjinqudou", _p("产品介绍.docx"), "化妆品网站产品介绍文案(功能/成分/用法, 取自包装说明)", 1,
            kind="产品手册", extract="docx"),
    _public("Jyoiko/G", _p("扩散模型探索：DDIM 笔记与思考 - 飞桨AI Studio.html"), "学习平台公开技术文章剪藏(已发布)", 1,
            kind="技术资料", extract="html"),
    # Posts of a personal blog published with GitHub Pages (the `_posts` of a Jekyll site): published articles, 公开 (rule 2).
    _public("audoe/about_my_self", _p("_posts/2013-04-15-生活服务的地图模式.md"), "个人博客已发布文章(生活服务地图模式分析)", 1,
            kind="新闻"),
    _public("audoe/about_my_self", _p("_posts/2012-09-23-web登录.md"), "个人博客已发布技术文章(模拟表单登录)", 1,
            kind="技术资料"),
    # --- 内部: a web team's year-end summary and coding rules, a team's git workflow, routine reports and schedules ------------
    _rules("liulinforwork/doc", _p("2016年终总结.docx"), "互联网公司web组年终总结(工作内容/问题/改善)", 1, kind="工作报告",
           extract="docx"),
    _rules("liulinforwork/doc", _p("web前端规则.docx"), "web组前端代码编写规范", 1, extract="docx"),
    _rules("Michael-py001/MyNotes", _p("20210428-BUG修复后的Git流程.md"), "开发团队BUG修复Git操作流程", 1),
    _rules("973319261/QXQP", _p("项目计划书.xlsx"), "汽修管理系统实训项目进度计划表(模块/负责人, 无设计)", 1, kind="方案计划",
           extract="xlsx"),
    _rules("973319261/QXQP", _p("项目实训总结.docx"), "学生.NET项目实训总结(课程)", 1, kind="工作报告", extract="docx"),
    _rules("roger-YH/roger_summary", _p("01_工作总结.md"), "开发人员工作经验总结", 1, kind="工作报告"),
    # An employee's work summary: the task it records is a company service, but it tells what was learnt and what went
    # wrong, no design or figures of its own: a progress and learning report, 内部 (this batch's note).
    _rules("yeexiangzhen1001/Job-summary", _p("工作总结.md"), "新员工阶段工作总结(学习/问题与解决)", 1, kind="工作报告"),
    _rules("01jiwenhua/doc", _p("APP开发进度表.xlsx"), "危化品查询App各模块开发进度表", 1, kind="工作报告", extract="xlsx"),
    _rules("abigail22222/a08-doc", _p("A08日志.docx"), "服创大赛项目组工作日志(答疑记录/进展)", 1, kind="工作报告", extract="docx"),
    _rules("SE2017-G17/SoftWare", _p("软件工程基础小组报告1.docx"), "校园新闻App课程设计小组报告(分工/概述)", 1, kind="工作报告",
           extract="docx"),
    _rules("Akarinx/sth-Nodes", _p("实习报告.md"), "前端实习总结和体会", 1, kind="工作报告"),
    _rules("dubYdub/thing", _p("实习报告.md"), "大学生实习报告", 1, kind="工作报告"),
    _rules("pzq123456/bike", _p("过程文档/任务书.md"), "本科毕业设计任务书(内容/进程安排)", 1, kind="方案计划"),
    _rules("pzq123456/bike", _p("过程文档/中期检查报告.md"), "本科毕业设计中期检查报告(进展)", 1, kind="工作报告"),
    # --- 秘密: job seekers' CVs and a named developer's performance appraisal (personnel, rule 4) -------------------------------
    _personnel("HellowAmy/doc", _p("简历.docx"), "C++开发求职简历(电话/学校/年龄)"),
    _personnel("Panda820/panda", _p("简历.docx"), "计算机应用专业求职简历(教育/经历)"),
    _personnel("ReadyToFly/kj", _p("简历.docx"), "通信工程专业求职简历(姓名/学历)"),
    _personnel("Unalian/2020", _p("简历.docx"), "求职简历(电话/邮箱)"),
    _personnel("bigwang123/wlyface", _p("简历.docx"), "Java开发面试自我介绍与项目经历(姓名/籍贯/雇主)"),
    _personnel("hwt5813023/FirstBBS", _p("简历.docx"), "求职简历(出生年月/电话/住址/邮箱)"),
    _personnel("liuhongyou/lhy", _p("简历.docx"), "求职简历(姓名/所在地)"),
    _personnel("p763628940/long", _p("简历.docx"), "求职简历(年龄/籍贯/手机号)"),
    _personnel("shisi1010/R_W", _p("简历.docx"), "软件工程专业求职简历(教育/竞赛经历)"),
    Pinned("liulinforwork/doc", _p("WEB组个人绩效（刘林）.xlsx"), "xlsx", "秘密", "personnel", "报表", _INT,
           "开发工程师个人岗位绩效考核表(具名)", 1),
    # --- 机密: requirement, feasibility, design and test documents of team projects, a meeting transcript ----------------------
    _tech("HZxCzar/Czar-s-Bookstore", _p("总体设计文档.md"), "书店管理系统总体设计文档", 1),
    _tech("differ711/team46", _p("（2022-0224）需求分析(1).docx"), "学习管理平台软件需求规格说明书", 1, extract="docx"),
    # A feasibility study of the team's own product: 机密 (as batch 48's `_analysis`).
    _tech("tozhi11/Choose-Class-System", _p("可行性分析报告.md"), "选课系统可行性分析报告", 1, kind="方案计划"),
    _tech("ThisIsShadowAccount/Design-documentation", _p("概要设计说明书.md"), "日记App概要设计说明书", 1),
    _tech("zhengrq-code/SoftEngineering", _p("项目可行性报告.md"), "打卡小程序项目可行性报告", 1, kind="方案计划"),
    # A development log that records the tables it created: it carries the project's own design, 机密 (this batch's note).
    _tech("victor3498/GraduationProject-Entelechia", _p("record/开发记录.md"), "毕业设计开发记录(含建表语句)", 1),
    _tech("Achenganggyel/School-People-Manage", _p("测试报告.docx"), "人员管理系统测试报告", 1, extract="docx"),
    _tech("BestNie/TinyShop_Testing", _p("TinyShop商城系统测试计划.docx"), "商城系统测试计划", 1, extract="docx"),
    _tech("abigail22222/a08-doc", _p("测试报告.docx"), "酒店预订系统测试报告", 1, extract="docx"),
    _tech("feiyunhuang/OHRS", _p("OHRS_File/一二：用例文档和需求模型/网站营销人员/网站营销人员系统级需求.docx"),
          "酒店预订系统网站营销人员系统级需求", 1, extract="docx"),
    _tech("Chen-yico/WHUT-clubManagerSystem", _p("详细设计说明书.md"), "高校社团管理系统详细设计说明书", 1),
    _tech("xuhenry123/boiler-management-system", _p(".monkeycode/docs/技术研发报告.md"), "锅炉集中供热管理系统技术研发报告", 1),
    _tech("miracle789139/document", _p("旧文档/科研平台需求.docx"), "科研平台需求说明书", 1, extract="docx"),
    _tech("Lylist/Finance-Department-Reimbursement-System", _p("设计文档.docx"), "财务处报销系统设计文档(难例: 财务)", 1,
          extract="docx"),
    # A pair-programming course report that lays out its own classes, algorithms and tests: it carries the program's design,
    # 机密 (this batch's note on reports; as audit56's training report with its design and code).
    _tech("Myrrolinz/Sodoku", _p("结对编程报告.md"), "数独程序结对编程报告(含代码设计/测试, 难例: 课程报告)", 1, kind="工作报告"),
    _minutes("ablishup/academic-warning-system", _p("第二次毕设会议.txt"), "学业预警系统毕设会议录音转写纪要", 1, extract="text"),
    # --- 绝密: a startup's business plan in two versions, a business-plan chapter template, test-account lists -----------------
    _plan("zqshi/ThinkCraft", _p("docs/【1】创意验证操作系统商业计划书.md"), "创意验证平台商业计划书(市场/营收预测/种子轮融资)"),
    _plan("zqshi/ThinkCraft", _p("docs/【2】创意验证操作系统商业计划书.md"), "创意验证平台商业计划书第二版(市场/财务愿景/首轮融资)"),
    # The outline of a business plan's financial chapter (3-5 year forecast, financing need, valuation): a business-plan
    # template, labelled as the plan it is for (session 15's ruling).
    _template("zqshi/ThinkCraft", _p("prompts/scene-1-dialogue/business-plan/chapters/financial-projection.md"), "绝密",
              "strategy", "商业计划书财务预测与融资需求章节模板"),
    # Test accounts with passwords of the teams' own systems: credential lists, 绝密 even as demo defaults (rule 5).
    _credentials("ablishup/academic-warning-system", _p("测试账号.md"), "md", "学业预警系统测试账号与默认密码", "清单名册"),
    _credentials("kkk21211/intelligent-online-judge-system", _p("测试账号.md"), "md", "在线判题系统测试账号密码", "清单名册"),
    _credentials("wsaxqd/home-work2", _p("测试账号.md"), "md", "学习App开发环境测试账号密码", "清单名册"),
    _credentials("dqprod/4homework", _p("测试账号.md"), "md", "作业App测试账号密码(家长/学生)", "清单名册"),
)


def main() -> int:
    return run_repository_batch(BATCH, SOURCES, SEED, __doc__, min_chinese=MIN_CHINESE, sparse_kinds=SPARSE_KINDS)


if __name__ == "__main__":
    raise SystemExit(main())

"""Sixty-sixth batch of the real corpus: documents kept in public repositories that no earlier batch used.

Collected for the blind split `fresh65` (with batch 65, web pages): nothing was run on these texts and no classifier
may be; `train_real.py` is untouched and the split is cut by main, not here. Files from public repositories, one
source group per repository, at most 3 documents from one, none of them in the manifest yet and no owner of a manifest
repository (no sibling). Many are read at a pinned commit: the file was removed or renamed after it, and the mirror
keeps the history. 公开: user and operation manuals written for the users of course and hobby projects, an app
maker's published service agreement and privacy policy, a game user-agreement template (labelled as the document it
is for) and a compilation of published guides on writing a CV. 内部: work and daily summaries that record progress and
learning only, an iteration schedule, a project summary form, division-of-work tables, a team's code convention, a
training summary, a student's course reflections and lab report, a draft appeal for a students' congress and manuals
of in-house systems. 秘密: job seekers' CVs (phone, e-mail). 机密: requirement and test documents, project plans with
designs, a competitor analysis and a feasibility study of the team's own product, a company's PRD, a design write-up,
a team's meeting record (rule 6) and student innovation applications. 绝密: a start-up's investor business plan, its
pricing plan and strategy blueprint, a product's business model (how it earns) and two systems' account lists (rule 5,
demo defaults). Labels follow DESIGN.md "Labelling real documents" and this batch's notes; sources tried and dropped are
listed in the batch-66 section written for classifiers/corpus/README.md.

Exactly like batches 9, 11, ..., 62 and 64: files are read from local git mirrors (`fetch` snapshots, `--mirrors`)
chosen by path patterns (`collect_batch3.repo_candidates`, each source with its own seed; batch 5's `Pinned` sources
and label helpers). Every candidate goes through the hold-out guard (GitHub blob address at the commit, and text); a
rejected document drops every other document of its folder (`collect_batch3.collect`, which also dedupes against every
other batch whose text is under OUT/texts and within this one, writes the manifest and logs rejections to
OUT/rejected.tsv). A document needs at least `MIN_CHINESE` Chinese characters (100), except 绝密 documents, lists and
SQL (`SPARSE_KINDS`).

Nothing here runs the classifier.

Usage:  python tools/corpus/collect_batch66.py [--mirrors /work/.mirror] [--out /work/corpus/real66]
"""


from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from collect_batch5 import (
    _DRAFT,
    Pinned,
    _credentials,
    _cv,
    _minutes,
    _p,
    _plan,
    _public,
    _rules,
    _tech,
    run_repository_batch,
)

SEED = 20261266
BATCH = "66"
MIN_CHINESE = 100
SPARSE_KINDS = ("代码数据", "清单名册")


def _template(repo: str, pattern: str, note: str, level: str, category: str, extract: str = "docx",
              commit: str = "") -> Pinned:
    """A blank template, labelled as the document it is a template for (this batch's note; DESIGN rule 1)."""
    return Pinned(repo, pattern, extract, level, category, "模板空白表", _DRAFT, note, 1, commit)


def _draft(repo: str, pattern: str, note: str, kind: str = "工作报告", extract: str = "docx", commit: str = "") -> Pinned:
    """A draft (征求意见稿) of an internal document: 内部, publication draft."""
    return Pinned(repo, pattern, extract, "内部", "internal", kind, _DRAFT, note, 1, commit)


SOURCES = (
    # --- 公开: user manuals written for the users of course and hobby projects, an app's published agreements (rule 2)
    _public("Hehouhua/firewall_gui_cs", _p("用户手册.md"), "防火墙规则管理工具用户手册(运行环境/选项)", 1, kind="产品手册"),
    _public("HansLjy/my-shell", _p("用户手册.md"), "MyShell命令行程序用户手册(课程作业)", 1, kind="产品手册"),
    _public("Sushiscript/course-docs", _p("user-manual.md"), "sushiscript脚本语言用户手册(安装/使用)", 1, kind="产品手册"),
    _public("LeonhardE/Dashboard", _p("用户手册.md"), "小欣点餐系统用户手册(小程序/后台, 课程项目)", 1, kind="产品手册"),
    _public("Chrisue0319/Linux-Web", _p("用户手册.md"), "Linux存储管理Web面板用户手册(课程项目)", 1, kind="产品手册"),
    _public("SDPCoder/SuperDiaryDocuments", _p("用户手册.docx"),
            "SuperDiary日记App用户手册(课程项目)", 1, kind="产品手册", extract="docx",
        commit="1148739f0cab80005e4d79763be2ec3577503a99"),
    # An app maker's published merchant service agreement and privacy policy: 公开 (the brief: user agreements).
    _public("bitis/xinglan", _p("服务协议.html"), "物损管理系统商家服务协议(已发布)", 1, kind="产品手册", extract="html",
        commit="abfbfc3b05e7f3e24815d04f83e88661dbc0f5a1"),
    _public("bitis/xinglan", _p("隐私协议.html"), "物损管理App隐私政策(已发布)", 1, kind="产品手册", extract="html",
        commit="abfbfc3b05e7f3e24815d04f83e88661dbc0f5a1"),
    # Posts on how to write a product manager's CV, copied from a published source into a personal vault: a published
    # guide, 公开 (rule 2; 难例: 简历).
    _public("SAMLAY-c/work-life", _p("00-归档/已结束/校招简历/原始文件_1.md"), "AI产品经理简历写作指南(已发布文章汇编, 难例: 简历)", 1, kind="产品手册"),
    # A game company's user-agreement template with its names left blank: labelled as the user agreement it is for,
    # 公开 (this batch's note on templates).
    _template("HuanYoYo/Useragreement", _p("用户协议.docx"), "游戏许可用户协议模板(公司名留空)", "公开", "public", extract="docx",
        commit="ff65a220375510790d1e3f4edc48ec655b20532f"),
    _public("Lazyhhh/graduation_project", _p("使用说明书.md"), "酒店订单管理系统使用说明书(毕业设计)", 1, kind="产品手册"),
    _public("RoxyXu151/BIT-OS-SimpleFileSystem", _p("使用说明书.md"), "简易文件系统使用说明书(课程实验)", 1, kind="产品手册",
        commit="3d1739c38a5dfe1547095f46f031529607d6d4b5"),
    _public("HappinerWinnie/doc", _p("使用说明书.md"), "群聊抽卡机器人使用说明书(命令/管理)", 1, kind="产品手册"),
    _public("JackLiKa/ClusterManager", _p("操作手册.md"), "集群管理平台操作手册(访问/功能)", 1, kind="产品手册",
        commit="5ce1b7549da6c47e82442da3a9801378d3521dc3"),
    # --- 内部: work summaries and schedules that record progress or learning only, team rules, in-house manuals --------
    # An engineer's daily work summaries (servers restored, environments deployed, joint tests with a client institute):
    # progress only, 内部 (this batch's note; 难例: 联试/迁移方案).
    _rules("xiejianfeng7/centispacesg", _p("readme/工作总结.md"), "工程师每日工作总结(部署/联试, 难例)", 1, kind="工作报告"),
    _rules("openthos/android-x86-analysis", _p("工作总结.md"), "实验室开源系统项目成员工作总结(学习/成果)", 1, kind="工作报告"),
    _rules("zhu-hao-liang/work-question", _p("工作总结.md"), "前端开发工作经验总结(问题记录)", 1, kind="工作报告"),
    _rules("King-jiezai/myproject", _p("工作总结.docx"), "实习生日工作总结(完成事项/明日安排)", 1, kind="工作报告", extract="docx",
        commit="98c4917af0f517de56efd2f55a161353e4c7df09"),
    _rules("canGeEr/learning", _p("homyity前端总结/前端培训的小结.md"), "工作室前端培训小结", 1, kind="工作报告",
        commit="926504dc2d8d29d7b45c7ecf92536583d7fa2795"),
    _rules("SJTU-SE123/PC-Logo", _p("迭代计划v1.2.docx"), "课程项目迭代计划(任务/起止日期/人员)", 1, kind="工作报告", extract="docx",
        commit="54018c0089b8828d6e866ab5ebfffb967a8005fd"),
    # A course team's end-of-project summary form (requirements met, architecture style named, lessons): a student
    # report, 内部 (this batch's note; 难例: 架构).
    _rules("SJTU-SE123/PC-Logo", _p("项目总结报告.docx"), "课程项目总结报告(难例: 架构/设计模式)", 1, kind="工作报告", extract="docx",
        commit="54018c0089b8828d6e866ab5ebfffb967a8005fd"),
    _rules("Sushiscript/course-docs", _p("work-split.md"), "课程项目小组分工明细表(学号/分工/贡献率)", 1, kind="工作报告"),
    _rules("SDPCoder/SuperDiaryDocuments", _p("分工表与制品贡献率汇总.docx"), "课程项目分工表与贡献率汇总", 1, kind="工作报告", extract="docx",
        commit="fcfd37da9ed77d7fcc6c5380618aa86a7c6dc3a8"),
    _rules("LeonhardE/Dashboard", _p("08-01-代码规范.md"), "课程项目团队代码规范(前后端)", 1, kind="制度办法"),
    _rules("itpossibleitpossible/learngit", _p("空间信息与数字技术导论课心得体会.docx"), "导论课心得体会(学生)", 1, kind="工作报告", extract="docx",
        commit="203db3e7e75bc1932ce0f43687cc02557cee31d2"),
    # A students' congress meeting material: the draft of an appeal to all students, not yet issued: 内部, publication
    # draft (难例: 征求意见稿/会议材料).
    _draft("itpossibleitpossible/learngit", _p("南大倡议书.docx"), "学生代表大会倡议书(征求意见稿, 难例)", extract="docx",
        commit="203db3e7e75bc1932ce0f43687cc02557cee31d2"),
    # Manuals of in-house systems (a chain store's sales back office, a lab's temperature-control software): 内部
    # (rule 3, in-house systems' manuals).
    _rules("qq258/lingpu-sales-system", _p("docs/使用手册.md"), "连锁手机门店销售管理系统使用手册(内部系统)", 1, kind="产品手册",
        commit="65ec72096cb901d3818636256508d5e565bf92ff"),
    _rules("wghou/TempControl", _p("使用说明书.docx"), "实验室自动控温软件使用说明书(配置/操作)", 1, kind="产品手册", extract="docx",
        commit="75f9156208abc103fd13c85d7d3ee41dba74813e"),
    # A course lab report on the team's own simple file system (data structures, implementation): a student report,
    # 内部 (the brief; 难例: 设计与实现).
    _rules("RoxyXu151/BIT-OS-SimpleFileSystem", _p("操作系统实验4实验报告.md"), "操作系统实验报告(简单文件系统, 难例)", 1, kind="工作报告"),
    # --- 秘密: job seekers' CVs (personal data)
    _cv("chaserLX/learngit", _p("个人简历.md"), "物联网专业学生简历(电话/微信)", extract="md"),
    _cv("shiyilinliran/zzz", _p("个人简历.md"), "安卓开发求职简历(手机/邮箱)", extract="md"),
    _cv("DayChan/lc", _p("简历.docx"), "软件工程实习生应聘简历(邮箱/电话)", extract="docx",
        commit="8e3799cc013b60432334c1467991dacd92361541"),
    _cv("264040/notes", _p("个人简历.docx"), "前端开发求职简历(电话/邮箱)", extract="docx",
        commit="53853a6a48c6b7529d9449a4205de00fb1261c33"),
    _cv("LULLLL/road", _p("简历.docx"), "前端开发求职简历(姓名/电话/邮箱)", extract="docx",
        commit="50f8b15d026f2ca5cb3af4268eee80bfea79a078"),
    _cv("G233/myBlog", _p("个人简历.md"), "前端开发实习生简历(手机/邮箱/微信)", extract="md"),
    _cv("LiWenGu/blog", _p("个人简历.md"), "Java开发工程师简历(手机/邮箱/工作经历)", extract="md"),
    _cv("Dithub2016/Docs", _p("个人简历.md"), "前端开发工程师简历(手机/邮箱)", extract="md"),
    _cv("GitHubJiKe/someFiles", _p("个人简历.md"), "全栈开发工程师简历(生日/手机/邮箱)", extract="md"),
    # --- 机密: requirement, design, test and plan documents, minutes (rules 5, 6)
    # PRDs of an education company's product, kept in a product manager's vault: 机密 (rule 5).
    _tech("SAMLAY-c/work-life", _p("03-工作/产品需求/关于0元打分看板数据T4冻结的需求文档.md"), "教育产品看板数据冻结需求文档(PRD)", 1),
    # A contest team's project plan (background, market insight, functions, design, schedule): a project plan with
    # designs, 机密 (难例: 商业价值/竞品).
    _tech("LCY2117/software_innovation", _p("项目计划书.md"), "软件创新大赛急救系统项目计划书(设计/进度, 难例)", 1, kind="方案计划"),
    _tech("JX05120LLL/IHMS", _p("项目策划书.md"), "智慧健康管理系统项目策划书(架构/数据库设计)", 1, kind="方案计划",
        commit="19f052eaac2d5e229a04102d49518c4b37fcb5f0"),
    _tech("w-123-dev/boom", _p("项目策划书.md"), "多人对战网页游戏项目策划书(需求/设计)", 1, kind="方案计划",
        commit="149dbea5949e20a9f0f3c300e8b94a34e0245125"),
    # A company team's 典型经验 write-up of its firewall configuration system (architecture, how it works): it carries
    # the system's design, 机密 (rule 5; 难例: 经验总结).
    _tech("Hehouhua/firewall_gui_cs", _p("防火墙可视化配置系统典型经验.docx"), "防火墙可视化配置系统典型经验(架构设计, 难例)", 1, extract="docx"),
    _tech("zhere/kaoshi", _p("国网后勤考试系统需求文档.md"), "后勤考试系统需求文档(功能/角色)", 1),
    _tech("SJTU-SE123/PC-Logo", _p("系统测试报告.docx"), "PC Logo系统测试报告(缺陷清单)", 1, extract="docx",
        commit="54018c0089b8828d6e866ab5ebfffb967a8005fd"),
    _tech("cynic-1/System-Analysis-Design", _p("竞品分析/竞品分析.md"), "学术成果分享平台竞品分析报告", 1, kind="方案计划",
        commit="068a0724a3288cd6b5a2275b997c99cadd45f5b4"),
    _tech("fallenk/financeSystemDemo", _p("测试报告.docx"), "财务系统测试报告(用例/结果)", 1, extract="docx",
        commit="9045f694ae9d5b86d2ab947bab33aa4f2ca5c199"),
    _tech("hugbob/Software-Engineering-wangwang_team", _p("可行性分析报告.md"), "商品网上交易系统可行性分析报告", 1, kind="方案计划",
        commit="57849a95ce76885f7b33e9edf2a370a5d7756ced"),
    # A student innovation project application (plan, schedule, budget; the applicant's phone and e-mail): 机密.
    _tech("itpossibleitpossible/learngit", _p("项目申报书.docx"), "大学生创新实践项目申请书(方案/进度)", 1, kind="方案计划", extract="docx",
        commit="203db3e7e75bc1932ce0f43687cc02557cee31d2"),
    # An innovation-fund application with a short commercialisation chapter; mostly the technical plan and budget:
    # 机密 (难例: 商业化路径).
    _tech("Yuyu-fy/Tracero", _p("项目计划书.docx"), "学生创新基金项目申报书(技术方案/预算, 难例)", 1, kind="方案计划", extract="docx",
        commit="7e51923fe8607e0ee9c89cf47b1daf457766b37b"),
    _tech("CodingYuanLiu/Software-Test", _p("测试报告.md"), "电商Demo性能测试报告(用例/结果)", 1,
        commit="02cebe80ec1bc1a3b51f46d62f1a27b7e86b01be"),
    _minutes("Okiii-lh/note_in_work", _p("会议记录.md"), "项目组会议记录(进度/算法分工)", 1,
        commit="6e52808ab578c7bd4adcdbd72c603c85a7adc1f3"),
    # --- 绝密: a business model, an account list (rule 5) ---------------------------------------------------------------
    _plan("pzli/scan", _p("商业模式.docx"), "识别品牌功能商业模式(导流/收入)", 1, extract="docx",
        commit="8af658d96c44db33f74d0f9863bab40b9ee02dd4"),
    # A demo system's login accounts with their passwords (demo defaults on localhost): 绝密 (rule 5).
    _credentials("zhere/kaoshi", _p("账号信息.md"), "md", "考试系统管理端/员工端登录账号密码", "清单名册"),
    # A local development setup's accounts (database, cache, queue, storage, test and admin logins; demo defaults):
    # 绝密 (rule 5).
    _credentials("3156734139/XinPA", _p("账号信息.md"), "md", "陪玩助手系统本地服务与测试账号密码", "清单名册"),
    # A start-up's investor business plan (market sizing, business model, financial forecast, financing need), its
    # credit pricing plan and its strategy blueprint: 绝密.
    _plan("yonglin22/xhsneirongshengcheng", _p("商业计划书.html"), "内容操盘AI初创商业计划书(投资人版/融资需求)", 1, extract="html"),
    _plan("yonglin22/xhsneirongshengcheng", _p("PRICING.md"), "AI内容平台积分定价方案(成本/套餐)", 1, extract="md"),
    _plan("yonglin22/xhsneirongshengcheng", _p("命理选品系统/战略蓝图/战略与执行蓝图.html"), "选品新业务战略与执行蓝图(定位/打法)", 1, extract="html",
        commit="5b8393e3026fa34073e5d73f492c707622843020"),
)


def main() -> int:
    return run_repository_batch(BATCH, SOURCES, SEED, __doc__, min_chinese=MIN_CHINESE, sparse_kinds=SPARSE_KINDS)


if __name__ == "__main__":
    raise SystemExit(main())

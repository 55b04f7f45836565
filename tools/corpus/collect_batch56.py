"""Fifty-sixth batch of the real corpus: documents kept in public repositories that no earlier batch used.

Collected for the blind split `fresh55` (with batch 55): nothing was run on these texts and no classifier may be;
`train_real.py` is untouched and the split is cut by main, not here. Files from public repositories, one source group
per repository, at most 3 documents from one, none of them in the manifest yet and no owner of a manifest repository
(no sibling), no fork of another mirror (no shared root commit). 公开: privacy policies and a user agreement of small apps
and browser extensions, course projects' user manuals, a published exam notice and a clipped news article. 内部: course
project plans without design, progress and learning reports, a student's practice summaries and reading report, an
in-house dashboard's manual for colleagues (难例), coding and testing conventions, a personal study plan. 秘密: job seekers'
CVs and a filled score-review application (name, exam number). 机密: team meeting minutes and a company's morning-meeting
transcript, a purchasing analysis with supplier amounts, requirement, design, database, review and test documents, defect
reports, plans that carry their own modules, and operation contracts of a system design (难例: 合约 is a design term).
绝密: a classroom-monitoring product's business plan (market, pricing, revenue forecast) and a list of work accounts with
passwords. Labels follow DESIGN.md "Labelling real documents" and this session's notes (blank templates 内部;
progress-only reports 内部); sources tried and dropped are listed in classifiers/corpus/README.md (batch 56).

Exactly like batches 9, 11, ..., 52 and 54: files are read from local git mirrors (`fetch` snapshots, `--mirrors`)
chosen by path patterns (`collect_batch3.repo_candidates`, each source with its own seed; batch 5's `Pinned` sources
and label helpers). Every candidate goes through the hold-out guard (GitHub blob address at the commit, and text); a
rejected document drops every other document of its folder (`collect_batch3.collect`, which also dedupes against every
other batch whose text is under OUT/texts and within this one, writes the manifest and logs rejections to
OUT/rejected.tsv). A document needs at least `MIN_CHINESE` Chinese characters (100), except 绝密 documents, lists and
SQL (`SPARSE_KINDS`).

Nothing here runs the classifier.

Usage:  python tools/corpus/collect_batch56.py [--mirrors /work/.mirror] [--out /work/corpus/real56]
"""


from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from collect_batch5 import (
    _INT,
    Pinned,
    _minutes,
    _p,
    _plan,
    _public,
    _rules,
    _tech,
    run_repository_batch,
)
from collect_batch48 import _personnel

SEED = 20261256
BATCH = "56"
MIN_CHINESE = 100
SPARSE_KINDS = ("代码数据", "清单名册")


SOURCES = (
    # --- 公开: privacy policies and a user agreement of small apps and extensions, published for their users (rule 2) ---------


    _public("Uchiha-Mada288/privacy-policy", _p("隐私政策.html"), "移动应用隐私政策(已发布)", 1, kind="产品手册", extract="html"),
    _public("cyyChenYiyi/ClassGuardian", _p("User-Agreement.html"), "课堂管控软件隐私政策(已发布)", 1, kind="产品手册",
            extract="html"),
    _public("dahailideyu2012/taxcode", _p("隐私政策.html"), "税收分类编码查询浏览器扩展隐私政策(已发布)", 1, kind="产品手册",
            extract="html"),
    _public("suoxiaoxiao/privacyProtocol", _p("隐私政策.html"), "换机助手应用隐私政策(已发布)", 1, kind="产品手册", extract="html"),
    _public("chendi126/FarewellPrivacy-Policy", _p("index.html"), "纪念类应用隐私政策(已发布)", 1, kind="产品手册", extract="html"),
    _public("LaoYao121/Privacy.github.io", _p("index.html"), "购物类应用隐私协议(已发布)", 1, kind="产品手册", extract="html"),
    _public("yanglfree/protocol", _p("protocol.html"), "拼字应用用户协议(已发布)", 1, kind="产品手册", extract="html"),
    # --- 公开: course projects' user manuals, an open-source game's manual, a published exam notice, a clipped article -------
    _public("02zzj/blog_system", _p("用户手册.md"), "博客系统用户手册(课程项目)", 1, kind="产品手册"),
    _public("AWYyue/Data-Structure", _p("用户手册.md"), "智能旅游系统用户手册(课程项目)", 1, kind="产品手册"),
    _public("C2O4N8/leave", _p("用户手册.md"), "学生请假管理系统用户手册", 1, kind="产品手册"),
    _public("FHU-yezi/simulation-system-of-FHU", _p("文档/用户手册.md"), "开源模拟游戏用户手册(存档安全提醒/错误处理)", 1,
            kind="产品手册"),
    _public("BUCTCS2302-SE/Team1-Knowledge-Graph", _p("用户使用手册.md"), "文物知识图谱系统用户使用手册(课程项目)", 1,
            kind="产品手册"),
    _public("12YOimiya12/GraduatingDesice", _p("网页电费查询使用说明.md"), "宿舍电费系统网页查询功能使用说明", 1, kind="产品手册"),
    _public("ketai-dhr/C-Tech", _p("csp-j/第一轮认证（江苏）成绩复查的通知(1).docx"), "软件能力认证成绩复查通知(已发布)", 1,
            kind="通知", extract="docx"),
    _public("FlyAboveGrass/note", _p("Clippings/第一批财务自由、提前退休的80后，回来上班了-36氪.md"),
            "财经媒体报道剪藏(已发布)", 1, kind="新闻"),
    # --- 内部: course plans without design, progress and learning reports, conventions, an in-house manual -----------------
    _rules("1740611407/homework1", _p("项目策划书.docx"), "课程项目策划书(背景/目标/分组, 无设计)", 1, kind="方案计划",
           extract="docx"),
    _rules("moolukk/studying-process", _p("周报.md"), "AI行业动态学习周报(学习记录)", 1, kind="工作报告"),
    _rules("Xiao-Shuai-Ge/Software-Project-Management-Homework", _p("开发准则文档.md"), "课程项目开发准则(分支/提交规范)", 1),
    _rules("Xiao-Shuai-Ge/Software-Project-Management-Homework", _p("项目管理计划.md"), "课程项目管理计划(进度/分工, 无设计)", 1,
           kind="方案计划"),
    _rules("happyly13/currirculum-design", _p("项目计划书.md"), "智能手表课程设计项目计划书(日程/里程碑)", 1, kind="方案计划"),
    _rules("happyly13/currirculum-design", _p("中期检查报告(1).md"), "课程设计中期检查报告(物料/进度)", 1, kind="工作报告"),
    _rules("Rosie-cell/2026-", _p("宁扬水脉社会实践活动个人总结.docx"), "大学生社会实践个人总结", 1, kind="工作报告", extract="docx"),
    _rules("Rosie-cell/2026-", _p("宣讲心得.docx"), "返校宣讲心得", 1, kind="工作报告", extract="docx"),
    _rules("Rosie-cell/2026-", _p("薄世宁医学通识讲义寒假读书报告.docx"), "寒假读书报告", 1, kind="工作报告", extract="docx"),
    _rules("MOTi707/Java-Swing-StudentInformationSystem", _p("个人实训报告.docx"), "学生信息管理系统个人实训报告(课程)", 1,
           kind="工作报告", extract="docx"),
    # A dashboard's manual written for the author's colleagues in one department: an in-house system's manual, 内部 (难例: 手册).
    _rules("Crazy-onion/exchange_rate_system", _p("用户手册.md"), "部门内部汇率看板用户手册(难例: 面向部门同事)", 1,
           kind="产品手册"),
    _rules("FlyAboveGrass/note", _p("考公/备考计划.md"), "个人备考学习计划", 1, kind="方案计划"),
    _rules("GitbYan/The-Big-Assignment-of-Introduction-to-Software-Engineering", _p("项目启动文档.md"),
           "音乐软件课程项目启动文档(背景/说明)", 1, kind="方案计划"),
    _rules("yanglfree/protocol", _p("android_unit_test_naming_guide.md"), "安卓单元测试方法命名规范", 1),
    # --- 秘密: CVs and a filled application form with one student's data --------------------------------------------------
    _personnel("gangzhuzi/ex", _p("个人简历.md"), "机器学习求职简历(电话/邮箱)", extract="md"),
    _personnel("gaozbb/ssss", _p("个人简历.md"), "前端求职简历(出生年月/电话/邮箱/住址)", extract="md"),
    _personnel("lyl650/myrepo", _p("个人简历.docx"), "软件技术专业求职简历(出生年月/邮箱)"),
    _personnel("1995zmj/ZMJ", _p("其他/个人简历.md"), "游戏前端开发求职简历(生日/电话/邮箱)", extract="md"),
    _personnel("ketai-dhr/C-Tech", _p("csp-j/复查成绩申请表.docx"), "已填写的成绩复查申请表(姓名/准考证号/成绩)"),
    # --- 机密: minutes, a purchasing analysis, requirement/design/database/review/test documents, plans with modules ----------
    _minutes("BUCT-CS2301/Knowledge-Graph", _p("Meeting/week10.md"), "文物知识图谱项目组第十周组会纪要", 1),
    _tech("BUCT-CS2301/Knowledge-Graph", _p("需求规格说明书.md"), "海外文物知识图谱系统需求规格说明书", 1),
    _minutes("BUCTCS2302-SE/Team1-Knowledge-Graph", _p("meeting/2团 - 1组 - 知识图谱子系统 第九周组会会议.md"),
             "知识图谱子系统第九周组会纪要", 1),
    _minutes("310mlblackcoffe/files", _p("20230524早会.docx"), "外贸公司部门早会录音转写纪要", 1, extract="docx"),
    # A department's monthly purchasing analysis (suppliers, amounts, shares): the company's own business figures, 机密 (as
    # batch 44's financial analysis).
    Pinned("310mlblackcoffe/files", _p("6月份外贸部采购分析报告.docx"), "docx", "机密", "financial", "报表", _INT,
           "外贸部月度采购分析报告(供应商/金额/占比)", 1),
    _tech("biloba123/LM", _p("管理员APP端概要设计说明书.md"), "管理员APP端概要设计说明书", 1),
    _tech("12YOimiya12/GraduatingDesice", _p("系统设计说明书.md"), "宿舍电费充值管理系统设计说明书", 1),
    _tech("huihuizi1024/Professional-comprehensive-design", _p("document/设计规格说明书.docx"), "快递柜综合应用系统设计规格说明书", 1,
          extract="docx"),
    _tech("Linkboy0612/Todo-Management-System", _p("测试报告.md"), "待办事项系统前后端联调测试报告", 1),
    _tech("Xiao-Shuai-Ge/Software-Project-Management-Homework", _p("数据库设计文档.md"), "教学工作量管理系统数据库设计文档", 1),
    _tech("Z-Pine/MusicPlayer", _p("审查报告.md"), "音乐播放器项目代码与需求审查报告", 1),
    # Operation contracts (操作合约) of an object-oriented design: a design document, 机密, not a contract (难例, rule 4 vs 5).
    _tech("UniverForeignStudent/SoftwareEngineering-2023", _p("旅客和停车操作合约.md"), "智慧机场系统操作合约(难例: 合约为设计术语)", 1),
    _tech("UniverForeignStudent/SoftwareEngineering-2023", _p("测试报告.md"), "智慧机场系统测试报告", 1),
    _tech("JackeyLea/TexasPoker", _p("需求规格说明书.md"), "棋牌游戏框架软件需求规格说明书", 1),
    _tech("Anchovy0901/AutoTest2021-T07", _p("00.附加项/缺陷报告/AT2021-T07-缺陷报告01.docx"), "资产云人事模块缺陷报告单", 1,
          extract="docx"),
    _tech("ZhouZQ1997/MrZhou", _p("项目策划书.docx"), "网站项目开发计划书(功能模块/用例)", 1, kind="方案计划", extract="docx"),

    _tech("happyly13/currirculum-design", _p("系统设计文档.md"), "智能手表系统设计文档", 1),
    _tech("1137043480/word-learning-system", _p("docs/core/测试文档.md"), "词汇学习系统测试文档", 1),
    _tech("JY-GIEGIEGIE/Online-Info-Publishing-System", _p("测试报告.md"), "网上信息发布子系统测试报告", 1),
    _tech("Chen-Hehe/scheduling_app", _p("测试报告.md"), "志愿者排班系统测试报告", 1),
    _tech("GitbYan/The-Big-Assignment-of-Introduction-to-Software-Engineering", _p("需求规格说明书.md"), "音乐软件需求分析文档", 1),
    _tech("Lyndon1994/web", _p("TASK/task8/Issues.docx"), "图书漂流网站测试问题记录", 1, extract="docx"),
    # --- 绝密: a business plan (rule 1). The same company's list of an employee's real ERP logins was collected and then
    # dropped (label_audit.tsv DROP real-5f9d93ee83): real third-party credentials are not kept in the corpus.
    _plan("179055/PycharmProjects", _p("商业计划.docx"), "课堂行为检测系统商业计划(市场/收费/收益预测)", extract="docx"),
)


def main() -> int:
    return run_repository_batch(BATCH, SOURCES, SEED, __doc__, min_chinese=MIN_CHINESE, sparse_kinds=SPARSE_KINDS)


if __name__ == "__main__":
    raise SystemExit(main())

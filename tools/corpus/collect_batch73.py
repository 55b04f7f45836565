"""Seventy-third batch of the real corpus: documents kept in public repositories that no earlier batch used.

Collected for the blind split `fresh71` (with batches 71 and 72): nothing was run on these texts and no classifier
may be; `train_real.py` is untouched and the split is cut by main, not here. Files from public repositories whose
owner's name starts with N-Z or a digit, one source group per repository, at most 3 documents from one, none of them
in the manifest yet and no owner of a manifest repository (no sibling). Every source is read at a pinned commit (the
commit that last added or changed the file; the mirror keeps the history, and some files were removed after it).
公开: user manuals written for the users of course projects and small open tools, a product's feature introduction
and a network's usage note (rule 2). 内部: course lab and experiment reports, a course's assignment list (难例:
集团/银行), iteration plans and an iteration review that record tasks and progress only, a course project proposal
(难例: 效益), study notes, an interview summary and a paper-reading work summary (难例: 工作总结). 秘密: job seekers'
CVs (phone, e-mail, birth date), a class roster and a grade sheet with student numbers (rule 4). 机密: requirement
specifications, a test plan and test report, a development plan, a project charter, a model training report, a
course design report with the team's own database design, a graduation thesis describing its own system, and a
production work-order schedule (rules 5, 6). 绝密: account lists with their (demo-default) passwords, as text files,
a roster and SQL tables, and a course project's plan with market analysis, marketing strategy and revenue source
(rule 5; rule 1 and the brief: business plans). Labels follow DESIGN.md "Labelling real documents" and this batch's
notes; sources tried and dropped are listed in the batch-73 section written for classifiers/corpus/README.md.

Exactly like batches 9, 11, ..., 66 and 69: files are read from local git mirrors (`fetch` snapshots, `--mirrors`)
chosen by path patterns (`collect_batch3.repo_candidates`, each source with its own seed; batch 5's `Pinned` sources
and label helpers). Every candidate goes through the hold-out guard (GitHub blob address at the commit, and text); a
rejected document drops every other document of its folder (`collect_batch3.collect`, which also dedupes against every
other batch whose text is under OUT/texts and within this one, writes the manifest and logs rejections to
OUT/rejected.tsv). A document needs at least `MIN_CHINESE` Chinese characters (100), except 绝密 documents, lists and
SQL (`SPARSE_KINDS`).

Nothing here runs the classifier.

Usage:  python tools/corpus/collect_batch73.py [--mirrors /work/.mirror] [--out /work/corpus/real73]
"""


from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from collect_batch5 import (
    _INT,
    Pinned,
    _credentials,
    _cv,
    _p,
    _plan,
    _public,
    _rules,
    _tech,
    run_repository_batch,
)

SEED = 20261273
BATCH = "73"
MIN_CHINESE = 100
SPARSE_KINDS = ("代码数据", "清单名册")


def _roster(repo: str, pattern: str, note: str, extract: str = "xlsx", commit: str = "") -> Pinned:
    """A list of people with personal data (ID numbers, per-person grades): personnel material, 秘密 (DESIGN rule 4)."""
    return Pinned(repo, pattern, extract, "秘密", "personnel", "清单名册", _INT, note, 1, commit)


SOURCES = (
    # --- 公开: user manuals written for the users of course projects and small open tools (rule 2) --------------------
    _public("2099383411/baidu-netdisk-workflow", _p("用户手册.docx"), "百度网盘AI协作技能包使用说明(已发布)", 1, kind="产品手册",
            extract="docx", commit="c3ba68a73434ea17995bcc65bc57c3f0605f67f3"),
    _public("Ramps-Sonic/Debate-Troll", _p("用户手册.docx"), "智能辩论策略生成系统用户操作手册", 1, kind="产品手册", extract="docx",
            commit="354792278637902fe749254333817b85a782724a"),
    _public("Thao001/Thao001", _p("用户手册.docx"), "S-DES加解密GUI程序用户手册(课程作业)", 1, kind="产品手册", extract="docx",
            commit="209f7d87a47fc8d9a264b350d5ec8a15191de1fa"),
    _public("wananwanli/Sudoku-Jobs-for-Software-Engineering", _p("用户手册.docx"), "数独程序用户手册(课程项目)", 1, kind="产品手册",
            extract="docx", commit="410bbdd22b93c5ead7feb1ab6b81c090b90107ac"),
    _public("Yuan-Sh/S-AES", _p("用户手册.docx"), "S-AES加解密工具用户指南(课程作业)", 1, kind="产品手册", extract="docx",
            commit="9487eed895c21dec3d729cef313098524f8a850a"),
    # A class-management tool's feature introduction for its users (a product description): 公开 (rule 2).
    _public("Yu0566/classes-management-", _p("docs/功能介绍.md"), "课堂管理系统功能介绍(产品说明)", 1, kind="产品手册",
            commit="7287a900f14f582aff4e190265c991b91ea84b0d"),
    _public("PandaZ0912/EasyTrade", _p("使用手册.docx"), "学生与二手物品管理程序使用手册(课程设计)", 1, kind="产品手册", extract="docx",
            commit="45ac54baa8edef15c1af7b44aa36a50f5114aaab"),
    _public("Pasiner/jiaocaiguanli", _p("使用手册.docx"), "教材信息共享管理平台使用手册", 1, kind="产品手册", extract="docx",
            commit="f16ea3b80d870c0662bcf39153b84ff8539bcde1"),
    _public("TheRkZai/book-management-application", _p("使用手册.docx"), "图书销售管理系统用户使用手册(安装/登录)", 1, kind="产品手册",
            extract="docx", commit="9412d1b2ba2bed24ca73f17bd2dfb4c57f6b66d8"),
    _public("YCneko/gas-system", _p("使用手册.docx"), "化工园区废气智能治理系统使用手册", 1, kind="产品手册", extract="docx",
            commit="55680aeac65b72e462a1d5ac0e29657e538869ef"),
    _public("syuanq/wps-homework-system", _p("使用手册.docx"), "WPS作业智能批阅系统使用手册", 1, kind="产品手册", extract="docx",
            commit="3570aa269d3daee254ecac56e8fb0cd7e26d5139"),
    # An open image-inpainting network's usage note (paper, training and test steps): 公开 (rule 2).
    _public("tangxiran/pconv-net", _p("使用说明.docx"), "Pconv图像修复网络代码使用说明", 1, kind="技术资料", extract="docx",
            commit="40d3d1e4d4639b03d8dc97522928989e4312dc6f"),
    # --- 内部: course reports, assignment lists, progress-only plans and reviews, study notes (rule 3) ------------------
    _rules("TardisX1/LifeGame", _p("个人报告.docx"), "软件工程课程实验报告(生命游戏, 个人分工)", 1, kind="工作报告", extract="docx",
           commit="4691643d24a990e67614eb7687089778758d6334"),
    _rules("TardisX1/LifeGame", _p("3.Leangoo团队管理.docx"), "课程小组看板工具Leangoo使用报告(难例: 团队管理)", 1, kind="工作报告",
           extract="docx", commit="4691643d24a990e67614eb7687089778758d6334"),
    _rules("PlainWaterK/Miscellaneous", _p("微弱作业1-3160102233金江涛.docx"), "微弱信号检测课程作业(学生)", 1, kind="工作报告",
           extract="docx", commit="95e591b3c9cca8f4a759e66eb8d49da3479272c9"),
    _rules("whatYouWaitFor/java_learning", _p("电子书阅读笔记.docx"), "Java核心技术读书笔记(个人学习)", 1, kind="工作报告", extract="docx",
           commit="75067609f4fac779209c78e99aaa6d228615306f"),
    # A course team's project proposal (background, goals, benefits in a few lines): 内部 (难例: 效益/项目建议书).
    _rules("TheYoung123/web-project", _p("docs/项目建议书.docx"), "图片分享网站课程项目建议书(难例: 效益)", 1, kind="工作报告",
           extract="docx", commit="61fa819c6f09752a6cf0ccbb22d7897e9b37557f"),
    _rules("TheonlyCR7/python_test_development", _p("B站面经/一面总结.md"), "实习面试一面总结(个人笔记)", 1, kind="工作报告",
           commit="6f4499dc351fe93a2af10cff9e6cefc83ae65a8c"),
    # A course team's iteration review and iteration plan (tasks, owners, dates, what was done): progress only, 内部.
    _rules("q728yl/Testland", _p("技术原型迭代评估报告.docx"), "课程项目技术原型迭代评估报告(任务达成/进度)", 1, kind="工作报告",
           extract="docx", commit="c295aed9c0f52c1701d877e7d1fa7f77263c1306"),
    _rules("q728yl/Testland", _p("产品完善迭代计划.docx"), "课程项目产品完善迭代计划(任务/人员/日期)", 1, kind="工作报告",
           extract="docx", commit="c295aed9c0f52c1701d877e7d1fa7f77263c1306"),
    # A student's summary of a paper he studied (partial convolution), filed as 工作总结: 内部 (难例: 工作总结).
    _rules("tangxiran/pconv-net", _p("工作总结.docx"), "部分卷积网络论文学习工作总结(难例: 工作总结)", 1, kind="工作报告",
           extract="docx", commit="40d3d1e4d4639b03d8dc97522928989e4312dc6f"),
    _rules("2hanhan/TSP_GA", _p("实验报告.docx"), "遗传算法旅行商问题实验报告(研究生课程)", 1, kind="工作报告", extract="docx",
           commit="ea2464f25564926dd77b6527a735f70e1999d398"),
    _rules("0Meraki0Super0/Homework", _p("实验报告.docx"), "ProVerif协议验证实验报告(学生)", 1, kind="工作报告", extract="docx",
           commit="19d24c3739364efdedd7b2b0bcfbd5a66ba0337f"),
    _rules("16261909/Backup-Tools", _p("实验报告.docx"), "软件开发综合实验报告(文件备份软件)", 1, kind="工作报告", extract="docx",
           commit="41868d555f05f09bd0f6bbc2b3ec7b0adb56bbb2"),
    _rules("1638401615/Datebase_Experiment", _p("实验报告.docx"), "数据库系统原理实践报告(学生, 任务实施过程)", 1, kind="工作报告",
           extract="docx", commit="8e3d29da2c326c743d52928f64570b23d60cfb7e"),
    # A course's list of assignment topics set with partner companies: 内部 (难例: 集团/银行/秒杀).
    _rules("31901026sxc/chickenSoup", _p("软件架构与应用开发大作业题目.docx"), "软件架构课程大作业题目(难例: 集团/银行)", 1,
           kind="工作报告", extract="docx", commit="38b3bf955a1a40fcc926e65950f2dfc8c102f8b4"),
    _rules("31901026sxc/chickenSoup", _p("实验报告.docx"), "软件架构与应用开发课程实验报告(考试系统)", 1, kind="工作报告",
           extract="docx", commit="ca7cd45d34af3f5598a097a69f8232affb0a0b55"),
    _rules("udhe22/myrepo", _p("readme.docx"), "Git练习日记(个人)", 1, kind="工作报告", extract="docx",
           commit="b406ebeb5b48a23eb2f840ec9f814735564bd249"),
    # --- 秘密: job seekers' CVs, a roster and a grade sheet with personal data (rule 4) ------------------------------
    _cv("PlainWaterK/Miscellaneous", _p("个人简历.docx"), "本科生求职简历(手机/邮箱)", commit="96a258a06b1f0d665fc990c9692d9cf637f66fb1"),
    _cv("wangmin1987/gecco", _p("个人简历.docx"), "爬虫工程师求职简历(电话/邮箱/QQ)", commit="f6dab57ee5b0db4cc5fc2e48ed49a89746c80ba1"),
    _cv("whatYouWaitFor/java_learning", _p("个人简历.docx"), "Java开发求职简历(出生日期/电话/邮箱)",
        commit="e759efc463fe65244036a5c0a26f65a7391efeb8"),
    _cv("yezannnnn/zxblog", _p("个人简历.docx"), "前端工程师求职简历(年龄/电话/邮箱)", commit="94546033bb0192472198b12e20ba7abc18709420"),
    _cv("TheonlyCR7/python_test_development", _p("个人简历.docx"), "测试开发求职简历(电话/邮箱)",
        commit="e1250bcd9c8706159ec8808c29064e68f356d797"),
    _cv("sxw19960127/foreverKB", _p("个人简历.docx"), "Web前端求职简历(电话/邮箱)", commit="fcd80203ae2ef617212b25118ec31e0c4153d106"),
    _cv("tinybull/Angular-package", _p("个人简历.docx"), "前端开发求职简历(出生年月/住址/电话)",
        commit="d9d35092f25fefaf317a6e0364b120ff5ff2fc37"),
    _roster("Yu0566/classes-management-", _p("学生名单.xlsx"), "班级分组学生名单(姓名/组长)",
            commit="5868ce2b18326c92646fcf2fa1b89babc3e8dcc9"),
    _roster("NingZhengsheng/python-academicAffairsSystem", _p("成绩单1001.xlsx"), "课程成绩单(学号/平时/期末/总评)",
            commit="204c6de90dd92a8f7990e5b35c640ef75143f8ca"),
    # --- 机密: requirement, design, test and planning documents of the teams' own systems (rule 5) --------------------
    _tech("PhoenixZSDX/Learning-material", _p("软件测试计划.md"), "定值到达分析工具软件测试计划", 1,
          commit="92d9349fd62d7990c5dd29cb00392819d81c8fcc"),
    _tech("Pro-User/pro_user", _p("设计规格说明书11 .docx"), "专家与学员系统软件设计规格说明书", 1, extract="docx",
          commit="5a926ac0db5d16016bcd24844983b5c98c374237"),
    _tech("123diandian/tomato", _p("需求规格说明书.docx"), "番茄时钟App需求规格说明书", 1, extract="docx",
          commit="f61dcb85c6ae54ea401756ef304f656c6aaa1283"),
    _tech("sisyphus121/ruan-jian-gong-cheng", _p("需求规格说明书.docx"), "乐易二手交易App需求规格说明书", 1, extract="docx",
          commit="1bbecfcfb85d49f244a8fb05df982f509ae3abfe"),
    _tech("XiaoGuanL/pt_used", _p("需求规格说明书.docx"), "校园二手交易网需求规格说明书", 1, extract="docx",
          commit="537f93afedc01c64a91c8b25fbc7044c28ccb778"),
    _tech("TheYoung123/web-project", _p("需求规格说明书.docx"), "图片分享网站需求规格说明书", 1, extract="docx",
          commit="603be051816b69de9395867dfa12ad829e55fa6e"),
    _tech("Z8232000/library", _p("软件开发计划书.docx"), "图书馆信息管理系统软件开发计划书(组织/进度/设计)", 1, kind="方案计划",
          extract="docx", commit="d327d157fadc3c4e3ef7fa2fe8f5b553e2dee0c7"),
    _tech("zjc517/414", _p("测试报告.docx"), "图书商城系统测试报告(用例/结果)", 1, extract="docx",
          commit="b7eecdfad8c291072d204c2f89647ed4369e9627"),
    _tech("zjc517/414", _p("图书商城项目启动书.md"), "图书商城平台项目启动书(背景/目标/技术栈)", 1, kind="方案计划",
          commit="393d48d95898697dc6db41976377fefb120e2dd5"),
    _tech("YCneko/gas-system", _p("模型训练报告.docx"), "废气治理系统LSTM模型训练报告(数据/指标)", 1, extract="docx",
          commit="55680aeac65b72e462a1d5ac0e29657e538869ef"),
    # A course design report made of the team's own database design and code: 机密 (rule 5).
    _tech("TheRkZai/book-management-application", _p("课程设计报告.docx"), "图书销售管理系统课程设计报告(数据库设计)", 1,
          extract="docx", commit="9412d1b2ba2bed24ca73f17bd2dfb4c57f6b66d8"),
    # A graduation thesis describing its own system's design (modules, database, deployment): 机密 (rule 5).
    _tech("skboy/gdms", _p("1440112236_陈旭文_毕业设计管理系统.docx"), "毕业设计管理系统毕业论文(系统设计)", 1, extract="docx",
          commit="a09ad91a1f471c90bb83ab0689d8878e3ef6471d"),
    # Production work orders with routing and resources for a scheduling task: order data, 机密.
    _tech("Xiaoph1/HuigongCloud", _p("s/s/s_0.xlsx"), "生产工单排程数据表(工单/物料/工艺路线/工时)", 1, kind="报表", extract="xlsx",
          commit="283421d08aa3a6edcf984852b486bbd37775800f"),
    # A deployment guide of a bookkeeping web app (architecture, hosting steps, database notes): 机密 (rule 5).
    _tech("xujingjun1/xiaozhangben-web", _p("DEPLOY.md"), "小账本Web应用部署指南(架构/部署步骤)", 1,
          commit="22f3aabff7fd8ebb6a208ce3063829f30821b5a3"),
    # A front-end/back-end connection test guide (own API list, test steps, a local demo login): 机密 (rule 5; 难例:
    # 测试账号).
    _tech("yibele/front_back", _p("test_user_creation.md"), "插件前后端联调测试指南(接口/测试步骤, 难例: 测试账号)", 1,
          commit="436fe229a143a5a518eb4daddee82de33df9592e"),
    # --- 绝密: account lists with passwords, even demo defaults (rule 5), and a plan with market and revenue ----------
    _credentials("XMR123a/SmartHealthButler.github.io", _p("密码.txt"), "text", "健康管家系统管理员/测试用户账号密码", "清单名册",
                 commit="39866390d279ed52e660e9ed96c5abd90328e3a5"),
    # A roster that doubles as the system's login list (student number, name, default password): 绝密 (rule 5).
    _credentials("NingZhengsheng/python-academicAffairsSystem", _p("学生名单.xlsx"), "xlsx", "教务系统学生登录名单(学号/姓名/默认密码)",
                 "清单名册", commit="204c6de90dd92a8f7990e5b35c640ef75143f8ca"),
    _credentials("NingZhengsheng/python-academicAffairsSystem", _p("教务系统.sql"), "sql:teacher", "教务系统教师账号表(工号/密码/电话)",
                 "代码数据", commit="204c6de90dd92a8f7990e5b35c640ef75143f8ca"),
    _credentials("zjc517/414", _p("fast/fast.sql"), "sql:sys_user", "图书商城后台用户表(账号/明文密码)", "代码数据",
                 commit="b1b8f3969050e4b6bed9d20d0f30244aba154737"),
    _credentials("TheRkZai/book-management-application", _p("data.sql"), "sql:usertable", "图书销售管理系统用户表(root默认密码)",
                 "代码数据", commit="9412d1b2ba2bed24ca73f17bd2dfb4c57f6b66d8"),
    # A course game's README whose main content is its table of login accounts and passwords: a credential list,
    # 绝密 (rule 5, audit69's ruling on READMEs listing accounts).
    _credentials("pinkkmin/SNAKE-Player", _p("readme.md"), "md", "贪吃蛇课程项目说明(登录账号密码表)", "清单名册",
                 commit="7b89e864296c6ce201af02967afe1eaffdef65fb"),
    # A course team's project plan written like a business plan (competition and market analysis, marketing strategy,
    # advertising revenue, expansion targets): 绝密 (rule 1; the brief: business plans with market/profit).
    _plan("XiaoGuanL/pt_used", _p("选题.docx"), "校园二手交易网项目选题计划书(市场分析/营销策略/盈利来源)", 1, extract="docx",
          commit="537f93afedc01c64a91c8b25fbc7044c28ccb778"),
)


def main() -> int:
    return run_repository_batch(BATCH, SOURCES, SEED, __doc__, min_chinese=MIN_CHINESE, sparse_kinds=SPARSE_KINDS)


if __name__ == "__main__":
    raise SystemExit(main())

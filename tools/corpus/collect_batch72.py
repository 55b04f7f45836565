"""Seventy-second batch of the real corpus: documents kept in public repositories that no earlier batch used.

Collected for the blind split `fresh71` (with batches 71 and 73): nothing was run on these texts and no classifier may
be; `train_real.py` is untouched and the split is cut by main, not here. Files from public repositories whose owner
names start with A-M, one source group per repository, at most 3 documents from one, none of them in the manifest yet
and no owner of a manifest repository (no sibling), none sharing a root commit with another mirror (no fork). Every
source is read at a pinned commit (the commit that last added or changed the file). 公开: user manuals written for
the users of course and hobby projects (难例: 五险一金/工资), an open project's published README, setup guide and
database schema (难例: 账号表), a published blog post. 内部: course reflections and reports, a trainee's daily report
and a course team's weekly report that record progress only, a project's development log, team coding and document
conventions, two team-formation reports, study notes (难例: 进度计划), a course's assignment sheet on making a BP video
(难例: BP/商业计划), an in-house calibration tool's operating manual. 秘密: job seekers' CVs and two per-person
contribution or score tables. 机密: requirement, design, database and test documents, development plans, a project
proposal, a feasibility study and a configuration/deployment document of teams' own systems. No 绝密 document was
found that could be kept (see the batch-72 section written for classifiers/corpus/README.md). Labels follow DESIGN.md
"Labelling real documents" and this batch's notes.

Exactly like batches 9, 11, ..., 66 and 69: files are read from local git mirrors (`fetch` snapshots, `--mirrors`)
chosen by path patterns (`collect_batch3.repo_candidates`, each source with its own seed; batch 5's `Pinned` sources
and label helpers). Every candidate goes through the hold-out guard (GitHub blob address at the commit, and text); a
rejected document drops every other document of its folder (`collect_batch3.collect`, which also dedupes against every
other batch whose text is under OUT/texts and within this one, writes the manifest and logs rejections to
OUT/rejected.tsv). A document needs at least `MIN_CHINESE` Chinese characters (100), except 绝密 documents, lists and
SQL (`SPARSE_KINDS`).

Nothing here runs the classifier.

Usage:  python tools/corpus/collect_batch72.py [--mirrors /work/.mirror] [--out /work/corpus/real72]
"""


from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from collect_batch5 import (
    _INT,
    Pinned,
    _cv,
    _minutes,
    _p,
    _public,
    _rules,
    _tech,
    run_repository_batch,
)

SEED = 20261272
BATCH = "72"
MIN_CHINESE = 100
SPARSE_KINDS = ("代码数据", "清单名册")


def _roster(repo: str, pattern: str, note: str, extract: str = "xlsx", commit: str = "") -> Pinned:
    """A list of people with personal data (ID numbers, per-person grades): personnel material, 秘密 (DESIGN rule 4)."""
    return Pinned(repo, pattern, extract, "秘密", "personnel", "清单名册", _INT, note, 1, commit)


SOURCES = (
    # --- 公开: user manuals written for the users of course projects, an open project's published README and docs, a
    # published blog post (rule 2) ---------------------------------------------------------------------------------------
    _public("hust-lc/Sudoku", _p("操作手册.docx"), "SAT求解与数独游戏程序操作手册(课程设计)", 1, kind="产品手册", extract="docx",
            commit="bf9d1939dbbf5470d01a77580bfa196c95dfc479"),
    _public("imostima227/Sudoku-based-on-SAT", _p("操作手册.docx"), "基于SAT的数独求解器使用手册(课程设计)", 1, kind="产品手册", extract="docx",
            commit="ae7b6dc9eea300c9b6e54eadc9075992a7bd0b02"),
    _public("MrBlack-Chen/EasyGo", _p("操作手册.docx"), "EasyGo打字游戏操作手册", 1, kind="产品手册", extract="docx",
            commit="b33ecd9665f2fe29d425f1f1b74769cbe3a5e78e"),
    _public("MovieSear/doc", _p("用户手册.md"), "电影搜索网站用户手册(课程项目)", 1, kind="产品手册",
            commit="12b84326b29e50e5a33f769ed2cc5308e8b838c6"),
    _public("Asterism12/mineminecraft", _p("使用说明书.docx"), "2D我的世界游戏使用说明书(课程项目)", 1, kind="产品手册", extract="docx",
            commit="2dcf8200694a581eaa69601d6b3a38bd72c0f449"),
    _public("jinyajuan/calculator", _p("使用说明书.docx"), "五险一金及税后工资计算器使用说明书(难例: 工资/五险一金)", 1, kind="产品手册", extract="docx",
            commit="f21bbd7b5326631e1b187099d3f8f2a7c6e554cd"),
    _public("hhhdbbs/java-communicate", _p("使用说明书.docx"), "多人在线聊天室使用说明书(课程项目)", 1, kind="产品手册", extract="docx",
            commit="a99a842fca800dd368afbef210d0aeaee9909a6f"),
    _public("Cangy1/Hishitory", _p("使用说明书.docx"), "Hishitory日记应用使用说明书", 1, kind="产品手册", extract="docx",
            commit="9388505b8129c782ce7670dfec20d349c6528785"),
    _public("anchoriter/xcode-mix", _p("使用说明书.docx"), "iOS工程混淆工具使用说明书", 1, kind="产品手册", extract="docx",
            commit="02a28b711160a8c11d173acbe68b715f034bfe4c"),
    _public("BirchWong/miniGPT", _p("使用说明书.docx"), "Transformer聊天机器人使用说明书(代码结构/环境配置)", 1, kind="产品手册", extract="docx",
            commit="c044e32fb3aabc6f71b058946e0aa596f2850e3f"),
    _public("jht827/giveaway-system", _p("README.zh.md"), "无料发放系统开源项目说明(已发布)", 1, kind="产品手册",
            commit="83d15d2d2266a92c8d72e3c75cc70b333dbd224d"),
    _public("jht827/giveaway-system", _p("docs/setup-guide.zh.md"), "无料发放系统安装与配置指南(已发布)", 1, kind="产品手册",
            commit="804c5af61f61d719ec308ad1cabe0f2e246f4586"),
    _public("jht827/giveaway-system", _p("docs/database-schema.zh.md"), "无料发放系统数据库结构文档(已发布, 难例: 数据库/账号表)", 1, kind="技术资料",
            commit="cf556bd62b7e00ebe6aa3bec80920d6ac159630a"),
    _public("HalfLeaf/HalfLeaf.github.io", _p("articles/2020/个人随笔/阿里面试小结.md"), "个人博客面试小结(已发布博文)", 1, kind="案例",
            commit="255fd1cbed64ed668934014bdf169d8b512a85d6"),
    _public("jqyyzy/digital_library", _p("用户手册.docx"), "数字图书馆推荐系统用户手册(课程项目)", 1, kind="产品手册", extract="docx",
            commit="dbf9d8b27dd98fe39c5dff8c61485cc215ce162b"),
    _public("Gargett/RBook", _p("用户手册.docx"), "餐厅定位系统用户手册(实训项目)", 1, kind="产品手册", extract="docx",
            commit="dd7b53755c509f0c143a44723b7af034fdb5ab0e"),
    # --- 内部: course reflections and reports, work and weekly reports that record progress only, team conventions and
    # document rules, team-formation reports, study notes, an in-house tool's operating manual (rule 3) ----------------
    _rules("HaitianJiang/ExamPaperSystem", _p("成果汇总/03.第三周/最终成果/日报/孟洋工作日报.docx"), "实训小组成员工作日报(学习进展)", 1, kind="工作报告", extract="docx",
           commit="0de1ba7909feafa8b464b2a610ff63f80cf36ea0"),
    _rules("chengtianle1997/CalibPro", _p("操作手册.docx"), "多相机激光测量设备标定软件内部操作手册", 1, kind="产品手册", extract="docx",
           commit="42f35eda14fcd41e3230f82dbdeb39ebb02b027d"),
    _rules("LionelHuman/test", _p("doc/文档管理规范.md"), "EduSwap项目组文档管理规范", 1, kind="制度办法",
           commit="01d2b9cf30e7cfbd9efc0ca43ad24fceed14ca86"),
    _rules("LionelHuman/test", _p("doc/开发日志/2026-03-11-开发日志.md"), "EduSwap项目开发日志(当日工作记录)", 1, kind="工作报告",
           commit="01d2b9cf30e7cfbd9efc0ca43ad24fceed14ca86"),
    _rules("ChenKang-20170604/20170604", _p("C#编程规范.docx"), "项目组C#编程规范", 1, kind="制度办法", extract="docx",
           commit="c9cde4b377bceeba279f4092d63ed0eb92419282"),
    _rules("mlizeverous/Agenda", _p("心得体会.docx"), "Agenda课程作业心得体会(学生)", 1, kind="工作报告", extract="docx",
           commit="503269463f83e72a2a23c96d986258530c68d1b2"),
    _rules("HeCraneChen/python", _p("心得体会.docx"), "Python大作业连连看心得体会(学生)", 1, kind="工作报告", extract="docx",
           commit="d697814a4e685e5a6857f1d0d73c8c682add763b"),
    _rules("muyu-chengfeng/hello", _p("心得体会.docx"), "静态动态代理作业心得体会(学生)", 1, kind="工作报告", extract="docx",
           commit="854ad6c6844a057ccb520093daaa779089b91f65"),
    _rules("lisuolin/lisuolin", _p("心得体会.docx"), "大学课程学习心得体会(学生)", 1, kind="工作报告", extract="docx",
           commit="29ad0ec3eb93bae3194c22f2826bc1e4f1203d56"),
    _rules("Aladdin183/machine-learning", _p("心得体会.docx"), "机器学习随机森林实践心得体会(学生)", 1, kind="工作报告", extract="docx",
           commit="0bdc97696b5bc66a6f697f3909aaa8b4f3a64d78"),
    _rules("Comberer/Text", _p("第六周周报/第六组-唐靓-2020141461132-第六周周报.docx"), "软件项目管理课程小组成员周报(进展/计划)", 1, kind="工作报告", extract="docx",
           commit="04a574f92a4222f323ac44d3b78aa26e2aecce0e"),
    _rules("chaihx/Practice-work", _p("组队报告  码到成功.docx"), "课程项目组队报告(队员风采/分工, 难例)", 1, kind="工作报告", extract="docx",
           commit="4880e69e761043aeb42eaa63805fe2eed64e0b35"),
    _rules("GHBwyh233/big-big-homework", _p("组队报告.docx"), "课程项目组队报告(队员介绍/分工)", 1, kind="工作报告", extract="docx",
           commit="ba86ef41b3cd3ede8339e381e0854730525280f4"),
    _rules("gitbin123/sails", _p("操作手册.docx"), "Sails框架安装配置学习笔记", 1, kind="工作报告", extract="docx",
           commit="b63cbe6957d9914843f5071bb6e6ea3960e11591"),
    _rules("muxiong/writer005", _p("BP.md"), "写作训练营结业作业说明与项目队员征集(难例: BP/商业计划)", 1, kind="工作报告",
           commit="90b22bd7e72f4af649aee3b1eb46505bde4cf316"),
    _rules("Ch1ldKing/Notes", _p("2024春/软过/进度计划.md"), "软件过程课程进度计划学习笔记(难例: 进度计划)", 1, kind="工作报告",
           commit="f7d87b1e03217e28aa0f6a0a97a9f8c52edf6bf4"),
    _rules("imostima227/Sudoku-based-on-SAT", _p("程序设计综合课程设计报告.docx"), "程序设计综合课程设计报告(学生, 难例: 算法设计)", 1, kind="工作报告", extract="docx",
           commit="ae7b6dc9eea300c9b6e54eadc9075992a7bd0b02"),
    _rules("HeCraneChen/python", _p("大作业报告.docx"), "Python大作业连连看报告(学生)", 1, kind="工作报告", extract="docx",
           commit="d697814a4e685e5a6857f1d0d73c8c682add763b"),
    _rules("JiangLR/SE-2018-Spring", _p("SE2018春-G15-第三周作业/SE2018春-G15-PMbok学习总结.docx"), "软件工程课程小组PMBOK学习总结(难例: 项目管理)", 1, kind="工作报告",
           extract="docx", commit="09335d7053f3252e9239523a7f1e36654d97bb75"),
    _rules("kool2017/EvoWkf", _p("开发规范.docx"), "项目组开发规范(开发步骤/命名/字段定义)", 1, extract="docx",
           commit="55a018ffc90c770b7dc7b415861073ed276fcef6"),
    # --- 秘密: job seekers' CVs and per-person contribution or score tables (rule 4) ----------------------------------------
    _cv("chaoshen1024/machinelearning", _p("个人简历.docx"), "软件工程师个人简历(生日/电话/邮箱)", commit="a718fafdd1ac2f7fef408795d69cc87608da4b60"),
    _cv("klarkxy/klarkxy", _p("个人简历.docx"), "游戏服务器主程个人简历(教育/工作经历)", commit="30fd90458e1fd980190aa2cbe50f178a847bdfdf"),
    _cv("haskellcg/Life_Is_Beautiful", _p("个人简历2019.docx"), "协议研发工程师个人简历(工作经历)", commit="b6ca773350207207fd0ab8dfd470b3cdc86abb75"),
    _cv("duanwandao/Article", _p("个人简历.docx"), "前端开发求职简历(电话/QQ)", commit="139af4b4cbcc491e4a4dd5d2d9a1f06ea7f60d4e"),
    _cv("HalfLeaf/HalfLeaf.github.io", _p("个人简历.docx"), "测试开发工程师个人简历(工作经历)", commit="982b4a7372e1e36b6e5f4fa2087d2a6b2e7fecfa"),
    _roster("MovieSear/doc", _p("小组分工与贡献率说明.docx"), "小组分工与贡献率表(学号/姓名/贡献率)", extract="docx",
            commit="12b84326b29e50e5a33f769ed2cc5308e8b838c6"),
    _cv("Louis-J/LeetCode", _p("个人简历.docx"), "自动化专业应届生求职简历(电话/邮箱)", commit="9192be859be85acd61fa43dd480f4eac4b89e650"),
    # --- 机密: requirement, design, database and test documents, development plans, a project proposal, a feasibility study
    # and a deployment/configuration document of teams' own systems (rule 5) -------------------------------------------------
    _tech("Erizeez/Web_Communication", _p("设计文档/测试报告.docx"), "书籍影视交流平台测试分析报告", 1, extract="docx",
          commit="952146b616c5078fc8af09f6366547730aa47ff0"),
    _tech("fangzhengyuan/Attendance-Management-System", _p("需求规格说明书.docx"), "软件公司员工考勤管理系统需求规格说明书", 1, extract="docx",
          commit="19b49cb885f1549ab68f60ea6a9e6daf79f13f0f"),
    _tech("ChenKang-20170604/20170604", _p("概要设计说明书.docx"), "课程项目概要设计说明书", 1, extract="docx",
          commit="c9cde4b377bceeba279f4092d63ed0eb92419282"),
    _tech("buaalkn/2022_Spring_SE_FrontEnd", _p("第15组-青年租房管理系统-软件开发计划书.docx.docx"), "青年租房管理系统软件开发计划书(规模/成本/进度)", 1, kind="方案计划", extract="docx",
          commit="6cbe6c17ce68f061801f973b0491521df59baca0"),
    _tech("GameDesignTmp1/AdventureGame", _p("文档/开发计划.md"), "2D横版游戏开发计划(需求/总体结构设计)", 1, kind="方案计划",
          commit="1de2339061e24a9ef644119f4450958d75ed09a5"),
    _tech("hhhdbbs/java-communicate", _p("测试报告.docx"), "多人在线聊天室测试报告(单元/集成/系统测试)", 1, extract="docx",
          commit="a99a842fca800dd368afbef210d0aeaee9909a6f"),
    _tech("Comberer/Text", _p("立项报告2.docx"), "音乐大数据分析推荐系统立项报告(内容/技术)", 1, kind="方案计划", extract="docx",
          commit="e5fe98aa15b7887f29ee9494473efd5ff2c49a7b"),
    _tech("chaihx/Practice-work", _p("详细设计说明书.docx"), "电子族谱管理系统详细设计说明书", 1, extract="docx",
          commit="60c96c8e96dd7d338864836d0b390d3cbb9ccb61"),
    _tech("GHBwyh233/big-big-homework", _p("需求规格说明书.docx"), "电子族谱管理系统需求规格说明书", 1, extract="docx",
          commit="ba86ef41b3cd3ede8339e381e0854730525280f4"),
    _tech("GHBwyh233/big-big-homework", _p("概要设计说明书.docx"), "电子族谱管理系统概要设计说明书", 1, extract="docx",
          commit="ba86ef41b3cd3ede8339e381e0854730525280f4"),
    _tech("maplesweet/student-apartment-management-system", _p("可行性分析.docx"), "学生公寓管理系统可行性分析", 1, kind="方案计划", extract="docx",
          commit="ce4492487ac956ee962d4d8b8018345c78bc8128"),
    _tech("maplesweet/student-apartment-management-system", _p("需求规格说明书.docx"), "学生公寓管理系统需求规格说明书", 1, extract="docx",
          commit="8e97685279983418f6dcc7dfd3fdc0e11b7e0f8e"),
    _tech("LionelHuman/test", _p("CONFIG.md"), "EduSwap项目配置与部署说明(默认管理员账号, 难例)", 1,
          commit="01d2b9cf30e7cfbd9efc0ca43ad24fceed14ca86"),
    _tech("Comberer/Text", _p("第六组_需求规格说明书.docx"), "音乐大数据分析推荐平台需求规格说明书", 1, extract="docx",
          commit="7cfabd250389f82d7304c860cb28442880286eed"),
    _tech("Erizeez/Web_Communication", _p("mysite/部署.txt"), "书籍影视交流平台部署步骤(服务器/数据库/uwsgi)", 1, extract="text",
          commit="65e2af70c8a974ca8babba72b49f0a37b5421b2e"),
    # A course team's formal meeting record (division of work, plans): 机密 (rule 6).
    _minutes("JiangLR/SE-2018-Spring", _p("SE2018春-G15-第七周作业/第六次正式会议记录4.21.docx"), "软件工程课程小组正式会议纪要(现状/分工)", 1, extract="docx",
             commit="13f01f287efd50e58a8163e1977c713cf8864b22"),
)


def main() -> int:
    return run_repository_batch(BATCH, SOURCES, SEED, __doc__, min_chinese=MIN_CHINESE, sparse_kinds=SPARSE_KINDS)


if __name__ == "__main__":
    raise SystemExit(main())

"""Sixty-ninth batch of the real corpus: documents kept in public repositories that no earlier batch used.

Collected for the blind split `fresh68` (with batch 68, web pages, and batch 70, repositories): nothing was run on
these texts and no classifier may be; `train_real.py` is untouched and the split is cut by main, not here. Files from
public repositories, one source group per repository, at most 3 documents from one, none of them in the manifest yet
and no owner of a manifest repository (no sibling). Every source is read at a pinned commit (the commit that last
added or changed the file; the mirror keeps the history, and some files were removed after it). 公开: user manuals
written for the users of course projects, published READMEs of open projects (with the demo logins any reader may
use, 难例), three published disclaimers of open-source tools, a published WebGL article, a published post on
splitting a founding team's equity and an accounting firm's published FAQ on the same (难例: 股权/分红). 内部:
course reflections, lab and assignment reports, a weekly report that records progress only, division-of-work and
task tables (难例: 绩效评价), a team's coding convention, a graduation project's proposal and task book (难例:
市场份额), a trainee's course summary and two students' study notes. 秘密: a job seeker's CV, an applicant list with
ID numbers, a filled scholarship application and three per-person contribution or grade tables.
机密: meeting records of course teams and a company's technical meeting (rule 6), a requirement specification, an
optimisation design, a deployment document, a report made of the team's own code, a feasibility study, two market
and competitor studies of the team's own product (难例: 定价策略) and a supplier quotation sheet. 绝密: a graduation
project's account list (demo defaults, rule 5). Labels follow DESIGN.md "Labelling real documents" and this batch's
notes; sources tried and dropped are listed in the batch-69 section written for classifiers/corpus/README.md.

Exactly like batches 9, 11, ..., 64 and 66: files are read from local git mirrors (`fetch` snapshots, `--mirrors`)
chosen by path patterns (`collect_batch3.repo_candidates`, each source with its own seed; batch 5's `Pinned` sources
and label helpers). Every candidate goes through the hold-out guard (GitHub blob address at the commit, and text); a
rejected document drops every other document of its folder (`collect_batch3.collect`, which also dedupes against every
other batch whose text is under OUT/texts and within this one, writes the manifest and logs rejections to
OUT/rejected.tsv). A document needs at least `MIN_CHINESE` Chinese characters (100), except 绝密 documents, lists and
SQL (`SPARSE_KINDS`).

Nothing here runs the classifier.

Usage:  python tools/corpus/collect_batch69.py [--mirrors /work/.mirror] [--out /work/corpus/real69]
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
    _minutes,
    _p,
    _public,
    _rules,
    _tech,
    run_repository_batch,
)

SEED = 20261269
BATCH = "69"
MIN_CHINESE = 100
SPARSE_KINDS = ("代码数据", "清单名册")


def _roster(repo: str, pattern: str, note: str, extract: str = "xlsx", commit: str = "") -> Pinned:
    """A list of people with personal data (ID numbers, per-person grades): personnel material, 秘密 (DESIGN rule 4)."""
    return Pinned(repo, pattern, extract, "秘密", "personnel", "清单名册", _INT, note, 1, commit)


def _quote(repo: str, pattern: str, note: str, extract: str = "xlsx", commit: str = "") -> Pinned:
    """A quotation or price sheet: 机密 (the brief: quotations/bids)."""
    return Pinned(repo, pattern, extract, "机密", "bid", "报表", _INT, note, 1, commit)


SOURCES = (
    # --- 公开: user manuals written for the users of course projects (rule 2) ------------------------------------------
    _public("DoughIt/Huffman", _p("用户手册.docx"), "哈夫曼压缩软件用户手册(课程项目)", 1, kind="产品手册", extract="docx",
            commit="54132fd36af5d5d6422748d264403a02d3d4fe2b"),
    _public("mobangjack/C-Expression-Calculator", _p("用户手册.docx"), "C语言表达式计算器用户手册(大作业)", 1, kind="产品手册",
            extract="docx", commit="a3cdb2ffa59c2b5da5448b5dba859ea5be4cb1f6"),
    # Published disclaimers of open-source tools: 公开 (rule 2, like user agreements).
    _public("bigsinger/AndroidIdChanger", _p("免责声明.md"), "安卓隐私清理软件免责声明(已发布)", 1, kind="产品手册",
            commit="4fc14005b70e582dd5a58345785bc878f089a85a"),
    _public("DLTech21/ofd.js", _p("免责声明.md"), "开源OFD阅读库免责声明(已发布)", 1, kind="产品手册",
            commit="93e292a3cbc03b82204b8891682dc50b6bd5d04a"),
    _public("LiangXu1992/collyMao", _p("免责声明.md"), "开源软件使用免责声明(已发布)", 1, kind="产品手册",
            commit="98908bf4af52ea7d7885c351b2232f13ca1025dd"),
    # A published blog post on splitting a founding team's equity and an accounting firm's published FAQ on founders'
    # equity and vesting: general advice already published, 公开 (rule 2; 难例: 股权/持股比例/分红).
    _public("luckmaosh/luckmaosh.github.io", _p("_posts/2020-01-26-stock-share.md"), "创始团队股权分配设计(已发布博文, 难例: 股权)", 1,
            kind="案例", commit="7b873bef93e004aa0b5cc3bb54d851e32ffdde4f"),
    _public("Waynegg8/horgos-cpa-website", _p("content/faq/startup/sample-faq-8.md"), "会计师事务所网站创业股权配比FAQ(已发布, 难例: 股权)", 1,
            kind="案例", commit="82ffe45386d49fc76e95212ae053304f9be5a8d1"),
    # More course projects' user manuals (rule 2).
    _public("yydwjj/request", _p("校务问答机器人用户手册.docx"), "校务问答机器人用户手册(课程项目)", 1, kind="产品手册", extract="docx",
            commit="5198c239e9c3305497bc78472ad90f926c00c79d"),
    _public("hyperheer/DragonSlayer", _p("用户手册.docx"), "屠龙游戏用户手册(课程项目)", 1, kind="产品手册", extract="docx",
            commit="970a42ce5a26722224b884239b6d511b33fedee5"),
    _public("waltYeh/SnakeGame-py", _p("用户手册.docx"), "贪吃蛇游戏用户手册(安装/设置)", 1, kind="产品手册", extract="docx",
            commit="aa52b9cd127f0a4579b39c62fe35573d87f14cf7"),
    _public("Tiankui-star/engineering_project", _p("用户手册.docx"), "学校管理系统用户手册(课程项目)", 1, kind="产品手册", extract="docx",
            commit="567835edf4fc5025b41e7603f43fef3a5dbabc9b"),
    _public("liang-rising-star/class-score", _p("用户手册.docx"), "班级积分核销管理系统用户操作手册", 1, kind="产品手册", extract="docx",
            commit="b6800900e9298c47535eb98765e8da6a0187042c"),
    _public("kaysar314/Minos", _p("用户手册.docx"), "MINOS游戏用户手册(实训项目)", 1, kind="产品手册", extract="docx",
            commit="733cdb63b535de140e7fede31bbcf9138edf93df"),
    _public("JIANGSHAOFENG/INFO", _p("INFO用户手册.docx"), "INFO信息收发App使用手册", 1, kind="产品手册", extract="docx",
            commit="67c1f41311ad2d1ff47db245b99f84011ad507fa"),
    # Published READMEs of open projects (features, deployment, the demo logins any reader may use): 公开 (rule 2;
    # 难例: 默认账号/密码).
    _public("Erd-omg/club_management", _p("README.md"), "高校社团管理系统项目说明(含测试账号, 难例)", 1, kind="产品手册",
            commit="510a46a3b01bd78506c3c75158f39e8d95115430"),
    _public("YQisme/alarm_system", _p("README.md"), "目标检测区域报警系统项目说明(部署/默认登录, 难例)", 1, kind="产品手册",
            commit="ed05ac006e72235fc7fc1632e2861887a10b7ced"),
    _public("shuichangdonghly/Campus-Work-Study-Smart-Matching-Platform", _p("README.md"), "校内勤工俭学匹配平台项目说明", 1,
            kind="产品手册", commit="a87e1fe6b07885d357c5d67ba5d45f27f0e58d5b"),
    # A published technical blog article: 公开 (rule 2).
    _public("swpuhu/learning-documents", _p("WebGL实战篇（十七）—— PBR材质之直接光照.md"), "WebGL实战篇PBR材质技术文章(已发布)", 1,
            kind="技术资料", commit="d9e2f12a81ec680879f3db0346aeea5a94038266"),
    # --- 内部: learning reflections, stage summaries, division of work, a team convention, student reports (rule 3) ----
    # A graduation project's proposal (background with market wording) and its task book: student reports, 内部
    # (难例: 市场份额/电商).
    _rules("sundyunyun/material", _p("开题报告孙芸芸.docx"), "毕业设计开题报告(难例: 市场份额)", 1, kind="工作报告", extract="docx",
           commit="adebb2139aa4840497d78ed7e8d5ed9a63c563af"),
    _rules("sundyunyun/material", _p("任务书.docx"), "毕业设计(论文)任务书", 1, kind="工作报告", extract="docx",
           commit="7ff6e044dc01ced760249eb14fb79d3a6f1b80ad"),
    _rules("bi9potato/ProjectPracticeII_ThunderCross", _p("J行天下 分工.docx"), "课程游戏项目小组分工", 1, kind="工作报告",
           extract="docx", commit="5577c8556bba8891c54ac66f4dddc97de360ba17"),
    _rules("KangZW-2001/shoppingMall", _p("小组分工.docx"), "课程项目小组分工(文档/代码)", 1, kind="工作报告", extract="docx",
           commit="04f8eb8d6e60b7c207b59a8f588f8b2d636b47f5"),
    _rules("akidii/space", _p("学习总结与心得.docx"), "AI产品经理培训学习总结与心得", 1, kind="工作报告", extract="docx",
           commit="b949734d5ae345eea7c3d5735f5defc17502d90b"),
    _rules("h897105167/my-markdown", _p("毕业设计.md"), "毕业设计学习笔记(循环水系统参数)", 1, kind="工作报告",
           commit="4b1ab55653c53141c812d6e65a07eff0b13a2092"),
    _rules("superman901/hello-word", _p("个人心得体会/刘怡城--个人心得体会.docx"), "软件工程课程个人心得体会(学生)", 1, kind="工作报告",
           extract="docx", commit="47d3dd8c28c5aba7a0252a22adb32da94df4e044"),
    _rules("superman901/hello-word", _p("个人心得体会/赵东浩--个人心得体会.docx"), "软件测试课程个人心得体会(学生)", 1, kind="工作报告",
           extract="docx", commit="47d3dd8c28c5aba7a0252a22adb32da94df4e044"),
    _rules("yydwjj/request", _p("垃圾场/SRA2025-郭伟进-课程预备作业.docx"), "需求工程课程预备作业(学生)", 1, kind="工作报告",
           extract="docx", commit="8914b822b770e2dc6e669fb47aebc9ed5994ca1b"),
    _rules("waltYeh/SnakeGame-py", _p("贪吃蛇游戏实验报告.docx"), "贪吃蛇游戏课程实验报告(学生, 难例: 类/数据结构)", 1, kind="工作报告", extract="docx",
           commit="aa52b9cd127f0a4579b39c62fe35573d87f14cf7"),
    # A course team's weekly report (plan, progress per member): progress only, 内部 (this batch's note).
    _rules("struggle17/projecttable", _p("其他参会文档/项目工作周报.docx"), "课程项目组工作周报(计划/进展)", 1, kind="工作报告",
           extract="docx", commit="89f141b81c5f1a4afcc8586d59aba52a4b230de4"),
    _rules("struggle17/projecttable", _p("软件编码规范说明书（1）.docx"), "课程项目组软件编码规范", 1, kind="制度办法", extract="docx",
           commit="d5e5b65822a74ac63f91ada2234a33c61a56848b"),
    # A course team's task schedule with owners, filed as "分工与绩效评价": 内部 (难例: 绩效评价).
    _rules("yydwjj/request", _p("分工与绩效评价.xlsx"), "课程项目任务分工与进度表(难例: 绩效评价)", 1, kind="工作报告", extract="xlsx",
           commit="1a1dd898f30b0fa0914bc6b5ae503766be28be7c"),
    _rules("caihan01322/PairProject", _p("README.md"), "结对编程作业报告(功能/分工/心得)", 1, kind="工作报告",
           commit="9a0249e77ec658345cbb1b1bf9c2e70150faa20f"),
    _rules("1349515321zzy/ForWorker", _p("推荐算法及实习.md"), "实习项目问题整理(学习笔记)", 1, kind="工作报告",
           commit="789fce572b86899ace452ad6ccfc936c3cf30ebb"),
    # --- 秘密: job seekers' CVs (phone, e-mail), an applicant list with ID numbers, a per-person grade sheet (rule 4) ---
    _roster("liumingmingbgp/test", _p("5_WORD/求职者.xlsx"), "求职者名单(姓名/身份证号)",
            commit="af23d95309dcf533ef70e6d75bc0078dcb4ea594"),
    _roster("3D-Character-Battle-Game/3D-Game", _p("小组成绩组成.docx"), "课程项目小组成员成绩组成表(姓名/分项得分)", extract="docx",
            commit="ae633456c8258f5c93ea576698dbcb799cc50c20"),
    _cv("superman901/hello-word", _p("赵东浩简历.docx"), "研究生求职简历(生日/手机/邮箱)", commit="f07c886a853b0f286c3ee3726fa2b01fd513d498"),
    # A filled scholarship application (name, student number, birth date, phone, grades and rank): personal data, 秘密.
    _roster("xnmamwdjb/6", _p("【4.2】信息学院2018级优秀奖学金申请表.docx"), "优秀奖学金申请审批表(学号/电话/成绩排名)", extract="docx",
            commit="0a4d18ae25a9f1643399084720477bdc36173bb3"),
    # Contribution tables with student numbers, names and per-person contribution rates: 秘密 (audit66's ruling).
    _roster("vonbenjamin/sysuclass", _p("小组分工与贡献率说明.docx"), "小组分工与贡献率表(学号/姓名/贡献率)", extract="docx",
            commit="0da84a4b7bd9f37ce71e68c77c58fc3f4579fa2b"),
    _roster("kaysar314/Minos", _p("小组分工贡献率说明.docx"), "实训小组分工贡献率表(学号/姓名/贡献率)", extract="docx",
            commit="b0a3f1e5b118f44af4f4ddf7ae60e9cc9ba87c2d"),
    # --- 机密: requirement, design and test documents, meeting records, market studies, a quotation (rules 5, 6) -------
    _tech("lanjinghexuan/ito-deposit", _p("项目模块分析与优化方案.md"), "寄存点系统模块分析与优化方案(设计)", 1, kind="方案计划",
          commit="f39a524d71cf4b7ef8e9cd442dae53ad1a574fa2"),
    _minutes("3D-Character-Battle-Game/3D-Game", _p("会议记录.docx"), "3D游戏项目组会议纪要(分工/进度)", 1, extract="docx",
             commit="ae633456c8258f5c93ea576698dbcb799cc50c20"),
    _minutes("Rushhahaha/Danganronpa", _p("会议记录.docx"), "同人游戏项目组会议记录(世界观/角色)", 1, extract="docx",
             commit="2db95b95eca18dcdea13330a0e6e6fb11130257a"),
    _minutes("SevenKeShe/Ultimate_File", _p("会议记录.docx"), "作业管理系统课程设计小组会议记录", 1, extract="docx",
             commit="1e1779012fc61cfeb25226a444ae70c32570efa1"),
    _minutes("zhongjiayang/Handsome", _p("会议记录.docx"), "桌面监控系统项目组会议记录(设计讨论)", 1, extract="docx",
             commit="a47ff4ccc316efab4cd8aa0381f97551d7d60a40"),
    _minutes("bi9potato/ProjectPracticeII_ThunderCross", _p("会议记录.docx"), "飞机游戏项目组会议记录(修改任务)", 1, extract="docx",
             commit="5577c8556bba8891c54ac66f4dddc97de360ba17"),
    _tech("Rushhahaha/Danganronpa", _p("可行性评估.docx"), "同人游戏项目可行性评估(技术/美术/进度)", 1, kind="方案计划", extract="docx",
          commit="1b313e96824c5bd617619e6d75b31702a753e2c7"),
    # Market and competitor studies of the team's own product: 机密 (this batch's note; 难例: 定价策略/商业模式 of the
    # competitors).
    _tech("akidii/space", _p("市场调研报告.docx"), "AI对话导航插件市场调研报告(竞品定价, 难例)", 1, kind="方案计划", extract="docx",
          commit="b949734d5ae345eea7c3d5735f5defc17502d90b"),
    _tech("tianchuangya/SmartDesktopCube-IoT", _p("市场调研报告.docx"), "智能桌面魔方竞品与市场调研(差异化)", 1, kind="方案计划",
          extract="docx", commit="63656d4dc361a2a208bf16a44bc8d858cd501ce4"),
    _quote("burnlife001/excelOperate", _p("报价单.xlsx"), "元器件供应商报价表(型号/价格/供应商)",
           commit="83266a8e57b7246ae8618f91dcba0259ededf540"),
    _minutes("AllenWong94/AccountsKeeper", _p("会议记录.docx"), "记账App项目组会议记录(拟办事项/负责人)", 1, extract="docx",
             commit="4d19876f6b57ddd244f0dea30932b977ca105fb8"),
    # A company's technical meeting (the new message server's design explained by the manager): 机密 (rule 6).
    _minutes("gameworld/web_server", _p("会议记录.docx"), "公司技术会议记录(消息服务器通信机制)", 1, extract="docx",
             commit="95c039a73c9008ade5f96fad82a55e351e0923b1"),
    _minutes("xnmamwdjb/6", _p("会议记录.docx"), "搜题软件项目组会议记录(分工/计划)", 1, extract="docx",
             commit="4e8671193105ca67e62780560bbe92c7d7bc7790"),
    _tech("guangshu100/deskPulse", _p("SPEC.md"), "久坐护眼提醒工具详细需求规格说明书", 1,
          commit="7d3cdf1860183430195b4eac1a7de07a486719f8"),
    _tech("qingyi232/ssm-student-internship", _p("部署文档.txt"), "学生实习管理系统部署文档(环境/数据库配置)", 1, extract="text",
          commit="ccf49e2ae9b83c67765c8f02186e8af72b8d2cce"),
    # A course project report that is mostly the team's own crawler code: it carries source code, 机密 (rule 5).
    _tech("hjqh/bigdata", _p("大数据项目报告.docx"), "大数据课程项目报告(数据抓取代码/分析)", 1, extract="docx",
          commit="474b2b7f184c97a309c2f3e94e40c352f9880482"),
    # --- 绝密: an account list (rule 5) ---------------------------------------------------------------------------------
    # A graduation project's demo accounts with their passwords (localhost defaults): 绝密 (rule 5).
    _credentials("qingyi232/ssm-student-internship", _p("测试账号.txt"), "text", "学生实习管理系统管理员/教师/学生测试账号密码",
                 "清单名册", commit="ccf49e2ae9b83c67765c8f02186e8af72b8d2cce"),
)


def main() -> int:
    return run_repository_batch(BATCH, SOURCES, SEED, __doc__, min_chinese=MIN_CHINESE, sparse_kinds=SPARSE_KINDS)


if __name__ == "__main__":
    raise SystemExit(main())

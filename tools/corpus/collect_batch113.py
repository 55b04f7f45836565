"""Hundred-and-thirteenth batch of the real corpus: documents kept in public repositories that no earlier batch used.

Collected for the blind split `fresh112` (with batch 112): nothing was run on these texts and no classifier may be;
`train_real.py` is untouched and the split is cut by main, not here. Files from public repositories whose owner names
start with A-M, one source group per repository, at most 3 documents from one, none of them in the manifest yet, no
owner of a manifest repository (no sibling). Every source is read at a pinned commit (the commit that last added or
changed the file); four CVs are read at the last commit that held them. Labels follow DESIGN.md "Labelling real
documents" and this batch's notes (see the batch-113 section written for classifiers/corpus/README.md): 公开 for
READMEs written for users, articles written for readers or reposted, and a class website's pages; 内部 for an intern's
weekly and daily reports, research and study logs, personal study plans, an interview record, an assignment index, a
course quiz and a school's indicator import template; 秘密 for four CVs and a score list with names; 机密 for a
company's website operations manual, a deployment note, design documents and a database design, course projects'
plans, purchase list, acceptance report and use-case models, and a hardware project's progress with test results.
No 绝密 document was found.

Exactly like batches 9, 11, ..., 108: files are read from local git mirrors (`fetch` snapshots, `--mirrors`) chosen by
path patterns (`collect_batch3.repo_candidates`, each source with its own seed; batch 5's `Pinned` sources and label
helpers). Every candidate goes through the hold-out guard (GitHub blob address at the commit, and text); a rejected
document drops every other document of its folder (`collect_batch3.collect`, which also dedupes against every other
batch whose text is under OUT/texts and within this one, writes the manifest and logs rejections to OUT/rejected.tsv).
A document needs at least `MIN_CHINESE` Chinese characters (100), except 绝密 documents, lists and SQL
(`SPARSE_KINDS`).

Nothing here runs the classifier.

Usage:  python tools/corpus/collect_batch113.py [--mirrors /work/.mirror] [--out /work/corpus/real113]
"""


from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from collect_batch5 import (
    _p,
    _personal,
    _public,
    _rules,
    _tech,
    run_repository_batch,
)

SEED = 20261113
BATCH = "113"
MIN_CHINESE = 100
SPARSE_KINDS = ("代码数据", "清单名册")


SOURCES = (
    # SOURCES_BEGIN
    # --- 内部: work logs and weekly reports that record progress only, personal plans ---------------------------------
    _rules("BEIJINGBAN/Daily", _p("Aug/Second_Week/Second_Week周报.md"), "实习开发人员第二周周报(本周完成工作/问题/下周计划, 对账单Excel导入, 只记进度)", 1,
           kind="工作报告", commit="2517fd794a1462a532cac09bd77947898fc59f4e"),
    _rules("BEIJINGBAN/Daily", _p("Aug/Third_Week/8.19日报.md"), "实习开发人员8.19日报(今日完成/遇到问题/明日计划, 易企收对账单导入, 只记进度)", 1,
           kind="工作报告", commit="19c2a090dc8da05cce22adaeda05908428f4b0e3"),
    _rules("DayBright-David/open-daily-report--D", _p("日报.md"), "研究生科研日报(CNN上线/联邦学习/差分隐私任务与讨论记录, 只记进度)", 1,
           kind="工作报告", commit="505b272073dc59e11bf796e9c93c9684df0fa1b7"),
    _rules("LC606mob/LCmob", _p("计划/二下.md"), "大学生大二下学期个人学习计划(英语/Python/安全方向, 个人计划)", 1,
           kind="方案计划", commit="db2b54854a8708c919eb9423e530cc1cf10ee6fa"),
    _rules("DayReborn/FindingWork", _p("study_notes/plan.md"), "求职者每周学习计划(网络编程/KV项目/刷题进度, 个人计划)", 1,
           kind="方案计划", commit="c20eb5a414af51be8f6fa67d92c480e06f1d59c9"),
    # --- 公开: articles written for readers ----------------------------------------------------------------------------
    _public("Electronic-Technology-Sub-Group/22-Zrm-doc", _p("如何去统一不同开发者的代码编写风格.md"), "技术文章: 如何统一不同开发者的代码编写风格(ESLint/Prettier/husky, 写给读者, 难例: 团队规范)", 1,
            kind="技术资料", commit="3b7edde81c4fa7572fd84ead5e533ca1e07f9297"),
    _public("Electronic-Technology-Sub-Group/22-Zrm-doc", _p("如何画数据库ER图.md"), "技术文章: 如何画数据库ER图(实体/属性/关系, 写给读者, 难例: 数据库设计)", 1,
            kind="技术资料", commit="3a44331362617f15163b86ab1174dd1e64248089"),
    # --- 秘密: score lists with names ------------------------------------------------------------------------------------
    _personal("ai-SaiTV/webDemo", "成绩.xlsx", "xlsx", "学生逐题成绩表(姓名/各题得分)", "61eea07b48c9cd55d609aa9ae501813b1bdce7f3"),
    # --- 机密: a company's operations manual, course projects' own plans, purchase lists and acceptance reports -----------
    _tech("avexe816/ele-hotel-site", _p("运维手册.md"), "ELE HOTEL酒店官网运维手册v2.3(管理后台/部署/Cloudflare/表单分派, 公司内部)", 1,
          commit="8d4ba80a7d80a39d9a00512c965114deeb7a800b"),
    _tech("metrosync/Embedded-Course-Design", _p("计划书.md"), "STM32智能手表嵌入式课程设计计划书(功能/硬件方案/分工/进度)", 1,
          kind="方案计划", commit="55606fb7acfd0b1dce389ff663769c83ae682c46"),
    _tech("metrosync/Embedded-Course-Design", _p("STM32智能手表课设采购清单.md"), "STM32智能手表课设采购清单(元件/型号/数量/单价/链接)", 1,
          kind="清单名册", commit="433ccbc6c8187bde11c32535ce76c6f2a4a4f88d"),
    _tech("kuntian007/buck", _p("验收报告.md"), "STM32 Buck降压电路课设验收报告(指标/测试结果/结论)", 1,
          kind="工作报告", commit="f52c0fd3110586034268e868bebbd5d1bfbd41bc"),
    # --- second round: more documents of this batch's repositories and new ones ----------------------------------------
    _tech("kuntian007/buck", _p("嵌入式系统课程设计项目计划书(1).md"), "STM32 Buck电路嵌入式课设项目计划书(选题/方案/分工/进度)", 1,
          kind="方案计划", commit="7003888f9ac1c8de91e99ed2181a6db70a3bb6b1"),
    _public("Electronic-Technology-Sub-Group/22-Zrm-doc", _p("Git工作流概述.md"), "技术文章: Git工作流概述(GitFlow/分支, 写给读者)", 1,
            kind="技术资料", commit="bb3a3d9c0d05449bbfe481ec2d2f66d416cb9dd4"),
    _public("hxsz2019-11/hxsz2019-11.github.io", _p("教师风采/冯德好.md"), "高中班级纪念网站文章: 教师风采(学生撰写, 公开网站)", 1,
            kind="新闻", commit="c6cafc24af447d916c281609095fcc4228b5139a"),
    _public("hxsz2019-11/hxsz2019-11.github.io", _p("班级大记事/班级大记事.md"), "高中班级纪念网站: 班级大记事(三年大事编年, 公开网站)", 1,
            kind="新闻", commit="760ecc63b11009685037e9f0b3b6a943ecd1745b"),
    _rules("Coder-B/f-ckwork", _p("interviews_log.md"), "程序员个人面试记录(各公司轮次/设计题/算法题, 个人记录)", 1,
           kind="工作报告", commit="26709881a53ec2ecb026937d5f248b324ede18c1"),
    _tech("Furiosa69/AD71143", _p(".claude/skills/xray-tft-driver.md"), "X射线平板探测器TFT驱动系统设计说明(Gate驱动/时序/模块, 项目内部)", 1,
          commit="1904bd86a61e0a914cad8556d8bd0497ec608363"),
    _tech("Furiosa69/AD71143", _p("README.md"), "X射线探测器AD71143驱动项目进度(NT39565D/AD71143测试结果)", 1,
          kind="工作报告", commit="ec62c0d811ec1a04167be1884cb2a7c0ca332ee7"),
    _tech("caiweicai/is_analysis", _p("test6/数据库.md"), "实验管理平台课程项目数据库设计(用户表/成绩表字段/约束)", 1,
          commit="dda623e0911f026016dae90b0556973532d71e59"),
    _tech("caiweicai/is_analysis", _p("test2/README.md"), "图书管理系统课程实验用例建模(用例图/用例规约, 自己的设计)", 1,
          commit="55fd28c69789e822e3e7a31648cde824558dcfdc"),
    _rules("hxbolo/daily", _p("复盘.md"), "前端开发者面试复盘笔记(HTTP/Vue/鉴权问答, 个人记录)", 1,
           kind="技术资料", commit="71254b21c17169a72716cf51ba954c93c6efab23"),
    # --- 秘密: CVs (read at the last commit that held them) --------------------------------------------------------------
    _personal("HiJosen/JAVA", "我的简历.md", "md", "Java开发工程师个人简历(姓名/出生年月/手机/邮箱/教育/项目)",
              "09f479b0c36472e25ac0cb94ccea18ba9f308980"),
    _personal("Kun1605/Notes", "我的简历.md", "md", "JavaEE软件工程师求职简历(姓名/电话/生日/邮箱/技能/项目)",
              "544cb24f71af8b4b485cf90888ea8d9dd7af65fc"),
    _personal("daleige/AndroidSamples", "我的简历.md", "md", "Android开发工程师个人简历(姓名/电话/邮箱/教育/工作经历)",
              "8afd7866d954470494a78091c3c75d8439a1b47e"),
    _personal("haohao123456/MyClass", "我的简历.md", "html", "求职者招聘网站导出简历(姓名/电话/邮箱/出生日期/居住地/工作经历)",
              "4bdd4d3650dab300c775a582e72cfcc684abcb68"),
    # --- third round: more documents of this batch's repositories -------------------------------------------------------
    _tech("DavidNotBad/note", _p("note.md"), "开发者工作笔记: 兔兔优项目数据表与账目设计(代理商/会员账目/日志表, 难例: 个人笔记)", 1,
          commit="62b0f7bc35a92bef4761dce19b13f2137acb46c7"),
    _rules("mayo111/034-4GC", _p("homework_index.md"), "写作简课课后作业索引(各次作业任务要求/个人作业链接, 作业要求)", 1,
           kind="制度办法", commit="c1fa34eb06f75ce1970a1f890911e71e3195305e"),
    _public("HiJosen/JAVA", _p("多线程同步机制.md"), "转载博客文章: Java多线程同步机制(synchronized/锁, 已发表文章)", 1,
            kind="技术资料", commit="ea9e6b746a556a2c54bef90e27d76e4703996742"),
    _rules("anfuxing123/day02", _p("日报.md"), "Java培训学员学习日报(域名访问本地项目/Nginx反向代理, 学习记录)", 1,
           kind="工作报告", commit="6a15dca070c0c59674d41a84e8773d87f254e545"),
    # --- mirrors fetched in earlier sessions that no batch used (different files, or readable now) ----------------------
    _tech("k856487/Downaigc", _p("docs/LOCAL_MERGED_MODEL_SERVE.md"), "降AIGC网站本机推理接入部署说明(架构/隧道/环境变量/安全清单, 项目内部部署文档)", 1,
          commit="09186eb8d518fa1f394130339f744e33c281c41e"),
    _tech("cherry951010/Presonal-Management", _p("Database.xlsx"), "人事管理系统数据库表设计(密令表/员工基本信息字段/主键/说明)", 1,
          extract="xlsx", commit="414038f01ca24d7bf4464a35ba831294eb12374f"),
    _public("heweisheng/javahttpd", _p("README.md"), "javahttpd开源HTTP服务器说明与更新记录(写给使用者)", 1,
            kind="产品手册", commit="e5c568f00a3d87a50ca050d696ffe59e17c4e91f"),
    _public("huchaoyang1991/javaLearn", _p("second/StAX.docx"), "转载技术文章: Java6新特性之StAX全面解析(已发表文章)", 1,
            kind="技术资料", extract="docx", commit="51ae01eceb08c5e5a175c690bbf230b9c38e1dee"),
    _public("haoze-evolluling/year_summary", _p("README.md"), "学校总务处上半年工作总结展示网页开源说明(项目简介/目录, 写给读者, 难例: 工作总结)", 1,
            kind="产品手册", commit="97d19aeeed29278d3df3125806b49026ba29ca3d"),
    _public("bachongying/seat", _p("README.md"), "座位编排小工具使用说明(快速入门/模板/规则, 写给使用者)", 1,
            kind="产品手册", commit="9f73bb4d83922d46dca35576eb7fc401524b4c67"),
    _public("inagetawaycar123/Sardina.s_notebook", _p("HTML简明教程.md"), "极简HTML入门教程(10分钟写个网页, 写给读者)", 1,
            kind="技术资料", commit="23418ccb328042ff4f65bbec7a232b4b1c804592"),
    _rules("Hehe051104/Suda-Python", _p("Quiz.xlsx"), "Python函数与模块课堂测验题(题目/选项/分值, 课程测验)", 1,
           kind="制度办法", extract="xlsx", commit="46dd0eb494432f634a72141cdf02282bd988f5b1"),
    _rules("Allentianjie/toubiao", _p("public/static/file/target_template.xlsx"), "学校质量监控系统指标导入模板(基础数据/指标权重/目标值/预警值/负责人, 示例数据, 难例: 考核指标)", 1,
           kind="制度办法", extract="xlsx", commit="112e3ac62f57faa43e62c8bb7997bdcccc12e512"),
    # SOURCES_END
)


def main() -> int:
    return run_repository_batch(BATCH, SOURCES, SEED, __doc__, min_chinese=MIN_CHINESE, sparse_kinds=SPARSE_KINDS)


if __name__ == "__main__":
    raise SystemExit(main())

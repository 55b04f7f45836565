"""Eighty-first batch of the real corpus: documents kept in public repositories that no earlier batch used.

Collected for the blind split `fresh80` (with batches 80 and 82): nothing was run on these texts and no classifier may
be; `train_real.py` is untouched and the split is cut by main, not here. Files from public repositories whose owner
names start with A-M, one source group per repository, at most 3 documents from one, none of them in the manifest yet,
no owner of a manifest repository (no sibling), none named by an earlier batch's script, none sharing a root commit
with another mirror (no fork). Every source is read at a pinned commit (the commit that last added or changed the
file). 公开: manuals written for the users of a shop, a P2P lending system, a traffic analyser, a course team's blog
site and an open-source knowledge-base framework, a shop's customer FAQ, a regulator's guideline kept as a clipping, a
developer's blog posts, copies of a published front-end tutorial, open projects' READMEs and a translation of Apache
Hadoop's documentation (难例: 总结, 外包, 借款/投资, 检查/验证). 内部: teams' coding conventions, a company engineer's weekly report,
an in-house after-sales system's manual, weekly and daily reports and work records that record progress or learning
only (难例: 周报, 工作总结), interview and study notes, a robot team's member list with roles only. 秘密: job seekers' CVs with
contact data, an employee's monthly performance appraisal with scores. 机密: a company R&D department's meeting minutes,
requirement, design, test and security-audit documents of teams' and companies' own systems, a pharmaceutical R&D
weekly report with yields and impurity data, a bug list, an experiment report, a feasibility study, a development
summary, a software company's quotation form (template, draft). 绝密: none found (see the batch-81 section). Labels
follow DESIGN.md "Labelling real documents" and this batch's notes (see the batch-81 section written for
classifiers/corpus/README.md).

Exactly like batches 9, 11, ..., 78: files are read from local git mirrors (`fetch` snapshots, `--mirrors`) chosen by
path patterns (`collect_batch3.repo_candidates`, each source with its own seed; batch 5's `Pinned` sources and label
helpers). Every candidate goes through the hold-out guard (GitHub blob address at the commit, and text); a rejected
document drops every other document of its folder (`collect_batch3.collect`, which also dedupes against every other
batch whose text is under OUT/texts and within this one, writes the manifest and logs rejections to OUT/rejected.tsv).
A document needs at least `MIN_CHINESE` Chinese characters (100), except 绝密 documents, lists and SQL
(`SPARSE_KINDS`).

Nothing here runs the classifier.

Usage:  python tools/corpus/collect_batch81.py [--mirrors /work/.mirror] [--out /work/corpus/real81]
"""


from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from collect_batch5 import (
    _DRAFT,
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

SEED = 20261281
BATCH = "81"
MIN_CHINESE = 100
SPARSE_KINDS = ("代码数据", "清单名册")


SOURCES = (
    # --- 公开: manuals written for a product's users, a shop's customer FAQ (rule 2) ----------------------------------
    _public("liaozhipeng999/sumzuwangou", _p("用户使用指南.docx"), "AI智能电商网购平台H5用户使用手册(写给用户)", 1, kind="产品手册", extract="docx",
            commit="44f115a9b26e8224037997f5406a4305509ce62b"),
    _public("liaozhipeng999/sumzuwangou", _p("python后端/tow/data/语料/退换货售后FAQ.md"), "网购商城退换货与售后FAQ(面向顾客, 难例: 政策)", 1, kind="产品手册",
            commit="7224c74bf1c75e9b8e468fe0932d96aad6eb88ba"),
    _public("mm999/lvmaodou", _p("用户手册.docx"), "绿毛豆P2P网贷系统用户手册(注册/充值/投标/后台, 写给用户, 难例: 借款/投资)", 1, kind="产品手册", extract="docx",
            commit="3b8e1d5d7d4c03fc4f4760be3f2ed1b808ee28a5"),
    _public("ghforwjy/WeKnora", _p("docs/共享空间说明.md"), "WeKnora开源知识库框架共享空间功能说明(写给用户)", 1, kind="产品手册",
            commit="f065b1df457a90fce4b9cf8c1464db762db99560"),
    _public("group24-blog/bbbblog", _p("用户手册.docx"), "个人博客网站用户手册(课程团队项目, 写给用户)", 1, kind="产品手册", extract="docx",
            commit="ea5f63c8377612498588282c05b238558f93d3f3"),
    _public("fisher0000/obsidian", _p("KB/NMPA CFDA CFDI/CFDI 工艺验证检查指南 20250407 - 识林.md"), "药品工艺验证检查指南(监管机构发布, 剪藏, 难例: 检查/验证)", 1,
            commit="0fa7b9a0a63553c19c2189ed69900786fc1a16dc"),
    _public("coooolcw/blog", _p("vue复习与总结.md"), "前端开发者博客文章:Vue复习与总结(已发布, 难例: 总结)", 1, kind="新闻",
            commit="46b579d5bc6458cc18e4a24cda258c0f4ee2074b"),
    _public("coooolcw/blog", _p("look-into-the-future/前端与算法.md"), "前端开发者博客文章:前端与算法(写给读者)", 1, kind="新闻",
            commit="a6daeb783b53d03645c0d2b346456184e64480a4"),
    _public("coooolcw/blog", _p("996+项目外包游记.md"), "前端开发者博客文章:掉进996项目外包的坑(吐槽代码, 难例: 项目/外包)", 1, kind="新闻",
            commit="84edee80479ce51494f39ba609333439e95f1b3a"),
    _public("Fristsnow/windows_tools", _p("02-CSS基础/06-CSS盒模型详解.md"), "转存的已发布前端教程:CSS盒模型详解", 1, kind="新闻",
            commit="0312beb4ac4700cb7fa7f9bc06700bb4670e0ca8"),
    _public("Fristsnow/windows_tools", _p("00-前端工具/02-Git的使用.md"), "转存的已发布前端教程:Git的使用", 1, kind="新闻",
            commit="0312beb4ac4700cb7fa7f9bc06700bb4670e0ca8"),
    _public("Mu-L/PaperTodo", _p("README.md"), "PaperTodo桌面便签开源工具说明(功能/下载/使用, 写给用户)", 1, kind="产品手册",
            commit="362990569daaa2bd50c8f0caa5860f5bf2055b29"),
    _public("lzyats/go-kefu", _p("README.md"), "GFast后台管理开源框架说明(功能/安装, 写给用户)", 1, kind="产品手册",
            commit="1d070d2f9931970cf687893743ec677fc7f38fec"),
    _public("luxezreal/network_traffic_analyzer", _p("用户手册.docx"), "网络流量分析与异常检测系统用户操作手册(下载/安装/使用, 写给用户)", 1, kind="产品手册", extract="docx",
            commit="f7071c3012c61634dbaf5c17f374e5b8a84ba597"),
    _public("IronWingS/Think", _p("Apache Hadoop文档翻译.md"), "Apache Hadoop官方文档(DistCp)中文翻译(已发布文档)", 1, kind="产品手册",
            commit="105c00ea23397df6fd92b61983c0387c65b7fa90"),
    _public("LoJTao/rpc", _p("rpc/README.md"), "鱼皮RPC框架教程项目说明(已发布的项目介绍)", 1, kind="产品手册",
            commit="b5b51d1c3cb428a8f7fd9d5a58c54772afcb3ee8"),
    _public("Matthew55798/quant-arbitrage-py", _p("README.md"), "加密货币套利交易系统开源项目说明(环境/使用, 写给用户, 难例: 交易/风险)", 1, kind="产品手册",
            commit="493766f68415b24931c4026f4811475846494b36"),
    # --- 内部: teams' coding conventions, an in-house system's manual, personal records of study/progress -------------
    _rules("afadfas/KP-community", _p("《软件编码规范说明书》.docx"), "软件工程小组软件编码规范说明书(命名/注释/格式约定)", 1, extract="docx",
           commit="43bb6f82e72435ce4210e65a421abbe553825cfa"),
    _rules("hbttd/User_requirement", _p("《软件编码说明书》.docx"), "黑白团团队软件编码说明书(命名/注释/格式规则)", 1, extract="docx",
           commit="bc90701f1035cb9b9d4958138242b84b576b3345"),
    _rules("iraqtutu/jiushun", _p("用户手册.docx"), "玖顺农机售后服务工单系统用户手册(员工/经销商内部使用)", 1, kind="产品手册", extract="docx",
           commit="223a7616f7f834ce7612b64be86e8b28b715f147"),
    _rules("ice-a/django", _p("周报.md"), "Django学习周报(Git/虚拟环境/建模学习笔记, 难例: 周报)", 1, kind="工作报告",
           commit="744d6f4731df4636fc22af90ead0401129998a41"),
    _rules("Hayley2016/imooc", _p("100个小目标.docx"), "前端自学计划与打卡记录(个人学习目标)", 1, kind="工作报告", extract="docx",
           commit="9df3ea5dc5e0eafdf1d50a71d23e38430822e8e7"),
    _rules("liuyan5258/studyNotes", _p("工作总结.md"), "新闻客户端前端新员工入职工作记录(工具/流程/测试服务器, 难例: 工作总结)", 1, kind="工作报告",
           commit="ae950433346e80e65ba5b032d14a998a6228ab18"),
    _rules("liuyan5258/studyNotes", _p("前端规范及注意事项.md"), "前端开发规范及注意事项整理(命名/JS/CSS约定)", 1,
           commit="4fdfd0534772dad9a1eba7be99cfa5645035f6fe"),
    _rules("jybxie123/ForwardPasses", _p("周报.md"), "研究生周报(论文阅读/补习知识, 只记进度)", 1, kind="工作报告",
           commit="8b8f67e95a9a5b08167d2cb69d619234d31ba15f"),
    _rules("group24-blog/bbbblog", _p("个人日报-赵敏   2020.6.18.md"), "实训学生个人日报(学习与用例规约编写进度)", 1, kind="工作报告",
           commit="0284bdedd8538f998de95fa159fe8edac1b7a375"),
    _rules("Funder666/java-note", _p("面经.md"), "求职面试经验整理(字节等面试问题, 学习笔记)", 1, kind="工作报告",
           commit="d9aca22755efe28e01fc3fc53ec4b96e1ab95379"),
    _rules("ghforwjy/WeKnora", _p("updatedocs/容器内Go编译踩坑记录.md"), "WeKnora二次开发者容器内Go编译踩坑记录(个人工作记录)", 1, kind="工作报告",
           commit="401e8b126c872d5241cf0f97c8fbe84cf5ee7c91"),
    _rules("kbbnice/dailywork", _p("工作周报/2019.08.05-08.11_柯丽红_工作周报.xlsx"), "医疗科技公司前端工程师工作周报(本周总结/任务进度表, 只记进度)", 1, kind="工作报告", extract="xlsx",
           commit="b9e9a6e35cfc6d08db112ead179d9f15937196c7"),
    _rules("aniok11/Bad-Apple", _p("成员名单.xlsx"), "机器人战队成员名单(姓名与机械/电控/算法/运营分组, 无个人信息)", 1, kind="清单名册", extract="xlsx",
           commit="602270f14a105d739f6f5378d4444193d21622cd"),
    _rules("kevin5747/interview", _p("项目复习/项目问题.docx"), "求职者在线教育项目面试复习笔记(项目介绍/问题)", 1, kind="工作报告", extract="docx",
           commit="6353da2b1a7c0cc806e4ae5a7bc69218933828b2"),
    _rules("IronWingS/Think", _p("工作总结.md"), "大数据开发工程师试用期工作总结(学习计划/完成任务/不足, 难例: 工作总结)", 1, kind="工作报告",
           commit="105c00ea23397df6fd92b61983c0387c65b7fa90"),
    _rules("BugFree-Club/Reports-And-Issues", _p("XinyuWang.md"), "学生开发团队成员周报(学习C#/Git进度)", 1, kind="工作报告",
           commit="0c29c4fdab987e5c1e17e485b61c0097e81f4afb"),
    _rules("BugFree-Club/Reports-And-Issues", _p("lumeijin.md"), "学生开发团队成员周报(前端学习进度/说明)", 1, kind="工作报告",
           commit="a45d7beb2ea7ab7c2778ae8e915d07af7a3ee2e4"),
    _rules("lingfeng12138/letao", _p("README.md"), "乐淘电商移动端项目学习笔记(Mui/布局要点)", 1, kind="工作报告",
           commit="2bb5aa7a73a792347d864a174aa9653927ebb76a"),
    # --- 秘密: CVs with contact data (rule 4) ---------------------------------------------------------------------
    _cv("cjrzs/LoveYiNuo", _p("个人简历.md"), "Python后端开发求职简历(电话/邮箱/教育经历)", extract="md",
        commit="07830e7fe61000043962e1d349b4cb92f1bf9218"),
    _cv("cherishlun/BMS", _p("简历.docx"), "C#软件开发求职简历(电话/邮箱/出生日期/婚否)",
        commit="36682e69f93ca2a6cb67e66ff4190a311688c73c"),
    _cv("Funder666/java-note", _p("简历.docx"), "大数据专业本科生求职简历(电话/邮箱/GPA/获奖)",
        commit="ef600b8c6c8e0649b9559546412af27071d29d7e"),
    _cv("kevin5747/interview", _p("简历.docx"), "Java开发硕士求职简历(电话/邮箱/年龄/教育背景)",
        commit="b7c9d22b84068ea1ce3976405378d49ae0955ef3"),
    _cv("HoldSworder/js-demo", _p("简历.docx"), "前端开发求职简历(出生日期/电话/邮箱/居住地)",
        commit="c02f5393fffe0de4570ad4da2f0a92d3cecd1cc4"),
    _cv("lzayoi/studywords", _p("简历.docx"), "计算机类求职简历(电话/邮箱/出生年月/政治面貌/住址)",
        commit="b913d33feb4f82a0005a16635bee5d3ff963b0bb"),
    _cv("Fristsnow/windows_tools", _p("个人简历.md"), "前端开发专科生求职简历(姓名/电话/教育背景)", extract="md",
        commit="6d995bc66319763e81b7c780a0cdd73c08701b8d"),
    Pinned("kbbnice/dailywork", _p("绩效/2019-08_柯丽红 绩效考评表.xlsx"), "xlsx", "秘密", "personnel", "报表", _INT,
           "医疗科技公司研发部员工月度绩效考评表(姓名/岗位/任务/自评与组长评分)", 1, "14f22b451769055c9b819fb442506a84c856cedc"),
    # --- 机密: requirement, design and test documents, a bug list, a project summary and plan (rule 5) ---------------
    _tech("CPES-EMS/time_situation_estimate", _p("测试报告.docx"), "告警时间态势分析算法1.0测试报告(输入输出/测试结果/下一步计划)", 1, extract="docx",
          commit="6dbf8355db20a3be7b80292c27d6a06ef0683ccc"),
    _tech("afadfas/KP-community", _p("需求规格说明书1.2.docx"), "01背包论坛管理系统需求规格说明书(课程团队项目, 调研/功能需求)", 1, extract="docx",
          commit="739c940703bc0b17826fa1fa22a3bc1161377f57"),
    _tech("dear-ran/test_1", _p("需求规格说明书.docx"), "宿舍共享洗衣机预约系统需求规格说明书", 1, extract="docx",
          commit="0f8fdfe96c935b749a1c84c0c8a8c3ee43f96ae6"),
    _tech("li010-U/managesys", _p("需求规格说明书.docx"), "数据中心资源智能管理系统需求规格说明书v1.0(功能模块/技术架构)", 1, extract="docx",
          commit="c60d717b877cf51d5904eb09647cfb0ac4515d84"),
    _tech("liyang154/HTTP-Protocol-Monitoring-System", _p("测试报告.docx"), "HTTP协议监控系统设计实现与测试报告(程序流程/封堵规则)", 1, extract="docx",
          commit="0d92b6d6be566b8a6a500554be9c6427d9aa4abd"),
    _tech("liaozhipeng999/sumzuwangou", _p("bug管理清单.docx"), "网购商城Bug管理清单(严重程度统计/缺陷详情)", 1, extract="docx",
          commit="e26c75244b65f1e2278baf80702356dc83a7da82"),
    _tech("FZGgithub/cangku", _p("测试报告.docx"), "小游戏合集测试报告(通过/未通过的测试用例)", 1, extract="docx",
          commit="c8d9688ae8858ea3600aaa9ea5cc8a1ffe4d302f"),
    _tech("DingAllen/etsci", _p("工作总结.md"), "DS证据理论集成学习实验复现与数据一致性报告(实验结果, 难例: 工作总结)", 1, kind="工作报告",
          commit="26c2550446a119a8f6554f02301adbc3ad2ef014"),
    _tech("group24-blog/bbbblog", _p("用例规约-博客管理.docx"), "个人博客系统用例规约:博客管理(事件流/前置后置条件)", 1, extract="docx",
          commit="829322e6343a4ac60c0a61e96040d5df95858697"),
    _tech("bugaosuni59/PaperCheck", _p("高校论文查重系统可行性分析v3.docx"), "高校论文查重系统可行性分析(项目背景/技术与经济可行性)", 1, kind="方案计划", extract="docx",
          commit="c9bfe77b77053fd2d90cab474693800543151815"),
    _tech("ghforwjy/WeKnora", _p("updatedocs/脱敏功能实现文档.md"), "WeKnora二次开发脱敏功能实现文档(前后端实现逻辑)", 1,
          commit="38da9525bd8dd12e6193a3a78cd396bf195b6042"),
    _tech("fisher0000/obsidian", _p("项目/项目周报/氟氧头孢周报.md"), "药企研发氟氧头孢项目周报(反应条件筛选/收率/杂质数据)", 1, kind="工作报告",
          commit="d961bdae58d580472b80b4833f64550d06b92468"),
    _tech("fisher0000/obsidian", _p("周报.md"), "药企研发人员周报任务清单(FY-5合成投料/收率/溶剂筛选数据)", 1, kind="工作报告",
          commit="19204c62211205322952518ea448c6ec90ab0ef6"),
    _tech("Atteris-aterues/Dirc", _p("工作总结.md"), "智慧选课平台开发工作总结(问题/解决方案/代码位置/演示账号)", 1, kind="工作报告",
          commit="27dd255817cddffaa00b8a120cd099ea4fbf322d"),
    Pinned("juxinma2019/BaoJiaDan", _p("报价单.docx"), "docx", "机密", "customers", "模板空白表", _DRAFT,
           "网络科技公司App开发报价单(联系人/银行账号/开发项目与工作量, 金额待填)", 1, "c474915161c17c8f85d05711f3334db4eb70540e"),
    _tech("hbttd/User_requirement", _p("软件需求说明书.docx"), "导游众评网软件需求说明书(功能/性能/约束)", 1, extract="docx",
          commit="2f67a3ec1074e6e7663c59188d7348c42e1f17ef"),
    _tech("iraqtutu/jiushun", _p("requirements.md"), "玖顺农机售后服务工单系统需求规格说明书PRD v1.3", 1,
          commit="c72aa1a32c8f0576df5fb4285b827702868af9ed"),
    _tech("li010-U/managesys", _p("SECURITY_CONCURRENCY_FIXES.md"), "数据中心资源管理系统安全审计与并发稳定性修复总结", 1,
          commit="da23f1701643b549c691396b363bb4335eccbc9d"),
    _minutes("kbbnice/dailywork", _p("会议纪要/研发部-会议纪要-2019.08.10.docx"), "医疗科技公司研发部会议纪要(技术分享/薪酬体系讨论/考勤规定/任务安排)", 1, extract="docx",
             commit="b9e9a6e35cfc6d08db112ead179d9f15937196c7"),
    _tech("Mu-L/PaperTodo", _p("ARCHITECTURE.md"), "PaperTodo桌面工具架构文档(技术选型/分层/边界)", 1,
          commit="fbba97e2b0c71063c8469828d531259dc4b78cb8"),
    _tech("lzyats/go-kefu", _p("web/project_plan.md"), "在线客服系统项目规划(页面结构/功能模块)", 1, kind="方案计划",
          commit="1d070d2f9931970cf687893743ec677fc7f38fec"),
    _tech("chenzeshenga/logistics-biu", _p("_doc/東岳系统--入库功能.docx"), "東岳跨境物流系统入库功能需求说明(入库预报/报关/状态流转)", 1, extract="docx",
          commit="55ed50ff07d641b31443990b7eb594e6dba5464e"),
)


def main() -> int:
    return run_repository_batch(BATCH, SOURCES, SEED, __doc__, min_chinese=MIN_CHINESE, sparse_kinds=SPARSE_KINDS)


if __name__ == "__main__":
    raise SystemExit(main())

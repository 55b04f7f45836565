"""Fifty-fourth batch of the real corpus: documents kept in public repositories that no earlier batch used.

Collected for the blind split `fresh53` (with batch 53): nothing was run on these texts and no classifier may be;
`train_real.py` is untouched and the split is cut by main, not here. Files from public repositories, one source group
per repository, at most 3 documents from one, none of them in the manifest yet and no owner of a manifest repository
(no sibling); all were fetched for this batch. 公开: a browser extension's privacy policy, a chat tool's user agreement
and deployment guide, course projects' user manuals, a university's published programme pages and news reports kept as
course data, and articles in an engineer's knowledge base (one titled 市场分析 that only explains SWOT, 难例). 内部:
weekly reports, a course team's weekly log recording its first meeting (难例), an internship log, a daily study log, a
team's task record, development plans with scope and roles but no design, a chat tool's coding rules. 秘密: job seekers'
CVs (phone, e-mail, birth date). 机密: project plans that carry their own design, design, requirement, use-case,
interface, database and test documents, competitor and market studies, a ticket system's current-state note and an
engineer's incident record. 绝密: a translation extension's revenue model and commercial blueprint (pricing, margins,
decisions), an AI copywriting platform's business plan, its strategy revision and its roadshow deck. Labels follow
DESIGN.md "Labelling real documents" and this session's notes (blank templates 内部; progress-only reports 内部); the
sources that were tried and dropped are not listed (see classifiers/corpus/README.md, batch 54).

Exactly like batches 9, 11, ..., 50 and 52: files are read from local git mirrors (`fetch` snapshots, `--mirrors`)
chosen by path patterns (`collect_batch3.repo_candidates`, each source with its own seed; batch 5's `Pinned` sources
and label helpers). Every candidate goes through the hold-out guard (GitHub blob address at the commit, and text); a
rejected document drops every other document of its folder (`collect_batch3.collect`, which also dedupes against every
other batch whose text is under OUT/texts and within this one, writes the manifest and logs rejections to
OUT/rejected.tsv). A document needs at least `MIN_CHINESE` Chinese characters (100), except 绝密 documents, lists and
SQL (`SPARSE_KINDS`).

Nothing here runs the classifier.

Usage:  python tools/corpus/collect_batch54.py [--mirrors /work/.mirror] [--out /work/corpus/real54]
"""


from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from collect_batch5 import (
    _plan,
    _public,
    _rules,
    _tech,
    run_repository_batch,
)
from collect_batch48 import _personnel

SEED = 20261254
BATCH = "54"
MIN_CHINESE = 100
SPARSE_KINDS = ("代码数据", "清单名册")


SOURCES = (
    # --- 公开: privacy policies and user agreements of a browser extension and a chat tool; course projects' user manuals ------
    _public("ericocz/translate", r"^隐私政策\.md$", "浏览器翻译扩展隐私政策(上架商店用)", 1, kind="产品手册"),
    _public("Wong0728/Zyn_iLink_ChatBox_WongMod", r"^用户协议\.md$", "聊天工具用户协议(已发布)", 1, kind="产品手册"),
    _public("Wong0728/Zyn_iLink_ChatBox_WongMod", r"^部署指南\.md$", "开源聊天工具部署指南(面向全体用户)", 1, kind="产品手册"),
    _public("BUCT-CS1807-SE/dataCollectionGroup", r"^博物馆数据采集子系统用户手册\.md$", "博物馆数据采集子系统用户手册(课程项目)", 1,
            kind="产品手册"),
    _public("CrazyDave999/BookstoreWeb", r"^用户手册\.md$", "书店网站用户手册(课程项目)", 1, kind="产品手册"),
    _public("Glacier0010/bupt_cpp_Pokemon", r"^用户手册\.md$", "宠物小精灵对战游戏用户手册(课程项目)", 1, kind="产品手册"),
    _public("J-Catherine/socket-eMall", r"^用户手册\.md$", "网络商城课程项目用户手册", 1, kind="产品手册"),
    _public("0x0cqq/ThssDB", r"^用户手册\.md$", "课程数据库系统用户手册", 1, kind="产品手册"),
    # --- 内部: weekly reports, an internship log, development plans without design, coding rules, a task record ---------------
    _rules("WhiteCrow/social_study_old", r"^开发计划\.md$", "学习互助网站开发计划(阶段/分工, 无设计)", 1, kind="方案计划"),
    _rules("twenty-seventh/test_repo", r"^周报\.md$", "实习生个人周报(进度)", 1, kind="工作报告"),
    _rules("wzbLL102318/cloud_python", r"^周报\.md$", "数据产品项目周报(任务进度)", 1, kind="工作报告"),
    _rules("Wong0728/Zyn_iLink_ChatBox_WongMod", r"^代码规范\.md$", "开源聊天工具代码规范", 1),
    # A course team's weekly log that records its first team meeting and the division of work: progress only, 内部 (难例:
    # 会议内容, rule 6 and this session's note).
    _rules("BUCT-CS1807-SE/dataCollectionGroup", r"^周记/第五周周记\.md$", "课程项目组周记(难例: 记有组内会议与分工)", 1,
           kind="工作报告"),
    _rules("Geyayu/USST_SPM_COURSE", r"^项目计划\.md$", "课程管理系统迭代计划(功能/分工, 无设计)", 1, kind="方案计划"),
    _rules("IMMORTAALLL/Course-Design-of-Software-Engineering-Theory-and-Practice", r"^（模块1）assign\.md$",
           "课程设计小组工作完成情况记录(分工)", 1, kind="工作报告"),
    _rules("HoshimiP/internship-log", r"^README\.md$", "操作系统实习日志(任务与计划)", 1, kind="工作报告"),
    # --- 秘密: CVs ----------------------------------------------------------------------------------------------------------
    _personnel("lznnzl/Zn", r"^个人简历\.md$", "土木硕士个人简历(出生年月/电话/邮箱)", extract="md"),
    _personnel("red3z/red", r"^其他/个人简历\.md$", "Java后端求职简历(出生年月/电话/微信/邮箱)", extract="md"),
    _personnel("396392600/z", r"^个人简历\.docx$", "求职个人简历"),
    _personnel("jony20221989/jjj", r"^个人简历\.docx$", "求职个人简历"),
    # --- 机密: plans with designs, design, requirement, test and interface documents, competitor and market studies -------------
    _tech("123-lin-del/asending-310B", r"^项目计划书\.md$", "昇腾云台目标跟踪系统项目策划书(技术路线/设计)", 1, kind="方案计划"),
    _tech("123-lin-del/asending-310B", r"^系统设计文档\.md$", "昇腾云台目标跟踪系统设计文档", 1),
    _tech("NTLx/MindWolf", r"^项目策划书\.md$", "AI狼人杀游戏项目策划书(功能模块/技术架构/路线图)", 1, kind="方案计划"),
    # A course's marketing exercise on one car brand (MINI) in the Chinese market: a company's market study, 机密 (rule 1; as
    # batches 44 and 48).
    _tech("jiaoqiang1/BOL", r"^市场分析\.md$", "汽车品牌营销环境市场分析", 1, kind="方案计划"),
    _tech("viryoke/docs", r"^竞品分析\.md$", "调优工具竞品分析(对标苹果)", 1, kind="方案计划"),
    _tech("stars3340/ai-search-demo", r"^竞品分析\.md$", "移动端AI搜索竞品调研", 1, kind="方案计划"),
    _tech("ZhangZhenfang/aRepository", r"^竞品分析\.md$", "房产中介房客源共享平台竞品分析", 1, kind="方案计划"),
    _tech("red3z/red", r"^其他/单据\.md$", "客服单据系统现状与方案说明", 1),
    _tech("BUCT-CS1807-SE/dataCollectionGroup", r"^测试报告\.md$", "博物馆数据采集子系统测试报告", 1),
    _tech("Geyayu/USST_SPM_COURSE", r"^测试报告\.md$", "课程管理系统测试报告", 1),
    _tech("Birdie-Go/Agenda", r"^测试报告\.md$", "日程管理程序测试报告", 1),
    _tech("SYSU703/documents-software-design-course", r"^软件需求规格说明书\.md$", "即时通讯软件需求规格说明书", 1),
    _tech("0x0cqq/ThssDB", r"^设计手册\.md$", "课程数据库系统设计手册", 1),
    _tech("IMMORTAALLL/Course-Design-of-Software-Engineering-Theory-and-Practice", r"^（模块1）use_cases\.md$",
          "投资社区系统用例交互场景", 1),
    _tech("NJUyd2001/2023_NJUspringE-", r"^ElementVueSpringbootCodeTemplate-master/docs/md/application接口文档\.md$",
          "软件测试委托系统申请接口文档", 1),
    _tech("2019-system-analysis-team/Hands-On-Money", r"^bend/数据库函数\.md$", "任务悬赏平台数据库函数说明", 1),
    # --- 绝密: a translation extension's revenue model and commercial blueprint, a copywriting platform's business plan -------
    _plan("ericocz/translate", r"^收入预测模型\.html$", "翻译扩展充值收入预测模型(定价/毛利/用户数)", extract="html"),
    _plan("ericocz/translate", r"^产品蓝图V2-商业化\.html$", "翻译扩展产品蓝图V2商业化(定价/成本/决策)", extract="html"),
    _plan("qiuci1028/wenan", r"^项目策划书\.md$", "AI文案平台项目策划书(市场/竞争/商业模式/财务预测)"),
    _plan("qiuci1028/wenan", r"^秋辞文案馆项目策划书修改&更新建议\.md$", "AI文案平台策划书修改与差异化战略建议"),
    # --- added in the second run ----------------------------------------------------------------------------------------------
    # A university's published admissions news and a news report kept as NLP course data: published, 公开 (rule 2).
    _public("Li-conghao/teaching_system", r"^bupt_news_content/国际学院\(北京邮电大学玛丽女王学院\)2025-06-06\.txt$",
            "高校学院招生介绍新闻(已发布)", 1, kind="新闻", extract="text"),
    _public("396392600/z", r"^AI/自然语言处理/11\.22/a\.txt$", "实体书店扶持新闻报道(已发布)", 1, kind="新闻", extract="text"),
    # Generic articles in an engineer's knowledge base; one is titled 市场分析 but explains the SWOT method in general terms:
    # published articles, 公开 (rules 2 and 7).
    _public("cristicmf/curious-cat", r"^市场分析\.md$", "SWOT分析方法介绍文章(难例: 题为市场分析)", 1, kind="技术资料"),
    _public("cristicmf/curious-cat", r"^IOT带来的飞轮效应\.md$", "物联网飞轮效应评论文章", 1, kind="技术资料"),
    _public("Li-conghao/teaching_system", r"^bupt_news_content/电子信息工程（中外合作办学）专业2025-06-06\.txt$",
            "高校中外合作专业介绍(已发布)", 1, kind="新闻", extract="text"),
    _public("396392600/z", r"^AI/自然语言处理/11\.22/b\.txt$", "生猪稳产保供政策新闻报道(已发布)", 1, kind="新闻", extract="text"),
    _public("cristicmf/curious-cat", r"^给初学者的区块链学习资料\.md$", "区块链入门资料汇总文章", 1, kind="技术资料"),
    _rules("twenty-seventh/test_repo", r"^7月30日\.md$", "实习生每日学习记录", 1, kind="工作报告"),
    _personnel("QRSxiaowu/hardware-portfolio", r"^个人简历\.docx$", "硬件工程求职简历"),
    # An engineer's record of tracing a production process that ran out of file handles: notes on the systems he runs, 机密.
    _tech("Pain4Dawn/notebook", r"^05\.Shell/记录一次事故排查\.md$", "项目进程连接数超限事故排查记录", 1),
    _plan("qiuci1028/wenan", r"^路演PPT\.md$", "AI文案平台路演PPT(市场/商业模式/融资)"),
)



def main() -> int:
    return run_repository_batch(BATCH, SOURCES, SEED, __doc__, min_chinese=MIN_CHINESE, sparse_kinds=SPARSE_KINDS)


if __name__ == "__main__":
    raise SystemExit(main())

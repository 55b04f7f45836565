"""Hundred-and-eighteenth batch of the real corpus: documents kept in public repositories that no earlier batch used.

Collected for the blind split `fresh117` (with batches 117 and 119): nothing was run on these texts and no classifier
may be; `train_real.py` is untouched and the split is cut by main, not here. Files from public repositories whose owner
names start with A-M (batch 119 takes N-Z and digits), one source group per repository, at most 3 documents from one,
none of them in the manifest yet, no owner of a manifest repository (no sibling). Every source is read at a pinned
commit (the commit that last added or changed the file). Labels follow DESIGN.md "Labelling real documents" and this
batch's notes (see the batch-118 section written for classifiers/corpus/README.md): 公开 for a product's user agreement,
user manuals and READMEs written for users, an API reference and articles written for readers; 内部 for a team's agent
rules and directory convention, a company project's defined process and progress-only weekly report, personal notes,
plans and records and a course group's member list (names only); 秘密 for a CV template (rule 1, template ruling);
机密 for acceptance reports, requirement specifications, PRDs, design and improvement schemes, a QA summary, project
summaries, a technical scheme and a competitor pricing study of one's own product; 绝密 for a product's promotion
strategy with price anchoring.

Exactly like batches 9, 11, ..., 115: files are read from local git mirrors (`fetch` snapshots, `--mirrors`) chosen by
path patterns (`collect_batch3.repo_candidates`, each source with its own seed; batch 5's `Pinned` sources and label
helpers). Every candidate goes through the hold-out guard (GitHub blob address at the commit, and text); a rejected
document drops every other document of its folder (`collect_batch3.collect`, which also dedupes against every other
batch whose text is under OUT/texts and within this one, writes the manifest and logs rejections to OUT/rejected.tsv).
A document needs at least `MIN_CHINESE` Chinese characters (100), except 绝密 documents, lists and SQL
(`SPARSE_KINDS`).

Nothing here runs the classifier.

Usage:  python tools/corpus/collect_batch118.py [--mirrors /work/.mirror] [--out /work/corpus/real118]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from collect_batch5 import (
    _p,
    _plan,
    _public,
    _rules,
    _tech,
    _template,
    run_repository_batch,
)

SEED = 20261118
BATCH = "118"
MIN_CHINESE = 100
SPARSE_KINDS = ("代码数据", "清单名册")


SOURCES = (
    # SOURCES_BEGIN
    # --- 绝密: a product's promotion strategy with price anchoring
    _plan("king070805/stock-ai", _p("股小智_小红书推广方案_v3.md"), "股小智AI股票工具V3小红书推广方案(竞品洞察/价格锚定/发布节奏/话术, 运营推广策略)", 1, extract="md", commit="b16e311c7c663446967c7aca82fa757cd349e818"),
    # --- 机密: acceptance reports, requirement and design documents, schemes, a competitor pricing study, project summaries
    _tech("king070805/stock-ai", _p("股票投资AI产品定价调研报告.md"), "为自家AI股票产品做的竞品定价与卖点调研报告(同花顺/东财/雪球等, 难例: 定价)", 1,
        kind="工作报告", commit="7d5a8a5231b69bb4bcaa8b3fad617f32a9bbd2e7"),
    _tech("gdszyy/aibetdemo", _p("验收报告.md"), "betbus转型改造验收报告(改动范围/验收方式/结果, 项目内部)", 1,
        kind="技术资料", commit="4cce77339a7b918d633fdb1dbccf4b872b5030bf"),
    _tech("gdszyy/aibetdemo", _p("docs/parlay-boost/cms-plan.md"), "串关加赔CMS实施计划(PRD对齐/接口/MVP范围)", 1,
        kind="方案计划", commit="4cce77339a7b918d633fdb1dbccf4b872b5030bf"),
    _tech("Cloud-Mars-ai/expression-training-app", _p("验收报告.md"), "表达能力训练网页验收报告(训练闭环/自动化断言结果)", 1,
        kind="技术资料", commit="8647d2a298117be51489463679ca6ee8fffad932"),
    _tech("bedlatess/LingShu", _p("docs/LingShu-v3.0-全面改造方案.md"), "灵枢API网关v3.0全面改造方案(七大改造项/自测要求)", 1,
        kind="方案计划", commit="92585337ca7bebfb48ce4f15096bbbbea926df23"),
    _tech("doughnutbean/AIrumer2026", _p("rumor_detector_project/README.md"), "人工智能导论课程大作业: 可解释谣言检测系统(自己的设计/实验结果)", 1,
        kind="技术资料", commit="929aeca189274ec027cf700dce314a8168c77b6e"),
    _tech("HelenaWang-XX/cookbook", _p("PRD.md"), "我的菜谱微信小程序产品需求文档PRD v1.0", 1,
        kind="技术资料", commit="6dd2092534d124220092b91a3c14650001c2ae06"),
    _tech("HelenaWang-XX/cookbook", _p("复盘.md"), "菜谱小程序开发复盘(Bug根因分类/架构设计问题)", 1,
        kind="工作报告", commit="d3e66211ad60cc97168aa0dc1c4be8cc821f70d7"),
    _tech("Moritz230127/Moss-Terminal", _p("验收报告.md"), "Moss Terminal正式验收报告(对照需求规格v2的验收结果)", 1,
        kind="技术资料", commit="1777403a38a29bb31cced255eec28b5a160d6254"),
    _tech("Moritz230127/Moss-Terminal", _p("specs/需求规格.md"), "Moss Terminal AI终端需求规格说明(Spec v2)", 1,
        kind="技术资料", commit="1777403a38a29bb31cced255eec28b5a160d6254"),
    _tech("dongmiaomiao/obsidian-vault", _p("image/智慧环保技术方案.docx"), "智慧环保项目技术方案(项目背景/建设内容/技术架构)", 1,
        kind="方案计划", extract="docx", commit="8d8264f07689553c0d1faab9c21f2d9c71226618"),
    _tech("Joker-Peng/saishiyunying_cmmi5", _p("赛事运营平台/02管理域/08质量保证sss/Xunao-SSYYZC-质量保证总结.docx"), "赛事运营支持系统质量保证总结(不符合项统计/工作量分析/问题与对策)", 1,
        kind="工作报告", extract="docx", commit="4a09af8279fa5c4a6e12f80f5e30fee727dfc630"),
    _tech("Austin-Wang-1993/adhd-training-platform", _p("项目总结.md"), "ADHD儿童注意力训练平台项目总结(功能/技术实现)", 1,
        kind="技术资料", commit="6e635c7d26af62610596f85fab74c80ff87008e3"),
    _tech("Felixzijunliang/network_security_tech_assessment", _p("项目总结.md"), "网络安全技术大作业项目总结(加密通信与攻击演示系统的模块与实现)", 1,
        kind="技术资料", commit="b85eab3e8804968450ab4beb0c1ff2aa59588847"),
    _tech("Aliceycy/womenlia", _p("requirements.md"), "母女沟通播客小程序women俩功能模块设计文档", 1,
        kind="技术资料", commit="a34eb0ad2e8a3b426acd729125e4f4aff88a8dae"),
    _tech("Chayum/epidemic-management-system", _p("需求分析.md"), "疫情防控物资调度管理系统需求规格说明书V1.0(毕业设计)", 1,
        kind="技术资料", commit="a8c7ab7ee26e2a51ecb2f1301cfb6e3f0ea7e456"),
    # --- 秘密: a CV template
    _template("juice-resume/juice-resume.github.io", "简历模板.md", "md", "秘密", "personnel", "Java开发工程师技术简历模板(联系方式/个人信息/工作经历, 模板)", "107ab34420529eab44b8dcdf201d0999c85b5473"),
    # --- 内部: team rules and conventions, a project's defined process and weekly report, personal notes, plans and records
    _rules("gdszyy/aibetdemo", _p(".agent/rules/general-rules.md"), "前端项目AI Agent行为准则(审批流程/代码规范, 团队规范)", 1,
        kind="制度办法", commit="4cce77339a7b918d633fdb1dbccf4b872b5030bf"),
    _rules("Cloud-Mars-ai/expression-training-app", _p("docs/architecture/04-directory-ownership.md"), "表达训练APP目录边界与Agent所有权约定(团队开发约定)", 1,
        kind="制度办法", commit="8647d2a298117be51489463679ca6ee8fffad932"),
    _rules("Joker-Peng/saishiyunying_cmmi5", _p("赛事运营平台/02管理域/02项目计划/Xunao-SSYYZC-项目已定义过程.xlsx"), "赛事运营支持系统项目已定义过程(生命周期/过程裁剪, 过程规范)", 1,
        kind="制度办法", extract="xlsx", commit="14763c177b1786b7211d8ead46c8bf0265814f1a"),
    _rules("Dawei0218/Notes", _p("mysql/底层分析/表空间.md"), "MySQL表空间学习笔记(个人笔记)", 1,
        kind="技术资料", commit="6ebb0d5253760c5cf75a55329aa0856b754e6531"),
    _rules("LeoLi1993/Stock", _p("复盘.md"), "个人股票交易复盘(亏损原因/进场时机, 个人记录, 难例: 财报)", 1,
        kind="工作报告", commit="66fc788050df58c416eb2e1c2f3fb84e66e73a94"),
    _rules("LeoLi1993/Stock", _p("交易心理.md"), "交易心理学习笔记(个人笔记)", 1,
        kind="技术资料", commit="1e7c97d61ca055544f0103751b325e330fd0dbef"),
    _rules("dongmiaomiao/obsidian-vault", _p("10-知识管理/数据治理课程笔记/数据治理_原始笔记.md"), "数据治理课程笔记(个人学习笔记, 难例: 数据安全/政策)", 1,
        kind="技术资料", commit="68b7d68fd4827e3f2e62345965e640afb1557aeb"),
    _rules("DawmosTomie/NoteVerse", _p("复盘.md"), "分布式系统课程课堂复盘笔记(个人学习笔记)", 1,
        kind="技术资料", commit="738a5389fca3283a3f49473e0b0535f70ea25062"),
    _rules("DawmosTomie/NoteVerse", _p("IT项目管理.md"), "IT项目管理课程笔记(个人笔记, 难例: 成本/风险)", 1,
        kind="技术资料", commit="738a5389fca3283a3f49473e0b0535f70ea25062"),
    _rules("Fengur/robotics-learning", _p("01-学习路线.md"), "机器人/具身智能学习路线与里程碑(个人学习计划)", 1,
        kind="方案计划", commit="f311b693390ca84a37f097a22ec96fb19062abc5"),
    _rules("Fengur/robotics-learning", _p("复盘.md"), "机器人学习里程碑复盘(个人记录)", 1,
        kind="工作报告", commit="833391e660e73eff6015b8d885542e607cc36ff1"),
    _rules("InterestingHui/Highest-priority-schedule", _p("复盘.md"), "个人计划执行总复盘(个人记录)", 1,
        kind="工作报告", commit="511ea69183c391250e5cb5d8be5d896f41b92a5e"),
    _rules("InterestingHui/Highest-priority-schedule", _p("决策.md"), "是否加入融资2kw的AI初创公司的个人决策分析(个人记录, 难例: 融资)", 1,
        kind="工作报告", commit="e249de281a3ffc52ec983a32d95d7a0d69312255"),
    _rules("itiandong/201692330", _p("README.md"), "网络协议栈课程小组说明(组长/成员姓名/个人目录, 无个人信息)", 1,
        kind="清单名册", commit="7ef5df80e6da03df795d4e94bdcb2f4e1a2a368f"),
    _rules("itiandong/201692330", _p("大作业建议目录.md"), "OLSR大作业小组建议目录(分工大纲)", 1,
        kind="制度办法", commit="31ddc8bc633ce315a23eedc8f125cd2f9b024e9b"),
    # --- 公开: user agreements, manuals and READMEs for users, articles for readers
    _public("Cloud-Mars-ai/expression-training-app", _p("README.md"), "拾语AI表达训练应用介绍(写给用户)", 1,
        kind="产品手册", commit="389c7383c77d605426155b86a9fbb1da856182b1"),
    _public("bedlatess/LingShu", _p("docs/api.md"), "灵枢LingShu API使用说明(写给调用者)", 1,
        kind="产品手册", commit="5b0e1abd6e2a512ad2f35c23b4bb8c1e61b86289"),
    _public("jeesoul/out-view", _p("USER_MANUAL.md"), "outView远程桌面内网穿透用户使用手册", 1,
        kind="产品手册", commit="071cc7124ab4c2932702253460de6330afb0bdee"),
    _public("Astral719/obsidian-feishu-oauth-proxy", _p("README.md"), "Obsidian飞书分享插件说明(写给用户)", 1,
        kind="产品手册", commit="0508884262508c79e9ecbc8d94de0c708196d695"),
    _public("HelenaWang-XX/cookbook", _p("README.md"), "我的菜谱微信小程序说明(功能/使用, 写给用户)", 1,
        kind="产品手册", commit="46dc292256e9db1cbc29e03306f8a7f55cec4827"),
    _public("liaozhiliang222-cloud/survey-worker", _p("pptx_report/README.md"), "市场调研报告PPT生成模块说明(写给使用者, 难例: 市场调研)", 1,
        kind="产品手册", commit="673b8a59b0b1ee075daf99749d7c67452925c313"),
    _public("Moritz230127/Moss-Terminal", _p("部署与使用指南.md"), "Moss Terminal部署与使用指南(写给使用者)", 1,
        kind="产品手册", commit="1777403a38a29bb31cced255eec28b5a160d6254"),
    _public("fsssb/MyRPC_Project", _p("README.md"), "MyRPCProject C++ RPC框架说明(写给使用者)", 1,
        kind="产品手册", commit="daadc4dee36b737458652d69f9d0a983d8f5450b"),
    _public("jackiechou1/obsidian", _p("Blog/编程随想/博弈论入门.md"), "转载博客文章: 博弈论入门教程(编程随想, 写给读者)", 1,
        kind="技术资料", commit="7de68146beaf5c260d0a8b42e8da9a2f306d6764"),
    _public("jackiechou1/obsidian", _p("Article/滑雪入门.md"), "网络文章: 滑雪入门(单板/双板选择, 写给读者)", 1,
        kind="技术资料", commit="09839b82ed997623a02c7ea2735f1aaf18fa0127"),
    _public("ForegatePrediction/FG-football-prediction", _p("README.md"), "ForeGate足球赛事预测框架说明(写给使用者)", 1,
        kind="产品手册", commit="ebb105d0cf5a3ca541d4367fde26af49e856e6e4"),
    _public("Aliceycy/womenlia", _p("使用说明.md"), "women俩播客共听小程序使用说明(写给用户)", 1,
        kind="产品手册", commit="a34eb0ad2e8a3b426acd729125e4f4aff88a8dae"),
    # --- second round
    _public("Essviv/blogs", _p("source/_posts/消息队列/rabbitMQ/RabbitMQ的HA方案.md"), "博客文章: RabbitMQ的HA方案(写给读者, 难例: 方案)", 1,
        kind="技术资料", commit="2421296c9692ae7a048e1ca8efe0fa8db60c2141"),
    _public("Essviv/blogs", _p("source/_posts/安全/对称加密、非对称加密及数字证书.md"), "博客文章: 对称加密、非对称加密及数字证书(写给读者, 难例: 加密/密钥)", 1,
        kind="技术资料", commit="2421296c9692ae7a048e1ca8efe0fa8db60c2141"),
    _tech("JASONLOO-HUB/long-dialogue-structuring-workflow-optimization", _p("复盘.md"), "长对话结构化工作流优化项目迭代日志与复盘(局限/测试结果/改进)", 1,
        kind="工作报告", commit="b67cfa5c45ff2e3f3de1fbaf3de9223c7b14f370"),
    _public("Eroglow/OUTLOOK-HELPER", _p("README.md"), "Outlook群发邮件工具说明(功能/使用, 写给使用者, 繁体)", 1,
        kind="产品手册", commit="d816d9c13e5c86f43c65f29d183c6e73c24a993b"),
    _tech("Cyrusssxx/study", _p("缺点评估报告.md"), "考研408刷题应用缺点评估报告(架构/功能问题与改进, 自己的项目)", 1,
        kind="技术资料", commit="d1a0da3afb30894cf4e13855388dca554d1fe22f"),
    _rules("Cyrusssxx/study", _p("CHANGELOG.md"), "408刷题应用更新日志(功能新增/修改/修复, 只记进度)", 1,
        kind="工作报告", commit="d1a0da3afb30894cf4e13855388dca554d1fe22f"),
    # --- third round: more documents of this batch's mirrors (no look-up or fetch left)
    _plan("king070805/stock-ai", _p("股小智_小红书发布策略_v4.md"), "股小智V4小红书发布策略(竞品爆款分析/差异化定位/发布节奏/评论区运营, 运营策略)", 1, extract="md", commit="55a0771aa5bad975a6476228e742e845db7fb17f"),
    _template("maryyMa/job_helper", "简历模板.md", "md", "秘密", "personnel", "Android开发工程师简历模板(姓名/电话/邮箱/工作经历栏目, 模板)", "a92ee1a183463a18adfa7e8d8f20528a300aff4c"),
    _rules("Joker-Peng/saishiyunying_cmmi5", _p("赛事运营平台/02管理域/02项目计划/Xunao-SSYYZC-干系人RACI表.xlsx"), "赛事运营支持系统项目干系人RACI职责矩阵(活动×角色, 无个人信息)", 1,
        kind="制度办法", extract="xlsx", commit="4a09af8279fa5c4a6e12f80f5e30fee727dfc630"),
    _rules("itiandong/201692330", _p("季天冬/README.md"), "课程小组成员个人工作进度记录(只记进度)", 1,
        kind="工作报告", commit="50f7091df95b04497a084a99d4fad3c383e65f7c"),
    # SOURCES_END
)


def main() -> int:
    return run_repository_batch(BATCH, SOURCES, SEED, __doc__, min_chinese=MIN_CHINESE, sparse_kinds=SPARSE_KINDS)


if __name__ == "__main__":
    raise SystemExit(main())

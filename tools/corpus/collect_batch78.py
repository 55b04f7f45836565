"""Seventy-eighth batch of the real corpus: documents kept in public repositories that no earlier batch used.

Collected for the blind split `fresh77` (with batches 77 and 79): nothing was run on these texts and no classifier may
be; `train_real.py` is untouched and the split is cut by main, not here. Files from public repositories whose owner
names start with A-M, one source group per repository, at most 3 documents from one, none of them in the manifest yet,
no owner of a manifest repository (no sibling), none named by an earlier batch's script or by a `label_audit.tsv` DROP
row, none sharing a root commit with another mirror (no fork). Every source is read at a pinned commit (the commit
that last added or changed the file). 公开: developers' published blog posts and reposted articles (难例: 规范, 设计,
工作总结, 奖励名单, 职业规划, 基金/投资), user manuals, READMEs and an API page written for the users of open
and contest projects, an app's own privacy policy. 内部: teams' development conventions (PGB1, TradeEZ, NH Tours, a
front-end project, a student team's meeting notice), daily and weekly reports and a work record that record progress
only (难例: 工作总结), study, reading and interview notes (难例: 方案, 设计, 总结, BP = back-propagation), a course
assignment sheet. 秘密: job seekers' CVs and self-statements with contact data, a CV template (ruling of session 15), a course
report shell whose content is the team roster with student numbers (session 17 ruling). 机密: a research group's
meeting record, project plans and a data-platform proposal, design, architecture, database, review and deployment
documents of teams' and companies' own systems, a sprint summary and an engineer's weekly report that carry the
project's design, test and crash figures, a course-design report with its own design. 绝密: two test-account lists
with passwords for a team's own system (DESIGN rule 5). Labels follow DESIGN.md "Labelling real documents" and this
batch's notes (see the batch-78 section written for classifiers/corpus/README.md).

Exactly like batches 9, 11, ..., 75: files are read from local git mirrors (`fetch` snapshots, `--mirrors`) chosen by
path patterns (`collect_batch3.repo_candidates`, each source with its own seed; batch 5's `Pinned` sources and label
helpers). Every candidate goes through the hold-out guard (GitHub blob address at the commit, and text); a rejected
document drops every other document of its folder (`collect_batch3.collect`, which also dedupes against every other
batch whose text is under OUT/texts and within this one, writes the manifest and logs rejections to OUT/rejected.tsv).
A document needs at least `MIN_CHINESE` Chinese characters (100), except 绝密 documents, lists and SQL
(`SPARSE_KINDS`).

Nothing here runs the classifier.

Usage:  python tools/corpus/collect_batch78.py [--mirrors /work/.mirror] [--out /work/corpus/real78]
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
    _cv,
    _minutes,
    _p,
    _public,
    _rules,
    _tech,
    run_repository_batch,
)

SEED = 20261278
BATCH = "78"
MIN_CHINESE = 100
SPARSE_KINDS = ("代码数据", "清单名册")


SOURCES = (
    # --- 公开: published blog posts and reposted articles, user manuals, READMEs and API pages written for the users of
    # open and contest projects, an app's own privacy policy (rule 2) -------------------------------------------------
    _public("DragonBaiMo/DrcomoGuiBinder", _p("用户手册.md"), "DrcomoGuiBinder开源插件使用文档(配置/工作流程, 写给用户)", 1, kind="产品手册",
            commit="94ca869f1a8fac9212588f2b02b9486e6b6080b6"),
    _public("KenNaNa/to-learn-financial", _p("史上最全基金攻略：一篇文章彻底搞懂基金，再也不会亏钱.md"), "转载的理财科普文章:基金攻略(已发布, 难例: 基金/投资/收益)", 1, kind="新闻",
            commit="a10cb857f9d2ef2989179e5360aa758fea8c1c80"),
    _public("MinghaoHan/eye_of_the_sky", _p("用户手册.md"), "基于Jetson Nano的开源视觉项目用户手册(写给用户)", 1, kind="产品手册",
            commit="b428a9f8366fcbee96b69b1dac0347e1aab8c6e9"),
    _public("Kakaa233/AICommunity", _p("用户手册.md"), "Wego校园社区论坛系统用户手册(部署/使用, 写给用户)", 1, kind="产品手册",
            commit="c0518810e5465fbfcfe5d1d255045583844f47bb"),
    _public("HanaViolet/gesture", _p("docs/语见用户手册v3.md"), "语见AI手语翻译App用户手册(写给用户)", 1, kind="产品手册",
            commit="d311ad60b5ecdab118ea5504ec30b9883ce5e71a"),
    _public("Kevin091827/kevin_blog", _p("开发规范.md"), "后端开发者博客文章:Git多人协作开发规范(已发布, 难例: 规范)", 1, kind="新闻",
            commit="663f1b1a24b13e7f63e44e972d10c2a7dad8f385"),
    _public("Kevin091827/kevin_blog", _p("web/提问回复功能设计.md"), "后端开发者博客文章:提问回复功能设计(已发布, 难例: 需求/设计)", 1, kind="新闻",
            commit="48a48f12c67607a18bf90cdf4b9f1991091c28fc"),
    _public("Junpgle/CountdownTodo", _p("PRIVACY_POLICY.md"), "CountDownTodo效率应用隐私政策(自撰, 已发布)", 1, kind="产品手册",
            commit="27f886163cec40389d86658a78b7625f6c90af5a"),
    _public("jihong10102006/blog", _p("工作总结.md"), "迁移自CSDN的博客文章:内容审核实习试用期工作总结(已发布, 难例: 工作总结)", 1, kind="新闻",
            commit="bafe48ebb41d9ac425fec03d30c25907403856f3"),
    _public("jihong10102006/blog", _p("极客头条12月份活跃成员奖励名单（20160107）.md"), "CSDN极客头条月度活跃成员奖励名单公告(已发布, 难例: 名单)", 1, kind="新闻",
            commit="bafe48ebb41d9ac425fec03d30c25907403856f3"),
    _public("Apocalypse-01/Myblog", _p("README.md"), "MyBlog开源博客系统项目说明(技术栈/功能/部署, 已发布)", 1, kind="产品手册",
            commit="69476422497e170356b06304de8a500bd5589488"),
    _public("Kevin091827/kevin_blog", _p("NoSQL/Redis/基于redis实现排行榜功能.md"), "后端开发者博客文章:基于Redis实现排行榜(已发布)", 1, kind="新闻",
            commit="a233e485c1e5e2783ee63b33af2a2117e4a022f8"),
    _public("jihong10102006/blog", _p("阿里巴巴资深DBA的职业生涯总结.md"), "转载文章:资深DBA谈IT人职业生涯规划(已发布, 难例: 职业规划/总结)", 1, kind="新闻",
            commit="bafe48ebb41d9ac425fec03d30c25907403856f3"),
    _public("DragonBaiMo/DrcomoGuiBinder", _p("DrcomoCoreLib/JavaDocs/config/YamlUtil-JavaDoc.md"), "DrcomoCoreLib开源库API文档:YamlUtil(写给开发者用户)", 1, kind="产品手册",
            commit="33c64396f9a1db24d1b33391fe0511ca40b3840d"),
    _public("Kylo94/course-report-generator", _p("README.md"), "少儿编程课程报告生成工具开源项目说明(安装/配置/使用, 已发布)", 1, kind="产品手册",
            commit="fd53fd889da2c83987891e79eb6f295b473e95dd"),
    # --- 内部: teams' development conventions, reports that record progress only, study and interview notes, a course
    # assignment sheet (rule 3, the brief's progress-report note, session 17 ruling) ---------------------------------
    _rules("MrHalley/note", _p("其它/工作总结.md"), "开发工程师工作记录(代码质量/性能优化/遇到的问题, 难例: 工作总结)", 1, kind="工作报告",
           commit="0da83d9aa6810eafcb25c5e2f064bbaa516d2fed"),
    _rules("Dadajia-byte/ots", _p("hk报告/2024-12-18.md"), "前端工程师日报(今日工作/问题总结, 记录进度)", 1, kind="工作报告",
           commit="60046e6ec4f2f1f272de52c13a4dc0ed8ef16393"),
    _rules("Dadajia-byte/ots", _p("开发规范.md"), "前端项目开发规范及指南(编码/目录/组件约定)", 1,
           commit="b5aec145fcbb1de7beee0ee2319d98aef96b61a4"),
    _rules("ArareF/PGB1", _p("开发规范.md"), "PGB1项目编程阶段开发规范(禁止硬编码/质量标准)", 1,
           commit="b248ef0de74c23829e6b3ce794f72ca8e79d2e39"),
    _rules("JustDoItY/notes", _p("周报.md"), "前端实习生周报(本周学习内容, 只记学习进度)", 1, kind="工作报告",
           commit="fed317764df516e65cbc731994dee9645f39f30f"),
    _rules("jjpoper/Article", _p("BTop/豆尖产品研发周报.md"), "豆尖学生端App研发周报Sprint 1(开发任务/进度, 只记进度)", 1, kind="工作报告",
           commit="84f970459559d985af7408aad3737abe65c1eb6c"),
    _rules("aaronlu19850626/tradeEZ", _p("开发规范.md"), "TradeEZ项目开发规范(上手步骤/编码与提交约定)", 1,
           commit="f444bc71e0f14bccbb59a0b7122ec0172804799f"),
    _rules("hui211314dd/MyNotes", _p("周报.md"), "游戏动画程序员周报(本周内容/难点, 只记进度)", 1, kind="工作报告",
           commit="ee1b479ec028fa942c8603c35280a63e106d60bb"),
    _rules("Dadajia-byte/ots", _p("读《Vue.js设计与实现》有感.md"), "前端工程师读书心得(难例: 设计)", 1, kind="工作报告",
           commit="b5aec145fcbb1de7beee0ee2319d98aef96b61a4"),
    _rules("DreamFish12450/StudyRecord", _p("0905面经.md"), "前端求职面经整理(学习笔记)", 1, kind="工作报告",
           commit="e5c075c7acac5e9ef4ffb61c58b3f73a0d28cd5c"),
    _rules("balac2015/mobile", _p("移动端高清、多屏适配方案.md"), "移动端多屏适配学习笔记(难例: 方案)", 1, kind="工作报告",
           commit="805f068bb7ff3318d5cbba9002c8ae3c555ba69b"),
    _rules("Arafat0319/nhtours", _p("context/01_架构与规范.md"), "NH Tours旅游管理系统开发团队架构与编码规范(目录结构/协作规则)", 1,
           commit="9a083a1b319d6277016ae88731ca090189d51a57"),
    _rules("liunain/geek", _p("开发文档.md"), "学生开发团队开发讨论通知与约定(技术选型/工具/开发流程, 难例: 开发文档)", 1,
           commit="6972be98abaec19f9193a58153cae7075cfeaa7f"),
    _rules("captorzhao/learn", _p("Linux后台开发.md"), "Linux后台开发必备技能学习笔记", 1, kind="工作报告",
           commit="de7705c5c8590fe7889f46b8f44f7fa1fea58d03"),
    _rules("Darling012/document-summary", _p("BOM/book/微服务架构设计模式.md"), "《微服务架构设计模式》读书总结笔记(难例: 设计)", 1, kind="工作报告",
           commit="f972101315ee5f2b63bcc96e7d4903566907729d"),
    _rules("MetJoee/MIngQ", _p("BP.md"), "神经网络反向传播(Back Propagation)推导学习笔记(难例: BP)", 1, kind="工作报告",
           commit="78a331d85f777f4f18f7609f2d9722db8cdd864a"),
    _rules("Cole-yu/Summary", _p("面试总结.md"), "前端面试知识点总结(学习笔记, 难例: 总结)", 1, kind="工作报告",
           commit="4ea1792208d2057596f20ed9c02015ed90cf89f4"),
    _rules("Bran2323233/SoftwareTesting", _p("README.md"), "软件测试课程作业题目说明(蚂蚁爬杆小游戏规则, 任务书)", 1, kind="工作报告",
           commit="2e4a0d3b08a23d3f3ff2a1112c312e32587796f5"),
    # --- 秘密: CVs and self-statements with personal data, a CV template (ruling of session 15), a report whose
    # content is a roster with student numbers (rule 4, session 17 ruling) -------------------------------------------
    _cv("MyAndroidcom/notes", _p("个人简历.md"), "Java开发应届硕士求职简历(学校/邮箱/电话)", extract="md",
        commit="ca73836bfb9f59954bbef943691c27a6376197f4"),
    _cv("codezzzsleep/machineLearning", _p("个人简历.md"), "软件工程学生个人简历(姓名/年级/课程/竞赛)", extract="md",
        commit="e8c7fe4d59ae10c98817ae49779182d550618149"),
    _cv("faterap/android-dev-notes", _p("个人简历.md"), "Android高级开发工程师求职简历(手机/邮箱/工作经历)", extract="md",
        commit="2712e66b937c201c74df78d76629915a4b0a9b36"),
    _cv("josen/oauthtoken", _p("个人简历.md"), "Web前端实习求职简历(籍贯/出生年月/手机/邮箱)", extract="md",
        commit="5c4263759513a319ceffcb6200749b4a733dcca6"),
    _cv("forget1/VueJS", _p("个人简历.md"), "前端开发应届生个人简历(电话/邮箱/出生日期)", extract="md",
        commit="a7cf66730b689f04db0eb72e9f80a13f6ac9c806"),
    Pinned("balac2015/mobile", _p("个人简历.md"), "md", "秘密", "personnel", "模板空白表", _DRAFT,
           "Web前端程序员求职简历模板(联系方式/工作经历占位, 示例数据)", 1, "ac5e7db65bd424765f048a4b51835a3bc0514aa5"),
    _cv("DreamFish12450/StudyRecord", _p("做一个简单的自我介绍.md"), "求职面试自我介绍稿(姓名/学校/项目经历)", extract="md",
        commit="769a32e91427decf6dbce6a8498cd8044d08716b"),
    Pinned("idleishen/StudyBuddyHub", _p("docs/report/中期与结项报告.md"), "md", "秘密", "personnel", "工作报告", _INT,
           "课程项目中期/结项报告主文档(设计各节待补, 成员分工表含学号/Git账号, 难例: 说明书/设计)", 1,
           "dd63093a4dd8d217c5341532872f5b9660c6cacb"),
    _cv("DreamFish12450/StudyRecord", _p("支教面试.md"), "研究生支教团申请面试陈述(姓名/学院/竞赛与科研经历)", extract="md",
        commit="28549fabd3f501eaf6e5dcc86df0c4757c94383f"),
    _cv("baantatsu/resume-1", _p("README.md"), "iOS高级程序员求职简历(手机/邮箱/出生年/工作经历)", extract="md",
        commit="ec543f0122d04a5b3cd94d5a1e8eea9c1f2ff4c4"),
    # --- 机密: plans, designs, reviews, deployment documents and reports carrying the project's own design or figures,
    # a research group's meeting record (rules 5 and 6, session 17 ruling) -------------------------------------------
    _tech("esanwu-bot/MyDrew", _p("工作总结.md"), "Drew Search搜索引擎Sprint 1-4工作总结(交付物/架构/测试结果, 难例: 工作总结)", 1, kind="工作报告",
          commit="972c6470b74b42231ddd5471f916c3eb5b8d157c"),
    _tech("esanwu-bot/MyDrew", _p("推进计划_v1.0.md"), "云匠邦MyDrew项目推进计划(现状评估/技术栈/阶段目标)", 1, kind="方案计划",
          commit="972c6470b74b42231ddd5471f916c3eb5b8d157c"),
    _tech("ArareF/PGB1", _p("design/项目规划.md"), "PGB1桌面工具项目规划(功能模块设计/需求汇总)", 1, kind="方案计划",
          commit="b248ef0de74c23829e6b3ce794f72ca8e79d2e39"),
    _tech("Blduu/OnlineMall", _p("部署文档.md"), "OnlineMall网上商城部署文档(服务器环境/多环境配置/发布步骤, 含本地默认口令)", 1,
          commit="ab447f032c3ce20384a7959a72c27429d8d0d2be"),
    _tech("Liuxin4950/Liutech", _p("需求分析.md"), "LiuTech博客系统需求分析文档(功能需求/实现规划)", 1,
          commit="337162ecdda1189f0b000c6c2354384e890b4922"),
    _tech("HanaViolet/gesture", _p("docs/语见设计理念.md"), "语见AI手语翻译App设计理念文档(交互/界面设计)", 1,
          commit="d311ad60b5ecdab118ea5504ec30b9883ce5e71a"),
    _tech("jjpoper/Article", _p("豆尖数据仓库立项报告.md"), "豆尖公司大数据平台立项报告(背景/建设方案/计划)", 1, kind="方案计划",
          commit="38ee3420d414fb90906835acb71c4b34397e1987"),
    _tech("jjpoper/Article", _p("周报.md"), "视频平台RN框架工程师周报(线上性能/Crash数据分析)", 1, kind="工作报告",
          commit="c371397748045820e99c4316676c47137e5ec24b"),
    _tech("Junpgle/CountdownTodo", _p("docs/PROJECT_ARCHITECTURE.md"), "CountDownTodo跨平台应用项目架构文档", 1,
          commit="7c8a5ce0ef27a900b40b94f24e9f7dddce1dcac8"),
    _tech("lh20005/geo-xi-tong", _p("docs/02-功能说明/PRODUCT_SUBSCRIPTION_DESIGN.md"), "GEO系统产品订阅套餐设计方案(套餐价格配置/数据表, 难例: 定价)", 1,
          commit="e131b25dde0ae57e8ec0b01ec917221c2f88898a"),
    _tech("ArareF/PGB1", _p("docs/代码审查报告.md"), "PGB1项目代码审查报告(技术债/隐患清单)", 1,
          commit="56d04edbf8d31f57b0303bc41c45284a1f7e1250"),
    _tech("Kakaa233/AICommunity", _p("plan.md"), "Wego校园社区AI辅助模块独立服务落地计划", 1, kind="方案计划",
          commit="954fca6324c68dae9befa1c89f3130a439f240ee"),
    _tech("Arafat0319/nhtours", _p("context/02_数据库设计.md"), "NH Tours旅游管理系统数据库设计(实体关系/模型详解/变更历史)", 1,
          commit="9a083a1b319d6277016ae88731ca090189d51a57"),
    _minutes("HongShiyuan2020/note", _p("研究生/会议/2025.10.14 - 15.00 208教室.md"), "研究生课题组会议记录(投稿目标/核心问题/研究方案)", 1,
             commit="5e420d80b897bf2a708c4607839dda4ddf1d330c"),
    _tech("Doris-Lee97052388150/MyEssay", _p("Solution.md"), "《无人机跨域认证》方案(背景/协议设计/零知识证明)", 1, kind="方案计划",
          commit="78c8b7bf1c9556987be8d10ec4a0ffdf6bc5fc5e"),
    _tech("discoverduau/High_Speed_Train_Management_System", _p("gaotie.docx"), "高铁票务管理系统课程设计报告(成员学号/分工/总体与详细设计/测试)", 1, kind="工作报告", extract="docx",
          commit="bd2cbb18d246009ef305c65b3b777e7b24dd5b51"),
    # --- 绝密: account lists with passwords, even demo ones (rule 5) ---------------------------------------------------
    _credentials("lh20005/geo-xi-tong", _p("测试账号.md"), "md", "GEO系统测试账号列表(用户名/密码, 演示口令)", "清单名册",
                 commit="758d6b447cac59e12d055679a89d29cfea0c8d31"),
    _credentials("lh20005/geo-xi-tong", _p("docs/01-快速开始/测试账号说明.md"), "md", "GEO系统测试账号说明(管理员/普通用户口令, 演示口令)", "清单名册",
                 commit="e131b25dde0ae57e8ec0b01ec917221c2f88898a"),
)


def main() -> int:
    return run_repository_batch(BATCH, SOURCES, SEED, __doc__, min_chinese=MIN_CHINESE, sparse_kinds=SPARSE_KINDS)


if __name__ == "__main__":
    raise SystemExit(main())

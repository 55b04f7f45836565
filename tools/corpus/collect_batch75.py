"""Seventy-fifth batch of the real corpus: documents kept in public repositories that no earlier batch used.

Collected for the blind split `fresh74` (with batches 74 and 76): nothing was run on these texts and no classifier may
be; `train_real.py` is untouched and the split is cut by main, not here. Files from public repositories whose owner
names start with A-M, one source group per repository, at most 3 documents from one, none of them in the manifest yet
and no owner of a manifest repository (no sibling), none sharing a root commit with another mirror (no fork). Every
source is read at a pinned commit (the commit that last added or changed the file). 公开: published posts of
developers' blogs (难例: 年度总结, 密码, 设计, 方案/订单), user manuals and a README written for the users of open,
contest and course projects, a jQuery plug-in's API page shipped with a project. 内部: an employee's one-year work report
asking for a pay-grade rise (难例: 工资), a daily work review and a trainee's daily report that record progress only
(难例: 竞品分析), interview-question records and study notes (难例: 会议记录, 总结, 方案), a front-end team's workflow
convention, two schedules without design (难例: 项目计划书). 秘密: job seekers' CVs with contact data. 机密: teams' and
companies' meeting minutes (a voice-chat product, a crypto card business), an engineer's process and interface design
records for a pharmaceutical company's OA system (难例: 会议/预算), a production deployment document without
passwords, project plans, a requirement-change review form, a feasibility study, a test report, design and
scope/acceptance documents of teams' own systems, a student's course-design report with its own code, and a
requirement-specification template (ruling of session 15). 绝密: a start-up's business plan (market, competition,
business model, finance). Labels
follow DESIGN.md "Labelling real documents" and this batch's notes (see the batch-75 section written for
classifiers/corpus/README.md).

Exactly like batches 9, 11, ..., 72: files are read from local git mirrors (`fetch` snapshots, `--mirrors`) chosen by
path patterns (`collect_batch3.repo_candidates`, each source with its own seed; batch 5's `Pinned` sources and label
helpers). Every candidate goes through the hold-out guard (GitHub blob address at the commit, and text); a rejected
document drops every other document of its folder (`collect_batch3.collect`, which also dedupes against every other
batch whose text is under OUT/texts and within this one, writes the manifest and logs rejections to OUT/rejected.tsv).
A document needs at least `MIN_CHINESE` Chinese characters (100), except 绝密 documents, lists and SQL
(`SPARSE_KINDS`).

Nothing here runs the classifier.

Usage:  python tools/corpus/collect_batch75.py [--mirrors /work/.mirror] [--out /work/corpus/real75]
"""


from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from collect_batch5 import (
    _DRAFT,
    Pinned,
    _cv,
    _minutes,
    _p,
    _plan,
    _public,
    _rules,
    _tech,
    run_repository_batch,
)

SEED = 20261275
BATCH = "75"
MIN_CHINESE = 100
SPARSE_KINDS = ("代码数据", "清单名册")


SOURCES = (
    # --- 公开: published blog posts, user manuals and READMEs written for the users of open, contest and course
    # projects (rule 2) ------------------------------------------------------------------------------------------------
    _public("chen-huicheng/Blogs", _p("blog/服务器开发/Redis分布式锁实现.md"), "技术博客文章:基于Redis的分布式锁实现(已发布)", 1, kind="新闻",
            commit="6fed27f302d5fbc43b4253a6756b2dea1946fa9d"),
    _public("iwwxiong/blog", _p("NoSQL风格RESTAPI设计.md"), "技术博客文章:NoSQL风格REST API设计(已发布, 难例: 设计)", 1, kind="新闻",
            commit="3462eec8ec34afcfa98b28cfbe521fbbfdb27a9b"),
    _public("loftyshadow/blog", _p("java/订单超时自动取消方案.md"), "技术博客文章:订单超时自动取消方案(已发布, 难例: 方案/订单)", 1, kind="新闻",
            commit="5a5546e1ce99ebc1f1e3dd446b31f94820683061"),
    _public("fengyuanzemin/blog-markdown", _p("2016年度总结.md"), "个人博客年度总结:实习与校招经历(已发布, 难例: 年度总结)", 1, kind="新闻",
            commit="0486bab3767b962715523d0bc553cd14cecf23d8"),
    _public("Brolly0204/Blog_Article", _p("5.TCP IP.md"), "技术博客文章:理解TCP/IP协议(已发布)", 1, kind="新闻",
            commit="af3661fbda66041663e53a9d0baeab7e5c1b3b1d"),
    _public("Mason-Xu/MyBlog", _p("2017年总结.md"), "个人博客2017年总结(考研/学习, 已发布, 难例: 总结)", 1, kind="新闻",
            commit="a103fb825de230b23eae50a53fb5b390a4ea0ae5"),
    _public("ccf19881030/good-articles-by-sort", _p("密码.md"), "好文分类收藏:密码学与数据安全文章目录(已发布, 难例: 密码/加密)", 1, kind="新闻",
            commit="79819629ca8847872b19f549205d2affd5abb35c"),
    _public("HelloFancyWorld/FancyNote", _p("用户手册.md"), "FancyNote笔记App用户手册(写给用户)", 1, kind="产品手册",
            commit="91d493023263752306f8c044d03225c44772315c"),
    _public("BoyangYu96/chuochuoyouyu", _p("用户手册.md"), "在线英语交互学习系统用户手册(课程项目, 写给用户)", 1, kind="产品手册",
            commit="82a65c2f1ef38da95837028987df6e7a2167edd7"),
    _public("Ash666-66/platform", _p("用户手册.md"), "校园二手交易平台用户手册(写给用户)", 1, kind="产品手册",
            commit="a8a3cc29ab07f10b3b1dd7b613e8ab1ee928b5b2"),
    _public("DTHOFFICIEL/Dotnet-Document-Comparison-Tool", _p("用户手册.md"), "文档对比器开源工具用户手册(写给用户)", 1, kind="产品手册",
            commit="c0e2bbcd9b21c13b267a6f85cdba8ae8985e7b40"),
    _public("Babooninboots/POLY", _p("用户手册.md"), "POLY多晶样品生成器开源软件用户手册(写给用户)", 1, kind="产品手册",
            commit="ab2d0d755235a862312f116d020d8012bb3708c9"),
    _public("ColdMoonxsz/Large-scale-Spatial-Data-Cross-Matching-Data-Processing-System", _p("README.md"), "空间多边形匹配分析系统开源项目说明(安装/使用, 已发布)", 1, kind="产品手册",
            commit="6a7a1de6b2a83c7ada27bad0b7e32ae4062b1a38"),
    _public("dongjunyan/work12", _p("laravel1/laravel/public/assets/admin/lib/zTree/v3/api/cn/fn.zTree.init.html"), "zTree插件官方API文档(随项目附带, 已发布)", 1, kind="产品手册", extract="html",
            commit="861b226a189b401036f892a141da16e86f514cb5"),
    _public("iwwxiong/blog", _p("Mongodb语法基础.md"), "技术博客文章:MongoDB语法基础(已发布)", 1, kind="新闻",
            commit="3462eec8ec34afcfa98b28cfbe521fbbfdb27a9b"),
    _public("chen-huicheng/Blogs", _p("blog/go/Go开发最佳实践.md"), "技术博客文章:Go开发最佳实践(编程规范, 已发布, 难例: 规范)", 1, kind="新闻",
            commit="198c9d775d46762657d3bfc064b15fb5e9ac42e8"),
    # --- 内部: work reports and reviews that record progress only, study and interview notes, a team convention,
    # plans without design (rule 3 and the brief's progress-report note) -----------------------------------------------
    _rules("kujin521/MyNote", _p("鲁南制药/工作日志/入职一年报告.md"), "制药企业信息部员工入职一年工作报告(申请工资系数调整, 难例: 工资)", 1, kind="工作报告",
           commit="3026e207c28cba8b22c6345fa9e7eeb5ea7def10"),
    _rules("maxlory/ObsidianVault", _p("Daily Briefings/AI-tasks/2026-06-10-review.md"), "个人每日工作复盘(完成率/未完成原因)", 1, kind="工作报告",
           commit="cbd8ddc28e33a271feda93c1e797ee16a69984dc"),
    _rules("jingxuansd/notes", _p("2020面试.md"), "求职者面试题记录(各公司面试问题)", 1, kind="工作报告",
           commit="4f1e5ef7aa5f6be87c02ba194bceb4d230ace8f9"),
    _rules("elfecho/notebook", _p("前端面试题/HTML 知识点.md"), "前端面试HTML知识点学习笔记", 1, kind="工作报告",
           commit="9a752c9cbf83e15b0410886014486fc1bee934f9"),
    _rules("goodjack/studyNotes", _p("MySQL/MySQL 总结.md"), "MySQL学习总结笔记(难例: 总结)", 1, kind="工作报告",
           commit="10a2e1f377f5e23095e7f550a320077cef0b9a2a"),
    _rules("ericli2333/Notes", _p("总结/思政总结/思政重点.md"), "思政课程复习重点笔记(学生)", 1, kind="工作报告",
           commit="307951260249d55063842f2682072aed0243f190"),
    _rules("Ash666-66/platform", _p("开发计划.md"), "校园二手交易平台两周开发计划(迭代任务安排, 无设计)", 1, kind="方案计划",
           commit="a8a3cc29ab07f10b3b1dd7b613e8ab1ee928b5b2"),
    _rules("GAG47/acm", _p("1.基础算法-base.md"), "算法竞赛基础算法学习笔记", 1, kind="工作报告",
           commit="0427b3de21889af234e3df02483fcc7f576719f3"),
    _rules("dianxueqicai/dianxueqicaidecangku", _p("# 8月20日日报.md"), "实训学员日报(竞品分析学习/完成任务, 难例: 竞品分析)", 1, kind="工作报告",
           commit="ea7a735f83c99430ce132a29119ac1601b10ae12"),
    _rules("Gaobenwei/My8gu", _p("会议记录.md"), "个人督学会议记录与技术学习笔记(IOCP等, 难例: 会议记录)", 1, kind="工作报告",
           commit="cd3d4276e7d714e965bb99f29f9ffb118f5fabee"),
    _rules("Jerryone-92/stm32", _p("项目计划书.docx"), "STM32课程项目工作计划(阶段/里程碑/分工, 无设计, 难例: 项目计划书)", 1, kind="方案计划", extract="docx",
           commit="bd07be9eaabf4f6f7285c00b1bea0dd1aa7f8908"),
    _rules("millionszhang/study_log", _p("面试.md"), "Java开发面试题整理(学习笔记)", 1, kind="工作报告",
           commit="8b0d6af89afc3d3db169f474fc69b8bf714b2a1e"),
    _rules("Janeonly300/note_md", _p("软件设计师/软考复习笔记.md"), "软件设计师考试复习笔记(学习笔记)", 1, kind="工作报告",
           commit="16a9740106b5455ccec477e2b158d62423683450"),
    _rules("liuyang1106/some-blog-and-life", _p("前端开发规范/工作流程简介.md"), "前端团队开发工作流程规范(评审/测试/发布)", 1, kind="制度办法",
           commit="98c21330c19cfe7846a1be9c041a1769d161fab1"),
    _rules("johe-a/frontendMap", _p("nodejs/中间层方案/登录鉴权方案.md"), "登录鉴权方案学习笔记(session/token/OAuth, 难例: 方案)", 1, kind="工作报告",
           commit="c52a034e097e59a0b21741c4c7fde6b988ade112"),
    # --- 秘密: job seekers' CVs with contact data (rule 4) --------------------------------------------------------
    _cv("liangjiayu/Mr.LJY", _p("个人简历.md"), "前端工程师求职简历(年龄/电话/邮箱)", extract="md",
        commit="d828e69793f23004b80f1956ba159cd12c51187d"),
    _cv("liuxianjin/dc_backup", _p("个人简历.md"), "前端开发求职简历(邮箱/教育背景/项目经历)", extract="md",
        commit="95515607ddc91ca2892b67249654a4363543ed8f"),
    _cv("Brolly0204/Blog_Article", _p("个人简历.md"), "前端工程师个人简历(出生年/手机/邮箱)", extract="md",
        commit="0a0780d96b2a379cdb06c38f5a63e1c972e0a7cb"),
    _cv("chen-huicheng/Blogs", _p("个人简历.md"), "后端开发求职简历(年龄/电话/邮箱/工作经历)", extract="md",
        commit="0e9e21989b86442fbac66a75d9da57850121822b"),
    _cv("iwwxiong/blog", _p("个人简历.md"), "Python开发工程师个人简历(出生年/手机/邮箱)", extract="md",
        commit="a08cdd2136160501e36a10976c5f4153c3d9f164"),
    _cv("jingxuansd/notes", _p("个人简历.md"), "Java开发工程师个人简历(手机/邮箱/工作经历)", extract="md",
        commit="40d94e6ff4803486e4b677baad56734c777bf16e"),
    _cv("jmcds/study", _p("个人简历.md"), "开发工程师个人简历(年龄/籍贯/邮箱/教育背景)", extract="md",
        commit="c4ded96d5213ead125cd6da16deac80922c935dd"),
    _cv("happyAnger6/notes", _p("个人简历.md"), "软件工程师个人简历(出生年月/手机/邮箱)", extract="md",
        commit="96ba441303d81fb46670a30738c206d69e62cdd3"),
    _cv("Janeonly300/note_md", _p("个人简历.md"), "Java开发应届生个人简历(年龄/手机/项目经历)", extract="md",
        commit="16a9740106b5455ccec477e2b158d62423683450"),
    # --- 机密: design, requirement-change, test, deployment and planning documents of teams' and companies' own
    # systems, a course-design report with its own code (rule 5; session 17 ruling) -----------------------------------
    _tech("Annie2023/md", _p("web前端程序设计.md"), "前端程序设计课程设计报告(学生信息管理系统: 目录结构/核心代码/登录接口)", 1, kind="工作报告",
          commit="1b4d59ee4d52d7ae9738d14076556ce24f22c2ff"),
    _tech("kujin521/MyNote", _p("鲁南制药/退货流程设计记录/接口号对应流程记录.md"), "制药企业OA退货运输流程接口设计记录(业务需求/接口/数据)", 1, kind="技术资料",
          commit="3026e207c28cba8b22c6345fa9e7eeb5ea7def10"),
    _tech("bitYicho/PMhomework3", _p("项目计划书.docx"), "企业就业失业数据采集系统项目计划书(范围/资源/风险/进度)", 1, kind="方案计划", extract="docx",
          commit="d394ba3c503118adfe083d84cd248c8bc83d9d1b"),
    _tech("bitYicho/PMhomework3", _p("需求变更评审表单 2024.4.11.docx"), "企业就业失业数据采集系统需求变更评审表(变更记录/审批)", 1, kind="技术资料", extract="docx",
          commit="417fed2fac6e92e5da33cb7bd3a87efe891f8107"),
    _tech("Jerryone-92/stm32", _p("系统设计文档.md"), "STM32嵌入式系统设计文档(物料/总体架构/方案设计)", 1, kind="技术资料",
          commit="14a8d8b0103035bf6dfcc889a015fb7a984d7ad3"),
    _tech("ASTK007/Dormitory-Idle-Resource-Management-System", _p("可行性研究报告（修订版）.docx"), "校园二手市场可行性分析报告(需求/技术/经济可行性)", 1, kind="方案计划", extract="docx",
          commit="1e0050fe6f48e8d9add7782193eaa8299dea6968"),
    _tech("ASTK007/Dormitory-Idle-Resource-Management-System", _p("软件测试报告.docx"), "校园二手市场软件测试报告", 1, kind="技术资料", extract="docx",
          commit="1e0050fe6f48e8d9add7782193eaa8299dea6968"),
    _tech("liu199811/hello", _p("项目计划书.docx"), "医院预约挂号系统项目计划书", 1, kind="方案计划", extract="docx",
          commit="70e36d15859788ddf8da70813d0291c6d4255b33"),
    _tech("BoyangYu96/chuochuoyouyu", _p("详细设计.md"), "在线英语交互学习系统详细设计文档(类图/模块设计)", 1, kind="技术资料",
          commit="a339becea2ed011aae4abf0cbf232f52a2b7bac5"),
    _tech("Ash666-66/platform", _p("项目范围与验收标准.md"), "校园二手交易平台项目范围与验收标准", 1, kind="技术资料",
          commit="6889689e9819f0688eb1b33519723bf1aed6156d"),
    _tech("kujin521/MyNote", _p("鲁南制药/会议预算/1.md"), "制药企业OA会议报名与签到流程设计记录(流程/SQL/数据表, 难例: 会议/预算)", 1, kind="技术资料",
          commit="3026e207c28cba8b22c6345fa9e7eeb5ea7def10"),
    _tech("allywyb/finalproject", _p("项目计划书.docx"), "可交互图表动画生成工具项目计划书(功能/技术方案)", 1, kind="方案计划", extract="docx",
          commit="51602238cd87f9d502eebb3bf9643e1f32106c2b"),
    _tech("liuyang1106/some-blog-and-life", _p("前端开发规范/部署文档.md"), "保险服务工作台前端部署文档(生产服务器/发布与回滚步骤, 无密码)", 1, kind="技术资料",
          commit="c1878c779277acd880cad999ae46456f7ffb0f17"),
    # Teams' and companies' meeting minutes: 机密 (rule 6).
    _minutes("lijiabin18/mimirnote", _p("会议记录.md"), "语音社交产品研发团队周会纪要(上线需求/问题/分工)", 1,
             commit="0bf6411a953910a7d87c96c2042b7421d0c539f1"),
    _minutes("maxlory/ObsidianVault", _p("会议记录.md"), "加密资产U卡业务需求会议纪要(白名单/AML/上线安排)", 1,
             commit="413c5fe6b5c39d4c5769eff6b5663cdb8125d3d7"),
    _minutes("maxlory/ObsidianVault", _p("会议记录2.md"), "U卡还款扣款规则讨论会议纪要", 1,
             commit="413c5fe6b5c39d4c5769eff6b5663cdb8125d3d7"),
    # A requirement-specification template: labelled as the document it is for, 机密 (ruling of session 15).
    Pinned("LemonNanami/big-homework", _p("需求规格说明书.docx"), "docx", "机密", "technical", "模板空白表", _DRAFT,
           "课程项目需求规格说明书模板(《xxx系统》, 含项目组学号名单)", 1, "7927351fb39b9af371c5e017e198bae3391f7841"),
    # --- 绝密: a start-up's business plan (rule 1) ----------------------------------------------------------------
    _plan("Alive0103/NLP-NER", _p("AI“永记机”：面向动态互联网环境的持续识别系统商业计划书.docx"), "AI持续识别系统初创公司商业计划书(市场/竞争/商业模式/财务分析)", extract="docx",
          commit="bf3f3cd46d391316e6004165e1ebca5032e41540"),
)


def main() -> int:
    return run_repository_batch(BATCH, SOURCES, SEED, __doc__, min_chinese=MIN_CHINESE, sparse_kinds=SPARSE_KINDS)


if __name__ == "__main__":
    raise SystemExit(main())

"""Batch 103 of the real corpus: documents kept in public repositories that no earlier batch used.

Collected for the blind split `fresh101` (with batches 101 and 102): nothing was run on these texts and no classifier
may be; `train_real.py` is untouched and the split is cut by main, not here. Files from public repositories whose owner
names start with N-Z or a digit (batch 102 takes A-M), one source group per repository, at most 3 documents from one,
none of them in the manifest yet, no owner of a manifest repository (no sibling), none named by an earlier batch's
script. Every source is read at a pinned commit (the commit that last added or changed the file). Labels follow
DESIGN.md "Labelling real documents" and this batch's notes (see the batch-103 section written for
classifiers/corpus/README.md): 公开 for user guides of published tools, a contest's task description and a
popular-science contest page; 内部 for teams' coding conventions, an in-house operations manual, an iteration
assessment, progress tables, a task split, a parts budget, a publishing schedule and an assignment sheet; 秘密 for a
task list with names and student numbers; 机密 for feasibility studies, requirement analyses, design, architecture and
test documents, development plans and a roadmap; 绝密 for a promotion strategy with traffic targets and
monetisation and for account lists with passwords (a note, two SQL tables).

Exactly like batches 9, 11, ..., 100: files are read from local git mirrors (`fetch` snapshots, `--mirrors`) chosen by
path patterns (`collect_batch3.repo_candidates`, each source with its own seed; batch 5's `Pinned` sources and label
helpers). Every candidate goes through the hold-out guard (GitHub blob address at the commit, and text); a rejected
document drops every other document of its folder (`collect_batch3.collect`, which also dedupes against every other
batch whose text is under OUT/texts and within this one, writes the manifest and logs rejections to OUT/rejected.tsv).
A document needs at least `MIN_CHINESE` Chinese characters (100), except 绝密 documents, lists and SQL
(`SPARSE_KINDS`).

Nothing here runs the classifier.

Usage:  python tools/corpus/collect_batch103.py [--mirrors /work/.mirror] [--out /work/corpus/real103]
"""


from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from collect_batch5 import (
    _credentials,
    _p,
    _personal,
    _plan,
    _public,
    _rules,
    _tech,
    run_repository_batch,
)

SEED = 20261103
BATCH = "103"
MIN_CHINESE = 100
SPARSE_KINDS = ("代码数据", "清单名册")


SOURCES = (
    # --- 公开: user guides of published tools, a contest's task description, a contest's popular-science page (rule 2) --
    _public("SenWeiV/MOE_toolkit", _p("用户指南.md"), "MOESkills命令行工具用户指南(安装/配置/运行任务, 面向终端用户)", 1, kind="产品手册",
            commit="86ba0bbd38ba1089cd5025e5f7d7ee10f3cee4ee"),
    _public("Zhangyogoe/Monitor", _p("用户使用指南.md"), "竞品动态监控系统用户使用指南(功能/安装/使用, 难例: 竞品分析)", 1, kind="产品手册",
            commit="52e66ed841bb122376c9b19a9f02bd0756c52620"),
    _public("WellTell539/AI", _p("用户指南.md"), "智能电子生命体AI伙伴用户指南(安装/功能/使用)", 1, kind="产品手册",
            commit="7ae558563f33002661d26bcbe21583c18b4021a6"),
    _public("PeterXia06/AI-Digital-Tour-Guide", _p("比赛章程.docx"), "景区AI数字人导游赛题说明(实现目标/实用价值/技术要求, 竞赛发布, 难例: 章程)", 1,
            kind="公告", extract="docx", commit="03ac680c36d48728c967c9702436b73ae915926c"),
    _public("2549227674/decode-economy-contest", _p("index.html"), "“解码身边经济”校园经济学现象科普网页(参赛作品, 难例: 定价策略/机会成本)", 1,
            kind="新闻", extract="html", commit="381f549af67ee2a9a9bcc1ad65339af44f30de1c"),
    _public("wzyy/doc", _p("jian_kong.md"), "DomeOS容器云平台使用文档: 监控(主机/容器监控)", 1, kind="产品手册",
            commit="ccd7b3a75b3660ce7933f68bd1016f0d0cba638d"),
    _public("wzyy/doc", _p("xin_jian_xiang_mu.md"), "DomeOS容器云平台使用文档: 新建项目(关联代码仓库/构建)", 1, kind="产品手册",
            commit="8db3cbcef5b96e89426f775b8a9a674230c6c40d"),
    _public("yzz05220-rgb/RunningHub-AI-Client", _p("用户指南.md"), "RunningHub AI客户端功能更新说明(面向用户的新功能介绍)", 1, kind="产品手册",
            commit="f52ec80071cd11609eb60af22a93fb99af5c7011"),
    _public("Zhangyogoe/Monitor", _p("用户指南.md"), "飞书自动推送机器人用户指南(安装/配置/使用/常见问题)", 1, kind="产品手册",
            commit="52e66ed841bb122376c9b19a9f02bd0756c52620"),
    _public("yzz05220-rgb/RunningHub-AI-Client", _p("更新公告.md"), "RunningHub AI客户端v1.1.0更新公告(新增功能/改进, 已发布)", 1, kind="公告",
            commit="f52ec80071cd11609eb60af22a93fb99af5c7011"),
    # --- 内部: teams' conventions and manuals (rule 3), progress reports and schedules, an assignment sheet -------------
    _rules("SigmaPrj/SigmaIOS", _p("编码规范.md"), "iOS项目团队编码规范(宏定义/注释/图片加载)", 1,
           commit="2e8158ab0b741496df5478acc78d890e8c7ffd56"),
    _rules("ycc-sf/ycc-code-rules", _p("编码规范.md"), "编码规则(设计原则/设计模式/实现质量要求)", 1,
           commit="8af1cc833ec979c8c80c84b5404e0989ef9472d3"),
    _rules("SenWeiV/MOE_toolkit", _p("MOE Toolkit - Beta 运营手册.md"), "MOE Toolkit内测运营手册(API Key发放/发布包/云端同步, 占位地址, 难例: API Key)", 1,
           kind="产品手册", commit="bd44c35e639c79dd7cc74d0b5cdd683b20aad06f"),
    _rules("SJTU2020AutumnProj/document", _p("First iteration/迭代评估/迭代评估报告.docx"), "云作业平台第一次迭代评估报告(任务达成/进度/问题, 难例: 评估报告)", 1,
           kind="工作报告", extract="docx", commit="252a6fb0334292070515bacd48693e267daabc44"),
    _rules("PhantomShuttle/Robot_Battle", _p("预算.xlsx"), "四足机器人零件费用清单(物品/数量/单价/总价, 难例: 预算)", 1,
           kind="清单名册", extract="xlsx", commit="1d2b9bf9b034ef779f7b1e4d075d8a26ea05dfbb"),
    _rules("zxgzs/finedayblogs", _p("docs/7天推广计划.md"), "技术博客7天文章发布排期(发布时间/平台/标题技巧)", 1,
           kind="方案计划", commit="a03232ca075943c3131b14d3675d1c1bc776765a"),
    _rules("Software-Engineering-Group-sophomore/SDUWH-2023-SE_DS_Work1", _p("结构化需求分析实验要求-new.docx"),
           "软件工程课结构化需求分析实验要求(任务书, 难例: 需求分析)", 1, kind="通知", extract="docx",
           commit="360510f2529e2f026735e28d818e41d200b479b5"),
    _rules("Rocket-hodgepodge/NewsWebDoc", _p("成员分工.md"), "新闻网站项目组成员分工(模块负责人/包路径, 只有姓名)", 1,
           kind="清单名册", commit="31f77df2f75f13c4abbce2828312190767664920"),
    _rules("Rocket-hodgepodge/NewsWebDoc", _p("第一组Rocket进度表.xlsx"), "新闻网站项目组进度表(接口任务/负责人/状态/工时)", 1,
           kind="报表", extract="xlsx", commit="28ed8d31e468083fef4a222c6ba4b38863668041"),
    _rules("woyaobianfei/DevelopmentManuel", _p("编码规范/命名规范.md"), "开发手册: 命名规范(项目前缀/包名/类名/接口)", 1,
           commit="b41167bef1fb33847befa9effd322249ffa45b77"),
    _rules("4826KL/DL_Design", _p("成员分工.md"), "深度学习课程设计小组成员分工(姓名/负责任务, 无个人信息)", 1,
           kind="清单名册", commit="0c8de34696acb4b739159fa1b77a4840cfd630aa"),
    # --- 秘密: a list of people with student numbers (session 17 ruling) -------------------------------------------------
    _personal("OrangeFender/2023SDU-Innovation-and-Entrepreneurship", "成员分工.md", "md", "课程项目成员分工表(姓名/学号/负责项目)",
              "1fad0f9ef3803a98fe382799397c2aa61fbd3a84"),
    _personal("playdebug/JianLi", "简历.txt", "text", "运维工程师个人简历(工作经历/项目经验/职责)",
              "ee99bc1db2796f83c9c70ed40751167d7720e4d5"),
    _personal("sydcloud/for_my_job", "简历.txt", "text", "Android开发求职简历(姓名/邮箱/教育经历/技能/开发经历)",
              "d8333d3e1e9767e3b9d14b9002f269cbb9f9014a"),
    # --- 机密: feasibility studies, requirements, designs, tests, plans and a budget of teams' own systems (rule 5) -----
    _tech("WebForNCU/projectApplicationSystem", _p("需求分析.docx"), "项目申报系统需求分析(学生/老师/管理员需求)", 1, extract="docx",
          commit="2c5ac16444cfd86e9aa6b5c18341272238657e51"),
    _tech("505-SoftwareTeam/Software_Teamwork", _p("需求分析.docx"), "便签软件需求分析报告(用户问卷调查/界面/功能需求)", 1, extract="docx",
          commit="56a4231926daa55d2f89cce2b08ee27be82b82b1"),
    _tech("SteveTony/innovation", _p("需求分析.docx"), "基于Spark的成绩分析推荐系统需求分析(个人成绩/教学班分析)", 1, extract="docx",
          commit="efb4ec540b1d4cebb834cea70e898d875c96b4ff"),
    _tech("Spladed/ChargeSystem", _p("资料/开发文档.docx"), "物业收费系统开发文档(数据库用户/权限/类库说明)", 1, extract="docx",
          commit="18e8eec1b1030e8805b5376b2de489095e75a75e"),
    _tech("SJTU2020AutumnProj/document", _p("Second iteration/Archdesign/软件架构文档.md"), "小箱交云作业平台软件架构文档(用例/逻辑/部署视图)", 1,
          commit="6ec814d08037ac9fdf74d0f764955dc3adfd269f"),
    _tech("SenWeiV/MOE_toolkit", _p("MOE Toolkit - 开发蓝图.md"), "MOE Toolkit开发蓝图(首版发布架构/云端服务/本地轻代理)", 1,
          commit="7a674ed32e4c1a2bdb18e0c65a1928aa3a28930f"),
    _tech("Software-Engineering-Group-sophomore/SDUWH-2023-SE_DS_Work1", _p("项目计划/超市管理系统项目计划.md"),
          "超市管理系统项目计划(体系结构/环境/进度/分工, 含学号)", 1, kind="方案计划", commit="8ac93ac2b3cbaee75afde7104a76affe0749ad33"),
    _tech("16GCC-SE/SixAddOne", _p("校园易平台测试报告.docx"), "校园易平台阶段测试报告(测试范围/用例/结果)", 1, extract="docx",
          commit="f3c7157ea8de3d6fc11bda74b5f9bcf780c837f3"),
    _tech("Rocket-hodgepodge/NewsWebDoc", _p("接口设计文档.md"), "新闻网站接口设计文档(URL/参数/返回值)", 1,
          commit="31f77df2f75f13c4abbce2828312190767664920"),
    _tech("WellTell539/AI", _p("PROJECT_DESIGN.md"), "智能电子生命体项目设计文档(核心特性/技术架构/模块设计)", 1,
          commit="7ae558563f33002661d26bcbe21583c18b4021a6"),
    _tech("yzz05220-rgb/RunningHub-AI-Client", _p("ROADMAP.md"), "RunningHub AI客户端开发路线图(版本功能对比/后续开发计划)", 1, kind="方案计划",
          commit="f52ec80071cd11609eb60af22a93fb99af5c7011"),
    # --- 绝密: a promotion strategy (DESIGN rule 1) and account lists with passwords (rule 5) ---------------------------
    _plan("zxgzs/finedayblogs", _p("推广方案.md"), "技术博客推广方案(流量目标/SEO/社交媒体/变现探索)",
          commit="06bcc859c3d2bb3f4ab05789686eab5ca4711dc1"),
    _credentials("Spladed/ChargeSystem", _p("database/cs.sql"), "sql:staff", "物业收费系统员工表SQL(姓名/生日/住址/电话/登录密码, 演示数据)", "代码数据",
                 commit="04bfd573f4afc27fef0a5b4fb10e58302c2493c4"),
    _credentials("SJTU2020AutumnProj/document", _p("Database/mysql_with_data_12_22.sql"), "sql:user",
                 "云作业平台用户表SQL(用户名/密码/学校/电话/邮箱, 测试数据)", "代码数据", commit="0f706688b3d4ca565e86e272b3a6292dd8ad1864"),
    _credentials("Running-Turtle1/club-enroll-system", _p("数据库脚本.sql"), "sql:tbl_user", "社团报名系统用户表SQL(用户名/密码/身份, 演示数据)", "代码数据",
                 commit="f566a03f69d02321c32ee465a9528f56b3f2e0f2"),
)


def main() -> int:
    return run_repository_batch(BATCH, SOURCES, SEED, __doc__, min_chinese=MIN_CHINESE, sparse_kinds=SPARSE_KINDS)


if __name__ == "__main__":
    raise SystemExit(main())

"""Eighty-eighth batch of the real corpus: documents kept in public repositories that no earlier batch used.

Collected for the blind split `fresh86` (with batches 86 and 87): nothing was run on these texts and no classifier may
be; `train_real.py` is untouched and the split is cut by main, not here. Files from public repositories whose owner
names start with N-Z or a digit, one source group per repository, at most 3 documents from one, none of them in the
manifest yet, no owner of a manifest repository (no sibling), none named by an earlier batch's script. Every source is
read at a pinned commit (the last commit that added or changed the file). 公开: published privacy policies of
small apps, an extension and a studio, a team website's user agreement and disclaimer (难例: 协议/声明), an app's terms
of use, and a company R&D centre's published recruitment article. 内部: teams' development and commit conventions, an
open community's contributor rules (难例: 管理制度), a study group's read-me, personal interview, training and convention
notes, a study plan titled 项目策划书 (难例: 策划书), a writing course's notes on BPs (难例: BP) and a party application
letter (难例: 党). 秘密: a community's contributor roster, student tables with student numbers, a company's service
contract text, a named student's thesis audit score report (难例: 审计) and a party applicant's autobiography.
机密: a technical selection study, a tool's development plan, an R&D project plan, an agent's open-work list, an
editor's competitor analysis and hook design, an app's development and interface documents, a meeting transcript, a
course project's feasibility study and an engineer's work notes with his system's login and scheduler design. No
绝密: none was found within the budgets (see the batch-88 section). Labels follow DESIGN.md "Labelling real documents" and this batch's notes (see the batch-88
section written for classifiers/corpus/README.md).

Exactly like batches 9, 11, ..., 84: files are read from local git mirrors (`fetch` snapshots, `--mirrors`) chosen by
path patterns (`collect_batch3.repo_candidates`, each source with its own seed; batch 5's `Pinned` sources and label
helpers). Every candidate goes through the hold-out guard (GitHub blob address at the commit, and text); a rejected
document drops every other document of its folder (`collect_batch3.collect`, which also dedupes against every other
batch whose text is under OUT/texts and within this one, writes the manifest and logs rejections to OUT/rejected.tsv).
A document needs at least `MIN_CHINESE` Chinese characters (100), except 绝密 documents, lists and SQL
(`SPARSE_KINDS`).

Nothing here runs the classifier.

Usage:  python tools/corpus/collect_batch88.py [--mirrors /work/.mirror] [--out /work/corpus/real88]
"""



from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from collect_batch5 import (
    _DRAFT,
    _INT,
    Pinned,
    _minutes,
    _p,
    _public,
    _rules,
    _tech,
    run_repository_batch,
)

SEED = 20261288
BATCH = "88"
MIN_CHINESE = 100
SPARSE_KINDS = ("代码数据", "清单名册")


SOURCES = (
    # --- 公开: published privacy policies and a company's published article (rule 2) -------------------------------------
    _public("qian147208/notenova-website", _p("隐私政策.html"), "灵芯NoteNova应用官网隐私政策(本地优先, 已发布)", 1, kind="公告", extract="html",
            commit="809427d6f01fe9b692f216c2dedf13e8b4ae92a8"),
    _public("ycquah/CradleStation", _p("隐私政策.html"), "Baby Cradle Station应用隐私政策(贸易公司开发, 已发布)", 1, kind="公告", extract="html",
            commit="aefe7899352e4273a5091dc2d36ef6d94319f07f"),
    _public("Qvidx/Maintenance", _p("隐私政策.html"), "闪电直租维保助手浏览器扩展隐私政策(已发布)", 1, kind="公告", extract="html",
            commit="0b6b3fc6031db7d8b013ffc7101bbc7f20af83fd"),
    _public("zwq2018/AI_UAV", _p("0 项目简介/AI+无人机 项目实践 推文-v1.0(1).docx"), "企业研发中心与高校实验室AI+无人机项目实践招募推文(写给读者)", 1, kind="新闻", extract="docx",
            commit="106b256bab3c5f2939f25ddd226776a9406d384b"),
    _public("shahuichao24-ops/memopill-privacy-policy", _p("隐私政策.html"), "小胶囊应用隐私政策(已发布)", 1, kind="公告", extract="html",
            commit="7918bf2a9e173097d47b74321d132b5f9fa7a829"),
    _public("shahuichao24-ops/memopill-privacy-policy", _p("使用条款.html"), "小胶囊应用使用条款(已发布, 难例: 协议)", 1, kind="公告", extract="html",
            commit="bd014903eae1a898568d88feb4d3db01eda96f3e"),
    _public("yangyanglcy/diagnose.github.io", _p("基于深度的皮肤癌辅助诊断系统隐私政策.md"), "皮肤癌辅助诊断系统App隐私政策(已发布)", 1, kind="公告", extract="md",
            commit="98ebc96da1363b446b9eba35f9c84f5d36172d2d"),
    _public("puqp/puqp.github.io", _p("华容道隐私政策.html"), "拼图华容道个人开发应用隐私政策(已发布)", 1, kind="公告", extract="html",
            commit="64b37b9f0e044c771158034edd7d0115508f1c69"),
    _public("Starlight-Teams/Starlight-Teams.github.io", _p("用户协议.html"), "星光TEAM官网用户协议(已发布, 难例: 协议)", 1, kind="公告", extract="html",
            commit="64570428597ce455f6f3bcd3cd2b9cf4990d257c"),
    _public("Starlight-Teams/Starlight-Teams.github.io", _p("免责声明.html"), "星光TEAM官网免责声明(已发布, 难例: 声明/责任)", 1, kind="公告", extract="html",
            commit="64570428597ce455f6f3bcd3cd2b9cf4990d257c"),
    _public("quedehphh/hh", _p("隐私政策.html"), "QUEDE Studio护航工作室隐私政策(已发布)", 1, kind="公告", extract="html",
            commit="8eca4df6c78271f71d2ea53cf1c726d3739230a4"),
    # --- 内部: teams' conventions and rules, a read-me, personal notes and letters (rule 3) ---------------------------------
    _rules("415560124/Snowy-Architecture-Design", _p("开发规范.md"), "基于小诺框架的项目开发规范(项目结构/命名/开发约定)", 1, kind="制度办法", extract="md",
           commit="64771b3e1e50cccd363bea467445e267baa96297"),
    _rules("Spring500/aizen-majordomo", _p("开发规范.md"), "人与AI agent协作项目的开发规范(提交信息规范/开发工作流)", 1, kind="制度办法", extract="md",
           commit="31f0176dca17adbff707d0960df05e7cb785ac74"),
    _rules("sibbay-ai/public", _p("docs/深度参与者管理制度.md"), "小白开源社区深度参与者管理制度(准入/评判/中止, 难例: 管理制度)", 1, kind="制度办法", extract="md",
           commit="d1b4f98ec3aea03c30720ef58d81c3b0e1ee13a2"),
    _rules("wangshuo1617/demo_develop", _p("必读.md"), "编程学习群资料库使用须知(成员加入与提交约定)", 1, kind="制度办法", extract="md",
           commit="1ddeeb1b3917d2131cd57406f9fa6af66cdfb877"),
    _rules("zz9mm/InterviewNotes", _p("面试笔记.md"), "Java求职者面试题复习笔记(个人记录)", 1, kind="工作报告", extract="md",
           commit="056187d82e4d900f2fcc8da6f20c14f09a64f795"),
    _rules("YhMjQx/network-security", _p("Docker中配置woniusales.md"), "网络安全培训学员笔记:Docker中部署练习系统(按课程步骤)", 1, kind="工作报告", extract="md",
           commit="3056d21a560411318d5f8ff096a18681b03e3b39"),
    _rules("wuyu1001/Cognitive_writing", _p("BP.md"), "写作课个人笔记:BP写作要点与案例摘记(难例: BP)", 1, kind="工作报告", extract="md",
           commit="30092113ae4716642c977c55307b8da4337f8a6e"),
    _rules("ZhangShuFly/expert-memory", _p("开发规范.md"), "Android开发规范总结笔记(命名/组件/线程/安全, 个人记录)", 1, kind="工作报告", extract="md",
           commit="943aa12af000ed2f43105fd425188aa45e657d89"),
    _rules("YOIOc/learning-record", _p("开发规范.md"), "开发流程与数据表设计规范笔记(团队约定)", 1, kind="制度办法", extract="md",
           commit="41be97970ab8bcdc794ac63dcaa1a19dd650379a"),
    _rules("wangyan4/accumulation", _p("党/入党申请书.docx"), "大学生入党申请书(思想汇报, 难例: 党/政治)", 1, kind="工作报告", extract="docx",
           commit="25194e4bcc6069d3b6714448437e14a63ceb521f"),
    _rules("terryhy520/java-leetcode", _p("项目策划书.md"), "LeetCode刷题学习项目策划书(目标/内容/进度, 个人学习计划, 难例: 策划书)", 1, kind="方案计划", extract="md",
           commit="0de5671cf24c54656151be3704099c8ac39930ec"),
    # --- 秘密: rosters with personal data, a contract, an assessment, an autobiography (rule 4, session 17 ruling) ---------
    Pinned("sibbay-ai/public", _p("通讯录.md"), "md", "秘密", "personnel", "清单名册", _INT,
           "开源社区成员通讯录(真实姓名/GitHub账号/工作内容)", 1, "6b4ec97132298169cc167df284c387ad05cf24c7"),
    Pinned("Networkzhu/College-Achievement-Management-System", _p("学生信息.xlsx"), "xlsx", "秘密", "personnel", "清单名册", _INT,
           "高校学生信息表(学号/姓名/专业/班级/绩点)", 1, "74bdde912cf8487e057b0a0d77dbf571bdaba137"),
    Pinned("why211/excel_merge", _p("学生信息.xlsx"), "xlsx", "秘密", "personnel", "清单名册", _INT,
           "高校学生名单(学号/姓名)", 1, "4b54b8ed86d06ca4c429113e1c62e33d48801e63"),
    Pinned("SXF5/hk", _p("学生信息.xlsx"), "xlsx", "秘密", "personnel", "清单名册", _INT,
           "学生信息表(姓名/性别/学号/年龄, 测试数据)", 1, "6b8b784274e31335cdcca4501f26d690b974665c"),
    Pinned("sibbay-ai/public", _p("法律文件.md"), "md", "秘密", "contracts", "合同协议", _DRAFT,
           "科技公司与社区贡献者委托开发合同文本(甲乙方/费用/知识产权/违约)", 1, "287eba7d8384fa16844f6085b983f0ad92295a3c"),
    Pinned("NPUYUN/Agent", _p("Standardization_Auditor_Agent/report/基于STM32的老年智能手环的设计与实现_田静_score_report.md"), "md", "秘密", "personnel", "报表", _INT,
           "具名学生毕业论文格式审计评分报告(总分/评级/问题统计, 难例: 审计)", 1, "38598efcb3ec5d500247f0963ddb0623772a6c14"),
    Pinned("wangyan4/accumulation", _p("党/个人自传.docx"), "docx", "秘密", "personnel", "工作报告", _INT,
           "入党积极分子个人自传(姓名/出生日期/父母姓名/家庭与学习经历)", 1, "25194e4bcc6069d3b6714448437e14a63ceb521f"),
    # --- 机密: design and selection studies, project plans, a meeting record, work notes with a system's design (rules 5, 6) ---
    _tech("415560124/Snowy-Architecture-Design", _p("审核审批业务技术选型调研.md"), "飞行计划审核审批业务技术选型调研(需求分析/方案比较)", 1, kind="技术资料", extract="md",
          commit="c81572995866e761cd1cb27a509c46496b5724b2"),
    _tech("TouDingGuoLiCheng/GTBox", _p("开发方案.md"), "Python脚本工具箱桌面应用开发方案(Tauri+Vue架构/模块/调度设计)", 1, kind="方案计划", extract="md",
          commit="f5e46f042929676b98c2e9ef38f658c585cfd302"),
    _tech("zwq2018/AI_UAV", _p("0 项目简介/项目计划.docx"), "企业与实验室AI+无人机项目分阶段规划(目标/周期/联调安排)", 1, kind="方案计划", extract="docx",
          commit="5253216f25202b2e2d5c1a9e314885e34114dba2"),
    _minutes("OpenScientists/AgentWorld", _p("会议记录.txt"), "研究团队会议语音转写记录(人员安排/合作讨论)", 1, extract="text",
             commit="3f66c873d2c3b3d4746586fe8678dc24c93cf69f"),
    _tech("wfbelike/food", _p("可行性研究报告.docx"), "基于Vue的美食推荐系统可行性研究报告(课程项目)", 1, kind="技术资料", extract="docx",
          commit="18f270d4f647ea643d5db483d02f4878f6f61a4a"),
    _tech("wj456789/Note", _p("20240805.md"), "后端工程师工作笔记:产品营销工作台第三方系统票据登录流程与组件用法", 1, kind="技术资料", extract="md",
          commit="4f9afa7a39a3c5f8da3d69727cde343c58303e2c"),
    # --- 机密 (continued): a competitor analysis and designs, an app's development and interface documents --------------
    _tech("Tencent/cherry-markdown", _p("竞品分析.md"), "Cherry Markdown编辑器竞品分析(与同类编辑器的功能/性能/扩展对比)", 1, kind="技术资料", extract="md",
          commit="951351e9c03665cf04bd3366178fea2444856642"),
    _tech("Tencent/cherry-markdown", _p("异步设计思路.md"), "Cherry Markdown异步Hook设计思路(接口/Promise机制/流程)", 1, kind="技术资料", extract="md",
          commit="91a604a0ac50487debe74cacc643f9c92b8b1adf"),
    _tech("NPUYUN/Agent", _p("Standardization_Auditor_Agent/优化需要.md"), "论文规范审计Agent优化需求(数据/配置/功能待补齐)", 1, kind="技术资料", extract="md",
          commit="dc39ecd911d0f8a19d54bdc488e2245e01259434"),
    _tech("ozcoco/myproject", _p("wangolf2015_new_studio/打球app.md"), "体育科技公司打球App安卓端开发文档(项目结构/包说明)", 1, kind="技术资料", extract="md",
          commit="112d7d62bef20697577bcd4020a3b1d39eb93545"),
    _tech("ozcoco/myproject", _p("接口文档/打球替换接口文档.docx"), "打球App服务端接口文档(返回结构/接口参数)", 1, kind="技术资料", extract="docx",
          commit="3d27b2461cde1eb62e631e13854a09ee70d1fa27"),
)


def main() -> int:
    return run_repository_batch(BATCH, SOURCES, SEED, __doc__, min_chinese=MIN_CHINESE, sparse_kinds=SPARSE_KINDS)


if __name__ == "__main__":
    raise SystemExit(main())

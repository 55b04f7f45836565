"""Ninetieth batch of the real corpus: documents kept in public repositories that no earlier batch used.

Collected for the blind split `fresh89` (with batches 89 and 91): nothing was run on these texts and no classifier may
be; `train_real.py` is untouched and the split is cut by main, not here. Files from public repositories whose owner
names start with A-M, one source group per repository, at most 3 documents from one, none of them in the manifest yet,
no owner of a manifest repository (no sibling), none named by an earlier batch's script. Every source is read at a
pinned commit (the commit that last added or changed the file). Labels follow DESIGN.md "Labelling real documents" and
this batch's notes (see the batch-90 section written for classifiers/corpus/README.md): 公开 for published privacy
policies, agreements and terms, open projects' READMEs, a blog's privacy policy, a student association site's notice
page; 内部 for teams' work logs and to-do lists, an in-house operations manual, a UI style convention, interview notes,
a peer-review sheet, reflections and study notes; 秘密 for CVs (and a CV outline, the session-15 ruling on templates)
and a roster table with birth dates; 机密 for requirement and test documents (one a requirement template), product plans
and an experiment plan that carry their own design, a data-analysis report, a development log with its design and a
bank-account sample table. The batch has no 绝密 document: every account list found held real credentials.

Exactly like batches 9, 11, ..., 87: files are read from local git mirrors (`fetch` snapshots, `--mirrors`) chosen by
path patterns (`collect_batch3.repo_candidates`, each source with its own seed; batch 5's `Pinned` sources and label
helpers). Every candidate goes through the hold-out guard (GitHub blob address at the commit, and text); a rejected
document drops every other document of its folder (`collect_batch3.collect`, which also dedupes against every other
batch whose text is under OUT/texts and within this one, writes the manifest and logs rejections to OUT/rejected.tsv).
A document needs at least `MIN_CHINESE` Chinese characters (100), except 绝密 documents, lists and SQL
(`SPARSE_KINDS`).

Nothing here runs the classifier.

Usage:  python tools/corpus/collect_batch90.py [--mirrors /work/.mirror] [--out /work/corpus/real90]
"""


from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from collect_batch5 import (
    _INT,
    Pinned,
    _p,
    _personal,
    _public,
    _rules,
    _tech,
    _template,
    run_repository_batch,
)

SEED = 20261290
BATCH = "90"
MIN_CHINESE = 100
SPARSE_KINDS = ("代码数据", "清单名册")


SOURCES = (
    # --- 公开: published privacy policies, agreements, terms and blog pages (rule 2) ------------------------------------
    _public("gonghuiyuan516/Test", _p("隐私政策.html"), "移动应用隐私政策(收集/使用/共享/注销, 已发布)", 1, kind="公告", extract="html",
            commit="6bdfebe323853bdbeee14d80f6b077b6df4aa4cd"),
    _public("adamsoloman/clear", _p("隐私政策.html"), "极速清理大师软件隐私政策(网络科技公司开发运营, 已发布)", 1, kind="公告", extract="html",
            commit="8d88bb18ee99094579221b060b5f2afb38a725a2"),
    _public("cb9234164/cb9234164.github.io", _p("条款和条件.html"), "跑步应用条款和条件(知识产权/收费/责任, 已发布)", 1, kind="公告", extract="html",
            commit="f650f7b0f086b193b24674618a83aea80dca9691"),
    _public("Cnfte/blog", _p("隐私政策.html"), "个人技术博客网站隐私政策(已发布)", 1, kind="公告", extract="html",
            commit="5ccd2246d27abc9c656a080536c1dbd52b84272f"),
    _public("icanai/gaokaoguide", _p("会员服务协议.html"), "高考志愿助手应用会员服务协议(会员权益/费用/免责, 已发布)", 1, kind="公告", extract="html",
            commit="fa06efb38403736305194ed536a1c8c0771af791"),
    _public("icanai/gaokaoguide", _p("隐私政策.html"), "高考志愿助手应用隐私政策(收集成绩与位次信息, 已发布)", 1, kind="公告", extract="html",
            commit="fa06efb38403736305194ed536a1c8c0771af791"),
    _public("lizhengyi3003/ACU_web", _p("ACU_pages/ACU_club-notice.html"), "高校羽毛球协会官网公告页(转载全国羽协公开公告, 已发布, 难例: 公告)", 1, kind="公告", extract="html",
            commit="1bf928f39b83dc0ff753bc3fa6f0b9e7996f3892"),
    _public("cb9234164/cb9234164.github.io", _p("privacy-policy/index.html"), "跑步应用隐私政策(收集/使用/披露个人信息, 已发布)", 1, kind="公告", extract="html",
            commit="2531d30528b9f980758e87dc8ba1ae3c1a495935"),
    _public("Meteora822/111", _p("README.md"), "简易在线记账本开源说明(功能/快速运行, 写给用户)", 1, kind="产品手册", extract="md",
            commit="116b0a0ad1dd6d4e4e9b84c0ebd059201737387c"),
    _public("bbgstar105-del/AI-WORKER-JUDGE", _p("README.md"), "AI项目状态标记工具开源说明(定位/功能/使用, 写给用户)", 1, kind="产品手册", extract="md",
            commit="bbf517917dc2bae080a931b600f016c775eecb24"),
    # --- 内部: teams' work logs, an in-house operations manual, interview notes, peer reviews, reflections (rule 3) --------
    _rules("Liuxu-web/1907poly-orange", _p("README.md"), "前端实训小组工作日志(成员分工与每日进度, 只记进度)", 1, kind="工作报告", extract="md",
           commit="522376b3927d703d42c60218e9e1359d46d1eba0"),
    _rules("HiFiPu/HBBAPP", _p("工作日志.md"), "烘焙App实训小组工作日志(成员任务与进度, 只记进度)", 1, kind="工作报告", extract="md",
           commit="212a3f3c3c1aad0daea486ee591da2184d693366"),
    _rules("GalaxyFutures-Notice/galaxy-calendar", _p("操作手册.md"), "期货公司通知日历网站部署与每月更新操作手册(内部操作手册)", 1, kind="产品手册", extract="md",
           commit="770afc210f79ba1a145a2463704de7c43616af75"),
    _rules("Freud233/web34", _p("面试录音问题.md"), "求职者面试问题记录(个人记录, 不写给读者)", 1, kind="工作报告", extract="md",
           commit="d1a208ea697b484ce5df85b5eb806e23d296d2a9"),
    _rules("Meteora822/111", _p("项目总结.docx"), "在线记账本课程项目总结(开发心得与收获, 难例: 总结)", 1, kind="工作报告", extract="docx",
           commit="116b0a0ad1dd6d4e4e9b84c0ebd059201737387c"),
    _rules("mumuyinxin/3", _p("评审表.xlsx"), "软件工程课程各团队项目互评表(评分与意见, 无个人信息)", 1, kind="报表", extract="xlsx",
           commit="44ebea7df934b58207eda7bdb1d0f7847a9ca523"),
    _rules("Harrishao/mechanic-design", _p("工作日志.md"), "机械原理课程设计工作日志(建模与装配进度, 只记进度)", 1, kind="工作报告", extract="md",
           commit="4ceb216649e41f59f431e4e61d2b61c3ef1ce499"),
    _rules("Harrishao/mechanic-design", _p("待办事项.md"), "压片机课程设计待办事项清单(建模/分析/图纸进度)", 1, kind="工作报告", extract="md",
           commit="c9ea1ac2fcd4a2f92f54a8be592a0bac164552e1"),
    _rules("chenyiyang9303-sudo/Travel_Advertising", _p("UI风格.md"), "旅游广告服务网站UI风格规范(色彩/字体/组件约定)", 1, kind="标准规范", extract="md",
           commit="dd2c4d59e0fe9ff34d2845eb65f5e56ef3ff4f5f"),
    _rules("arssmart/XML-Homework", _p("编码集.docx"), "软件工程学生编码集调研作业(ASCII/Unicode/GB2312资料整理, 只记学习)", 1, kind="工作报告", extract="docx",
           commit="c8861eee93ad989dae93f8cdf8f6d90701a54e7c"),
    _rules("GreenHandHand/markdown-note", _p("00_Inbox/Rust/所有权.md"), "Rust所有权学习笔记(个人笔记, 不写给读者)", 1, kind="技术资料", extract="md",
           commit="cccbcb536f1c0f711f34481896a678146358cf4f"),
    _rules("Freud233/web34", _p("readme.md"), "前端学习者整理的项目开发流程笔记(立项/需求/风险评估步骤, 个人记录)", 1, kind="工作报告", extract="md",
           commit="40378858dc038421fb1b0e10dde56eb738281e69"),
    # --- 秘密: CVs, a CV template, a roster table (rule 4, session 17 ruling) ----------------------------------------------
    _personal("Gss615/web", "markdown/简历.md", "md", "Web前端工程师求职简历(姓名/手机/邮箱/出生年份/工作经历)",
              "805c10daa74ea028d669edec98ccf11c671e9935"),
    _personal("JMZsad/SSM-", "简历.md", "md", "Java开发者简历项目经历部分(项目环境/技术/职责)",
              "e25d421525c513ed3ca958f24a3a24d89856a156"),
    _personal("LIUXUHONG-coder/data-analysis", "简历.md", "md", "数据分析求职者简历项目经历(手机用户洞察项目成果)",
              "3c54569daf394dde967749c4a4d340895d1f89ef"),
    _template("Freud233/web34", "简历.md", "md", "秘密", "personnel", "前端求职简历写作提纲(基本信息/工作经历/项目经验栏目, 简历模板)",
              "40378858dc038421fb1b0e10dde56eb738281e69"),
    _personal("imyangpengyu/mayday", "lottery/lottery.sql", "sql:cj_user", "年会抽奖系统参与人员表(姓名/出生日期/团队)",
              "2a97e323cc54e3aceedb0972e6747a3a68b73a3a"),
    # --- 机密: requirement, design and test documents, an analysis report, a design log, customer accounts (rule 5) --------
    _tech("Meteora822/111", _p("测试方案与报告.docx"), "在线记账本系统测试方案与报告(测试计划/用例/结果)", 1, extract="docx",
          commit="116b0a0ad1dd6d4e4e9b84c0ebd059201737387c"),
    _tech("Hutaimu1/summerhw", _p("Final/document/软件需求规约.docx"), "聚票网课程项目软件需求规约(用例/功能需求)", 1, extract="docx",
          commit="24d29c61efeb0b0954bcd96159046fcb1e45056d"),
    _tech("Hutaimu1/summerhw", _p("Final/document/测试报告.docx"), "聚票网Web应用测试报告(缺陷清单/结论)", 1, extract="docx",
          commit="24d29c61efeb0b0954bcd96159046fcb1e45056d"),
    _tech("mumuyinxin/3", _p("需求规格说明书.docx"), "消息管家课程项目需求规格说明书(用例/界面原型)", 1, extract="docx",
          commit="961976f95d2b4626db4eedc354b5ef46be269ddd"),
    _tech("LIUXUHONG-coder/data-analysis", _p("数据分析/用户痛点分析/用户痛点深度分析报告_20250930_212717.txt"),
          "手机商品评论用户痛点深度分析报告(痛点排序/负面评论明细)", 1, kind="报表", extract="text",
          commit="6917396c5039686fe0a3771813d3aced47bedce7"),
    _tech("DONGCIDACIGAME/Dongcidaci", _p("工作日志.md"), "音乐节奏游戏开发工作日志(状态机/指令队列设计, 难例: 日志)", 1, kind="工作报告", extract="md",
          commit="374483a63b546810246fd5bb007459926d2018af"),
    _template("arssmart/XML-Homework", "需求规格说明书.docx", "docx", "机密", "technical", "需求分析类文档模板(业务需求/用户需求/功能需求栏目)",
              "f1c17e3c79f7034b95e4da51e326ed43771ee907"),
    Pinned("JMZsad/SSM-", _p("account.sql"), "sql:account", "机密", "customers", "代码数据", _INT,
           "银行账户示例表(户名/身份证号/地址/余额, 示例数据)", 1, "2da2426a29b9fa4aae56b956a02383ce746624a7"),
    _tech("bbgstar105-del/AI-WORKER-JUDGE", _p("策划书.md"), "AI项目状态标记插件产品策划书(核心问题/产品形态/MVP功能, 难例: 策划书)", 1, kind="方案计划", extract="md",
          commit="c9139c085425439d9705b97f7ab049571e2bb018"),
    _tech("chenyiyang9303-sudo/Travel_Advertising", _p("产品规划.md"), "旅游广告服务网站产品规划(页面结构/模块/服务页设计, 难例: 规划)", 1, kind="方案计划", extract="md",
          commit="412bc6b3451a8a37c5120ffc277705da88e497aa"),
    _tech("GreenHandHand/markdown-note", _p("01_Projects/Research/长时程规划智能体 - API-only Research/实验计划 - Plan Splicing 的验证路线.md"),
          "智能体研究项目实验计划(任务集构建/对比实验/阶段安排, 个人记录含项目设计)", 1, kind="方案计划", extract="md",
          commit="19641e0dccf43ba0e96bcff4a5402a5547844c7c"),
)


def main() -> int:
    return run_repository_batch(BATCH, SOURCES, SEED, __doc__, min_chinese=MIN_CHINESE, sparse_kinds=SPARSE_KINDS)


if __name__ == "__main__":
    raise SystemExit(main())

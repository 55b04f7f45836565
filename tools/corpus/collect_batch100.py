"""Hundredth batch of the real corpus: documents kept in public repositories that no earlier batch used.

Collected for the blind split `fresh98` (with batches 98 and 99): nothing was run on these texts and no classifier may
be; `train_real.py` is untouched and the split is cut by main, not here. Files from public repositories whose owner
names start with N-Z or a digit (batch 99 takes A-M), one source group per repository, at most 3 documents from one,
none of them in the manifest yet, no owner of a manifest repository (no sibling), none named by an earlier batch's
script. Every source is read at a pinned commit (the commit that last added or changed the file). Labels follow
DESIGN.md "Labelling real documents" and this batch's notes (see the batch-100 section written for
classifiers/corpus/README.md): 公开 for published privacy policies and user agreements of apps and a game company; 内部
for teams' charters and a code convention, a class score analysis without names and a project group's meeting agenda;
秘密 for a staff table with (fake) ID numbers and phones, a score list with names and an agreement page; 机密 for a
project plan, a project specification, a problem analysis of the team's own system and SQL with a company's agents;
绝密 for a business plan with market analysis, revenue model, costs and profit path.

Exactly like batches 9, 11, ..., 97: files are read from local git mirrors (`fetch` snapshots, `--mirrors`) chosen by
path patterns (`collect_batch3.repo_candidates`, each source with its own seed; batch 5's `Pinned` sources and label
helpers). Every candidate goes through the hold-out guard (GitHub blob address at the commit, and text); a rejected
document drops every other document of its folder (`collect_batch3.collect`, which also dedupes against every other
batch whose text is under OUT/texts and within this one, writes the manifest and logs rejections to OUT/rejected.tsv).
A document needs at least `MIN_CHINESE` Chinese characters (100), except 绝密 documents, lists and SQL
(`SPARSE_KINDS`).

Nothing here runs the classifier.

Usage:  python tools/corpus/collect_batch100.py [--mirrors /work/.mirror] [--out /work/corpus/real100]
"""


from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from collect_batch5 import (
    _contract,
    _p,
    _personal,
    _plan,
    _public,
    _rules,
    _tech,
    run_repository_batch,
)

SEED = 20261100
BATCH = "100"
MIN_CHINESE = 100
SPARSE_KINDS = ("代码数据", "清单名册")


SOURCES = (
    # --- 公开: published user agreements and privacy policies (rule 2) ---------------------------------------------
    _public("wangmiao033/ysxy20260428", _p("privacy/index.html"), "手游《六界仙尊》用户隐私协议(游戏公司, 已发布)", 1, kind="公告",
            extract="html", commit="68cf29ba47b595dc874a2ebfcfde3230cda57de5"),
    _public("ShizhanQiao/OpenResearch", _p("隐私政策.txt"), "AI研究助手应用Open Research隐私政策(工作室, 数据控制者/付费服务, 已发布)", 1, kind="公告",
            extract="md", commit="fa2ded11a50f7bf795a45479f48e771f08743889"),
    _public("xiaobaigroup/ClashBox", _p("隐私政策.txt"), "ClashBox应用隐私声明(个人信息收集/使用/保护, 已发布)", 1, kind="公告", extract="text",
            commit="34b7e7f0372c42be44ee19223adece652f6afcbc"),
    _public("wangmiao033/ysxy20260428", _p("index.html"), "游戏公司熊动科技游戏用户协议(服务条款/责任/争议解决, 已发布)", 1, kind="公告",
            extract="html", commit="a667ff0be9cd260593ddde3f1eaddff9fcfce6d6"),
    # --- 内部: teams' charters and conventions (rule 3), a score analysis without names, a meeting agenda --------------
    _rules("97-Brown/SoftwareEngineering_ShoppingWebsite", _p("团队章程.docx"), "购物网站开发团队章程(例会/集中开发/团队管理, 难例: 会议纪要)", 1,
           extract="docx", commit="fd2a043537e49590131d481b1c7a3bde9f3c6d79"),
    _rules("wangjc1996/Wjc_is_dog", _p("团队章程.docx"), "课程小组团队章程(金库管理/沟通机制/文档编写, 难例: 金库)", 1,
           extract="docx", commit="66aa9baa8d9bff8c56ba37ac8283fa656928a487"),
    _rules("zhouyuxi/TheTest", _p("代码规范.docx"), "iOS开发团队代码规范(第三方库引用/命名/注释)", 1,
           extract="docx", commit="3042d9a6ecc8995c8e2a258899aa487200279055"),
    _rules("yiwensheng/SumScore", _p("班级成绩分析报告.docx"), "班级成绩分析报告(各科平均分/及格率/分数段统计, 无个人信息, 难例: 分析报告)", 1,
           kind="报表", extract="docx", commit="78bf3c821cb3acfa9f23c0d19f160ee3b72aeae1"),
    _rules("TT2TER/notes", _p("大创第一次碰撞.md"), "大创项目小组首次讨论会议程(讨论主题/头脑风暴规则, 无结论, 难例: 会议)", 1,
           kind="工作报告", extract="md", commit="309d8b7e7279c42a090459328efc1ee281378e7b"),
    # --- 秘密: an agreement (rule 4) ---------------------------------------------------------------------------------
    _contract("zhutuzisunny/demo3", _p("服务协议.html"), "医疗健康应用原型中的定点医疗机构服务协议(甲乙方/依据条款)", 1,
              commit="c93b4269c0e4352d08ae49b0725d828548b0e2a9"),
    # --- 秘密: a staff table with personal data (session 17 ruling) -----------------------------------------------------
    _personal("RonglinAo/PersonnelManagementSystem", "数据库.sql", "sql:employee", "人事管理系统员工表SQL(姓名/身份证号/电话/住址/合同期, 演示数据)",
              "850df129c5804641b253081a952446a50431a456", kind="代码数据"),
    _personal("yiwensheng/SumScore", "成绩表.xlsx", "xlsx", "班级学生成绩表(班级/姓名/语数英成绩, 生成的示例姓名)",
              "78bf3c821cb3acfa9f23c0d19f160ee3b72aeae1"),
    # --- 机密: SQL with a company's agents, a project plan, a specification and a problem analysis (rule 5) -----------
    _tech("1047626638/fuzhuangchang", _p("数据库.sql"), "服装厂管理系统代理商表SQL(代理商/地区/负责人/联系方式, 演示数据)", 1, kind="代码数据",
          extract="sql:agent", commit="2610533f74368f20b647ba4157cd86622b2094f2"),
    _tech("YuREN-T/AnotherMe", _p("项目计划书.md"), "AI互动课堂平台项目计划书(建设目标/现有基础/技术架构/实施计划)", 1, kind="方案计划", extract="md",
          commit="c1b5a10bc4b5481eb2b2e0d00c7bd975d7ef17a7"),
    _tech("YuREN-T/AnotherMe", _p("项目说明书.md"), "AI教育一体化系统项目说明书(系统组成/业务链路/模块设计)", 1, extract="md",
          commit="c1b5a10bc4b5481eb2b2e0d00c7bd975d7ef17a7"),
    _tech("YuREN-T/AnotherMe", _p("视频存在的问题.md"), "讲题视频生成链路问题分析与改进方案(音频/公式/几何脚本同步)", 1, extract="md",
          commit="950200768a15c5690ab901f4a5e4cd118d18c583"),
    # --- 绝密: a business plan with market, revenue model, costs and profit path (DESIGN rule 1) ---------------------
    _plan("QileGuai492/truthcatcher-ai", _p("项目计划书.md"), "AI新闻真伪辨别平台“真相捕手”项目计划书(市场分析/竞争/商业模式/收入来源/成本/盈利路径)",
          commit="0f4dceabc974fd45a8dff618d54075b92136f0b1"),
)


def main() -> int:
    return run_repository_batch(BATCH, SOURCES, SEED, __doc__, min_chinese=MIN_CHINESE, sparse_kinds=SPARSE_KINDS)


if __name__ == "__main__":
    raise SystemExit(main())

"""Forty-eighth batch of the real corpus: documents kept in public repositories that no earlier batch used.

Collected for the blind split `fresh47` (session 11): nothing was run on these texts and no classifier may be;
`train_real.py` is untouched and the split is cut by main, not here. Files from public repositories, one source group per
repository, none of them in the manifest yet (batches 1-46 are all sources; each repository used here was claimed in
/work/corpus/claimed_repos.txt; a few were read from mirrors earlier sessions fetched and left unused, the rest were
fetched for this batch). 公开: apps' and companies' privacy policies, user agreements and terms, a player's FAQ page.
内部: course teams' and students' reports, plans and a defence handbook, a team's site-building conventions, an
IT-service company's network repair log, a blank job-application form and a weekly-report template. 秘密: job seekers'
CVs (phone, e-mail, birth date, address, employers). 机密: teams' minutes, requirement, design, test and deployment
documents, project plans, a market survey, a solution review, engineers' weekly reports on their own designs, a Wi-Fi
test report for a client, a client's hardware procurement list with budgets. 绝密: startup and contest business plans
(market, profit model, budgets, financing) and an app's promotion plan with budgets and pricing.
Labels follow DESIGN.md "Labelling real documents".

Exactly like batches 9, 11, ..., 44 and 46: files are read from local git mirrors (`fetch` snapshots, `--mirrors`)
chosen by path patterns (`collect_batch3.repo_candidates`, each source with its own seed; batch 5's `Pinned` sources
and label helpers). Every candidate goes through the hold-out guard (GitHub blob address at the commit, and text); a
rejected document drops every other document of its folder (`collect_batch3.collect`, which also dedupes against
every other batch and within this one, writes the manifest and logs rejections to OUT/rejected.tsv). A document needs
at least `MIN_CHINESE` Chinese characters (100), except 绝密 documents, lists and SQL (`SPARSE_KINDS`).

Nothing here runs the classifier.

Usage:  python tools/corpus/collect_batch48.py [--mirrors /work/.mirror] [--out /work/corpus/real48]
"""


from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from collect_batch5 import (
    _INT,
    Pinned,
    _minutes,
    _plan,
    _public,
    _rules,
    _tech,
    run_repository_batch,
)

SEED = 20261248
BATCH = "48"
MIN_CHINESE = 100
SPARSE_KINDS = ("代码数据", "清单名册")


def _personnel(repo: str, pattern: str, note: str, extract: str = "docx", count: int = 1) -> Pinned:
    """CVs and rosters: personnel material, 秘密 (DESIGN rule 4)."""
    return Pinned(repo, pattern, extract, "秘密", "personnel", "清单名册", _INT, note, count)


def _analysis(repo: str, pattern: str, note: str, count: int = 1, extract: str = "md") -> Pinned:
    """A competitor analysis, feasibility report or market study for the team's own product: 机密 (as batch 44)."""
    return _tech(repo, pattern, note, count, kind="方案计划", extract=extract)


SOURCES = (
    # --- 公开: apps' privacy policies and user agreements ---------------------------------------------------------------------------
    _public("shenyinghao/securityProject", r"^隐私协议\.md$", "期权学习App隐私政策(已发布)", 1, kind="产品手册"),
    _public("ellmcz/pdf", r"^json_ysxy\.md$", "App隐私政策(已发布)", 1, kind="产品手册"),
    _public("tanghengzhi/tongchuangzaixian", r"^(用户协议|隐私政策)\.docx$", "电商公司App服务协议/隐私政策(已发布)", 2,
            kind="产品手册", extract="docx"),
    _public("xupengcheng-web/huinengTechPages", r"^隐私(政策|协议)\.docx$", "科技公司产品隐私政策/隐私协议(已发布)", 2,
            kind="产品手册", extract="docx"),
    _public("ArdbertWong/NYWDigitHuman", r"^隐私政策\.docx$", "博物馆虚拟数字人应用隐私政策(已发布)", 1, kind="产品手册",
            extract="docx"),
    _public("wmjchf/collection-app", r"^docs/(用户协议|隐私政策)\.md$", "内容收藏App用户协议/隐私政策(已发布)", 2,
            kind="产品手册"),
    _public("lee271420-ship-it/NoMo-Docs", r"^privacy\.html$", "防晕车App隐私政策(已发布)", 1, kind="产品手册", extract="html"),
    _public("ZKAFKA/FittingRoomAI", r"^隐私政策\.docx$", "AI试衣小程序个人信息保护政策(已发布)", 1, kind="产品手册",
            extract="docx"),
    _public("beststoryilove/Harmonia-MusicPlayer", r"^(tiaokuan|Q&A)\.html$", "网页音乐播放器隐私政策与用户条款/常见问题(已发布)",
            2, kind="产品手册", extract="html"),
    # --- 内部: course and student reports, team conventions, a repair log --------------------------------------------------------------
    _rules("moonyoung1814/Wangmuyang", r"^(立项报告|期中报告)\.md$", "课程项目成员立项报告/期中报告", 2, kind="工作报告"),
    _rules("zeg2020110/zhoubao", r"^1[12]\.(26|17)周报/zhoubao\.(md|txt)$", "研究生科研周报(学习/复现进展)", 2, kind="工作报告",
           extract="text"),
    _rules("Evergarden0101/GradProj", r"^工作周报\.docx$", "本科毕设工作周报(进展/学习)", 1, kind="工作报告", extract="docx"),
    _rules("TheRedRed/heis", r"^项目/个人项目总结\.docx$", "实训小组个人项目总结", 1, kind="工作报告", extract="docx"),
    _rules("WeiFree/tencent", r"^项目计划书\.docx$", "网站项目小组分工与制作规范", 1, extract="docx"),
    _rules("wangxiaowen2345/zhoubao", r"^WebRoot/upload/中心网络维修记录\.docx$", "IT服务公司中心网络维修记录表", 1, kind="报表",
           extract="docx"),
    _rules("TheRedRed/heis", r"^项目计划书\.docx$", "实训小组成员项目计划(分工/周计划)", 1, kind="方案计划", extract="docx"),
    _rules("JomanGan/text", r"^周报\.md$", "开发人员周报模板(回顾/计划/小结栏目)", 1, kind="模板空白表"),
    _rules("Tyj-run/healthy-app", r"^答辩备战手册\.docx$", "课程大作业小组答辩备战手册(技术栈/预设问答)", 1, extract="docx"),
    _rules("jyz0123/jyz", r"^个人简历\.docx$", "公司应聘人员登记表(空白表)", 1, kind="模板空白表", extract="docx"),
    # --- 秘密: CVs ------------------------------------------------------------------------------------------------
    _personnel("Hwacc/resume", r"^个人简历\.docx$", "Android工程师求职简历(手机/邮箱/工作经历)"),
    _personnel("JPHAPPY/Resume-Works", r"^个人简历\.docx$", "设计岗求职简历(出生年月/籍贯/手机/邮箱)"),
    _personnel("NFwe/my-resume", r"^个人简历\.docx$", "软件技术专科生求职简历(手机/邮箱/实习)"),
    _personnel("xxq0411/personal-resume", r"^个人简历\.docx$", "前端求职简历(出生年/手机/邮箱/期望薪资)"),
    _personnel("SlenderJust/Rezume", r"^简历\.docx$", "求职简历(出生日期/住址/手机/工作经历)"),
    _personnel("tiantianhuanle/cv1", r"^个人简历\.docx$", "博士研究生求职简历(出生年月/政治面貌/手机/邮箱)"),
    _personnel("666ssk111/grjl02", r"^个人简历\.docx$", "在校生求职简历(课程/证书/自我评价)"),
    _personnel("QQQuer/Personal-introduction", r"^个人简历\.docx$", "本科生求职简历(手机/邮箱/籍贯/出生年月)"),
    _personnel("Roine-zero/User", r"^个人简历\.docx$", "IT实习求职简历(证书/自我评价)"),
    _personnel("XerolySkinner/Biographical-notes", r"^个人简历\.docx$", "嵌入式工程师求职简历(手机/邮箱/住址/工作经历)"),
    _personnel("lizzylhs/lizzylhs", r"^个人简历\.docx$", "网页美工求职简历(年龄/籍贯/手机/邮箱)"),
    _personnel("zhaochuantian/IntroduceMe", r"^个人简历\.docx$", "前端工程师求职简历(电话/邮箱/项目经历)"),
    # --- 机密: minutes, requirements, designs, plans, reports ------------------------------------------------------------------------
    _tech("Stepbysteppsec/my-remote-docs", r"^周报\.md$", "信令/媒体转发系统开发周报(架构与模块设计)", 1, kind="工作报告"),
    _tech("andy-sheng/skr", r"^周报\.md$", "直播App开发工程师周报(崩溃问题/架构方案)", 1, kind="工作报告"),
    _tech("fallenjie/claude-code-analytics", r"^方案评审\.md$", "Claude Code分析平台方案评审", 1),
    Pinned("wangxiaowen2345/zhoubao", r"^WebRoot/upload/AI一体机需求7\.xlsx$", "xlsx", "机密", "bid", "报表", _INT,
           "客户AI一体机采购需求表(客户/型号/预算/交付)", 1),
    _tech("wangxiaowen2345/zhoubao", r"^WebRoot/upload/wifi测试\.docx$", "区政府办公楼WIFI测试报告(点位/实测数据)", 1,
          extract="docx"),
    _minutes("YimingLucnjs/vue-ele-env", r"^会议纪要\.docx$", "核安全监管大屏项目需求确认会议纪要", 1, extract="docx"),
    _minutes("zhbr-481/Analysis-of-College-Entrance-Examination-Data", r"^会议纪要\.docx$", "高考数据分析项目组会议纪要", 1,
             extract="docx"),
    _tech("zhbr-481/Analysis-of-College-Entrance-Examination-Data", r"^(需求分析书|工作计划)\.docx$",
          "高考数据分析项目需求分析书/工作计划", 2, extract="docx"),
    _analysis("ADerekGL/lvguanjia", r"^市场调研报告\.md$", "智慧酒店管家平台市场调研报告"),
    _tech("JellalLeonhardt/Remote-security-system", r"^技术文档\.docx$", "嵌入式远程安防系统技术报告", 1, extract="docx"),
    _tech("181250215/PerfectBody-Peach", r"^项目计划书\.docx$", "瘦身App项目策划书", 1, kind="方案计划", extract="docx"),
    _tech("OASans/finance", r"^需求规格说明书\.md$", "投资组合风险管理平台需求规格说明书", 1),
    _minutes("Gao-Yuzhen/J2EE_KHT", r"^20190613下午开会记录\.docx$", "证券网上开户系统项目组开会记录(数据库设计问题)", 1,
             extract="docx"),
    _tech("Tyj-run/healthy-app", r"^项目计划书\.docx$", "健康管家App项目计划书(背景/功能/进度)", 1, kind="方案计划",
          extract="docx"),
    _tech("ZKAFKA/FittingRoomAI", r"^云函数部署指南\.md$", "AI试衣小程序云函数部署指南(故障分析/部署步骤)", 1),
    # --- 绝密: business plans -------------------------------------------------------------------------------------------------------
    _plan("ADerekGL/lvguanjia", r"^项目计划书\.docx$", "智慧酒店管家平台项目计划书(市场/预算/预期收益)", extract="docx"),
    _plan("EntryFragger/MoJu", r"^项目计划书\.docx$", "组局平台创业项目计划书(市场/盈利模式/营销)", extract="docx"),
    _plan("JellalLeonhardt/Remote-security-system", r"^项目计划书\.docx$", "远程安防系统创业项目计划书(团队/产品/市场)",
          extract="docx"),
    _plan("hunansky/ZL", r"^项目计划书\.docx$", "婴儿睡眠监测脚环双创项目计划书(团队/市场/盈利)", extract="docx"),
    _plan("chenhaoyi123/Cloud_Home", r"^项目计划书\.docx$", "智能家居双创项目计划书(市场/营销/融资方案)", extract="docx"),
    _plan("Lewis1205/SmatDictionary", r"^项目计划书\.docx$", "智能词典App双创项目计划书(团队/盈利模式/投资预算)",
          extract="docx"),
    _plan("wf1995628/pro", r"^项目计划书\.docx$", "区块链食品交易系统双创项目计划书(市场/盈利模式/风险)", extract="docx"),
    _plan("wmjchf/collection-app", r"^docs/Conflux-推广计划书\.md$", "内容收藏App推广计划书(获客策略/投放预算/定价)"),
)


def main() -> int:
    return run_repository_batch(BATCH, SOURCES, SEED, __doc__, min_chinese=MIN_CHINESE, sparse_kinds=SPARSE_KINDS)


if __name__ == "__main__":
    raise SystemExit(main())

"""Forty-sixth batch of the real corpus: documents kept in public repositories that no earlier batch used.

Collected for the blind split `fresh45` (session 11, second round): nothing was run on these texts and no classifier may
be; `train_real.py` is untouched and the split is cut by main, not here. Files from public repositories, one source
group per repository, none of them in the manifest yet (batches 1-44 are all sources; each repository used here was
claimed in /work/corpus/claimed_repos.txt; a few were read from mirrors earlier sessions fetched and left unused, the
rest were fetched for this batch). 公开: apps' privacy policies and a company's user agreement, user manuals of tools,
a game and a city-inspection work-order system, an open-source agent's usage guide and demo cases, a company's published
WeChat article. 内部: a team's code and REST API rules, employees' and course teams' weekly reports, a training school
teacher's class-hour record, a conference organiser's guide for speakers, a team's MVP completion and start-up note.
秘密: job seekers' CVs (phone, e-mail, birth year, employers) and a training school's pupil sign-in sheet (names,
attendance, refunds). 机密: teams' requirement documents, designs and plans, a security review, a feasibility report,
competitor, market and paid-conversion analyses, project status and phase reports, an engineer's weekly report with his
own test results, a brand plan, a phone wholesaler's price quotation to customers, a licensing-platform design.
绝密: a product plan with its business model and roadmap and an app's business plan (market, revenue, financing).
Labels follow DESIGN.md "Labelling real documents".

Exactly like batches 9, 11, ..., 40 and 44: files are read from local git mirrors (`fetch` snapshots, `--mirrors`)
chosen by path patterns (`collect_batch3.repo_candidates`, each source with its own seed; batch 5's `Pinned` sources
and label helpers). Every candidate goes through the hold-out guard (GitHub blob address at the commit, and text); a
rejected document drops every other document of its folder (`collect_batch3.collect`, which also dedupes against
every other batch and within this one, writes the manifest and logs rejections to OUT/rejected.tsv). A document needs
at least `MIN_CHINESE` Chinese characters (100), except 绝密 documents, lists and SQL (`SPARSE_KINDS`).

Nothing here runs the classifier.

Usage:  python tools/corpus/collect_batch46.py [--mirrors /work/.mirror] [--out /work/corpus/real46]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from collect_batch5 import (
    _INT,
    Pinned,
    _plan,
    _public,
    _rules,
    _tech,
    run_repository_batch,
)

SEED = 20261246
BATCH = "46"
MIN_CHINESE = 100
SPARSE_KINDS = ("代码数据", "清单名册")


def _personnel(repo: str, pattern: str, note: str, extract: str = "docx", count: int = 1) -> Pinned:
    """CVs and rosters: personnel material, 秘密 (DESIGN rule 4)."""
    return Pinned(repo, pattern, extract, "秘密", "personnel", "清单名册", _INT, note, count)


def _analysis(repo: str, pattern: str, note: str, count: int = 1, extract: str = "md") -> Pinned:
    """A competitor analysis, feasibility report or market study for the team's own product: 机密 (as batch 44)."""
    return _tech(repo, pattern, note, count, kind="方案计划", extract=extract)


SOURCES = (
    # --- 公开: privacy policies, a published article, a tool's usage guide ----------------------------------------------------------------
    _public("arror/APIDebugAssistant", r"^隐私政策\.md$", "鸿蒙开发工具套件隐私政策(已发布)", 1, kind="产品手册"),
    _public("fine345/project-survivor", r"^隐私政策\.md$", "独立游戏隐私政策(已发布)", 1, kind="产品手册"),
    _public("wangruojia/Dawn", r"^文章/微信推文——如何办理居住证\.md$", "公司公众号已发布推文: 如何办理工作居住证", 1, kind="新闻",
            extract="html"),
    _public("Lijianpeng-Arch/xhs-copywriter-agent", r"^使用说明\.md$", "开源文案Agent使用说明(随项目发布)", 1, kind="产品手册"),
    _public("Marnie0106/gov-workflow-ai", r"^用户手册\.md$", "市容巡查工单系统用户手册(随项目发布)", 1, kind="产品手册"),
    _public("WindyAlan/auto_fapiao", r"^用户手册\.md$", "发票自动处理工具用户手册(随工具发布)", 1, kind="产品手册"),
    _public("Luguoyn/dangan-AI", r"^用户手册\.md$", "独立游戏用户手册(随游戏发布)", 1, kind="产品手册"),
    _public("zhangmengkang151286-prog/overtimework", r"^docs/用户协议\.md$", "下班指数App用户协议(运营公司已发布)", 1, kind="产品手册",
            commit="078d0c54faf94f678d33393f4ac21f42a900eed5"),
    _public("puj611/linggandawang", r"^docs/隐私政策\.md$", "桌面提示词工具隐私政策(已发布)", 1, kind="产品手册",
            commit="4e4814172683b4e91405963ce91545a03f9e667b"),
    _public("shushuhao01/ebox", r"^docs/eBox使用手册\.md$", "桌面工具箱软件使用手册(随软件发布)", 1, kind="产品手册"),
    _public("Lijianpeng-Arch/xhs-copywriter-agent", r"^演示案例\.md$", "开源文案Agent演示案例(随项目发布)", 1, kind="产品手册"),
    # --- 内部: code and API rules, work reports --------------------------------------------------------------------------------------------
    _rules("enjoyhao/Dashboard", r"^08-0[12]-(MoneyDodo代码规范|REST API设计规范)\.md$", "项目组代码规范/REST API设计规范", 2),
    _rules("wangruojia/Dawn", r"^日报/2018年(7月|6月25-29日)周报\.md$", "公司新媒体专员工作周报(推广/文章校对)", 2, kind="工作报告"),
    _rules("Randolph87cb/daily-job", r"^AI工作记录/records/2026/04/2026-04-30-4月课时统计\.md$", "培训机构教师课时统计工作记录(口径/决策)", 1,
           kind="工作报告"),
    _rules("cdyhyl/zhoubao", r"^周报\.docx$", "前端开发人员工作周报(任务/完成度/遗留问题)", 1, kind="工作报告", extract="docx"),
    _rules("hanabishi-00/zhuokang", r"^zyj-工作周报 - 20200203~20200209\.docx$", "电站设备健康管理项目成员工作周报(研发进展)", 1,
           kind="工作报告", extract="docx"),
    _rules("lx1374327576/drug_management_system", r"^周报\.docx$", "药品库存管理系统课程项目组周报(进度)", 1, kind="工作报告",
           extract="docx"),
    _rules("dybwall1234/git_track_files", r"^第二届开智大会演讲者指南\.md$", "大会主办方给演讲者的内部指南(流程/要求)", 1),
    _rules("EasyA-ceat/mobileMangerSkill", r"^启动说明\.md$", "手机控制技能项目V0.1开发完成与启动说明(团队内部)", 1, kind="工作报告"),
    # --- 秘密: CVs --------------------------------------------------------------------------------------------------------------------------
    _personnel("2018hyyGitHub/hyyBase", r"^简历\.docx$", "软件工程师求职简历(手机/邮箱/现居地/工作经历)"),
    _personnel("crzbq311/CV", r"^简历\.docx$", "金融硕士求职简历(手机/邮箱/实习经历)"),
    _personnel("Randolph87cb/daily-job", r"^课时统计/26年/4月/4月文华签到表\.xlsx$", "编程培训机构学员签到表(学员姓名/课时/请假/退费)",
               extract="xlsx"),
    _personnel("ken-lzq/Home", r"^个人简历\.md$", "PHP工程师求职简历(出生年/手机/邮箱)", extract="md"),
    _personnel("chuyao/HexoBackup", r"^source/resume/index\.md$", "Android工程师求职简历(手机/邮箱/QQ/工作经历)", extract="md"),
    _personnel("qq1327300698/jianli_WJ", r"^个人简历\.docx$", "前端求职简历(姓名/年龄/籍贯/学历)"),
    Pinned("zyxhan/resume", r"^个人简历\.docx$", "docx", "秘密", "personnel", "清单名册", _INT, "软件工程本科生实习求职简历(学校/学院/求职意向)", 1,
           "0e22886df16919f2c1947c807c28833d1b6163cf"),
    # --- 机密: requirements, designs, reviews, analyses, reports, deployment notes --------------------------------------------------------
    _tech("EasyA-ceat/mobileMangerSkill", r"^(需求方案文档|安全审查报告)\.md$", "手机控制技能项目需求方案/安全审查报告", 2),
    _analysis("EasyA-ceat/mobileMangerSkill", r"^社媒需求挖掘与市场评估报告\.md$", "手机控制技能项目需求挖掘与市场评估报告"),
    _analysis("Rickyvicky/HelloWorld", r"^可行性分析报告\.md$", "动态组件系统可行性分析报告"),
    _analysis("Lijianpeng-Arch/xhs-copywriter-agent", r"^竞品分析\.md$", "小红书文案Agent竞品分析"),
    _tech("Lijianpeng-Arch/xhs-copywriter-agent", r"^Agent设计方案\.md$", "小红书文案Agent设计方案", 1),
    _analysis("ZeeWonder-thecreator/TIMBRE-AI-Music-Analyzer", r"^竞品分析\.md$", "AI音乐分析产品竞品分析"),
    _analysis("crescentIsland/resume-ai", r"^竞品分析\.md$", "AI简历产品竞品分析"),
    _analysis("zphsswl/ecom-product-decision-copilot", r"^竞品分析\.md$", "跨境电商选品工具竞品分析报告"),
    _analysis("huyu1109/fitness-site", r"^付费转化分析\.md$", "健身网站付费转化深度分析报告(漏斗/定价)"),
    _tech("huyu1109/fitness-site", r"^项目状态报告\.md$", "健身网站项目状态报告(部署/指标/问题)", 1, kind="工作报告"),
    _tech("XxRa1n/demo-01", r"^项目架构解读\.md$", "游戏项目架构解读(团队设计文档)", 1),
    _analysis("shiYuEdu/projectRequirementAnalysis", r"^市场分析\.md$", "家教平台项目市场分析"),
    _analysis("alexlii1971/Site-build_3.5", r"^市场分析\.md$", "建站服务创业项目市场及需求分析"),
    _tech("mx2013713828/sdlg_work", r"^工作计划与周报/工作周报\.md$", "自动驾驶感知工程师工作周报(测试结果/自有数据)", 1,
          kind="工作报告"),
    _tech("puj611/linggandawang", r"^docs/开发计划书\.md$", "桌面提示词工具开发计划书(参赛项目;分工/里程碑)", 1, kind="方案计划"),
    _analysis("skyscribe-yf/content-gen", r"^branding/公众号品牌方案\.md$", "AI内容项目公众号品牌方案(定位/命名/运营)"),
    Pinned("770864730/super-duper-disco", r"^报价单\.xlsx$", "xlsx", "机密", "bid", "报表", _INT,
           "手机批发商对客户的报价单(机型/价格/业务联系人)", 1),
    _tech("shushuhao01/ebox", r"^docs/授权服务平台方案\.md$", "软件作者的授权服务平台设计方案(激活码/计费/待评审)", 1),
    _tech("Alex-original/video-note", r"^阶段报告\.md$", "视频转笔记工具阶段报告(进展/问题/自有测试)", 1, kind="工作报告"),
    _tech("EasyA-ceat/mobileMangerSkill", r"^开发计划\.md$", "手机控制技能项目开发计划(版本/里程碑)", 1, kind="方案计划"),
    # --- 绝密: a business plan, a product plan with business model ----------------------------------------------------------------------
    _plan("EasyA-ceat/mobileMangerSkill", r"^产品方案文档\.md$", "手机控制技能完整产品方案(商业模式/实施路线图)"),
    _plan("android-app-development-course/2024-Autumn-Aberdeen-6-MediCare", r"^doc/01 商业计划书\.md$",
          "药品提醒App商业计划书(市场/盈利模式/融资)"),
)


def main() -> int:
    return run_repository_batch(BATCH, SOURCES, SEED, __doc__, min_chinese=MIN_CHINESE, sparse_kinds=SPARSE_KINDS)


if __name__ == "__main__":
    raise SystemExit(main())

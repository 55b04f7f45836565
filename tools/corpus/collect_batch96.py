"""Ninety-sixth batch of the real corpus: documents kept in public repositories that no earlier batch used.

Collected for the blind split `fresh95` (with batches 95 and 97): nothing was run on these texts and no classifier may
be; `train_real.py` is untouched and the split is cut by main, not here. Files from public repositories whose owner
names start with A-M, one source group per repository, at most 3 documents from one, none of them in the manifest yet,
no owner of a manifest repository (no sibling), none named by an earlier batch's script, README section or brief. Every
source is read at a pinned commit (the commit that last added or changed the file). Labels follow DESIGN.md "Labelling
real documents" and this batch's notes (see the batch-96 section written for classifiers/corpus/README.md): 公开 for
open projects' READMEs, user manuals and release notes written for their users, a platform's privacy policy and a
logistics provider's published tariff; 内部 for work logs and weekly reports that record progress only, in-house
systems' operating manuals, a team's work schedule, an office-supplies price list, a personal migration plan and
personal study and interview notes; 秘密 for CVs and self-introductions with personal data; 机密 for project plans with
designs, a feasibility report, a risk-grading design, a game's generation rules, a code-protection plan, team minutes,
a deployment document, a security hardening report and a design review; 绝密 for a product plan with its market,
business model and growth strategy and a mock user list with passwords (demo data counts, rule 5).

Exactly like batches 9, 11, ..., 93: files are read from local git mirrors (`fetch` snapshots, `--mirrors`) chosen by
path patterns (`collect_batch3.repo_candidates`, each source with its own seed; batch 5's `Pinned` sources and label
helpers). Every candidate goes through the hold-out guard (GitHub blob address at the commit, and text); a rejected
document drops every other document of its folder (`collect_batch3.collect`, which also dedupes against every other
batch whose text is under OUT/texts and within this one, writes the manifest and logs rejections to OUT/rejected.tsv).
A document needs at least `MIN_CHINESE` Chinese characters (100), except 绝密 documents, lists and SQL
(`SPARSE_KINDS`).

Nothing here runs the classifier.

Usage:  python tools/corpus/collect_batch96.py [--mirrors /work/.mirror] [--out /work/corpus/real96]
"""


from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from collect_batch5 import (
    _credentials,
    _minutes,
    _p,
    _personal,
    _plan,
    _public,
    _rules,
    _tech,
    run_repository_batch,
)

SEED = 20261296
BATCH = "96"
MIN_CHINESE = 100
SPARSE_KINDS = ("代码数据", "清单名册")


SOURCES = (
    # --- 公开: open projects' READMEs and user manuals written for their users (rule 2, session 17 ruling) -------------
    _public("DestinyOfLove/work_copilot", _p("使用说明.md"), "SCOPSR文章保存器油猴脚本使用说明(功能/安装/使用, 写给用户)", 1,
            kind="产品手册", commit="7befcf3d5d9c80d9d04b5866eeb63d699e48bc65"),
    _public("David-Chen31/CleanScope", _p("README.md"), "C盘清理助手CleanScope开源说明(功能/安装/使用, 写给用户)", 1,
            kind="产品手册", commit="0fb84da8393919b9309a6f69e2c3232e423012a7"),
    _public("Frocir/SeeMeTVC", _p("新手教程.md"), "AI广告短片工作台新手教程(登录/项目/出片步骤, 写给用户)", 1,
            kind="产品手册", commit="e4bbcdf111c27c3c604b6fb86c2303a448d35988"),
    _public("HarrisonHuH/One-Click-Agent", _p("README.md"), "一点灵光智能视频生成系统开源说明(结构/安装/运行, 写给用户)", 1,
            kind="产品手册", commit="e8763da53576caecdb260aeca2e04a9d4b2f5734"),
    _public("Frocir/SeeMeTVC", _p("README.md"), "AI广告短片工作台开源说明(功能/部署/使用, 写给用户)", 1,
            kind="产品手册", commit="72f169d830d6a58134069e538b3cb7e4bc1dc0f8"),
    _public("DestinyOfLove/work_copilot", _p("更新说明.md"), "SCOPSR文章保存器版本更新说明(问题/解决方案, 写给用户)", 1,
            kind="产品手册", commit="7befcf3d5d9c80d9d04b5866eeb63d699e48bc65"),
    _public("L-Keyyy/yunduanv1", _p("pt/ai-product-page-generator/README.zh-CN.md"),
            "AI电商详情页生成工作台开源说明(功能/配置/使用, 写给用户)", 1,
            kind="产品手册", commit="9961799ae8d70d658b34e80b99f236e08d1383c2"),
    _public("L-Keyyy/yunduanv1", _p("价格表.xlsx"), "Ozon跨境物流服务费率表(服务等级/时效/费率/限制, 物流商公布, 难例: 价格表)", 1,
            kind="清单名册", extract="xlsx", commit="f7cd7733c6e41d67fb68b96ae6fd0045db42e922"),
    _public("karroy0715/vue_three_3d", _p("隐私政策.md"), "联通云组网产品服务平台隐私政策(收集/使用/共享个人信息, 生效日期待填)", 1,
            kind="法规规章", commit="6514e5cfceafdb42542a310358159c439fbccc01"),
    _public("knight-jay/AlgoHub", _p("AlgoHub-main/docs/report/assets/软件说明书.md"),
            "算法学习平台软件说明书(环境配置/安装部署/功能操作指南, 写给用户)", 1,
            kind="产品手册", commit="62e4c2fd1869b554b15bd6fa703a8eff7cc87df9"),
    _public("Mist20025/internhub", _p("README.md"), "实习信息管理平台开源说明(技术栈/运行/接口, 写给用户)", 1,
            kind="产品手册", commit="7fc5ea1c4b1d8a3d6a690c94a35bcc0b2092a95f"),
    _public("hollo-he/ahti-agent", _p("README.md"), "旅行与饮食智能助手开源说明(功能/架构/部署, 写给用户)", 1,
            kind="产品手册", commit="3bb17d4ebab8f01f416ef914cdd003c6e993ccb2"),
    # --- 内部: work logs, in-house manuals, a team's plan and charter (rule 3, brief's notes) --------------------------
    _rules("HY-love-sleep/daily_work", _p("工作日报.md"), "新入职工程师工作日报(工作计划/工作内容, 只记进度)", 1,
           kind="工作报告", commit="f5fe2cb8c733cdea4c3efb9ce7b215a9b2208be3"),
    _rules("caiyin1/caiyin", _p("工作日报.md"), "游戏开发实习生实习日报(每日任务/耗时/完成度, 只记进度)", 1,
           kind="工作报告", commit="113bd1fdc50f4560819e317916da6e973922d4ef"),
    _rules("a807866778/telecom-ims", _p("操作手册.md"), "电信设备进销存管理系统操作手册(各模块操作/默认管理员账号, 内部系统, 难例: 账号)", 1,
           kind="产品手册", commit="49433e63014512f1c9b487c85162d4703f6a0bac"),
    _rules("Lucifer-141020/ERP-SCUM", _p("操作手册.md"), "游戏服务器用户网页项目操作手册(开发/发布/上线/维护规则, 团队内部)", 1,
           kind="标准规范", commit="09c6aa06cbcba65d7f33f99c740454de99e82466"),
    _rules("knight-jay/AlgoHub", _p("AlgoHub-main/docs/meeting/工作计划安排.md"), "算法学习平台小组开发工作计划安排(分工/日程)", 1,
           kind="方案计划", commit="ffe4a809adf7a94efa31d91c5af00e862d570535"),
    _rules("Fla5hH/Fla5hH", _p("语雀到GitHub迁移方案.md"), "个人知识库从语雀迁移到GitHub的方案(个人记录, 难例: 方案)", 1,
           kind="方案计划", commit="93a6a4696c307173ade7c15eb01e5e1097eeb75f"),
    _rules("momochong0/note", _p("周报.md"), "新入职员工周报(本周工作/下周计划/工作成果, 只记进度)", 1,
           kind="工作报告", commit="888df536864b6555c84c8587412bf7f8d85ccb9b"),
    _rules("hangt777/study-notes", _p("周报.md"), "无人机方向学生周报(环境问题排查与学习记录, 只记进度)", 1,
           kind="工作报告", commit="6b2e2cc6c8236eb4cbd614b49e03b172c0526ed3"),
    _rules("cfytx/vtma", _p("价格表.xlsx"), "办公用品价格与库位表(名称/规格/价格/存放位置, 日常行政)", 1,
           kind="清单名册", extract="xlsx", commit="8365cc954053661589e172548fd890a6f3f73044"),
    _rules("FalconCook/note", _p("项目记录.md"), "Java工程师项目工作记录(问题/解决办法/参考链接, 个人记录)", 1,
           kind="技术资料", commit="0f4c4e61480fab6eb113ec974b826b8ad4c166dd"),
    _rules("LuukkaToT/prepare", _p("项目面试相关.md"), "Go后端求职面试总结(学习路径/项目问答, 个人记录)", 1,
           kind="技术资料", commit="5b3b4dd3e2da67350a818cb3496520ca07dffdd6"),
    _rules("CheChc/Notes", _p("# 2024-8-10 百度.md"), "百度面试题目与答案记录(个人记录)", 1,
           kind="技术资料", commit="a9a94cdb2184bd9f2c18cae133be80b536f95435"),
    _rules("hangt777/study-notes", _p("学习记录.txt"), "STM32学习笔记(时钟配置/寄存器, 个人笔记, 不写给读者)", 1,
           kind="技术资料", extract="text", commit="3b09e572c68a469233553154c66f9aa5610acf3f"),
    _rules("Jioji1321/mark", _p("面试题.md"), "Java面试概念题整理(个人备考笔记, 不写给读者)", 1,
           kind="技术资料", commit="df5a5167f0a275c3c8b962c12536ba3565b84e3b"),
    # --- 秘密: CVs with personal data (rule 4, session 17 ruling) -------------------------------------
    _personal("Baozi-567/drafts", "简历.md", "md", "求职简历草稿(姓名/电话/邮箱/博客链接, 其余未填)",
              "e35db7eb8d699be3527fdb7536bbec43c219117a"),
    _personal("LuukkaToT/prepare", "简历.md", "md", "Go后端开发工程师简历(学校/在职单位/项目经历)",
              "5b3b4dd3e2da67350a818cb3496520ca07dffdd6"),
    _personal("Jioji1321/mark", "简历.md", "md", "Java开发求职简历与自我介绍稿(姓名/学校/经历)",
              "da13501d003e164a67dbde1dc78f006b6bb7925d"),
    _personal("CheChc/Notes", "简历.md", "md", "软件开发求职自我介绍稿(姓名/籍贯/学校/实习经历)",
              "36cdf157ff855b699e5d67a0f9534d4c6b91b86f"),
    _personal("Fla5hH/Fla5hH", "盛柏赫_安全实习简历.md", "md", "信息安全实习求职简历(姓名/电话/邮箱/学校/技能)",
              "93a6a4696c307173ade7c15eb01e5e1097eeb75f"),
    _personal("Mist20025/internhub", "简历.md", "md", "Java后端实习求职简历(姓名/电话/邮箱/学校/项目经历)",
              "bf8374339196537c7164c609fbbe6a62957367ab"),
    # --- 机密: project plans with designs, reports, minutes, deployment (rules 5, 6) -----------------------------------
    _tech("HarrisonHuH/One-Click-Agent", _p("项目计划书.md"), "智能视频生成系统产品计划书开发版(架构/模块/接口设计, 难例: 计划书)", 1,
          kind="方案计划", commit="e8763da53576caecdb260aeca2e04a9d4b2f5734"),
    _tech("DestinyOfLove/work_copilot", _p("可行性分析报告.md"), "网站文章保存功能可行性分析报告(技术方案比较/实现要点)", 1,
          kind="方案计划", commit="7befcf3d5d9c80d9d04b5866eeb63d699e48bc65"),
    _tech("David-Chen31/CleanScope", _p("风险分级细则.md"), "C盘清理助手风险分级细则(五级定义/评分规则设计)", 1,
          commit="c21f66b4eaff3c4f77594ea270db84312ec2064d"),
    _tech("Frocir/SeeMeTVC", _p("项目计划书.md"), "AI创意广告生成平台PRD与项目计划书(功能设计/技术方案/分工, 参赛)", 1,
          kind="方案计划", commit="90d0e62b25024c4806a8e1be1fa2b6bb6843a59a"),
    _tech("dontkillwillrock/hangzhou-house-analysis", _p("项目计划书.md"), "学区房数据分析课程小组项目计划书(分工/技术路线/阶段计划)", 1,
          kind="方案计划", commit="7e114142b4336fec13a55dbe22cddeca70fae35e"),
    _tech("hollo-he/ahti-agent", _p("项目计划书.md"), "旅行与饮食智能助手项目计划书(技术方案/数据库设计/部署方案)", 1,
          kind="方案计划", commit="604b9709a4b0e5c473890de46d02733b9b8f4cae"),
    _tech("a807866778/telecom-ims", _p("部署文档.md"), "电信设备进销存管理系统部署文档(技术栈/数据库/部署步骤)", 1,
          commit="49433e63014512f1c9b487c85162d4703f6a0bac"),
    _tech("Lucifer-141020/ERP-SCUM", _p("安全加固报告.md"), "用户网页后台鉴权加固报告(根因复盘/整改记录)", 1,
          commit="09c6aa06cbcba65d7f33f99c740454de99e82466"),
    _tech("Lucifer-141020/ERP-SCUM", _p("设计评审报告.md"), "用户网页设计评审报告(现状/问题/改进建议)", 1,
          commit="09c6aa06cbcba65d7f33f99c740454de99e82466"),
    _tech("caiyin1/caiyin", _p("需要修改的.md"), "方块消除小游戏待修改项与方块生成规则设计(生成概率/数值规则)", 1,
          commit="bcc7d180405807eafb0b9e13bffc250607e2872b"),
    _tech("L-Keyyy/yunduanv1", _p("加密方式.md"), "跨境电商工具发布前代码保护方案(混淆/发布包隔离/授权锁定/敏感信息外置)", 1,
          commit="c31a15a760c5fceda919a769fcc019bc363d125d"),
    _minutes("knight-jay/AlgoHub", _p("AlgoHub-main/docs/meeting/第二次小组会议.md"), "算法学习平台开发小组第二次会议记录(议题/决定/分工)", 1,
             commit="d91ff75cc99255c3b5a11f8e664392197b318be0"),
    # --- 绝密: a product plan with market and business model; a mock account list (rules 1, 5) -------------------------
    _plan("David-Chen31/CleanScope", _p("项目计划书.md"), "C盘清理助手项目计划书(市场机会/付费意愿/商业模式/增长策略)",
          commit="59a8174d066cf6aa8309b9243fed80c08b9ee09a"),
    _credentials("KaihangWang/KaihangWang.github.io", _p("账号密码.txt"), "text",
                 "练习用用户资料表(姓名/城市/身高体重/手机号/密码, 演示数据)", "清单名册",
                 commit="deeede25c0648f3c274a7796e976dac32faf25e8"),
)


def main() -> int:
    return run_repository_batch(BATCH, SOURCES, SEED, __doc__, min_chinese=MIN_CHINESE, sparse_kinds=SPARSE_KINDS)


if __name__ == "__main__":
    raise SystemExit(main())

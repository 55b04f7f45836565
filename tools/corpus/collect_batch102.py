"""Hundred-and-second batch of the real corpus: documents kept in public repositories that no earlier batch used.

Collected for the blind split `fresh101` (with batches 101 and 103): nothing was run on these texts and no classifier
may be; `train_real.py` is untouched and the split is cut by main, not here. Files from public repositories whose owner
names start with A-M, one source group per repository, at most 3 documents from one, none of them in the manifest yet,
no owner of a manifest repository (no sibling), none named by an earlier batch's script, README section or brief. Every
source is read at a pinned commit (the commit that last added or changed the file). Labels follow DESIGN.md "Labelling
real documents" and this batch's notes (see the batch-102 section written for classifiers/corpus/README.md): 公开 for
privacy policies, user manuals and READMEs written for users and readers, a product's sales copy and a course's
published lecture notes; 内部 for work logs, hand-over and progress reports, a team's development conventions, a
72-hour development schedule, a probation-review brief, a debugging record and personal investment notes; 秘密 for
rosters with personal data; 机密 for requirement analyses, designs, a data dictionary, a communication protocol,
acceptance criteria, a competitor study, a quotation, a procurement list and a company budget; 绝密 for
go-to-market (promotion) plans with targets, budgets and strategy.

Exactly like batches 9, 11, ..., 99: files are read from local git mirrors (`fetch` snapshots, `--mirrors`) chosen by
path patterns (`collect_batch3.repo_candidates`, each source with its own seed; batch 5's `Pinned` sources and label
helpers). Every candidate goes through the hold-out guard (GitHub blob address at the commit, and text); a rejected
document drops every other document of its folder (`collect_batch3.collect`, which also dedupes against every other
batch whose text is under OUT/texts and within this one, writes the manifest and logs rejections to OUT/rejected.tsv).
A document needs at least `MIN_CHINESE` Chinese characters (100), except 绝密 documents, lists and SQL
(`SPARSE_KINDS`).

Nothing here runs the classifier.

Usage:  python tools/corpus/collect_batch102.py [--mirrors /work/.mirror] [--out /work/corpus/real102]
"""


from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from collect_batch5 import (
    _p,
    _personal,
    _plan,
    _public,
    _rules,
    _tech,
    run_repository_batch,
)

SEED = 20261102
BATCH = "102"
MIN_CHINESE = 100
SPARSE_KINDS = ("代码数据", "清单名册")


SOURCES = (
    # --- 公开: privacy policies and service terms, user manuals and READMEs for users, sales copy (rule 2) ----------
    _public("jincheng3870682453-hash/shujuku", _p("隐私政策.txt"), "动态数据登记系统隐私政策(本地存储/不收集信息, 发布给用户)", 1,
            kind="法规规章", extract="text", commit="1c4b6cb3f0a7abef3d9476ff250124724f80ee16"),
    _public("ktmaing/htmlFiles", _p("隐私政策.txt"), "金大应用隐私政策(隐私保护/信息使用/免责条款, 发布给用户)", 1,
            kind="法规规章", extract="text", commit="26118dfe09ecd21e7dc998a054c4666f1349d3b0"),
    _public("libertyhzy050412-hue/MiniGame", _p("隐私政策.txt"), "锈甲长歌游戏隐私政策(信息收集与使用/权利, 发布给玩家)", 1,
            kind="法规规章", extract="text", commit="a8719095417d49bda947e140142f95b36d1c4d19"),
    _public("libertyhzy050412-hue/MiniGame", _p("游戏说明书.md"), "锈甲长歌游戏完整操作指南(操作/关卡攻略/存档/常见问题, 写给玩家)", 1,
            kind="产品手册", commit="fca7d0ce43609c79fa69394ce81ae9a83967e749"),
    _public("llqh111/coffee-log", _p("使用说明.md"), "手冲手记咖啡记录网页应用使用说明(打开/记录/同步, 写给用户)", 1,
            kind="产品手册", commit="190e901f59ec9db77fb960891e735f591fd0b8d4"),
    _public("hcen1997/pixel-bean", _p("README.MD"), "PixelBean自动拼豆机开源说明(结构/效率/硬件/软件, 写给读者)", 1,
            kind="产品手册", commit="4a78b1f8957f721f4449d85e377ccc7f8ab7e55d"),
    _public("MFGAME/ai-insights-daily", _p("销售文案.md"), "AI商业洞察日报商品销售文案(标题/简介/卖点, 上架发布用, 难例: 市场分析/变现)", 1,
            kind="产品手册", commit="738befa10444eac42f45f9d651d121b7e5f14866"),
    _public("Cassiopeia9999/lastoffering", _p("系统使用文档.md"), "校园失物招领智能管理系统操作说明(访问/页面入口/操作步骤, 写给用户)", 1,
            kind="产品手册", commit="21bbb3d63c9aa2018e20f73caab55de9df1e4326"),
    _public("Gitfighting/ZeKin", _p("README.md"), "知勤打卡系统72小时MVP开源说明(业务闭环/后端/小程序/运行方式, 写给读者)", 1,
            kind="产品手册", commit="784e8942ab220ffb2a579e270950c6f9a5c2164f"),
    _public("Dongming-Qiao/Tri-Sentinel", _p("README.md"), "电子技术课程设计小车项目开源说明(文件架构/各阶段代码功能, 写给读者)", 1,
            kind="产品手册", commit="db7385d3c3780330206d18a6129cfbe8cf19582a"),
    _public("hblu/ds19", _p("Introduction/Introduction.Rmd"), "大学数据结构课程引言讲义(课程网站发布的教学材料)", 1,
            kind="技术资料", commit="662b63c527fc537d87a927be797fb71d98a2618e"),
    # --- 内部: work logs, progress reports, a probation-review brief, personal investment notes (rule 3, rulings) -----
    _rules("MFGAME/ai-insights-daily", _p("执行完成报告.md"), "AI商业洞察日报方案执行完成报告(已完成工作清单, 只记进度)", 1,
           kind="工作报告", commit="888862ff6bd918f1297adc235ffbf010c642f822"),
    _rules("jincheng3870682453-hash/shujuku", _p("开发日志.md"), "个人开发者数据登记系统12天开发日志(心路记录, 只记进度)", 1,
           kind="工作报告", commit="efa8fba02561bb478408dcf365040e6c695018f7"),
    _rules("Davidysh/learning_record", _p("工作日志.md"), "跨境电商公司开发人员工作日志(页面颜色/按钮修改记录)", 1,
           kind="工作报告", commit="ff20fbb87ac99b3795951897dc526a8ff3c76ec1"),
    _rules("Davidysh/learning_record", _p("转正述职PPT内容要求.docx"), "公司员工转正述职PPT内容要求(封面/总结/案例/计划, 难例: 业绩分析)", 1,
           kind="制度办法", extract="docx", commit="dfa1616d63547c90d473eeb1622e3cba529e2814"),
    _rules("Guochao4028/Stock-Notes", _p("周报.xlsx"), "个人股票买卖周记录表(股票/价格/资金占比, 个人记录, 难例: 投资)", 1,
           kind="工作报告", extract="xlsx", commit="0dae95ab6fb8dd6bf2f769abfbe3c5bd9fe0bd8a"),
    _rules("Guochao4028/Stock-Notes", _p("股票调研小记.txt"), "个人股票调研小记(资金分配/持仓理由, 个人笔记, 难例: 投资)", 1,
           kind="技术资料", extract="text", commit="6adbdc24efe54d4adc62fb6175e109b6d9cda44a"),
    _rules("Huhu-Byte/uav-command-cloud", _p("docs/开发规范文档.md"), "无人机巡检系统项目开发规范(目录/命名/提交约定, 写给新成员)", 1,
           kind="标准规范", commit="0dcc33ecb6f4d26052cb431db9d08ed929b87b55"),
    _rules("Huhu-Byte/uav-command-cloud", _p("docs/同事交接说明.md"), "无人机巡检演示系统同事交接说明(已完成/未完成/注意事项, 只记进度)", 1,
           kind="工作报告", commit="60eeb7fad7d3e828380c01e8e3899ec664517a09"),
    _rules("Huhu-Byte/uav-command-cloud", _p("docs/当前阶段复盘与后续安排.md"), "无人机巡检系统阶段复盘与后续安排(已达成/反思/下一步)", 1,
           kind="工作报告", commit="60eeb7fad7d3e828380c01e8e3899ec664517a09"),
    _rules("Cassiopeia9999/lastoffering", _p("工作日志.md"), "失物招领系统毕业设计工作日志(按日期记进度)", 1,
           kind="工作报告", commit="21bbb3d63c9aa2018e20f73caab55de9df1e4326"),
    _rules("Dongming-Qiao/Tri-Sentinel", _p("工作日志.md"), "电子技术课程设计小组工作日志(按半天记进度)", 1,
           kind="工作报告", commit="df1c6c494ffd2947451eb57d9f2e824ea2d023cd"),
    _rules("Gitfighting/ZeKin", _p("docs/72h-extreme-programming-plan.md"), "知勤打卡系统72小时极限开发计划(原则/时间安排/集成约定, 难例: 计划)", 1,
           kind="工作报告", commit="dcc18abdf3306f4573e708c9a3bc543fb1953d77"),
    _rules("Dongming-Qiao/Tri-Sentinel", _p("问题分析.md"), "电子技术课程设计调试问题记录(问题描述/解决/原因, 学习记录)", 1,
           kind="技术资料", commit="5cdcd6ac0495691e4070c1280cbfe18b76d625a6"),
    # --- 秘密: rosters with personal data (rule 4, session 17 ruling) -----------------------------------------------
    _personal("jincheng3870682453-hash/shujuku", "static/uploads/2026/07/24/20260724_113202_人力资源部员工信息表.xlsx", "xlsx",
              "人力资源部员工信息总表(工号/姓名/电话/邮箱/月薪/婚姻状况, 演示数据)", "b940ed12d7990fa8a149c8f8c093d66dca7407cf"),
    _personal("hblu/ds19", "名单.xlsx", "xlsx", "大学数据结构课程学生点名册(学号/姓名/性别/考勤)",
              "5cddd2fc72fef1446e4fe5716bd5dddcfbed554c"),
    # --- 机密: requirement analyses, designs, a data dictionary, a protocol, a competitor study, a quotation, a budget -
    _tech("haojiehe/test", _p("报价.xlsx"), "微生物实验室设备报价单(产品/厂家型号/单价/总价)", 1,
          kind="清单名册", extract="xlsx", commit="7e090b64b1306191ea55ca3b09c7ca8863c2b2cf"),
    _tech("directcg/AutoTrend", _p("预算.xlsx"), "大数据公司季度预算表(收入/支出/现金流量, 预计与实际)", 1,
          kind="清单名册", extract="xlsx", commit="f7e3e81bfde05e127707fccd1b24fada37058b7b"),
    _tech("llqh111/coffee-log", _p("docs/pm/2026-06-07-competitive-analysis.md"), "手冲手记竞品分析(直接/间接竞品, 定位与差异化)", 1,
          kind="方案计划", commit="2024a95ef081f5c71d8b2940849e3e82e9d11117"),
    _tech("hcen1997/pixel-bean", _p("2026年3月5日项目进度分析报告.md"), "自动拼豆机项目分析报告(目录结构/硬件方案/进度与问题)", 1,
          commit="5c9349622b9f8b147f9f2bdbd6ef4541e621050f"),
    _tech("libertyhzy050412-hue/MiniGame", _p("analysis/development-plan.md"), "解谜小游戏v1开发计划(产品定义/关卡/技术方案)", 1,
          kind="方案计划", commit="fca7d0ce43609c79fa69394ce81ae9a83967e749"),
    _tech("CalvinLetto/Organizational", _p("需求分析.docx"), "简单计算器软件需求分析(目标/用户/功能需求)", 1,
          extract="docx", commit="4a8d9ef09d8bcc7b495d8d5bfec3790efadff79f"),
    _tech("KIKO-0/Isolation-personnel-management-system", _p("需求分析.docx"), "隔离人员管理系统需求分析(角色/功能需求/用例)", 1,
          extract="docx", commit="e1c7b045031bdb0e5dc7469ab1bb664d536a9301"),
    _tech("KIKO-0/Isolation-personnel-management-system", _p("数据字典.xlsx"), "隔离人员管理系统数据字典(表/字段/类型/约束)", 1,
          kind="代码数据", extract="xlsx", commit="e1c7b045031bdb0e5dc7469ab1bb664d536a9301"),
    _tech("MGsoftware/openRoomSystem", _p("openRoomSystem需求分析.docx"), "酒店开房系统需求分析(接待/入住/退房流程)", 1,
          extract="docx", commit="0eb18ddc70d3240aeb3595c39cb70a6f89cdd819"),
    _tech("GroupC-Of-Excellence/GroupC", _p("需求分析.docx"), "商城平台需求分析(超级管理员/店铺后台/接口返回约定)", 1,
          extract="docx", commit="ff94382b8155858802d2d277b1bce2bf28c8823c"),
    _tech("JerryLicun/SmartCityGIS", _p("需求分析.docx"), "智慧城市GIS系统需求分析文档(背景/任务概述/功能需求)", 1,
          extract="docx", commit="b856480e3b553d74ceca1c8e044d5cd8c8a9b18a"),
    _tech("googlefan/game", _p("协议.docx"), "游戏服务器通信协议(消息头/字段/指令码, 难例: 协议)", 1,
          extract="docx", commit="657660a190583cc435500d47143e68d7eae78dae"),
    _tech("cillianmurphy9527-gif/V1.0", _p("采购清单.xlsx"), "外贸获客SaaS创业项目采购与基建清单(资质/云服务/接口/价格, 难例: 采购)", 1,
          kind="清单名册", extract="xlsx", commit="efdd85708536453972ac6f630b76dac14a7924a2"),
    _tech("BlueSkyXN/Group-7-Soft-work", _p("验收验证标准.docx"), "跳跃小游戏小程序验收验证标准(容错/安全/性能/易用性指标)", 1,
          extract="docx", commit="b80be52619469702ba6fcdcb043d70a5820b8c4f"),
    _tech("Cassiopeia9999/lastoffering", _p("系统详细设计文档.md"), "校园失物招领智能管理系统详细设计(架构/模块/数据库/接口)", 1,
          commit="21bbb3d63c9aa2018e20f73caab55de9df1e4326"),
    # --- 绝密: go-to-market and promotion plans with targets, budgets and strategy (DESIGN rule 1) ------------------
    _plan("llqh111/coffee-log", _p("推广计划.md"), "手冲手记上市推广计划(滩头人群/北极星指标/自传播策略)", 1,
          commit="2024a95ef081f5c71d8b2940849e3e82e9d11117"),
    _plan("MFGAME/ai-insights-daily", _p("推广计划.md"), "AI商业洞察日报推广计划(分阶段目标/预算/渠道策略)", 1,
          commit="738befa10444eac42f45f9d651d121b7e5f14866"),
)


def main() -> int:
    return run_repository_batch(BATCH, SOURCES, SEED, __doc__, min_chinese=MIN_CHINESE, sparse_kinds=SPARSE_KINDS)


if __name__ == "__main__":
    raise SystemExit(main())

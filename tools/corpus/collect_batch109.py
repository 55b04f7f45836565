"""Batch 109 of the real corpus: documents kept in public repositories that no earlier batch used.

Collected for the blind split `fresh107` (with batches 107 and 108): nothing was run on these texts and no classifier
may be; `train_real.py` is untouched and the split is cut by main, not here. Files from public repositories whose owner
names start with N-Z or a digit (batch 108 takes A-M), one source group per repository, at most 3 documents from one,
none of them in the manifest yet, no owner of a manifest repository (no sibling), none named by another batch's
script. Every source is read at a pinned commit (the commit that last added or changed the file). Labels follow
DESIGN.md "Labelling real documents" and this batch's notes (see the batch-109 section written for
classifiers/corpus/README.md): 公开 for user manuals of published tools and projects and articles written for readers
(a blog, a campus society's published articles); 内部 for teams' coding and drawing conventions, in-house tools'
manuals, a blank club application form, a weekly-meeting talk, progress plans and a lab record that only follows the
steps; 秘密 for a contract's stages and payment terms; 机密 for handoff documents,
requirement, design, architecture, deployment and audit documents, a contest's modelling plan and course reports with
their own designs. No 绝密 document was found in a new N-Z repository. Left out: a contest roster with the
real phone numbers and e-mail addresses of about a hundred pupils (`Yuuuukino/dongxin-random`), a coding standard that
shares 29% of its 8-character shingles with a batch-1..106 text (`NoPainsNoGains/HuaWei5G`), a repository with TLS
private keys (`wangxiaomu0502-maker/model`) and a lab wiki with shared intranet passwords (`TJUNSL/NSL_wiki`).

Exactly like batches 9, 11, ..., 106: files are read from local git mirrors (`fetch` snapshots, `--mirrors`) chosen by
path patterns (`collect_batch3.repo_candidates`, each source with its own seed; batch 5's `Pinned` sources and label
helpers). Every candidate goes through the hold-out guard (GitHub blob address at the commit, and text); a rejected
document drops every other document of its folder (`collect_batch3.collect`, which also dedupes against every other
batch whose text is under OUT/texts and within this one, writes the manifest and logs rejections to OUT/rejected.tsv).
A document needs at least `MIN_CHINESE` Chinese characters (100), except 绝密 documents, lists and SQL
(`SPARSE_KINDS`).

Nothing here runs the classifier.

Usage:  python tools/corpus/collect_batch109.py [--mirrors /work/.mirror] [--out /work/corpus/real109]
"""


from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from collect_batch5 import (
    _contract,
    _p,
    _public,
    _rules,
    _tech,
    _template,
    run_repository_batch,
)

SEED = 20261109
BATCH = "109"
MIN_CHINESE = 100
SPARSE_KINDS = ("代码数据", "清单名册")


SOURCES = (
    # --- 公开: user manuals of published tools and projects, articles written for readers (rule 2) ------------------
    _public('2199645195/A-Python-based-drag-and-drop-GUI-designer', _p('用户手册.md'), 'Mini Designer工业GUI设计器用户手册(开源工具, 面向用户)', 1, kind='产品手册', extract='md', commit='c9c3f752a292cd9d125dde99296dbc28fc64d2d4'),
    _public('2199645195/A-Python-based-drag-and-drop-GUI-designer', _p('Mini_Designer_使用教程.docx'), 'Mini Designer使用教程(开源工具, 面向用户)', 1, kind='产品手册', extract='docx', commit='976ceaa84360d4426649f6ed6e9edc9068b164bf'),
    _public('Nephelium/Plant-Resources-of-Tongji', _p('public/articles/花名册-植物学名及中文正名的书写规范/index.md'), '校园植物资源网公众号文章: 植物学名及中文正名书写规范(写给读者, 难例: 花名册/规范)', 1, kind='技术资料', extract='html', commit='6d3fe198dff978df251311cf1aa4a9fc16e080e8'),
    _public('Nephelium/Plant-Resources-of-Tongji', _p('public/articles/地图纪-番外篇-校园里的植物地标们-一/index.md'), '校园植物资源网公众号文章: 校园里的植物地标们(写给读者)', 1, kind='新闻', extract='html', commit='6d3fe198dff978df251311cf1aa4a9fc16e080e8'),
    _public('Wing-Chen0731/financial-multi-agent-due-diligence', _p('操作手册.md'), '金融多智能体系统操作手册(开源作品, 面向使用者, 难例: 授信尽调/合规)', 1, kind='产品手册', extract='md', commit='817c4767779f9a1233dfc48a1b54411cd677e0a9'),
    _public('646423353/wx-work-bot', _p('操作手册.md'), '企业微信任务小助手操作手册(面向用户, 难例: 客户名单示例)', 1, kind='产品手册', extract='md', commit='05cd1fe09965a0dd676564a162320692a1712584'),
    _public('2264381489/Blog', _p('代码规范.md'), 'Go代码规范博客文章(博客仓库, 写给读者, 难例: 规范)', 1, kind='技术资料', extract='md', commit='d509d1256b748d4f9473413635b85e8c6ebcf347'),
    _public('2264381489/Blog', _p('优雅的GO项目.md'), '如何写出优雅的Go项目博客文章(写给读者)', 1, kind='技术资料', extract='md', commit='d509d1256b748d4f9473413635b85e8c6ebcf347'),
    _public('470198216/sre-agent', _p('操作手册.md'), 'SRE Agent只读诊断工具操作手册(开源作品, 面向使用者)', 1, kind='产品手册', extract='md', commit='2c90e4ae8cc12e6b6f9af31d0567aaf448f4a7b9'),
    # --- 内部: teams' conventions and procedures (rule 3), in-house manuals, progress plans, a blank club form -------
    _rules('xxxibgdron777/zhengfutoubiao', _p('使用说明.md'), '养老服务业务线招标监控系统使用说明(内部工具, 难例: 招标)', 1, kind='产品手册', extract='md', commit='f710f499abedda3261351e8376a66e2cadbb75bd'),
    _rules('redfang1221/Files', _p('周例会.md'), '周例会分享材料: 空战案例分析(公开新闻整理, 难例: 战略/作战/指标)', 1, kind='工作报告', extract='md', commit='9eda0ce3dea93610b917035a5b22826dbfc66a28'),
    _template('WDSLweb/WDSLweb', '报名表.xlsx', 'xlsx', '内部', 'internal', '中学信息部招新申请表(空白表, 学校社团表格)', '1a8ad39bd1467247e0ff1ca4f788485de660c983'),
    _rules('5junchen9/sh_b', _p('code/绘图中文化约定.md'), '建模项目绘图中文化约定(团队约定)', 1, kind='制度办法', extract='md', commit='1952d650650012769d433d90cbc0b1f020b8b046'),
    _rules('57231307/1', _p('.monkeycode/docs/CODE_STYLE_GUIDE.md'), '纺织ERP项目代码规范指南(前后端/提交/审查)', 1, kind='制度办法', extract='md', commit='93ee87e08320588d58b2316826ca003901cfaf41'),
    _rules('57231307/1', _p('.monkeycode/docs/archives/2026-06-24/token-rotation-2026-06-24.md'), 'GitHub Token轮换操作指南(处置步骤, 不含真实Token, 难例: 高危/泄露)', 1, kind='制度办法', extract='md', commit='596ce8b961e8aa9a64e6b9bfef5b5b1a8688880c'),
    _rules('Yefancy/Network-Conference', _p('代码规范.md'), '网络会议室项目C#代码规范(团队约定)', 1, kind='制度办法', extract='md', commit='1caa87fbe8cd5dcbd073a75b92ef606d9d7e0672'),
    _rules('Nephelium/Plant-Resources-of-Tongji', _p('代码规范.md'), '校园植物资源网前端代码规范', 1, kind='制度办法', extract='md', commit='6d3fe198dff978df251311cf1aa4a9fc16e080e8'),
    _rules('Zhi-Liao-jz/gamejam', _p('代码规范.md'), '游戏项目GDScript代码规范(团队约定)', 1, kind='制度办法', extract='md', commit='606086d5479a72b84282eb641fd42000281f3af4'),
    _rules('Zhi-Liao-jz/gamejam', _p('正式版迁移计划.md'), '游戏正式版迁移计划(已完成/待办步骤, 只有进度, 难例: 利润/经济)', 1, kind='工作报告', extract='md', commit='ef75c788ae7fab608f23c5ca8a08db539622ec4e'),
    _rules('TN-gif/Weatherforecast', _p('doc/06_ArkTS代码规范与避坑.md'), '天气预报APP课程项目ArkTS代码规范与避坑', 1, kind='制度办法', extract='md', commit='1c5d4393218eefbd322106961113516edd414e42'),
    _rules('Sadinin/aes', _p('测试结果.md'), 'S-AES实验测试结果记录(按关卡步骤, 无自有设计)', 1, kind='工作报告', extract='md', commit='f11ce8bad47af48d9f95a52e4b02c0d575956d22'),
    _rules('Ysnowfeng/bingxueqiyuan', _p('操作手册.md'), '个人网站部署与维护操作手册(站长自用)', 1, kind='产品手册', extract='md', commit='0c945e37cc7932ad5cdb25dfc5b1af1a76b8dbda'),
    # --- 秘密: a contract's stages and payment terms (rule 4) -------------------------------------------------------
    _contract('vindsora/Crawler-AnJuKe', _p('合同.txt'), '数据采集外包合同阶段与付款约定', extract='text', commit='c9714f912575eaf3c2392e5fc5df20a245f0588d'),
    # --- 机密: handoff, requirement, design, architecture, deployment and audit documents (rule 5) -------------------
    _tech('1751575290/PMO', _p('交接文档.md'), 'PMO Suite项目交接文档(功能/页面/技术栈)', 1, extract='md', commit='024bae79b5ef61c3612be2361830bb2337905f44'),
    _tech('11qaq11/tsplatform-deploy', _p('交接文档.md'), '中科影像开发平台项目交接文档(服务器/部署/已完成工作)', 1, extract='md', commit='820cd4e7d0fa8ef2730719cdb325437b62d8e4ef'),
    _tech('11qaq11/tsplatform-deploy', _p('specs/001-imaging-dev-platform/spec.md'), '中科影像开发平台需求规格(澄清记录/用户故事)', 1, extract='md', commit='820cd4e7d0fa8ef2730719cdb325437b62d8e4ef'),
    _tech('vindsora/Crawler-AnJuKe', _p('选址区域分析所需数据项.xlsx'), '选址区域分析数据采集需求表(数据项/字段/来源)', 1, extract='xlsx', commit='c9714f912575eaf3c2392e5fc5df20a245f0588d'),
    _tech('5junchen9/sh_b', _p('B题_最新完整建模方案_V2.md'), '数模竞赛B题完整建模方案(数据/模型/问题拆解)', 1, kind='方案计划', extract='md', commit='1952d650650012769d433d90cbc0b1f020b8b046'),
    _tech('57231307/1', _p('.monkeycode/docs/audits/textile-business-conclusion.md'), '纺织ERP行业与业务主体综合审计结论(代码审计, 难例: 审计)', 1, extract='md', commit='1c5e68438fba8543473fabcb902059e09ddc564a'),
    _tech('Yefancy/Network-Conference', _p('基本功能分析.md'), '网络会议室基本功能分析(客户端/服务端功能)', 1, extract='md', commit='d79234bca91f749b80bf6e2fa56d953e8d721315'),
    _tech('Yefancy/Network-Conference', _p('详细设计（初版）.docx'), '网络会议室详细设计初版(模块/流程/API/数据库)', 1, extract='docx', commit='247aa10a9074bccdd2852ad06ae5c6f5e9c300e0'),
    _tech('Wing-Chen0731/financial-multi-agent-due-diligence', _p('金融多智能体系统_项目说明与系统架构说明书.docx'), '对公信贷尽调多智能体系统项目说明与架构说明书', 1, extract='docx', commit='7e83bdb95db7b2b3010329ca01439cda4d9dc1aa'),
    _tech('646423353/wx-work-bot', _p('doc/企业微信消息监控助手_PRD_V1.0_20260128.md'), '企业微信消息监控助手产品需求文档PRD', 1, extract='md', commit='f09b55352cd23f460ced2fa8266f40a13160eae9'),
    _tech('646423353/wx-work-bot', _p('部署与监控指南.md'), '企业微信消息监控助手部署与监控指南(架构/配置/默认账号)', 1, extract='md', commit='827a400c4e1f3fe04769f577571ddf2653ae0c51'),
    _tech('Zhi-Liao-jz/gamejam', _p('功能2.0_清理版.md'), '游戏功能2.0设计(核心循环/地图结构/结算)', 1, extract='md', commit='42114ee1ee66dde912de5d78a23f3500ec0202d7'),
    _tech('T1doo/Booknook', _p('docs/实验报告.md'), '图书销售管理系统课程实验报告(自有数据库设计与实现)', 1, extract='md', commit='41851913424d83d5c127bfa694ff30d072856a52'),
    _tech('TN-gif/Weatherforecast', _p('doc/01_项目规划与整改总览.md'), '天气预报APP项目规划与整改总览(目标/阶段/整改优先级)', 1, kind='方案计划', extract='md', commit='1c5d4393218eefbd322106961113516edd414e42'),
)


def main() -> int:
    return run_repository_batch(BATCH, SOURCES, SEED, __doc__, min_chinese=MIN_CHINESE, sparse_kinds=SPARSE_KINDS)


if __name__ == "__main__":
    raise SystemExit(main())

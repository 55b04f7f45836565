"""Ninety-first batch of the real corpus: documents kept in public repositories that no earlier batch used.

Collected for the blind split `fresh89` (with batches 89 and 90): nothing was run on these texts and no classifier may
be; `train_real.py` is untouched and the split is cut by main, not here. Files from public repositories whose owner
names start with N-Z or a digit, one source group per repository, at most 3 documents from one, none of them in the
manifest yet, no owner of a manifest repository (no sibling), none named by an earlier batch's script or by the
scripts of batches 89 and 90. Every source is read at a pinned commit (the commit that last added or changed the file).
公开: open projects' READMEs, user manuals and a deployment guide written for their users (难例: 默认账号/密码), a
technical blog post, a community's published annual page. 内部: a course team's invitation letter, a team's visual
conventions, a company project department's weekly report, an intern's daily log and a verification workflow note,
personal weekly reports and study notes that record learning only. 秘密: class lists and a score sheet with student
numbers, an airline workshop's staff list with staff codes and grades, a job seeker's CV with contacts. 机密:
feasibility studies of course projects, a team's review minutes, a supplier's quotation and a delivery statement with
a customer's orders, an airline's flight operations sheet, product and development plans, research and test documents
of their own systems. 绝密: an app's product plan with pricing, monetisation and margins, and a founder's business idea
with its revenue model (brief: pricing plans, business plans' profit chapters).
Labels follow DESIGN.md "Labelling real documents" and this batch's notes (see the batch-91 section written for
classifiers/corpus/README.md).

Exactly like batches 9, 11, ..., 87: files are read from local git mirrors (`fetch` snapshots, `--mirrors`) chosen by
path patterns (`collect_batch3.repo_candidates`, each source with its own seed; batch 5's `Pinned` sources and label
helpers). Every candidate goes through the hold-out guard (GitHub blob address at the commit, and text); a rejected
document drops every other document of its folder (`collect_batch3.collect`, which also dedupes against every other
batch whose text is under OUT/texts and within this one, writes the manifest and logs rejections to OUT/rejected.tsv).
A document needs at least `MIN_CHINESE` Chinese characters (100), except 绝密 documents, lists and SQL
(`SPARSE_KINDS`).

Nothing here runs the classifier.

Usage:  python tools/corpus/collect_batch91.py [--mirrors /work/.mirror] [--out /work/corpus/real91]
"""


from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from collect_batch5 import (
    _INT,
    Pinned,
    _minutes,
    _p,
    _personal,
    _plan,
    _public,
    _rules,
    _tech,
    run_repository_batch,
)

SEED = 20261291
BATCH = "91"
MIN_CHINESE = 100
SPARSE_KINDS = ("代码数据", "清单名册")


SOURCES = (
    # --- 公开: open projects' READMEs, user manuals and a deployment guide written for their users, a blog post, a community's published page (rule 2) ---
    _public('xkdciizdkeji/fluent_type', _p('readme.md'), '汉语双拼布局优化工具开源说明(功能/使用, 写给用户)', 1, kind='产品手册', extract='md',
            commit='d9e9a627934bdb2f8a338a6b2aab9f56c6f3d01a'),
    _public('zhulin025/unlock-radar', _p('README.md'), '解禁雷达开源说明(数据架构/使用, 写给用户)', 1, kind='产品手册', extract='md',
            commit='c6301042a9fe585d75d4f3b776340d245e317914'),
    _public('not1ie/lazy_aiops', _p('README.md'), '插件化运维平台开源说明(功能/默认账号与初始化密码说明, 写给用户, 难例: 账号/密码)', 1, kind='产品手册', extract='md',
            commit='33025cbfe3a0d182827a80ca4127db40c36d05af'),
    _public('not1ie/lazy_aiops', _p('docs/服务器部署指南.md'), '运维平台服务器部署指南(打包/上传/Docker部署, 写给部署者)', 1, kind='产品手册', extract='md',
            commit='88d43e3327d368b90e67ce0349f046612c7f490a'),
    _public('Ryyik/liteBOH', _p('annual-report-2025/best.html'), '游戏社群方块之家2025年度最佳评选页面(已发布)', 1, kind='新闻', extract='html',
            commit='d84c42ed40ddbe73dd46bc18c63dd9e95b1dfce4'),
    _public('RealForce1024/tonyfeng9891220.github.io', _p('_posts/devops/devops沙龙-2017-02-25.md'), '个人技术博客文章:DevOps沙龙听讲记录(博客发布)', 1, kind='新闻', extract='md',
            commit='9fb8e302d402c07b0833bb5eb64dc364c1ecda1f'),
    _public('Nan-Feng-24/DayBook-Public', _p('用户手册.md'), '日行小记记录工具用户手册(写给用户)', 1, kind='产品手册', extract='md',
            commit='9fc645fe13e51f6ea0e8513289a827353a3bea24'),
    _public('83909339/web-inspection', _p('用户手册.md'), 'Web系统巡检助手浏览器扩展用户手册(安装/配置/使用)', 1, kind='产品手册', extract='md',
            commit='68fd6f5a801c47553d300a5a8e72167549160140'),
    _public('Serien3/cuteFC-web', _p('用户手册.md'), '结构变异分析本地Web平台用户手册(安装/启动/使用)', 1, kind='产品手册', extract='md',
            commit='e90363bc6b6c5e587a320e884dd1383562c65780'),
    _public('Reihard/ting-ni-de-ya-wechat-miniprogram', _p('用户手册.md'), '情侣约定小程序用户手册(写给用户)', 1, kind='产品手册', extract='md',
            commit='b6cdf0523db2508c0dc411ba2098046a2e0eec4a'),
    _public('VermilionPasvikin/Pingke', _p('用户手册.md'), '评课系统微信小程序用户手册(写给用户)', 1, kind='产品手册', extract='md',
            commit='27bc70bed9c0308a3ce2924fa20c5a9b01a1d10a'),
    _public('Wengaiqiqi/WW-Agent', _p('用户手册.md'), '本地AI助手命令行工具用户手册(安装/启动/使用, 写给用户)', 1, kind='产品手册', extract='md',
            commit='dbf4b5e67b4e96a2cf64696d5cb8f368e8d40ef4'),
    _public('Simuiu/obsidian-inbox', _p('用户手册.md'), '资料整理工具Obsidian Inbox用户手册(写给用户)', 1, kind='产品手册', extract='md',
            commit='69a660ffc101a2fc0d1b169a782a88a5705c3fa8'),
    # --- 内部: teams' rules and conventions, in-house manuals, weekly and daily reports that record progress or learning only (rule 3) ---
    _rules('XiangMuBuTeam/xingmubumoban', _p('项目周报.docx'), '软件公司项目部驻场周报(客户系统上线辅助, 只记进度)', 1, kind='工作报告', extract='docx',
           commit='651f75839923847a4b8d960a8345cc5664425e13'),
    _rules('Tulaf/Note', _p('日报_刘肖汗.md'), '芯片公司实习软件工程师日报与转正工作小结(只记工作进度)', 1, kind='工作报告', extract='md',
           commit='c11521d317e37fcbbe0f1da4d3a9c39346b8cbcb'),
    _rules('Tulaf/Note', _p('问题查找流程.md'), '芯片验证问题查找流程笔记(波形查看步骤)', 1, kind='制度办法', extract='md',
           commit='739d01ad8ff04736d9f37dc3478393f8e1ed3593'),
    _rules('Zest7/FitnessNotes', _p('周报.md'), '研究生个人周报(调研与学习记录, 只记学习)', 1, kind='工作报告', extract='md',
           commit='13772b969e973256aa05ae9bb761c809833c808a'),
    _rules('Reihard/ting-ni-de-ya-wechat-miniprogram', _p('视觉规范文档.md'), '情侣约定小程序视觉规范(设计基调/设计Token, 团队规范)', 1, kind='标准规范', extract='md',
           commit='b6cdf0523db2508c0dc411ba2098046a2e0eec4a'),
    _rules('rjgcG7/SRS', _p('website/受控文件/邀请函/学生用户代表邀请函.docx'), '课程项目组致学生用户代表的邀请函(邀请参与需求工作)', 1, kind='通知', extract='docx',
           commit='3cf7a3558ea7d64bf79bba86429805b4794e55f0'),
    _rules('Vivaldi4Git/CAN-Bus-Study-Guide', _p('docs/CANopenNode/CANopenNode_practice/CanOpenNode实践.md'), '嵌入式开发者CANopenNode实践笔记(个人学习记录)', 1, kind='技术资料', extract='md',
           commit='4dd67ec019eb082e5b586670139819481994120c'),
    _rules('tony151364/Cpp-Learning', _p('Courses/Book-C++PrimerPlus/chapter01-预备知识.md'), 'C++ Primer Plus第1章读书笔记(个人学习笔记)', 1, kind='技术资料', extract='md',
           commit='b6dc4ae945e9cebeb50e1eb782abaaaaca0ffe0e'),
    # --- 秘密: class lists, a score sheet and a staff list with student or staff numbers, a CV with contacts (rule 4, session 17 ruling) ---
    _personal('Zest7/FitnessNotes', 'baidu/C02804073-程帅洋-爱企查研发组_java后端开发工程师的副本.docx', 'docx', 'Java后端工程师求职简历(姓名/出生日期/邮箱/电话/教育与工作经历)',
              '13772b969e973256aa05ae9bb761c809833c808a', kind='清单名册'),
    _personal('Vacation456/choujiangzhushou', '名单.xlsx', 'xlsx', '抽奖助手导入的班级学生名单(学号/姓名)',
              'e504cc468abe9a239a2aad126561e99d9dd233c1', kind='清单名册'),
    _personal('WWF2223/skills-introduction-to-github', '名单.xlsx', 'xlsx', '航空公司车间员工名单(员工编码/姓名/处室/技术级别)',
              'e236d139a073f36b9da8b9769b7e75c6ed5cbf5a', kind='清单名册'),
    _personal('the-real-jushen/SimModling2021', '名单.xlsx', 'xlsx', '高校课程学生成绩记载单(教师专用, 班级/学号/姓名)',
              '2d7b5a8559571659ea9e5922207a265066834c3e', kind='报表'),
    _personal('yssqwq/draft_1', '名单.xlsx', 'xlsx', '班级学生考勤名单(学号/姓名/性别)',
              '2403cafbe2821ac67bd015c8e67f2ef4af0239c4', kind='清单名册'),
    # --- 机密: a supplier's quotation and a customer's delivery/statement with order data (rule 5, 客户名单) ---
    Pinned('TQCasey/export2web', _p('example/红岭中学食材新报价(3).xlsx'), 'xlsx', "机密", "customers", '报表', _INT,
           '食材供应商对学校的综合类食材报价表(单价/折扣/税点)', 1, '37360184dd0040f5cfc2965075419c743ce327a7'),
    Pinned('TQCasey/export2web', _p('example/白花社区11月对账单终(1)_20211213182555.xlsx'), 'xlsx', "机密", "customers", '报表', _INT,
           '农业集团对社区客户的配送单与对账单(客户/订单编号/金额)', 1, '37360184dd0040f5cfc2965075419c743ce327a7'),
    # --- 机密: a team's review minutes (rule 6) ---
    _minutes('rjgcG7/SRS', _p('website/受控文件/会议记录/SRS内部评审记录.docx'), '软件工程课程项目组SRS内部评审记录(出席/发言摘要/评审结果)', 1, extract='docx',
             commit='92eaddee159cc36b28c222bf241900afad7c05f8'),
    # --- 机密: feasibility, planning, research and test documents of their own systems, an airline's flight operations sheet (rule 5) ---
    _tech('21ruangong/CourseDesignA306', _p('可行性研究报告.docx'), '电影票预定系统课程项目可行性研究报告(背景/功能/技术与经济可行性)', 1, kind='技术资料', extract='docx',
          commit='6406a16df69aa6d5c81e5d65db66e42ff0c8a667'),
    _tech('yhrnice/yhrnnice', _p('可行性研究报告.docx'), '患者监护系统课程项目可行性研究报告(功能与性能要求)', 1, kind='技术资料', extract='docx',
          commit='ed75b1d2c4b678970f70d59e8653e9ae7d56cfe0'),
    _tech('yqt0728/c9112', _p('可行性研究报告.docx'), '软件测试工程师管理系统课程项目可行性研究报告', 1, kind='技术资料', extract='docx',
          commit='a0c5eb3578ed7a1628d87b389531b54eb4f8d10a'),
    _tech('xkdciizdkeji/fluent_type', _p('产品规划.md'), '双拼布局优化工具产品构想与算法设计(开发者自述)', 1, kind='方案计划', extract='md',
          commit='d9e9a627934bdb2f8a338a6b2aab9f56c6f3d01a'),
    _tech('zhulin025/unlock-radar', _p('产品规划.md'), '股票解禁日历产品与落地规划(规划稿: 目标/口径/数据架构)', 1, kind='方案计划', extract='md',
          commit='782889044539ee496f0261c20e30377918865529'),
    _tech('zhulin025/unlock-radar', _p('GitHub同类项目调研.md'), '解禁日历项目同类开源项目调研与复用决策', 1, kind='技术资料', extract='md',
          commit='c6301042a9fe585d75d4f3b776340d245e317914'),
    _tech('not1ie/lazy_aiops', _p('docs/产品规划.md'), '运维平台产品规划与差异化竞争力(主流平台对比/差异化功能)', 1, kind='方案计划', extract='md',
          commit='88d43e3327d368b90e67ce0349f046612c7f490a'),
    _tech('Reihard/ting-ni-de-ya-wechat-miniprogram', _p('2.3-3.0开发计划.md'), '情侣约定小程序2.3-3.0开发计划(阶段任务/事件状态设计)', 1, kind='方案计划', extract='md',
          commit='b6cdf0523db2508c0dc411ba2098046a2e0eec4a'),
    _tech('VermilionPasvikin/Pingke', _p('软件测试流程说明文档.md'), '评课系统软件测试流程说明(测试计划/策略/缺陷管理)', 1, kind='技术资料', extract='md',
          commit='27bc70bed9c0308a3ce2924fa20c5a9b01a1d10a'),
    _tech('WWF2223/skills-introduction-to-github', _p('航班.xlsx'), '航空公司航班运行动态表(机号/航班号/起降时刻/延误/机长/机组)', 1, kind='报表', extract='xlsx',
          commit='e236d139a073f36b9da8b9769b7e75c6ed5cbf5a'),
    _tech('Simuiu/obsidian-inbox', _p('验收路径.md'), '资料整理工具验收路径(环境/回归/功能验收步骤与通过标准)', 1, kind='技术资料', extract='md',
          commit='69a660ffc101a2fc0d1b169a782a88a5705c3fa8'),
    _tech('ou-yq/software', _p('可行性研究报告.docx'), '相亲网站课程项目可行性研究报告(团队/功能模块/经济与技术可行性)', 1, kind='技术资料', extract='docx',
          commit='1fa022f30c60a2ac060913b996d12a61de9b07e6'),
    # --- 绝密: a product plan with pricing, monetisation and margins; a founder's business idea with revenue model (brief: pricing plans) ---
    _plan('vanhci/facematch', _p('产品规划.md'), 'AI仿妆App产品规划书(定位/竞品对比/定价模型/变现方案/成本与毛利)', 1, extract='md',
          commit='adac336f891cb82e6272c9c2f1c27efd21fa0686'),
    _plan('Zest7/FitnessNotes', _p('创业idea.md'), '个人小成本创业构想(小程序载体/盈利方式/前期投入, 难例: 随笔)', 1, extract='md',
          commit='13772b969e973256aa05ae9bb761c809833c808a'),
)


def main() -> int:
    return run_repository_batch(BATCH, SOURCES, SEED, __doc__, min_chinese=MIN_CHINESE, sparse_kinds=SPARSE_KINDS)


if __name__ == "__main__":
    raise SystemExit(main())

"""Batch 122 of the real corpus: documents kept in public repositories that no earlier batch used.

Collected for the blind split `fresh120` (with batches 120 and 121): nothing was run on these texts and no classifier
may be; `train_real.py` is untouched and the split is cut by main, not here. Files from public repositories whose owner
names start with N-Z or a digit (batch 121 takes A-M), one source group per repository, at most 3 documents from one,
none of them in the manifest yet, no owner of a manifest repository (no sibling), none named by another batch's script
(`collect_batch121.py` included) or a brief's ban list. Most were fetched for this batch; two are old mirrors that
batch 119 set aside only because 机密 was over its share. Every source is read at a pinned commit (the commit that last
added or changed the file). Labels follow DESIGN.md "Labelling real documents" and this batch's notes (see the
batch-122 section written for classifiers/corpus/README.md): 公开 for user manuals, open-source projects' documentation,
a retrospective written for learners and news reports; 内部 for personal study notes and records, a training exercise's
task design and an in-house system's delivery guide, a weekly-report template; 秘密 for a house-lease contract template; 机密 for
teams' own retrospectives, requirement, design and progress documents and course design reports; 绝密 for a
parcel-locker company's business plan (final and draft) and its financial forecast, and a payment-terminal company's
agent price and commission policy. Left out (never use them): the repositories in LEFT_OUT below (real credentials or personal data).

Exactly like batches 9, 11, ..., 119: files are read from local git mirrors (`fetch` snapshots, `--mirrors`) chosen by
path patterns (`collect_batch3.repo_candidates`, each source with its own seed; batch 5's `Pinned` sources and label
helpers). Every candidate goes through the hold-out guard (GitHub blob address at the commit, and text); a rejected
document drops every other document of its folder (`collect_batch3.collect`, which also dedupes against every other
batch whose text is under OUT/texts and within this one, writes the manifest and logs rejections to OUT/rejected.tsv).
A document needs at least `MIN_CHINESE` Chinese characters (100), except 绝密 documents, lists and SQL
(`SPARSE_KINDS`).

Nothing here runs the classifier.

Usage:  python tools/corpus/collect_batch122.py [--mirrors /work/.mirror] [--out /work/corpus/real122]
"""


from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from collect_batch5 import (
    _DRAFT,
    _INT,
    Pinned,
    _contract,
    _p,
    _public,
    _rules,
    _tech,
    _template,
    run_repository_batch,
)

SEED = 20261122
BATCH = "122"
MIN_CHINESE = 100
SPARSE_KINDS = ("代码数据", "清单名册")

# Repositories looked at for this batch and left out: real personal or company credentials, live API keys or real
# personal data (names only; never their values).
LEFT_OUT = (
    "pakho66/feishu-summary-bot",  # a live-looking model API key in its retrospective
    "t0saki/Air-Ticketing-System-202109",  # real students' names with student numbers in its acceptance report
    "wjingxian2008/reading-notes",  # named new hires' personal assessments
    "UncleCatMySelf/HMStrange",  # a member's handle made of a real-looking phone number
    "SDIBTACM/training",  # real students' attendance records and a phone-number handle
    "peterlong0612/SQLandDelphiForDBCourse",  # SQL rows with phone-number-like values
    "YunHao-Von/Six_Mountains",  # a real student's bank card number and student numbers in a fee form
    "Paoke/paoding_new",  # an SMS service password and a WeChat app secret in its code
)


SOURCES = (
    _public('XiaoZhi-yun/smart-sweeper-customer-service', _p('项目复盘.md'), '智扫通机器人智能客服项目复盘(面向学习者的讲解, 写给读者)', 1, kind='技术资料', extract='md', commit='afbe01fb10e7d2606e3dc4f407087504c10c693e'),
    _public('XiaoZhi-yun/smart-sweeper-customer-service', _p('data/故障排除.txt'), '扫地/扫拖机器人故障检测与修复200条(面向用户的产品知识)', 1, kind='产品手册', extract='text', commit='afbe01fb10e7d2606e3dc4f407087504c10c693e'),
    _public('shiyu-sz/Mock_Exams', _p('使用说明书.docx'), '无人机驾驶员模拟考试题库工具使用说明书(面向用户)', 1, kind='产品手册', extract='docx', commit='f716868da5a9fc570f75e634d5e0b8ff52d6961a'),
    _public('xiaolijiayou/STM32-automatic-tracking-system', _p('使用说明书.docx'), 'STM32自动追光系统使用说明书(开箱/发货清单/操作, 面向买家)', 1, kind='产品手册', extract='docx', commit='94eaa90f1948e80e7fadbb45c03213a7ff48f0d8'),
    _public('n291371205/News', _p('news/俄罗斯count100.txt'), '俄罗斯相关新闻报道汇编(已发布新闻)', 1, kind='新闻', extract='text', commit='b88b4ce39c2b7166ff2238b8f909f34438524b65'),
    _public('Yek1t/2021-Big-data-development', _p('大数据怎么存？/使用说明书.docx'), 'S3文件同步程序使用说明书(面向用户)', 1, kind='产品手册', extract='docx', commit='3b751166d83f600eab9c48117963984096b859da'),
    _public('yunyingk/budget-check', _p('README.md'), '合思预算校验服务说明(开源项目, 难例: 预算/审批)', 1, kind='产品手册', extract='md', commit='bf9ecbc694de27dca95453a237266cf99b059d43'),
    _public('yunyingk/budget-check', _p('docs/Windows部署指南.md'), '合思预算校验服务Windows部署指南(开源项目, 面向用户)', 1, kind='产品手册', extract='md', commit='bf9ecbc694de27dca95453a237266cf99b059d43'),
    _public('yunyingk/budget-check', _p('docs/工作流语法-人类版.md'), '合思预算校验服务工作流语法说明(开源项目, 面向用户, 难例: 预算包/校验)', 1, kind='产品手册', extract='md', commit='bf9ecbc694de27dca95453a237266cf99b059d43'),
    _public('Zhiyu014/RS_designer', _p('README.md'), '雨水排水系统设计QGIS插件说明(开源项目, 面向用户)', 1, kind='产品手册', extract='md', commit='ec0a22a6345496efd9f44080659886bb88352a45'),
    _public('yagami1997/CursorMind', _p('README.zh.md'), 'CursorMind项目管理工具中文说明(开源项目, 面向用户)', 1, kind='产品手册', extract='md', commit='14684dc66856492c8ff18f52db0c9ebdd63dbc20'),
    _public('SolitudeStill/TinyCompiler', _p('使用说明书.docx'), 'TinyCompiler编译器使用说明书(面向用户)', 1, kind='产品手册', extract='docx', commit='1b63bc4c903c7809b1d9c9b23982fd8f2bef4433'),
    _rules('open-cn/notes', _p('绩效考核.md'), '个人绩效考核/KPI概念学习笔记(难例: 绩效考核)', 1, kind='技术资料', extract='md', commit='4dfc6a116542cde8a37bfb695268d593a3e61feb'),
    _rules('open-cn/notes', _p('marketing/marketing_strategy.md'), '个人营销策略学习笔记(难例: 营销策略)', 1, kind='技术资料', extract='md', commit='e2794c0dc7bf203998601b18ab5b12eceb6013d7'),
    _rules('Peace1997/Note', _p('Comprehensive/飞行器/任务进度/工作总结.md'), '个人飞行器制导控制岗位与知识整理笔记(难例: 工作总结/制导)', 1, kind='技术资料', extract='md', commit='d1bc04e77bea319d6a0ee726324c6b2216c4c281'),
    _rules('musray/offset', _p('项目复盘.md'), '个人小工具项目复盘笔记(csv操作, 难例: 复盘)', 1, kind='技术资料', extract='md', commit='ed902d55fc8160787ea8d40fc0d46fd0b295c0e5'),
    _rules('wangty202/wty', _p('设计书.txt'), 'DataStage实战训练第2天任务设计汇总(培训练习)', 1, kind='技术资料', extract='text', commit='454993d84e71ade24f19e607a4e9e0a5fa12bf56'),
    _rules('Wchiniuming/yunying-platform', _p('DELIVERY.md'), '外卖订单管理平台交付文档(安装/启动/使用, 内部系统手册, 难例: 交付/订单)', 1, kind='产品手册', extract='md', commit='9aa6244d76eb689f6f8dbb9f79876328d4e62311'),
    _rules('XiaoZhi-yun/smart-sweeper-customer-service', _p('项目面试预测.md'), '智能客服项目面试问题预测与回答准备(个人求职记录, 难例: 面试)', 1, kind='技术资料', extract='md', commit='afbe01fb10e7d2606e3dc4f407087504c10c693e'),
    _rules('NaNrailgun/Note', _p('分布式.md'), '个人分布式系统知识学习笔记(CAP/一致性)', 1, kind='技术资料', extract='md', commit='4197b243ec6d1493a0a4e451bc2a91e5e94e1353'),
    _template('yagami1997/CursorMind', 'project_management/templates/weekly_report_template.md', 'md', '内部', 'internal', '周报模板(本周工作/下周计划/风险, 占位符)', 'bd4a158b15201f8ef22254e82412461ca341b8cc'),
    _contract('zhouliangzl/lab2', _p('src/main/webapp/JSP/house/signHouseDetail.jsp'), '房屋租赁合同模板(甲乙双方/租赁范围/期限/费用, 占位符)', 1, extract='html', commit='bca61d97dfdb8624c321d3bea4c993a87be31aed'),
    _tech('yiyabo/BINDRAE', _p('复盘报告.md'), 'BINDRAE配体表示与χ1精度优化阶段复盘报告(方案/结果)', 1, kind='技术资料', extract='md', commit='230c63e0897702bfe53e20edc4457d45a3854b41'),
    _tech('NaNrailgun/Note', _p('项目复盘.md'), '商城项目复盘(用户/商品服务与表设计)', 1, kind='技术资料', extract='md', commit='b7b1f70c6db02784fd49564bc9d2e1a358d9054d'),
    _tech('nuaa-handwritingrecognition/Document', _p('project_review.md'), '手写识别防偷窥登录认证系统项目复盘', 1, kind='技术资料', extract='md', commit='6661d760451185e6f229455ad0a37d70c3051e5b'),
    _tech('nuaa-handwritingrecognition/Document', _p('model selection.md'), '手写识别认证系统模型选型记录', 1, kind='技术资料', extract='md', commit='7ac566e579baf18e8be6c8ce241a086288b311b2'),
    _tech('shangyehuazhinengjiance/loop', _p('docs/loop/f57aff60-c938-4d88-8716-78b548695ff2/PRD.md'), 'Loop系统聊天界面与头像功能PRD', 1, kind='技术资料', extract='md', commit='fc15c0633ad4e9e0dfb49392934e4d8032a3b8f7'),
    _tech('xzsm428/YouShi', _p('需求分析.docx'), '食物健康管理系统需求分析(课程项目)', 1, kind='技术资料', extract='docx', commit='e56807f7b3d9905cf0c259209e78480e54d7cbe6'),
    _tech('Yek1t/2021-Big-data-development', _p('大数据怎么存？/设计说明书.docx'), 'S3文件同步程序设计说明书(课程设计)', 1, kind='技术资料', extract='docx', commit='3b751166d83f600eab9c48117963984096b859da'),
    _tech('ZZZxwx/graphMinecraft', _p('使用说明书.docx'), 'OpenGL方块游戏DEMO实验说明(场景/层级模型设计, 难例: 名为使用说明书)', 1, kind='技术资料', extract='docx', commit='3191b7c04705be36d1bd58edef4fcd90f7802ac1'),
    _tech('xiangbaqiu/xiaohongshu-yunying-laizi-x-xingqiu', _p('docs/project-progress-summary-2026-03-24.md'), '小红书内容生成链路改造项目进展汇报(模块设计)', 1, kind='工作报告', extract='md', commit='cb56d3f9cf480d28029256c41f15fbcc461ec550'),
    _tech('xiangbaqiu/xiaohongshu-yunying-laizi-x-xingqiu', _p('docs/draft-to-publish-workflow.md'), '小红书运营内容草稿到发布工作流设计', 1, kind='技术资料', extract='md', commit='c54b34972e89de7dfb1ca1ace7f0c90e94302fcc'),
    Pinned('twigzxd/ZXXXZ', _p('快递柜商业计划书.docx'), 'docx', '绝密', 'strategy', '方案计划', _INT, '快递柜公司商业计划书(盈利模式/市场/融资需求)', 1, 'fe6b43bf5c02cc10734f9805668f2ece9e8ca6e9'),
    Pinned('twigzxd/ZXXXZ', _p('财务预测.xlsx'), 'xlsx', '绝密', 'strategy', '报表', _INT, '快递柜项目财务预测表(净收入/折旧/净现值)', 1, 'ffa126eb3b85882edc725a7adc04323b77f57291'),
    Pinned('twigzxd/ZXXXZ', _p('ZXXXZ商业计划书 草稿.docx'), 'docx', '绝密', 'strategy', '方案计划', _DRAFT, '快递柜物业发展规划商业计划书草稿(盈利模式/市场分析/融资需求)', 1, '918afceaf222dbd182fcc92411873415a83e9c81'),  # 草稿: a draft
    Pinned('webpoin/makerich', _p('siwei/user_system.jsp'), 'html', '绝密', 'strategy', '方案计划', _INT, '支付终端产品代理分级结算价/返佣分润与年度销售指标(渠道定价政策, 难例: 系统页面)', 1, '2bb27049f37b2ef9dee3277b5d1573f92b767224'),
)


def main() -> int:
    return run_repository_batch(BATCH, SOURCES, SEED, __doc__, min_chinese=MIN_CHINESE, sparse_kinds=SPARSE_KINDS)


if __name__ == "__main__":
    raise SystemExit(main())

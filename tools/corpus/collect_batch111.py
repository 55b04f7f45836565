"""Batch 111 of the real corpus: documents kept in public repositories that no earlier batch used.

Collected for the blind split `fresh110` (with batch 110): nothing was run on these texts and no classifier may be;
`train_real.py` is untouched and the split is cut by main, not here. Files from public repositories whose owner names
start with N-Z or a digit (batch 108 takes A-M), one source group per repository, at most 3 documents from one, none of
them in the manifest yet, no owner of a manifest repository (no sibling), none named by another batch's script. Every
source is read at a pinned commit (the commit that last added or changed the file). Labels follow DESIGN.md
"Labelling real documents" and this batch's notes (see the batch-111 section written for
classifiers/corpus/README.md): 公开 for published material (an app's and a tool's user documentation, a shop's user
service agreement, a software licence notice, a learned society's conference notice, charter and home page,
reposted technical articles and a published handbook's Chinese translation); 内部 for a team's development rules, a
training camp's participant handbook, a training course's task brief, personal weekly/monthly study logs and study
notes (session 17 ruling) and a course report that only records the author's part and reflections; 秘密 for a
database table of students (names, student numbers); 机密 for a company's customer-interview market research, design,
protocol and data-cleanup plans, an app's market study and QA report, a settlement-audit bill of quantities with bid
prices, a sales manual's market and customer intelligence, a quoting system's business flow, handoff, test and
code-review reports and an interaction prototype; 绝密 for two sales-playbook chapters that set price floors, cost and
profit structure and negotiation bottom lines. Left out (never use them): repositories with real personal or company
credentials or live keys (`XUXIKAI886/xiaoshoushujubaogao` live API keys, `tuosir90/xinyunyingruzhicaozuoshouce`
shared company passwords, `wwzz168/kechengbaogao` a Feishu app secret, `zhangyx1234/Files2020`, `wang-wxt/Git_Store`,
`xs1314927/itcast88`, `zzxgs123/zzxgs123` personal account passwords, `niky02/wordpress` a database password).

Exactly like batches 9, 11, ..., 109: files are read from local git mirrors (`fetch` snapshots, `--mirrors`) chosen by
path patterns (`collect_batch3.repo_candidates`, each source with its own seed; batch 5's `Pinned` sources and label
helpers). Every candidate goes through the hold-out guard (GitHub blob address at the commit, and text); a rejected
document drops every other document of its folder (`collect_batch3.collect`, which also dedupes against every other
batch whose text is under OUT/texts and within this one, writes the manifest and logs rejections to OUT/rejected.tsv).
A document needs at least `MIN_CHINESE` Chinese characters (100), except 绝密 documents, lists and SQL
(`SPARSE_KINDS`).

Nothing here runs the classifier.

Usage:  python tools/corpus/collect_batch111.py [--mirrors /work/.mirror] [--out /work/corpus/real111]
"""


from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from collect_batch5 import (
    _INT,
    _PUB,
    Pinned,
    _p,
    _plan,
    _public,
    _rules,
    _tech,
    run_repository_batch,
)

SEED = 20261111
BATCH = "111"
MIN_CHINESE = 100
SPARSE_KINDS = ("代码数据", "清单名册")


SOURCES = (
    # --- 公开 ----------------------------------------------------------------------------------------------------
    _public('zcycharls/naonao', _p('README.md'), '孬孬ADHD桌面宠物使用说明(开源应用, 面向用户)', 1, kind='产品手册', extract='md', commit='5ff562545e921f9358b0360d280a339c6ab51cf6'),
    _public('wjf563745940/myProjectNovelMobile', _p('服务协议.docx'), '实梦商城用户服务协议(面向用户公布, 难例: 国家秘密/协议)', 1, kind='合同协议', extract='docx', commit='523524bbecbab8819f3f5cd10ba87568d19138e3'),
    Pinned('qualitycn/qualitycn.github.io', _p('会议通知.md'), 'md', '公开', 'public', '通知', _PUB, '学会学术研讨会会议通知(学会网站公布, 难例: 会议通知/换届选举)', 1, '9710422ead43dffed3a6a19e7f36025e67d4d41b'),
    Pinned('qualitycn/qualitycn.github.io', _p('章程.md'), 'md', '公开', 'public', '制度办法', _PUB, '学会分会章程(学会网站公布, 难例: 章程/理事会)', 1, '9710422ead43dffed3a6a19e7f36025e67d4d41b'),
    _public('Szchiji/baogao', _p('README.md'), 'Telegram报告审核机器人说明(开源项目, 面向用户, 难例: 报告审核)', 1, kind='产品手册', extract='md', commit='f5b5241116f9c2201ad6cc7c77a1d2745cbc564d'),
    _public('shangyc123/zongjie', _p('zongjie/Exception/处理 Exception 的几种实践，被很多团队采纳！.md'), 'Java异常处理实践文章(转载, 写给读者, 难例: 团队规范)', 1, kind='技术资料', extract='md', commit='4d4fba1cc5d3b1c1b025c10eff49b7a0f77915f6'),
    _public('shangyc123/zongjie', _p('zongjie/TPS、QPS、吞吐量.md'), 'TPS/QPS/吞吐量概念文章(转载, 写给读者)', 1, kind='技术资料', extract='md', commit='4d4fba1cc5d3b1c1b025c10eff49b7a0f77915f6'),
    _public('zs2018/wendang1', _p('Fe-Interview-questions/02-fedHandlebook-master/README.md'), '前端开发者手册中文版导言(已出版手册转载)', 1, kind='技术资料', extract='md', commit='44f32c53ea281b85a43ae6042e4ddf0e84433c0d'),
    _public('zs2018/wendang1', _p('Fe-Interview-questions/02-fedHandlebook-master/learning/browsers.md'), '前端开发者手册中文版: Web浏览器(已出版手册转载)', 1, kind='技术资料', extract='md', commit='44f32c53ea281b85a43ae6042e4ddf0e84433c0d'),
    _public('capnins/shengchanshixibaogao', _p('README.md'), '软件使用许可声明(随软件公布, 联系方式留空, 难例: 协议/限制/免责)', 1, kind='合同协议', extract='md', commit='83d0a7de44932f5a8167f759452d4a0ba831faeb'),
    _public('usualheart/zhoubao', _p('src/main/resources/static/static/周报markdown介绍.md'), '周报系统内置Markdown使用介绍(面向用户的帮助, 难例: 周报)', 1, kind='产品手册', extract='md', commit='bb67e08dbd5b6de8b33e8028a028c12011d8af2d'),
    Pinned('qualitycn/qualitycn.github.io', _p('index.html'), 'html', '公开', 'public', '新闻', _PUB, '学会分会网站首页(关于学会/活动预告)', 1, '330b2c68309bfe9e2604bef42ab342f68a4d0475'),
    _public('shangyc123/zongjie', _p('zongjie/git/Git 如何优雅地回退代码.md'), 'Git回退代码技巧文章(转载自博客园, 写给读者)', 1, kind='技术资料', extract='md', commit='4d4fba1cc5d3b1c1b025c10eff49b7a0f77915f6'),
    # --- 内部 ----------------------------------------------------------------------------------------------------
    _rules('xiuxiu000/xuqiuwendangshiyang', _p('在线产品展示和销售-需求文档.docx'), '实训项目任务书: 在线产品展示和销售需求文档式样(发给学员, 难例: 需求文档)', 1, kind='工作报告', extract='docx', commit='4fc9208d4b71ac9f65c7eb23ea6e5afdeece9fd8'),
    _rules('yizhenxiao/zhoubao', _p('zhoubao.md'), '个人学习周报(周总结/下周计划)', 1, kind='工作报告', extract='md', commit='fc7eacada5e7de96abc3320636470192c2157b14'),
    _rules('wmjagpjm/biaoshu', _p('docs/CONTRIBUTING.md'), '标书生成项目开发规范(目录/注释/提交约定)', 1, extract='md', commit='4847a9d54be202cae45618ee3973d1c180f34562'),
    _rules('wujpa/wendang', _p('mysql.md'), '个人MySQL学习笔记(安装/命令)', 1, kind='技术资料', extract='md', commit='066ba72a475717b34eedc3b8777751961d9918e2'),
    _rules('tangzhenpeng/baogao-', _p('172017386汤振鹏+个人技术总结报告.docx'), '在线考试系统实训个人技术总结报告(分工/问题/心得, 无自有设计)', 1, kind='工作报告', extract='docx', commit='a34a52ca6ac2c2c759fa0d96d21ffa7172e231e7'),
    _rules('TomatoGit/zongjie', _p('yuebao/19shujiayuebao.md'), '个人暑假学习总结(月报)', 1, kind='工作报告', extract='md', commit='6312487196130fa0735896603e5147205e339452'),
    _rules('zhouyanyan1987/jwxw-xueyuanshouce', _p('index.html'), '心理成长训练营学员手册(参营须知/日程安排)', 1, kind='制度办法', extract='html', commit='4feec5c86f3b31c0dead3603456601901efaff86'),
    _rules('unweixiaoyy/zongjie', _p('01/面试题.md'), '个人高频面试题整理笔记(Java/Android)', 1, kind='技术资料', extract='md', commit='228609a9753217a59c6a88c8028156427ec353b8'),
    _rules('zhuxiaoyi412826/wendang', _p('resources/0javaweb技术栈.md'), '个人JavaWeb技术栈学习笔记', 1, kind='技术资料', extract='md', commit='30ee47d095ec8f469489d8ee85122b030497b341'),
    _rules('TomatoGit/zongjie', _p('zhoubao/19.11.4-11.10zhoubao.md'), '个人学习周报(收获/计划)', 1, kind='工作报告', extract='md', commit='2c42591a08d83e7b1f702ec2a3231b6d58c84db1'),
    _rules('wujpa/wendang', _p('typora使用.md'), '个人Typora使用笔记(快捷键/代码片段)', 1, kind='技术资料', extract='md', commit='066ba72a475717b34eedc3b8777751961d9918e2'),
    # --- 秘密 ----------------------------------------------------------------------------------------------------
    Pinned('tangzhenpeng/baogao-', _p('exam2.sql'), 'sql:student_info', '秘密', 'personnel', '代码数据', _INT, '在线考试系统库: 学生信息表(姓名/学号/性别/班级)', 1, 'a34a52ca6ac2c2c759fa0d96d21ffa7172e231e7'),
    # --- 机密 ----------------------------------------------------------------------------------------------------
    _tech('wupher/foam', _p('company/市场调研报告.md'), 'KTV管理系统商户通市场调研报告(客户访谈/需求/反馈)', 1, kind='工作报告', extract='md', commit='41663a0c1877873710d83d76c5798323a4d5f38f'),
    _tech('wupher/foam', _p('technology/ktvme/中台营业时间协议统一方案.md'), '中台营业时间协议统一方案(接入/数据格式)', 1, extract='md', commit='65e6ea69ff7352e0c00d10f796b51b106a63d83e'),
    _tech('wupher/foam', _p('notes/ktvme.managerApp.mongodb_shrink_plan.md'), '商户通MongoDB数据自动清理方案', 1, extract='md', commit='8cf84e9d7eb862063a391b4c494fe2cd7348a766'),
    _tech('zcycharls/naonao', _p('市场调研报告.md'), 'ADHD陪伴宠物应用市场调研与竞品分析(难例: 定价/商业模式建议)', 1, kind='工作报告', extract='md', commit='5f70cf5cfc125cfff3b6c29d00565702f5194857'),
    _tech('zcycharls/naonao', _p('deliverables/QA_Report_20260526.md'), 'ADHD陪伴宠物应用QA测试报告', 1, extract='md', commit='b20a1640ccb5afa840e64fa29fb94296b4b6536c'),
    Pinned('wjy11253127333/zaojiagongzuo', _p('1.1综合楼土建装饰工程.xlsx'), 'xlsx', '机密', 'bid', '报表', _INT, '综合楼土建装饰工程结算审核工程量偏差对比表(投标单价/合价/审核增减)', 1, '2f32a8b1fa05fd1e3e09bc8db5ea7f91fd553853'),
    _tech('yuniancong/diaoyanbaogao-2', _p('split_output/01_product-sic.md'), '半导体销售情报手册: 碳化硅产品市场与客户情报(销售策略)', 1, kind='方案计划', extract='md', commit='2505f89a9b34d5f17a4dea0ca7cf8725d2d4e6d6'),
    _tech('wshjlll321/shitianbaojia', _p('app/docs/BUSINESS_FLOW.md'), '无人机数字化报价系统业务流程(角色/对象/闭环)', 1, extract='md', commit='1b8b1cd7d81a605397e9f588b98e7f23efdaf9e5'),
    _tech('wmjagpjm/biaoshu', _p('docs/HANDOFF-next.md'), '标书生成项目交接文档(当前状态/待办, 难例: 标书)', 1, extract='md', commit='4847a9d54be202cae45618ee3973d1c180f34562'),
    _tech('pengpeng0517/wendang123', _p('TEST_REPORT_2026-03-03.md'), '仓储出库系统完整测试报告(环境/用例/结果)', 1, extract='md', commit='f4f9b85431e0fd794d126de54b22c972b0e7a6b7'),
    _tech('244293127-ux/fangan', _p('需求交互/index.html'), '邀请成员弹窗交互方案原型汇总(三种方案/最终版)', 1, extract='html', commit='7fa0b373f4fe931d6ec90e41273d6da020d1e4ef'),
    _tech('pengpeng0517/wendang123', _p('CODE_REVIEW_REPORT_2026-03-03.md'), '仓储出库系统代码审查报告(安全配置/鉴权/问题清单)', 1, extract='md', commit='f4f9b85431e0fd794d126de54b22c972b0e7a6b7'),
    # --- 绝密 ----------------------------------------------------------------------------------------------------
    _plan('yuniancong/diaoyanbaogao-2', _p('split_output/07_scenario-01-price-negotiation.md'), '半导体销售情报手册: 砍价应对剧本(价格底线/成本与利润构成)', extract='md', commit='a4302ecaa954ee816d40347cf1ddce9b0b4c3e1a'),
    _plan('yuniancong/diaoyanbaogao-2', _p('split_output/09_scenario-03-exclusive-supply.md'), '半导体销售情报手册: 大客户独家供应谈判剧本(谈判底线/让步条件)', extract='md', commit='a4302ecaa954ee816d40347cf1ddce9b0b4c3e1a'),
)


def main() -> int:
    return run_repository_batch(BATCH, SOURCES, SEED, __doc__, min_chinese=MIN_CHINESE, sparse_kinds=SPARSE_KINDS)


if __name__ == "__main__":
    raise SystemExit(main())

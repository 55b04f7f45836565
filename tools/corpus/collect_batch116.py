"""Batch 116 of the real corpus: documents kept in public repositories that no earlier batch used.

Collected for the blind split `fresh114` (with batches 114 and 115): nothing was run on these texts and no classifier
may be; `train_real.py` is untouched and the split is cut by main, not here. Files from public repositories whose owner
names start with N-Z or a digit (batch 115 takes A-M), one source group per repository, at most 3 documents from one,
none of them in the manifest yet, no owner of a manifest repository (no sibling), none named by another batch's script.
Every source is read at a pinned commit (the commit that last added or changed the file; for a file later deleted, the
commit that added it). Labels follow DESIGN.md "Labelling real documents" and this batch's notes (see the batch-116
section written for classifiers/corpus/README.md): 公开 for published material (open-source apps' and projects' READMEs,
install/usage/sync guides, a documentation site published under its own domain, a course-code archive's README written
for readers); 内部 for course-project summaries and reflections, an assignment-style feature list, a team's work
breakdown with numbered members only, a project's code-review checklist, a training class's syllabus and lecture notes
and personal revision notes (session 17 rulings); 秘密 for a student score table and a registration roster form with
an ID-number column (sample data; labelled as the roster it is a template for); 机密 for teams' own requirement, design,
database, test and deployment documents, project plans, a risk register and a partner-data analysis table; 绝密 for an
open-source product's commercialisation plan (revenue targets, SaaS/enterprise editions, pricing strategy). Left out
(never use them): the repositories in LEFT_OUT below (real credentials, live API keys or real personal data).

Exactly like batches 9, 11, ..., 111: files are read from local git mirrors (`fetch` snapshots, `--mirrors`) chosen by
path patterns (`collect_batch3.repo_candidates`, each source with its own seed; batch 5's `Pinned` sources and label
helpers). Every candidate goes through the hold-out guard (GitHub blob address at the commit, and text); a rejected
document drops every other document of its folder (`collect_batch3.collect`, which also dedupes against every other
batch whose text is under OUT/texts and within this one, writes the manifest and logs rejections to OUT/rejected.tsv).
A document needs at least `MIN_CHINESE` Chinese characters (100), except 绝密 documents, lists and SQL
(`SPARSE_KINDS`).

Nothing here runs the classifier.

Usage:  python tools/corpus/collect_batch116.py [--mirrors /work/.mirror] [--out /work/corpus/real116]
"""


from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from collect_batch5 import (
    _INT,
    Pinned,
    _p,
    _plan,
    _public,
    _rules,
    _tech,
    _template,
    run_repository_batch,
)

SEED = 20261116
BATCH = "116"
MIN_CHINESE = 100
SPARSE_KINDS = ("代码数据", "清单名册")

# Repositories looked at for this batch and left out: real personal or company credentials, live API keys or real
# personal data (names only; never their values).
LEFT_OUT = (
    "PureKitS/StudentsMessageManageSystem",  # the owner's real contact data and an admin password in xlsx
    "1pEX4M/repository",  # SQL users with real-looking e-mail addresses and passwords
    "TermSystemV2/LTS",  # a score list with students' names and phone numbers
    "wangjun334256/gk",  # a named student's exam scores and ranks
    "shuxuan343/OnlineExamSystem",  # SQL rows with real-looking phone numbers and QQ e-mail addresses
    "sysu-change/Dashboard",  # a member's phone number with a password and a QQ number in the user manual
    "zhangmingyue/test2",  # a company mailbox account with its password
    "ranpin/Java-",  # a shared archive password
    "yangchao-YC/shangchen-A",  # a signing-key password
    "wenrou6/api",  # a password file
    "SYSU-king/hackthon",  # a hard-coded LLM API key in a test script
    "ronggeng-chen/-shared-documents",  # a company's VPN, OA and database passwords (seen in search, not fetched)
    "yivvonllh/yivvonllh.github.io",  # a company's dev-server passwords (seen in search, not fetched)
    "srarcbrsent/tc",  # a production database password (seen in search, not fetched)
)


SOURCES = (
    # --- 公开 ----------------------------------------------------------------------------------------------------
    _public('waynezyx007/student-picker-app', _p('安装指南.md'), '教学统计应用本地安装指南(开源应用, 面向用户)', 1, kind='产品手册', extract='md', commit='68c8c7be7a2359203d60494b343e8e00b2351369'),
    _public('waynezyx007/student-picker-app', _p('Cloudflare_Worker_部署指南.md'), '教学统计应用Cloudflare Worker部署指南(开源应用, 面向用户, 难例: 部署/密钥配置)', 1, kind='产品手册', extract='md', commit='85bb2e1b99dc984448bd9eef5363e5968a5d96ab'),
    _public('SYSU-TimeFlow/TimeFlow', _p('README.md'), 'TimeFlow桌面日历应用说明(开源应用, 面向用户)', 1, kind='产品手册', extract='md', commit='f9b69d37f81f860016c338b44f45ff2e54db19b6'),
    _public('sse-digital-man/sysu-introducer-plus', _p('README.md'), '中大介绍官虚拟数字人项目简介(开源项目, 面向用户)', 1, kind='产品手册', extract='md', commit='1e1881eba385c0e9ccb09431a4b56cf8885f00a2'),
    _public('shangyewangchuan/richang', _p('docs/Nginx/memcached反向代理.md'), 'memcached反向代理技术笔记(个人域名文档站公布)', 1, kind='技术资料', extract='md', commit='0814ee46c4d12fdd2068be64193b8d99a9f8286a'),
    _public('shangyewangchuan/richang', _p('docs/mysql/sql语句.md'), 'MySQL常用SQL语句速查(个人域名文档站公布)', 1, kind='技术资料', extract='md', commit='0814ee46c4d12fdd2068be64193b8d99a9f8286a'),
    _public('zycxfyh/frys', _p('docs/guides/frys-usage-guide.md'), 'frys工作流系统使用指南(开源项目, 面向用户)', 1, kind='产品手册', extract='md', commit='374a94b0bd1714555f3df18d67bbc10bbaab1a8f'),
    _public('zxc9802/shangyecaifang', _p('README.md'), '商业访谈记者AI技能说明(开源技能, 面向用户, 难例: 商业)', 1, kind='产品手册', extract='md', commit='1da60cbcebb422ff379147d2645960e8284405da'),
    _public('oYOvOYo/SYSU-Software-Engineering', _p('README.md'), '软件工程课程代码归档仓库说明(写给读者, 繁体)', 1, kind='技术资料', extract='md', commit='23ed5dedc35e38ea56a848fd93a2b01107e6f051'),
    _public('shangyewangchuan/richang', _p('docs/Nginx/websocket反向代理.md'), 'Nginx websocket反向代理技术笔记(个人域名文档站公布)', 1, kind='技术资料', extract='md', commit='0814ee46c4d12fdd2068be64193b8d99a9f8286a'),
    _public('waynezyx007/student-picker-app', _p('同步工具使用说明.txt'), '教学统计应用GitHub同步脚本使用说明(开源应用, 面向用户)', 1, kind='产品手册', extract='text', commit='06e54f034fdc5c961f8dce5fb41748ba369544b6'),
    _public('SYSU-vibe-coding/xunji', _p('README.md'), '寻迹校园失物招领平台项目说明(课程团队项目, 写给读者)', 1, kind='产品手册', extract='md', commit='beb2453d24d1cd3b05c22ec972c24bf51deeab35'),
    _public('sysu-ecnc-dev/shift-manager', _p('README.md'), 'ECNC班次管理系统项目说明(开源项目, 难例: 排班/考勤)', 1, kind='产品手册', extract='md', commit='cc89513a4c20157ffc9ec5ed549470d55c42ab21'),
    # --- 内部 ----------------------------------------------------------------------------------------------------
    _rules('530821/PKwork', _p('总结和必要说明.docx'), 'PK项目小组总结(过程/心得, 无自有设计)', 1, kind='工作报告', extract='docx', commit='ea919bee7c269abf70b14caaafc0f574952de6c0'),
    _rules('WorkForSoftware/PK', _p('张孟涵总结.docx'), '软件工程课程项目个人总结(心得)', 1, kind='工作报告', extract='docx', commit='aa7e36fbeb4cc550c409a182983132d08aa0711b'),
    _rules('233timmy228/tushuguanli', _p('需求分析.docx'), '图书管理系统课程设计题目功能要求(任务书式清单, 难例: 需求分析)', 1, kind='工作报告', extract='docx', commit='0ea137be5274841e0630e3d4cb874bba9d3e94c2'),
    _rules('SYSU-vibe-coding/xunji', _p('docs/project-management/wbs-and-roles.md'), '寻迹项目工作分解与角色分工(成员编号/职责, 无个人信息)', 1, kind='方案计划', extract='md', commit='e6f5eb88f145615e417d3769e3952e91ca700421'),
    _rules('WondrousWisdomcard/SYSU-SophomoreExperience1', _p('计算机组成原理/期末复习/计组笔记.md'), '个人计算机组成原理期末复习笔记', 1, kind='技术资料', extract='md', commit='ff554908f3b1dfd61214b23ab15462cf96fa2df3'),
    _rules('wt54wt54/ziliao', _p('node/node大纲v10.md'), '培训班Node课程一周大纲(每日内容/作业)', 1, kind='方案计划', extract='md', commit='40e2bb4a674e88d492a0bae5d1a4c7beef7d33cd'),
    _rules('wt54wt54/ziliao', _p('node/node05/node05.md'), '培训班Node课程第5天课堂笔记(事件驱动/模块)', 1, kind='技术资料', extract='md', commit='653e607a70faee6c6d2b2b2dba48a0abcd427a42'),
    _rules('WondrousWisdomcard/SYSU-SophomoreExperience1', _p('数据结构/期末复习/哈希.md'), '个人数据结构期末复习笔记: 哈希', 1, kind='技术资料', extract='md', commit='b70797f2ff98fc3d8f79e2cc8d242392192e12be'),
    _rules('zycxfyh/frys', _p('docs/guides/code-review-checklist.md'), 'frys项目代码审查清单(团队规范, 难例: 开源项目内的规范)', 1, extract='md', commit='374a94b0bd1714555f3df18d67bbc10bbaab1a8f'),
    # --- 秘密 ----------------------------------------------------------------------------------------------------
    Pinned('popfishy/A-management-of-student-s-information', _p('成绩.xlsx'), 'xlsx', '秘密', 'personnel', '清单名册', _INT, '学生成绩表(姓名/学号/各科成绩)', 1, 'e5c4074cfa496f102e96f116a6260eeac0a715a0'),
    _template('wait-fish/web-exam-api', 'assets/upload/0x4As5bJvZ6_FLZwLoKueplc.xlsx', 'xlsx', '秘密', 'personnel', '1+X考试学生报名名单表(姓名/学号/身份证/考试类型, 示例数据, 难例)', 'fd90c282626601dd9b8d346ac45b287882ed7821'),
    # --- 机密 ----------------------------------------------------------------------------------------------------
    _tech('1131292790/CMS', _p('需求分析.docx'), '人事管理系统数据库课程设计报告(需求/表设计, 难例: 人事)', 1, kind='工作报告', extract='docx', commit='232ce5f02bde9c0a5e91d5c3851fee64b93fe848'),
    _tech('530821/PKwork', _p('测试文档.docx'), '寝室商品销售系统测试文档(计划/用例/结果)', 1, extract='docx', commit='df457880dd55c0b2149b21d3f557a7985a70a027'),
    _tech('960997695q/HappyStudy', _p('需求分析.docx'), '作业提交系统需求分析(功能模块)', 1, extract='docx', commit='7d1f25ae30a25586df5ffc0d75dbf0ceef51febd'),
    _tech('NemoFlying/TakeOut', _p('数据库设计.docx'), '外卖系统数据库设计(表/字段)', 1, extract='docx', commit='83a03723188f3783ff1486770f658361b6e35904'),
    _tech('WorkForSoftware/PK', _p('测试分析.docx'), '超市管理系统测试分析报告(用例/缺陷)', 1, extract='docx', commit='aa7e36fbeb4cc550c409a182983132d08aa0711b'),
    _tech('WHB0814/ZHGD', _p('1.docx'), '智慧工地系统模块方案表(监测/物资/考勤)', 1, kind='方案计划', extract='docx', commit='ba26d3200bf974eaf9df154d026bbcc0551f3f0e'),
    _tech('RJJX/SHC', _p('需求分析.docx'), '二手车交易系统需求说明书(数据流/数据字典)', 1, extract='docx', commit='0d0440984235b3d5e81583f3c5ba78af932a6672'),
    _tech('sunape/benchmark-dev-doc', _p('工业时序大数据评测基准/工业时序大数据评测基准《开发计划》.docx'), '工业时序大数据评测基准开发计划(合作方/数据/工期)', 1, kind='方案计划', extract='docx', commit='28bc833821ddb2aa9e806f31190906ad0cea5979'),
    _tech('sunape/benchmark-dev-doc', _p('2017-05-23工业时序大数据评测基准《需求规格说明书》分析文档-跃国.docx'), '工业时序大数据评测基准需求分析文档(压力模式/测试项)', 1, extract='docx', commit='294eb4cf8d36bb71430932edbf18f8b25ff412a8'),
    _tech('sunape/benchmark-dev-doc', _p('数据分析/总结结果.xlsx'), '风机时序数据列规律分析结果表(合作方实例数据)', 1, kind='报表', extract='xlsx', commit='55740813d6122d20482b68008937bf8242c0156f'),
    _tech('rentaiji/Stu-Management', _p('docs/教师工作台功能说明.md'), '教学协同平台教师工作台功能说明(数据表/权限标识)', 1, extract='md', commit='6c9c18d910967af2a8ce8aaed144fcf7f5f91e7c'),
    _tech('rentaiji/Stu-Management', _p('docs/教师工作台部署指南.md'), '教学协同平台教师工作台部署指南(建表/权限/配置)', 1, extract='md', commit='6c9c18d910967af2a8ce8aaed144fcf7f5f91e7c'),
    _tech('SuperEight2017/SuperEight', _p('项目介绍.docx'), '在线弱口令检测工具项目介绍(背景/功能, 难例: 口令)', 1, kind='方案计划', extract='docx', commit='a2e598fce959079d258a78de5861afba93ba0509'),
    _tech('SYSU-vibe-coding/xunji', _p('docs/project-management/risk-management.md'), '寻迹失物招领项目风险管理清单(风险/应对)', 1, kind='方案计划', extract='md', commit='e6f5eb88f145615e417d3769e3952e91ca700421'),
    _tech('wait-fish/web-exam-api', _p('assets/upload/Y4joq-tJd-AVU3l0Kjl_ff6t.docx'), '1+X考试分析管理系统业务与表设计草稿(功能模块/数据表)', 1, extract='docx', commit='fd90c282626601dd9b8d346ac45b287882ed7821'),
    # --- 绝密 ---
    _plan('zycxfyh/frys', _p('docs/module-plans/phase2-4-commercialization.md'), 'frys工作流系统商业化规划(收入目标/SaaS与企业版/定价策略, 难例: 多为代码)', extract='md', commit='f67955779f536aea3095ae7259dc694b16c063e7'),
)


def main() -> int:
    return run_repository_batch(BATCH, SOURCES, SEED, __doc__, min_chinese=MIN_CHINESE, sparse_kinds=SPARSE_KINDS)


if __name__ == "__main__":
    raise SystemExit(main())

"""Seventy-ninth batch of the real corpus: documents kept in public repositories that no earlier batch used.

Collected for the blind split `fresh77` (with batches 77 and 78): nothing was run on these texts and no classifier may
be; `train_real.py` is untouched and the split is cut by main, not here. Files from public repositories whose owner
names start with N-Z or a digit, one source group per repository, at most 3 documents from one, none of them in the
manifest yet and no owner of a manifest repository (no sibling), none sharing a root commit with another mirror (no
fork). Every source is read at a pinned commit (the commit that last added or changed the file; for a file deleted
later, the last commit that still had it). 公开: privacy policies and user/service agreements of an ad-SDK company and
a proxy service, an SDK integration guide, user manuals and READMEs of open, contest and course tools (难例: 招投标),
developers' published blog posts (难例: 设计), a published religious talk transcript. 内部: a bank software centre's
Java coding standard marked 保密资料 (难例: 保密), an R&D centre's project-management process rule, two blank templates
of a security-services department (weekly report, project statistics), weekly and daily reports that record progress
or learning only, trainees' exercises comparing public apps (难例: 竞品分析), a schedule without design, interview and
study notes (难例: 薪资), a stock-market weekly compiled from public quotes (难例: 市场), a start-up's draft company
profile. 秘密: three job seekers' CVs with contact data and a consultation client's personal background record.
机密: meeting minutes (a robotics team's vision group, a one-to-one consultation), a take-away shop's weekly operating
figures, project plans, designs, use cases, estimates, a change form and a completion report of teams' own systems.
绝密: an M&A due-diligence notice and a due-diligence document list of a ride-hailing company. Labels follow
DESIGN.md "Labelling real documents" and this batch's notes (see the batch-79 section written for
classifiers/corpus/README.md).

Exactly like batches 9, 11, ..., 76: files are read from local git mirrors (`fetch` snapshots, `--mirrors`) chosen by
path patterns (`collect_batch3.repo_candidates`, each source with its own seed; batch 5's `Pinned` sources and label
helpers). Every candidate goes through the hold-out guard (GitHub blob address at the commit, and text); a rejected
document drops every other document of its folder (`collect_batch3.collect`, which also dedupes against every other
batch whose text is under OUT/texts and within this one, writes the manifest and logs rejections to OUT/rejected.tsv).
A document needs at least `MIN_CHINESE` Chinese characters (100), except 绝密 documents, lists and SQL
(`SPARSE_KINDS`).

Nothing here runs the classifier.

Usage:  python tools/corpus/collect_batch79.py [--mirrors /work/.mirror] [--out /work/corpus/real79]
"""


from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from collect_batch5 import (  # noqa: F401
    _DRAFT,
    _INT,
    Pinned,
    _contract,
    _credentials,
    _cv,
    _minutes,
    _p,
    _plan,
    _public,
    _rules,
    _tech,
    run_repository_batch,
)

SEED = 20261279
BATCH = "79"
MIN_CHINESE = 100
SPARSE_KINDS = ("代码数据", "清单名册")


def _template(repo: str, pattern: str, note: str, level: str, category: str, extract: str = "docx",
              commit: str = "") -> Pinned:
    """A blank template, labelled as the document it is a template for (this batch's note; DESIGN rule 1)."""
    return Pinned(repo, pattern, extract, level, category, "模板空白表", _DRAFT, note, 1, commit)


SOURCES = (
    _minutes('RayAdas/GitTest', _p('会议纪要.txt'), '机器人战队视觉组工作会议纪要(分工/算法任务/时间节点)', 1, extract='text', commit='43f3939dd3f212b0e68cdb64b85b2947b16ad5b2'),
    Pinned('y6123236/mmc', _p('公司简介.docx'), 'docx', '内部', 'internal', '方案计划', _DRAFT, '少儿编程初创公司简介草稿(备选名称/业务定位, 难例: 公司业务)', 1, 'ad7425d664a7ba6b6b3c93dda8c2144c4a186c6c'),
    _tech('zhongkunyu1234/Software-project-management', _p('项目计划书.docx'), '企业就业失业数据采集系统项目计划书(课程项目: 范围/组织/里程碑/成本)', 1, kind='方案计划', extract='docx', commit='2334d55173711d4b2ce20fbf49a1638a9e59d111'),
    _rules('zhongkunyu1234/Software-project-management', _p('甘特图.xlsx'), '课程项目进度甘特图(任务/负责人/工期, 无设计)', 1, kind='方案计划', extract='xlsx', commit='2334d55173711d4b2ce20fbf49a1638a9e59d111'),
    _rules('qinghaixu/helloworld', _p('开发规范.docx'), '银行软件开发中心Java编程规范(标注保密资料, 难例: 保密)', 1, kind='制度办法', extract='docx', commit='febfc9606284684c69dddec2188ddd27a0e414eb'),
    _rules('zengziqiang/start', _p('项目管理/流程规范/项目管理过程规范_（试行）_2017.05.16_研发中心.docx'), '研发中心项目管理过程规范(试行)', 1, kind='制度办法', extract='docx', commit='70e07984a95eca88302230bf1a53976774f057c3'),
    _cv('yixiangyang-ai/mine-ai-learn', _p('个人简历.docx'), '机电专业应届生求职简历(生日/手机/邮箱/成绩)', extract='docx', commit='d541e92a7348fc7823f155fc6b5992fbf03aced2'),
    Pinned('57637/biographical-notes', _p('周报.xlsx'), 'xlsx', '机密', 'financial', '工作报告', _INT, '外卖门店运营周报(曝光/转化/GMV/商家实收)', 1, 'dc6751874de8830b4c727c3b2a3ee454646f1567'),
    _template('Super403/Improvement-Plan', _p('周报.xlsx'), '安全服务部门周报模板(工作/学习统计表)', '内部', 'internal', extract='xlsx', commit='d073763eeca8c2f6bb3d20b7c9d5c466944cb22b'),
    _rules('xhf028/JIAFU', _p('周报.xlsx'), '开发工程师周报(订单退款数据处理/学习进展)', 1, kind='工作报告', extract='xlsx', commit='f766d5dbe0323c5d21fca5cfb7fc823ca13a9114'),
    _rules('proudog001/D-1', _p('竞品分析.docx'), '产品实训学员练习:抖音与哔哩哔哩竞品分析(公开信息, 难例: 竞品分析)', 1, kind='工作报告', extract='docx', commit='7bf04d3132be58055a391db8fb13a4d40a51d503'),
    _rules('zht517/zht', _p('日报.docx'), '产品经理实训学员日报(学习内容/收获/问题)', 1, kind='工作报告', extract='docx', commit='4272295af388bfe9a4843d3dfcc5829346828a0b'),
    _rules('zy571/1', _p('竞品分析.docx'), '产品实训学员练习:哔哩哔哩与抖音竞品分析(公开信息, 难例: 竞品分析)', 1, kind='工作报告', extract='docx', commit='2b9d9d4d6757c33940019b03d2546ccc5d013379'),
    _cv('notiom/MyUnreal', _p('简历.docx'), '自动化专业硕士生求职简历(出生日期/电话/邮箱/论文)', extract='docx', commit='250a9ec390695eca7c7529885a573e5d35e4dc45'),
    _public('ZhaiAd/ZXAD', _p('隐私协议.docx'), '聚合广告SDK隐私政策(科技公司, 已发布)', 1, kind='产品手册', extract='docx', commit='e2d61040a2388e519bdeb5b16cc79c279afc548e'),
    _public('1nv0ker/Bitip', _p('服务协议.docx'), 'BitIP代理服务用户服务协议(已发布)', 1, kind='产品手册', extract='docx', commit='fe3d0b0c1b377e200d3f90c55be6f5ecb98a721f'),
    _public('1nv0ker/Bitip', _p('隐私协议.docx'), 'BitIP代理服务用户隐私协议(已发布)', 1, kind='产品手册', extract='docx', commit='fe3d0b0c1b377e200d3f90c55be6f5ecb98a721f'),
    _public('Yangjialin1989/Buddhist', _p('2021.01.06楞严上师微信慈悲开示_上师瑜伽_修法次第.docx'), '宗教讲法开示文字稿(微信已发布)', 1, kind='新闻', extract='docx', commit='151a9d3daefa874226b7b3dad93a41802fbeb4aa'),
    _cv('sugarGood/interview_assistant', _p('简历.docx'), 'Java工程师求职简历(年龄/手机/邮箱/项目经历)', extract='docx', commit='7f6e42fbc27706b1d47f818caca09eb20ca65bea'),
    _public('oakaimic/pca_nma', _p('用户手册.docx'), '蛋白质结构PCA分析工具用户手册(写给用户)', 1, kind='产品手册', extract='docx', commit='e6695e0e608be49ec0405d6d2682a704a4aee4d2'),
    _public('qwofa/TechSpar', _p('本地部署指南.md'), 'TechSpar AI模拟面试开源项目本地部署指南(写给用户)', 1, kind='产品手册', extract='md', commit='243a43a77faf412b06eb6949176a890480113a61'),
    _tech('rect-war/Rect-War', _p('项目计划书.docx'), '方块人大战游戏项目计划书(过程模型/功能点估算)', 1, kind='方案计划', extract='docx', commit='3f9e542d1a9bed74897a06727f913da80bb788f4'),
    _tech('rect-war/Rect-War', _p('游戏项目规模估算.docx'), '方块人大战游戏项目规模估算(用例点UCP估算)', 1, kind='技术资料', extract='docx', commit='1ea1254386d97781746a1394ddd14c48036a50ca'),
    _rules('2205chenping/2205chenping', _p('2024.8.26日报'), '软件工程训练营学员日报(讨论选题/收获, 无设计)', 1, kind='工作报告', extract='text', commit='66bcd477e83bf12c921a94a1bbc6d93f15dc5f97'),
    _tech('vmware001/embedded_system_design_smart_watch', _p('项目计划书.docx'), 'STM32智能手表课程设计项目计划书(工作计划/分工/物料采购/风险)', 1, kind='方案计划', extract='docx', commit='d6cfd5a51f8c49af873aaa0238c8b68b49595094'),
    _tech('vmware001/embedded_system_design_smart_watch', _p('系统设计文档.docx'), 'STM32智能手表系统设计文档(物料/方案/详细设计)', 1, kind='技术资料', extract='docx', commit='d6cfd5a51f8c49af873aaa0238c8b68b49595094'),
    _tech('Wjx871/Population_miniterm', _p('doc/development/phase-02-approval-design.md'), '人口户籍管理系统申请审批设计(数据表/状态机/并发, 课程设计)', 1, kind='技术资料', extract='md', commit='f0632ed0d79d9e6a365f81a7ebcfb1a878f1a834'),
    _tech('Wjx871/Population_miniterm', _p('doc/development/backend-v1-completion-report.md'), '人口户籍管理系统后端V1完成报告(模块/架构/测试)', 1, kind='工作报告', extract='md', commit='7ba47efe4f3aa66e2ca6c3e01ca6378ef98e34aa'),
    _plan('zengziqiang/start', _p('项目管理/对外公司尽调/尚车出行尽调通知.docx'), '出行科技公司并购重组尽职调查通知函(依据并购重组意向书, 尽调小组/所需资料)', extract='docx', commit='70e07984a95eca88302230bf1a53976774f057c3'),
    _plan('zengziqiang/start', _p('项目管理/对外公司尽调/安捷在线尽职调查清单（定）.xlsx'), '出行平台并购尽职调查资料清单(运营/车辆/司机/财务数据要求)', extract='xlsx', commit='70e07984a95eca88302230bf1a53976774f057c3'),
    _public('15100399015/blog', _p('blog/人类将成为人工智能的宠物？.md'), '技术博客文章:人工智能是否会取代人类(已发布)', 1, kind='新闻', extract='md', commit='387becaf23de7aa2e36a6821c51441b64ddcf58a'),
    _public('15100399015/blog', _p('blog/MVC概念详解.md'), '技术博客文章:MVC设计模式概念详解(已发布, 难例: 设计)', 1, kind='新闻', extract='md', commit='387becaf23de7aa2e36a6821c51441b64ddcf58a'),
    _minutes('Ninglo/my_docs', _p('MEETINGS/冯泽文/1.1.md'), '一对一交流会议智能纪要(AI编程/制造业产品需求讨论)', 1, extract='md', commit='3f5d7ba98671a10d7f0c2e51724aa8d9de4d37c9'),
    _public('416391746/update-files', _p('操作手册.docx'), '《文档查重》工具操作手册(投标文件查重, 写给用户, 难例: 招投标)', 1, kind='产品手册', extract='docx', commit='c3e0cd81248f2e7294861ba435d1f6a0087eb3a9'),
    _public('2821840032/TesseractProjectV4_0', _p('使用说明书.docx'), 'Tesseract文字识别参赛项目使用说明书(写给用户)', 1, kind='产品手册', extract='docx', commit='7e27fa21d1b00a66b4bf5503446cecc8dca347ba'),
    _public('qwofa/TechSpar', _p('README.md'), 'TechSpar AI技术面试训练开源项目说明(已发布)', 1, kind='产品手册', extract='md', commit='4f0b784df99d3acb13bceddc2bb49c04535f44a1'),
    _public('15100399015/blog', _p('blog/前端测试开篇.md'), '技术博客文章:前端自动化测试入门(已发布)', 1, kind='新闻', extract='md', commit='387becaf23de7aa2e36a6821c51441b64ddcf58a'),
    _public('sugarGood/interview_assistant', _p('README.md'), '面试助手开源项目快速上手说明(已发布)', 1, kind='产品手册', extract='md', commit='7f6e42fbc27706b1d47f818caca09eb20ca65bea'),
    _rules('PeanutButterC/tech', _p('面经记录.md'), '前端求职者面经记录(各公司面试题/谈offer, 难例: 薪资)', 1, kind='工作报告', extract='md', commit='90861c5ee75c4497d834ddfb008cecb65bb53818'),
    _rules('PeanutButterC/tech', _p('性能优化专题.md'), '前端性能优化学习笔记', 1, kind='工作报告', extract='md', commit='90861c5ee75c4497d834ddfb008cecb65bb53818'),
    _template('Super403/Improvement-Plan', _p('项目统计表.xlsx'), '安全服务部门项目统计表(空白表样, 含示例行)', '内部', 'internal', extract='xlsx', commit='eb1df40abd145ce4ed5107fe1736c2db32f85a8e'),
    _public('ZhaiAd/ZXAD', _p('README.md'), '宅心科技广告引擎Android SDK接入文档(写给开发者, 已发布)', 1, kind='产品手册', extract='md', commit='49d98314d31dcaa3673a10886dac93212889b3f9'),
    _rules('zy571/1', _p('学习笔记.docx'), '产品实训学员Git与GitHub学习笔记', 1, kind='工作报告', extract='docx', commit='77dfaa7ec2799872adfa3cf11e46924a0078b083'),
    Pinned('Ninglo/my_docs', _p('MEETINGS/张朗/1.md'), 'md', '秘密', 'personnel', '清单名册', _INT, '一对一咨询预约者个人背景记录(姓名/学校/专业/求职困惑)', 1, '996dc765849647177712417a6cc8428337e0e761'),
    _tech('rect-war/Rect-War', _p('ASE_用例说明.docx'), '方块人大战游戏用例说明(用例/执行者/事件流)', 1, kind='技术资料', extract='docx', commit='80b9a054a12a8e3698fb9f58f6747297afe3cf67'),
    _tech('zhongkunyu1234/Software-project-management', _p('软件需求变更单1.docx'), '企业就业失业数据采集系统软件需求变更单(移动端上报/技术评审)', 1, kind='技术资料', extract='docx', commit='34bd9c9018452d2e4e46c0b48b727a838c13e378'),
    _rules('PokerDang/MarketReport', _p('周报.xlsx'), '股市行情周报(指数/板块涨幅, 公开行情数据整理, 难例: 市场)', 1, kind='工作报告', extract='xlsx', commit='7c4a0e4f722031be60752e46a8d0710e9b7047b9'),
)


def main() -> int:
    return run_repository_batch(BATCH, SOURCES, SEED, __doc__, min_chinese=MIN_CHINESE, sparse_kinds=SPARSE_KINDS)


if __name__ == "__main__":
    raise SystemExit(main())

"""Seventy-sixth batch of the real corpus: documents kept in public repositories that no earlier batch used.

Collected for the blind split `fresh74` (with batches 74 and 75): nothing was run on these texts and no classifier may
be; `train_real.py` is untouched and the split is cut by main, not here. Files from public repositories whose owner
names start with N-Z or a digit, one source group per repository, at most 3 documents from one, none of them in the
manifest yet and no owner of a manifest repository (no sibling). Every source is read at a pinned commit (the commit
that last added or changed the file). 公开: published user manuals, open projects' READMEs, an app's privacy policy,
a service's user agreement and a personal blog post (难例: 竞争对手/持仓, 账号系统, JWT/OAuth2). 内部: a development
daily report, a year-end work summary and a team's daily report that record progress only, study and work notes,
course reflections, a team's development conventions, an in-house tool's manual. 秘密: job seekers' CVs. 机密:
requirement, design, test documents and implementation or development plans of teams' own systems, a
customer-specific development plan, a security test-report template (labelled as the report), two meeting records, a
compliance work paper and a SQL schema of residents' records. 绝密: four test-account lists with their (demo)
passwords (three Markdown files, one SQL table) and an outward investment plan (演示, 难例).
Labels follow DESIGN.md "Labelling real documents" and this batch's notes.

Exactly like batches 9, 11, ..., 72: files are read from local git mirrors (`fetch` snapshots, `--mirrors`) chosen by
path patterns (`collect_batch3.repo_candidates`, each source with its own seed; batch 5's `Pinned` sources and label
helpers). Every candidate goes through the hold-out guard (GitHub blob address at the commit, and text); a rejected
document drops every other document of its folder (`collect_batch3.collect`, which also dedupes against every other
batch whose text is under OUT/texts and within this one, writes the manifest and logs rejections to
OUT/rejected.tsv). A document needs at least `MIN_CHINESE` Chinese characters (100), except 绝密 documents, lists and
SQL (`SPARSE_KINDS`).

Nothing here runs the classifier.

Usage:  python tools/corpus/collect_batch76.py [--mirrors /work/.mirror] [--out /work/corpus/real76]
"""


from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from collect_batch5 import (
    _DRAFT,
    Pinned,
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

SEED = 20261276
BATCH = "76"
MIN_CHINESE = 100
SPARSE_KINDS = ("代码数据", "清单名册")


def _template(repo: str, pattern: str, note: str, level: str, category: str, extract: str = "docx",
              commit: str = "") -> Pinned:
    """A blank template, labelled as the document it is a template for (this batch's note; DESIGN rule 1)."""
    return Pinned(repo, pattern, extract, level, category, "模板空白表", _DRAFT, note, 1, commit)


SOURCES = (
    _public('zg-com/allBetter', _p('用户手册.docx'), '口算练习软件系统用户手册(课程项目)', 1, kind='产品手册', extract='docx',
        commit='1f7c8fb9d328bd9da301baa5f1425c884d1d8d78'),
    _public('xzabt/huifu', _p('用户协议.html'), '数据恢复服务平台用户协议(已发布, 难例: 个人信息)', 1, kind='产品手册', extract='html',
        commit='6a8adcdc8f000c1f8d25539b30e8c8f773a66002'),
    _public('rorycarville63-byte/ying-si-zheng-ce', _p('隐私政策.html'), '薄暮档案应用隐私政策(已发布)', 1, kind='产品手册', extract='html',
        commit='6c4daaee7246ae3950f313f99b4ce61fa601b060'),
    _public('qinweizhang/china_fund_peer_analysis', _p('readme.md'), '同业基金分析网页平台开源说明(已发布, 难例: 竞争对手/持仓)', 1, kind='产品手册',
        commit='e8c0bf860376da26268fc90952ce3dcb5ddec34b'),
    _public('yoyuzh/my_site', _p('README.md'), '个人站点(网盘/快传/账号系统)开源项目说明(已发布, 难例: 账号系统)', 1, kind='产品手册',
        commit='d21682b8faa1e106bfaf5574c58de0532f89189a'),
    _public('xiaomage1213888/student-application-tracker', _p('README.md'), '学生秋招投递记录管理系统开源说明(已发布)', 1, kind='产品手册',
        commit='113630699e86140fe71ba04e2760838d8410f447'),
    _public('write31bug/stock-analysis', _p('docs/操作手册.docx'), '股票技术分析系统操作手册(已发布)', 1, kind='产品手册', extract='docx',
        commit='ceb5b5634228e74094c1929725c76984a662b651'),
    _public('ZhihengYi/waterRPA', _p('README.md'), 'waterRPA自动化工具使用说明(已发布)', 1, kind='产品手册',
        commit='4eee656d81a4f906f858b54ba46bc70775354b11'),
    _public('YEYUbaka/AI-learning-companion', _p('README.md'), '智学伴AI个性化学习平台项目说明(参赛作品, 已发布)', 1, kind='产品手册',
        commit='19ac65fcaef5bab0475377677937fb3eca094e82'),
    _public('18687815894/DHPA', _p('操作手册.docx'), '智慧停车协同服务平台用户手册', 1, kind='产品手册', extract='docx',
        commit='a3449bb07e85297f12e6da80a588211a0826e6be'),
    _public('so-ki/vela', _p('客户操作手册.docx'), '出海法务平台客户使用手册(难例: 合规/投资)', 1, kind='产品手册', extract='docx',
        commit='e483c8f2378489ebf71d9c6599eae1c23564e7f7'),
    _public('Yeijon/movieinsights', _p('使用说明书.docx'), '电影数据分析项目使用说明书', 1, kind='产品手册', extract='docx',
        commit='6d06b824c96d74a74e68857db4512a6ae7a22372'),
    _rules('TLMOA/AI', _p('每日工作进度/2026-03-30.md'), 'AI模块V1开发日报(当日进展)', 1, kind='工作报告',
        commit='97312ccfe1d28755a4963df2c0655f673bad3994'),
    _rules('shuangyangqian/txt_repository', _p('openstack网络知识详解.md'), 'OpenStack网络知识学习笔记', 1, kind='工作报告',
        commit='87611239432e7e5ebd405e986fa029d4e0713f5a'),
    _rules('SmartLyu/2018-public', _p('2019年个人成长总结.txt'), '运维工程师2019年度个人工作总结', 1, kind='工作报告', extract='text',
        commit='80fcea9182246bfdd23ceb006d95759a5da20c5b'),
    _rules('Quzaizai/C-Client-things', _p('companythings/看板.md'), '看板模块性能优化工作笔记', 1, kind='工作报告',
        commit='7513a1fb76f84d835ef5c298a1838e20d44be742'),
    _rules('qingyiQAQ/Note', _p('大学/软工精简版.md'), '软件工程课程复习笔记(学生)', 1, kind='工作报告',
        commit='91f32d7f504a2ac17eba21e3708886574d65bd65'),
    _rules('sysuwyc09/TransportNetworkAssistant', _p('使用说明书.docx'), '传输网智能诊断系统内部工具说明文档', 1, kind='产品手册', extract='docx',
        commit='432b45b6eea6c5bd2925f1e556fbed45c2d30d8e'),
    _cv('WangGit8888/MyInterview', _p('简历.docx'), 'Java开发工程师个人简历(电话/邮箱)',
        commit='7b1e2857e92e6b93691965dba2b90898b00d610a'),
    _cv('Quzaizai/C-Client-things', _p('resume/简历.docx'), 'C++/Qt开发工程师简历(教育/工作经历)',
        commit='8d8e3d68f158150fb0c9f8390687beaebe3e22ff'),
    _cv('Worl0-Creater/EGG-Resume', _p('简历.docx'), '应届生求职简历(电话/出生年月/住址)',
        commit='a2f92b64ba1776a3aa449f5f30860f32423c591f'),
    _tech('TLMOA/AI', _p('V2执行清单/联邦学习技术路线调查报告-2026-04-15.md'), 'IoT AI模块联邦学习技术路线调查报告', 1,
        commit='1c4641e1f9983197196921483d0f30e7db21ccb1'),
    _tech('TLMOA/AI', _p('AI模块详细实施方案.md'), 'AI模块与JetLinks融合详细实施方案', 1, kind='方案计划',
        commit='97312ccfe1d28755a4963df2c0655f673bad3994'),
    _tech('sdltch/amisbook', _p('amisbook文档/文档/平账需求说明文档.docx'), '智慧报关系统料件成品平账分析需求说明', 1, extract='docx',
        commit='2c694df795b0dd814f77fb2377e9f09d07358552'),
    _tech('sdltch/amisbook', _p('amisbook文档/九仓定制化开发/九仓定制化开发.docx'), '报关行客户定制化开发方案', 1, kind='方案计划', extract='docx',
        commit='62962f110b8ec847945a6fa05d23f2cf1a8da0ca'),
    _template('sdltch/amisbook', _p('amisbook文档/文档/XXX(公司名字)-XXX(产品名称)-鲲鹏认证安全测试报告.docx'), '鲲鹏认证安全合规测试报告模板', '机密', 'technical', extract='docx',
        commit='524e1b700e7868541199b46f67e5f0e142995d51'),
    _tech('NonMirror/excavator', _p('报告们/之前的/测试报告.docx'), 'Web漏洞检测系统测试报告', 1, extract='docx',
        commit='f5a4948e2edf5de49f93dbbfb22fbc09997f9f9d'),
    _tech('wangziwen333/remark-holding-test', _p('测试报告.docx'), '多线程队列程序性能测试报告(测试结果)', 1, extract='docx',
        commit='115cf2517b9c22221591caad3a6c9d4dfc13d2f6'),
    _tech('yangshuangs/building-tool', _p('测试报告.docx'), '快速建模软件测试报告(课程项目)', 1, extract='docx',
        commit='e156cfe10e8adfa33801efcec4f574d4fceb14b3'),
    _tech('yang-kun-long/software_manager', _p('项目计划书.docx'), '企业就业失业数据采集系统项目计划书(范围/进度/组织)', 1, kind='方案计划', extract='docx',
        commit='ca021a02727390d97ef1de04807ad8ee8c12ccc7'),
    _minutes('qinweizhang/china_fund_peer_analysis', _p('会议记录.txt'), '同业基金持仓分析需求会议记录(竞争对手分析)', 1, extract='text',
        commit='8d343b057405f0b87bf0af0420179a3af073b94c'),
    _minutes('6017203298/Plane-Wars', _p('会议记录.txt'), '飞机大战课程项目组会议记录(分工/进度)', 1, extract='text',
        commit='4df91cdf4463ed00723e5ab12e0aa87051f447cb'),
    _tech('1051435548/jmeter', _p('测试报告.docx'), '支付功能压力与性能测试报告', 1, extract='docx',
        commit='96d133b134f812393193603f833ea4b1daca1264'),
    _tech('9527JAndG/voice-platpform', _p('项目完成总结.md'), '多平台智能音箱对接项目完成总结(架构/接口)', 1,
        commit='e18c0f755a14ad008b3ac7da403c252004705d53'),
    _tech('write31bug/stock-analysis', _p('docs/测试报告.docx'), '股票技术分析系统测试报告(v1.8.0)', 1, extract='docx',
        commit='ceb5b5634228e74094c1929725c76984a662b651'),
    _tech('write31bug/stock-analysis', _p('src/stock_analysis/开发人员更改要求文档_v1.0.md'), '股票分析系统开发人员更改要求文档', 1,
        commit='e501aebba2f303689750fa9e40b0788e5a62484f'),
    _tech('silent627/cpm', _p('cpm-gateway/src/main/resources/static/sql/init.sql'), '社区人口管理系统居民表结构(身份证号/户籍, SQL)', 1, kind='代码数据', extract='sql:resident',
        commit='4a1a721344e26201ba6912978bfcc3b9b6d57fd6'),
    _tech('silent627/cpm', _p('微服务拆分建议.md'), '社区人口管理系统微服务拆分建议', 1,
        commit='4a1a721344e26201ba6912978bfcc3b9b6d57fd6'),
    _tech('18687815894/DHPA', _p('测试.docx'), '智慧停车协同服务平台测试报告', 1, extract='docx',
        commit='a3449bb07e85297f12e6da80a588211a0826e6be'),
    _tech('so-ki/vela', _p('BYD坎皮纳斯_协查底稿_样本.docx'), '拉美投资合规协查底稿(演示案例)', 1, extract='docx',
        commit='7587150ea203aeaa8927757db6c127fccea06063'),
    _tech('sysuwyc09/TransportNetworkAssistant', _p('更新需求/5.26更新需求.md'), '传输网诊断工具数据库更新功能需求', 1,
        commit='8a40f53dcfe8a7133d184488f4fffda148a3cdf3'),
    _credentials('xiaomage1213888/student-application-tracker', _p('测试账号.md'), 'md', '秋招投递系统测试账号列表(默认口令)', '清单名册',
        commit='113630699e86140fe71ba04e2760838d8410f447'),
    _credentials('9527JAndG/voice-platpform', _p('测试账号.md'), 'md', '智能音箱对接平台OAuth2测试账号信息(默认口令)', '清单名册',
        commit='9366b860ccdb6bbc7a83e8ac00ee040e2b47b0b4'),
    _plan('so-ki/vela', _p('BYD坎皮纳斯_投资方案_演示.docx'), '新能源工厂对外投资设厂方案摘要(演示, 难例: 密级内部演示)', 1, extract='docx',
        commit='a40879b8e4f7c1e9b9d493146e5bb84cea3e2e87'),
    _credentials('QiMingUmi/shoes', _p('shopping.sql'), 'sql:admins', '运动鞋商城后台管理员账号表(明文口令, SQL)', '代码数据',
        commit='e3947d9a646059d73d24269776a4a412d406b912'),
    _credentials('yyupcompany/kyyupgame', _p('k.yyup.com/MOBILE_TEST_ACCOUNTS.md'), 'md', '幼儿园管理系统移动端测试账号(各角色口令)', '清单名册',
        commit='8616c71a5e58aa4e9af3265717ceb2a9fc834c3e'),
    _tech('yyupcompany/kyyupgame', _p('k.yyup.com/PC端移动端1:1复制开发计划_2025-11-24.md'), '幼儿园管理系统PC端移动端复制开发计划(角色/目录/页面)', 1, kind='方案计划',
        commit='8616c71a5e58aa4e9af3265717ceb2a9fc834c3e'),
    _public('QiMingUmi/shoes', _p('使用说明书.docx'), '运动鞋商城项目使用说明书(运行/功能操作)', 1, kind='产品手册', extract='docx',
        commit='e3947d9a646059d73d24269776a4a412d406b912'),
    _public('XiaoLFeng/BlogLZDFY', _p('1005.html'), '个人博客文章: Live2D看板娘制作与API搭建(已发布)', 1, kind='案例', extract='html',
        commit='112321c1a9c2f0b7143eaf1ac667519f714ca538'),
    _public('NpcBuild/npcService', _p('README.md'), '个人服务端项目开发说明(接口/缓存/限流, 已发布, 难例: JWT/OAuth2)', 1, kind='产品手册',
        commit='2e8d1307e5e859d97dc34ae7bf5d3ec7c4a71ad6'),
    _rules('Wooden-bo/Beetle', _p('开发规范.md'), '电商后台项目组开发规范(编码/提交)', 1, kind='制度办法',
        commit='ba2741638988cc1ec124882907673d5d98dcc381'),
    _rules('yantongbin/elm-vue', _p('周报.md'), '仿饿了么课程项目小组日报(成员/完成内容/明日任务)', 1, kind='工作报告',
        commit='9a28b667cba3f984de5343fd8b977b244c779609'),
    _rules('SophiaYuSophiaYu/SongCiGenerator', _p('心得体会.docx'), '宋词生成课程作业心得体会(词嵌入/模型理解)', 1, kind='工作报告', extract='docx',
        commit='932692102821f4cbda29bfb641334731682879c4'),
    _rules('q1830067514/Classification', _p('FZR.docx'), '软件工程导论课程学习心得体会(学生)', 1, kind='工作报告', extract='docx',
        commit='f392e890ac725a177401f28acddc0efa7574c6ec'),
    _cv('520shmily/CV_animation', _p('简历.docx'), 'Web前端求职个人简历(电话/毕业院校)',
        commit='3c7c02b395c38169ce0aed9f43de03977552395c'),
    _cv('peacelove12138/odin_project', _p('简历.docx'), '前端开发工程师简历(工作经历/项目职责)',
        commit='17232fe3297a84e9533c06fa5d4310bee88bcb7f'),
    _cv('strh5523/my-test-project', _p('简历.docx'), 'C++开发求职简历(项目经历)',
        commit='4ed6af5b49db692def21b84da03cb388c0e131a0'),
    _cv('Zxt34/Web', _p('简历.docx'), 'Java开发求职简历(技能/项目经历)',
        commit='f6539c8b3f816b2d7bb8b2d14b3fdf6d8804116f'),
)


def main() -> int:
    return run_repository_batch(BATCH, SOURCES, SEED, __doc__, min_chinese=MIN_CHINESE, sparse_kinds=SPARSE_KINDS)


if __name__ == "__main__":
    raise SystemExit(main())

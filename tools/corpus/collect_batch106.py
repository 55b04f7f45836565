"""Batch 106 of the real corpus: documents kept in public repositories that no earlier batch used.

Collected for the blind split `fresh104` (with batches 104 and 105): nothing was run on these texts and no classifier
may be; `train_real.py` is untouched and the split is cut by main, not here. Files from public repositories whose owner
names start with N-Z or a digit (batch 105 takes A-M), one source group per repository, at most 3 documents from one,
none of them in the manifest yet, no owner of a manifest repository (no sibling), none named by an earlier batch's
script. Every source is read at a pinned commit (the commit that last added or changed the file). Labels follow
DESIGN.md "Labelling real documents" and this batch's notes (see the batch-106 section written for
classifiers/corpus/README.md): 公开 for user manuals of published tools, an open-source tool's guide, an article
written for readers and a vendor API reference; 内部 for teams' work rules and procedures and work plans or logs that
record progress only; 秘密 for contracts, CVs and lists of people with personal data; 机密 for project plans with
designs, requirement, design, architecture and test documents and work summaries with a project's own figures; 绝密
for promotion strategies and account lists with passwords.

Exactly like batches 9, 11, ..., 103: files are read from local git mirrors (`fetch` snapshots, `--mirrors`) chosen by
path patterns (`collect_batch3.repo_candidates`, each source with its own seed; batch 5's `Pinned` sources and label
helpers). Every candidate goes through the hold-out guard (GitHub blob address at the commit, and text); a rejected
document drops every other document of its folder (`collect_batch3.collect`, which also dedupes against every other
batch whose text is under OUT/texts and within this one, writes the manifest and logs rejections to OUT/rejected.tsv).
A document needs at least `MIN_CHINESE` Chinese characters (100), except 绝密 documents, lists and SQL
(`SPARSE_KINDS`).

Nothing here runs the classifier.

Usage:  python tools/corpus/collect_batch106.py [--mirrors /work/.mirror] [--out /work/corpus/real106]
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

SEED = 20261106
BATCH = "106"
MIN_CHINESE = 100
SPARSE_KINDS = ("代码数据", "清单名册")


SOURCES = (
    # --- 公开: user manuals of published tools, an article, a vendor API reference, published promotion copy (rule 2) ---
    _public('Ximutiannuo/DDmaps-railway', _p('使用说明书.md'), '工地交通调度系统使用说明书(管理端/司机端/常见问题, 面向用户)', 1, kind='产品手册', extract='md', commit='93f3c156549ef54126d5761146eaba732242f9d5'),
    _public('Xanto-8/TABuddy', _p('使用说明书.md'), 'TABuddy英语助教系统使用说明书(班级/学生/作业/反馈功能, 面向用户)', 1, kind='产品手册', extract='md', commit='4d66af3f289aadccea1ff3244ce5bb753df8587f'),
    _public('Yb-555/xianyu-ai-cs', _p('使用说明书.md'), '闲鱼工作台自动化工具使用说明书(AI客服/报价策略/人工接管, 难例: 报价策略)', 1, kind='产品手册', extract='md', commit='8b5b2a41d236eceb153aa81dc3b468b2763e0cbc'),
    _public('Wanli456/second-class-system', _p('使用说明书.md'), '二课活动管理系统使用说明书(学生/负责人/干事/管理员指南)', 1, kind='产品手册', extract='md', commit='13b471a984afa79443b3343bc4e42c90187310bd'),
    _public('ZeHangZhu/mistake-hunter', _p('使用说明书.md'), '错题整理工具使用说明书(面向用户)', 1, kind='产品手册', extract='md', commit='359ec9ddad86750dbff34374e35915225e271410'),
    _public('Prophet6851/Requirement_Timer', _p('使用说明书.md'), '需求时间管理工具使用说明书(面向用户)', 1, kind='产品手册', extract='md', commit='e760e5cb44159c0dc2a5a7958e1f5fcfc0bd829c'),
    _public('zxy36277-jpg/iclip3-sop-guide', _p('iClip3.0-SOP操作流程.md'), 'iClip3.0智能直播带货平台SOP操作手册(已发布的操作指南网站)', 1, kind='产品手册', extract='md', commit='402ddf41eaa17ec738f4733fe7710bc8d319bc1d'),
    _public('xm-fieldservice/injection', _p('NodeMind使用指南.md'), 'NodeMind思维导图系统使用指南(面向用户)', 1, kind='产品手册', extract='md', commit='beeeb83a3fe51a55310155db8e53dafb6bef66ec'),
    _public('rmwang0910/scRNA-DataHub', _p('docs/user_guide.md'), '单细胞数据读取器使用指南(开源工具文档)', 1, kind='产品手册', extract='md', commit='7b09fcb211ef4a6d3cfffe0cf53bd221540ccd1d'),
    _public('qhduan/ConversationalRobotDesign', _p('各种机器人平台调研.md'), '对话机器人平台调研文章(公开仓库写给读者的文章, 难例: 调研)', 1, kind='技术资料', extract='md', commit='cdfcc96de3b181e15dde7fb20195c068c63f53a2'),
    _public('Ren-chao02/wps_dbsheet_examination_system', _p('docs/kingsoft-api-reference.md'), '金山多维表格API参考(整理自WPS开放平台官方文档)', 1, kind='技术资料', extract='md', commit='bd2b60d036ac9e2c5278dd6da4fdbe086e31fe67'),
    _public('0709ZRL/UCAS_Orchestra', _p('使用说明书.md'), '国科大乐团管理平台使用说明书(面向团员和干事)', 1, kind='产品手册', extract='md', commit='ebb8b386edf1cd44728eece65ac494244a03d92b'),
    _public('2100758446/zhixuetong-competition', _p('使用说明书.md'), '智学通AI校园学习助手使用说明书(面向用户)', 1, kind='产品手册', extract='md', commit='39844f8c0db361096f0125f15691f4a28a2f8ebe'),
    _public('zxy36277-jpg/iclip3-sop-guide', _p('推广文案.md'), 'iClip3.0操作指南推广文案(对外发布的宣传文字)', 1, kind='新闻', extract='md', commit='8677960916bf512fa6a0105f604061250a47c680'),
    # --- 内部: a developer's and a team's work rules and procedures (rule 3), plans, logs and summaries of progress only
    _rules('UninstallAll/Ismism-Machine', _p('docs/工作计划.md'), '主义主义机项目每日工作计划(成员任务勾选, 只有进度)', 1, kind='工作报告', extract='md', commit='5dfb659961b478bbc442e190ea03b7e6f3320c60'),
    _rules('wangzongjun/life', _p('工作计划.md'), '个人工作计划(工作方法/整体策略, 难例: 战略)', 1, kind='工作报告', extract='md', commit='ec8e3e49d4c2e8ee681f35aae45e91a878427ab9'),
    _rules('qianlidianshang202304-design/ai-context', _p('02-工作规范.md'), '开发者与AI协作工作规范(沟通规则/执行纪律)', 1, kind='制度办法', extract='md', commit='8ea1005ad9ed02ec2b7496d05eca6dbb1407a74a'),
    _rules('y-839829144/demolution', _p('工作规范.md'), '工作规范(团队约定)', 1, kind='制度办法', extract='md', commit='0d1c89319d970d96370557efc2c167adf24fe0fb'),
    _rules('ShallTearchen/Weather_inquiry', _p('工作计划.md'), '对话机器人资料阅读任务计划(任务分解/学习内容, 只有进度)', 1, kind='工作报告', extract='md', commit='d78e4b97af44e2e33de9e8d73ace724a7e49ee77'),
    _rules('Starangle/aslphvite', _p('工作计划.md'), 'HTK解码器抽取项目工作计划(提交约定/步骤安排)', 1, kind='工作报告', extract='md', commit='6daa7c686e1863b60ef9b85bb2f6789e81c27fe4'),
    _rules('wroy1005/notes', _p('工作总结.md'), '前端页面开发工作总结(开发习惯与经验, 个人记录)', 1, kind='工作报告', extract='md', commit='322fd9580cd4c19cab0d38cc3215a0aac3476041'),
    _rules('1002097609/python', _p('工作计划.md'), '营销素材拆解系统按日工作计划(已完成/待完成功能, 只有进度, 难例: 营销)', 1, kind='工作报告', extract='md', commit='3d319d5db2dba1a82de47ed6b3b8a56611c18ec5'),
    _rules('qianlidianshang202304-design/ai-context', _p('09-工作流程.md'), '开发者AI冲刺工作流程(时间盒/步骤约定)', 1, kind='制度办法', extract='md', commit='83e06cacdb6590fbb5790cd9f77caaa2e9e7e91f'),
    _rules('1002097609/python', _p('日报-2026-05-01.md'), '营销素材拆解系统开发日报(今日完成/输出文档/开发节奏, 难例: 日报提及技术选型)', 1, kind='工作报告', extract='md', commit='dd38747e34c52ae33d5b2290a481dd10ba326d55'),
    _rules('xm-fieldservice/injection', _p('injection-backup-v2.0/工作总结.md'), '提示词注入工具工作总结(完成功能清单, 只有进度)', 1, kind='工作报告', extract='md', commit='beeeb83a3fe51a55310155db8e53dafb6bef66ec'),
    # --- 秘密: a person's profile (session 17 ruling on personal data) ----------------------------------------------
    _personal('qianlidianshang202304-design/ai-context', '06-关于我.md', 'md', '开发者个人资料(称呼/角色/工作领域/技能, 写给AI助手的个人简介)', '4ae5944c1629d47a4f8e291b3d4264c11233daae', kind='清单名册'),
    # --- 机密: project plans with designs, requirement/design/architecture/test documents (rule 5) --------------------
    _tech('Nepl-2/workbench-mobile', _p('工作计划.md'), '手机网页版工作媒介工作计划(需求拆解/架构决策/接口设计)', 1, kind='方案计划', extract='md', commit='32d1ec6196a232936be1ce1b2f7a941520b04dae'),
    _tech('skyTreeCN/stock-prediction-system', _p('工作计划.md'), '股票形态识别系统优化工作计划(阶段/脚本/成本)', 1, kind='方案计划', extract='md', commit='51d8c151db6779e6f8da1e10e7b3cf98d6425a8c'),
    _tech('skyTreeCN/stock-prediction-system', _p('今天的工作总结.md'), '股票预测系统工作总结(方案确定/样本数/成本数据)', 1, kind='工作报告', extract='md', commit='51d8c151db6779e6f8da1e10e7b3cf98d6425a8c'),
    _tech('UninstallAll/Ismism-Machine', _p('docs/技术文档.md'), '主义主义机技术文档(架构/模块)', 1, kind='技术资料', extract='md', commit='5dfb659961b478bbc442e190ea03b7e6f3320c60'),
    _tech('unknown-f/search-project', _p('项目文档.md'), '检索系统项目文档(服务功能/接口需求)', 1, kind='技术资料', extract='md', commit='4d371382a5769764594db13add192a9cd608e067'),
    _tech('xm-fieldservice/injection', _p('docs/ARCHITECTURE.md'), '提示词注入工具架构文档', 1, kind='技术资料', extract='md', commit='beeeb83a3fe51a55310155db8e53dafb6bef66ec'),
    _tech('SilenceWanna/nl2cuda-kernel-agent', _p('工作计划.md'), '自然语言生成CUDA Kernel项目工作计划(交付形态/任务清单)', 1, kind='方案计划', extract='md', commit='3cd3385fbe111e85b33f416cf508bf51d5898c1a'),
    _tech('Ydajgatej/Photo-Watermark-02', _p('工作计划.md'), '图片水印工具项目工作计划(背景/目标/技术栈/进度)', 1, kind='方案计划', extract='md', commit='8bdb09cdfe4d61966c0f1d667c32486f698129a8'),
    _tech('Velocity-lake/account_book', _p('.trae/documents/个人记账本开发需求文档（accout_book）.md'), '个人记账本开发需求文档(功能/数据模型)', 1, kind='技术资料', extract='md', commit='18a7ca4f62334309690c83ff563d75885276b3bf'),
    _tech('Ximutiannuo/DDmaps-railway', _p('LCP性能测试报告_DPCYDD.md'), '工地调度系统LCP性能测试报告(测试结果)', 1, kind='技术资料', extract='md', commit='93f3c156549ef54126d5761146eaba732242f9d5'),
    _tech('Ren-chao02/wps_dbsheet_examination_system', _p('docs/examination-system-doc.docx'), '考试系统设计文档', 1, kind='技术资料', extract='docx', commit='bd2b60d036ac9e2c5278dd6da4fdbe086e31fe67'),
    _tech('Prophet6851/Requirement_Timer', _p('需求时间管理工具v1.0.md'), '需求时间管理工具项目文档(功能/数据结构/升级计划)', 1, kind='技术资料', extract='md', commit='97bdc01dd5f0cb66af5033d19f799a323a603dd8'),
    # --- 绝密: promotion strategies with targets, user profiles and channels (DESIGN rule 1) -------------------------
    _plan('zxy36277-jpg/iclip3-sop-guide', _p('推广计划.md'), 'iClip3.0操作指南推广计划(推广目标/渠道/阶段)', extract='md', commit='8677960916bf512fa6a0105f604061250a47c680'),
    _plan('rmwang0910/scRNA-DataHub', _p('推广计划.md'), 'scRNA-DataHub开源工具推广计划(推广目标/用户画像/渠道)', extract='md', commit='e60a8fd5eb54e911a587777f9c65acdb8bb321fe'),
)


def main() -> int:
    return run_repository_batch(BATCH, SOURCES, SEED, __doc__, min_chinese=MIN_CHINESE, sparse_kinds=SPARSE_KINDS)


if __name__ == "__main__":
    raise SystemExit(main())

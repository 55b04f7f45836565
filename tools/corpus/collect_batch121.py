"""Hundred-and-twenty-first batch of the real corpus: documents kept in public repositories that no earlier batch used.

Collected for the blind split `fresh120` (with batches 120 and 122): nothing was run on these texts and no classifier
may be; `train_real.py` is untouched and the split is cut by main, not here. Files from public repositories whose owner
names start with A-M (batch 122 takes N-Z and digits), one source group per repository, at most 3 documents from one,
none of them in the manifest yet, no owner of a manifest repository (no sibling). Every source is read at a pinned
commit (the commit that last added or changed the file). Labels follow DESIGN.md "Labelling real documents" and this
batch's notes (see the batch-121 section written for classifiers/corpus/README.md): 公开 for user manuals and READMEs
written for users, published skill descriptions, a site's terms and refund policy, company profiles and a blog article;
内部 for teams' and a small company's rules and processes, progress-only plans, logs and task lists, a weekly-report
template, course reports without a design of their own and two course teams' member lists (names and roles only);
秘密 for an equity-crowdfunding platform's contract forms and a supplier-contract template (rule 4, template ruling);
机密 for requirement documents, PRDs, design and migration schemes, an API contract, a server procurement proposal,
development and test plans, a code review, evaluation reports, price lists and a competitor study of one's own
product; 绝密 for a product's promotion plan with revenue targets and budget.

Exactly like batches 9, 11, ..., 118: files are read from local git mirrors (`fetch` snapshots, `--mirrors`) chosen by
path patterns (`collect_batch3.repo_candidates`, each source with its own seed; batch 5's `Pinned` sources and label
helpers). Every candidate goes through the hold-out guard (GitHub blob address at the commit, and text); a rejected
document drops every other document of its folder (`collect_batch3.collect`, which also dedupes against every other
batch whose text is under OUT/texts and within this one, writes the manifest and logs rejections to OUT/rejected.tsv).
A document needs at least `MIN_CHINESE` Chinese characters (100), except 绝密 documents, lists and SQL
(`SPARSE_KINDS`).

Nothing here runs the classifier.

Usage:  python tools/corpus/collect_batch121.py [--mirrors /work/.mirror] [--out /work/corpus/real121]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from collect_batch5 import (
    _contract,
    _p,
    _plan,
    _public,
    _rules,
    _tech,
    _template,
    run_repository_batch,
)

SEED = 20261121
BATCH = "121"
MIN_CHINESE = 100
SPARSE_KINDS = ("代码数据", "清单名册")


SOURCES = (
    # SOURCES_BEGIN
    # --- 机密: requirement and design documents, market studies, procurement proposals
    _tech("growdu/ai_toubiao", _p("产品需求书-投标文件编制AI工具.docx"), "投标文件编制AI工具产品需求书(行业背景/功能需求, 难例: 投标)", 1,
        kind="技术资料", extract="docx", commit="18103a872210a9a79389e8595fee3f65cd5d835c"),
    _tech("growdu/ai_toubiao", _p("docs/diaoyan.md"), "标书AI产品调研与技术分析报告(国内竞品形态/流程差异, 自家产品的竞品调研)", 1,
        kind="工作报告", commit="fdd8bae63d8a8dc6ad8acf47ca66a3f08b2cd08b"),
    _tech("hbnnwwt/toubiao2.0", _p("需求分析.md"), "建筑招投标智能化平台需求分析文档(难例: 招投标)", 1,
        kind="技术资料", commit="6192322175d62eb88c947e30bbd7c9e71be17367"),
    _tech("hbnnwwt/toubiao2.0", _p("开发计划.md"), "建筑招投标平台开发计划(阶段目标/任务包/技术方案)", 1,
        kind="方案计划", commit="6192322175d62eb88c947e30bbd7c9e71be17367"),
    _tech("HuareuT/yiliao-xunjian-platform", _p("服务器资源文档.md"), "医疗巡检系统服务器资源采购建议书(配置/规模/成本, 供甲方采购)", 1,
        kind="方案计划", commit="1036868d66f4cf73de94350518cdce781963c568"),
    _tech("HuareuT/yiliao-xunjian-platform", _p("api-doc.md"), "医疗巡检系统后端API接口契约(认证/接口)", 1,
        kind="技术资料", commit="80b86ccfab8fb44890a4236a3f2dbb3f3a51c0c4"),
    _tech("Muliminty/Guizhang", _p("docs/PRD.md"), "归藏文章剪藏应用产品需求文档PRD", 1,
        kind="技术资料", commit="3efd6e77ead7baf0b008edacfd72265e269c37d8"),
    _tech("huanglu123/MISphoto", _p("需求分析.md"), "摄影工作室管理系统需求分析(课程项目, 自己系统的业务需求)", 1,
        kind="技术资料", commit="9fa1e9c3e443d51c983e0768d7b6a08ebfa964ad"),
    _tech("huangqianqian120/toubiao", _p("client/doc/sqlite改造方案.md"), "易标投标工具箱技术方案模块SQLite改造方案(数据表/迁移设计)", 1,
        kind="技术资料", commit="32acfabc1873edf59945e9e750a0df5530cd591d"),
    # --- 秘密: a supplier-contract template
    _template("ai-archi/vault-togaf", "archi-templates/content/enterprise-architecture/ArchitectureContracts/VendorContract.md", "md", "秘密", "contracts", "供应商契约模板(服务范围/交付/验收/违约, 模板)", "de12970e9c3cd5089ef25bb55a9b3a3ca194fec5"),
    # --- 内部: team conventions, plans with progress only, course reports without own design
    _rules("huangqianqian120/toubiao", _p("client/开发说明.md"), "易标投标工具箱客户端开发说明(目录约定/协作规则/验证要求, 团队规范)", 1,
        kind="制度办法", commit="1b5ecde7b6875d6571c8ff691a9fa0288c3bd225"),
    _rules("Muliminty/Guizhang", _p("docs/PROGRESS.md"), "归藏项目进度计划(里程碑/时间线, 只记进度)", 1,
        kind="方案计划", commit="71b5639163655f7051e2012be5d1975fc099227a"),
    _rules("DEVIL-Lv/this", _p("assignment-1/group12-lora-law-report.md"), "课程小组作业: 从法规角度看LoRa在中国前景(学习报告, 难例: 法规)", 1,
        kind="工作报告", commit="83ce0fca06f3298d379a6444bd114e54818ecf62"),
    _rules("DEVIL-Lv/this", _p("公司简介.md"), "课程小组虚拟公司简介(成员姓名/职务分工, 无个人信息, 难例: 公司简介)", 1,
        kind="清单名册", commit="114975d0e3d19c226c25e594a1d02d878eafd52c"),
    # --- 公开: manuals and READMEs for users, an article, company profiles
    _public("growdu/ai_toubiao", _p("docs/user-guide.md"), "AI标书自动生成系统用户手册(写给投标专员/项目经理)", 1,
        kind="产品手册", commit="63c9ffa767106b0ed048fa0b3ae19bde52688d6a"),
    _public("JEFF00011/toubiao-v1.1", _p("README.md"), "投标助手智能体系统说明(功能/使用/演示账号, 写给使用者)", 1,
        kind="产品手册", commit="5d7d636aa151a35017c2cbc9ec32080a2fa90bda"),
    _public("daijy0926/zhaotoubiaoshuju", _p("README.md"), "招标数据分析平台说明(写给使用者)", 1,
        kind="产品手册", commit="a44063ec8b77af7df3c1f2c2a0eedd4fb3fc7c2e"),
    _public("huangqianqian120/toubiao", _p("文章/标书智能体（一）——AI解析招标文件代码+提示词.md"), "博客文章: AI标书智能体(一)解析招标文件(写给读者)", 1,
        kind="技术资料", commit="02fb2ce9889adc33971a3567db182e06cfd4dc25"),
    _public("libin47/toubiao_zhushou", _p("Readme.md"), "投标辅助工具说明(暗标格式刷/pdf转图片, 写给使用者)", 1,
        kind="产品手册", commit="7e8474f3f00cde4f7a340d53fd9c625c706d98c9"),
    _public("DiKaTech/DiKaOpen", _p("公司简介.md"), "笛卡科技公司简介(产品优势/服务, 对外宣传)", 1,
        kind="产品手册", commit="462661e362288e1117db089a38b720ee1c459e20"),
    _public("huanglu123/MISphoto", _p("公司简介.md"), "课程报告引用的婚纱摄影公司简介(公司对外宣传内容, 难例)", 1,
        kind="技术资料", commit="b9e2118666709b04d3f2d72dde1581a048d80984"),
    _public("Muliminty/Guizhang", _p("README.md"), "归藏文章剪藏与知识管理应用说明(写给用户)", 1,
        kind="产品手册", commit="bf1c67e170edef0ec394dc3ace20a0c43c18135a"),
    _public("agent-labhome/mask-ai-skills", _p("crossborder-ecommerce/SKILL.md"), "跨境电商运营助手技能说明(对外发布的技能, 难例: 运营方案)", 1,
        kind="产品手册", commit="adf34c5822920abc9cf446181a1bb6c68a176a76"),
    _public("agent-labhome/mask-ai-skills", _p("autonomous-creation-2026-02.md"), "Gumroad产品分析助手技能说明(对外发布, 难例: 竞品分析)", 1,
        kind="产品手册", commit="8eae0c9002566f76cdf9134b66c18972482a07a5"),
    # --- second round
    _public("Kumazz/CPDA", _p("chapter1/ye-wu-zhi-biao-mo-xing.md"), "数据分析GitBook: 业务指标模型(写给读者, 难例: 营销/ROI)", 1,
        kind="技术资料", commit="02aaba299f0269ca10d4c06edfb6a1e9b15f6ae4"),
    _tech("DJoffreyH/RRTree", _p("HLE/HLE-50_Report.md"), "RR-Tree认知架构HLE-50随机测试任务总结报告(自己的测试结果)", 1,
        kind="工作报告", commit="a482356889f38777769d4ee57463777a21f5f889"),
    _public("DJoffreyH/RRTree", _p("README_cn.md"), "RR-Tree推理认知架构项目说明(写给使用者)", 1,
        kind="产品手册", commit="49b0724ad6e38ebba935dc48c92c0f293bca962f"),
    _rules("agent-labhome/mask-ai-skills", _p("consensus.md"), "自动创建Skills批次记录(只记进度)", 1,
        kind="工作报告", commit="05001f32964621f50f3e0e2dbd1f3dec958a4525"),
    _rules("DEVIL-Lv/this", _p("assignment-3/group12-esp-ardino-build.md"), "课程小组物联网温度监测系统搭建工程日志(只记过程)", 1,
        kind="工作报告", commit="55046db27cedf536bdff3cb7682981d9862687a4"),
    _rules("HuareuT/yiliao-xunjian-platform", _p("apps/ylxj-app/AGENTS.md"), "医疗巡诊App开发AI助手规则(框架约定/编码规范, 团队规范)", 1,
        kind="制度办法", commit="9d47f7b8f167a47bc87c4d5d1c3797ffbbdfdb51"),
    # --- third round
    _public("jjzhang2000/zhidu", _p("README.md"), "智读AI分层阅读器说明(功能/安装/使用, 写给用户)", 1,
        kind="产品手册", commit="d679e40f1d59879bc24c4fad06ac8d28ca7cc7e7"),
    _tech("jjzhang2000/zhidu", _p("docs/test-plan.md"), "智读项目测试计划(源代码统计/覆盖率目标/测试用例设计)", 1,
        kind="技术资料", commit="8464b24437432f6148597bdc3fe23eae963a32b1"),
    # --- fourth round
    _tech("FE-Sequoia/bishe-workshop", _p("membership/baojia.md"), "毕设工坊产品与服务报价单(给合伙人的建议零售价/浮动定价)", 1,
        kind="清单名册", commit="a8f6473617491427ac4d261cd7dfe9065281965b"),
    _rules("FE-Sequoia/bishe-workshop", _p("membership/sale.md"), "毕设工坊合伙人营销话术与指南(注意事项/话术, 团队规范)", 1,
        kind="制度办法", commit="a8f6473617491427ac4d261cd7dfe9065281965b"),
    _rules("FE-Sequoia/bishe-workshop", _p("membership/xiaohongshu.md"), "小红书笔记创作手册(统一团队创作流程, 团队规范)", 1,
        kind="制度办法", commit="0ca919b70ac9a864596e2f3ab6eac64babf3a719"),
    # --- fifth round: contract forms of an equity-crowdfunding platform
    _contract("hongjingping/angelEase-fis3-jquery-", _p("fe-pc/widget/component/protocol/join/join.tpl"), "股权众筹平台有限合伙入伙协议(入伙人/普通合伙人/出资与权利义务, 字段待填)", 1, extract="html", commit="e1337b38a8dc9e46b45035277b0d30eac4b1b7ff"),
    _contract("hongjingping/angelEase-fis3-jquery-", _p("fe-pc/widget/component/protocol/partner/partner.tpl"), "有限合伙企业合伙协议(出资/合伙事务执行/收益分配/退伙, 字段待填)", 1, extract="html", commit="e1337b38a8dc9e46b45035277b0d30eac4b1b7ff"),
    _contract("hongjingping/angelEase-fis3-jquery-", _p("fe-pc/widget/component/protocol/subscribe/subscribe.tpl"), "股权融资项目预约意向书(预约人声明/意向金额, 字段待填)", 1, extract="html", commit="e1337b38a8dc9e46b45035277b0d30eac4b1b7ff"),
    # --- sixth round
    _plan("LjfsGitHub/openclaw-guide", _p("marketing/detailed-promotion-plan.md"), "OpenClaw Guide教程站详细推广计划(收入目标/用户画像/渠道策略/预算与时间表)", 1, extract="md", commit="6ae51d05d69f6c3da3f0a69b09bbd39e1446bc2f"),
    _public("LjfsGitHub/openclaw-guide", _p("pages/refund.md"), "OpenClaw Guide退款政策(对用户公布)", 1,
        kind="产品手册", commit="47eb65489014220b7805e281e1be3203005a26cb"),
    # --- seventh round (after leaving out five repositories with keys, a database password or ID numbers)
    _template("injenium/weekly_report_skill_demo", "skills/weekly_report/report_template.md", "md", "内部", "internal", "项目周报模板(总体概览/进度/风险/下周计划, 模板)", "73585b43537f7919d9b0ced068d2fce53b328440"),
    _rules("injenium/weekly_report_skill_demo", _p("data/weekly_tasks.xlsx"), "多项目周任务清单(模块/任务/负责人/状态/阻塞/风险, 只记进度, 难例: 风险)", 1,
        kind="工作报告", extract="xlsx", commit="73585b43537f7919d9b0ced068d2fce53b328440"),
    _tech("jjzhang2000/zhidu", _p("docs/code-review/2026-04-12_Code_Review.md"), "智读项目代码审查报告(审查范围/问题清单/改进建议)", 1,
        kind="工作报告", commit="063158fcdce07a56b2fea3ed8a6b5024b3b1a713"),
    _tech("DJoffreyH/RRTree", _p("Final_Comprehensive_Analysis.md"), "三个智能体基准评测深度对比分析报告(自己的评测结果)", 1,
        kind="工作报告", commit="137a2b806940e4f617509be8d24513a12acce80d"),
    _public("LjfsGitHub/openclaw-guide", _p("pages/terms.md"), "OpenClaw Guide使用条款(对用户公布)", 1,
        kind="产品手册", commit="47eb65489014220b7805e281e1be3203005a26cb"),
    _tech("huanglu123/MISphoto", _p("业务流程.md"), "摄影工作室管理系统现有业务流程分析(课程项目, 自己系统的业务分析)", 1,
        kind="技术资料", commit="5261a791f1c58803b61ea2cdddae38d2a0c2d267"),
    _tech("hbnnwwt/toubiao2.0", _p("前后端架构方案.md"), "建筑招投标平台前后端技术方案(架构选型/模块划分)", 1,
        kind="技术资料", commit="6192322175d62eb88c947e30bbd7c9e71be17367"),
    _public("injenium/weekly_report_skill_demo", _p("README.md"), "项目周报生成技能Demo说明(写给使用者)", 1,
        kind="产品手册", commit="7eaf94821fd71ba1849e50c4d39162a918ec4b38"),
    # --- eighth round: teams' rules
    _rules("ansonlovecoding/teammanagement", _p("teammanagement.md"), "技术团队管理规范(技术选型/开发流程/代码与发布规范)", 1,
        kind="制度办法", commit="eb9f1e5cff87da80f700578c1c9f9a94cfb93715"),
    _rules("dozto/guides", _p("general/project-process.md"), "灵鹞软件项目流程(售前咨询/项目沟通/交付各阶段, 公司流程)", 1,
        kind="制度办法", commit="91cd00e1b4aab8f33e3d80e35ac4ef40aca0026c"),
    _rules("dozto/guides", _p("finance/general.md"), "灵鹞软件财务通用事项(定期清卡/申报/对账, 内部流程, 难例: 财务/税)", 1,
        kind="制度办法", commit="251d2ae0a8dbc5f423ccb2d771b241988532619e"),
    _tech("dozto/guides", _p("sales/price.md"), "灵鹞软件服务项目报价(快速开发/人天单价/报价类别)", 1,
        kind="清单名册", commit="c10dd12c18be13b0995a265832f1b65a1ae6b80a"),
    _rules("hya521531/teamwork", _p("README.md"), "课程团队组成及分工(成员姓名/角色, 无个人信息)", 1,
        kind="清单名册", commit="57296d8382b8fae2d2a7e4a5674255106f556d25"),
    _tech("hya521531/teamwork", _p("test/系统分析.docx"), "成绩管理系统系统分析(课程团队项目, 目标/可行性/需求分析)", 1,
        kind="技术资料", extract="docx", commit="cedaf2bb51e2ed99a3b03fa0c756cbac91b8f63b"),
    # SOURCES_END
)


def main() -> int:
    return run_repository_batch(BATCH, SOURCES, SEED, __doc__, min_chinese=MIN_CHINESE, sparse_kinds=SPARSE_KINDS)


if __name__ == "__main__":
    raise SystemExit(main())

"""Fifth batch of the real corpus: new public repositories, weighted toward what the classifier gets wrong.

The shipped model meets its goals on `fresh3` but still puts 3.5% of secret documents two or more levels too
low, and `fresh3` is no longer blind. This batch (a new blind split is cut from it by `train_real.py`) adds
documents from repositories not yet in the manifest (one source group each): design, deployment and operations
documents, engineers' notes on their company's systems, SQL tables of customers, a server list (机密) beside
vendors' published manuals and help books (公开); business plans, BP decks and an OKR (绝密); companies' own
contract and agreement forms (秘密); minutes (机密); company and team 制度, in-house systems' manuals, blank
internal forms (内部); published documents kept in repositories — laws, government bulletins and exam outlines,
published articles (公开). Labels follow DESIGN.md "Labelling real documents"; real credential lists are not
collected.

Files are read from local git mirrors (`fetch` snapshots, `--mirrors`) chosen by path patterns, exactly like
batch 3 (`collect_batch3.repo_candidates`, each source with its own seed). Every candidate goes through the
hold-out guard (GitHub blob address at the commit, and text); a rejected document drops every other document
of its folder. Dedup against every other batch and within this one: same SHA-256, same title, or more than
80% of the shorter document's character 5-grams shared. Rows are appended to
`classifiers/corpus/real_manifest.tsv` with `batch` 5; rejections go to OUT/rejected.tsv.

Nothing here runs the classifier: half of this batch becomes a blind split.

Usage:  python tools/corpus/collect_batch5.py [--mirrors /work/.mirror] [--out /work/corpus/real]
"""

from __future__ import annotations

import csv
import re
import sys
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from collect_batch3 import collect, repo_candidates
from collect_more import Source
from collect_real import MANIFEST, corpus_args

SEED = 20261205
BATCH = "5"

_PUB = "published"
_INT = "internal"
_DRAFT = "draft"


@dataclass(frozen=True, slots=True)
class Pinned(Source):
    """A source read at a given commit: the file was removed or moved after it (the mirror keeps history)."""

    commit: str = ""


def _p(path: str) -> str:
    """The pattern that matches exactly one path (the later batches' pinned sources name one file each)."""
    return "^" + re.escape(path) + "$"


def _personal(repo: str, path: str, extract: str, note: str, commit: str, kind: str = "清单名册") -> Pinned:
    """A roster, score list or CV with personal data: 秘密 (rule 4, session 17 ruling)."""
    return Pinned(repo, _p(path), extract, "秘密", "personnel", kind, _INT, note, 1, commit)


def _cv(repo: str, pattern: str, note: str, extract: str = "docx", commit: str = "") -> Pinned:
    """A CV with personal data: personnel material, 秘密 (DESIGN rule 4; `_personnel` with a commit)."""
    return Pinned(repo, pattern, extract, "秘密", "personnel", "清单名册", _INT, note, 1, commit)


def _template(repo: str, path: str, extract: str, level: str, category: str, note: str, commit: str) -> Pinned:
    """A template or outline, labelled as the document it is a template for (session 15 ruling on templates)."""
    return Pinned(repo, _p(path), extract, level, category, "模板空白表", _DRAFT, note, 1, commit)


def _plan(repo: str, pattern: str, note: str = "商业计划书", count: int = 1, extract: str = "md",
          commit: str = "") -> Source:
    """A business plan written for investors or a contest: a company's strategy, 绝密 (DESIGN rule 1)."""
    return Pinned(repo, pattern, extract, "绝密", "strategy", "方案计划", _INT, note, count, commit)


def _minutes(repo: str, pattern: str, note: str = "团队会议纪要", count: int = 2, extract: str = "md",
             commit: str = "") -> Source:
    """A team's own minutes or meeting records: 机密 (DESIGN rule 6)."""
    return Pinned(repo, pattern, extract, "机密", "meeting_minutes", "纪要", _INT, note, count, commit)


def _tech(repo: str, pattern: str, note: str, count: int = 2, kind: str = "技术资料", extract: str = "md",
          commit: str = "") -> Source:
    """Design, requirement, deployment and operations documents of a team's own system, an engineer's notes on
    the systems he runs: 机密 (DESIGN rule 5, 程序文件)."""
    return Pinned(repo, pattern, extract, "机密", "technical", kind, _INT, note, count, commit)


def _rules(repo: str, pattern: str, note: str, count: int = 1, kind: str = "制度办法", extract: str = "md",
           commit: str = "") -> Source:
    """A team's or company's own rules, in-house systems' manuals and FAQs, blank internal forms, routine work
    reports: 内部 (DESIGN rule 3)."""
    return Pinned(repo, pattern, extract, "内部", "internal", kind, _INT, note, count, commit)


def _public(repo: str, pattern: str, note: str, count: int = 3, kind: str = "法规规章", extract: str = "md",
            commit: str = "") -> Source:
    """Published material kept in a repository (laws, vendors' documents, articles): 公开 (DESIGN rule 2)."""
    return Pinned(repo, pattern, extract, "公开", "public", kind, _PUB, note, count, commit)


def _contract(repo: str, pattern: str, note: str, count: int = 1, extract: str = "html", category: str = "contracts",
              commit: str = "") -> Source:
    """A company's own contract or agreement form (parties, terms; blanks left): 秘密 by kind (DESIGN rule 4)."""
    return Pinned(repo, pattern, extract, "秘密", category, "合同协议", _DRAFT, note, count, commit)


def _servers(repo: str, pattern: str, extract: str, note: str) -> Source:
    """A server or equipment inventory without passwords (IP, configuration, purpose): 机密 (DESIGN rule 5)."""
    kind = "代码数据" if extract.startswith("sql") else "清单名册"
    return Pinned(repo, pattern, extract, "机密", "technical", kind, _INT, note, 1)


def _credentials(repo: str, pattern: str, extract: str, note: str, kind: str, commit: str = "") -> Source:
    """Accounts with their passwords, even shared defaults: 绝密 (DESIGN rule 5). Kept to a few; their texts are never
    committed."""
    return Pinned(repo, pattern, extract, "绝密", "admin_credentials", kind, _INT, note, 1, commit)


SOURCES = (
    # --- 绝密: business plans and commercialisation plans -----------------------------------------------------
    _plan("Hibiscus00/Shopro-AI", r"^docs/(prd/商业计划书|商业化)\.md$", "商业计划书/商业化方案", 2),
    _plan("Henley0216-rlme/Meltwatch", r"^docs/商业计划书\.md$", commit="7cb5ba86d640967bc25fa84fe140b679dcca3219"),
    _plan("shibit-net/xuanji", r"^商业计划书\.md$", commit="51dbef1dd27a4ed3ec16300fa3bfa81fea2b6a4f"),
    _plan("xiaobaotalks/ganfan", r"^docs/商业计划书\.md$", "商业计划书(种子轮融资)",
          commit="e9ca7157f0db1f8b51c213be2d5f9206d69274c4"),
    _plan("xusx1024/ai-berkshire", r"^docs/商业计划书\.md$", commit="73e103ddc1ecc3ada12629032dd690c9bc387cd6"),
    _plan("lizhemin15/AnyClaw", r"^docs/商业计划书\.md$", commit="69d1b8272e4493f5a212eca8e61238002e02c8e5"),
    _plan("hjdiandian1-ops/selfmedia-ops-center", r"^docs/商业计划书\.md$",
          commit="ba3e2546553e6ac6e657c16dc0dd028449e72d2b"),
    _plan("qiuqiukof-oss/qterm", r"^docs/BP\.md$", "商业计划书(融资用)", commit="09565310db12e763a5f7894a58da875d8f64668c"),
    # The guard rejects this one (its folder is dropped with it); kept here so the rejection stays logged.
    _plan("zillionare/best-practice-python", r"^pages/plan/(6|9)\.md$", "融资路演页(营收/成本)", 2,
          commit="985bbfd4a0edc14f7bdd95f0aa89e8bd646b0b11"),
    _plan("normojs/causis", r"^docs/商业模式\.md$", "商业模式/品牌规划", commit="a664448f1ef8ffb5d52dab8478fb3ac42996b61d"),
    _plan("Kirito14IT/StegaCam", r"^docs/BP\.md$", commit="3bcab9a941f075abc17e36a6828f27639ccf1e3a"),
    _plan("Evermore13Tay/rainbow-buddy", r"^商业计划书\.docx$", extract="docx",
          commit="d7a1f6d80c37d523176e08f2c19654fd1de8aace"),
    _plan("cowboy12321/IDC", r"^src/商业计划书\.docx$", extract="docx", commit="35adcc9737ff805ecfcb955d70f79315f24c54d9"),
    _plan("tntandkurumi/IT-task", r"^商业计划书\.docx$", "商业计划书(创业课程)", extract="docx",
          commit="283d3ae8f2f7d29986793d6f25a73b6679b2fd9a"),
    _plan("EldenPdx/Easy-ChatGPT", r"^商业计划书\.docx$", extract="docx", commit="98e2082f5e3d429aa791f46a93881e2d5049bf05"),
    _plan("XAXinAn/SpeedCalendar-server", r"^商业计划书\.docx$", extract="docx",
          commit="b6af08f0f40f30db83fb54ef776d1c3356401c1c"),
    _plan("XAW2901120081/3Dviewer", r"^商业计划书\.docx$", extract="docx", commit="1aec6481b365c5ebccac035caca23c6d77033d7e"),
    _plan("Hilvcha/one", r"^创业计划书\.docx$", "创业计划书(注明属商业机密)", extract="docx",
          commit="750e5f1708c75960d58f4d4cfee24058edf51f3f"),
    _plan("hilincheung999/MISdorm", r"^创业计划书\.docx$", "创业计划书", extract="docx",
          commit="54e4b7da69793c034f29a17bc80b4ac866c1ca87"),
    _plan("Killjat/AgentOps", r"^商业计划\.md$", "商业计划", commit="de60e6b1867d45164a73575946d57437c5076bb8"),
    _plan("haoyiyong985/image-knowledge-converter", r"^商业计划\.md$", "商业化方案",
          commit="a8be7de164cceae35ff87f9c8214e429b2ab5eb5"),
    _plan("Andrewrover-01/ZhinongXingxiang", r"^docs/business-plan\.md$", "创新大赛项目计划书(商业计划)",
          commit="9266e7886d584073ec52d2cb6caf5e37a77c696c"),
    _plan("ToTheDeepSpace/juzhanggui-mvp", r"^BP\.md$", "商业计划书(BP)", commit="84cebfb888275a4e15d8353bc1cdb2e6ff8fb3fa"),
    _plan("SsllF8/enterprise-rag-qa", r"^docs/Q2-OKR目标\.md$", "公司季度OKR(经营目标)", commit="95f663f69639c21b29c871369d615f21e4ebd015"),
    # --- 机密: minutes -----------------------------------------------------------------------------------------
    _minutes("SchoolPalCoder/xb-ui", r"^会议纪要\.md$", "开发团队会议纪要", commit="9b5e99ae17fd5eda7ffb54436ef1ae058d314239"),
    _minutes("lixinchen2015/Markdown", r"^会议纪要\.md$", "工程项目进度会议纪要",
             commit="d8ae842ade7ea29a081f0b020ddff31918f416db"),
    _minutes("HWT-CPU/automage-agent-customization", r"^docs/会议纪要\.md$", "公司项目开发规划会纪要",
             commit="cc1d2d5fd741519787a0d4eacdeee6bf7212fb42"),
    _minutes("athena0304/notebook", r"^会议纪要\.md$", "业务团队会议纪要(酒店业务规划)",
             commit="185ed8cb5e896a0975de2871b44eaf7faa00b3d5"),
    _minutes("CcQun/DaChuangManagementSystemSpring", r"^5\.\d+会议记录\.md$", "开发分工会议记录(接口)"),
    # --- 机密: design / deployment documents, engineers' notes on their company's systems ---------------------
    _tech("HWT-CPU/automage-agent-customization",
          r"MockSchema联调成果/(00_里程碑二数据库对齐总报告|01_数据库连接与基础信息核查|03_里程碑二主链路数据库支持度核查)\.md$",
          "数据库核查/联调报告"),
    _tech("Kyeuvin/Obsidian", r"^(BSP账单无法读取|SPA无出票权设置|UWing申请|IBE透传|代理商功能权限|前台快递费用不对)\.md$",
          "工程师维护笔记(公司业务系统)", 3),
    _tech("lizhemin15/AnyClaw", r"^docs/(LLM代理与账号池|宠物容器创建流程|云端编译说明|生产部署流程|技术架构设计)\.md$",
          "架构/部署文档", 2),
    _tech("HWT-CPU/automage-agent-customization", r"^(PRD/5\.9/AutoMage WebUI 数据中台 PRD|全栈/automage_data_console/架构与DAG/AutoMage-2)\.docx$",
          "PRD/组织架构变革方案(机密文档)", 2, extract="docx"),
    _tech("GoldenApple117/mrp-system", r"^docs/MES-开发计划\.md$", "制造执行系统开发计划", 1),
    _tech("athena0304/notebook", r"^hotel-common改造记录\.md$", "公司前端库改造记录", 1),
    _tech("MatthewHA233/solo-leveling-system", r"^docs/面向未来升级/.*\.md$", "产品设计文档", 1),
    _tech("caolufeng994/ai-customer-service", r"^docs/(AI架构设计|数据库设计)\.md$", "架构/数据库设计", 1),
    _tech("153922740-svg/xinhai-legal", r"^docs/ARCHITECTURE\.md$", "技术架构与实施规划(已定稿)", 1),
    _tech("hil6626/yl-ar-dgn_clean", r"^YL-monitor/docs/operations-manual\.md$", "运维手册", 1),
    _tech("JavaLittleBoy-Lzx/vue-big-screen-master", r"^docs/DEPLOYMENT\.md$", "大学平台部署文档(服务器配置)", 1),
    # Software projects' own plans (scope, architecture, schedule, team): project documents, 机密.
    _tech("htt-FAK/xiangmushu", r"^项目计划书\.md$", "软件项目计划书(架构/配置)", 1, kind="方案计划"),
    _tech("30CampusExpress/campus-express", r"^docs/项目计划书\.md$", "课程项目计划书", 1, kind="方案计划"),
    _tech("Link20150/delta-weapon-shop", r"^项目计划书\.md$", "小程序项目计划书", 1, kind="方案计划"),
    # A shop's database dump: the address book and order addresses of its customers (names, phones, addresses):
    # customer data, 机密 (DESIGN rule 5).
    Pinned("lcopilot/SmallProfitMall", r"^SmallProfitMall\.sql$", "sql:userAddress", "机密", "customers", "代码数据", _INT,
           "商城库: 用户收货地址表"),
    Pinned("lcopilot/SmallProfitMall", r"^SmallProfitMall\.sql$", "sql:orderAddress", "机密", "customers", "代码数据", _INT,
           "商城库: 订单地址表"),
    _tech("SsllF8/enterprise-rag-qa", r"^docs/产品技术方案\.md$", "产品技术方案", 1, commit="95f663f69639c21b29c871369d615f21e4ebd015"),
    _tech("asdfms1991-sudo/zhoushan-radar-system", r"^运维手册\.md$", "渔港雷达监控系统运维手册", 1,
          commit="73818f771e16a65378404e1207552a42f44a4d0f"),
    _tech("qianlingbo/zhoushan-anchorage-mio", r"^运维手册\.md$", "锚地看板运维手册", 1,
          commit="638605231aaece2080b9b8a9857deaf9ecbc0c2d"),
    Pinned("1533511302/ssm_maven_demo", r"/sql/customer\.sql$", "sql:customer", "机密", "customers", "代码数据", _INT,
           "CRM客户表SQL(联系人/电话/地址)"),
    # A lab's server list (addresses, hardware, no passwords): an inventory, 机密 (DESIGN rule 5).
    _tech("TangYuanqing/1207-server-docs", r"^docs/source/info\.rst$", "服务器IP与配置清单(无密码)", 1, kind="清单名册"),
    # --- 内部: team rules, in-house FAQs, work reports ---------------------------------------------------------
    _rules("JerryYuan3/ai-test", r"^智能客服QA\.md$", "门店收银系统客服问答(内部知识库)", kind="产品手册"),
    _rules("makevyc/notes", r"^日报\.md$", "工作日报", kind="工作报告"),
    _rules("chenzhiy2001/code-debug", r"^docs/周报/record_1/2024.*\.md$", "项目组工作周报", 2, kind="工作报告"),
    _rules("TicketingProject/doc", r"^UI规范\.md$", "团队UI规范"),
    _rules("153922740-svg/xinhai-legal", r"^docs/(代码规范|Bug 跟踪流程_V1\.0|DEV_MANAGEMENT)\.md$", "开发管理制度/流程", 2),
    _rules("GitHub-hsx/yimaotong", r"^docs/代码规范\.md$", "团队代码规范"),
    _rules("chitanda-xiaolu/crm", r"^docs/代码规范\.md$", "团队代码规范"),
    _rules("pengkuan/yzj-cloud", r"^docs/(Git规范|代码规范)\.md$", "团队Git/代码规范", 2),
    _rules("xinqiaosix/uwooz-admin", r"^docs/代码规范\.md$", "团队代码规范"),
    _rules("caolufeng994/ai-customer-service", r"^docs/(代码规范|开发流程规范)\.md$", "代码规范/开发流程规范", 2),
    _rules("LZY18829039855/AI_Transform", r"^周报\.md$", "内部统计系统项目周报(难例: 写系统结构)", kind="工作报告"),
    _rules("fanwei207/Julia", r"^HR/app_CheckReviewPower1?\.aspx$", "集团招聘/录用审批权限表", 2, extract="html"),
    _rules("fanwei207/Julia", r"^HR/app_newpage\.aspx$", "应聘登记表(空白)", kind="模板空白表", extract="html"),
    _rules("liuwenbin-web/kaoqin", r"^kaoqin/WebRoot/tiaoxiu\.jsp$", "请假单(空白)", kind="模板空白表", extract="html"),
    _rules("yukiya2077/QFNUCyberWiki", r"^src/Office/ExpenseReimbursement\.md$", "学院报账手册(内部流程)"),
    _rules("jvjvangwu/buss", r"^会议通知\.md$", "召开项目协调会的通知(DESIGN规则6)", kind="通知",
           commit="33d37b3d19d159fb15c70108af266835001a1f18"),
    _rules("wfc1199-code/dongfengpo", r"^docs/开发流程规范\.md$", "团队开发流程规范", commit="c0ba4c31b97444cf5b67e8ca258fe3a4f8052034"),
    _rules("SsllF8/enterprise-rag-qa", r"^docs/员工手册\.md$", "公司员工手册", commit="95f663f69639c21b29c871369d615f21e4ebd015"),
    _rules("shi8103312/training-platform", r"^docs/员工手册\.md$", "企业内部培训系统员工使用手册", kind="产品手册",
           commit="e194807df4fec97b2997c8fa5c329db284724aa3"),
    _rules("Brave-Cheng/iCunQian", r"/helpManual/templates/contentSuccess\.php$", "公司OA系统使用手册(内网地址)",
           kind="产品手册", extract="html"),
    # A data-security 制度 full of 绝密/机密 words (its own 分级 table): it prescribes practice, 内部 (rules 3 and 7).
    _rules("SsllF8/enterprise-rag-qa", r"^docs/数据安全管理制度\.md$", "数据安全管理制度(难例: 满是绝密/机密字样)", commit="95f663f69639c21b29c871369d615f21e4ebd015"),
    _rules("SsllF8/enterprise-rag-qa", r"^docs/面试评估标准\.md$", "面试评估标准", commit="95f663f69639c21b29c871369d615f21e4ebd015"),
    # --- 秘密: companies' own contract forms -----------------------------------------------------------------
    _contract("netterm/leishu", r"^src/views/contract/details/template\.vue$", "劳动合同(系统模板)", category="personnel"),
    _contract("13478168657/tpclub", r"^resources/views/introduction/tiaoli\.blade\.php$", "转介绍合伙人保密协议"),
    _contract("mingtaoLee/Mrlee", r"^src/views/admin/pages/employee/contract/contract-template/template\.js$",
              "就业见习协议书(系统模板)", category="personnel", commit="ae87b1525379c8476034aec56345848739fc287c"),
    _contract("chiuwingyan/house", r"/zuke/showhetong\.jsp$", "房屋租赁合同(系统模板)"),
    _contract("yushengDiDi/createPdfJava", r"^src/test/resources/templates/contract\.ftl$", "房屋出租委托代理协议"),
    _contract("zhaozhikang157/suanzao-live", r"^longlian-third/.*/thirdWechat/index\.jsp$", "微信增值服务合作协议"),
    _contract("qqshs/shs-ui", r"/PayeeAgreementUtil/agreement\.js$", "平台注册服务协议"),
    _contract("xudun/eia", r"^grails-app/views/exportContract/EPC_(DC|GH|JC|XZ)\.ftl$", "技术咨询合同(公司模板)", 2),
    _contract("zhaibinsprojects/eza_app", r"/WEB-INF/ftl/xiaoshou\d*\.ftl$", "销售合同(系统模板)", 2),
    _contract("WenYan1/ydlweb", r"^ydlweb/views/order/pdf[256]\.php$", "供货合作合同/销售合同/报关委托书", 2),
    _contract("huitouwang/hui", r"/marker/contract/loan_contract\.ftl$", "借款合同(系统模板)"),
    _contract("moutainhigh/ysd-server", r"/content/borrow/borrowAgreement[^/]*\.ftl$", "借款协议/借款合同", 2),
    _contract("leapv6/IPv6CloudPrint", r"/views/(joinProt|userProt)\.php$", "打印店加盟协议/用户注册协议", 2),
    _contract("ljqlove/stroe210", r"/home/ljq/Merchant\.blade\.php$", "商户入驻协议书"),
    _contract("flybird119/hz", r"^templates/dgt_prot\.tpl$", "产品销售代理协议"),
    _contract("mds1455975151/dayiwuliu", r"/billAgreement/agreement\.jsp$", "物流平台运输合同"),
    # A confidentiality agreement form full of 国家秘密/商业秘密 words: a contract, 秘密 (DESIGN rules 4 and 7).
    _contract("pp8625434/CardManager", r"/admin/conagreement/conagreement(Edit|Info)\.jsp$", "保密协议书(难例: 国家秘密字样)"),
    _contract("zhouzf007/creditlife", r"/templates/loan_contract\.ftl$", "个人消费额度借款合同",
              commit="6e049754ff4b745ec2ad0d68a98c2fec16d69735"),
    # A company's staff table with birthdays, phones and yearly salaries: a salary roster, 秘密 (工资薪酬). The guard
    # rejects it; kept here so the rejection stays logged (nothing of its folder is kept).
    Pinned("freestyletime/HumanResourceManagement", r"^HRMS/init_employee\.sql$", "text", "秘密", "compensation", "清单名册",
           _INT, "员工花名册(含薪资)SQL"),
    # --- 公开: published laws, vendors' documents, published articles ----------------------------------------
    _public("4thirteen2one/Know_Some_Laws", r"^[^/]*(规定|办法|解释（[一二三四]）)\.md$", "劳动法规/司法解释", 4),
    _public("FFMRyan/Chinese-Labor-Law", r"^中华人民共和国.*法\.md$", "劳动法律", 2),
    _public("lexcao1729/lvshu", r"^中华人民共和国.*\.md$", "法律/实施细则", 4),
    _public("SimonXinw/job", r"^统计局/.*统计公报[^/]*\.html$", "政府网站发布的统计公报", 3, kind="公告", extract="html"),
    _public("SimonXinw/job", r"^(公务员|教师)/.*\.docx$", "政府公告附件(考试大纲/职位表/名单)", 3, kind="公告", extract="docx"),
    _public("d1h1r1/Mercury_A1_docs", r"^(2-ProductFeature/2\.1-MachineSpecification|3-UserNotes/3\.[13]-[A-Za-z]+)\.md$",
            "厂商产品手册(中文版)", 2, kind="产品手册", commit="5a0efb02885fd22a55bd1d9e9a5f2710a9a96889"),
    _public("damogui/tal", r"/igirl/help/book/[a-z]+\.jsp$", "SaaS产品随附的帮助手册", 2, kind="产品手册", extract="html"),
    _public("DiamonWoo/Laosheng.top", r"^falv/duben/\d{4}-.*\.md$", "个人网站转载的法律", 2),
    _public("databufflabs/databuff", r"^docs/业界对比/vs-[a-z]+\.md$", "厂商产品文档(对比实测)", 3, kind="产品手册"),
    _public("hawkiiii/zhangbeihai_official", r"^(996是马云的福报不是你的福报|2025年还不到一半年度弱智词汇已经出现了)\.md$",
            "已发表的公众号文章", 2, kind="新闻"),
    _public("hawkiiii/zhangbeihai_official", r"^会议纪要\.md$", "已发表的公众号文章(难例: 标题为会议纪要)", 1, kind="新闻",
            commit="a068959ae5a7040aa98ff6c556593846ff6e1be4"),
    _public("jiangjinchao/jiangjinchao.github.io", r"^20(10|12|13|15)/[^/]*[\u4e00-\u9fff][^/]*\.html$", "已发表的技术论文", 2, kind="新闻",
            extract="html"),
)


def reused_sources(batch: str, sources: tuple[Pinned, ...]) -> bool:
    """True (and says which) when a source is already a source of another batch: each batch's sources are new."""
    with MANIFEST.open(encoding="utf-8") as handle:
        earlier = {row["repo"] for row in csv.DictReader(handle, delimiter="\t") if row.get("batch") != batch}
    if reused := sorted({source.repo for source in sources} & earlier):
        print(f"error: not new (already a source of another batch): {', '.join(reused)}", file=sys.stderr)
        return True
    return False


def main() -> int:
    args = corpus_args(__doc__)
    if reused_sources(BATCH, SOURCES):
        return 2
    return collect(BATCH, repo_candidates(args.mirrors, SOURCES, SEED), args.out)


if __name__ == "__main__":
    raise SystemExit(main())


def chinese_enough(rows: list[tuple[dict[str, str], str]], min_chinese: int,
                   sparse_kinds: tuple[str, ...]) -> list[tuple[dict[str, str], str]]:
    """Texts with enough Chinese to be a document; 绝密 documents, lists and SQL (`sparse_kinds`) may be terse."""
    return [(row, text) for row, text in rows
            if row["level"] == "绝密" or row["kind"] in sparse_kinds
            or len(re.findall(r"[\u4e00-\u9fff]", text)) >= min_chinese]


def run_repository_batch(batch: str, sources: tuple[Pinned, ...], seed: int, doc: str | None, *,
                         min_chinese: int = 300, sparse_kinds: tuple[str, ...] = ("代码数据", "清单名册")) -> int:
    """A repository batch's whole run (batches 7, 9, 11): refuse sources another batch has, read the candidates from
    the mirrors, keep documents with enough Chinese, then guard, dedupe and append (`collect_batch3.collect`)."""
    args = corpus_args(doc)
    if reused_sources(batch, sources):
        return 2
    return collect(batch, chinese_enough(repo_candidates(args.mirrors, sources, seed), min_chinese, sparse_kinds),
                   args.out)

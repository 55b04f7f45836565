"""Seventh batch of the real corpus: documents kept in public repositories that no earlier batch used.

The classifier misses its goals on sources it has never seen. Batch 6 (another collector) takes stored web pages;
this batch takes files from public repositories, one source group per repository, none of them in the manifest
yet: SQL dumps of customers and orders, server inventories with and without passwords, design, deployment and
operations documents, in-house systems' manuals, minutes and weekly reports kept in repositories, company and team
制度, contract and agreement forms, business plans, and published documents kept in repositories (laws, vendors'
and open-source projects' documentation, government documents). Labels follow DESIGN.md "Labelling real
documents".

Files are read from local git mirrors (`fetch` snapshots, `--mirrors`) chosen by path patterns, exactly like
batches 3 and 5 (`collect_batch3.repo_candidates`, each source with its own seed; batch 5's `Pinned` sources and
label helpers). Every candidate goes through the hold-out guard (GitHub blob address at the commit, and text); a
rejected document drops every other document of its folder (`collect_batch3.collect`, which also dedupes against
every other batch and within this one, writes the manifest and logs rejections to OUT/rejected.tsv). A document
needs at least `MIN_CHINESE` Chinese characters, except credential lists, SQL and inventories (`SPARSE_KINDS`).

Nothing here runs the classifier: half of this batch goes to a blind split.

Usage:  python tools/corpus/collect_batch7.py [--mirrors /work/.mirror] [--out /work/corpus/real]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from collect_batch5 import _INT, Pinned, _contract, _minutes, _plan, _public, _rules, _tech, run_repository_batch

SEED = 20261207
BATCH = "7"
MIN_CHINESE = 300
SPARSE_KINDS = ("代码数据", "清单名册")


def _secret(repo: str, pattern: str, note: str, count: int = 1, kind: str = "清单名册", extract: str = "md",
            commit: str = "") -> Pinned:
    """Server or account lists and configs that carry live passwords: credentials, 绝密 (DESIGN rule 5)."""
    return Pinned(repo, pattern, extract, "绝密", "admin_credentials", kind, _INT, note, count, commit)


def _customers(repo: str, pattern: str, extract: str, note: str, commit: str = "") -> Pinned:
    """SQL holding customers' or orders' data: 机密 (DESIGN rule 5, 客户名单)."""
    return Pinned(repo, pattern, extract, "机密", "customers", "代码数据", _INT, note, 1, commit)


SOURCES = (
    # --- 机密: design, requirement, deployment and operations documents of teams' own systems -----------------
    _tech("vspoptang/it-ticketing", r"^docs/(运维手册|需求追溯矩阵|验收测试报告|项目交接清单)\.md$",
          "制造企业IT工单系统 运维/需求/验收/交接文档", 3),
    _tech("zhangsan1989707/wwlocal-wework", r"^docs/(系统架构设计|运维手册|部署指南)\.md$", "政务微信数据审计平台 架构/运维/部署", 2),
    _tech("jackyan0118/contract", r"^docs/(E9Data/(UF_CRMKHKP|UF_HTJGGL|entity-summary)|运维手册)\.md$",
          "OA价格附件系统 数据字典/运维手册", 2),
    _tech("chengfei6840/gyyx", r"^docs/(需求规格说明书|智慧运维-清洗模块需求规格说明)\.md$", "智慧运营平台需求规格说明", 2),
    _tech("22570100410/nvocc-mailer", r"^docs/(部署文档|踩坑记录)\.md$", "货代邮件系统部署文档/问题记录", 2),
    _tech("17ovo17/FindXMonitoringCore", r"^docs/MAINTENANCE\.md$", "运维平台维护文档", 1),
    _tech("fc5207646-stack/YouNov", r"^work/frontend/infra/prod/README\.md$", "生产部署拓扑(内网地址,无密码)", 1),
    # The same site's go-live checklist gives the live admin login and its password: credentials, 绝密 (rule 5).
    _secret("fc5207646-stack/YouNov", r"^SERVER-CHECKLIST\.md$", "线上环境检查清单(含管理员账号密码)", kind="技术资料"),
    _tech("Jingkzhou/urgs", r"^docs/(business-requirements|executor_brd)\.md$", "监管报送系统业务需求说明书", 2),
    _tech("leila-wu/MyDocument", r"^禅道迁移\(windows_to_linux\)\.md$", "禅道服务器迁移记录(内网IP)", 1),
    _minutes("leila-wu/MyDocument", r"^会议纪要\.md$", "测试组UI自动化方案会议纪要", 1),
    # --- 内部: in-house systems' manuals, team rules ----------------------------------------------------------
    _rules("vspoptang/it-ticketing", r"^docs/用户操作手册\.md$", "制造企业IT工单系统用户操作手册(内部系统)", kind="产品手册"),
    _rules("zhangsan1989707/wwlocal-wework", r"^docs/用户操作手册\.md$", "政务微信数据审计平台用户操作手册(内部系统)",
           kind="产品手册"),
    _rules("Jingkzhou/urgs", r"^\.agent/coding_standards\.md$", "团队开发规范"),
    # --- 秘密: companies' own contract and agreement forms ----------------------------------------------------
    _contract("openfeibu/epay", r"^tos/userAgree\.php$", "软件技术服务协议(公司模板)"),
    _contract("openfeibu/epay", r"^user/WMF_LAW\.docx$", "技术服务协议附属承诺函(空白)", extract="docx"),
    _contract("danxiaobing/testapp", r"^unify_wms_erp/application/views/seal/(baoguan|kaobo)\.docx$",
              "仓储合同/码头通过合同(系统模板)", 2, extract="docx"),
    _contract("MYMMoonDT/anliantest", r"/form/step1/entrustAgreement\.jsp$", "检测委托协议书(空白表单, 难例)"),
    # --- 绝密: credential lists ------------------------------------------------------------------------------
    _secret("kelly-create/bot-skllis", r"^credentials/nodes\.md$", "节点凭证信息(SSH密码/令牌)"),
    _secret("kelly-create/bot-skllis", r"^CORE-MEMORY\.md$", "运维机器人核心记忆(含各节点root密码)", kind="技术资料"),
    # --- added in the second pass ----------------------------------------------------------------------------
    _tech("SentiSamoyed/ProcessDocumentation", r"^迭代三/其他文件/(需求规格说明文档|接口文档)\.md$", "课程团队需求规格/接口文档", 1),
    _minutes("SentiSamoyed/ProcessDocumentation", r"^迭代[二三]/会议记录/第.次会议-.*\.md$", "团队迭代会议记录", 2),
    _rules("SentiSamoyed/ProcessDocumentation", r"^迭代二/迭代二任务安排\.md$", "团队迭代任务安排", kind="方案计划"),
    _tech("HaoSehu/caiwu", r"^docs/参考资料/(后端/财务单据生成规则|运维/宝塔部署项目指南|数据库/本地IDC数据迁移流程)\.md$",
          "业务系统财务单据规则/部署/迁移文档(难例: 财务字样)", 2),
    _tech("23xxCh/Mirolaw", r"^docs/技术架构设计\.md$", "技术架构设计文档", 1),
    _plan("23xxCh/Mirolaw", r"^docs/商业模式设计\.md$", "商业模式设计"),
    # Its market analysis (TAM/SAM, competitors, no plan of its own): a business-analysis report, 机密 (as batch 4).
    Pinned("23xxCh/Mirolaw", r"^docs/市场分析报告\.md$", "md", "机密", "statistics", "工作报告", _INT, "市场分析报告(难例: 战略/市场字样)"),
    _tech("beihai6P/ITxitong", r"^(立项文档|数据库表结构设计|frontend/测试报告)\.md$", "企业IT运维系统立项/数据库设计/测试报告", 2),
    _rules("beihai6P/ITxitong", r"^开发规范\.md$", "项目开发规范"),
    _rules("Aluka-w/DevelopmentRules", r"^开发规范\.md$", "h5开发规范文档(试行)"),
    _rules("Datafruit/doc", r"^开发规范\.md$", "公司开发规范"),
    _rules("bigertech/doc", r"^(笔戈软件开发流程|Standard/数据库设计规范)\.md$", "公司软件开发流程/数据库设计规范", 2),
    _rules("131310118/videosharing-document", r"^开发规范\.md$", "团队开发规范"),
    _rules("pp031212/regurag", r"^docs/知识库文档接入规范\.md$", "知识库文档接入规范"),
    # A company's staff mailbox list with each person's password, phone and title: credentials, 绝密 (rule 5).
    _secret("Datafruit/doc", r"^公司邮箱\.csv$", "公司员工邮箱账号密码表(含手机号)", extract="text"),
    # Contract templates of a legal product's knowledge base: contract 范本, 秘密 (DESIGN rule 4).
    _contract("Jerry6663/legalflow", r"^knowledge_base/contracts/(买卖合同|保密协议|劳务合同)模板\.md$",
              "买卖/保密/劳务合同标准模板", 3, extract="md"),
    # Published laws copied into repositories: 公开 (DESIGN rule 2); one full of 国家秘密 words (rule 7).
    _public("matengda/notes", r"^中华人民共和国(保守国家秘密法|网络安全法)\.md$", "法律(难例: 保守国家秘密法)", 2),
    # Business plans written for investors or contests: 绝密 (DESIGN rule 1).
    _plan("NingMoe/doc-1", r"^商业计划书\.docx$", "商业计划书", extract="docx"),
    _tech("NingMoe/doc-1", r"^正念后期补充资料_20170818/(产品需求文档-超级分销v1\.2|会员金矿/会员金矿后台接口文档_李银)\.docx$",
          "公司产品需求文档/接口文档", 2, extract="docx"),
    _plan("alucard263096/BP", r"^(APP后端云1\.0商业计划书\(真格基金版\)|APP后端云2\.0概念计划书|bp3)\.docx$",
          "融资商业计划书(投资机构版)", 3, extract="docx"),
    _contract("alucard263096/BP", r"^创桥战略合作协议\.docx$", "战略合作协议", extract="docx"),
    _plan("zhouzilong2020/TJSPACE_2020", r"^docs/商业计划书/(商业计划书|商业计划书——风险评估与财务预测)\.docx$",
          "商业计划书/风险评估与财务预测", 2, extract="docx"),
    _tech("zhouzilong2020/TJSPACE_2020", r"^docs/数据库设计文档_ER_3NF/TJUSPACE_同济大学社群_数据库设计文档\(终\)\.docx$",
          "数据库设计文档", 1, extract="docx"),
    _plan("Xishuai666965/2023-spring-Aberdeen-5-library", r"^商业计划书\.docx$", "商业计划书(课程项目)", extract="docx"),

    # Published laws, regulations, rules, interpretations and standards on an environmental-law site: 公开.
    _public("Fungwingwaa/cee", r"^docs/posts/P[2-46]/[a-z0-9]+\.md$", "环保法规/规章/地方性法规/法律解释汇编站", 4),
    _public("Fungwingwaa/cee", r"^docs/posts/P8/.*/[a-z0-9]+\.md$", "环保标准规范(已发布)", 1, kind="标准规范"),
    # Documentation published with open-source projects (sites, FAQs, guides): vendors' manuals, 公开 (rule 2).
    _public("dromara/x-file-storage", r"^docs/(常见问题|基础功能)\.md$", "开源项目文档站", 2, kind="产品手册"),
    _public("HaujetZhao/CapsWriter-Offline", r"^docs/(常见问题|显卡加速的若干问题)\.md$", "开源软件使用文档", 2, kind="产品手册"),
    _public("campusappcn/Pan-Documentation", r"^docs/Components\.md$", "开源框架文档站", 1, kind="产品手册"),
    _public("90le/worker-rights-cn", r"^docs/(如何审查协议|如何准备劳动仲裁)\.md$", "开源工具公开指南(难例: 协议/仲裁字样)", 2,
            kind="产品手册"),
    _public("NoneDay/CellReport", r"^docs/zh/guide/(README|function)\.md$", "开源报表工具文档站", 2, kind="产品手册"),
    _public("KevinZhang19870314/v-formly", r"^docs/zh/guide/meta\.md$", "开源组件文档站", 1, kind="产品手册"),
    _public("Quan666/ELF_RSS", r"^docs/(部署教程|2\.0 使用教程)\.md$", "开源机器人部署/使用教程", 2, kind="产品手册"),
    _rules("yxy20050710/ai-knowledge-system", r"^员工手册\.docx$", "公司员工手册(知识库样例文档)", extract="docx"),

    # Contracts: a software development contract, an EPC contract naming a real company, a public-housing
    # authority's lease forms: 秘密 by kind (DESIGN rule 4); a construction project's site daily report: 内部.
    _contract("chousinbin/SoftwareProcessManagement", r"^合同\.docx$", "软件开发合同", extract="docx"),
    _tech("chousinbin/SoftwareProcessManagement", r"^软件项目管理计划书_.*\.docx$", "软件项目管理计划书", 1, kind="方案计划",
          extract="docx"),
    _contract("dkh1234/nanjing-intelligent-construction-project", r"^合同2?\.docx$", "水泥熟料/建材生产线EPC总承包合同",
              2, extract="docx"),
    _rules("dkh1234/nanjing-intelligent-construction-project", r"^日报预测/data/daily/P001/2025-06-0\d\.txt$",
           "施工项目部施工日报", kind="工作报告", extract="text"),
    _rules("dkh1234/nanjing-intelligent-construction-project", r"^github上传于下载操作文档/GitHub协作操作指南\.md$",
           "项目组GitHub协作操作规程"),
    _contract("stevenbluesky/rent", r"^src/main/java/com/rent/common/utils/contract1?\.ftl$", "公共住房实物配租合同/补充协议(系统模板)",
              2, category="contracts"),

    # A student association's papers: its business plan (绝密), member roster with student numbers (秘密), its
    # charter and a request to hold an event (内部).
    _plan("Yimu0513/AcademicTrash.ing", r"^创业计划书\.docx$", "创业计划书", extract="docx"),
    Pinned("Yimu0513/AcademicTrash.ing", r"^shelludo/社团年审/佐证材料/2023浙江传媒学院信息安全协会成员信息汇总\.docx$", "docx", "秘密",
           "personnel", "清单名册", _INT, "社团成员信息汇总(学号)"),
    _rules("Yimu0513/AcademicTrash.ing", r"^shelludo/社团年审/佐证材料/浙江传媒学院信息安全协会章程\.docx$", "社团章程", extract="docx"),
    _rules("Yimu0513/AcademicTrash.ing", r"^shelludo/网络安全周活动/.*活动相关请示\.docx$", "关于举办宣传周活动的请示", kind="方案计划",
           extract="docx"),
    _tech("Ici17/Crush-Xiangjian", r"^(PRD|perfume-price-audit-deploy_20260806)\.md$", "产品需求文档/价格审计与部署修复记录", 2),

    _public("Rbb666/rt-spark-website", r"^docs/快速开始\.md$", "开发板厂商快速开始文档", 1, kind="产品手册"),
    _public("GSManagerXZ/GameServerManager", r"^docs/(EasyTier插件使用说明|TAR漏洞安全评估报告)\.md$",
            "开源项目公开文档(难例: 漏洞安全评估)", 2, kind="产品手册"),
    _public("Hoshinonyaruko/Gensokyo-llm", r"^docs/初阶-简单接入机器人\.md$", "开源项目教程", 1, kind="产品手册"),
    _public("DarkiT/cron", r"^CONTRIBUTING\.md$", "开源项目贡献指南", 1, kind="产品手册"),
    _public("HoshinoSuzumi/chronoframe", r"^docs/zh/guide/configuration\.md$", "开源项目文档站", 1, kind="产品手册"),
    _public("InhiblabCore/vue-hooks-plus", r"^docs/zh/hooks/useRequest/basic\.md$", "开源组件库文档站", 1, kind="产品手册"),
    # A public bot's user agreement and notes, published to every user: 公开 (published terms, as the batch-4/5 audit ruled).
    _public("SaucePlum/small-bot-docs", r"^docs/快速开始/04\.使用须知\.md$", "公开机器人用户协议/使用须知(难例: 协议字样)", 1,
            kind="产品手册"),

    # A logistics platform's database dump: its users (names, phones, e-mail, password hashes) and orders: customer
    # data, 机密 (DESIGN rule 5; hashes are not password values).
    _customers("QinHaoting/pzh", r"^src/main/java/com/pzh/sql/pzh_db\.sql$", "sql:tbl_user", "物流平台库: 用户表(姓名/手机/邮箱)"),
    _customers("QinHaoting/pzh", r"^src/main/java/com/pzh/sql/pzh_db\.sql$", "sql:tbl_order", "物流平台库: 订单表"),
    _tech("mikemikemao/document", r"^experience/瑞芯微平台安卓音频驱动开发\.docx$", "工程师平台驱动开发笔记", 1, extract="docx"),
    _tech("CHEN814/Guideflow", r"^docs/(华为云部署指南|运维手册|需求分析及设计思路)\.md$", "专病问答系统部署/运维/需求文档", 2),
    _rules("nicuRichard/cbfy_oa", r"^考勤制度\.md$", "考勤管理制度(试运行)"),
    _rules("YaoLilin/weaver-e9-dev-knowledge", r"^开发规范\.md$", "OA二次开发团队开发规范"),

    # Credential notes: a developer's password vault page (servers, panels, GitLab), a site's production memo with its
    # users' passwords (removed later, pinned), a CRM's database/Redis/MinIO connection sheet: 绝密 (DESIGN rule 5).
    _secret("laijingwei/docsify-notebook", r"^notes/laijw/password\.md$", "个人密码库(服务器/面板/GitLab)",
            commit="47ec5c441bdf112d5223f61acd567b91d3e0d4f9"),
    _secret("xufengmyart/lingzhiapp", r"^docs/PRODUCTION-ENVIRONMENT-MEMORY\.md$", "生产环境记忆文档(含用户密码)", kind="技术资料",
            commit="507266b6f4d40ead537a297cf50da921783b338b"),
    _secret("xx2468171796/Crmall", r"^skills/db-operations/references/connections\.md$", "CRM数据库/Redis/MinIO连接信息(含密码/密钥)"),

    # Labs' server sheets: addresses with the BMC's admin/admin login, a GPU server with its account and password:
    # credentials even when they look like defaults, 绝密 (DESIGN rule 5).
    _secret("xinming365/The-Connection-in-Group", r"^服务器信息\.md$", "课题组服务器IP/管理口(默认账号密码)", kind="技术资料"),
    _secret("YichuanAlex/ECNU-server", r"^服务器列表\.md$", "实验室GPU服务器使用说明(含账号密码)", kind="技术资料"),
    # A published article on how to write minutes, copied into a notes repository: 公开 (rule 7, as batch 4).
    _public("zhongkailv/career", r"^会议纪要\.md$", "已发表文章: 会议纪要写法(难例: 标题为会议纪要)", 1, kind="新闻"),

    # Purchase contract forms (a company's blank form; a university's switch purchase contract template): 秘密.
    _contract("KKKKKian/dlptest", r"^采购合同\.docx$", "采购合同(空白表单)", extract="docx"),
    _contract("ansatzX/agent_UI_demo", r"^合同模板\.docx$", "高校设备采购合同模板", extract="docx"),
    # Teams' meeting records: minutes, 机密 (DESIGN rule 6).
    _minutes("incomparableTJU/24Team", r"^会议记录\.docx$", "项目组会议记录", 1, extract="docx"),
    _tech("incomparableTJU/24Team", r"^需求规格说明书\.docx$", "需求规格说明书", 1, extract="docx"),
    _minutes("WuXunjin/ZJLABGPT", r"^会议记录\.docx$", "研发组技术讨论会议记录", 1, extract="docx"),
    _minutes("HappyTree-Deadline/documents", r"^会议记录\.docx$", "开发小组会议记录", 1, extract="docx"),

    _rules("HaoSehu/caiwu", r"^docs/参考资料/接口/API格式规范\.md$", "团队API格式规范"),
    # Titled 开发规范 but mostly the project's module layout and table designs: a design document, 机密 (难例).
    _tech("Gravitation-CoolTeam/alumni", r"^开发规范\.md$", "校友平台开发规范(实为模块/数据表设计, 难例)", 1),

    # Pay sheets and rosters kept as spreadsheets (`xlsx`): a listed data-centre company's 工资条 template, two pay
    # tables, a company's 员工花名册 with ID numbers, a mobile operator's staff contact sheet, a staff sheet with pay
    # and ID numbers, a class roster: 工资薪酬 / 人事 lists, 秘密.
    Pinned("tidaybreak/send_wage_mail", r"^工资表\.xlsx$", "xlsx", "秘密", "compensation", "清单名册", _INT, "公司工资条邮件模板(工资明细表头)"),
    Pinned("xnp2020/lufeixuecheng", r"^工资表\.xlsx$", "xlsx", "秘密", "compensation", "清单名册", _INT, "工资表(示例数据)"),
    Pinned("Triment/exeo-dev", r"^工资生成\.xlsx$", "xlsx", "秘密", "compensation", "清单名册", _INT, "员工工资明细(基本/绩效/个税/社保)"),
    Pinned("YJH-JianHui/roster", r"^花名册\.xlsx$", "xlsx", "秘密", "personnel", "清单名册", _INT, "公司员工花名册(含身份证号)"),
    Pinned("dayanjing84/call", r"^员工信息表\.xlsx$", "xlsx", "秘密", "personnel", "清单名册", _INT, "运营商政企部员工信息表(手机/邮箱)"),
    Pinned("Fatflower/AI_learn", r"^员工信息表\.xlsx$", "xlsx", "秘密", "personnel", "清单名册", _INT, "员工信息表(工资/身份证号)"),
    Pinned("icewolf-li/RosterManagementTool", r"^花名册\.xlsx$", "xlsx", "秘密", "personnel", "清单名册", _INT, "班级花名册(学号)"),

    _public("976853694/dns-docs", r"^docs/zh/(guide/index|api/open)\.md$", "DNS服务产品文档中心/开放API文档", 2, kind="产品手册"),
    _public("Mcszl/ssldoc", r"^docs/zh/guide/routing\.md$", "开源站点生成器中文文档", 1, kind="产品手册"),
    _public("Barry-Flynn/BFUI-docs", r"^docs/zh/guide/README\.md$", "开源组件库文档站", 1, kind="产品手册"),
    _public("ChanIok/SpinningMomo", r"^docs/(about/legal|v0/zh/guide/features)\.md$", "开源软件文档(含法律与隐私声明, 难例)", 2,
            kind="产品手册"),

    # Privacy policies a site, a game server and a mini-program publish to every user (个人信息/保密 words
    # throughout): published terms, 公开 (rules 2 and 7).
    _public("WebStationSite/help.webstation.cn", r"^docs/隐私政策\.md$", "网站公开的隐私政策(难例: 个人信息/保密字样)", 1,
            kind="产品手册"),
    _public("yvmouX/mcark-wiki", r"^docs/隐私政策\.md$", "游戏服务器公开的隐私政策", 1, kind="产品手册"),
    _public("GitOfUser/youyinda-print", r"^docs/隐私政策\.md$", "小程序公开的隐私政策", 1, kind="产品手册"),

)


def main() -> int:
    return run_repository_batch(BATCH, SOURCES, SEED, __doc__, min_chinese=MIN_CHINESE, sparse_kinds=SPARSE_KINDS)


if __name__ == "__main__":
    raise SystemExit(main())

"""Chinese company documents built in code, for the content-fingerprint tests and bench.

Each builder returns paragraphs and an optional table (first row = header row), the shape
`tests.builders.make_docx` takes. `contract(...)` is one template: two calls with different
parties, amounts and dates are the "two contracts from one template" that must not match.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Draft:
    name: str
    paragraphs: list[str]
    table: list[list[str]] | None = None
    after: list[str] = field(default_factory=list)

    @property
    def text(self) -> str:
        rows = ["\t".join(row) for row in self.table or []]
        return "\n".join([*self.paragraphs, *rows, *self.after])


@dataclass(frozen=True)
class Parties:
    buyer: str
    buyer_address: str
    buyer_person: str
    seller: str
    seller_address: str
    seller_person: str
    number: str
    signed: str
    delivery: str
    bank: str
    account: str
    goods: list[tuple[str, str, int, float]]  # name, spec, quantity, unit price
    penalty: str
    warranty: str
    city: str


def contract(p: Parties) -> Draft:
    total = sum(q * price for _, _, q, price in p.goods)
    table = [["序号", "货物名称", "规格型号", "数量", "单价（元）", "金额（元）"]]
    for number, (name, spec, quantity, price) in enumerate(p.goods, start=1):
        table.append([str(number), name, spec, str(quantity), f"{price:,.2f}", f"{quantity * price:,.2f}"])
    table.append(["", "合计", "", "", "", f"{total:,.2f}"])
    paragraphs = [
        "设备采购合同",
        f"合同编号：{p.number}",
        f"甲方（买方）：{p.buyer}",
        f"住所：{p.buyer_address}",
        f"法定代表人：{p.buyer_person}",
        f"乙方（卖方）：{p.seller}",
        f"住所：{p.seller_address}",
        f"法定代表人：{p.seller_person}",
        "根据《中华人民共和国民法典》及相关法律法规的规定，甲乙双方在平等、自愿、公平、诚实信用的基础上，"
        "经友好协商，就甲方向乙方采购设备事宜达成一致，订立本合同，以资共同遵守。",
        "第一条 合同标的",
        "乙方向甲方提供下列货物，货物的名称、规格型号、数量、单价及金额如下表所示：",
    ]
    after = [
        f"合同总价款为人民币{total:,.2f}元，该价款已包含货物价款、包装费、运输费、保险费、装卸费、安装调试费、"
        "技术培训费及全部税费，除本合同另有约定外，甲方无需向乙方支付其他任何费用。",
        "第二条 质量要求",
        "乙方保证所提供的货物是全新的、未使用过的合格产品，符合国家标准、行业标准及本合同约定的技术要求，"
        "并附有产品合格证、质量检验报告及使用说明书。货物的质量如不符合约定，甲方有权拒收。",
        "第三条 交货时间、地点和方式",
        f"乙方应于{p.delivery}前将全部货物运至甲方指定地点{p.city}，并负责卸货。交货时双方应共同清点，"
        "并由甲方指定人员签收。货物毁损、灭失的风险自交付并签收之日起转移至甲方。",
        "第四条 验收",
        "甲方应在货物到达后十个工作日内组织验收。验收合格的，甲方出具书面验收单；验收不合格的，"
        "乙方应在接到甲方通知之日起七日内免费更换或修理，由此产生的费用由乙方承担。",
        "第五条 付款方式",
        "合同签订后十个工作日内，甲方向乙方支付合同总价款的百分之三十作为预付款；货物验收合格后，"
        "甲方支付至合同总价款的百分之九十五；剩余百分之五作为质量保证金，在质保期满且无质量问题后一次付清。",
        f"乙方收款账户：开户银行{p.bank}，账号{p.account}。乙方在每次收款前应向甲方开具合法有效的增值税专用发票。",
        "第六条 质量保证",
        f"货物的质量保证期为验收合格之日起{p.warranty}。质保期内货物出现质量问题的，乙方应在接到通知后"
        "二十四小时内响应，四十八小时内到达现场并予以排除，因此产生的费用由乙方承担。",
        "第七条 知识产权与保密",
        "乙方保证甲方在使用货物时不会侵犯任何第三方的专利权、商标权、著作权等知识产权。双方对在履行本合同过程中"
        "知悉的对方商业秘密负有保密义务，未经对方书面同意，不得向任何第三方披露，本条规定在合同终止后继续有效。",
        "第八条 违约责任",
        f"乙方逾期交货的，每逾期一日，应按合同总价款的{p.penalty}向甲方支付违约金；逾期超过三十日的，甲方有权"
        f"解除合同。甲方逾期付款的，每逾期一日，应按逾期金额的{p.penalty}向乙方支付违约金。",
        "第九条 不可抗力",
        "因不可抗力导致一方不能履行合同的，应在不可抗力发生后及时通知对方，并在十五日内提供相关证明。"
        "不可抗力影响消除后，双方应继续履行合同。",
        "第十条 争议解决",
        f"因本合同引起的或与本合同有关的任何争议，双方应友好协商解决；协商不成的，任何一方均可向{p.city}有管辖权的"
        "人民法院提起诉讼。",
        "第十一条 其他",
        "本合同自双方法定代表人或授权代表签字并加盖公章之日起生效。本合同一式四份，甲乙双方各执两份，具有同等法律效力。"
        "本合同未尽事宜，双方可另行签订补充协议，补充协议与本合同具有同等法律效力。",
        f"甲方（盖章）：{p.buyer}    乙方（盖章）：{p.seller}",
        f"签订日期：{p.signed}",
    ]
    return Draft("contract", paragraphs, table, after)


CONTRACT_A = Parties(
    buyer="华东精密制造股份有限公司",
    buyer_address="上海市浦东新区张江路1288号",
    buyer_person="王建国",
    seller="苏州恒信自动化设备有限公司",
    seller_address="苏州工业园区星湖街218号",
    seller_person="李志强",
    number="HDJM-CG-2026-0137",
    signed="2026年3月18日",
    delivery="2026年5月31日",
    bank="中国工商银行苏州园区支行",
    account="1102 0211 0900 3366 718",
    goods=[
        ("数控加工中心", "VMC-850B", 4, 486000.0),
        ("三坐标测量机", "CMM-7106", 1, 1280000.0),
        ("工业机器人", "IRB-2600/20", 6, 235000.0),
    ],
    penalty="千分之三",
    warranty="二十四个月",
    city="上海市浦东新区",
)
CONTRACT_B = Parties(
    buyer="西南能源装备集团有限公司",
    buyer_address="成都市高新区天府大道北段966号",
    buyer_person="陈卫东",
    seller="无锡博远智能科技有限公司",
    seller_address="无锡市新吴区长江路7号",
    seller_person="周海峰",
    number="XNNY-ZB-2025-0921",
    signed="2025年11月6日",
    delivery="2026年1月15日",
    bank="中国建设银行无锡新区支行",
    account="3205 0161 6360 0000 2291",
    goods=[
        ("激光切割机", "LC-3015F", 2, 615000.0),
        ("折弯机", "PBH-110/3100", 3, 298000.0),
        ("焊接机器人工作站", "RW-1800", 5, 342000.0),
    ],
    penalty="千分之五",
    warranty="十八个月",
    city="成都市高新区",
)


def salary_table(department: str, month: str, people: list[tuple[str, str, int, int, int]]) -> Draft:
    table = [["工号", "姓名", "岗位", "基本工资", "绩效奖金", "津贴补贴", "社保个人部分", "实发工资"]]
    for number, (name, post, base, bonus, allowance) in enumerate(people, start=1):
        social = round(base * 0.105)
        table.append(
            [
                f"E{10230 + number * 7}",
                name,
                post,
                str(base),
                str(bonus),
                str(allowance),
                str(social),
                str(base + bonus + allowance - social),
            ]
        )
    paragraphs = [
        f"{department}{month}工资发放明细表",
        "编制单位：人力资源部    单位：元",
        "说明：本表依据公司薪酬管理制度及本月考勤、绩效考核结果编制，经部门负责人、人力资源部及财务部审核后发放。"
        "个人所得税由公司代扣代缴，明细另见个税申报表。本表涉及员工个人信息，仅限薪酬管理相关人员查阅。",
    ]
    after = ["制表人：赵敏    审核人：孙立军    批准人：王建国", f"编制日期：{month}25日"]
    return Draft("salary", paragraphs, table, after)


SALARY_PEOPLE = [
    ("张伟", "研发工程师", 18500, 4200, 800),
    ("王芳", "高级工程师", 24800, 6100, 1200),
    ("李娜", "测试工程师", 14200, 2600, 600),
    ("刘洋", "产品经理", 22600, 5400, 1000),
    ("陈静", "架构师", 31500, 8800, 1500),
    ("杨帆", "前端工程师", 16800, 3100, 700),
    ("赵磊", "运维工程师", 15300, 2800, 650),
    ("黄丽", "数据分析师", 19600, 3900, 800),
    ("周杰", "研发经理", 35200, 9600, 2000),
    ("吴敏", "助理工程师", 9800, 1500, 400),
    ("徐强", "硬件工程师", 20400, 4300, 900),
    ("孙婷", "算法工程师", 28900, 7200, 1200),
]
SALARY_PEOPLE_2 = [
    ("马超", "销售代表", 9200, 6800, 500),
    ("朱琳", "销售经理", 19800, 15200, 1200),
    ("胡斌", "大客户经理", 23500, 18600, 1500),
    ("郭佳", "销售助理", 7600, 2100, 300),
    ("何涛", "区域经理", 26800, 21400, 1800),
    ("林晓", "渠道专员", 11200, 7300, 600),
    ("高峰", "销售代表", 9600, 5900, 500),
    ("罗敏", "售前工程师", 17400, 6200, 900),
]


def minutes(date: str, chair: str, topics: list[tuple[str, str]]) -> Draft:
    paragraphs = [
        "总经理办公会会议纪要",
        f"会议时间：{date}上午九时",
        "会议地点：公司总部三楼第一会议室",
        f"主持人：{chair}    记录人：李明",
        "出席人员：公司领导班子成员、各部门负责人；列席人员：审计部、法务部相关人员。",
        f"{date}，{chair}主持召开总经理办公会，听取有关部门工作汇报，研究部署下一阶段重点工作。现将会议议定事项纪要如下：",
    ]
    for number, (title, body) in enumerate(topics, start=1):
        paragraphs.append(f"{'一二三四五六七八九十'[number - 1]}、{title}")
        paragraphs.append(body)
    paragraphs += [
        "会议要求，各责任部门要按照会议确定的分工和时间节点抓好落实，重大事项及时向公司领导报告。",
        "总经理办公室",
        date,
    ]
    return Draft("minutes", paragraphs)


MINUTES_TOPICS = [
    (
        "关于第二季度经营计划",
        "会议听取了计划财务部关于第二季度经营计划的汇报。会议认为，一季度公司实现营业收入四点二亿元，"
        "完成年度预算的百分之二十三，但毛利率同比下降一点八个百分点。会议要求，二季度要加快华东市场布局，"
        "确保营业收入不低于四点八亿元，市场部牵头于五月底前提交华东区域拓展方案。",
    ),
    (
        "关于苏州工厂技术改造项目",
        "会议原则同意苏州工厂二号车间技术改造项目，总投资控制在三千六百万元以内，"
        "资金来源为自有资金。由生产运营部负责组织实施，采购部按公司招标管理办法开展设备招标，项目须于九月底前投产。",
    ),
    (
        "关于收购杭州云启科技有限公司的初步方案",
        "会议听取了战略投资部关于收购杭州云启科技有限公司百分之五十一股权的初步方案。"
        "会议认为，标的公司在工业软件领域具有一定技术积累，与公司数字化转型方向契合。会议要求，战略投资部聘请中介机构开展尽职调查，"
        "估值区间暂按一点二亿元至一点五亿元控制，相关信息严格保密，知悉范围限于本次会议出席人员。",
    ),
    (
        "关于干部调整事项",
        "会议研究了部分中层干部调整事项，同意张伟同志任研发中心副主任，王芳同志任质量管理部部长，"
        "人力资源部按程序办理任职手续。",
    ),
]
MINUTES_TOPICS_2 = [
    (
        "关于安全生产大检查",
        "会议听取了安全环保部关于节前安全生产大检查情况的汇报。检查共发现隐患四十七项，已整改四十一项。"
        "会议要求，剩余六项隐患须于本月底前整改完毕，安全环保部要建立隐患整改台账，实行销号管理。",
    ),
    (
        "关于员工食堂改造",
        "会议同意对总部员工食堂进行改造，预算不超过一百二十万元，由行政部负责组织实施，"
        "改造期间通过周边餐饮合作保障员工就餐。",
    ),
    (
        "关于年度培训计划",
        "会议审议通过了人力资源部提交的年度培训计划，全年安排各类培训八十六期，培训费用预算三百四十万元。"
        "会议要求，培训要突出实效，重点加强一线班组长和新入职员工的培训。",
    ),
]


def strategy_plan() -> Draft:
    paragraphs = [
        "某某公司2026—2030年发展战略规划（征求意见稿）",
        "一、发展基础与形势研判",
        "“十四五”以来，公司坚持创新驱动和市场导向，营业收入由二〇二〇年的十一点六亿元增长至二〇二五年的十九点八亿元，"
        "年均增长百分之十一点三；研发投入占营业收入比重保持在百分之六以上，累计获得授权发明专利一百二十七项。"
        "同时也要看到，公司产品结构仍以中低端为主，海外收入占比不足百分之十，核心零部件对外依存度较高。",
        "从外部环境看，制造业智能化、绿色化转型加速推进，国内市场竞争日趋激烈，主要竞争对手正通过并购整合扩大规模，"
        "行业集中度持续提升。原材料价格波动和国际贸易摩擦仍将长期存在。",
        "二、总体思路与发展目标",
        "坚持“做强主业、拓展海外、数字赋能”的总体思路，到二〇三〇年，力争实现营业收入四十亿元，净利润率提升至百分之十二，"
        "海外收入占比达到百分之二十五，成为国内工业自动化装备领域前三强企业。",
        "三、重点任务",
        "（一）聚焦高端产品。集中资源发展高精度数控系统和协作机器人两大产品线，五年内推出新一代产品十二款，"
        "高端产品收入占比由百分之十八提高到百分之四十。",
        "（二）实施并购扩张。围绕产业链关键环节，择机收购一至两家在伺服电机、减速器领域具有核心技术的企业，"
        "并购预算总额控制在十五亿元以内，优先考虑长三角和珠三角地区标的。",
        "（三）开拓海外市场。以东南亚、中东为重点，在越南设立生产基地，在迪拜设立区域销售中心，"
        "二〇二七年前完成欧盟认证体系建设。",
        "（四）推进数字化转型。建设覆盖研发、生产、供应链和营销的一体化数字平台，实现关键工序数控化率百分之九十以上。",
        "四、保障措施",
        "完善战略管控体系，将规划目标分解到年度经营计划和各单位绩效考核；设立战略发展专项资金，每年安排不低于五亿元；"
        "实施核心人才股权激励计划，激励对象不超过二百人。",
    ]
    table = [
        ["指标", "2025年实际", "2028年目标", "2030年目标"],
        ["营业收入（亿元）", "19.8", "29.5", "40.0"],
        ["净利润率（%）", "8.6", "10.5", "12.0"],
        ["海外收入占比（%）", "9.4", "18.0", "25.0"],
        ["研发投入强度（%）", "6.2", "7.0", "8.0"],
    ]
    return Draft("strategy", paragraphs, table)


def marketing_plan() -> Draft:
    """Another plan of the same kind, unrelated to `strategy_plan`."""
    paragraphs = [
        "2026年度市场营销工作方案",
        "一、工作目标",
        "全年实现销售合同额二十六亿元，同比增长百分之十五；新增战略客户三十家，客户满意度达到百分之九十二以上；"
        "品牌知名度在重点行业客户中提升十个百分点。",
        "二、市场分析",
        "汽车零部件、新能源电池和三C电子行业仍是公司产品的主要应用领域，其中新能源电池行业扩产放缓，"
        "但储能和海外建厂需求旺盛；汽车零部件行业客户对交付周期和售后响应提出了更高要求。",
        "三、主要措施",
        "（一）优化营销网络。在华南、西南新设两个办事处，推行大客户经理负责制，每位大客户经理负责不超过八家重点客户。",
        "（二）加强品牌推广。参加国内外重要展会六次，举办用户技术交流会十二场，持续做好行业媒体和新媒体宣传。",
        "（三）完善价格体系。建立以客户价值为导向的定价机制，严格执行价格审批权限，年度平均折扣率控制在百分之八以内。",
        "（四）强化回款管理。将回款指标纳入销售人员考核，逾期应收账款超过九十天的客户暂停发货，年末应收账款周转天数不超过七十五天。",
        "四、考核与激励",
        "销售人员薪酬实行基本工资加提成制度，提成比例根据产品毛利率分档确定；对完成年度目标的团队给予专项奖励。",
    ]
    return Draft("plan", paragraphs)


ALL = {
    "工资表": salary_table("研发中心", "2026年3月", SALARY_PEOPLE),
    "合同A": contract(CONTRACT_A),
    "纪要": minutes("2026年4月8日", "王建国", MINUTES_TOPICS),
    "战略规划": strategy_plan(),
}
UNRELATED_SAME_KIND = {
    "工资表": salary_table("销售中心", "2026年2月", SALARY_PEOPLE_2),
    "合同A": contract(CONTRACT_B),
    "纪要": minutes("2026年1月20日", "陈卫东", MINUTES_TOPICS_2),
    "战略规划": marketing_plan(),
}

_BLANK = "＿＿＿＿"
# The blank forms the documents above were filled from: text that is nobody's secret.
BLANK_TEMPLATES = {
    "工资表": salary_table(_BLANK, _BLANK, []),
    "合同A": contract(
        Parties(*[_BLANK] * 11, goods=[(_BLANK, _BLANK, 0, 0.0)], penalty=_BLANK, warranty=_BLANK, city=_BLANK)
    ),
    "纪要": minutes(_BLANK, _BLANK, []),
}

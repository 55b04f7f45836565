#!/usr/bin/env python3
"""Generate the Miji training corpus: classifiers/corpus/train.jsonl.

Every document is composed from hand-written fragments (sentences, clause variants, names,
figures) by several templates per category, with a per-document random generator derived from
one seed, so the output is deterministic: running this script rewrites train.jsonl byte for byte.

All companies, people, products, ID numbers, bank accounts and passwords are fictional and
generated here. Resident ID numbers carry valid GB 11643 check digits; bank card numbers pass
Luhn; neither belongs to anyone.

Labels follow what a document IS, not the words it mentions: published material is 公开, a
制度/办法 about a sensitive topic is 内部, a company's own draft contract is 秘密, and so on.

Usage:  python make_train.py [--out PATH] [--seed S]
"""

from __future__ import annotations

import argparse
import json
import pathlib
import random

SEED = 20240917
HERE = pathlib.Path(__file__).resolve().parent
OUT = HERE.parents[1] / "classifiers" / "corpus" / "train.jsonl"

LEVEL_OF = {
    "strategy": "绝密", "bid": "绝密", "admin_credentials": "绝密", "price_change": "绝密",
    "financial": "机密", "statistics": "机密", "meeting_minutes": "机密", "technical": "机密",
    "customers": "机密", "suppliers": "机密",
    "personnel": "秘密", "compensation": "秘密", "contracts": "秘密",
    "internal": "内部", "public": "公开",
}

# ---------------------------------------------------------------------------------------------
# Pools of fictional names and things
# ---------------------------------------------------------------------------------------------

COMPANIES = [
    "华岳精工股份有限公司", "东澜物流有限公司", "青禾食品科技有限公司", "远川新材料股份有限公司",
    "澄江电子科技有限公司", "北辰智能装备有限公司", "苏岭纺织集团有限公司", "嘉沐医疗器械有限公司",
    "恒拓建设工程有限公司", "云栖软件技术有限公司", "鹭岛海洋生物科技有限公司", "金穗农业发展有限公司",
    "明湖化工有限公司", "汇通万联供应链管理有限公司", "西岑汽车零部件有限公司", "安澜环保科技股份有限公司",
    "星野文化传媒有限公司", "松石家居用品有限公司", "铂川能源装备股份有限公司", "临风光电科技有限公司",
    "昱成制药股份有限公司", "荣晟包装材料有限公司", "越秀堂餐饮管理有限公司", "启衡检测技术有限公司",
    "南屿冷链物流有限公司", "岚山机电设备有限公司", "和光半导体有限公司", "青川水务工程有限公司",
    "宏骏钢构有限公司", "沐阳日化股份有限公司", "天衢数据服务有限公司", "磐石建材有限公司",
]
# short name used in running text
def short_name(full: str) -> str:
    for suffix in ("股份有限公司", "集团有限公司", "有限公司"):
        if full.endswith(suffix):
            full = full[: -len(suffix)]
            break
    for tail in ("科技", "技术", "智能装备", "新材料", "供应链管理", "发展", "管理", "工程", "设备"):
        if full.endswith(tail) and len(full) - len(tail) >= 2:
            return full[: -len(tail)]
    return full

CLIENT_ORGS = [
    "瀚海市第二人民医院", "江岸区城市建设投资有限公司", "宁川港务集团有限公司", "南沙湾开发区管委会",
    "丰禾连锁超市有限公司", "新梧桐实业有限公司", "华茂置业有限公司", "金岭电力有限公司",
    "白鹭湾酒店管理有限公司", "广陵轨道交通有限公司", "千禧商业管理有限公司", "北江水泥有限公司",
    "东坡区教育局", "云岭大学", "海曙区人民政府办公室", "绿洲乳业有限公司", "长河石化有限公司",
    "瑞丰汽车销售服务有限公司", "博远医药连锁有限公司", "三江口物业服务有限公司",
]

SURNAMES = [*list("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董潘袁蔡蒋余于杜叶程魏苏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"), "欧阳", "司马", "上官"]
GIVEN = list("伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉萍红娥玲芬燕彬鹏辉宇浩凯健俊帆帅旭宁欣悦琳雪晨阳颖倩婷思睿泽涵子轩梓萱一诺嘉铭佳怡晓峰志远海波建国春梅秋菊冬青文博雨桐若曦")

DEPTS = ["财务部", "人力资源部", "市场部", "销售部", "采购部", "生产部", "技术研发中心", "质量管理部",
         "信息中心", "行政部", "综合办公室", "法务部", "审计部", "战略发展部", "供应链管理部", "工程部",
         "客户服务部", "证券事务部", "安全环保部", "物流部"]

CITIES = ["杭州", "苏州", "南京", "合肥", "宁波", "无锡", "嘉兴", "常州", "南通", "绍兴", "成都", "武汉",
          "长沙", "郑州", "西安", "济南", "青岛", "厦门", "福州", "东莞", "佛山", "天津", "沈阳", "昆明"]
DISTRICTS = ["高新区", "经开区", "滨江区", "工业园区", "新城区", "临港片区", "西湖区", "江北新区", "保税区"]
ROADS = ["长兴路", "文汇路", "学院路", "科技大道", "望江路", "梧桐街", "建设北路", "民生路", "解放东路",
         "金桥路", "江南大道", "纬二路", "翠柏路", "创业路", "湖滨路"]

PRODUCT_LINES = [
    ("精密轴承", ["HY-6204", "HY-6306", "HY-7008C", "HY-NU210", "HY-32212"]),
    ("伺服电机", ["BC-SM80", "BC-SM110", "BC-SM130", "BC-SM180"]),
    ("冷冻水饺", ["三鲜1kg", "猪肉白菜1kg", "韭菜鸡蛋500g", "玉米猪肉2.5kg"]),
    ("改性塑料粒子", ["PA66-GF30", "PP-T20", "PC/ABS-FR", "PBT-GF15"]),
    ("工业相机", ["LF-C500", "LF-C1200", "LF-C2000M", "LF-LS4K"]),
    ("净水设备", ["AL-RO400", "AL-RO800", "AL-UF1000", "AL-CW30"]),
    ("家用床垫", ["云眠M1", "云眠M3", "松石Pro", "松石Lite"]),
    ("输液器", ["JM-IV20", "JM-IV20P", "JM-PR50", "JM-EX10"]),
    ("锂电池模组", ["BC-48V100", "BC-51V200", "BC-12V50", "BC-96V150"]),
    ("洗衣凝珠", ["沐阳清香30颗", "沐阳薰衣草52颗", "沐阳母婴20颗", "沐阳强效40颗"]),
    ("瓦楞纸箱", ["三层A楞", "五层BC楞", "七层AAB楞", "彩印五层"]),
    ("车用线束", ["XC-H01", "XC-H07", "XC-BMS2", "XC-D12"]),
]

SYSTEMS = ["ERP（用友U8）", "OA办公系统", "CRM客户管理系统", "MES制造执行系统", "WMS仓储系统",
           "企业邮箱管理后台", "官网CMS后台", "财务共享平台", "HR人事系统", "SRM供应商门户",
           "监控平台Zabbix", "GitLab代码库", "Jenkins构建平台", "堡垒机JumpServer", "阿里云控制台",
           "门禁管理系统", "视频监控NVR", "钉钉管理后台", "企业微信管理后台", "数据仓库Hive"]

AREA_CODES = ["110101", "110105", "120103", "130102", "140105", "210202", "220104", "310104", "310115",
              "320102", "320506", "320583", "330106", "330203", "330402", "340104", "350203", "360102",
              "370202", "370102", "410105", "420106", "430104", "440106", "440305", "441900", "450103",
              "500103", "510107", "520102", "530102", "610113", "620102", "640104"]
ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
ID_CHECK = "10X98765432"

BANKS = ["中国工商银行", "中国建设银行", "中国农业银行", "中国银行", "招商银行", "交通银行", "浦发银行",
         "兴业银行", "中信银行", "宁波银行", "杭州银行", "江苏银行"]
CARD_PREFIX = ["622202", "621700", "622848", "621661", "622588", "622262", "621792", "622908", "622690"]

EDU = ["本科", "硕士研究生", "大专", "博士研究生", "中专", "本科"]
POLITICAL = ["中共党员", "群众", "共青团员", "群众", "民盟盟员"]
POSITIONS = ["工程师", "高级工程师", "销售经理", "会计", "出纳", "采购专员", "人事专员", "行政助理",
             "生产主管", "质检员", "仓库管理员", "软件工程师", "产品经理", "区域经理", "设备维修工",
             "项目经理", "法务专员", "司机", "操作工", "技术员"]


# ---------------------------------------------------------------------------------------------
# Helpers
# ---------------------------------------------------------------------------------------------

def person(r: random.Random) -> str:
    s = r.choice(SURNAMES)
    g = r.choice(GIVEN) if r.random() < 0.35 else r.choice(GIVEN) + r.choice(GIVEN)
    return s + g


def people(r: random.Random, n: int) -> list[str]:
    seen: list[str] = []
    while len(seen) < n:
        p = person(r)
        if p not in seen:
            seen.append(p)
    return seen


def cdate(r: random.Random, y0: int = 2022, y1: int = 2025) -> str:
    return f"{r.randint(y0, y1)}年{r.randint(1, 12)}月{r.randint(1, 28)}日"


def ymd(r: random.Random, year: int | None = None) -> tuple[int, int, int]:
    return (year or r.randint(2022, 2025), r.randint(1, 12), r.randint(1, 28))


def fmt_date(t: tuple[int, int, int]) -> str:
    return f"{t[0]}年{t[1]}月{t[2]}日"


def dash_date(t: tuple[int, int, int]) -> str:
    return f"{t[0]}-{t[1]:02d}-{t[2]:02d}"


def money(r: random.Random, lo: float, hi: float, dec: bool = True) -> str:
    v = r.uniform(lo, hi)
    return f"{v:,.2f}" if dec else f"{int(v):,}"


def wan(r: random.Random, lo: float, hi: float) -> str:
    return f"{r.uniform(lo, hi):.{r.choice([0, 1, 2])}f}"


def pct(r: random.Random, lo: float, hi: float) -> str:
    return f"{r.uniform(lo, hi):.1f}%"


def phone(r: random.Random) -> str:
    return f"1{r.choice('3456789')}{r.randint(0, 9)}{r.randint(0, 9999):04d}{r.randint(0, 9999):04d}"


def landline(r: random.Random) -> str:
    return f"0{r.choice(['571', '512', '25', '551', '574', '510', '28', '27', '731', '21'])}-{r.randint(60000000, 89999999)}"


def address(r: random.Random) -> str:
    return f"{r.choice(CITIES)}市{r.choice(DISTRICTS)}{r.choice(ROADS)}{r.randint(1, 899)}号"


def resident_id(r: random.Random, y0: int = 1965, y1: int = 2003) -> str:
    body = (r.choice(AREA_CODES) + f"{r.randint(y0, y1)}{r.randint(1, 12):02d}{r.randint(1, 28):02d}"
            + f"{r.randint(0, 999):03d}")
    total = sum(int(d) * w for d, w in zip(body, ID_WEIGHTS, strict=False))
    return body + ID_CHECK[total % 11]


def luhn_card(r: random.Random, length: int = 19) -> str:
    digits = r.choice(CARD_PREFIX) + "".join(str(r.randint(0, 9)) for _ in range(length - 7))
    total = 0
    for i, ch in enumerate(reversed(digits)):
        v = int(ch)
        if i % 2 == 0:  # positions that get doubled once the check digit is appended
            v *= 2
            if v > 9:
                v -= 9
        total += v
    return digits + str((10 - total % 10) % 10)


def corp_account(r: random.Random) -> str:
    return "".join(str(r.randint(0, 9)) for _ in range(r.choice([15, 17, 20, 21])))


def password(r: random.Random) -> str:
    words = ["Hy", "Dl", "Sky", "Qh", "Ops", "Adm", "Yc", "Bj", "Tk", "Zx", "Mj", "Lf", "Ws", "Kp"]
    syms = "!@#$%&*_."
    style = r.randint(0, 3)
    if style == 0:
        return r.choice(words) + r.choice(syms) + str(r.randint(1000, 99999)) + r.choice(words).lower()
    if style == 1:
        return "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789") for _ in range(r.randint(10, 16)))
    if style == 2:
        return f"{r.choice(words)}{r.randint(2019, 2025)}{r.choice(syms)}{r.choice(words)}{r.randint(10, 99)}"
    return "".join(r.choice("abcdefghijkmnpqrstuvwxyz") for _ in range(4)) + r.choice(syms) + \
        "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6))


def ip(r: random.Random) -> str:
    net = r.choice(["10.0", "10.10", "10.20", "172.16", "172.20", "192.168"])
    return f"{net}.{r.randint(0, 60)}.{r.randint(2, 250)}"


def table(rows: list[list[str]], style: str) -> str:
    """Render rows: 'tab', 'pipe', 'md' (markdown), 'space' or 'csv'."""
    if style == "tab":
        return "\n".join("\t".join(row) for row in rows)
    if style == "csv":
        return "\n".join(",".join(row) for row in rows)
    if style == "space":
        return "\n".join("  ".join(row) for row in rows)
    if style == "md":
        head = "| " + " | ".join(rows[0]) + " |"
        sep = "|" + "|".join(["---"] * len(rows[0])) + "|"
        return "\n".join([head, sep] + ["| " + " | ".join(row) + " |" for row in rows[1:]])
    return "\n".join(" | ".join(row) for row in rows)


def cn_num(n: int) -> str:
    return "一二三四五六七八九十"[n - 1] if 1 <= n <= 10 else ("十" + "一二三四五六七八九"[n - 11] if n <= 19 else str(n))


def pick(r: random.Random, seq, k: int) -> list:
    return r.sample(list(seq), min(k, len(seq)))


def fill(s: str, c: dict) -> str:
    return s.format(**c)


class Doc:
    """A document being built: head lines, body chunks, tail lines, and a padding source."""

    def __init__(self, style: str):
        self.style = style
        self.head: list[str] = []
        self.body: list[str] = []
        self.tail: list[str] = []
        self.more = None  # callable returning one more body chunk, or None

    def text(self) -> str:
        parts = [p for p in ("\n".join(self.head), "\n".join(self.body), "\n".join(self.tail)) if p]
        return "\n".join(parts)

    def grow(self, target: int, limit: int = 5000, max_chunks: int = 200) -> None:
        tries = 0
        while self.more and len(self.text()) < target and tries < max_chunks:
            tries += 1
            chunk = self.more()
            if chunk is None:
                break
            if len(self.text()) + len(chunk) + 1 > limit:
                break
            self.body.append(chunk)


def ctx(r: random.Random) -> dict:
    """A bag of names and figures that fragments can refer to."""
    co = r.choice(COMPANIES)
    co2 = r.choice([c for c in COMPANIES if c != co])
    line, models = r.choice(PRODUCT_LINES)
    names = people(r, 8)
    y = r.randint(2022, 2025)
    return {
        "co": co, "cos": short_name(co), "co2": co2, "co2s": short_name(co2), "client": r.choice(CLIENT_ORGS),
        "line": line, "model": r.choice(models), "models": models, "p1": names[0], "p2": names[1],
        "p3": names[2], "p4": names[3], "p5": names[4], "p6": names[5], "p7": names[6], "p8": names[7],
        "dept": r.choice(DEPTS), "dept2": r.choice(DEPTS), "city": r.choice(CITIES), "city2": r.choice(CITIES),
        "y": y, "ny": y + 1, "py": y - 1, "m": r.randint(1, 12), "d": r.randint(1, 28),
        "date": fmt_date(ymd(r, y)), "date2": fmt_date(ymd(r, y)),
        "n1": r.randint(2, 9), "n2": r.randint(10, 60), "n3": r.randint(100, 900),
        "w1": wan(r, 50, 900), "w2": wan(r, 1000, 9000), "w3": wan(r, 5, 60),
        "pc1": pct(r, 1, 12), "pc2": pct(r, 3, 30), "pc3": pct(r, -15, 25),
        "q": r.randint(1, 4), "bank": r.choice(BANKS), "addr": address(r), "tel": phone(r), "tel2": landline(r),
    }


def wrap_formal(r: random.Random, c: dict, title: str, paras: list[str], issuer: str | None = None,
                number: str | None = None, to: str | None = None) -> Doc:
    """A 公文-style document: 文号, title, 主送, body, signature and 成文日期 at the end."""
    d = Doc("formal")
    if number:
        d.head.append(number)
    d.head.append(title)
    if to:
        d.head.append(to + "：")
    d.body.extend(paras)
    d.tail.append(issuer or c["co"])
    d.tail.append(c["date"])
    return d


def wrap_email(r: random.Random, c: dict, subject: str, paras: list[str], to: str | None = None) -> Doc:
    d = Doc("email")
    d.head.append(f"发件人：{c['p1']} <{pinyinish(r)}@{r.choice(['huayue', 'donglan', 'qinghe', 'yuanchuan', 'beichen', 'yunqi', 'mingchem', 'xicen'])}.com.cn>")
    d.head.append(f"收件人：{to or c['p2']}")
    if r.random() < 0.5:
        d.head.append(f"抄送：{c['p3']}；{c['p4']}")
    d.head.append(f"发送时间：{c['y']}年{c['m']}月{c['d']}日 {r.randint(8, 21)}:{r.randint(0, 59):02d}")
    d.head.append(f"主题：{subject}")
    d.head.append("")
    d.head.append(r.choice([f"{c['p2']}：", f"{c['p2']}，你好：", "各位好，", f"{c['p2'][0]}总好，", "Hi，"]))
    d.body.extend(paras)
    d.tail.append(r.choice(["谢谢！", "请知悉。", "有问题随时找我。", "辛苦了。", "以上，请审阅。", "祝好"]))
    d.tail.append(f"{c['p1']}\n{c['dept']}  {c['tel']}")
    return d


def pinyinish(r: random.Random) -> str:
    syl = ["wang", "li", "zhang", "liu", "chen", "yang", "huang", "zhao", "wu", "zhou", "xu", "sun",
           "ma", "zhu", "hu", "guo", "he", "lin", "luo", "zheng", "xie", "song", "tang", "han"]
    return r.choice(syl) + "." + r.choice(syl) + r.choice(["", str(r.randint(1, 99))])


def chat(r: random.Random, c: dict, lines: list[tuple[str, str]], app: str | None = None) -> Doc:
    """钉钉/微信 style messages: [(speaker, text)]."""
    d = Doc("chat")
    app = app or r.choice(["微信", "钉钉", "企业微信"])
    group = r.choice([f"{c['dept']}工作群", f"{c['cos']}项目沟通群", "（私聊）", f"{c['cos']}-{c['dept2']}对接", "临时小群"])
    d.head.append(f"【{app}聊天记录】{group}")
    h, mi = r.randint(8, 20), r.randint(0, 50)
    for who, msg in lines:
        mi += r.randint(0, 6)
        if mi >= 60:
            h, mi = h + 1, mi - 60
        if r.random() < 0.5:
            d.body.append(f"{who} {h:02d}:{mi:02d}\n{msg}")
        else:
            d.body.append(f"[{c['m']}/{c['d']} {h:02d}:{mi:02d}] {who}：{msg}")
    return d


# ---------------------------------------------------------------------------------------------
# strategy (绝密)
# ---------------------------------------------------------------------------------------------

STRAT_BACKGROUND = [
    "近两年{line}行业集中度持续提升，前五家企业合计份额已由{py}年的{pc2}上升到目前水平，中小厂商的生存空间被进一步压缩。",
    "公司现有产能利用率连续{n1}个季度超过{pc2}，{city}本部厂区已无扩建用地，交付周期被拉长到{n2}天左右。",
    "主要客户正在推行“就近配套”，要求核心供方在其总装基地{n3}公里范围内设立仓储或生产点。",
    "原材料成本占比仍在高位，单靠内部降本已难以对冲，需要在上游或下游寻找新的利润来源。",
    "海外订单占比由{pc1}升至{pc2}，但汇率波动和贸易摩擦带来的不确定性明显增大。",
    "{co2s}近期出现资金链紧张的迹象，其{city2}工厂设备较新、熟练工人稳定，存在低成本整合的窗口期。",
    "我们在{line}中高端市场的品牌认知度不足，价格带长期卡在行业中位以下。",
    "现有{dept}和销售体系按产品线分散设置，跨区域大客户需要对接多个部门，响应慢、重复报价的情况时有发生。",
]
STRAT_GOALS = [
    "到{ny}年底，营业收入达到{w2}万元，其中新业务贡献不低于{pc2}；",
    "三年内在华东、西南各形成一个区域制造中心，单厂年产能不低于{n3}万件；",
    "{ny}年完成对{co2s}的控股，持股比例不低于{n2}%，并保留其原管理团队{n1}年；",
    "高端型号销售占比由目前的{pc1}提高到{pc2}以上；",
    "{ny}年下半年启动上市辅导，争取在{ny}年后两年内向交易所递交申报材料；",
    "引入一家产业投资方，以增资方式募集{w1}万元，投后估值不低于{w2}万元；",
    "关停{city2}老厂区两条亏损产线，人员和设备向新基地转移；",
    "用两年时间把经销商数量压缩{pc2}，重点扶持年提货额{w3}百万元以上的核心经销商。",
]
STRAT_STEPS = [
    "第一阶段（{ny}年一季度）：完成选址比选，与{city}、{city2}两地政府就土地价格、税收返还进行非正式接触，不对外披露意向。",
    "第二阶段：聘请外部机构开展尽职调查，重点核查标的公司的或有负债、环保合规和核心客户集中度。",
    "由{p2}牵头成立专项小组，成员限定{n1}人，所有材料编号登记，会后收回。",
    "新基地首期投资约{w2}万元，其中设备{w1}万元，厂房采用租赁加回购方式以减轻一次性资金压力。",
    "谈判底线：收购价格不高于净资产的{n1}.{n1}倍，对赌期{n1}年，业绩承诺未完成部分以现金补足。",
    "资金来源：自有资金{pc2}，其余通过并购贷款解决，已与{bank}做了初步沟通。",
    "对内口径统一为“产能优化调研”，在方案经董事会审议通过前，不向中层以下人员传达。",
    "同步启动组织架构调整，拟将{dept}与{dept2}合并为事业部制，由分管副总直接负责。",
    "{ny}年{m}月前完成工商变更和人员接收，过渡期内原有客户订单由双方共同交付。",
    "如{co2s}方面坚持整体出售，可考虑分两步走，先收购其{city2}工厂资产包，再视情况收购股权。",
]
STRAT_RISKS = [
    "一是行业需求若出现下滑，新增产能可能闲置，折旧压力将直接侵蚀利润；",
    "二是标的公司的劳动用工历史遗留问题较多，需在交易文件中设置专门的赔偿条款；",
    "三是消息提前泄露可能导致对方抬价或竞争对手抢先介入；",
    "四是新基地管理人员储备不足，需要提前半年开始内部选拔和外部招聘；",
    "五是地方政策兑现存在不确定性，补贴条款应写入正式投资协议；",
    "六是跨区域经营会增加税务筹划和资金调度的复杂度。",
]


def strat_formal(r, c, target):
    c["bank"] = r.choice(BANKS)
    title = r.choice([f"关于{c['ny']}—{c['ny']+2}年发展规划的汇报（讨论稿）", f"关于收购{c['co2s']}部分股权的方案（提交董事会审议稿）",
                      f"关于在{c['city']}新建生产基地的可行性研究报告（初稿）", f"{c['cos']}中长期经营规划纲要（征求意见稿）",
                      f"关于{c['line']}业务转型的实施方案（未定稿）"])
    paras = ["一、背景"] + [fill(s, c) for s in pick(r, STRAT_BACKGROUND, r.randint(2, 4))]
    paras += ["二、目标"] + [f"（{cn_num(i+1)}）" + fill(s, c) for i, s in enumerate(pick(r, STRAT_GOALS, r.randint(2, 4)))]
    paras += ["三、实施路径"] + [f"{i+1}. " + fill(s, c) for i, s in enumerate(pick(r, STRAT_STEPS, r.randint(3, 5)))]
    if r.random() < 0.7:
        paras += ["四、主要风险", *pick(r, STRAT_RISKS, r.randint(2, 4))]
    paras.append(r.choice(["以上方案妥否，请董事会审议。", "本稿仅供董事会成员及高管层讨论，请勿复印、外传。",
                           "请各位董事于下周会议前提出修改意见，会后统一收回。"]))
    d = wrap_formal(r, c, title, paras, to=r.choice(["董事会", "公司董事会、总经理办公会", None]),
                    issuer=f"{c['co']}{r.choice(['战略发展部', '总经理办公室', '投资管理部'])}")
    rest = [s for s in STRAT_STEPS + STRAT_BACKGROUND]
    r.shuffle(rest)
    def more():
        if rest:
            return fill(rest.pop(), c)
        yr = r.randint(c["ny"], c["ny"] + 4)
        return f"{yr}年预计投入{wan(r, 300, 5000)}万元，新增产值{wan(r, 1000, 20000)}万元，内部收益率约{pct(r, 8, 22)}。"
    d.more = more
    return d


def strat_no_keyword(r, c, target):
    # a plant plan in plain words, no 战略/规划 vocabulary
    city = r.choice(["嘉兴", "南通", "滁州", "湖州", "宿迁", "芜湖", "盐城"])
    c["nc"] = city
    lines = [
        f"明年我们打算在华东设厂，地点倾向{city}，老板上周已经去看过两块地。",
        f"{city}那边给的条件：工业用地每亩{r.randint(12, 45)}万，前三年地方留成部分全额返还，厂房可以先租后买。",
        f"初步想法是一期{r.randint(40, 120)}亩，两栋标准厂房加一栋仓库，{c['ny']}年{r.randint(6, 10)}月能出第一批货。",
        f"人手按{r.randint(150, 400)}人配，管理层从{c['city']}这边抽{r.randint(8, 20)}个过去，一线工人当地招。",
        f"{c['model']}这条线整体搬过去，{c['city']}这边腾出来的位置做新品试制。",
        "这件事在正式定下来之前只限这个邮件里的几个人知道，跟当地谈的时候用朋友公司的名义。",
        f"钱的方面，自己拿{wan(r, 3000, 9000)}万，剩下的找银行，{c['p3']}在跟两家谈，利率大概{r.choice(['3.2', '3.45', '3.6', '3.85'])}%。",
        f"另外{c['co2s']}的{r.choice(['张', '王', '刘', '陈'])}总私下透露过想把他们在{c['city2']}的厂卖掉，价钱合适的话可以一起考虑。",
        f"请{c['p2']}下周前把两个地方的运费测算出来，按年出货{r.randint(20, 90)}万件算。",
        f"客户那边暂时不要提，等明年{r.randint(3, 5)}月签了土地协议再说。",
        f"如果顺利，后年把{c['line']}的产量翻一倍，单件成本能降{r.randint(6, 15)}%左右。",
    ]
    paras = pick(r, lines, r.randint(5, 9))
    if r.random() < 0.5:
        d = wrap_email(r, c, r.choice([f"{city}的事", "明年新厂的几点想法", "关于选址（仅限本邮件收件人）", "下周去看地之前"]), paras)
    else:
        d = chat(r, c, [(r.choice([c["p1"], c["p2"], c["p3"]]), p) for p in paras])
    extra = [f"{r.choice([c['p2'], c['p3'], c['p4']])}补充：{city}周边{r.randint(30, 80)}公里内有{r.randint(3, 12)}家同类配套厂，招工不难，但熟练工工资要比这边高{r.randint(5, 15)}%。",
             f"物流测算：到主要客户仓的平均运距从{r.randint(300, 900)}公里降到{r.randint(50, 200)}公里，每年省运费约{wan(r, 100, 800)}万。",
             f"地块二离高速口{r.randint(2, 9)}公里，但要等{c['ny']}年底才能摘牌，时间上偏紧。"]
    d.more = lambda: extra.pop() if extra else None
    return d


def strat_markdown(r, c, target):
    d = Doc("markdown")
    d.head.append(f"# {c['cos']} {c['ny']}—{c['ny']+2}年三年规划（草案 v{r.randint(1, 4)}.{r.randint(0, 9)}）")
    d.head.append(f"> 起草：{c['p1']}（{r.choice(['战略发展部', '总经办', '投资部'])}）｜范围：董事会、经营班子｜{c['date']}")
    d.body.append("## 1. 现状判断")
    d.body += ["- " + fill(s, c) for s in pick(r, STRAT_BACKGROUND, 3)]
    d.body.append("## 2. 战略目标")
    d.body += ["- " + fill(s, c) for s in pick(r, STRAT_GOALS, 3)]
    d.body.append("## 3. 分年度投资计划（万元）")
    rows = [["年度", "新基地", "技改", "研发", "并购", "合计"]]
    for k in range(3):
        v = [r.randint(200, 6000) for _ in range(4)]
        rows.append([str(c["ny"] + k)] + [f"{x:,}" for x in v] + [f"{sum(v):,}"])
    d.body.append(table(rows, "md"))
    d.body.append("## 4. 关键举措")
    d.body += [f"{i+1}. " + fill(s, c) for i, s in enumerate(pick(r, STRAT_STEPS, 4))]
    d.tail.append("---\n*本草案未经董事会审议，不得向外部机构提供。*")
    pool = pick(r, STRAT_RISKS + STRAT_STEPS, 12)
    d.more = lambda: ("- " + fill(pool.pop(), c)) if pool else None
    return d


def strat_ma_memo(r, c, target):
    d = Doc(r.choice(["plain", "form"]))
    d.head.append(f"项目代号：{r.choice(['青松', '北斗', '远帆', '磐石', '晨曦', '沧浪', '长风'])}{r.randint(1, 9)}号")
    d.head.append(f"标的公司：{c['co2']}    交易类型：{r.choice(['股权收购', '资产收购', '增资入股', '吸收合并'])}")
    d.head.append(f"报送：{c['p1']}（董事长）  {c['p2']}（总经理）   编写：{c['p3']}")
    vals = [("标的净资产（审计前）", wan(r, 3000, 20000) + "万元"), ("近一年营业收入", wan(r, 8000, 60000) + "万元"),
            ("近一年净利润", wan(r, -500, 3000) + "万元"), ("对方报价", wan(r, 5000, 40000) + "万元"),
            ("我方估值区间", f"{wan(r, 4000, 15000)}—{wan(r, 15000, 30000)}万元"), ("拟收购比例", f"{r.randint(30, 100)}%"),
            ("核心客户集中度", pct(r, 30, 80)), ("员工人数", f"{r.randint(80, 900)}人")]
    d.body += [f"{k}：{v}" for k, v in pick(r, vals, r.randint(5, 8))]
    notes = ["尽职调查发现对方有{n1}笔对外担保未披露，合计约{w1}万元，须在交割前解除。",
             "对方实控人希望保留{n2}%股份并继续担任总经理三年，可以接受，但需签竞业限制。",
             "土地为划拨性质，变更为出让需补缴出让金，估算{w3}百万元，应在价格中扣除。",
             "谈判节奏：先签排他意向，给对方{n2}天排他期，期间完成财务和法律尽调。",
             "估值采用收益法和市场法交叉验证，可比交易市盈率在{n1}到{n2}倍之间。",
             "交易完成后，我们在{line}领域的国内份额将由{pc1}提升至约{pc2}。",
             "此事目前仅限项目组知悉，对外一律称作“行业调研”。"]
    d.body.append("要点：")
    d.body += [f"{i+1}）" + fill(s, c) for i, s in enumerate(pick(r, notes, r.randint(3, 6)))]
    d.tail.append(c["date"])
    extra = pick(r, STRAT_RISKS, 6)
    d.more = lambda: extra.pop() if extra else None
    return d


def strat_short(r, c, target):
    msgs = [f"{c['co2s']}那边松口了，{wan(r, 2, 9)}亿可以谈，周五前别跟任何人提",
            f"董事会下周议{c['city']}建厂的事，材料只印{r.randint(5, 9)}份，会后收回",
            f"明年把{c['line']}业务剥离出去单独融资，方案先在小范围里过一遍",
            f"老板定了，{c['ny']}年不再接低端订单，{c['city2']}老厂分两批关"]
    d = chat(r, c, [(c["p1"], r.choice(msgs)), (c["p2"], r.choice(["收到，保密", "明白，我先准备测算", "好的，只发你我两人"]))])
    return d


STRAT_T = [strat_formal, strat_no_keyword, strat_markdown, strat_ma_memo]


# ---------------------------------------------------------------------------------------------
# bid (绝密)
# ---------------------------------------------------------------------------------------------

BID_ITEMS = ["设备购置", "安装调试", "运输及保险", "技术培训", "备品备件", "三年维保", "软件许可", "系统集成",
             "土建配套", "监理配合", "驻场服务", "数据迁移", "管理费", "税金", "不可预见费"]
PROJECTS = ["智慧园区一期信息化建设项目", "污水处理厂提标改造工程", "物流中心自动化立体库项目",
            "门诊楼医疗设备采购项目", "年度办公家具集中采购项目", "城市道路照明节能改造项目",
            "冷链配送中心建设项目", "生产线自动化升级项目", "校园安防系统采购项目", "供水管网更新改造工程",
            "光伏屋顶EPC项目", "档案数字化加工服务项目"]


def bid_quote_table(r, c, target):
    proj = r.choice(PROJECTS)
    sty = r.choice(["tab", "pipe", "md"])
    d = Doc("table")
    d.head.append(r.choice([f"{proj} 投标报价明细（内部定稿，开标前封存）", f"{proj}——分项报价汇总表",
                            f"{c['client']}{proj} 商务标报价（第{r.randint(2, 5)}版）"]))
    d.head.append(f"投标人：{c['co']}    招标编号：{r.choice(['ZB', 'GK', 'CG', 'HT'])}{c['y']}-{r.randint(100, 999)}    报价有效期：{r.choice([60, 90, 120])}天")
    rows = [["序号", "项目", "数量", "单价（元）", "合价（元）", "备注"]]
    total = 0.0
    for i, item in enumerate(pick(r, BID_ITEMS, r.randint(5, 9))):
        q = r.randint(1, 40)
        u = r.uniform(2000, 300000)
        total += q * u
        rows.append([str(i + 1), item, str(q), f"{u:,.2f}", f"{q*u:,.2f}", r.choice(["", "含税", "按实结算", "暂估", "优惠后"])])
    rows.append(["", "合计", "", "", f"{total:,.2f}", ""])
    d.body.append(table(rows, sty))
    notes = [f"最终报价较招标控制价下浮{pct(r, 3, 12)}，预计综合毛利{pct(r, 8, 25)}。",
             f"竞争对手{c['co2s']}上次同类项目下浮约{pct(r, 5, 15)}，我们的报价要压在其下面{r.randint(1, 3)}个点。",
             f"投标保证金{wan(r, 5, 80)}万元已于{c['date']}从基本户转出。",
             "报价由商务经理和分管副总两人封存，开标前不得发送电子版。",
             f"若进入第二轮谈判，可再让利{pct(r, 1, 4)}，底线为总价{total*0.93:,.0f}元。"]
    d.tail += pick(r, notes, r.randint(2, 4))
    d.tail.append(f"编制：{c['p1']}  审核：{c['p2']}  {c['date']}")
    def more():
        q = r.randint(1, 60)
        u = r.uniform(500, 90000)
        return (" | " if sty != "tab" else "\t").join([f"附{r.randint(1, 99)}", r.choice(["电缆敷设", "机柜", "UPS电源", "交换机", "服务器", "监控摄像机", "传感器", "阀门", "水泵", "桥架", "配电箱", "标识标牌"]) + f"（{r.choice(['A', 'B', 'C'])}型）", str(q), f"{u:,.2f}", f"{q*u:,.2f}", ""])
    d.more = more
    return d


def bid_response_doc(r, c, target):
    # avoids 投标/标书: uses 响应文件 / 价格部分
    proj = r.choice(PROJECTS)
    d = Doc(r.choice(["formal", "template"]))
    d.head.append(f"{proj}")
    d.head.append("响应文件（价格部分）")
    d.head.append(f"供应商全称：{c['co']}（盖章）")
    paras = [f"致：{c['client']}",
             f"我方收到贵方的采购需求后，经认真研究，愿以下列价格承接{proj}的全部内容：",
             f"一、总价（大写）：人民币{r.choice(['壹', '贰', '叁', '肆', '伍', '陆'])}佰{r.choice(['壹', '贰', '柒', '捌', '玖'])}拾{r.choice(['万', '萬'])}元整；（小写）¥{money(r, 1000000, 6000000)}。",
             f"二、工期：合同签订后{r.randint(30, 180)}日历天。",
             f"三、质保：整体质保{r.randint(1, 5)}年，质保期内免费上门，{r.choice([2, 4, 8, 24])}小时内响应。",
             f"四、付款：合同签订后付{r.randint(10, 30)}%，到货验收后付至{r.randint(60, 80)}%，余款质保期满后付清。",
             "五、本价格在提交截止时间后的九十天内有效。"]
    d.body += paras
    d.body.append("分项价格明细：")
    rows = [["名称", "规格", "数量", "单价", "小计"]]
    for it in pick(r, BID_ITEMS, r.randint(4, 7)):
        q, u = r.randint(1, 20), r.uniform(3000, 200000)
        rows.append([it, r.choice(["标准", "定制", "按需求书", "见技术部分"]), str(q), f"{u:,.0f}", f"{q*u:,.0f}"])
    d.body.append(table(rows, r.choice(["tab", "pipe"])))
    d.tail.append(f"法定代表人或授权代表：{c['p1']}（签字）")
    d.tail.append(c["date"])
    extra = [f"说明{k}：" + s for k, s in enumerate(pick(r, [
        "价格已包含运杂费、安装费及各项税费。", "如采购人需增加同类设备，按本次单价执行。",
        "可选件价格单列，不计入总价。", f"现场踏勘时发现的{r.randint(2, 6)}处改造点已一并计入。",
        "驻场人员费用按人月计取，已含差旅。", "软件后续升级在质保期内不另收费。"], 6), 1)]
    d.more = lambda: extra.pop() if extra else None
    return d


def bid_strategy_email(r, c, target):
    proj = r.choice(PROJECTS)
    paras = [f"{proj}下周{r.choice(['二', '三', '四'])}上午开标，我把目前掌握的情况汇总一下。",
             f"这次一共{r.randint(4, 9)}家报名，真正有竞争力的是{c['co2s']}和{r.choice(COMPANIES)[:4]}。",
             f"控制价{wan(r, 500, 5000)}万元，评分办法是综合评分，价格分占{r.choice([30, 40, 50, 60])}分，技术分占大头。",
             f"我的建议是报价下浮{pct(r, 4, 10)}，技术部分把{c['line']}的案例多放几个，争取技术分拉开。",
             f"{c['p3']}那边打听到{c['co2s']}这次会报得比较狠，可能下浮到{pct(r, 10, 16)}。",
             f"商务条款上我们可以接受延长质保到{r.randint(3, 5)}年，付款比例可以让一点。",
             "报价最终数字等周一碰头后再定，定下来之后只用纸质版，不走邮件。",
             f"另外，{c['client']}的{r.choice(['王', '李', '周', '孙'])}处长比较看重售后响应，方案里要突出本地服务网点。",
             f"投标保证金{wan(r, 10, 80)}万元，财务说周五前能出。"]
    return wrap_email(r, c, r.choice([f"{proj}投标策略", "下周开标准备", f"关于{c['client']}项目的报价思路"]),
                      pick(r, paras, r.randint(5, 9)))


def bid_chat_nokw(r, c, target):
    lines = [(c["p1"], f"下周二开的那个{r.choice(['医院', '园区', '水厂', '学校', '物流中心'])}的项目，我们的数定在{wan(r, 300, 3000)}万"),
             (c["p2"], f"比上回低了{r.randint(2, 5)}个点？"),
             (c["p1"], f"对，{r.choice(['老板', '周总', '李总'])}拍的板，第{r.randint(2, 4)}册里的数字今晚改完"),
             (c["p3"], "盖章页我明天一早去办公室弄"),
             (c["p2"], f"{c['co2s']}那边听说也来了，他们大概在{wan(r, 300, 3000)}左右"),
             (c["p1"], "这个数谁都别外传，打印的时候自己守着打印机"),
             (c["p3"], f"保证金回单已拍照发{c['p4']}了"),
             (c["p4"], "收到，密封袋我准备了三个，正本一副本二")]
    k = r.randint(4, 8)
    return chat(r, c, lines[:k])


def bid_form(r, c, target):
    d = Doc("form")
    proj = r.choice(PROJECTS)
    d.head.append("开标一览表")
    fields = [("项目名称", proj), ("招标编号", f"{r.choice(['JSZB', 'ZJCG', 'AHGC'])}-{c['y']}-{r.randint(1000, 9999)}"),
              ("投标人名称", c["co"]), ("投标总价（元）", money(r, 800000, 9000000)),
              ("工期/交货期", f"{r.randint(20, 200)}天"), ("质量标准", r.choice(["合格", "优良", "符合国家及行业标准"])),
              ("投标保证金", money(r, 20000, 400000) + "元"), ("项目负责人", c["p2"]), ("备注", r.choice(["无", "含三年免费维保", "报价已含税"]))]
    d.body += [f"{k}：{v}" for k, v in fields]
    d.tail.append(f"投标人（盖章）：{c['co']}    法定代表人（签字）：{c['p1']}")
    d.tail.append(f"日期：{c['date']}")
    extra = [f"附：{it}单价 {money(r, 1000, 90000)} 元 × {r.randint(1, 30)}" for it in pick(r, BID_ITEMS, 10)]
    d.more = lambda: extra.pop() if extra else None
    return d


def bid_short(r, c, target):
    return chat(r, c, [(c["p1"], f"{r.choice(PROJECTS)}报价最后定{money(r, 1e6, 9e6)}元，比控制价下浮{pct(r, 4, 9)}"),
                       (c["p2"], "收到，明早封标，电子版我删了")])


BID_T = [bid_quote_table, bid_response_doc, bid_strategy_email, bid_chat_nokw, bid_form]


# ---------------------------------------------------------------------------------------------
# admin_credentials (绝密)
# ---------------------------------------------------------------------------------------------

HOST_ROLES = ["应用服务器", "数据库主库", "数据库从库", "文件服务器", "备份服务器", "Nginx反向代理", "Redis缓存",
              "域控服务器", "监控服务器", "测试环境", "邮件网关", "日志服务器", "跳板机", "K8s master", "NAS存储"]


def cred_server_list(r, c, target):
    sty = r.choice(["tab", "pipe", "md", "csv"])
    d = Doc("spreadsheet" if sty in ("tab", "csv") else "table")
    d.head.append(r.choice([f"{c['cos']}服务器清单（{c['y']}年{c['m']}月更新）", "机房资产及登录信息表",
                            f"Sheet1：{c['city']}机房主机台账", "生产环境主机一览"]))
    rows = [["序号", "主机名", "IP地址", "用途", "系统", "账号", "密码", "负责人"]]
    k = r.randint(4, 10)
    def row(i):
        return [str(i), f"{r.choice(['app', 'db', 'web', 'bak', 'fs', 'mon', 'k8s', 'redis'])}-{r.randint(1, 30):02d}",
                ip(r), r.choice(HOST_ROLES), r.choice(["CentOS 7.9", "Ubuntu 22.04", "Windows Server 2019", "麒麟V10", "Rocky 9"]),
                r.choice(["root", "administrator", "admin", "ops", "dbadmin"]), password(r), person(r)]
    for i in range(1, k + 1):
        rows.append(row(i))
    d.body.append(table(rows, sty))
    d.tail.append(r.choice(["注：密码每季度更换一次，更换后请同步更新本表。", "本表仅限运维组使用，禁止截图、禁止上传网盘。",
                            f"维护人：{c['p1']}", "如需临时权限请走堡垒机申请，不要直接用root登录。"]))
    n = [k]
    def more():
        n[0] += 1
        return (table([row(n[0])], sty) if sty != "md" else "| " + " | ".join(row(n[0])) + " |")
    d.more = more
    return d


def cred_access_list(r, c, target):
    d = Doc(r.choice(["form", "table"]))
    d.head.append(r.choice(["系统访问权限分配表", f"{c['dept']}新员工系统账号开通清单", "各业务系统管理员账号登记",
                            "网站及后台登录信息汇总"]))
    d.head.append(f"登记人：{c['p1']}    日期：{c['date']}")
    items = []
    for s in pick(r, SYSTEMS, r.randint(3, 7)):
        items.append(f"【{s}】\n地址：https://{r.choice(['oa', 'erp', 'crm', 'mes', 'admin', 'portal', 'hr'])}.{r.choice(['huayue', 'donglan', 'qinghe', 'yunqi', 'beichen'])}-{r.choice(['corp', 'group', 'tech'])}.cn{r.choice(['', ':8080', ':8443', '/admin'])}\n"
                     f"账号：{r.choice(['admin', 'sysadmin', 'superuser', person(r) + '（管理员）', 'root', 'it_' + str(r.randint(1, 99))])}\n"
                     f"{r.choice(['密码', '初始密码', '登录密码', '口令'])}：{password(r)}\n使用人：{person(r)}")
    d.body += items
    d.tail.append(r.choice(["首次登录后务必修改初始密码。", "离职人员账号请在当天停用。", "此表纸质存档于信息中心保险柜。"]))
    rest = pick(r, SYSTEMS, 20)
    d.more = lambda: (f"【{rest.pop()}】账号：{r.choice(['admin', 'ops', 'audit', 'backup'])}{r.randint(1, 9)}  密码：{password(r)}  备注：{r.choice(['只读', '管理员', '审计', '运维'])}") if rest else None
    return d


def cred_handover_email(r, c, target):
    paras = [f"我下周起调到{c['dept2']}，运维这块交给{c['p2']}，下面是需要交接的账号：",
             f"1. 堡垒机超级管理员：admin / {password(r)}，地址 https://{ip(r)}:{r.choice([443, 8443])}",
             f"2. MySQL 主库 {ip(r)}:3306，root 密码 {password(r)}，从库同密码。",
             f"3. 阿里云主账号绑定的是{c['p1']}的手机{c['tel']}，已经改绑到部门公用手机，登录密码 {password(r)}。",
             f"4. 防火墙（{r.choice(['深信服', '华为USG', '飞塔'])}）管理口 {ip(r)}，账号 admin，口令 {password(r)}。",
             f"5. 官网后台 https://www.{r.choice(['huayue', 'donglan', 'qinghe'])}.com.cn/wp-admin，用户名 webmaster，密码 {password(r)}。",
             f"6. VPN账号共{r.randint(20, 80)}个，清单在附件，统一初始密码 {password(r)}。",
             f"7. SSH 私钥放在跳板机 /root/.ssh/id_rsa_ops，密钥口令 {password(r)}。",
             f"8. 企业邮箱管理后台：postmaster / {password(r)}。",
             f"9. Jenkins 的 API token：{''.join(r.choice('0123456789abcdef') for _ in range(32))}。"]
    body = [paras[0], *pick(r, paras[1:], r.randint(3, 8))]
    body.append("交接完以后建议把上面的都改一遍。")
    return wrap_email(r, c, r.choice(["运维账号交接", "账号密码交接（请勿转发）", "交接清单-系统类"]), body)


def cred_chat(r, c, target):
    msgs = [(c["p1"], f"你的VPN开好了，账号{pinyinish(r).split('.')[0]}{r.randint(1, 99)}，密码{password(r)}"),
            (c["p2"], "好的谢谢，第一次登录要改吗"),
            (c["p1"], "要改，改完记得别写便签贴显示器上"),
            (c["p3"], "顺便问下财务共享平台的管理员密码是不是换了，我这边登不上"),
            (c["p1"], f"换了，现在是 {password(r)}，用完告诉我"),
            (c["p3"], "收到"),
            (c["p4"], f"数据库那台 {ip(r)} 的 root 也发我一下，跑个脚本"),
            (c["p1"], f"{password(r)}  跑完我就改掉")]
    return chat(r, c, msgs[: r.randint(3, 8)])


def cred_markdown(r, c, target):
    d = Doc("markdown")
    d.head.append(f"# {r.choice(['运维手册', '环境说明', '部署备忘'])}：{r.choice(SYSTEMS)}")
    d.body.append(f"维护：@{c['p1']}  最后更新 {dash_date(ymd(r))}")
    d.body.append("## 环境")
    for env in pick(r, ["生产", "预发", "测试", "灾备"], r.randint(2, 4)):
        d.body.append(f"### {env}\n```\nhost: {ip(r)}\nport: {r.choice([22, 3306, 5432, 6379, 1521, 27017])}\nuser: {r.choice(['root', 'postgres', 'app', 'deploy'])}\npassword: {password(r)}\n```")
    d.body.append("## 注意事项")
    d.body += ["- " + s for s in pick(r, ["改密码前先通知应用负责人，配置中心同步修改。", "禁止在生产库上直接执行 DDL。",
                                        "备份脚本在 /opt/backup，每天凌晨两点执行。", "超级管理员账号只在应急时使用。",
                                        "token 过期时间为 90 天，到期前一周会有告警。"], 3)]
    extra = [f"### 附加账号{i}\n```\nuser: {r.choice(['readonly', 'report', 'etl', 'monitor'])}\npassword: {password(r)}\n```" for i in range(1, 6)]
    d.more = lambda: extra.pop() if extra else None
    return d


def cred_nokw(r, c, target):
    # no 密码/口令 words: 用户名 / 登录串
    d = Doc("plain")
    d.head.append(f"给{c['p2']}：机房那几台的登录信息（看完撕掉）")
    for _ in range(r.randint(3, 6)):
        d.body.append(f"{ip(r)}  用户名 {r.choice(['root', 'administrator', 'sa', 'oracle'])}  登录串 {password(r)}")
    d.body.append(f"门禁卡在我抽屉，机柜钥匙找{c['p3']}。")
    d.tail.append(f"{c['p1']} {c['m']}.{c['d']}")
    return d


def cred_short(r, c, target):
    return chat(r, c, [(c["p1"], f"ERP管理员账号 admin，密码 {password(r)}，今天下班前我会改掉"), (c["p2"], "好，用完告诉你")])


CRED_T = [cred_server_list, cred_access_list, cred_handover_email, cred_chat, cred_markdown, cred_nokw]


# ---------------------------------------------------------------------------------------------
# price_change (绝密)
# ---------------------------------------------------------------------------------------------

def price_rows(r, c, k, sty):
    rows = [["产品型号", "原出厂价", "调整后价格", "幅度", "生效日期"]]
    eff = f"{c['ny'] if c['m'] > 10 else c['y']}-{(c['m'] % 12) + 1:02d}-01"
    for model in pick(r, c["models"], k):
        old = r.uniform(20, 3000)
        ch = r.uniform(-0.12, 0.15)
        rows.append([model, f"{old:,.2f}", f"{old*(1+ch):,.2f}", f"{ch*100:+.1f}%", eff])
    return table(rows, sty)


def price_notice_draft(r, c, target):
    direction = r.choice(["上调", "下调"])
    paras = [f"受{r.choice(['主要原材料价格持续上涨', '海运费用回落', '能源成本上升', '新产线投产后单位成本下降', '竞品价格调整'])}影响，经公司价格管理委员会研究，拟对{c['line']}系列产品出厂价进行{direction}。",
             f"一、调价范围：{c['line']}全系列共{len(c['models'])}个型号，特殊定制产品另行通知。",
             f"二、调价幅度：平均{direction}{pct(r, 3, 12)}，具体见下表。",
             "三、执行时间：以正式发文为准，在正式公布前，各销售大区不得向经销商透露任何调价信息。",
             f"四、过渡安排：公布前已签订单按原价执行，公布后{r.randint(5, 15)}日内的补货订单可按原价的{r.randint(95, 99)}%结算。"]
    d = wrap_formal(r, c, f"关于{c['line']}产品价格调整的通知（送审稿，未发布）", paras, to="各销售大区、市场部、财务部")
    d.body.append(price_rows(r, c, r.randint(2, 4), r.choice(["tab", "pipe"])))
    extra = [f"五、{r.choice(['华东', '华南', '华北', '西南'])}区域零售指导价同步{direction}，促销价底线为{money(r, 10, 800)}元。",
             f"六、对年提货额超过{wan(r, 200, 900)}万元的核心经销商，调价后给予{r.randint(1, 3)}个点的季度返利补偿。",
             "七、电商渠道价格由电商部另行报批，不得早于线下执行。"]
    d.more = lambda: extra.pop(0) if extra else None
    return d


def price_email(r, c, target):
    paras = [f"下月起{c['line']}出厂价{r.choice(['上调', '下调'])}{pct(r, 3, 9)}，{r.choice(['周总', '董事长', '价格委员会'])}昨天已经批了。",
             f"正式通知预计{c['m']}月{r.randint(20, 28)}日发，公布前请勿外传，包括对自己的经销商。",
             "大区经理这周可以提前安排备货，但不要让经销商感觉出来，避免集中囤货。",
             f"{c['models'][0]}从{money(r, 50, 900)}元调到{money(r, 50, 900)}元，其余型号按比例。",
             f"批发价和零售指导价的新价格表在附件，请{c['p3']}核对一遍公式。",
             "竞品那边据说也在酝酿，我们要赶在他们前面执行。",
             f"财务按新价格重新测算了毛利，全年预计增加利润{wan(r, 200, 3000)}万。"]
    return wrap_email(r, c, r.choice(["下月价格调整（保密）", "调价安排", f"{c['line']}新价格体系"]), pick(r, paras, r.randint(4, 7)))


def price_table(r, c, target):
    sty = r.choice(["tab", "pipe", "md"])
    d = Doc("table" if sty != "tab" else "spreadsheet")
    d.head.append(r.choice([f"{c['line']}价目表（{c['ny']}版，未公布）", "新旧价格对照表", f"{c['cos']}渠道价格体系调整测算"]))
    rows = [["型号", "经销价（旧）", "经销价（新）", "零售指导价（新）", "促销价底线", "变化"]]
    for model in c["models"]:
        o = r.uniform(30, 2000)
        n = o * r.uniform(0.9, 1.15)
        rows.append([model, f"{o:.2f}", f"{n:.2f}", f"{n*r.uniform(1.3, 1.8):.2f}", f"{n*r.uniform(1.05, 1.2):.2f}", f"{(n/o-1)*100:+.1f}%"])
    d.body.append(table(rows, sty))
    d.tail.append(f"拟执行时间：{c['ny']}年{r.randint(1, 6)}月1日　制表：{c['p1']}")
    def more():
        m = f"{r.choice(c['models'])}-{r.choice(['礼盒装', '工程版', '加强型', '出口型', '简装'])}"
        o = r.uniform(30, 2000)
        n = o * r.uniform(0.9, 1.15)
        row = [m, f"{o:.2f}", f"{n:.2f}", f"{n*1.5:.2f}", f"{n*1.1:.2f}", f"{(n/o-1)*100:+.1f}%"]
        return table([["x"], row], sty).split("\n")[-1] if sty != "md" else "| " + " | ".join(row) + " |"
    d.more = more
    return d


def price_nokw(r, c, target):
    a = r.randint(40, 120)
    lines = [(c["p1"], f"跟你说个事，从{r.randint(6, 9)}月1号起{c['model']}每箱由{a}元改为{a + r.randint(3, 9)}元"),
             (c["p2"], "其他几个款呢"),
             (c["p1"], f"{r.choice(c['models'])}不动，{r.choice(c['models'])}也加{r.randint(2, 6)}块"),
             (c["p2"], "这个什么时候对外说"),
             (c["p1"], "月底发文，在那之前你那边的客户一个都不要讲"),
             (c["p3"], "那这个月的单要不要催他们多下点"),
             (c["p1"], "自然点催，别说原因")]
    return chat(r, c, lines[: r.randint(4, 7)])


def price_plan_md(r, c, target):
    d = Doc("markdown")
    d.head.append(f"## {c['line']} {c['ny']}年定价方案（讨论稿）")
    d.body += [f"- 目标：整体毛利率由{pct(r, 15, 25)}提升到{pct(r, 22, 35)}",
               f"- 调价时间：{c['ny']}年{r.randint(1, 4)}月{r.choice([1, 15])}日，提前{r.randint(7, 20)}天通知经销商",
               f"- 折扣政策：一级经销商{r.randint(70, 80)}折，二级{r.randint(80, 88)}折，大单另议",
               f"- 电商渠道：到手价不得低于{money(r, 20, 500)}元",
               "### 各型号建议价"]
    d.body.append(price_rows(r, c, len(c["models"]), "md"))
    d.body.append("### 风险\n- 竞品若不跟进，短期销量可能下滑" + pct(r, 3, 10) + "\n- 提前泄露会引发经销商囤货")
    extra = [f"- 备选方案{k}：分两次{r.choice(['上调', '下调'])}，每次约{pct(r, 2, 5)}" for k in range(1, 4)]
    d.more = lambda: extra.pop() if extra else None
    return d


def price_short(r, c, target):
    return chat(r, c, [(c["p1"], f"{c['model']}下月起出厂价{r.choice(['上调', '下调'])}{pct(r, 3, 9)}，通知还没发，先别告诉经销商"), (c["p2"], "明白")])


PRICE_T = [price_notice_draft, price_email, price_table, price_nokw, price_plan_md]


# ---------------------------------------------------------------------------------------------
# financial (机密)
# ---------------------------------------------------------------------------------------------

BS_ITEMS = ["货币资金", "应收账款", "预付款项", "其他应收款", "存货", "流动资产合计", "固定资产", "在建工程",
            "无形资产", "资产总计", "短期借款", "应付账款", "应付职工薪酬", "应交税费", "负债合计", "实收资本",
            "未分配利润", "所有者权益合计"]
PL_ITEMS = ["营业收入", "营业成本", "税金及附加", "销售费用", "管理费用", "研发费用", "财务费用", "营业利润",
            "营业外收入", "利润总额", "所得税费用", "净利润"]


def fin_statement(r, c, target):
    sty = r.choice(["tab", "pipe", "space"])
    kind = r.choice(["bs", "pl"])
    d = Doc("spreadsheet" if sty == "tab" else "table")
    d.head.append(f"{c['co']}")
    d.head.append(("资产负债表" if kind == "bs" else "利润表") + f"（{c['y']}年{c['m']}月）  单位：元")
    rows = [["项目", "本期金额", "上年同期", "变动"]]
    for it in (BS_ITEMS if kind == "bs" else PL_ITEMS):
        a, b = r.uniform(1e5, 8e7), r.uniform(1e5, 8e7)
        rows.append([it, f"{a:,.2f}", f"{b:,.2f}", f"{(a/b-1)*100:+.1f}%"])
    d.body.append(table(rows, sty))
    d.tail.append(f"单位负责人：{c['p1']}   主管会计工作负责人：{c['p2']}   会计机构负责人：{c['p3']}")
    extra = [f"注{k}：{s}" for k, s in enumerate([f"应收账款中账龄超过一年的部分为{money(r, 1e5, 5e6)}元，已计提坏账准备。",
                                               f"本期存货跌价准备转回{money(r, 1e4, 9e5)}元。",
                                               f"短期借款系向{r.choice(BANKS)}借入的流动资金贷款，年利率{r.choice(['3.45', '3.65', '4.05'])}%。",
                                               f"在建工程主要为{c['city']}二期厂房，累计投入{money(r, 1e6, 5e7)}元。"], 1)]
    d.more = lambda: extra.pop() if extra else None
    return d


def fin_budget(r, c, target):
    sty = r.choice(["tab", "pipe", "md"])
    d = Doc("table")
    d.head.append(f"{c['ny']}年度部门费用预算汇总（{r.choice(['一稿', '二稿', '终稿'])}）")
    rows = [["部门", "人工成本", "差旅费", "业务招待费", "办公费", "培训费", "合计", "较上年"]]
    for dept in pick(r, DEPTS, r.randint(5, 10)):
        v = [r.randint(20, 900) * 1000 for _ in range(5)]
        rows.append([dept] + [f"{x:,}" for x in v] + [f"{sum(v):,}", pct(r, -10, 20)])
    d.body.append(table(rows, sty))
    d.tail += pick(r, [f"预算编制说明：总额控制在{wan(r, 1000, 6000)}万元以内，较上年预算执行数增长不超过{pct(r, 3, 8)}。",
                       f"业务招待费按收入的{r.choice(['0.3', '0.5', '0.8'])}%控制，超支部分需总经理审批。",
                       f"编制：{c['p1']}（财务部）  {c['date']}", "本表数据尚未经预算委员会审定。"], 3)
    def more():
        v = [r.randint(20, 900) * 1000 for _ in range(5)]
        row = [r.choice(["项目组", "分公司", "事业部", "子公司"]) + f"{r.choice('ABCDEFGH')}{r.randint(1, 9)}"] + [f"{x:,}" for x in v] + [f"{sum(v):,}", pct(r, -10, 20)]
        return table([row], "tab" if sty == "tab" else "pipe") if sty != "md" else "| " + " | ".join(row) + " |"
    d.more = more
    return d


def fin_vouchers(r, c, target):
    d = Doc("spreadsheet")
    d.head.append(f"凭证清单  {c['y']}年{c['m']}月  账套：{c['cos']}")
    rows = [["凭证号", "日期", "摘要", "科目", "借方", "贷方"]]
    summaries = ["支付{co2s}货款", "收到{client}回款", "计提本月工资", "报销差旅费-{p2}", "缴纳增值税", "支付电费",
                 "购买办公用品", "借款-{p3}备用金", "支付银行手续费", "结转销售成本", "收到政府补助", "支付房租"]
    accts = ["银行存款", "应付账款", "应收账款", "管理费用", "应交税费", "其他应收款", "主营业务成本", "库存商品", "财务费用", "营业外收入"]
    def row(i):
        amt = f"{r.uniform(200, 600000):,.2f}"
        debit = r.random() < 0.5
        return [f"记-{i:04d}", f"{c['y']}-{c['m']:02d}-{r.randint(1, 28):02d}", fill(r.choice(summaries), c), r.choice(accts),
                amt if debit else "", "" if debit else amt]
    n = r.randint(6, 14)
    for i in range(1, n + 1):
        rows.append(row(i))
    d.body.append(table(rows, "tab"))
    d.tail.append(f"制单：{c['p1']}  审核：{c['p2']}")
    cnt = [n]
    def more():
        cnt[0] += 1
        return "\t".join(row(cnt[0]))
    d.more = more
    return d


def fin_accounts_email(r, c, target):
    paras = [f"{c['p2']}，本周资金计划如下，请{r.choice(['周总', '王总', '财务总监'])}审批后执行：",
             f"1. {r.choice(BANKS)}基本户（账号{corp_account(r)}）余额{money(r, 1e6, 3e7)}元；",
             f"2. {r.choice(BANKS)}一般户（账号{corp_account(r)}）余额{money(r, 1e5, 9e6)}元；",
             f"3. 本周需支付{c['co2s']}货款{money(r, 1e5, 5e6)}元、社保{money(r, 1e5, 2e6)}元、税金{money(r, 1e5, 3e6)}元；",
             f"4. 预计收到{c['client']}回款{money(r, 1e5, 8e6)}元，若延迟，需动用授信额度；",
             f"5. 报销备用金转入出纳个人卡 {luhn_card(r)}（{r.choice(BANKS)}），金额{money(r, 5000, 50000)}元。",
             f"6. {r.choice(BANKS)}的流动资金贷款{wan(r, 500, 3000)}万元将于{c['date2']}到期，续贷材料已提交。"]
    return wrap_email(r, c, r.choice(["本周资金计划", "资金安排及账户余额", f"{c['m']}月下旬付款计划"]), [paras[0], *pick(r, paras[1:], r.randint(3, 6))])


def fin_nokw(r, c, target):
    lines = [(c["p1"], f"这个月账上进来{wan(r, 300, 3000)}万，出去{wan(r, 300, 3000)}万"),
             (c["p2"], f"{c['client']}那笔还没到？"),
             (c["p1"], f"还没，说月底，{r.choice(['建行', '工行', '招行'])}那个户头只剩{wan(r, 20, 300)}万了"),
             (c["p2"], "下周工资够不够发"),
             (c["p1"], f"够是够，但{c['co2s']}的货款得往后推两周"),
             (c["p3"], f"老板说先把{c['p4']}那笔{wan(r, 5, 80)}万的借的还上"),
             (c["p1"], "行，我明天去银行")]
    return chat(r, c, lines[: r.randint(4, 7)])


def fin_analysis(r, c, target):
    paras = [f"一、总体情况：{c['y']}年前{c['m']}个月实现营业收入{wan(r, 5000, 90000)}万元，同比{pct(r, -10, 25)}；净利润{wan(r, 200, 9000)}万元，毛利率{pct(r, 12, 40)}。",
             f"二、费用：销售费用{wan(r, 300, 5000)}万元，管理费用{wan(r, 300, 4000)}万元，财务费用{wan(r, 20, 800)}万元，三项费用率{pct(r, 8, 20)}。",
             f"三、资产负债：资产总计{wan(r, 20000, 200000)}万元，负债率{pct(r, 30, 70)}，应收账款周转天数{r.randint(40, 150)}天，较年初增加{r.randint(3, 30)}天。",
             f"四、存货：期末存货{wan(r, 2000, 30000)}万元，其中呆滞超过一年的{wan(r, 100, 2000)}万元，建议{c['dept']}牵头清理。",
             f"五、现金流：经营活动现金净流量{wan(r, -3000, 8000)}万元，与净利润差异主要是{c['client']}等大客户回款放缓。",
             f"六、建议：压降两金占用，{c['ny']}年资金计划中应预留{wan(r, 1000, 5000)}万元偿还到期借款。"]
    d = wrap_formal(r, c, f"{c['y']}年{r.choice(['一季度', '上半年', '前三季度', '1—' + str(c['m']) + '月'])}财务分析报告", paras,
                    issuer=f"{c['co']}财务部", to="总经理办公会")
    extra = [f"附：{dept}费用执行率{pct(r, 60, 120)}，超支项目为{r.choice(['差旅费', '招待费', '维修费', '咨询费'])}。" for dept in pick(r, DEPTS, 10)]
    d.more = lambda: extra.pop() if extra else None
    return d


def fin_short(r, c, target):
    return chat(r, c, [(c["p1"], f"{r.choice(BANKS)}基本户余额{money(r, 1e5, 9e6)}元，本周付{c['co2s']}货款后还剩{wan(r, 10, 300)}万"),
                       (c["p2"], "知道了，税先缴")])


FIN_T = [fin_statement, fin_budget, fin_vouchers, fin_accounts_email, fin_nokw, fin_analysis]


# ---------------------------------------------------------------------------------------------
# statistics (机密)
# ---------------------------------------------------------------------------------------------

REGIONS = ["华东大区", "华南大区", "华北大区", "西南大区", "华中大区", "东北大区", "西北区", "海外事业部", "电商渠道", "直营门店"]


def stat_monthly(r, c, target):
    sty = r.choice(["tab", "pipe", "md"])
    d = Doc("table" if sty != "tab" else "spreadsheet")
    d.head.append(r.choice([f"{c['y']}年{c['m']}月经营数据快报", f"{c['cos']}月度统计报表（{c['y']}-{c['m']:02d}）",
                            f"{c['m']}月各大区销售完成情况"]))
    rows = [["区域", "本月销售额（万元）", "目标", "完成率", "同比", "环比", "累计"]]
    for reg in pick(r, REGIONS, r.randint(4, 8)):
        s, t = r.uniform(100, 3000), r.uniform(100, 3000)
        rows.append([reg, f"{s:.1f}", f"{t:.1f}", f"{s/t*100:.1f}%", pct(r, -20, 35), pct(r, -15, 20), f"{s*c['m']*r.uniform(0.8, 1.1):.1f}"])
    d.body.append(table(rows, sty))
    d.tail += pick(r, [f"说明：{r.choice(REGIONS)}受{r.choice(['大客户延迟提货', '春节错月', '新品上市', '渠道调整'])}影响，完成率偏低。",
                       f"全公司本月营收{wan(r, 2000, 20000)}万元，累计完成年度目标的{pct(r, 30, 95)}。",
                       f"数据来源：ERP系统，截至{c['y']}年{c['m']}月{r.randint(25, 28)}日。", f"统计：{c['p1']}  审核：{c['p2']}"], 3)
    def more():
        s, t = r.uniform(10, 500), r.uniform(10, 500)
        row = [f"{r.choice(CITIES)}办事处", f"{s:.1f}", f"{t:.1f}", f"{s/t*100:.1f}%", pct(r, -20, 35), pct(r, -15, 20), f"{s*5:.1f}"]
        return "| " + " | ".join(row) + " |" if sty == "md" else table([row], sty)
    d.more = more
    return d


def stat_production(r, c, target):
    d = Doc("spreadsheet")
    d.head.append(f"Sheet：产销存日报  {c['cos']}{r.choice(['一厂', '二厂', '总装车间', '包装车间'])}")
    rows = [["日期", "产品", "计划产量", "实际产量", "入库", "发货", "库存", "良品率"]]
    def row():
        p = r.randint(200, 6000)
        a = int(p * r.uniform(0.8, 1.08))
        return [f"{c['m']}/{r.randint(1, 28)}", r.choice(c["models"]), str(p), str(a), str(int(a * 0.98)), str(r.randint(100, 6000)),
                str(r.randint(500, 30000)), f"{r.uniform(95, 99.9):.2f}%"]
    for _ in range(r.randint(6, 14)):
        rows.append(row())
    d.body.append(table(rows, "tab"))
    d.tail.append(f"本月累计产值{wan(r, 500, 8000)}万元，产能利用率{pct(r, 65, 98)}。")
    d.more = lambda: "\t".join(row())
    return d


def stat_analysis_md(r, c, target):
    d = Doc("markdown")
    d.head.append(f"# {c['y']}年Q{c['q']}经营分析")
    d.body += ["## 一、核心指标",
               f"- 营收：{wan(r, 5000, 50000)}万元，同比{pct(r, -10, 30)}，目标达成率{pct(r, 70, 115)}",
               f"- 销量：{r.randint(10, 500)}万件，环比{pct(r, -10, 20)}",
               f"- 市场占有率：{pct(r, 3, 25)}（行业排名第{r.randint(2, 8)}）",
               f"- 订单量：{r.randint(1000, 40000)}单，客单价{money(r, 200, 9000)}元",
               "## 二、分析"]
    an = [f"{r.choice(REGIONS)}增长最快，主要来自{c['client']}等新客户放量。",
          f"{c['model']}销量下滑{pct(r, 5, 20)}，竞品降价冲击明显。",
          f"库存周转天数{r.randint(30, 120)}天，高于目标{r.randint(5, 30)}天。",
          f"线上渠道占比提升到{pct(r, 10, 40)}，但毛利低于线下{r.randint(3, 9)}个点。",
          f"KPI完成情况：{r.randint(5, 12)}项指标中{r.randint(3, 9)}项达标。",
          f"人均产值{wan(r, 50, 200)}万元，同比{pct(r, -5, 15)}。",
          "下季度重点：压库存、保回款、稳住大客户。",
          f"{r.choice(REGIONS)}连续{r.randint(2, 4)}个月未完成指标，需要专项督导。"]
    d.body += ["- " + s for s in pick(r, an, r.randint(3, 6))]
    rest = [a for a in an]
    r.shuffle(rest)
    d.more = lambda: ("- " + f"补充{r.randint(1, 9)}：" + rest.pop()) if rest else None
    return d


def stat_nokw(r, c, target):
    d = Doc(r.choice(["chat", "plain"]))
    stores = [f"{r.choice(CITIES)}{r.choice(['万达', '银泰', '吾悦', '万象城', '龙湖天街', '大悦城'])}店" for _ in range(r.randint(4, 8))]
    if d.style == "chat":
        d = chat(r, c, [(c["p1"], "上月各门店客流和成交件数发群里了：")] +
                 [(c["p1"], f"{s} 进店{r.randint(2000, 20000)}人，成交{r.randint(200, 3000)}件，客单{r.randint(150, 900)}") for s in stores] +
                 [(c["p2"], f"比前一个月少了{r.randint(5, 20)}%，{stores[0]}掉得最厉害")])
    else:
        d.head.append(f"{c['m']}月门店情况（汇总自各店店长上报）")
        d.body += [f"{s}：进店{r.randint(2000, 20000)}人次，成交{r.randint(200, 3000)}件，流水{wan(r, 20, 300)}万" for s in stores]
        d.tail.append(f"{c['p1']}整理")
    return d


def stat_quarterly_formal(r, c, target):
    paras = [f"{c['y']}年第{c['q']}季度，公司实现产值{wan(r, 5000, 60000)}万元，同比增长{pct(r, 1, 20)}；销售额{wan(r, 5000, 60000)}万元，完成季度目标的{pct(r, 80, 110)}。",
             f"主要产品产量：{c['models'][0]}{r.randint(1, 90)}万件，{c['models'][1]}{r.randint(1, 90)}万件，产销率{pct(r, 90, 102)}。",
             f"期末库存{wan(r, 1000, 9000)}万元，较上季末{r.choice(['增加', '减少'])}{pct(r, 2, 15)}。",
             f"应收账款余额{wan(r, 2000, 20000)}万元，回款率{pct(r, 80, 99)}。",
             f"下季度预计订单量{r.randint(2000, 20000)}单，{c['dept']}需提前做好排产。"]
    d = wrap_formal(r, c, f"{c['y']}年第{c['q']}季度经营情况报告", paras, issuer=f"{c['co']}{r.choice(['经营管理部', '统计室', '计划财务部'])}",
                    to="公司领导")
    extra = [f"附表{k}：{reg}季度销售额{wan(r, 200, 5000)}万元，同比{pct(r, -20, 30)}。" for k, reg in enumerate(pick(r, REGIONS, 10), 1)]
    d.more = lambda: extra.pop(0) if extra else None
    return d


def stat_short(r, c, target):
    return chat(r, c, [(c["p1"], f"上周出货{r.randint(1000, 90000)}件，{c['m']}月累计完成率{pct(r, 40, 110)}，同比{pct(r, -10, 25)}"),
                       (c["p2"], "好，周报里就按这个数")])


STAT_T = [stat_monthly, stat_production, stat_analysis_md, stat_nokw, stat_quarterly_formal]


# ---------------------------------------------------------------------------------------------
# meeting_minutes (机密)
# ---------------------------------------------------------------------------------------------

TOPICS = [
    ("{ny}年度预算编制", ["会议同意预算总额按收入增长{pc1}控制，由财务部{date2}前提交二稿。", "各部门压减非必要开支，差旅费同比下降{pc1}。"]),
    ("{city}新基地建设进度", ["会议要求工程部每周报告进度，{ny}年{m}月前完成主体结构。", "资金缺口{w1}万元由财务部协调银行贷款解决。"]),
    ("{client}应收账款催收", ["由{p3}牵头，两周内上门对账，必要时发律师函。", "暂停对其发货，已发货部分加快开票。"]),
    ("中层干部调整", ["会议同意{p4}任{dept}经理，{p5}不再担任{dept2}副经理。", "调整方案经党委会审议后发文。"]),
    ("安全生产事故处理", ["对{dept}负有管理责任的{p6}予以通报批评。", "全面排查{n1}类风险点，月底前整改完毕。"]),
    ("{line}产品质量投诉", ["质量部在{n1}天内给出原因分析报告。", "对已发出批次实施召回，损失先计入当期。"]),
    ("与{co2s}合作事项", ["原则同意成立合资公司，我方持股{n2}%。", "由法务部起草合作框架，报董事会审议。"]),
    ("信息化系统升级", ["会议同意ERP升级预算{w1}万元，分两期实施。", "信息中心负责选型，比选不少于三家。"]),
    ("年终绩效考核方案", ["考核结果与年终奖挂钩，优秀比例不超过{n2}%。", "人力资源部下周发布实施细则。"]),
    ("厂区搬迁员工安置", ["搬迁补贴标准按每人{w3}百元/月执行半年。", "由工会参与做好员工思想工作。"]),
]


def minutes_formal(r, c, target):
    d = Doc("minutes")
    kind = r.choice(["总经理办公会", "党委会", "专题会议", "经营分析会", "董事会会议", "安全生产委员会会议"])
    d.head.append(f"{c['cos']}{kind}纪要")
    d.head.append(f"〔{c['y']}〕第{r.randint(1, 40)}期")
    d.head.append(f"会议时间：{c['date']} {r.choice(['上午9:00', '下午2:30', '上午10:00', '晚上7:00'])}")
    d.head.append(f"会议地点：{r.choice(['三楼第一会议室', '总部大会议室', '行政楼小会议室', '视频会议'])}")
    d.head.append(f"主持人：{c['p1']}")
    d.head.append(f"出席：{'、'.join([c['p2'], c['p3'], c['p4'], c['p5']])}")
    if r.random() < 0.6:
        d.head.append(f"列席：{c['p6']}（{c['dept']}）、{c['p7']}（{c['dept2']}）")
    d.head.append(f"记录人：{c['p8']}")
    topics = pick(r, TOPICS, r.randint(2, 4))
    d.body.append("会议研究了以下事项：")
    for i, (t, decs) in enumerate(topics):
        d.body.append(f"{cn_num(i+1)}、关于{fill(t, c)}")
        d.body.append(r.choice(["会议听取了相关部门的汇报，经研究，", "经讨论，", "会议认为，", "与会人员充分讨论后，"]) + fill(decs[0], c))
        d.body.append(fill(decs[1], c))
    d.tail.append(f"分送：公司领导班子成员、{c['dept']}、{c['dept2']}（共印{r.randint(8, 20)}份，会后收回）")
    rest = [t for t in TOPICS if t not in topics]
    r.shuffle(rest)
    k = [len(topics)]
    def more():
        if not rest:
            return None
        t, decs = rest.pop()
        k[0] += 1
        return f"{cn_num(k[0])}、关于{fill(t, c)}\n" + fill(decs[0], c) + fill(decs[1], c)
    d.more = more
    return d


def minutes_md(r, c, target):
    d = Doc("markdown")
    d.head.append(f"## {r.choice(['项目周会', '经营例会', '产品评审会', '季度复盘会'])}会议记录 {dash_date(ymd(r, c['y']))}")
    d.body.append(f"**参会人员**：{c['p1']}、{c['p2']}、{c['p3']}、{c['p4']}  **缺席**：{c['p5']}（出差）")
    d.body.append("### 议题")
    topics = pick(r, TOPICS, r.randint(2, 4))
    for t, _decs in topics:
        d.body.append(f"- {fill(t, c)}")
    d.body.append("### 结论与待办")
    for _t, decs in topics:
        d.body.append(f"- [ ] {fill(decs[0], c)}（负责人：{person(r)}，截止 {r.randint(1, 12)}/{r.randint(1, 28)}）")
    rest = [t for t in TOPICS if t not in topics]
    d.more = lambda: (f"- [ ] {fill(rest.pop()[1][1], c)}（负责人：{person(r)}）") if rest else None
    return d


def minutes_chat(r, c, target):
    topics = pick(r, TOPICS, 3)
    lines = [(c["p1"], "今天会上定了几件事，我简单说下：")]
    for i, (t, decs) in enumerate(topics):
        lines.append((c["p1"], f"{i+1}.{fill(t, c)}：{fill(decs[0], c)}"))
    lines.append((c["p2"], "收到，会议记录正式版谁出？"))
    lines.append((c["p1"], f"{c['p8']}整理，明天发领导签字"))
    return chat(r, c, lines)


def minutes_nokw(r, c, target):
    d = Doc("plain")
    d.head.append(f"周一碰头要点（{c['m']}月{c['d']}日，{c['p1']}办公室）")
    d.head.append(f"在场：{c['p1']}、{c['p2']}、{c['p3']}、{c['p4']}")
    for t, decs in pick(r, TOPICS, r.randint(3, 5)):
        d.body.append(f"◆ {fill(t, c)} —— {fill(decs[0], c)}")
    d.tail.append(f"下次碰头：{c['m']}月{min(28, c['d'] + 7)}日。此页不外发。")
    return d


def minutes_short(r, c, target):
    t, decs = r.choice(TOPICS)
    return chat(r, c, [(c["p1"], f"办公会纪要要点：{fill(t, c)}，{fill(decs[0], c)}"), (c["p2"], "收到")])


MIN_T = [minutes_formal, minutes_md, minutes_chat, minutes_nokw, minutes_formal]


# ---------------------------------------------------------------------------------------------
# technical (机密)
# ---------------------------------------------------------------------------------------------

TECH_PARAMS = ["额定功率", "额定电压", "额定转速", "工作温度范围", "防护等级", "重量", "外形尺寸", "分辨率", "帧率",
               "精度等级", "径向游隙", "拉伸强度", "熔融指数", "阻燃等级", "循环寿命", "能量密度", "过滤精度",
               "产水量", "噪声", "响应时间", "MTBF"]


def tech_param_val(r, p):
    vals = {"额定功率": f"{r.choice([0.4, 0.75, 1.5, 2.2, 5.5, 7.5])}kW", "额定电压": f"{r.choice([24, 48, 220, 380])}V",
            "额定转速": f"{r.choice([1500, 2000, 3000, 6000])}rpm", "工作温度范围": f"-{r.randint(10, 40)}~{r.randint(50, 85)}℃",
            "防护等级": r.choice(["IP54", "IP65", "IP67"]), "重量": f"{r.uniform(0.2, 80):.1f}kg",
            "外形尺寸": f"{r.randint(40, 600)}×{r.randint(40, 600)}×{r.randint(20, 300)}mm", "分辨率": r.choice(["2448×2048", "4096×3000", "1920×1200"]),
            "帧率": f"{r.randint(20, 160)}fps", "精度等级": r.choice(["P0", "P5", "P4", "P2"]), "径向游隙": f"C{r.randint(2, 4)}",
            "拉伸强度": f"{r.randint(40, 180)}MPa", "熔融指数": f"{r.uniform(5, 40):.1f}g/10min", "阻燃等级": r.choice(["UL94 V-0", "V-1", "HB"]),
            "循环寿命": f"≥{r.choice([2000, 3000, 4000, 6000])}次", "能量密度": f"{r.randint(120, 190)}Wh/kg", "过滤精度": f"{r.choice([0.0001, 0.01, 0.1, 5])}μm",
            "产水量": f"{r.randint(200, 1200)}G/天", "噪声": f"≤{r.randint(35, 75)}dB", "响应时间": f"{r.randint(1, 50)}ms",
            "MTBF": f"{r.randint(2, 10)}万小时"}
    return vals[p]


def tech_params_table(r, c, target):
    sty = r.choice(["tab", "pipe", "md"])
    d = Doc("table")
    d.head.append(f"{c['model']} {r.choice(['产品技术参数表', '技术规格书（内部版）', '设计输入参数确认表'])}  文件编号：{r.choice(['TS', 'DS', 'RD'])}-{c['y']}-{r.randint(10, 999):03d}")
    rows = [["参数", "设计值", "公差/范围", "测试方法", "备注"]]
    used = pick(r, TECH_PARAMS, r.randint(6, 12))
    for p in used:
        rows.append([p, tech_param_val(r, p), r.choice(["±1%", "±0.5%", "±2%", "—", "≤规定值", "+0/-0.02mm"]),
                     r.choice(["GB/T标准方法", "企业标准Q/HY-" + str(r.randint(10, 99)), "内部试验规程", "第三方检测"]), r.choice(["", "关键", "较上代提升", "待验证"])])
    d.body.append(table(rows, sty))
    d.tail.append(f"编制：{c['p1']}  审核：{c['p2']}  批准：{c['p3']}   {c['date']}")
    rest = [p for p in TECH_PARAMS if p not in used]
    def more():
        if not rest:
            return None
        p = rest.pop()
        row = [p, tech_param_val(r, p), "—", "内部试验规程", "补充"]
        return "| " + " | ".join(row) + " |" if sty == "md" else table([row], sty)
    d.more = more
    return d


PROCESS_STEPS = ["来料检验：按AQL {pc1}抽检，关键尺寸全检。", "清洗：碱性清洗剂浓度{n1}%，温度{n2}℃，时间{n1}分钟。",
                 "热处理：淬火温度{n3}℃±5℃，保温{n2}分钟，回火{n1}小时。", "注塑：料筒温度{n3}℃，模温{n2}℃，保压{n1}秒。",
                 "焊接：回流焊峰值温度245℃，液相线以上时间{n2}秒。", "装配：扭矩{n2}N·m，使用定扭扳手并记录。",
                 "老化：{n2}℃环境下满载运行{n1}小时。", "涂装：膜厚{n2}—{n3}μm，烘烤{n3}℃×{n2}min。",
                 "包装：防潮袋加干燥剂，每箱{n2}件。", "终检：功能测试合格后贴合格标签，数据上传MES。",
                 "磨削：砂轮线速度{n2}m/s，进给量0.0{n1}mm/r。", "配料：主料{n2}份，助剂{n1}份，母粒按{pc1}添加。"]


def tech_process(r, c, target):
    title = r.choice([f"{c['model']}工艺流程及关键工艺参数", f"{c['line']}生产工艺规程（受控版）", f"{c['model']}配方及工艺说明"])
    d = Doc(r.choice(["formal", "plain"]))
    d.head.append(title)
    d.head.append(f"版本：V{r.randint(1, 5)}.{r.randint(0, 9)}  生效日期：{c['date']}  受控编号：{r.randint(1000, 9999)}")
    steps = pick(r, PROCESS_STEPS, r.randint(5, 8))
    d.body += [f"{i+1}. " + fill(s, c) for i, s in enumerate(steps)]
    d.body.append(r.choice(["注：上述参数为公司核心技术秘密，不得向客户和供应商提供。", "变更任何参数须经技术中心评审。",
                            f"本版相比上一版，将{r.choice(['保温时间', '模温', '配比', '峰值温度'])}做了调整，良率由{pct(r, 85, 93)}提升至{pct(r, 94, 99)}。"]))
    rest = [s for s in PROCESS_STEPS if s not in steps]
    k = [len(steps)]
    def more():
        if not rest:
            return None
        k[0] += 1
        return f"{k[0]}. " + fill(rest.pop(), c) + f"（控制点{r.randint(1, 9)}，记录表单QR-{r.randint(10, 99)}）"
    d.more = more
    return d


def tech_design_md(r, c, target):
    d = Doc("markdown")
    sysname = r.choice(["订单中台", "设备物联平台", "智能排产系统", "视觉检测算法", "供应链协同平台", "数据采集网关"])
    d.head.append(f"# {sysname} 架构设计说明 v{r.randint(1, 3)}.{r.randint(0, 9)}")
    d.body.append(f"作者：{c['p1']}、{c['p2']}  评审：{c['p3']}")
    d.body.append("## 1. 总体架构")
    d.body.append(r.choice(["采用微服务架构，网关统一鉴权，服务间通过消息队列解耦。", "边缘侧部署采集程序，云端做汇聚和分析，断网时本地缓存72小时。",
                            "算法部分基于改进的YOLO模型，针对小目标缺陷增加了一层特征融合。"]))
    d.body.append("## 2. 模块划分")
    mods = ["接入层", "鉴权服务", "订单服务", "库存服务", "规则引擎", "数据同步", "报表服务", "模型推理服务", "设备管理", "告警中心"]
    d.body += [f"- **{m}**：{r.choice(['负责', '承担', '实现'])}{r.choice(['请求路由与限流', '状态机流转', '批量计算', '增量同步', '阈值判定', '多租户隔离'])}，QPS目标{r.randint(200, 5000)}" for m in pick(r, mods, r.randint(4, 7))]
    d.body.append("## 3. 接口")
    d.body.append(f"```\nPOST /api/v{r.randint(1, 3)}/{r.choice(['orders', 'devices', 'jobs', 'inspect'])}\n{{\"id\": \"string\", \"qty\": int, \"priority\": {r.randint(1, 5)}}}\n```")
    d.body.append("## 4. 关键算法")
    d.body.append(f"排序权重 = 交期紧迫度×{r.uniform(0.3, 0.7):.2f} + 设备负荷×{r.uniform(0.1, 0.4):.2f} + 换线成本×{r.uniform(0.05, 0.3):.2f}")
    extra = [f"## 附{i}. 测试数据\n- 样本{r.randint(500, 20000)}张，准确率{pct(r, 92, 99.5)}，漏检率{pct(r, 0.1, 2)}" for i in range(1, 4)] + \
            [f"- 压测：{r.randint(100, 2000)}并发下P99延迟{r.randint(20, 400)}ms" for _ in range(3)]
    d.more = lambda: extra.pop() if extra else None
    return d


def tech_bom(r, c, target):
    d = Doc("spreadsheet")
    d.head.append(f"BOM 物料清单  产品：{c['model']}  版本{r.choice(['A', 'B', 'C'])}{r.randint(1, 9)}")
    rows = [["层级", "物料编码", "名称", "规格", "用量", "单位", "位号/备注"]]
    parts = ["主板PCBA", "外壳上盖", "外壳下盖", "密封圈", "M3螺钉", "电源模块", "散热片", "连接器", "线缆组件", "标签",
             "轴承", "转子", "定子绕组", "编码器", "滤芯", "泵头", "传感器", "镜头", "包装盒", "说明书"]
    def row():
        return [str(r.randint(1, 3)), f"{r.randint(1, 9)}{r.randint(10000000, 99999999)}", r.choice(parts),
                r.choice(["SUS304", "PA66", "FR-4 1.6mm", "φ6×2", "24AWG", "6061-T6", "定制", "PC+ABS"]), str(r.randint(1, 12)),
                r.choice(["PCS", "个", "套", "米"]), r.choice(["", f"U{r.randint(1, 40)}", f"R{r.randint(1, 99)}", "关键件"])]
    for _ in range(r.randint(8, 16)):
        rows.append(row())
    d.body.append(table(rows, "tab"))
    d.tail.append(f"设计：{c['p1']}  工艺：{c['p2']}")
    d.more = lambda: "\t".join(row())
    return d


def tech_nokw(r, c, target):
    lines = [(c["p1"], f"{c['model']}那个焊接温度改成{r.randint(235, 255)}度，保温{r.randint(30, 60)}秒，试了{r.randint(3, 8)}批都没问题"),
             (c["p2"], "气体流量呢"),
             (c["p1"], f"氮气{r.randint(10, 25)}L/min，夹具换成第{r.randint(2, 4)}版，间隙0.{r.randint(1, 5)}mm"),
             (c["p3"], "这个别发给客户那边，上次他们工程师一直在套我们的参数"),
             (c["p2"], "良率现在多少"),
             (c["p1"], f"{pct(r, 96, 99.5)}，之前是{pct(r, 88, 94)}"),
             (c["p2"], "那下周起全线切换")]
    return chat(r, c, lines[: r.randint(4, 7)])


def tech_test_report(r, c, target):
    d = Doc("form")
    d.head.append(f"试验报告  No.{c['y']}{r.randint(1000, 9999)}")
    d.body += [f"样品名称：{c['line']}  型号：{c['model']}  样品数量：{r.randint(3, 30)}",
               f"试验项目：{r.choice(['高低温循环', '盐雾', '振动', '寿命', '跌落', 'EMC'])}试验",
               f"试验条件：{r.choice(['-40℃/85℃各保持2h，循环', '5%NaCl中性盐雾', '10-500Hz扫频', '额定负载连续运行'])}{r.randint(24, 1000)}{r.choice(['次', 'h'])}",
               "试验结果："]
    for i in range(r.randint(3, 8)):
        d.body.append(f"  样品{i+1}：{r.choice(TECH_PARAMS)}实测{tech_param_val(r, r.choice(TECH_PARAMS))}，{r.choice(['合格', '合格', '合格', '临界', '不合格'])}")
    d.tail.append(f"结论：{r.choice(['满足设计要求', '需优化散热结构后复测', '通过，可转入小批试产'])}。试验员：{c['p1']}  审核：{c['p2']}  {c['date']}")
    k = [0]
    def more():
        k[0] += 1
        return f"  补充样品B{k[0]}：{r.choice(TECH_PARAMS)}实测{tech_param_val(r, r.choice(TECH_PARAMS))}"
    d.more = more
    return d


def tech_short(r, c, target):
    return chat(r, c, [(c["p1"], f"{c['model']}新配方：主料{r.randint(60, 80)}份，增韧剂{r.randint(5, 15)}份，料温{r.randint(230, 290)}℃，先别发给客户"),
                       (c["p2"], "好")])


TECH_T = [tech_params_table, tech_process, tech_design_md, tech_bom, tech_nokw, tech_test_report]


# ---------------------------------------------------------------------------------------------
# customers (机密)
# ---------------------------------------------------------------------------------------------

def cust_list(r, c, target):
    sty = r.choice(["tab", "pipe", "md", "csv"])
    d = Doc("spreadsheet" if sty in ("tab", "csv") else "table")
    d.head.append(r.choice(["重点客户名单", f"{r.choice(REGIONS)}客户档案汇总", f"{c['y']}年大客户清单（销售部内部）"]))
    rows = [["客户编号", "客户名称", "联系人", "电话", "地址", "等级", "年采购额（万元）"]]
    orgs = list(CLIENT_ORGS) + [x for x in COMPANIES if x != c["co"]]
    r.shuffle(orgs)
    def row():
        return [f"KH{r.randint(10000, 99999)}", orgs.pop() if orgs else r.choice(CLIENT_ORGS), person(r), phone(r), address(r),
                r.choice(["A", "A", "B", "C", "VIP"]), wan(r, 10, 3000)]
    for _ in range(r.randint(5, 10)):
        rows.append(row())
    d.body.append(table(rows, sty))
    d.tail.append(r.choice(["客户信息不得带出公司，离职时须移交。", f"维护人：{c['p1']}", "A类客户每月至少拜访一次。"]))
    def more():
        if not orgs:
            return None
        rw = row()
        return "| " + " | ".join(rw) + " |" if sty == "md" else table([rw], sty)
    d.more = more
    return d


def cust_order(r, c, target):
    d = Doc("form")
    d.head.append(f"销售订单  单号：SO{c['y']}{r.randint(100000, 999999)}")
    d.body += [f"客户：{c['client']}   客户编号：KH{r.randint(10000, 99999)}", f"联系人：{c['p2']}  电话：{c['tel']}",
               f"收货地址：{c['addr']}", f"下单日期：{c['date']}   要求交期：{c['date2']}", "明细："]
    tot = 0.0
    for m in pick(r, c["models"], r.randint(2, 4)):
        q, u = r.randint(10, 5000), r.uniform(10, 3000)
        tot += q * u
        d.body.append(f"  {m}  数量{q}  单价{u:,.2f}  金额{q*u:,.2f}")
    d.body.append(f"合计金额：{tot:,.2f}元  付款方式：{r.choice(['月结30天', '月结60天', '款到发货', '预付30%'])}")
    d.tail.append(f"业务员：{c['p1']}  审核：{c['p3']}")
    def more():
        return f"  备注{r.randint(1, 9)}：{r.choice(['分批发货', '需提供质检报告', '包装按客户标准', '发票随货', '周六不收货'])}，{r.choice(c['models'])}加急{r.randint(10, 300)}件"
    d.more = more
    return d


def cust_shipping(r, c, target):
    d = Doc("spreadsheet")
    d.head.append(f"发货记录  {c['y']}年{c['m']}月  仓库：{c['city']}{r.choice(['一号库', '中心仓', '成品库'])}")
    rows = [["发货日期", "发货单号", "客户", "产品", "数量", "收货地址", "物流单号"]]
    def row():
        return [f"{c['m']}-{r.randint(1, 28):02d}", f"FH{r.randint(100000, 999999)}", r.choice(CLIENT_ORGS), r.choice(c["models"]),
                str(r.randint(10, 8000)), address(r), f"{r.choice(['SF', 'JD', 'DB', 'YT'])}{r.randint(10**11, 10**12-1)}"]
    for _ in range(r.randint(6, 12)):
        rows.append(row())
    d.body.append(table(rows, "tab"))
    d.more = lambda: "\t".join(row())
    return d


def cust_visit_email(r, c, target):
    paras = [f"今天拜访了{c['client']}，对接人是{c['p3']}（{r.choice(['采购部经理', '设备科长', '总工', '后勤处长'])}，电话{phone(r)}）。",
             f"他们明年有{wan(r, 100, 3000)}万的采购意向，主要是{c['line']}，目前主供是{c['co2s']}。",
             f"客户需求：交期从{r.randint(30, 60)}天缩短到{r.randint(10, 25)}天，希望我们在{c['city2']}设个周转仓。",
             f"决策链：{c['p3']}负责技术评估，最后拍板的是{c['p4']}副总，{c['p4']}比较看重价格。",
             f"{c['p3']}私下说{c['co2s']}今年断过两次货，他们内部对其不太满意，这是我们的机会。",
             f"建议把该客户升为A类，由{c['p2']}做客户经理，下月安排技术交流。",
             f"客户的收货地址和开票信息已录入CRM，客户编号KH{r.randint(10000, 99999)}。"]
    return wrap_email(r, c, r.choice([f"{c['client']}拜访纪要", "客户拜访情况汇报", "新客户跟进"]), pick(r, paras, r.randint(4, 7)))


def cust_nokw(r, c, target):
    d = Doc("plain")
    d.head.append(f"{r.choice(['华北', '华东', '西南', '华南'])}片区名录（{c['p1']}手上的，交接用）")
    for org in pick(r, CLIENT_ORGS, r.randint(4, 8)):
        d.body.append(f"{org}：对接人{person(r)} {phone(r)}，去年拿货{wan(r, 20, 800)}万，{r.choice(['喜欢喝茶', '只认现金返点', '每季度对账', '年底集中采购', '对质量很挑'])}")
    d.tail.append("这些都是我跑了几年的，接手后先挨个打电话认识一下。")
    orgs = pick(r, COMPANIES, 10)
    d.more = lambda: (f"{orgs.pop()}：对接人{person(r)} {phone(r)}，{r.choice(['新开发', '沉睡半年', '回款慢'])}") if orgs else None
    return d


def cust_short(r, c, target):
    return chat(r, c, [(c["p1"], f"{c['client']}的对接人换成{c['p3']}了，电话{phone(r)}，这个月订单{r.randint(100, 5000)}件"), (c["p2"], "我更新到客户档案里")])


CUST_T = [cust_list, cust_order, cust_shipping, cust_visit_email, cust_nokw]


# ---------------------------------------------------------------------------------------------
# suppliers (机密)
# ---------------------------------------------------------------------------------------------

MATERIALS = ["冷轧钢板", "铝锭", "电解铜", "PA66切片", "瓦楞原纸", "面粉", "猪肉", "锂电芯", "IC芯片", "不锈钢管",
             "PP颗粒", "胶黏剂", "包装膜", "轴承钢", "光学镜片", "棉纱", "活性炭", "纯碱"]


def sup_list(r, c, target):
    sty = r.choice(["tab", "pipe", "md"])
    d = Doc("table" if sty != "tab" else "spreadsheet")
    d.head.append(r.choice(["合格供应商名录及供货价", f"{c['y']}年主要原材料供应商清单", "采购价格台账"]))
    rows = [["供应商", "物料", "含税单价", "账期", "年返利", "联系人", "评级"]]
    sups = pick(r, [x for x in COMPANIES if x != c["co"]], 20)
    def row():
        return [sups.pop(), r.choice(MATERIALS), f"{r.uniform(3, 90000):,.2f}元/{r.choice(['吨', '千克', '件', '片'])}",
                f"{r.choice([30, 45, 60, 90])}天", r.choice(["无", "1%", "2%", "3%", "阶梯返利"]), person(r), r.choice(["A", "B", "B", "C"])]
    for _ in range(r.randint(4, 9)):
        rows.append(row())
    d.body.append(table(rows, sty))
    d.tail.append(r.choice(["供货价为谈判结果，严禁向其他供应商透露。", f"采购部 {c['p1']} 维护", "优惠条件以双方框架协议为准。"]))
    def more():
        if not sups:
            return None
        rw = row()
        return "| " + " | ".join(rw) + " |" if sty == "md" else table([rw], sty)
    d.more = more
    return d


def sup_compare(r, c, target):
    mat = r.choice(MATERIALS)
    d = Doc("table")
    d.head.append(f"{mat}询比价记录  {c['date']}")
    rows = [["供应商", "报价", "交期", "付款条件", "优惠", "结论"]]
    for s in pick(r, [x for x in COMPANIES if x != c["co"]], r.randint(3, 5)):
        rows.append([short_name(s), f"{r.uniform(100, 20000):,.2f}", f"{r.randint(3, 45)}天", r.choice(["月结60天", "票到30天", "预付20%"]),
                     r.choice(["满100吨让2%", "免运费", "无", "年底返1.5%"]), r.choice(["推荐", "备选", "淘汰"])])
    d.body.append(table(rows, r.choice(["pipe", "tab"])))
    d.tail.append(f"比价人：{c['p1']}、{c['p2']}   采购经理意见：{r.choice(['同意推荐供应商', '再谈一轮', '拆分两家供货'])}")
    extra = [f"补充：{short_name(r.choice(COMPANIES))}口头表示可再降{pct(r, 1, 5)}，需书面确认。" for _ in range(3)]
    d.more = lambda: extra.pop() if extra else None
    return d


def sup_email(r, c, target):
    mat = r.choice(MATERIALS)
    paras = [f"和{c['co2s']}谈下来的{mat}采购价：{money(r, 100, 30000)}元/吨，比上季度降{pct(r, 2, 8)}。",
             f"优惠条件：年采购量超过{r.randint(500, 5000)}吨返利{r.choice(['1', '1.5', '2', '2.5'])}%，季度结算。",
             f"账期从{r.choice([30, 45])}天延长到{r.choice([60, 90])}天，对方要求我们承诺最低采购量。",
             f"另一家{short_name(r.choice(COMPANIES))}报价低{r.randint(50, 500)}元，但质量不稳定，评估时扣分较多。",
             "这个价格是{}总私下让的，对方特别交代不要让他们其他客户知道。".format(c["co2s"][:1]),
             f"框架协议下周签，请{c['p3']}准备供应商评估表。"]
    return wrap_email(r, c, f"{mat}供货价及优惠条件", pick(r, paras, r.randint(4, 6)))


def sup_eval_form(r, c, target):
    d = Doc("form")
    d.head.append("供应商评估表")
    d.body += [f"供应商名称：{c['co2']}", f"供货类别：{r.choice(MATERIALS)}", f"评估周期：{c['y']}年第{c['q']}季度"]
    tot = 0
    for item in pick(r, ["质量（30分）", "交付（25分）", "价格（20分）", "服务（15分）", "体系（10分）"], 5):
        s = r.randint(5, 30)
        tot += s
        d.body.append(f"{item}：{s}  说明：{r.choice(['来料批次合格率' + pct(r, 95, 100), '准时交付率' + pct(r, 85, 100), '价格较市场低' + pct(r, 1, 6), '投诉响应及时', '已通过IATF16949'])}")
    d.body.append(f"总分：{tot}   等级：{'A' if tot > 80 else 'B' if tot > 60 else 'C'}")
    d.tail.append(f"评估人：{c['p1']}  {c['date']}")
    return d


def sup_nokw(r, c, target):
    mat = r.choice(MATERIALS)
    lines = [(c["p1"], f"{mat}那几家最新给的数出来了"),
             (c["p1"], f"{short_name(r.choice(COMPANIES))} {money(r, 1000, 20000)}，{short_name(r.choice(COMPANIES))} {money(r, 1000, 20000)}，老{c['co2s'][:2]}还是{money(r, 1000, 20000)}"),
             (c["p2"], "老的那家肯降吗"),
             (c["p1"], f"说量上到{r.randint(200, 900)}吨可以再让{r.randint(1, 3)}个点，年底返"),
             (c["p3"], "别让他们知道互相的数"),
             (c["p2"], "下周约他们总经理吃饭")]
    return chat(r, c, lines[: r.randint(4, 6)])


def sup_short(r, c, target):
    return chat(r, c, [(c["p1"], f"{c['co2s']}{r.choice(MATERIALS)}供货价{money(r, 100, 20000)}元/吨，账期{r.choice([60, 90])}天，年返{r.randint(1, 3)}%"), (c["p2"], "别外传")])


SUP_T = [sup_list, sup_compare, sup_email, sup_eval_form, sup_nokw]


# ---------------------------------------------------------------------------------------------
# personnel (秘密)
# ---------------------------------------------------------------------------------------------

def pers_roster(r, c, target):
    sty = r.choice(["tab", "pipe", "md"])
    d = Doc("spreadsheet" if sty == "tab" else "table")
    d.head.append(r.choice(["员工花名册", f"{c['dept']}人员信息表", f"{c['y']}年{c['m']}月在职人员名单"]))
    rows = [["工号", "姓名", "性别", "身份证号码", "入职日期", "学历", "岗位", "手机"]]
    def row():
        return [f"{r.choice(['HY', 'DL', 'QH', 'E'])}{r.randint(1000, 9999)}", person(r), r.choice(["男", "女"]), resident_id(r),
                dash_date(ymd(r, r.randint(2008, 2025))), r.choice(EDU), r.choice(POSITIONS), phone(r)]
    for _ in range(r.randint(4, 10)):
        rows.append(row())
    d.body.append(table(rows, sty))
    d.tail.append(r.choice(["人事资料仅限人力资源部使用。", f"制表：{c['p1']}", "请各部门核对后于本周五前反馈。"]))
    def more():
        rw = row()
        return "| " + " | ".join(rw) + " |" if sty == "md" else table([rw], sty)
    d.more = more
    return d


def pers_record_form(r, c, target):
    d = Doc("form")
    d.head.append("员工档案登记表")
    name = c["p2"]
    fields = [("姓名", name), ("性别", r.choice(["男", "女"])), ("出生日期", dash_date(ymd(r, r.randint(1970, 2002)))),
              ("身份证号", resident_id(r)), ("籍贯", r.choice(["浙江温州", "江苏盐城", "安徽六安", "湖南衡阳", "四川南充", "河南信阳"])),
              ("政治面貌", r.choice(POLITICAL)), ("婚姻状况", r.choice(["已婚", "未婚"])), ("学历", r.choice(EDU)),
              ("家庭住址", address(r)), ("紧急联系人", f"{person(r)}（{r.choice(['配偶', '父亲', '母亲', '兄'])}）{phone(r)}"),
              ("入职日期", c["date"]), ("部门/岗位", f"{c['dept']}/{r.choice(POSITIONS)}"),
              ("工作经历", f"{r.randint(2008, 2018)}—{r.randint(2019, 2023)} {short_name(r.choice(COMPANIES))} {r.choice(POSITIONS)}"),
              ("体检结论", r.choice(["合格", "合格，轻度脂肪肝", "合格"])), ("背景调查", r.choice(["无异常", "前雇主评价良好", "未完成"]))]
    d.body += [f"{k}：{v}" for k, v in fields]
    d.tail.append(f"填表人签字：{name}    人事审核：{c['p1']}")
    return d


def pers_email(r, c, target):
    who = c["p3"]
    kind = r.choice(["转正", "离职", "调岗", "处分"])
    paras = {"转正": [f"{who}（{c['dept']}，身份证号{resident_id(r)}）试用期将于{c['date']}届满。",
                     f"试用期考核结果：{r.choice(['优秀', '良好', '合格'])}，部门评价“{r.choice(['上手快', '责任心强', '沟通需加强'])}”。",
                     f"建议按期转正，转正后社保公积金基数调整为{r.randint(5000, 20000)}元。"],
             "离职": [f"{who}于{c['date']}提出离职，原因：{r.choice(['家庭原因', '个人发展', '回老家'])}。",
                     f"离职面谈中提到对{c['dept']}的{r.choice(['加班安排', '晋升机会', '考核方式'])}有意见。",
                     "请在最后工作日前完成工作交接、电脑和门禁卡归还，人事档案按规定转出。"],
             "调岗": [f"经研究，拟将{who}由{c['dept']}调至{c['dept2']}，职级不变。", f"其近两年绩效考核均为{r.choice(['B+', 'A', 'B'])}。",
                     "请人力资源部办理人员调整手续并更新员工档案。"],
             "处分": [f"{who}在{c['date']}{r.choice(['违反安全操作规程', '多次迟到早退', '私自带出物料'])}，经调查属实。",
                     f"拟给予{r.choice(['警告', '记过', '降级'])}处分，记入个人档案。", "处分决定送达后，本人可在五个工作日内申诉。"]}[kind]
    paras.append(f"联系人：{c['p1']}，{c['tel']}")
    return wrap_email(r, c, f"关于{who}{kind}事宜", paras)


def pers_perf_table(r, c, target):
    sty = r.choice(["tab", "pipe"])
    d = Doc("table")
    d.head.append(f"{c['y']}年度{r.choice(['上半年', '', '第三季度'])}绩效考核结果汇总（{c['dept']}）")
    rows = [["姓名", "岗位", "KPI得分", "能力评价", "考核结果", "备注"]]
    def row():
        s = r.randint(55, 99)
        return [person(r), r.choice(POSITIONS), str(s), r.choice(["优", "良", "中", "差"]), "A" if s > 90 else "B" if s > 75 else "C" if s > 60 else "D",
                r.choice(["", "拟晋升", "待改进计划", "建议调岗", "拟辞退"])]
    for _ in range(r.randint(5, 12)):
        rows.append(row())
    d.body.append(table(rows, sty))
    d.tail.append(f"考核小组：{c['p1']}、{c['p2']}")
    d.more = lambda: table([row()], sty)
    return d


def pers_cadre(r, c, target):
    who = c["p4"]
    paras = [f"根据公司中层干部选拔安排，考察组于{c['date']}对{who}同志进行了考察。",
             f"{who}，{r.choice(['男', '女'])}，{r.randint(1975, 1992)}年生，{r.choice(POLITICAL)}，{r.choice(EDU)}，现任{c['dept']}副经理。",
             f"民主测评：参评{r.randint(15, 60)}人，优秀率{pct(r, 50, 90)}，称职率{pct(r, 90, 100)}。",
             f"主要优点：{r.choice(['业务熟练，敢于担当', '执行力强，团队稳定', '善于沟通，客户认可度高'])}。",
             f"不足：{r.choice(['大局意识有待加强', '对下属要求偏松', '跨部门协作较弱'])}。",
             f"考察组意见：建议任命为{c['dept']}经理，试用期一年。"]
    return wrap_formal(r, c, f"关于{who}同志的考察材料", paras, issuer=f"{c['co']}干部考察组")


def pers_nokw(r, c, target):
    lines = [(c["p1"], "新来的几个人的情况我整理了一下")]
    for _ in range(r.randint(3, 5)):
        lines.append((c["p1"], f"{person(r)} {resident_id(r)} {r.choice(EDU)} 原来在{short_name(r.choice(COMPANIES))}，住{r.choice(CITIES)}"))
    lines.append((c["p2"], "有一个我记得上次面过，没过"))
    lines.append((c["p1"], "那个这次是老板推荐的"))
    return chat(r, c, lines)


def pers_short(r, c, target):
    return chat(r, c, [(c["p1"], f"{c['p3']}的身份证号{resident_id(r)}，下周一入职{c['dept']}，帮忙办下社保"), (c["p2"], "收到")])


PERS_T = [pers_roster, pers_record_form, pers_email, pers_perf_table, pers_cadre, pers_nokw]


# ---------------------------------------------------------------------------------------------
# compensation (秘密)
# ---------------------------------------------------------------------------------------------

def comp_payroll(r, c, target, nokw=False):
    sty = r.choice(["tab", "pipe", "csv"])
    d = Doc("spreadsheet" if sty != "pipe" else "table")
    if nokw:
        d.head.append(r.choice([f"{c['y']}年{c['m']}月月度发放明细", f"{c['m']}月人员费用发放清单（{c['dept']}）", f"{c['m']}月代发明细-{c['cos']}"]))
        rows = [["工号", "姓名", "固定部分", "浮动部分", "其他", "代扣", "到手", "收款卡号"]]
    else:
        d.head.append(r.choice([f"{c['y']}年{c['m']}月工资表", f"{c['dept']}{c['m']}月工资明细", "工资发放表"]))
        rows = [["工号", "姓名", "基本工资", "绩效工资", "津贴补贴", "社保个人部分", "个税", "实发工资"]]
    def row():
        b, p, a = r.randint(3000, 15000), r.randint(0, 12000), r.randint(0, 2000)
        s = round((b + p) * 0.105, 2)
        t = round(max(0, (b + p + a - s - 5000) * r.choice([0.03, 0.1])), 2)
        last = luhn_card(r) if nokw else ""
        out = [f"{r.randint(1000, 9999)}", person(r), f"{b:.2f}", f"{p:.2f}", f"{a:.2f}", f"{s + t:.2f}" if nokw else f"{s:.2f}"]
        out += ([f"{b+p+a-s-t:.2f}", last] if nokw else [f"{t:.2f}", f"{b+p+a-s-t:.2f}"])
        return out
    for _ in range(r.randint(5, 12)):
        rows.append(row())
    d.body.append(table(rows, sty))
    d.tail.append(f"制表：{c['p1']}  复核：{c['p2']}  {'发放日期' if not nokw else '代发日'}：{c['y']}-{c['m']:02d}-{r.choice([10, 15, 25])}")
    d.more = lambda: table([row()], sty)
    return d


def comp_payroll_nokw(r, c, target):
    return comp_payroll(r, c, target, nokw=True)


def comp_adjust_plan(r, c, target):
    paras = [f"一、调整原则：向关键岗位和一线倾斜，总额增幅控制在{pct(r, 3, 10)}以内。",
             f"二、调整范围：{c['y']}年{r.randint(1, 9)}月1日前入职、年度考核B及以上的员工，共{r.randint(80, 900)}人。",
             f"三、调整标准：考核A的岗位工资上调{r.randint(2, 3)}个薪级，B上调1个薪级；研发岗另加专项津贴{r.randint(3, 15)}00元/月。",
             f"四、高管年薪：总经理{wan(r, 60, 200)}万元，副总经理{wan(r, 40, 120)}万元，其中绩效部分占{r.randint(30, 50)}%。",
             f"五、年终奖：按全年利润的{pct(r, 3, 10)}计提奖金池，各部门按考核系数分配。",
             f"六、测算：全年人工成本增加{wan(r, 200, 3000)}万元。"]
    d = wrap_formal(r, c, f"{c['ny']}年度薪酬调整方案（报批稿）", pick(r, paras, r.randint(4, 6)), to="总经理办公会",
                    issuer=f"{c['co']}人力资源部")
    rows = [["薪级", "岗位工资下限", "岗位工资上限"]] + [[str(k), f"{3000+k*r.randint(600, 900):,}", f"{4000+k*r.randint(900, 1300):,}"] for k in range(1, r.randint(5, 9))]
    d.body.append("附表：薪级标准\n" + table(rows, "tab"))
    extra = [f"{dept}：调薪人数{r.randint(3, 60)}人，月增{money(r, 3000, 90000)}元" for dept in pick(r, DEPTS, 12)]
    d.more = lambda: extra.pop() if extra else None
    return d


def comp_bonus_email(r, c, target):
    paras = [f"{c['y']}年度年终奖分配方案初步定了，{c['dept']}奖金池{wan(r, 20, 300)}万元。",
             f"{c['p3']} {r.randint(2, 8)}个月，{c['p4']} {r.randint(1, 6)}个月，{c['p5']} {r.randint(1, 4)}个月，其余按考核系数平均。",
             f"发放时间春节前，个税按年终奖单独计税，{c['p6']}那笔超过了{r.choice(['36000', '144000'])}的档，要提醒他。",
             "这个名单只有你我知道，不要在部门群里讨论。", f"销售提成按回款的{pct(r, 1, 5)}，{c['p7']}今年回款最多，提成约{wan(r, 5, 60)}万。"]
    return wrap_email(r, c, r.choice(["年终奖分配（仅限本人）", "奖金方案", "关于提成和年终奖"]), pick(r, paras, r.randint(3, 5)))


def comp_chat(r, c, target):
    lines = [(c["p1"], f"我这个月到手怎么少了{r.randint(300, 2000)}"), (c["p2"], f"扣了{r.randint(1, 3)}天事假，还有补缴的公积金"),
             (c["p1"], f"加班费没算进去吧，我上月加了{r.randint(10, 40)}小时"), (c["p2"], f"加班费下月一起发，按{money(r, 30, 80)}元一小时"),
             (c["p3"], f"顺便问下我的调薪什么时候生效，{c['p4']}说定了月薪{r.randint(8, 25)}k"), (c["p2"], "下月起，私聊说")]
    return chat(r, c, lines[: r.randint(4, 6)])


def comp_incentive_md(r, c, target):
    d = Doc("markdown")
    d.head.append(f"# 核心员工激励名单及额度（{c['y']}）")
    rows = [["姓名", "岗位", "年薪（万元）", "期权（股）", "行权价", "备注"]]
    for _ in range(r.randint(4, 9)):
        rows.append([person(r), r.choice(POSITIONS), wan(r, 20, 150), f"{r.randint(5, 200)*1000:,}", f"{r.uniform(1, 9):.2f}", r.choice(["", "分四年归属", "含竞业补偿"])])
    d.body.append(table(rows, "md"))
    d.body.append(f"- 股权激励总量占总股本{pct(r, 2, 8)}\n- 福利：补充医疗、年度体检、住房补贴{r.randint(500, 3000)}元/月")
    extra = [f"| {person(r)} | {r.choice(POSITIONS)} | {wan(r, 20, 150)} | {r.randint(5, 200)*1000:,} | {r.uniform(1, 9):.2f} | 补充 |" for _ in range(8)]
    d.more = lambda: extra.pop() if extra else None
    return d


def comp_short(r, c, target):
    return chat(r, c, [(c["p1"], f"{c['p3']}月薪从{r.randint(8, 15)}k调到{r.randint(16, 25)}k，下月生效，年终奖{r.randint(2, 5)}个月"), (c["p2"], "好的我改工资表")])


COMP_T = [comp_payroll, comp_payroll_nokw, comp_adjust_plan, comp_bonus_email, comp_chat, comp_incentive_md]


# ---------------------------------------------------------------------------------------------
# contracts (秘密)
# ---------------------------------------------------------------------------------------------

CLAUSES = [
    ("合同标的", ["{B}按本合同约定向{A}提供{line}（型号{model}），数量{n3}件，质量符合国家标准及双方确认的技术协议。",
               "{B}为{A}提供{svc}服务，服务范围以附件一《服务清单》为准。"]),
    ("合同价款及支付", ["合同总价为人民币{amt}元（含{tax}%增值税）。{A}于合同签订后{n1}个工作日内支付{pp}%预付款，验收合格后支付至{pp2}%，余款在质保期满后付清。",
                   "价款按月结算，{B}每月{n1}日前提交对账单，{A}核对无误后{n2}日内付款。"]),
    ("交付与验收", ["{B}应于{date2}前将货物送至{addr}，运费由{B}承担。{A}在收货后{n1}日内组织验收。",
               "验收以双方签字的验收单为准，验收不合格的，{B}应在{n1}日内免费更换。"]),
    ("质保期", ["质保期为验收合格之日起{n1}年，质保期内非人为损坏由{B}免费维修。"]),
    ("保密条款", ["双方对在履行本合同过程中知悉的对方商业秘密负有保密义务，保密期限为合同终止后{n1}年。",
               "未经对方书面同意，任何一方不得向第三方披露本合同内容及价格。"]),
    ("知识产权归属", ["履行本合同产生的技术成果，知识产权归{A}所有，{B}保留署名权。"]),
    ("违约责任", ["{B}逾期交货的，每逾期一日按合同总价的{dv}‰支付违约金，累计不超过合同总价的{n2}%。",
               "{A}逾期付款的，按未付金额每日万分之{n1}支付违约金。"]),
    ("不可抗力", ["因地震、洪水、疫情等不可抗力导致不能履行的，受影响方应在{n1}日内书面通知对方，并提供证明。"]),
    ("争议解决", ["因本合同引起的争议，双方协商解决；协商不成的，提交{city}仲裁委员会仲裁。",
               "协商不成的，任何一方可向{A}所在地人民法院提起诉讼。"]),
    ("合同期限", ["本合同自双方签字盖章之日起生效，有效期至{date2}。期满前{n1}日双方可协商续签。"]),
]


def contract_vars(r, c, blanks=False):
    v = dict(c)
    v.update({"A": "甲方", "B": "乙方", "svc": r.choice(["设备运维", "软件开发", "仓储物流", "检测", "保洁", "技术咨询", "IT外包"]),
              "amt": money(r, 50000, 9000000), "tax": r.choice([6, 9, 13]), "pp": r.choice([10, 20, 30]), "pp2": r.choice([70, 80, 90]),
              "dv": r.choice([0.5, 1, 2, 3])})
    if blanks:
        for k in ("amt", "date2", "addr", "n1", "n2", "model", "pp", "pp2", "city"):
            v[k] = "________" if r.random() < 0.6 else v[k]
    return v


def contract_full(r, c, target, blanks=False):
    v = contract_vars(r, c, blanks)
    d = Doc("template" if blanks else "formal")
    kind = r.choice(["采购合同", "技术服务合同", "设备买卖合同", "委托加工协议", "仓储服务合同", "软件开发合同"])
    d.head.append(f"{kind}" + ("（草稿）" if blanks or r.random() < 0.3 else ""))
    d.head.append(f"合同编号：{'HT-' + str(c['y']) + '-' + str(r.randint(100, 999)) if not blanks or r.random() < 0.5 else '________'}")
    d.head.append(f"甲方：{c['co']}\n法定代表人：{c['p1']}\n地址：{c['addr']}")
    d.head.append(f"乙方：{c['co2'] if not blanks or r.random() < 0.5 else '____________________'}\n法定代表人：{c['p2'] if not blanks else '________'}")
    d.body.append(r.choice(["甲乙双方经友好协商，就下列事项达成一致，签订本合同，共同遵守。",
                            "根据《中华人民共和国民法典》及有关规定，双方本着平等自愿原则，订立本合同。",
                            f"为明确双方权利义务，经{c['cos']}与对方充分协商，订立如下条款："]))
    chosen = [cl for cl in CLAUSES if r.random() < 0.75] or CLAUSES[:3]
    rest = [cl for cl in CLAUSES if cl not in chosen]
    k = [0]
    def clause(cl):
        k[0] += 1
        title, sents = cl
        return f"第{cn_num(k[0])}条 {title}\n" + "".join(fill(s, v) for s in pick(r, sents, r.randint(1, len(sents))))
    for cl in chosen:
        d.body.append(clause(cl))
    d.tail.append(f"甲方（盖章）：{c['co']}        乙方（盖章）：{'' if blanks else c['co2']}")
    d.tail.append(f"签订日期：{'____年__月__日' if blanks else c['date']}")
    extras = [("附件一 清单", None), ("补充约定", None), ("通知与送达", None), ("其他", None)]
    def more():
        if rest:
            return clause(rest.pop())
        if extras:
            t, _ = extras.pop()
            k[0] += 1
            return f"第{cn_num(k[0])}条 {t}\n" + r.choice([f"{c['p3']}为甲方联系人（{phone(r)}），{c['p4']}为乙方联系人（{phone(r)}）。",
                                                        f"本合同一式{r.randint(2, 6)}份，双方各执{r.randint(1, 3)}份，具有同等法律效力。",
                                                        f"{r.choice(c['models'])}单价{money(r, 10, 5000)}元，{r.choice(c['models'])}单价{money(r, 10, 5000)}元，数量以订单为准。",
                                                        "乙方派驻人员须遵守甲方现场管理制度，因乙方人员原因造成的损失由乙方承担。"])
        return None
    d.more = more
    return d


def contract_blank(r, c, target):
    return contract_full(r, c, target, blanks=True)


def contract_loi(r, c, target):
    paras = [f"甲方：{c['co']}    乙方：{c['co2']}",
             f"经初步接洽，双方有意在{c['line']}领域开展合作，现就合作意向达成如下共识：",
             f"1. 乙方拟向甲方采购{c['model']}等产品，预计年采购额{wan(r, 200, 5000)}万元；",
             f"2. 甲方给予乙方{r.choice(['华东', '西南', '华南'])}地区{r.randint(1, 3)}年的区域独家代理权，具体条件在正式协议中约定；",
             f"3. 双方应于{c['date2']}前签订正式合同，本意向书不构成具有约束力的承诺，但保密条款除外；",
             "4. 双方对本意向书内容负有保密义务。"]
    d = Doc("formal")
    d.head.append("合作意向书")
    d.body += paras
    d.tail += [f"甲方代表：{c['p1']}    乙方代表：{c['p2']}", c["date"]]
    return d


def contract_supplement(r, c, target):
    paras = [f"甲方：{c['co']}  乙方：{c['co2']}",
             f"双方于{c['date']}签订的《{r.choice(['采购合同', '技术服务合同', '租赁合同'])}》（编号HT-{c['y']}-{r.randint(100, 999)}），现经协商一致，补充约定如下：",
             f"一、原合同第{cn_num(r.randint(2, 6))}条价款调整为人民币{money(r, 10000, 5e6)}元；",
             f"二、交货期顺延至{c['date2']}，顺延期间不计违约金；",
             f"三、质保期由{r.randint(1, 2)}年延长至{r.randint(3, 5)}年；",
             "四、本补充协议与原合同具有同等效力，未约定事项仍按原合同执行。"]
    d = Doc("formal")
    d.head.append("补充协议")
    d.body += paras
    d.tail += ["甲方（盖章）      乙方（盖章）", c["date2"]]
    return d


def contract_redline_email(r, c, target):
    paras = [f"{c['co2s']}那边把合同改稿发回来了，主要改了这几处：",
             f"1. 违约金从每日{r.choice([1, 2])}‰降到{r.choice([0.3, 0.5])}‰，上限从{r.randint(10, 20)}%降到{r.randint(3, 8)}%，我建议最多让到{r.randint(5, 10)}%；",
             f"2. 付款方式改成验收后{r.choice([60, 90, 120])}天付款，这个不能接受；",
             "3. 争议解决改成他们所在地法院，可以退一步约定第三地仲裁；",
             "4. 知识产权归属他们想共有，需要技术部评估。",
             f"合同金额{money(r, 1e5, 9e6)}元不变。请法务{c['p3']}出修改意见，周五前回复对方。"]
    return wrap_email(r, c, f"{c['co2s']}合同改稿意见", paras)


def contract_short(r, c, target):
    return chat(r, c, [(c["p1"], f"和{c['co2s']}的合同定稿了，合同金额{money(r, 1e5, 5e6)}元，违约金上限{r.randint(5, 20)}%，明天双方签字盖章"), (c["p2"], "好，我约法务")])


CONTRACT_T = [contract_full, contract_blank, contract_loi, contract_supplement, contract_redline_email, contract_blank]


# ---------------------------------------------------------------------------------------------
# internal (内部): notices and 制度 about (sometimes sensitive) topics
# ---------------------------------------------------------------------------------------------

RULE_TOPICS = {
    "预算管理办法": ["公司实行全面预算管理，预算年度与会计年度一致。", "财务部是预算管理的归口部门，负责预算编制的组织、汇总和执行分析。",
                 "各部门应于每年{m}月底前提交下一年度预算草案，经预算委员会审议后报总经理批准。",
                 "预算一经批准，原则上不作调整；确需调整的，由申请部门说明理由，按原审批程序报批。",
                 "预算外支出须事先提出申请，金额在{n2}万元以下的由分管副总审批，以上的由总经理审批。",
                 "财务部每月编制预算执行情况表，对差异超过{n1}0%的项目进行分析。", "预算执行结果纳入部门年度考核。"],
    "档案管理制度": ["本制度所称档案，是指公司在经营活动中形成的具有保存价值的文字、图表、声像等各种形式的历史记录。",
                 "综合办公室负责公司档案的集中统一管理，各部门设兼职档案员。",
                 "文件材料办理完毕后，应在次年{m}月底前整理归档。", "会计档案按照《会计档案管理办法》的规定保管期限执行。",
                 "借阅涉密档案须经部门经理批准，借阅期限不超过{n1}个工作日，不得复印、拍照。",
                 "档案室应做到防火、防潮、防虫、防盗，温湿度每周记录一次。", "到期档案的鉴定和销毁，应编制销毁清册，经批准后在两人以上监督下进行。"],
    "薪酬管理制度": ["公司薪酬遵循按岗定薪、按绩取酬、效率优先的原则。", "员工薪酬由基本工资、岗位工资、绩效工资、津贴补贴和奖金构成。",
                 "工资于每月{n1}日前以银行转账方式发放，遇节假日顺延。", "员工薪酬信息属于个人隐私，任何人不得打听、传播他人薪酬。",
                 "年度调薪由人力资源部根据经营情况和考核结果提出方案，报总经理办公会审定。",
                 "加班工资按国家规定的标准计算，计算基数为本人岗位工资。", "员工对薪酬核算有异议的，可在发放后{n1}个工作日内向人力资源部提出复核。"],
    "招标采购管理办法": ["公司采购金额在{n2}万元以上的工程、货物和服务，原则上采用公开招标或邀请招标方式。",
                   "招标工作由采购部组织，纪检、财务、使用部门共同参与。", "评标委员会由{n1}人以上单数组成，其中技术、经济专家不少于三分之二。",
                   "投标截止前，任何人不得向潜在投标人透露已获取招标文件的单位名称、数量及标底。",
                   "开标应当公开进行，开标过程应当记录并存档备查。", "中标结果应在公司内部公示{n1}个工作日。",
                   "参与招标工作的人员与投标人有利害关系的，应当回避。"],
    "密码管理规定": ["本规定适用于公司所有信息系统的账号和密码管理。", "密码长度不少于{n1}位，应包含大小写字母、数字和特殊字符。",
                 "系统管理员密码每{n1}0天更换一次，普通用户密码每{n2}0天更换一次。", "禁止将密码写在纸条、便签或明文保存在电脑中。",
                 "员工离职时，信息中心应在当日停用其全部账号。", "管理员账号实行双人分段保管，重要系统登录须经堡垒机审计。",
                 "发现密码泄露的，应立即修改并报告信息中心。"],
    "合同管理办法": ["本办法所称合同，包括公司对外签订的各类合同、协议及意向书。", "合同由承办部门起草，法务部审核，财务部会签。",
                 "合同金额在{n2}万元以上的，须经总经理批准后签订。", "合同签订后，原件由综合办公室统一编号归档。",
                 "合同履行中发生变更的，应签订补充协议。", "承办部门应建立合同台账，跟踪履行和付款情况。"],
    "客户信息管理规定": ["客户信息是公司的重要资源，归公司所有。", "销售人员应将客户信息及时录入CRM系统，不得私自留存或带离公司。",
                    "导出客户名单须经销售总监审批，并登记用途。", "员工离职时须完整移交所负责的客户资料。",
                    "违反本规定造成客户流失的，公司将依法追究责任。"],
    "价格管理办法": ["公司产品价格由价格管理委员会统一制定。", "价格调整方案由市场部提出，经财务部测算毛利影响后报委员会审议。",
                 "调价信息在正式发布前属于公司商业秘密，知悉人员应严格保密。", "销售人员不得擅自低于最低限价销售。",
                 "特价审批权限：折扣在{n1}%以内由大区经理审批，超过的由营销副总审批。"],
    "费用报销管理办法": ["报销须取得合法有效的原始凭证。", "差旅费标准：住宿费一线城市每晚不超过{n3}元，其他城市不超过{n2}0元。",
                   "报销单经部门经理、财务审核后由出纳付款。", "借款应在业务结束后{n1}0日内报销冲账。",
                   "业务招待费须事前申请，注明招待对象和人数。"],
    "保密管理制度": ["公司保密工作实行分级管理，各部门负责人为本部门保密第一责任人。", "涉密文件应标注密级和保密期限，并按密级分别存放。",
                 "绝密文件只能以纸质方式传递，不得通过网络传输。", "复制涉密文件须经审批，并登记份数和去向。",
                 "新员工入职应签订保密承诺书。", "保密期限届满的文件，由保密办统一组织解密或销毁。"],
    "考勤管理规定": ["公司实行标准工时制，工作时间为上午8:30至下午5:30。", "员工上下班须打卡，迟到、早退{n2}分钟以内的，每月累计三次视为旷工半天。",
                 "请假须事先在OA系统提交申请，病假需提供医院证明。", "因公外出应在系统登记外出事由。"],
}


def internal_rule(r, c, target):
    topic = r.choice(list(RULE_TOPICS))
    arts = list(RULE_TOPICS[topic])
    general = ["为规范公司{t}工作，根据国家有关法律法规，结合公司实际，制定本{k}。", "本{k}适用于公司及所属各分子公司。",
               "本{k}由{dept}负责解释。", "本{k}自发布之日起施行，原相关规定同时废止。", "各部门应组织员工学习本{k}，认真贯彻执行。",
               "违反本{k}的，视情节轻重给予通报批评、经济处罚或纪律处分。"]
    kind = topic[-2:] if topic[-2:] in ("办法", "制度", "规定") else "办法"
    t = topic[: -len(kind)]
    d = Doc(r.choice(["formal", "markdown"]))
    title = f"{c['cos']}{topic}" + r.choice(["", "（试行）", f"（{c['y']}年修订）"])
    d.head.append(("# " if d.style == "markdown" else "") + title)
    if d.style == "formal":
        d.head.append(f"{c['cos'][:2]}〔{c['y']}〕{r.randint(1, 60)}号")
    k = [0]
    def art(s):
        k[0] += 1
        return f"第{cn_num(k[0])}条 " + fill(s, dict(c, t=t, k=kind))
    d.body.append(("## " if d.style == "markdown" else "") + "第一章 总则")
    d.body += [art(general[0]), art(general[1])]
    d.body.append(("## " if d.style == "markdown" else "") + "第二章 " + r.choice(["管理职责与要求", "具体规定", "工作程序"]))
    main = pick(r, arts, r.randint(3, len(arts)))
    d.body += [art(s) for s in main]
    tail_arts = pick(r, general[2:], r.randint(2, 4))
    d.tail.append(("## " if d.style == "markdown" else "") + "第三章 附则")
    d.tail += [art(s) for s in tail_arts]
    if d.style == "formal":
        d.tail.append(c["date"])
    rest = [s for s in arts if s not in main]
    [s for tp, ss in RULE_TOPICS.items() if tp != topic for s in ss]
    def more():
        if rest:
            return art(rest.pop())
        return None
    d.more = more
    return d


HOLIDAYS = [("元旦", "1月1日", "1天"), ("春节", "除夕至正月初七", "8天"), ("清明节", "4月4日至6日", "3天"), ("劳动节", "5月1日至5日", "5天"),
            ("端午节", "端午当日起", "3天"), ("中秋节", "中秋当日起", "3天"), ("国庆节", "10月1日至7日", "7天")]


def internal_notice(r, c, target):
    kind = r.choice(["放假", "会议室", "培训", "消防演练", "办公用品", "体检", "值班", "停电", "搬迁", "卫生检查"])
    if kind == "放假":
        h = r.choice(HOLIDAYS)
        paras = [f"根据国务院办公厅通知精神，结合公司生产经营实际，现将{c['y']}年{h[0]}放假安排通知如下：",
                 f"一、放假时间：{h[1]}放假调休，共{h[2]}。", f"二、{r.choice(['生产一线按排班表执行', '节前请各部门关好门窗、切断电源', '假期值班表附后'])}。",
                 f"三、节日期间如遇紧急情况，请联系值班人员{c['p2']}（{c['tel']}）。", "四、请各部门做好节前安全检查，确保节日期间平安。"]
    elif kind == "会议室":
        paras = [f"为提高会议室使用效率，自{c['date']}起，行政楼{r.randint(2, 6)}个会议室统一通过OA系统预约。",
                 f"单次预约不超过{r.randint(2, 4)}小时，需要投影和视频设备的请提前{r.randint(1, 2)}天备注。",
                 "会后请关闭空调和投影，擦净白板，恢复桌椅。", f"行政部联系人：{c['p3']}，分机{r.randint(8000, 8999)}。"]
    elif kind == "培训":
        paras = [f"为提升员工{r.choice(['安全意识', 'Office办公技能', '质量意识', '沟通能力', '保密意识'])}，人力资源部定于{c['date']}举办专题培训。",
                 f"一、培训时间：{r.choice(['上午9:00—11:30', '下午2:00—5:00'])}；二、地点：{r.choice(['一楼报告厅', '培训中心201', '线上腾讯会议'])}；",
                 f"三、参加人员：{r.choice(['各部门新入职员工', '全体中层管理人员', '生产车间班组长', '全体员工'])}；",
                 f"四、讲师：{c['p4']}（{r.choice(['外聘专家', '质量部经理', '安环部主管'])}）；", "五、请各部门于培训前一天报送参训名单，培训纳入年度学时考核。"]
    elif kind == "消防演练":
        paras = [f"定于{c['date']}上午{r.randint(9, 10)}点在厂区开展消防疏散演练。", "听到警报后，请按疏散路线有序撤离至南侧广场集合，不要乘坐电梯。",
                 f"各部门负责人清点人数后向{c['p2']}报告。", "演练期间生产线按计划停机{r}分钟。".replace("{r}", str(r.randint(10, 30)))]
    elif kind == "办公用品":
        paras = [f"即日起，办公用品实行按月集中领用，每月{r.randint(1, 10)}日前各部门在OA提交需求。", "打印纸、硒鼓等耗材按部门定额发放，超额需部门经理签字。",
                 f"领用地点：行政部库房（{r.choice(['一楼', '二楼东侧', '地下一层'])}），领用时间每周二、四下午。"]
    elif kind == "体检":
        paras = [f"公司{c['y']}年度员工健康体检安排在{c['date']}至{c['date2']}，地点为{c['city']}{r.choice(['爱康国宾', '美年大健康', '市第一人民医院体检中心'])}。",
                 "请按部门分批前往，体检前一天晚上十点后禁食。", f"如有疑问请联系{c['p3']}。"]
    elif kind == "值班":
        rows = [["日期", "值班领导", "值班人员", "电话"]] + [[f"{c['m']}月{c['d']+i}日", person(r), person(r), phone(r)] for i in range(r.randint(3, 7))]
        paras = ["节假日值班安排如下，请值班人员按时到岗，做好值班记录：", table(rows, r.choice(["tab", "pipe"])), "值班期间不得擅离岗位，遇重大情况及时报告。"]
    elif kind == "停电":
        paras = [f"接供电部门通知，{c['date']}{r.choice(['8:00—16:00', '全天'])}园区线路检修停电。", "请各部门提前保存电脑资料，关闭用电设备。",
                 "信息中心将提前关闭非必要服务器，OA和邮件暂停使用。"]
    elif kind == "搬迁":
        paras = [f"{c['dept']}将于{c['date']}搬至{r.choice(['B座3楼', '新办公楼5层', '研发楼东侧'])}办公。", "搬迁期间电话分机号不变。", f"如需协助请联系行政部{c['p3']}。"]
    else:
        paras = [f"为营造整洁的办公环境，行政部将于每周{r.choice(['一', '三', '五'])}下午对各办公区域进行卫生检查。",
                 "检查结果在公司公告栏公布，连续两次不合格的部门将被通报。", "请各部门落实卫生责任区，保持桌面整洁。"]
    paras.append(r.choice(["特此通知。", "请遵照执行。", "特此通知，请各部门相互转告。"]))
    title = {"放假": f"关于{c['y']}年{r.choice(HOLIDAYS)[0]}放假安排的通知", "会议室": "关于会议室使用管理的通知", "培训": "关于举办专题培训的通知",
             "消防演练": "关于开展消防疏散演练的通知", "办公用品": "关于办公用品领用的通知", "体检": f"关于组织{c['y']}年员工体检的通知",
             "值班": "关于节假日值班安排的通知", "停电": "关于园区停电的通知", "搬迁": f"关于{c['dept']}办公地点调整的通知",
             "卫生检查": "关于开展办公区卫生检查的通知"}[kind]
    d = wrap_formal(r, c, title, paras, to=r.choice(["各部门、全体员工", "公司各部门", "各部门"]),
                    issuer=f"{c['co']}{r.choice(['行政部', '综合办公室', '人力资源部'])}")
    extra = [f"附：{r.choice(['各部门', '各车间'])}联络人 {person(r)} 分机{r.randint(8000, 8999)}" for _ in range(10)]
    d.more = lambda: extra.pop() if extra else None
    return d


def internal_chat(r, c, target):
    msgs = [f"@所有人 明天上午{r.randint(9, 10)}点消防演练，听到警报往南广场走",
            "@所有人 本周五下午三点在一楼报告厅开全员大会，请准时参加",
            f"通知：{c['m']}月{c['d']}日起食堂午餐时间调整为11:30—13:00",
            "@所有人 这周四园区停水，楼层饮水机提前接好水",
            f"提醒一下，{r.choice(['三楼', '五楼'])}会议室投影坏了，预约时候注意",
            "下周一起考勤改用钉钉打卡，旧的指纹机撤掉"]
    lines = [(c["p1"], m) for m in pick(r, msgs, r.randint(1, 3))]
    lines.append((c["p2"], r.choice(["收到", "收到👌", "好的", "1"])))
    lines.append((c["p3"], r.choice(["收到", "好的收到", "👍"])))
    return chat(r, c, lines, app=r.choice(["钉钉", "企业微信"]))


def internal_decision(r, c, target):
    paras = [f"为{r.choice(['加强行政管理', '规范日常办公秩序', '推进精益管理', '提升服务质量'])}，经研究，公司决定：",
             f"一、{r.choice(['成立车辆管理小组', '调整食堂承包方式', '开展“质量月”活动', '推行6S现场管理'])}，由{c['p2']}任组长。",
             f"二、对{c['dept']}在{r.choice(['安全生产', '节能降耗', '文明办公'])}工作中表现突出予以通报表扬。",
             "三、各部门要结合实际抓好落实。"]
    return wrap_formal(r, c, r.choice(["关于行政管理若干事项的决定", "关于表彰先进部门的决定", "关于开展专项活动的决定"]), paras,
                       to="各部门", issuer=c["co"])


def internal_process(r, c, target):
    d = Doc("markdown")
    proc = r.choice(["费用报销流程", "用印审批流程", "访客接待流程", "新员工入职办理流程", "出差审批流程", "固定资产领用流程", "合同审批流程"])
    d.head.append(f"# {proc}（{c['y']}版）")
    steps = {"费用报销流程": ["在OA填写报销单并上传发票", "部门经理审批", "财务审核票据", "出纳付款至本人工资卡"],
             "用印审批流程": ["填写用印申请单", "部门负责人签字", "法务审核（合同类）", "综合办公室登记用印"],
             "访客接待流程": ["被访人提前在系统登记", "门岗核验身份并发放访客证", "被访人到大厅接待", "离开时交回访客证"],
             "新员工入职办理流程": ["提交入职材料", "签订劳动合同", "领取工牌和电脑", "参加入职培训"],
             "出差审批流程": ["提交出差申请", "部门经理审批", "行政订票订酒店", "回来后五日内报销"],
             "固定资产领用流程": ["提交领用申请", "资产管理员核对库存", "登记资产卡片", "领用人签字确认"],
             "合同审批流程": ["承办人起草", "部门经理审核", "法务、财务会签", "分管领导签批后盖章"]}[proc]
    d.body += [f"{i+1}. {s}（时限：{r.randint(1, 3)}个工作日）" for i, s in enumerate(steps)]
    d.body.append(f"> 流程负责人：{c['p1']}（{c['dept']}）  如有疑问请拨分机{r.randint(8000, 8999)}")
    return d


def internal_short(r, c, target):
    return chat(r, c, [(c["p1"], r.choice([f"@所有人 {c['m']}月{c['d']}日下午两点全员培训，地点一楼报告厅，请准时参加",
                                           "@所有人 国庆放假安排已发OA，10月1日至7日放假，8日正常上班",
                                           "@所有人 三楼大会议室明天上午被占用，临时改到二楼小会议室"])),
                       (c["p2"], "收到")], app="钉钉")


INTERNAL_T = [internal_rule, internal_rule, internal_notice, internal_notice, internal_chat, internal_decision, internal_process]


# ---------------------------------------------------------------------------------------------
# public (公开): published material, whatever its topic
# ---------------------------------------------------------------------------------------------

def stock(r):
    return f"{r.choice(['600', '601', '603', '000', '002', '300', '688'])}{r.randint(100, 999)}"


def pub_annual_summary(r, c, target):
    d = Doc("announcement")
    code = stock(r)
    d.head.append(f"证券代码：{code}    证券简称：{c['cos'][:4]}    公告编号：{c['y']}-{r.randint(1, 80):03d}")
    d.head.append(f"{c['co']}{c['py']}年年度报告摘要")
    d.body.append("第一节 重要提示")
    d.body.append("本年度报告摘要来自年度报告全文，为全面了解本公司的经营成果、财务状况及未来发展规划，投资者应当到证监会指定媒体仔细阅读年度报告全文。")
    d.body.append("本公司董事会、监事会及董事、监事、高级管理人员保证年度报告内容的真实性、准确性、完整性，不存在虚假记载、误导性陈述或重大遗漏，并承担个别和连带的法律责任。")
    d.body.append(f"{r.choice(['立信', '天健', '信永中和', '大华', '容诚'])}会计师事务所（特殊普通合伙）为本公司出具了标准无保留意见的审计报告。")
    d.body.append(f"董事会审议的报告期利润分配预案：以总股本为基数，向全体股东每10股派发现金红利{r.uniform(0.5, 6):.2f}元（含税）。")
    d.body.append("第二节 公司基本情况\n主要会计数据和财务指标（单位：元）")
    rows = [["项目", f"{c['py']}年", f"{c['py']-1}年", "本年比上年增减"]]
    for it in ["营业收入", "归属于上市公司股东的净利润", "扣除非经常性损益的净利润", "经营活动产生的现金流量净额", "基本每股收益（元/股）", "加权平均净资产收益率", "总资产", "归属于上市公司股东的净资产"]:
        a, b = r.uniform(1e7, 9e9), r.uniform(1e7, 9e9)
        rows.append([it, f"{a:,.2f}", f"{b:,.2f}", f"{(a/b-1)*100:.2f}%"])
    d.body.append(table(rows, r.choice(["tab", "pipe", "space"])))
    d.body.append(f"报告期内，公司主营{c['line']}的研发、生产和销售，{r.choice(['受下游需求回暖带动', '面对复杂的外部环境', '依托产能释放'])}，营业收入同比{pct(r, -10, 30)}。")
    d.tail.append(f"{c['co']}董事会\n{c['y']}年{r.randint(3, 4)}月{r.randint(1, 28)}日")
    extra = [f"前十名股东持股情况：{person(r)}持股{pct(r, 1, 30)}，{r.choice(['全国社保基金一一八组合', '香港中央结算有限公司', short_name(r.choice(COMPANIES)) + '投资合伙企业（有限合伙）'])}持股{pct(r, 0.5, 5)}。" for _ in range(6)]
    d.more = lambda: extra.pop() if extra else None
    return d


def pub_announcement(r, c, target):
    d = Doc("announcement")
    code = stock(r)
    kind = r.choice(["中标", "调价", "投资", "董事会决议", "人事"])
    d.head.append(f"证券代码：{code}  证券简称：{c['cos'][:4]}  公告编号：临{c['y']}-{r.randint(1, 90):03d}")
    title = {"中标": "关于项目中标的公告", "调价": "关于调整部分产品价格的公告", "投资": f"关于投资建设{c['city']}生产基地的公告",
             "董事会决议": f"第{cn_num(r.randint(3, 9))}届董事会第{cn_num(r.randint(1, 19))}次会议决议公告", "人事": "关于高级管理人员辞职及聘任的公告"}[kind]
    d.head.append(f"{c['co']}\n{title}")
    d.body.append("本公司及董事会全体成员保证信息披露的内容真实、准确、完整，没有虚假记载、误导性陈述或重大遗漏。")
    if kind == "中标":
        d.body += [f"近日，公司收到{c['client']}发出的《中标通知书》，确认公司为“{r.choice(PROJECTS)}”的中标单位，中标金额为人民币{money(r, 1e7, 9e8)}元。",
                   f"本项目中标金额约占公司{c['py']}年经审计营业收入的{pct(r, 2, 30)}，项目的履行预计对公司未来经营业绩产生积极影响。",
                   "公司与招标人不存在关联关系。项目尚需签订正式合同，合同条款尚存在不确定性，敬请广大投资者注意投资风险。"]
    elif kind == "调价":
        d.body += [f"受原材料价格上涨影响，公司决定自{c['date']}起对{c['line']}部分产品出厂价格上调{pct(r, 3, 15)}。",
                   "本次价格调整预计将对公司本年度营业收入和净利润产生积极影响，具体以经审计数据为准。", "特此公告。"]
    elif kind == "投资":
        d.body += [f"为满足业务发展需要，公司拟在{c['city']}投资建设{c['line']}生产基地，项目总投资约{wan(r, 2, 30)}亿元，资金来源为自有及自筹资金。",
                   "本次投资已经公司董事会审议通过，无需提交股东大会审议，不构成关联交易，亦不构成重大资产重组。",
                   "项目建设周期较长，存在审批、市场等不确定性风险，敬请投资者注意。"]
    elif kind == "董事会决议":
        d.body += [f"公司董事会于{c['date']}以通讯表决方式召开会议，应出席董事{r.randint(7, 11)}名，实际出席{r.randint(7, 11)}名。",
                   f"一、审议通过《关于{c['py']}年度财务决算报告的议案》，表决结果：同意{r.randint(7, 9)}票，反对0票，弃权0票。",
                   f"二、审议通过《关于向银行申请综合授信额度的议案》，同意向{r.choice(BANKS)}申请不超过{wan(r, 1, 20)}亿元授信。",
                   "三、审议通过《关于召开年度股东大会的议案》。"]
    else:
        d.body += [f"公司董事会近日收到副总经理{c['p2']}的书面辞职报告，其因个人原因申请辞去公司副总经理职务，辞职后不再担任公司任何职务。",
                   f"经总经理提名，董事会同意聘任{c['p3']}为公司副总经理，任期至本届董事会届满，简历附后。",
                   f"{c['p3']}，{r.randint(1970, 1988)}年出生，中国国籍，无境外永久居留权，{r.choice(EDU)}学历，曾任公司{c['dept']}经理。"]
    d.tail.append(f"特此公告。\n{c['co']}董事会\n{c['date']}")
    return d


def pub_news(r, c, target):
    d = Doc("news")
    kind = r.choice(["bid", "salary", "expansion", "results"])
    src = r.choice(["本报讯", "新华财经", "某某日报", "经济观察网", f"{c['city']}晚报"])
    rep = person(r)
    if kind == "bid":
        d.head.append(f"{c['cos']}以{wan(r, 1, 9)}亿元中标{c['client']}项目")
        d.body += [f"{src}（记者{rep}）{c['m']}月{c['d']}日，{c['client']}公布了“{r.choice(PROJECTS)}”的评标结果，{c['co']}以{wan(r, 1000, 90000)}万元的投标报价中标，报价较招标控制价下浮{pct(r, 3, 12)}。",
                   f"据了解，此次共有{r.randint(5, 12)}家企业参与投标，{c['co2s']}等企业报价略高。业内人士分析，{c['cos']}的中标得益于其在{c['line']}领域的本地化服务优势。",
                   f"{c['cos']}相关负责人在接受采访时表示，公司将严格按合同履约。"]
    elif kind == "salary":
        d.head.append(f"{c['city']}制造业平均工资发布：{r.choice(['技术岗涨幅最高', '一线工人收入稳步增长', '研发人员月薪过万'])}")
        d.body += [f"{src}（记者{rep}）{c['city']}市人力资源和社会保障局近日公布{c['py']}年企业薪酬调查结果，全市制造业职工平均工资为{r.randint(70000, 130000)}元/年。",
                   f"记者走访发现，{c['co']}一线操作工月薪普遍在{r.randint(5, 7)}000至{r.randint(8, 11)}000元之间，研发工程师起薪约{r.randint(10, 16)}000元，企业还提供住房补贴和年终奖。",
                   f"该公司人力资源负责人{c['p2']}告诉记者，公司去年整体调薪{pct(r, 3, 9)}，今年计划招聘{r.randint(50, 500)}人。",
                   "专家认为，企业提高薪酬福利水平有助于稳定技能人才队伍。"]
    elif kind == "expansion":
        d.head.append(f"{c['cos']}{c['city']}新基地开工 预计年产值{wan(r, 5, 50)}亿元")
        d.body += [f"{src}（记者{rep}）{c['date']}，{c['co']}{c['city']}生产基地举行开工仪式。",
                   f"项目总投资{wan(r, 5, 30)}亿元，占地{r.randint(100, 500)}亩，建成后将新增{c['line']}产能{r.randint(100, 900)}万件。",
                   f"公司董事长{c['p1']}在致辞中表示，新基地是公司“立足华东、辐射全国”布局的重要一步。",
                   "当地政府有关负责人出席仪式。"]
    else:
        d.head.append(f"{c['cos']}{c['py']}年净利润同比{r.choice(['增长', '下降'])}{pct(r, 5, 60)}")
        d.body += [f"{src}（记者{rep}）{c['co']}昨晚披露年报，{c['py']}年实现营业收入{wan(r, 5, 90)}亿元，净利润{wan(r, 1, 9)}亿元。",
                   f"年报显示，公司毛利率为{pct(r, 15, 40)}，应收账款较年初增加{pct(r, 5, 30)}，资产负债率{pct(r, 30, 60)}。",
                   f"分析人士指出，{c['line']}行业竞争加剧，公司未来的增长将取决于高端产品的放量。"]
    d.tail.append(r.choice(["（责任编辑：" + person(r) + "）", "来源：新闻中心  欢迎转载，请注明出处", f"编辑 {person(r)}"]))
    return d


def pub_press_release(r, c, target):
    d = Doc("news")
    d.head.append(f"新闻稿｜{c['cos']}发布新一代{c['line']}{c['model']}")
    d.body += [f"（{c['city']}，{c['date']}）{c['co']}今日在{c['city']}举行新品发布会，正式推出新一代{c['line']}{c['model']}。",
               f"据介绍，{c['model']}{r.choice(TECH_PARAMS)}达到{tech_param_val(r, r.choice(TECH_PARAMS))}，较上一代提升{pct(r, 10, 40)}，采用公司自主研发的{r.choice(['高效散热结构', '低噪声设计', '智能诊断算法', '长寿命密封技术'])}。",
               f"公司总经理{c['p1']}表示：“{r.choice(['我们希望用更可靠的产品回馈客户的信任。', '这是研发团队三年攻关的成果。', '新品将率先在华东市场上市。'])}”",
               f"新产品将于{c['ny']}年{r.randint(1, 6)}月起通过官网及授权经销商销售，建议零售价{money(r, 99, 9999)}元。",
               f"媒体联系：{c['p2']}  {landline(r)}  press@{r.choice(['huayue', 'qinghe', 'linfeng', 'muyang'])}.com.cn"]
    d.tail.append("关于" + c["cos"] + f"：{c['co']}成立于{r.randint(1995, 2015)}年，是{c['line']}领域的专业制造商。（本稿件可自由转载）")
    return d


GOV_DOCS = [("财政部", "关于印发《企业内部控制应用指引第{n}号——预算管理》的通知", ["预算管理", "全面预算", "预算执行"]),
            ("财政部", "关于印发《会计档案管理办法》的通知", ["会计档案", "会计凭证", "会计账簿"]),
            ("人力资源社会保障部", "关于发布{y}年企业薪酬调查信息的通知", ["企业薪酬", "工资指导线", "岗位工资"]),
            ("国家税务总局", "关于个人所得税综合所得汇算清缴事项的公告", ["个人所得税", "综合所得", "汇算清缴"]),
            ("国家发展改革委", "关于进一步做好招标投标领域有关工作的通知", ["招标投标", "评标", "投标保证金"]),
            ("国家市场监督管理总局", "关于发布《合同示范文本》目录的公告", ["合同示范文本", "格式条款", "消费者权益"]),
            ("{city}市人民政府办公厅", "关于印发{city}市支持制造业高质量发展若干政策的通知", ["技术改造", "投资补助", "产能"]),
            ("{city}市统计局", "关于开展{y}年度统计年报工作的通知", ["统计报表", "年报数据", "报送"])]


def pub_gov(r, c, target):
    issuer, title, kws = r.choice(GOV_DOCS)
    issuer = issuer.format(city=c["city"])
    title = title.format(n=r.randint(10, 18), y=c["y"], city=c["city"])
    to = "各省、自治区、直辖市、计划单列市有关部门，新疆生产建设兵团有关部门：" if "市" not in issuer else "各区县人民政府，市政府各部门、各直属机构："
    paras = [to, f"为{r.choice(['进一步规范', '加强和改进', '深入推进'])}{kws[0]}工作，{r.choice(['根据有关法律法规', '经研究'])}，现将有关事项通知如下：",
             f"一、充分认识做好{kws[0]}工作的重要意义，各地要加强组织领导，明确责任分工。",
             f"二、各单位应严格执行{kws[1]}的有关规定，不得{r.choice(['擅自变更标准', '弄虚作假', '设置不合理条件'])}。",
             f"三、{kws[2]}工作应于{c['y']}年{r.randint(3, 12)}月底前完成，有关情况及时报送。",
             "四、执行中遇到的问题，请及时向我部（局）反映。",
             "本通知自发布之日起施行。"]
    d = Doc("formal")
    d.head.append(f"{issuer}{title}")
    d.head.append(f"{r.choice(['财会', '人社部发', '税总发', '发改法规', '市监', '政办发', '统字'])}〔{c['y']}〕{r.randint(1, 60)}号")
    d.body += paras
    d.tail += [issuer, c["date"], "（此件公开发布）" if r.random() < 0.6 else ""]
    return d


MODEL_CONTRACTS = {
    "房屋租赁合同": ["出租人（甲方）：____________", "承租人（乙方）：____________", "房屋坐落：____市____区____路____号，建筑面积____平方米。",
                "租赁期限自____年__月__日至____年__月__日止。", "月租金为人民币____元，按____（月/季/年）支付。",
                "押金____元，租赁期满乙方结清费用后甲方无息退还。", "租赁期间，水、电、燃气、物业费由____方承担。",
                "乙方未经甲方书面同意不得转租。", "房屋及附属设施的维修责任：____________。"],
    "劳动合同": ["用人单位（甲方）：____________  法定代表人：________", "劳动者（乙方）：________  居民身份证号码：__________________",
              "合同期限类型：□固定期限 □无固定期限 □以完成一定工作任务为期限。", "试用期自____年__月__日起至____年__月__日止。",
              "乙方工作岗位为________，工作地点为________。", "甲方每月__日前以货币形式支付乙方工资，月工资为____元。",
              "甲方依法为乙方缴纳社会保险费。", "工作时间：□标准工时 □综合计算工时 □不定时工作制。"],
    "买卖合同": ["出卖人：____________", "买受人：____________", "标的物名称、规格、数量：见附表。", "价款：单价____元，总价____元。",
              "交付时间：____________；交付地点：____________。", "质量标准：____________。", "检验期限：买受人应在收货后__日内检验。",
              "付款方式：□一次性付款 □分期付款，具体为____________。"],
    "技术服务合同": ["委托方（甲方）：____________", "受托方（乙方）：____________", "服务内容、方式和要求：____________。",
                "履行期限：____________；履行地点：____________。", "服务质量要求：____________。", "报酬及支付方式：____________。",
                "工作成果的验收标准和方法：____________。", "技术情报和资料的保密：____________。"],
    "建设工程施工合同": ["发包人：____________", "承包人：____________", "工程名称：____________；工程地点：____________。",
                  "工程承包范围：____________。", "计划开工日期：____年__月__日；计划竣工日期：____年__月__日。",
                  "签约合同价为：人民币（大写）____________（¥______元）。", "承包人项目经理：________。", "质量标准：____________。"],
    "家政服务合同": ["消费者（甲方）：________", "家政服务机构（乙方）：________", "家政服务员（丙方）：________",
                "服务地点：____________；服务内容：□保洁 □育儿 □养老照护 □烹饪。", "服务期限：____年__月__日至____年__月__日。",
                "服务费用：每月____元，支付方式________。", "丙方应持有健康证明，乙方应为丙方购买意外伤害保险。"],
}


def pub_tender_notice(r, c, target):
    # a tender notice published by the buyer on a public procurement site: full of bid words, still public
    proj = r.choice(PROJECTS)
    d = Doc("announcement")
    d.head.append(r.choice([f"{c['client']}{proj}采购信息", f"{proj}（项目编号：{c['y']}{r.randint(1000, 9999)}）招标信息", f"{proj}竞争性磋商信息"]))
    d.head.append(f"发布平台：{c['city']}市公共资源交易网  发布日期：{dash_date(ymd(r, c['y']))}  浏览次数：{r.randint(50, 3000)}")
    d.body += [f"一、项目概况：{c['client']}对{proj}进行公开招标，预算金额{wan(r, 100, 5000)}万元，最高限价同预算。",
               f"二、投标人资格要求：具有独立法人资格；近三年具有不少于{r.randint(1, 3)}个类似项目业绩；本项目{r.choice(['不接受', '接受'])}联合体投标。",
               f"三、获取招标文件：{c['date']}至{c['date2']}，每天9:00—17:00，在交易网免费下载。",
               f"四、投标截止时间及开标时间：{c['date2']} {r.choice(['9:30', '10:00', '14:30'])}，地点{c['city']}市公共资源交易中心开标{r.randint(1, 6)}室。",
               f"五、投标保证金：{wan(r, 1, 50)}万元，以银行保函或转账方式提交。",
               f"六、联系方式：采购人{c['client']}，联系人{c['p1']}，电话{landline(r)}；代理机构{short_name(r.choice(COMPANIES))}招标代理有限公司，联系人{c['p2']}。"]
    if r.random() < 0.5:
        d.body.append(f"七、中标候选人公示：第一中标候选人{r.choice(COMPANIES)}，投标报价{money(r, 1e6, 9e7)}元；第二中标候选人{r.choice(COMPANIES)}，投标报价{money(r, 1e6, 9e7)}元。公示期三日。")
    return d


def pub_web_article(r, c, target):
    # an article on a public website with none of the usual "published" cue phrases
    d = Doc("news")
    topic = r.choice(["薪资", "调价", "扩产", "业绩", "合作"])
    head = {"薪资": f"{c['city']}这家工厂为留住技工开出月薪过万", "调价": f"{c['line']}厂家陆续涨价，{c['cos']}上调出厂价{pct(r, 3, 10)}",
            "扩产": f"{c['cos']}拟投资{wan(r, 3, 20)}亿元扩产{c['line']}", "业绩": f"{c['cos']}上半年营收{wan(r, 5, 40)}亿元",
            "合作": f"{c['cos']}与{c['co2s']}签订战略合作协议"}[topic]
    d.head.append(head)
    d.head.append(f"{r.choice(['来源：', '出处：'])}{r.choice(['财经头条', '制造业观察', '产业在线', c['city'] + '日报客户端'])}  {dash_date(ymd(r, c['y']))} {r.randint(8, 22)}:{r.randint(0, 59):02d}")
    body = {"薪资": [f"在{c['city']}{r.choice(DISTRICTS)}，{c['co']}的招工启事贴在厂门口：数控技工月薪{r.randint(9, 14)}000元起，包住宿，年终奖{r.randint(2, 4)}个月。",
                     f"该公司人事经理{c['p2']}说，去年公司一线员工平均工资涨了{pct(r, 4, 12)}，今年还要再涨。",
                     "业内人士表示，技能人才短缺推高了制造业企业的用工成本。"],
            "调价": [f"{c['cos']}日前向下游客户发出函件，自{c['date']}起{c['line']}全系列出厂价上调{pct(r, 3, 10)}。",
                     f"此前，{c['co2s']}等同行已先后提价。分析认为，原材料价格上涨是此轮调价的主因。",
                     "下游经销商表示，终端零售价预计也将随之上调。"],
            "扩产": [f"{c['co']}在互动平台回复投资者提问时表示，公司拟在{c['city']}新建{c['line']}生产线，达产后年产能{r.randint(100, 900)}万件。",
                     f"公司称，项目资金来源为自有资金和银行贷款，预计{c['ny']}年投产。", "截至发稿，公司股价上涨" + pct(r, 1, 9) + "。"],
            "业绩": [f"{c['co']}披露半年报，上半年实现营业收入{wan(r, 5, 40)}亿元，同比{pct(r, -10, 30)}；净利润{wan(r, 0.5, 5)}亿元。",
                     f"财务报表显示，公司应收账款{wan(r, 1, 10)}亿元，存货{wan(r, 1, 10)}亿元，毛利率{pct(r, 15, 35)}。", "公司表示下半年订单饱满。"],
            "合作": [f"{c['date']}，{c['co']}与{c['co2']}在{c['city']}签订战略合作协议，双方将在{c['line']}研发和市场开拓方面开展合作。",
                     f"根据协议，双方将共建联合实验室，{c['co2s']}优先采购{c['cos']}的产品。", f"{c['cos']}董事长{c['p1']}出席签约仪式并致辞。"]}[topic]
    d.body += body
    d.tail.append(f"（编辑：{person(r)}）")
    return d


def pub_model_contract(r, c, target):
    d = Doc("template")
    kind = r.choice(list(MODEL_CONTRACTS))
    maker = r.choice(["国家市场监督管理总局", c["city"] + "市市场监督管理局", "人力资源社会保障部", "住房和城乡建设部", c["city"] + "市住房和城乡建设局"])
    ver = f"{r.choice(['GF', 'SF', c['city'][:1].upper() if False else 'HT'])}-{c['y'] - r.randint(0, 6)}-{r.randint(1000, 9999)}"
    d.head.append(r.choice([f"{kind}（示范文本）", f"{c['city']}市{kind}示范文本（{c['y'] - r.randint(0, 4)}版）", f"《{kind}》示范文本"]))
    d.head.append(f"{maker} {r.choice(['制定', '监制', '发布'])}  编号：{ver}")
    notes = ["本合同文本为示范文本，由当事人自愿选择使用。", "合同中的空格部分由当事人协商填写，不需填写的应划“/”。",
             "当事人可以对本文本条款进行修改、增补或删减，但不得违反法律法规的强制性规定。", "签订前双方应仔细阅读合同条款，特别是加粗部分。",
             "本示范文本可在" + maker + "官网免费下载。", f"本文本自{c['y']}年{r.randint(1, 12)}月起推广使用，原版本同时废止。",
             "使用前请核实对方主体资格。"]
    d.body.append("使用说明：" + "".join(f"{i+1}.{x}" for i, x in enumerate(pick(r, notes, r.randint(2, 4)))))
    arts = MODEL_CONTRACTS[kind]
    chosen = arts[:2] + pick(r, arts[2:], r.randint(3, len(arts) - 2))
    heads = r.choice([lambda i: f"第{cn_num(i)}条 ", lambda i: f"{i}. ", lambda i: f"{cn_num(i)}、"])
    d.body += [heads(i + 1) + x for i, x in enumerate(chosen)]
    d.tail.append(r.choice(["甲方（签章）：________    乙方（签章）：________", "出租人/委托方（签字盖章）：        承租人/受托方（签字盖章）：",
                            "当事人签章：____________________"]))
    d.tail.append(r.choice(["签订日期：____年__月__日", "签订地点：____________  签订时间：____年__月__日"]))
    return d


BLANK_FORMS = {
    "个人所得税专项附加扣除信息表": ("国家税务总局监制", ["纳税人姓名", "纳税人识别号", "手机号码", "电子邮箱", "扣缴义务人名称", "子女姓名", "子女身份证件号码",
                                          "受教育阶段", "住房贷款合同编号", "出租方姓名", "赡养老人姓名", "分摊比例"]),
    "社会保险参保登记表（单位）": ("人力资源和社会保障局制", ["单位名称", "统一社会信用代码", "单位类型", "法定代表人", "专管员姓名", "开户银行",
                                            "银行账号", "参保险种", "登记日期", "经办机构"]),
    "企业变更登记申请书": ("市场监督管理局 标准格式", ["企业名称", "统一社会信用代码", "变更事项", "原登记内容", "变更后登记内容", "联系人",
                                         "联系电话", "指定代表或委托代理人", "申请日期"]),
    "住房公积金缴存登记表": ("住房公积金管理中心制", ["单位名称", "单位地址", "缴存比例", "缴存基数", "首次缴存月份", "经办人", "经办人电话",
                                         "发薪日", "受托银行"]),
    "就业登记表": ("人力资源社会保障部统一格式", ["姓名", "性别", "民族", "出生日期", "身份证号码", "文化程度", "户籍地址", "就业单位",
                                  "劳动合同期限", "登记日期"]),
    "增值税发票领用申请表": ("国家税务总局（空白表格，可自行下载打印）", ["纳税人名称", "纳税人识别号", "发票种类", "申请数量", "领用方式",
                                                    "办税人员", "身份证件号码", "联系电话"]),
    "工伤认定申请表": ("人力资源和社会保障部印制", ["申请人", "受伤害职工", "性别", "出生日期", "身份证号码", "工作单位", "单位地址",
                                   "职业、工种或工作岗位", "事故时间、地点及主要原因", "诊断时间", "受伤害部位"]),
}


def pub_blank_form(r, c, target):
    d = Doc("form")
    name, (maker, fields) = r.choice(list(BLANK_FORMS.items()))
    d.head.append(name)
    d.head.append(f"{c['city'] + '市' if '人力' in maker or '公积金' in maker else ''}{maker}  （{c['y'] - r.randint(0, 5)}年版）")
    blank = r.choice(["____________", "________", "＿＿＿＿＿＿", "□□□□□□", "（          ）"])
    chosen = fields[:2] + pick(r, fields[2:], r.randint(4, len(fields) - 2))
    if r.random() < 0.5:
        d.body.append(table([["项目", "填写内容"]] + [[f, ""] for f in chosen], r.choice(["pipe", "tab"])))
    else:
        d.body += [f"{'*' if r.random() < 0.3 else ''}{f}：{blank}" for f in chosen]
    d.body.append("填表说明：" + "".join(pick(r, ["请用黑色墨水笔填写，字迹清楚。", "本表一式两份，申请人与受理机关各留存一份。", "带*号为必填项。",
                                              "复印件须加盖单位公章。", "本表可在政务服务网下载。", "填写内容须真实，虚假填报将承担法律责任。"], r.randint(1, 3))))
    d.tail.append(r.choice(["受理机关（章）：        受理日期：    年  月  日", "经办人：        审核人：        （受理机关填写）", "申请人签字：          年  月  日"]))
    return d


def pub_recruit(r, c, target):
    d = Doc(r.choice(["markdown", "news"]))
    d.head.append(f"{'## ' if d.style == 'markdown' else ''}{c['co']}{c['y']}年{r.choice(['校园招聘', '社会招聘', '春季招聘'])}公告")
    d.body.append(f"（来源：公司官网 新闻中心  发布时间：{dash_date(ymd(r, c['y']))}）")
    for pos in pick(r, POSITIONS, r.randint(3, 6)):
        d.body.append(f"- {pos}（{r.randint(1, 10)}人）：{r.choice(EDU)}及以上，月薪{r.randint(5, 12)}K—{r.randint(13, 25)}K，五险一金、年终奖、带薪年假")
    d.body.append(f"工作地点：{c['city']}。简历投递：hr@{r.choice(['huayue', 'donglan', 'beichen'])}.com.cn，欢迎转发。")
    return d


def pub_short(r, c, target):
    return chat(r, c, [(c["p1"], f"转发：{c['cos']}发布公告，公司中标{c['client']}项目，中标金额{wan(r, 1000, 9000)}万元（证券代码{stock(r)}，已公开披露）"),
                       (c["p2"], "看到新闻了")], app="微信")


PUBLIC_T = [pub_annual_summary, pub_announcement, pub_news, pub_web_article, pub_tender_notice, pub_press_release, pub_gov, pub_model_contract, pub_blank_form, pub_recruit, pub_web_article, pub_tender_notice]


# ---------------------------------------------------------------------------------------------
# Generic per-category filler: used when a template's own padding runs out before the target
# length. Each call re-draws the figures and people, so padded lines do not repeat.
# ---------------------------------------------------------------------------------------------

FILLERS = {
    "strategy": [
        "{ny}年拟新增投资{w2}万元，重点投向{city}基地二期和{line}高端型号，投资回收期约{n1}年。",
        "测算显示，若{co2s}项目按期落地，合并后营收可达{w2}万元，协同效应每年约{w1}万元。",
        "{p2}建议先以参股{n2}%的方式进入，观察{n1}年后再决定是否控股。",
        "与{city2}开发区的谈判进展：土地价格已降到每亩{n2}万元，税收返还期限还在争取。",
        "备选方案：不新建工厂，改为委托{co2s}代工，初期投入可减少{pc2}，但利润率下降{n1}个点。",
        "{dept}提出，{ny}年下半年可考虑引入战略投资者，稀释比例控制在{n2}%以内。",
        "如果市场增速低于{pc1}，二期工程推迟一年启动，一期产能优先满足{client}的需求。",
        "上市路径：先完成股份制改造，{ny}年完成两年一期审计，中介机构选聘由{p3}负责。",
        "{p4}补充：竞争对手{co2s}也在{city}看地，我们必须在{m}月底前锁定意向。",
        "人员安排：新公司总经理拟由{p5}担任，财务总监由总部委派。",
    ],
    "bid": [
        "第{n1}包：{line}及配套，报价{w1}万元，较控制价下浮{pc1}，技术偏离表无负偏离。",
        "{p2}负责技术部分的装订，{p3}负责价格部分，开标前一晚两人共同封装。",
        "评分测算：我方技术分预计{n2}分左右，价格分按基准价法计算约{n1}0分。",
        "{co2s}去年在{city}同类项目报价{w1}万元，中标率较高，需要重点防范。",
        "备选报价：若现场发现对手较少，使用B方案，总价上浮{pc1}。",
        "授权委托书由{p1}签字，法定代表人身份证复印件加盖公章，共{n1}份。",
        "业绩证明选取{client}等{n1}个项目，合同金额合计{w2}万元。",
        "保证金{w3}万元需在截止时间前到账，财务{p4}负责跟踪银行回单。",
        "让利空间：安装调试费可再降{n2}%，备品备件可赠送一年用量。",
        "开标地点：{city}市公共资源交易中心{n1}楼第{n1}开标室，{p5}和{p6}到场。",
    ],
    "admin_credentials": [
        "{sys}：https://{ip}:{port}  用户名 admin  密码 {pw}",
        "数据库 {ip}:3306  root / {pw}（{p2}保管）",
        "备用管理员：{p3}，账号 ops{n1}，初始密码 {pw}，首次登录强制修改",
        "VPN 网关 {ip}，预共享密钥 {pw}",
        "{sys} 超级管理员 superadmin，口令 {pw}，仅应急使用",
        "交换机/路由器 console 口令：{pw}，enable 密码：{pw2}",
        "SSH 登录 {ip}，用户 deploy，密钥口令 {pw}",
        "API 密钥（{sys}）：{tok}",
        "无线网络“{cos}-Office”管理后台 admin / {pw}",
        "NAS {ip} 管理员密码 {pw}，快照计划每天两点",
    ],
    "price_change": [
        "{model}出厂价由{a1}元调整为{a2}元，{ny}年{m}月1日起执行。",
        "经销价{model}：旧价{a1}，新价{a2}，零售指导价同步调整，促销价不得低于{a3}元。",
        "{city}大区反馈，竞品已提价{pc1}，建议我方提前执行新价格。",
        "调价后预计全年增收{w1}万元，毛利率提高{n1}个百分点。",
        "调价通知公布前，{p2}负责统一口径，各区经理不得私下向经销商透露。",
        "对{client}等战略客户，调价后三个月内执行原价的{n2}折过渡价。",
        "价格体系：出厂价、经销价、零售指导价之比为1：{r1}：{r2}。",
        "第二批调价涉及{n1}个型号，平均上调{pc1}，时间待定。",
    ],
    "financial": [
        "{m}月末货币资金余额{w2}万元，其中受限资金{w1}万元为银行承兑保证金。",
        "应收账款前五名合计{w2}万元，{client}欠款{w1}万元已逾期{n2}天。",
        "{bank}一般户 账号{acct}，本月流入{w1}万元，流出{w1}万元。",
        "管理费用本月发生{w1}万元，预算执行率{pc2}，超支主要在咨询费。",
        "固定资产本月新增{w1}万元，为{city}车间设备，已转固并开始计提折旧。",
        "待摊费用余额{w3}万元，预计{n1}个月摊销完毕。",
        "{p2}借款{w3}万元用于展会押金，尚未报销冲账。",
        "往来款核对：与{co2s}对账差异{w3}万元，原因为在途发票。",
        "本月增值税应纳税额{w1}万元，附加税费{w3}万元，已于{d}日申报缴纳。",
        "科目余额表显示，其他应收款余额较年初增长{pc2}，需逐笔清理。",
    ],
    "statistics": [
        "{reg}本月销售额{w1}万元，完成率{pc2}，同比{pc3}，环比{pc1}。",
        "{model}本月产量{n3}0件，销量{n3}0件，产销率{pc2}。",
        "截至{m}月底累计营收{w2}万元，完成年度目标的{pc2}。",
        "库存{n3}0件，周转天数{n2}天，较上月{pc3}。",
        "客户订单量{n3}单，其中新客户{n2}单，平均客单价{n3}元。",
        "{city}工厂产能利用率{pc2}，人均日产{n2}件。",
        "线上渠道销售额占比{pc2}，同比提升{n1}个百分点。",
        "{reg}连续{n1}个月未达标，主要原因是{client}订单推迟。",
    ],
    "meeting_minutes": [
        "{p2}汇报了{dept}的工作进展，会议要求{n1}日内拿出整改方案。",
        "会议决定：{line}项目预算追加{w1}万元，由{p3}负责跟进。",
        "{p4}提出{client}回款问题，会议同意暂停对其供货直至回款{pc2}以上。",
        "议定事项：{dept2}与{dept}合并办公，人员编制{n2}人。",
        "会议强调，各部门要对会议内容严格保密，会议材料会后收回。",
        "{p5}就{city}项目进度作了说明，会议要求每周报送一次进展。",
        "表决结果：同意{n1}票，反对0票，弃权1票，审议通过。",
        "会议认为，{ny}年经营目标营收{w2}万元偏高，请财务部重新测算。",
    ],
    "technical": [
        "{model}关键尺寸：外径{n2}.{n1}mm，公差±0.0{n1}mm，表面粗糙度Ra0.{n1}。",
        "工艺窗口：温度{n3}℃±{n1}℃，压力{n2}MPa，保压时间{n1}秒。",
        "样机第{n1}轮测试，{param}实测{val}，满足设计要求。",
        "软件版本V{n1}.{n2}，修复了通信超时问题，固件校验码0x{hex}。",
        "原理图第{n1}页的R{n2}阻值由10k改为{n2}k，降低待机功耗{pc1}。",
        "{p2}负责的模具第{n1}版试模，产品缩水问题已解决。",
        "测试数据：{n3}小时连续运行无故障，温升{n2}K。",
        "配比调整：A组分{n2}%，B组分{n1}%，固化时间缩短到{n2}分钟。",
        "接口文档：/api/v{n1}/status 返回码{n3}表示设备离线。",
    ],
    "customers": [
        "{org}，联系人{p}，电话{tel}，地址{addr}，年采购额{w1}万元。",
        "{org}本月订单{n3}件，已发货{n2}0件，回款{w1}万元。",
        "客户拜访：{p3}于{date}拜访{org}，对方有{w1}万元的采购意向。",
        "{org}对接人由{p}更换为{p2}，新电话{tel}。",
        "大客户{org}的收货地址变更为{addr}。",
        "{org}客户等级调整为{lv}类，账期{n2}天。",
    ],
    "suppliers": [
        "{sup}供货{mat}，含税单价{a1}元/吨，账期{n2}天，年返利{n1}%。",
        "{sup}本季度准时交付率{pc2}，来料合格率{pc2}。",
        "{mat}采购价较上月{pc3}，{sup}承诺年采购量超{n3}吨再让{n1}个点。",
        "{sup}联系人{p}，电话{tel}，付款条件票到{n2}天。",
        "询比价：{sup}报{a1}元，{sup2}报{a2}元，建议选后者。",
        "{sup}的优惠条件：运费全免，质保延长{n1}年。",
    ],
    "personnel": [
        "{p}，{sex}，身份证号{rid}，{edu}，{pos}，{date}入职。",
        "{p}试用期考核结果{grade}，拟于{date}转正。",
        "{p}（身份证号码{rid}）家庭住址：{addr}，紧急联系人{p2} {tel}。",
        "{p}于{date}离职，社保公积金已于当月停缴，人事档案转至{city}人才中心。",
        "{p}年度绩效考核为{grade}，拟调整至{dept}任{pos}。",
        "体检结果：{p}，{sex}，{edu}，合格。",
    ],
    "compensation": [
        "{p}：基本工资{b1}，绩效工资{b2}，津贴{b3}，代扣{b4}，实发{b5}。",
        "{p}月薪由{sal1}元调整为{sal2}元，{m}月起执行。",
        "{dept}本月加班费合计{a2}元，人均{a3}元。",
        "{p}年终奖{n1}个月，合计{a4}元，个税单独计算。",
        "销售提成：{p}回款{w1}万元，提成比例{pc1}。",
        "{p}补发上月绩效{a3}元，扣款{a1}元（事假）。",
    ],
    "contracts": [
        "乙方应于合同签订后{n2}日内提交履约保函，金额为合同价款的{n1}%。",
        "甲方指定{p2}为现场代表，负责验收及签证，联系电话{tel}。",
        "本合同附件包括：技术协议、报价清单、验收标准，附件与本合同具有同等效力。",
        "乙方不得将本合同项下义务转包给第三方，否则甲方有权解除合同。",
        "因乙方原因导致工期延误超过{n2}日的，甲方有权解除本合同并要求赔偿损失。",
        "双方确认的银行账户：{bank}，户名{co}，如有变更应书面通知对方。",
        "本合同项下发票为{n1}%增值税专用发票，乙方应在收款前开具。",
    ],
    "internal": [
        "请各部门于{m}月{d}日前将参加人员名单报{dept}{p2}（分机{n3}{n1}）。",
        "{dept}、{dept2}联络人：{p3}，联系电话{tel}。",
        "如遇特殊情况，请提前向{dept}报备。",
        "本{dept}将对执行情况进行不定期检查，结果纳入部门月度考核。",
        "附件：{city}园区平面图、疏散路线图各一份。",
        "请各部门负责人做好本部门员工的传达工作。",
    ],
    "public": [
        "根据公司在{city}证券交易所网站披露的信息，{cos}{py}年营业收入{w2}万元，同比{pc3}。",
        "{cos}董事会秘书{p2}表示，公司将持续做好信息披露工作。",
        "更多信息请登录公司官网新闻中心查阅。",
        "投资者关系联系电话：{tel2}，电子信箱 ir@{cos_py}.com.cn。",
        "以上内容已对外发布，媒体可引用。",
        "报道：{cos}在{city}举办开放日活动，{n3}名市民参观了生产线。",
    ],
}


def filler_chunk(r: random.Random, c: dict, cat: str, style: str) -> str:
    f = dict(c)
    names = people(r, 3)
    f.update({"p": names[0], "p2": names[1], "p3": names[2], "n1": r.randint(2, 9), "n2": r.randint(10, 60), "n3": r.randint(100, 900),
              "w1": wan(r, 50, 900), "w2": wan(r, 1000, 9000), "w3": wan(r, 5, 60), "pc1": pct(r, 1, 12), "pc2": pct(r, 60, 99),
              "pc3": pct(r, -15, 25), "m": r.randint(1, 12), "d": r.randint(1, 28), "date": cdate(r), "tel": phone(r),
              "addr": address(r), "city": r.choice(CITIES), "model": r.choice(c["models"]), "client": r.choice(CLIENT_ORGS),
              "sys": r.choice(SYSTEMS), "ip": ip(r), "port": r.choice([443, 8080, 8443, 9000]), "pw": password(r), "pw2": password(r),
              "tok": "".join(r.choice("0123456789abcdef") for _ in range(32)), "a1": money(r, 50, 9000), "a2": money(r, 50, 9000),
              "a3": money(r, 50, 3000), "a4": money(r, 3000, 60000), "r1": f"{r.uniform(1.1, 1.3):.2f}", "r2": f"{r.uniform(1.4, 1.9):.2f}",
              "acct": corp_account(r), "reg": r.choice(REGIONS), "param": r.choice(TECH_PARAMS), "hex": f"{r.randint(0, 0xFFFFFF):06X}",
              "org": r.choice(CLIENT_ORGS + COMPANIES), "lv": r.choice("ABC"), "sup": short_name(r.choice(COMPANIES)),
              "sup2": short_name(r.choice(COMPANIES)), "mat": r.choice(MATERIALS), "sex": r.choice(["男", "女"]), "rid": resident_id(r),
              "edu": r.choice(EDU), "pos": r.choice(POSITIONS), "grade": r.choice(["优秀", "良好", "合格", "A", "B"]),
              "dept": r.choice(DEPTS), "cos_py": r.choice(["huayue", "donglan", "qinghe", "linfeng", "muyang"])})
    f["val"] = tech_param_val(r, f["param"])
    b1, b2, b3 = r.randint(3000, 15000), r.randint(0, 9000), r.randint(0, 1500)
    b4 = round((b1 + b2) * r.uniform(0.1, 0.16), 2)
    f.update({"b1": f"{b1:,.2f}", "b2": f"{b2:,.2f}", "b3": f"{b3:,.2f}", "b4": f"{b4:,.2f}", "b5": f"{b1 + b2 + b3 - b4:,.2f}"})
    s1 = r.randint(40, 150) * 100
    f.update({"sal1": str(s1), "sal2": str(s1 + r.randint(3, 30) * 100)})
    deck = c.setdefault("_deck_" + cat, [])
    if not deck:
        deck.extend(FILLERS[cat])
        r.shuffle(deck)
    text = deck.pop().format(**f)
    if style == "chat":
        return f"{r.choice([c['p1'], c['p2'], c['p3']])}：{text}"
    if style == "markdown":
        return "- " + text
    return text


# ---------------------------------------------------------------------------------------------
# Driver
# ---------------------------------------------------------------------------------------------

TEMPLATES = {
    "strategy": (STRAT_T, strat_short), "bid": (BID_T, bid_short), "admin_credentials": (CRED_T, cred_short),
    "price_change": (PRICE_T, price_short), "financial": (FIN_T, fin_short), "statistics": (STAT_T, stat_short),
    "meeting_minutes": (MIN_T, minutes_short), "technical": (TECH_T, tech_short), "customers": (CUST_T, cust_short),
    "suppliers": (SUP_T, sup_short), "personnel": (PERS_T, pers_short), "compensation": (COMP_T, comp_short),
    "contracts": (CONTRACT_T, contract_short), "internal": (INTERNAL_T, internal_short), "public": (PUBLIC_T, pub_short),
}

PER_CATEGORY = {cat: 38 for cat in LEVEL_OF}
PER_CATEGORY["internal"] = 68
PER_CATEGORY["public"] = 70


def target_length(r: random.Random) -> int:
    x = r.random()
    if x < 0.12:
        return 0  # short note
    if x < 0.70:
        return r.randint(300, 1500)
    if x < 0.86:
        return r.randint(1500, 3000)
    return r.randint(3000, 5000)


def make_doc(seed: int, cat: str, k: int) -> dict:
    r = random.Random(f"{seed}:{cat}:{k}")
    c = ctx(r)
    templates, short = TEMPLATES[cat]
    target = target_length(r)
    if target == 0:
        d = short(r, c, 150)
        tries = 0
        while len(d.text()) < 100 and tries < 5:
            tries += 1
            d.body.append(filler_chunk(r, c, cat, d.style))
        while len(d.text()) > 200 and len(d.body) > 1:
            d.body.pop()
        text = d.text()
        if len(text) < 100:
            text += f"\n{c['p1']}：{r.choice(['好的，先这样，有变化再同步。', '回头当面细说，这里不方便展开讲。', '材料我晚点发你邮箱，注意查收。'])}"
        if len(text) > 200:
            text = text[:200].rstrip()
        return {"category": cat, "style": d.style, "text": text}
    fn = templates[k % len(templates)]
    d = fn(r, c, target)
    d.grow(target, max_chunks=200 if d.style in ("table", "spreadsheet") else 10)
    if len(d.text()) < target:
        d.more = lambda: filler_chunk(r, c, cat, d.style)
        d.grow(target)
    text = d.text().strip()
    if len(text) > 5000:
        text = text[:5000]
    return {"category": cat, "style": d.style, "text": text}


def build(seed: int = SEED, scale: float = 1.0) -> list[dict]:
    docs = []
    for cat, n in PER_CATEGORY.items():
        for k in range(max(1, round(n * scale))):
            doc = make_doc(seed, cat, k)
            doc["level"] = LEVEL_OF[cat]
            docs.append(doc)
    random.Random(seed).shuffle(docs)
    out = []
    for i, doc in enumerate(docs, 1):
        out.append({"id": f"train-{i:04d}", "level": doc["level"], "category": doc["category"], "style": doc["style"], "text": doc["text"]})
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=pathlib.Path, default=OUT)
    ap.add_argument("--seed", type=int, default=SEED)
    args = ap.parse_args()
    docs = build(args.seed)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with args.out.open("w", encoding="utf-8") as fh:
        for doc in docs:
            fh.write(json.dumps(doc, ensure_ascii=False) + "\n")
    print(f"wrote {len(docs)} documents to {args.out}")


if __name__ == "__main__":
    main()

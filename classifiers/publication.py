"""What a page shows about being published, as a few counted features beside the tf-idf text.

Why a learned head and not only kinds.py's cues: the cues know the sources we wrote them for (a dateline we have
seen, a 发文字号 layout); a new site's news page, a vendor's product page or a writing guide shows the same *kinds*
of structure (来源/发布时间/浏览次数 lines, navigation crumbs, a copyright line, an address, a hotline, 您 for a
public reader) in shapes the cues miss. Each feature counts one structure a reader would use; the model learns
how much each weighs from the real corpus's `publication` labels. Cheap: a dozen regexes over the text.
"""

from __future__ import annotations

import math
import re

_HEAD = 1500
_TAIL = 800

# (name shown to a person, pattern, where: head / tail / all). Positive and negative structures alike: the
# weights are learned; the names are what a person reads when a feature decided.
STRUCTURES: tuple[tuple[str, str, str], ...] = (
    ("新闻电头/记者", r"\d{1,2}月\d{1,2}日电|本报讯|[（(]\s*记者[^）)\n]{1,30}[）)]|^记者[：:\s]|通讯员", "head"),
    ("来源行", r"^[ \t\u3000]*(?:来源|文章来源|稿件来源|信息来源|出处|转载自)\s*[：:]|"
     r"来源[：:]\s*\S{2,20}\s", "all"),
    ("发布时间行", r"(?:发布|发表|更新|发稿|上传|录入)(?:时间|日期)\s*[：:]|"
               r"(?:19|20)\d{2}[-/年]\d{1,2}[-/月]\d{1,2}日?\s+\d{1,2}:\d{2}", "head"),
    ("浏览/阅读次数", r"浏览(?:次数|量)|阅读(?:次数|量)|点击(?:数|量|率)|次浏览|人阅读|人浏览|阅读数", "all"),
    ("作者/编辑署名", r"^[ \t\u3000]*(?:作者|责任编辑|编辑|责编|审核|校对|文/|撰稿)\s*[：:/]", "all"),
    ("网站导航", r"首页\s*[>»/|＞›]|当前位置|您现在的位置|您的位置|上一篇|下一篇|返回顶部|相关阅读|相关文章|相关新闻|"
             r"打印本页|关闭窗口|分享到|扫一扫|【字体|字号[：:]\s*[大中小]|点赞|收藏本站|设为首页", "all"),
    ("版权/备案行", r"版权所有|Copyright|©|All\s+rights\s+reserved|ICP备|公网安备|免责声明|转载请注明", "all"),
    ("网址", r"https?://|www\.", "all"),
    ("政府网站", r"\.gov\.cn", "all"),
    ("发文字号", r"[\u4e00-\u9fa5]\s*[〔\[［【(（]\s*(?:19|20)\d{2}\s*[〕\]］】)）]\s*第?\s*\d{1,4}\s*号",
     "head"),
    ("印发/公布", r"现(?:将|予)(?:印发|公布|发布)|予以公布|自.{1,12}起施行|现予公布|"
              r"经.{0,20}(?:会议|常务会议)(?:审议)?通过", "all"),
    ("主送多个单位", r"^各[^：:\n]{2,80}[：:][ \t\u3000]*$", "head"),
    ("条款（第X条）", r"^[ \t\u3000]*第[一二三四五六七八九十百零\d]+条", "all"),
    ("章节（第X章）", r"^[ \t\u3000]*第[一二三四五六七八九十\d]+章", "all"),
    ("政府机关", r"国务院|人民政府|人民代表大会|人民法院|人民检察院|(?:部|委|局|厅)(?:关于|办公厅)|"
             r"中共.{1,10}委员会", "head"),
    ("证券公告", r"证券代码|股票代码|证券简称|董事会.{0,30}保证|特此公告|信息披露", "all"),
    ("示范文本/标准", r"GF\s*[-－—–]\s*\d{2,4}|示范文本|GB/?T?\s*\d{4,5}|标准号|国家标准|行业标准", "all"),
    ("服务热线/地址", r"客服热线|服务热线|咨询热线|客服电话|400[-\s]?\d{3}[-\s]?\d{4}|联系地址|公司地址|"
                r"地址[：:]|邮编[：:]", "all"),
    ("面向购买者", r"售后|保修|联保|技术参数|产品参数|规格参数|产品特点|产品优势|包装清单|立即购买|价格[：:]|选购|"
              r"适用(?:于|范围)|型号", "all"),
    ("面向读者（您/你）", r"您", "all"),
    ("第二人称（你）", r"你(?:可以|需要|应该|会|的|们)", "all"),
    ("教程/范文口吻", r"范文|写作|怎么写|如何|技巧|小编|本文(?:将|介绍|主要)|下面(?:就|为大家|我们)|大家|网友|"
                r"文库", "all"),
    ("本公司/本部门自称", r"本公司|我公司|我司|本集团|公司员工|全体员工|本部门|各部门|本单位", "all"),
    ("内部流转", r"抄送[：:]|主送[：:]|签发[：:]|拟稿|审核人|批准人|会签|请示|呈报|仅供内部|内部资料|严禁外传|不得外传|"
             r"注意保密|保密", "all"),
    ("密级标志", r"绝密|机密|秘密★|秘密", "head"),
    ("草稿", r"征求意见稿|草案|讨论稿|送审稿|初稿|草稿|修改稿|待定|TODO|待补充|待确认", "all"),
    ("公开征求意见", r"公开征求意见|向社会(?:公开)?征求意见", "all"),
    ("待填栏目", r"^[^：:\n]{1,20}[：:][ \t\u3000]*$|_{3,}|＿{2,}|（\s*）", "all"),
    ("会议要素", r"参会人员|与会人员|出席|列席|主持人|记录人|会议议题|议定事项|会议时间|会议地点", "all"),
    ("合同当事人", r"甲方|乙方|丙方|违约责任|签订本|本合同|本协议", "all"),
    ("代码/命令块", r"```|^[ \t\u3000]*(?:\$ |# |sudo |mysql |ssh |docker |kubectl )", "all"),
    ("IP 地址", r"(?<![\d.])(?:\d{1,3}\.){3}\d{1,3}(?![\d.])", "all"),
    ("账号/密码", r"账号|帐号|密码|口令|password|passwd", "all"),
    ("金额与报价", r"万元|亿元|单价|报价|合计|总价|预算", "all"),
    ("项目自称（我们/本项目）", r"我们|本项目|我方|我部", "all"),
    ("日期", r"(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|(?:19|20)\d{2}-\d{2}-\d{2}", "all"),
    ("Markdown 标题", r"^#{1,4}\s", "all"),
    # An article *about* a kind of document (how to write minutes, a strategy plan's steps) is published
    # writing, not the minutes or the plan: a question or guide title, a general opening, examples, 企业 in general.
    ("文章式标题（怎么写/指南）", r"[？?]|怎么|如何|指南|攻略|技巧|要点|全流程|详解|解析|注意事项|为什么|是什么|"
                         r"哪些|必备|入门|教程|步骤|方法论", "title"),
    ("泛论开篇（在…中，）", r"^在(?:当今|现代|如今|日常|企业|团队|.{2,16}中)[，,]|^随着", "all"),
    ("举例（例如/如…）", r"例如|比如|举例|诸如|[（(]如|如“|如\"", "all"),
    ("泛称（企业/团队/管理者）", r"企业|团队|管理者|组织|读者|用户", "all"),
    ("平台/网站自称", r"本平台|本网站|本站|注册用户|网站的所有权|平台的所有权|用户应当|用户在注册", "all"),
    ("采购/中标公告", r"项目编号|采购(?:人|单位|方式|计划)|中标|成交|询价|供应商名称|招标公告", "all"),
    ("站点栏目", r"^(?:首页|归档|分类|标签|关于|关于我们|联系我们|登录|注册|搜索|新闻中心|产品中心|解决方案)$", "all"),
    ("阅读数（阅读:N）", r"阅读\s*[：:]\s*\d|浏览\s*[：:]\s*\d|点击\s*[：:]\s*\d|\d+\s*(?:次阅读|阅读)", "all"),
    # A repository holds both an open-source project's documentation for its users (published) and a team's own
    # course or work project papers (学号, 组员, 分工, 需求分析, 数据库设计: internal); a reader tells them apart by
    # these.
    ("开源项目", r"开源|github\.com|gitee\.com|License|许可证|贡献者|Pull Request|"
             r"欢迎.{0,6}(?:贡献|PR|issue|Issue)", "all"),
    ("课程/团队项目（学号、组员、分工）", r"学号|组员|组长|指导老师|指导教师|课程设计|实验报告|迭代|里程碑|"
                          r"负责人|分工", "all"),
    ("需求/设计文档用语", r"需求分析|概要设计|详细设计|数据库设计|E-?R图|用例|功能需求|非功能需求|需求规格|"
                  r"系统架构", "all"),
)
_COMPILED = tuple((name, re.compile(pattern, re.M), where) for name, pattern, where in STRUCTURES)
NAMES = (*(name for name, _, _ in STRUCTURES), "篇幅")
SCALE = 0.5  # beside l2-normalised tf-idf blocks: a count of e^2 weighs like one strong word


def _part(text: str, where: str) -> str:
    if where == "title":
        first = text.lstrip()
        return first[: first.find("\n")] if "\n" in first else first[:80]
    if where == "head":
        return text[:_HEAD]
    if where == "tail":
        return text[-_TAIL:]
    return text


def structure_counts(text: str) -> list[int]:
    """How often each structure occurs (the length in thousands of characters last)."""
    return [len(pattern.findall(_part(text, where))) for _, pattern, where in _COMPILED] + [len(text) // 1000]


def structure_values(text: str) -> list[float]:
    """log(1 + count) per structure, scaled to sit beside the tf-idf features."""
    return [SCALE * math.log1p(count) for count in structure_counts(text)]


def structure_line(text: str, name: str) -> str:
    """The line where a structure occurs, for the evidence a person reads ('' when it does not)."""
    for feature, pattern, where in _COMPILED:
        if feature != name:
            continue
        part = _part(text, where)
        found = pattern.search(part)
        if found is None:
            return ""
        left = part.rfind("\n", 0, found.start()) + 1
        right = part.find("\n", found.end())
        line = part[left: right if right >= 0 else len(part)].strip()
        offset = max(0, found.start() - left - 20)
        return line[offset: offset + 60]
    return ""

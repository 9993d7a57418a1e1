"""Regenerate kg/lexicons/countries.txt and kg/lexicons/world.txt: the world's countries, and
its continents, regions, capitals and major cities, in Chinese.

Sources (both read from the packages' wheels, neither is a run-time dependency):
- JioNLP (Apache License 2.0, https://github.com/dongrixinyu/JioNLP),
  dictionary/world_location.txt: every country by continent with its short name, full name,
  capital and major cities.
- Babel (BSD-3-Clause, https://github.com/python-babel/babel), which ships the Unicode CLDR
  (Unicode License v3): the zh_Hans territory names of the continents and UN M49 sub-regions
  (非洲, 东南亚, 中亚, 拉丁美洲…), and the zh exemplar cities of the time zones (伊尔库茨克,
  新西伯利亚, 赤塔, 科布多…), which name many regional cities JioNLP lacks.

Run:

    pip download --no-deps -d /tmp/world jionlp babel
    python scripts/build_world.py /tmp/world/jionlp-*.whl /tmp/world/babel-*.whl

Names that are also Chinese divisions (黑山 is 黑山县), common words or people's names in Chinese
text (中非 reads as China–Africa, 华盛顿 and 维多利亚 as people), and China's own cities are left out.
"""
from __future__ import annotations

import pickle
import re
import sys
import zipfile
from pathlib import Path

LEXICONS = Path(__file__).resolve().parent.parent / "kg" / "lexicons"
# Foreign names that a Chinese report uses for something else.
AMBIGUOUS = {
    "中非",  # China–Africa (中非合作)
    "华盛顿", "亚历山大", "维多利亚", "圣约翰", "圣乔治", "乔治敦", "圣地亚哥", "圣何塞", "金斯敦",
    "万象", "金边", "汉堡", "基多", "德班", "罗索", "帝力", "拿骚", "朱巴", "班吉", "洛美", "亚伦", "马累", "多哈", "安曼", "利马", "苏瓦", "拉巴斯", "科罗尔", "比绍",
    "中华人民共和国", "巴新",
}
# CLDR territories that are not places (a union, a currency area, pseudo-locales, the world).
NOT_PLACES = {"EU", "EZ", "UN", "XA", "XB", "ZZ", "QO", "001"}
# Short forms the CLDR does not list but Chinese texts use for its regions.
REGION_SHORT = {"北美洲": "北美", "南美洲": "南美", "拉丁美洲": "拉美"}
# Regions that reports name and the CLDR does not list (ASEAN's member states as a region).
# and the oceans, the five states of Central Asia and the Greater Mekong Subregion (大湄公河次区域,
# the ADB's GMS), which reports name as partners and routes
REGION_EXTRA = ["中东", "东盟", "东北亚", "南太平洋", "加勒比", "中东欧", "西亚北非", "太平洋", "印度洋", "大西洋",
                "北冰洋", "中亚五国", "大湄公河次区域",
                # the European Union as a market and region ("巩固欧盟等传统贸易市场", "对欧盟、东亚等重点区域")
                "欧盟",
                # (not "东南亚地区": the region is 东南亚 before 地区, as before 市场)
                "西伯利亚", "中南半岛", "欧亚大陆", "亚欧大陆", "巴尔干", "巴尔干半岛", "高加索", "波罗的海", "斯堪的纳维亚",
                "非洲之角", "撒哈拉", "地中海", "黑海", "里海", "波斯湾", "马六甲海峡", "苏伊士运河", "巴拿马运河", "中北美洲",
                # the polar regions (北极航线, 冰上丝绸之路) and Eurasia in its short form ("打造联通欧亚、辐射全球的…")
                "北极", "南极", "欧亚",
                # Eurasia in the other order ("打通亚欧陆海联运新通道") and the US with Europe as one market
                # ("稳定美欧、东南亚等传统市场")
                "亚欧", "美欧"]
# Short names of countries in common use that JioNLP lacks (it has 沙特阿拉伯王国, 孟加拉国, 印度尼西亚).
COUNTRY_EXTRA = ["沙特阿拉伯", "印尼", "孟加拉"]
# Major cities that reports name (terminals of the China–Europe trains, ports, sister cities, border
# cities of Russia and Mongolia) and neither JioNLP nor the CLDR lists.
CITY_EXTRA = ["汉堡", "杜伊斯堡", "罗兹", "安特卫普", "喀山", "乌兰乌德", "哈巴罗夫斯克", "布拉戈维申斯克",
              "名古屋", "岘港", "万象", "金边", "曼德勒", "槟城", "泗水", "瓜达尔", "多哈", "吉达", "蒙巴萨",
              "休斯敦", "利马", "比雷埃夫斯", "汉诺威", "杜塞尔多夫", "纽伦堡", "莱比锡", "波尔图", "乔巴山",
              # Belt-and-Road ports and hubs, China–Europe train stations, the Russian, Mongolian,
              # Central Asian, South Asian and South-East Asian towns facing China's land ports, and
              # sister and partner cities of the opening-up paragraphs (general knowledge, session 44).
              "的里雅斯特", "瓦伦西亚", "不来梅", "不来梅港", "泽布吕赫", "勒阿弗尔", "马拉舍维奇", "布列斯特", "车里雅宾斯克", "后贝加尔斯克",
              "波格拉尼奇内", "格罗捷阔沃", "纳霍德卡", "扎鲁比诺", "斯拉维扬卡", "比罗比詹", "下列宁斯阔耶", "滨海边疆区", "哈巴罗夫斯克边疆区",
              "外贝加尔边疆区", "阿穆尔州", "犹太自治州", "伊兹密尔", "梅尔辛", "塞萨洛尼基", "诺维萨德", "格但斯克", "克拉科夫", "里耶卡",
              "康斯坦察", "瓦尔纳", "敖德萨", "哈尔科夫", "巴统", "波季", "努尔苏丹", "卡拉干达", "奇姆肯特", "多斯特克", "阿腾科里", "努尔饶勒",
              "布哈拉", "安集延", "费尔干纳", "纳曼干", "奥什", "土库曼巴希", "白沙瓦", "苏斯特", "汉班托塔", "吉大港", "科达里", "皎漂",
              "木姐", "腊戍", "密支那", "甘拜地", "磨丁", "会晒", "芒街", "同登", "西哈努克港", "暹粒", "林查班", "廊开", "关丹",
              "巴生港", "马六甲", "巴厘岛", "宿务", "达沃", "济州", "北九州", "长崎", "新潟", "新义州", "罗先", "扎门乌德", "噶顺苏海图",
              "西伯库伦", "额尔登特", "阿巴斯港", "杜库姆", "巴士拉", "海法", "阿什杜德", "苏伊士", "巴加莫约", "丹吉尔", "钱凯", "瓦尔帕莱索"]


def jionlp_world(wheel: str) -> tuple[list[str], list[str]]:
    """(country names, capitals and cities) from JioNLP's world_location.txt."""
    with zipfile.ZipFile(wheel) as z:
        text = z.read("jionlp/dictionary/world_location.txt").decode("utf-8")
    countries, cities = [], []
    for line in text.splitlines():
        fields = [f.strip() for f in line.split("\t")]
        if len(fields) < 2 or fields[0] in ("中国",):
            continue  # a continent's heading, or China itself (its divisions are in divisions.tsv)
        short, full = fields[0], fields[1]
        countries += [short, full]
        if len(fields) > 2:
            cities.append(fields[2])
        if len(fields) > 3:
            cities += fields[3].split("/")
    return countries, cities


def cldr_regions(wheel: str) -> list[str]:
    """Continents and sub-regions (the numeric UN M49 territories) in simplified Chinese."""
    sys.path.insert(0, wheel)  # the pickled data refers to babel's classes: import them from the wheel
    with zipfile.ZipFile(wheel) as z:
        data = pickle.loads(z.read("babel/locale-data/zh.dat"))
    out = []
    for code, name in data["territories"].items():
        if code.isdigit() and code not in NOT_PLACES:
            out.append(name)
            if name in REGION_SHORT:
                out.append(REGION_SHORT[name])
    return out


# Time zones whose exemplar city is China's own (its divisions are in divisions.tsv) or a place
# with no people (Antarctic stations), and exemplar names that read as a person or a word.
CHINA_ZONES = {"Asia/Shanghai", "Asia/Urumqi", "Asia/Hong_Kong", "Asia/Macau", "Asia/Taipei"}
NOT_CITIES = {"达尔文", "道森", "斯坦利", "威克", "朱诺", "下太子区"}


def cldr_cities(wheel: str) -> list[str]:
    """The exemplar cities of the world's time zones in Chinese (CLDR zh)."""
    sys.path.insert(0, wheel)
    with zipfile.ZipFile(wheel) as z:
        data = pickle.loads(z.read("babel/locale-data/zh.dat"))
    return [v["city"] for k, v in data["time_zones"].items()
            if "city" in v and k not in CHINA_ZONES and not k.startswith(("Etc/", "Antarctica/"))
            and v["city"] not in NOT_CITIES]


def division_names() -> set[str]:
    names = set()
    for line in (LEXICONS / "divisions.tsv").read_text(encoding="utf-8").splitlines():
        if line.startswith("#"):
            continue
        cols = line.split("\t")
        if len(cols) > 4:
            names.update(c for c in (cols[1], cols[4]) if c)
    return names


def keep(name: str, taken: set[str]) -> bool:
    return (len(name) >= 2 and name not in AMBIGUOUS and name not in taken
            and re.fullmatch(r"[\u3400-\u9fff·]+", name) is not None)


def write(path: Path, header: list[str], names: list[str]) -> None:
    with path.open("w", encoding="utf-8", newline="\n") as f:
        f.writelines(f"# {h}\n" for h in header)
        f.writelines(f"{n}\n" for n in names)
    print(f"wrote {len(names)} names to {path}")


def main(jionlp_wheel: str, babel_wheel: str) -> None:
    taken = division_names()
    countries, cities = jionlp_world(jionlp_wheel)
    # The People's Republic as reports name it (ANNOTATION rule 1: 中华人民共和国, 新中国).
    country_names = ["中华人民共和国", "新中国", "中国"] + sorted({c for c in countries + COUNTRY_EXTRA if keep(c, taken)} - {"中华人民共和国"})
    write(LEXICONS / "countries.txt",
          ["Countries in Chinese: short and full names. Derived from JioNLP's world_location.txt",
           "(Apache-2.0) by scripts/build_world.py; 中华人民共和国, 新中国 and 中国 name the PRC itself."],
          country_names)
    seen = set(country_names)
    world = []
    for name in cldr_regions(babel_wheel) + REGION_EXTRA + cities + CITY_EXTRA + cldr_cities(babel_wheel):
        if keep(name, taken | seen) and name not in world:
            world.append(name)
    write(LEXICONS / "world.txt",
          ["Continents and world regions (Unicode CLDR zh territory names, via Babel, BSD-3-Clause /",
           "Unicode License v3, and a few common ones it lacks: 中东, 东盟…), then capitals and major",
           "cities (JioNLP's world_location.txt, Apache-2.0), major cities reports name that neither lists",
           "(CITY_EXTRA: 汉堡, 杜伊斯堡…) and the CLDR zh exemplar cities of time zones.",
           "Built by scripts/build_world.py."],
          sorted(world, key=lambda n: (len(n), n)))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])

"""A list of short names closed by 等 and a kind of visited site or border place (景区, 口岸, 中心镇:
place_site_list_closers.txt) names places, as a list closed by a kind of division does
(kg.extract.places.extract_closed_area_lists); made-up sentences in the genre's phrasing."""
from __future__ import annotations

from tests.conftest import report_names as found


def test_items_of_a_list_of_scenic_areas_are_places(tmp_path):
    names = found(tmp_path, "Place", "某县人民政府工作报告",
                  "旅游市场持续升温，栖霞坞、鹤鸣岭、云栖寺等景区全年接待游客500万人次。")
    assert {"栖霞坞", "鹤鸣岭", "云栖寺"} <= names


def test_items_of_a_list_of_ports_and_central_towns_are_places(tmp_path):
    names = found(tmp_path, "Place", "某县人民政府工作报告",
                  "完善鹤岭、槐坞、榆岔等口岸查验设施，推进栖霞坞、蓼汀、槐川等中心镇建设。")
    assert {"鹤岭", "槐坞", "榆岔", "栖霞坞", "蓼汀", "槐川"} <= names
    assert not {n for n in names if "等" in n}


def test_a_list_whose_first_item_is_too_long_is_not_cut_in_a_name(tmp_path):
    # the pattern takes items of at most six characters: a longer item before would leave its tail
    # ("…纪念馆旧址") as the list's first item
    names = found(tmp_path, "Place", "某县人民政府工作报告",
                  "鹤鸣岭、青衫起义纪念馆旧址、云栖寺等景区全年接待游客500万人次。")
    assert not {n for n in names if n.endswith("旧址")}


def test_items_of_lists_of_heritage_sites_blocks_rivers_and_ski_resorts_are_places(tmp_path):
    # place_site_list_closers.txt: 文物保护单位, 特色街区, 河道, 滑雪场 close lists of sites too
    names = found(tmp_path, "Place", "某县人民政府工作报告",
                  "鹤鸣桥、栖霞庵等文物保护单位得到有效保护，槐川、蓼汀等滑雪场提档升级。"
                  "完成榆溪河、蓼汀塘等河道清淤整治。")
    assert {"鹤鸣桥", "栖霞庵", "槐川", "蓼汀", "榆溪河", "蓼汀塘"} <= names


def test_items_of_a_list_of_areas_are_places(tmp_path):
    # place_list_closers.txt: 地区 closes a list of an urban fringe's areas by their short names
    names = found(tmp_path, "Place", "某区人民政府工作报告",
                  "城乡结合部整治全面启动，鹤岭、槐坞、榆岔等地区拆迁腾退全部完成。")
    assert {"鹤岭", "槐坞", "榆岔"} <= names


def test_items_of_lists_of_red_heritage_and_tourism_brands_are_places(tmp_path):
    # 红色资源, 乡村旅游品牌: the sites a report protects or markets, listed by their names
    names = found(tmp_path, "Place", "某县人民政府工作报告",
                  "加强鹤鸣岭、栖霞坞等红色资源保护利用。槐川、蓼汀等乡村旅游品牌影响力持续提升。")
    assert {"鹤鸣岭", "栖霞坞", "槐川", "蓼汀"} <= names

"""Two modifiers joined by 和/与/及 that share one works' head name one works, written whole: the first
has no head of its own and the second, opening the works found by its head, starts with a common word
("国家药品和医疗器械审评检查华中分中心", hubei-2026-review; "偏远农牧户电网延伸和新能源通电升级改造工程",
neimenggu-2026-review; "东平湖老湖区洪水相机南排和航道主体工程", shandong-2026-review). The second with the head
alone names the works incompletely and is not kept. The rule must not join a first item with a head of its
own ("西南岩溶国家公园和南宁国家植物园", guangxi-2026), a second that opens with a name of its own ("高质量数据集
和东盟语料库", guangxi-2026), nor a 与 inside a word ("参与西部陆海新通道建设", xinjiang-2026)."""
from __future__ import annotations

from tests.conftest import assert_found, review_graph


def projects(tmp_path, sentence, head):
    return review_graph(tmp_path, sentence, head)[0]


def test_modifiers_sharing_a_centre_head(tmp_path):
    got = projects(tmp_path, "公共服务共享作用明显提升，中部地区国家高新区联盟在汉成立，华中区域应急救援中心、粮食应急保障中心、"
                             "邮件处理中心、国家药品和医疗器械审评检查华中分中心等一批功能性项目相继实施。", "湖北省政府工作报告")
    assert_found(got, {"国家药品和医疗器械审评检查华中分中心", "邮件处理中心"}, {"医疗器械审评检查华中分中心"})


def test_works_actions_sharing_a_works_head(tmp_path):
    got = projects(tmp_path, "实施偏远农牧户电网延伸和新能源通电升级改造工程，4万户农牧民用上稳定可靠的电。", "内蒙古自治区政府工作报告")
    assert_found(got, {"偏远农牧户电网延伸和新能源通电升级改造工程"}, {"新能源通电升级改造工程", "农牧户电网延伸和新能源通电升级改造工程"})
    got = projects(tmp_path, "城市轨道交通突破发展，临沂机场航站楼投用，东平湖老湖区洪水相机南排和航道主体工程完工。", "山东省政府工作报告")
    assert_found(got, {"东平湖老湖区洪水相机南排和航道主体工程", "临沂机场航站楼"}, {"航道主体工程"})


def test_no_join_of_named_or_headed_items(tmp_path):
    got = projects(tmp_path, "推进西南岩溶国家公园和南宁国家植物园创建。", "广西壮族自治区政府工作报告")
    assert not any(n.startswith("西南岩溶国家公园和") for n in got), got
    got = projects(tmp_path, "打造高质量数据集和东盟语料库。", "广西壮族自治区政府工作报告")
    assert not any("数据集" in n for n in got), got
    got = projects(tmp_path, "强化与国内省区市的战略对接和发展协同，参与西部陆海新通道建设，承接好东中部产业转移。", "新疆维吾尔自治区政府工作报告")
    assert not any(n.startswith(("参", "与")) for n in got), got

"""A count after 为 (or 免费为) opening its clause is of the recipients of a service the clause names
after them with a verb that only carries it (obs_recipient_services.txt: 开展, 实施, 安装, 进行, 配备):
the service, without the verb, names the value ("为200万名以上中小学生开展心理健康测评" → 心理健康测评).
Not 提供, which the gold names by either. Sentences read from tests/real (Chongqing 2026 outline,
Gansu 2026 review, National 2006 review, Guizhou 2026 outline)."""
from tests.conftest import real_observations

PLAN, REVIEW = "二、2026年工作安排", "一、2025年工作回顾"


def test_installed_for_buildings(tmp_path):
    got = real_observations(tmp_path, PLAN, "chongqing-2026-outline", "为6000栋老旧高层建筑")
    assert ("消防物联感知设备", "6000") in got


def test_tests_for_pupils(tmp_path):
    got = real_observations(tmp_path, PLAN, "chongqing-2026-outline", "中小学生开展心理健康测评")
    assert ("心理健康测评", "200") in got
    assert not any(name.startswith("中小学生") for name, _ in got)


def test_free_operations(tmp_path):
    got = real_observations(tmp_path, REVIEW, "gansu-2026-review", "困难家庭老年人实施白内障手术")
    assert ("白内障手术", "10010") in got


def test_equipment_given_to_schools(tmp_path):
    got = real_observations(tmp_path, "一、去年工作回顾", "national-2006-review", "配备了远程教育设施")
    assert ("远程教育设施", "16") in got


def test_provided_is_no_carrying_verb(tmp_path):
    # the gold names the value after 提供 by the recipients here (特殊困难老年人) and by the service
    # elsewhere (基本康复服务, Jilin 2026): 提供 is left out of obs_recipient_services.txt
    got = real_observations(tmp_path, PLAN, "guizhou-2026-outline", "特殊困难老年人提供居家社区机构服务")
    assert "居家社区机构服务" not in {name for name, _ in got}

"""国家和地区 after a count is one noun counted (obs_counted_pairs.tsv), and no part of the count after
its 的, where the clause has no subject of its own (Chongqing 2026 review, Hailar 2019, Xinjiang 2026
review in tests/real); a clause with its own subject keeps it (Jiangxi 2026 review)."""
from tests.conftest import report_mentions


def values(tmp_path, line, title="2026年重庆市政府工作报告"):
    found = report_mentions(tmp_path, title, "2025年工作回顾", line)
    return [(m.attrs["indicator"], m.attrs["value"]) for m in found if m.type == "Observation"]


def test_countries_and_regions_then_ports(tmp_path):
    found = values(tmp_path, "西部陆海新通道辐射全国75个城市、164个铁路站点，通达全球127个国家和地区的584个港口。")
    assert {("国家和地区", "127"), ("港口", "584")} <= set(found)


def test_countries_and_regions_then_exhibitors(tmp_path):
    found = values(tmp_path, "成功举办中俄蒙博览会，吸引20个国家和地区的419家企业参展。", "2019年海拉尔区人民政府工作报告")
    assert {("国家和地区", "20"), ("企业参展", "419")} <= set(found)


def test_a_subject_of_its_own_stays(tmp_path):
    assert ("对外贸易", "228") in values(tmp_path, "对外贸易扩大至228个国家和地区。", "2026年江西省政府工作报告")

"""Computing power stated in P, PF or EFLOPS is a value with its unit ("算力规模突破15万P",
"智能算力达4800PF", "全省算力规模突破160Eflops": the plan part of Gansu 2026 and the review parts of
Hunan and Guizhou 2026 in tests/real), and the measure before it an indicator."""
from tests.conftest import report_mentions


def observations(tmp_path, line):
    found = report_mentions(tmp_path, "2026年湖南省政府工作报告", "2025年工作回顾", line)
    return {(m.attrs["indicator"], m.attrs["unit"]) for m in found if m.type == "Observation"}


def test_computing_power_in_petaflops(tmp_path):
    found = observations(tmp_path, "总算力突破1.3万PF、增长20倍，智能算力达4800PF，超算算力达228PF，建成5G基站4.6万个。")
    assert {("总算力", "万PF"), ("智能算力", "PF"), ("超算算力", "PF")} <= found
    assert ("算力规模", "万P") in observations(tmp_path, "推动数据中心集群重点项目尽快投产达效，算力规模突破15万P。")


def test_computing_power_in_exaflops(tmp_path):
    assert ("算力规模", "Eflops") in observations(tmp_path, "全省算力规模突破160Eflops，成为全国智算资源最多的省份之一。")

"""Lists closed by 等…平台 or 等…设施 that name no works (kg.extract.projects._enumerated_projects,
kg.extract.genre.extract_listed_facilities): platforms a clause puts to use or cultivates
(project_list_use_verbs.txt: "发挥…等平台作用", "提高…等平台研发效能", "加快培育…等共性技术平台"), and
lists of infrastructure one of whose items is a kind ("供电", "通信", "铁路": `lists_kinds`), whose
list-mates are kinds too. Platforms and facilities a clause builds, each named, stay projects.
Sentences of the 2026 reports of 山东, 内蒙古, 湖南, 黑龙江, 北京, 广东 (tests/real) and Hailar 2014."""
from __future__ import annotations

from tests.conftest import assert_found, review_graph


def test_platforms_put_to_use_are_no_projects(tmp_path):
    projects, _, _ = review_graph(tmp_path, "发挥上合科创中心等平台作用，构建跨国联合研发体系。", "山东省政府工作报告")
    assert_found(projects, set(), {"上合科创中心"})
    projects, _, _ = review_graph(tmp_path, "提高乳业、草业技术创新中心等国家级平台研发效能，推动怀柔实验室建设。",
                                  "内蒙古自治区政府工作报告")
    assert_found(projects, set(), {"草业技术创新中心"})


def test_platforms_cultivated_as_a_kind_are_no_projects(tmp_path):
    projects, _, _ = review_graph(tmp_path, "建好服务平台，加快培育高水平工业设计中心、计量和检验检测中心、认证中心等共性技术平台。",
                                  "湖南省政府工作报告")
    assert_found(projects, set(), {"工业设计中心", "计量和检验检测中心", "认证中心"})


def test_platforms_built_stay_projects(tmp_path):
    projects, _, _ = review_graph(tmp_path, "加快建设具身智能训练场、昇腾生态适配中心、开源鸿蒙适配中心、智能体创新中心等产业创新平台。",
                                  "广东省政府工作报告")
    assert_found(projects, {"昇腾生态适配中心", "开源鸿蒙适配中心", "智能体创新中心"}, set())


def test_infrastructure_listed_with_kinds_is_no_project(tmp_path):
    projects, _, _ = review_graph(tmp_path, "年内完成起步区道路、供电、供水、排水等基础设施建设。", "海拉尔区政府工作报告")
    assert_found(projects, set(), {"起步区道路"})
    projects, _, _ = review_graph(tmp_path, "推动沿边铁路、通信等边境基础设施建设，支持口岸发展。", "黑龙江省政府工作报告")
    assert_found(projects, set(), {"沿边铁路"})
    projects, _, _ = review_graph(tmp_path, "提升重点流域沿线道路、电力、通信等基础设施韧性水平。", "北京市政府工作报告")
    assert_found(projects, set(), {"流域沿线道路", "重点流域沿线道路"})


def test_named_infrastructure_stays_projects(tmp_path):
    projects, _, _ = review_graph(tmp_path, "协调推进甘其毛都跨境铁路、二连浩特公路口岸货运第二通道等重点交通基础设施建设。",
                                  "内蒙古自治区政府工作报告")
    assert_found(projects, {"甘其毛都跨境铁路", "二连浩特公路口岸货运第二通道"}, set())

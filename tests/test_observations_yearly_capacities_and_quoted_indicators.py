"""Indicators and observations (session 51, in53): a capacity written with its period before the works
it sizes is no value; an indicator written with a quoted part keeps its quotes, its plain form an alias.
Sentences written for the test in the reports' genre, names invented."""
from kg.text.document import parse_document
from kg.extract import extract_mentions
from kg.text.reading import read_source


def observations(tmp_path, body):
    path = tmp_path / "r.txt"
    path.write_text(f"各位代表:\n一、2023年工作回顾\n{body}\n", encoding="utf-8")
    return [m for m in extract_mentions(parse_document(read_source(path))) if m.type == "Observation"]


def test_a_yearly_capacity_before_the_works_it_sizes_is_no_value(tmp_path):
    found = observations(tmp_path, "澄江石化800万吨/年炼油项目在青禾镇开工,5万吨/日污水处理厂建成投用,"
                                   "新增城镇就业3200人。")
    assert [(m.attrs["indicator"], m.attrs["value"]) for m in found] == [("新增城镇就业", "3200")]
    # a capacity that closes its clause is a stated value
    found = observations(tmp_path, "澄江石化炼油能力达到800万吨/年。")
    assert [(m.attrs["value"], m.attrs["unit"]) for m in found] == [("800", "万吨/年")]


def test_an_indicator_written_with_a_quoted_part_keeps_its_quotes(tmp_path):
    found = observations(tmp_path, "严格落实中央八项规定精神,“三公”经费下降9.5%。新增专精特新“小巨人”企业6家,"
                                   "“澄江指数”上涨3%,城镇新增就业3200人。")
    written = {m.attrs["indicator"]: m.attrs.get("indicator_written") for m in found}
    assert written == {"三公经费": "“三公”经费", "新增专精特新小巨人企业": "新增专精特新“小巨人”企业",
                       "澄江指数": None, "城镇新增就业": None}


def test_the_quoted_name_is_the_indicators_and_the_plain_one_its_alias(tmp_path):
    from kg.pipeline import build
    path = tmp_path / "qinghe-2023.txt"
    path.write_text("青禾县政府工作报告\n各位代表:\n一、2023年工作回顾\n“三公”经费下降9.5%。\n"
                    "二、2024年工作安排\n三公经费再压减5%。\n", encoding="utf-8")
    graph = build(path).report
    [indicator] = [e for e in graph.entities.values() if e.type == "Indicator"]
    assert (indicator.name, indicator.aliases) == ("“三公”经费", {"三公经费"})
    assert len([o for o in graph.observations if o.indicator == indicator.key]) == 2


def test_an_organization_opening_the_words_before_a_value_is_no_part_of_the_name(tmp_path):
    found = observations(tmp_path, "区审计局完成审计项目86个。澄江集团实现税利12亿元。"
                                   "青禾县农村商业银行发放扶贫小额信贷2.3亿元。")
    names = {m.attrs["indicator"] for m in found}
    assert {"审计项目", "税利", "扶贫小额信贷"} <= names, names
    # a body's short form before a noun names whose the noun is: it stays
    found = observations(tmp_path, "办理人大代表建议98件、政协委员提案126件,政协委员提案办理满意率达到98%。")
    assert "政协委员提案办理满意率" in {m.attrs["indicator"] for m in found}
    found = observations(tmp_path, "办理市人大代表建议827件、市政协提案1012件。县政协委员提案办结率100%。")
    assert {"市人大代表建议", "县政协委员提案办结率"} <= {m.attrs["indicator"] for m in found}
    # a body opening a place's name is no subject of the measure
    found = observations(tmp_path, "澄江大学科技园引进科技企业32家。")
    assert "澄江大学科技园引进科技企业" in {m.attrs["indicator"] for m in found}


def test_a_name_opening_inside_a_bodys_name_drops_the_rest_of_the_body(tmp_path):
    # banks listed as the subject of a loan count; the city inside the last one's name (a real
    # division, so it is found as a place) is read as the list's scope and cut, leaving the name
    # opening inside the bank's name: the rest of the bank's name is no part of the measure's
    found = observations(tmp_path, "澄江银行鹤岗分行、鹤岗农村商业银行新增贷款19亿元。"
                                   "澄江银行、鹤岗农村商业银行新增小微企业贷款6亿元。")
    names = {m.attrs["indicator"] for m in found}
    assert names == {"新增贷款", "新增小微企业贷款"}, names

"""Beneficiaries counted right after a work (session 51): a clause that opens with 惠及, 受益 or 覆盖
after a work counted in things done, a policy carried out or works completed counts that work's
beneficiaries, and is named by the work and the verb with them. Sentences written for the test in the
phrasing of work reports, with invented names (none copied from the samples' gold or a report read)."""
from kg.extract import extract_mentions
from kg.text.document import parse_document
from kg.text.reading import read_source


def observations(tmp_path, body):
    path = tmp_path / "r.txt"
    path.write_text(f"各位代表:\n一、2023年工作回顾\n{body}\n", encoding="utf-8")
    return {(m.attrs["indicator"], m.attrs["value"], m.attrs["unit"])
            for m in extract_mentions(parse_document(read_source(path))) if m.type == "Observation"}


def test_beneficiaries_after_a_counted_work_are_the_works(tmp_path):
    found = observations(tmp_path, "完成背街小巷改造35个、惠及居民6200户。完成青山街道背街小巷改造12个、惠及居民3100户。开工整治老旧厂区18处,惠及职工1.2万人。")
    assert {("背街小巷改造惠及居民", "6200", "户"), ("背街小巷改造惠及居民", "3100", "户")} <= found
    assert ("老旧厂区整治惠及职工", "1.2", "万人") in found
    assert not {name for name, *_ in found} & {"惠及居民", "惠及职工"}


def test_beneficiaries_counted_before_their_noun_after_a_policy_carried_out(tmp_path):
    found = observations(tmp_path, "实施澄江县困难家庭助学补贴政策、惠及2.3万名学生,全面落实育儿补贴政策。")
    assert ("澄江县困难家庭助学补贴惠及学生", "2.3", "万名") in found


def test_beneficiaries_after_works_completed(tmp_path):
    found = observations(tmp_path, "青禾镇、白鹭乡山区集中供水提质工程全面完成,受益群众9万人。")
    assert ("山区集中供水提质工程受益群众", "9", "万人") in found


def test_beneficiaries_after_money_or_an_area_keep_their_own_name(tmp_path):
    found = observations(tmp_path, "澄江集团发放助农贷款2.3亿元,惠及农户5860户。完成棚户区改造12万平方米,惠及居民2.6万户。"
                                   "发放文旅消费券3000万元,带动消费4.2亿元。")
    assert {("惠及农户", "5860", "户"), ("惠及居民", "2.6", "万户"), ("带动消费", "4.2", "亿元")} <= found

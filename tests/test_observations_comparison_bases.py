"""The basis a change is measured from ("比年初", "较“十三五”末") and the size of a set the subject is
one of ("全省12个示范县之一"): sentences written for the test in the genre's phrasing."""
from kg.text.document import parse_document
from kg.extract import extract_mentions
from kg.text.reading import read_source


def review(tmp_path, body):
    path = tmp_path / "r.txt"
    path.write_text(f"各位代表:\n一、2023年工作回顾\n{body}\n", encoding="utf-8")
    return [(m.attrs["indicator"], m.attrs["value"], m.attrs["unit"], m.attrs["status"], m.attrs["period"])
            for m in extract_mentions(parse_document(read_source(path))) if m.type == "Observation"]


def test_a_change_from_the_start_of_the_year_continues_the_indicator_just_named(tmp_path):
    found = review(tmp_path, "金融机构各项存款余额186.4亿元,比年初增长9.2%;贷款余额97.5亿元,较年初增加6.3亿元。")
    assert ("金融机构各项存款余额", "9.2", "%", "actual", 2023) in found
    assert ("贷款余额", "6.3", "亿元", "actual", 2023) in found
    assert not [o for o in found if o[0].startswith(("比", "较"))]


def test_a_change_from_the_end_of_a_five_year_plan_continues_the_indicator(tmp_path):
    found = review(tmp_path, "规模以上工业总产值达到312亿元,较“十三五”末增长46%;"
                             "完成固定资产投资815亿元,比“十二五”增长1.3倍。")
    assert ("规模以上工业总产值", "46", "%", "actual", 2023) in found
    assert [o[0] for o in found if o[1] == "1.3"] == [o[0] for o in found if o[1] == "815"]
    # a share compared with the plan's end keeps its own name, the basis dropped
    found = review(tmp_path, "服务业增加值占地区生产总值比重较“十三五”末提高3.5个百分点。")
    assert ("服务业增加值占地区生产总值比重", "3.5", "个百分点", "actual", 2023) in found


def test_the_size_of_a_set_the_subject_is_one_of_is_no_value(tmp_path):
    found = review(tmp_path, "我县被确定为全省12个乡村振兴示范县之一,新建高标准农田5.2万亩。")
    assert not [o for o in found if o[1] == "12"]
    assert ("新建高标准农田", "5.2", "万亩", "actual", 2023) in found
    # a count of its own in the same sentence stays a value ("3个" of the clause after 之一)
    found = review(tmp_path, "园区入选国家级经济技术开发区之一,新落户企业3家。")
    assert ("新落户企业", "3", "家", "actual", 2023) in found

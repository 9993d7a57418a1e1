"""participatesIn (session 49) of an existing institution that opens the name of the works on its
premises or of the ancillary works of its site, of a company named before the output rate of its works,
and of a partner building a school found both as a body and as works. The institution: a place found at
the name's start (or the body it belongs to), a few words and the institution's kind
(org_works_owning_kinds.txt), then a phase, a new site or building, a move or an enlargement
(org_premises_works.txt and the lists it names) closing the name. Only an existing institution has
those, so it is an organization (ANNOTATION rule 2), named inside the works' name (rule 8), and it takes
part in them, however its head's walk read the words before its kind. Not a plant or facility (厂, 站:
the works' own facility), nor an institution the clause builds anew. Sentences written in the genre's
phrasing; the whole pipeline runs on each."""
from __future__ import annotations

import pytest

from tests.conftest import review_graph

HEAD = "2024年澄江县人民政府工作报告"


@pytest.mark.parametrize("sentence, body, works", [
    ("开工建设澄江县中西医结合医院新院区。", "澄江县中西医结合医院", "澄江县中西医结合医院新院区"),
    ("全民健身中心、澄江县体育馆维修改造工程竣工。", "澄江县体育馆", "澄江县体育馆维修改造工程"),
    ("开工建设青禾镇卫生院新院区和澄江县慢性病防治院迁建工程。", "澄江县慢性病防治院", "澄江县慢性病防治院迁建工程"),
])
def test_an_institution_opening_the_works_on_its_premises_takes_part(tmp_path, sentence, body, works):
    _, orgs, links = review_graph(tmp_path, sentence, HEAD)
    assert body in orgs and (body, works) in links


@pytest.mark.parametrize("sentence, works", [
    ("澄江县污水处理厂二期建成投用。", "澄江县污水处理厂二期"),
    ("新建澄江县第三中学。", "澄江县第三中学"),
])
def test_a_facility_or_an_institution_built_anew_is_no_body_of_its_works(tmp_path, sentence, works):
    _, orgs, links = review_graph(tmp_path, sentence, HEAD)
    assert "澄江县污水处理厂" not in orgs and not any(w == works for _, w in links)


@pytest.mark.parametrize("sentence, company, works", [
    ("澄峰芳烃年产160万吨对二甲苯项目恢复生产。", "澄峰芳烃", "澄峰芳烃年产160万吨对二甲苯项目"),
    ("恒禾液压年产10万台高端液压泵项目竣工投产。", "恒禾液压", "恒禾液压年产10万台高端液压泵项目"),
])
def test_a_company_before_the_output_rate_of_its_works_takes_part(tmp_path, sentence, company, works):
    # the output rate and its figure after a trade name and a trade word (project_output_words.txt)
    # close the company's name as a capacity does, whether or not the trade word is a listed one
    _, orgs, links = review_graph(tmp_path, sentence, HEAD)
    assert company in orgs and (company, works.removesuffix("项目")) in {(o, w.removesuffix("项目")) for o, w in links}


@pytest.mark.parametrize("sentence", ["全县年产10万吨饲料项目投产。", "新建年产10万吨饲料项目。"])
def test_a_scope_or_verb_before_an_output_rate_names_no_company(tmp_path, sentence):
    _, orgs, links = review_graph(tmp_path, sentence, HEAD)
    assert not {"全县", "新建"} & orgs and not links


@pytest.mark.parametrize("sentence, partner, works", [
    ("与青禾大学合作建设澄江实验学校。", "青禾大学", "澄江实验学校"),
    ("与青禾师范大学合作建设青师大附属澄江实验学校。", "青禾师范大学", "青师大附属澄江实验学校"),
])
def test_a_school_the_partners_build_found_as_a_body_too_is_their_works(tmp_path, sentence, partner, works):
    # the school right after the building verb, found both as a body and as works built anew, is the
    # works the partner builds (ANNOTATION rule 2), not another party standing in its way
    _, _, links = review_graph(tmp_path, sentence, HEAD)
    assert (partner, works) in links


def test_a_partner_listed_beside_a_partner_is_still_no_works(tmp_path):
    _, _, links = review_graph(tmp_path, "与青禾大学、澄江职业技术学院签订合作协议。", HEAD)
    assert not links


@pytest.mark.parametrize("sentence, body, works", [
    ("建成澄江大剧院配套工程和澄江县图书馆新馆。", "澄江大剧院", "澄江大剧院配套工程"),
    ("澄江县博物馆新馆、澄江大剧院周边配套工程完工。", "澄江大剧院", "澄江大剧院周边配套工程"),
])
def test_a_body_takes_part_in_the_ancillary_works_of_its_own_site(tmp_path, sentence, body, works):
    # 配套 then 工程 (participation.txt `supplied`): the body's own ancillary works, not a facility serving it
    _, _, links = review_graph(tmp_path, sentence, HEAD)
    assert (body, works) in links


def test_the_school_serving_a_company_and_a_town_is_still_neither_ones_works(tmp_path):
    _, _, links = review_graph(tmp_path, "开工恒禾和澄江科技城配套学校。", HEAD)
    assert not links


@pytest.mark.parametrize("sentence, company, works", [
    ("青禾文旅城项目开工建设，由澄江免税品（集团）有限责任公司投资建设。", "澄江免税品(集团)有限责任公司", "青禾文旅城项目"),
    ("由澄江县建设投资控股（集团）有限公司与青禾汽车共同投资建设的青禾中国项目签约。",
     "澄江县建设投资控股(集团)有限公司", "青禾中国项目"),
])
def test_a_registered_name_with_its_group_in_brackets_before_a_longer_legal_form_is_one_company(tmp_path, sentence, company, works):
    # the brackets close before the registered legal form the head 公司 ends (有限责任公司), and the stem
    # before them may hold a county's name, its business and 控股 (ORG_RULES.bracketed_form_stem_max)
    _, orgs, links = review_graph(tmp_path, sentence, HEAD)
    assert company in orgs and (company, works) in links

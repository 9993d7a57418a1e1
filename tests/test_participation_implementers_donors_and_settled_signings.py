"""participatesIn of session 37 (issue 10): more of the genre's words for an organization that takes
part in works — one that carries them out or joins them (实施, 参与), donates or aids their building (捐建,
援建), develops, prepares, runs or holds them (开发, 筹建, 经营, 控股), signs for them itself (签约, 签订: not
a standard body, which signs for the area), reaches an agreement or joins hands with the area before the
works' clause (达成, 携手; the next clause opening with 建成); a company signed or brought in whose works
the next clause settles ("成功签约X，P落户…"); and a list of works each with its own sum, whose first item
the walk cut inside its name ("投资14亿元X、15亿元Y等32个项目"); the means a company builds by between it and
its verb ("X以PPP模式投资建设P"). Sentences written in the genre's
phrasing (the names are made up); the whole pipeline runs on each."""
from __future__ import annotations

import pytest

from tests.conftest import review_graph, shared_file

HEAD = "2023年临川县人民政府工作报告"


@pytest.mark.parametrize("sentence, org, works", [
    ("宽衍集团实施的县城污水管网改造工程全面完工。", "宽衍集团", "县城污水管网改造工程"),
    ("由宽衍集团实施的县城污水管网改造工程全面完工。", "宽衍集团", "县城污水管网改造工程"),
    ("宽衍集团参与的县城污水管网改造工程全面完工。", "宽衍集团", "县城污水管网改造工程"),
    ("宽衍基金会捐建的县第二小学教学楼投入使用。", "宽衍基金会", "县第二小学教学楼"),
    ("宽衍集团援建的县第二小学教学楼投入使用。", "宽衍集团", "县第二小学教学楼"),
    ("宽衍集团开发的县城商业综合体项目开业。", "宽衍集团", "县城商业综合体项目"),
    ("宽衍集团经营的县城商业综合体项目开业。", "宽衍集团", "县城商业综合体项目"),
    ("宽衍集团筹建的年产5万吨碳纤维复合材料项目开工。", "宽衍集团", "年产5万吨碳纤维复合材料项目"),
    ("宽衍集团控股的县风电场项目并网发电。", "宽衍集团", "县风电场项目"),
])
def test_an_organization_that_carries_out_donates_develops_or_holds_the_works_takes_part(tmp_path, sentence, org, works):
    _, _, links = review_graph(tmp_path, sentence, HEAD)
    assert (org, works) in links


def test_companies_that_each_sign_for_their_works_take_part_each_in_its_own(tmp_path):
    _, _, links = review_graph(tmp_path, "宽衍集团、华能集团分别签约年产5万吨碳纤维复合材料项目、县风电场项目。", HEAD)
    assert links == {("宽衍集团", "年产5万吨碳纤维复合材料项目"), ("华能集团", "县风电场项目")}


def test_the_government_a_company_signs_with_takes_no_part(tmp_path):
    # the county government signs for the area: the company alone takes part in the works settled
    _, _, links = review_graph(tmp_path, "宽衍集团与县政府签约，总投资20亿元的年产5万吨碳纤维复合材料项目落户。", HEAD)
    assert links == {("宽衍集团", "年产5万吨碳纤维复合材料项目")}


@pytest.mark.parametrize("sentence, works", [
    ("与宽衍集团达成协议，共同投资建设年产5万吨碳纤维复合材料项目。", "年产5万吨碳纤维复合材料项目"),
    ("与宽衍集团携手，共同打造县城商业综合体项目。", "县城商业综合体项目"),
    ("与宽衍集团合作，建成县城商业综合体项目。", "县城商业综合体项目"),
    # a company signed, then a clause whose works settle: the company takes part in them
    ("成功签约宽衍集团，年产5万吨碳纤维复合材料项目落户县经济开发区。", "年产5万吨碳纤维复合材料项目"),
])
def test_the_partner_of_an_agreement_builds_the_next_clauses_works(tmp_path, sentence, works):
    _, _, links = review_graph(tmp_path, sentence, HEAD)
    assert ("宽衍集团", works) in links


def test_a_partner_the_area_only_cooperates_with_takes_no_part_in_works_that_settle(tmp_path):
    # "与X牵手合作，P成功落户": cooperation, then works that settle, maybe anyone's
    _, _, links = review_graph(tmp_path, "与宽衍集团牵手合作，年产5万吨碳纤维复合材料项目成功落户。", HEAD)
    assert not links


def test_a_list_of_companies_brought_in_settles_no_works_of_its_own(tmp_path):
    # which company builds which works the sentence does not say
    _, _, links = review_graph(tmp_path, "引进宽衍集团、华能集团等企业，年产5万吨碳纤维复合材料项目、县风电场项目落户我县。", HEAD)
    assert not links


def test_the_first_item_of_a_list_of_summed_works_starts_after_its_sum(tmp_path):
    # "三元" stopped the walk back from the item's end; the sum before the name bounds it
    projects, _, _ = review_graph(
        tmp_path, "投资14亿元宽衍新材三元正极材料、15亿元华能水泥优化升级等32个项目开工建设。", HEAD)
    assert {"宽衍新材三元正极材料", "华能水泥优化升级"} <= projects


def test_a_verb_after_the_sum_opens_no_item(tmp_path):
    # hailar-2013: "投资4.5亿元实施了标准化幼儿园、呼伦小学新建、南开路中学等14个项目"
    text = shared_file("corpus", "hailar", "hailar-2013.txt").read_text(encoding="gb18030")
    line = next(s for s in text.split("。") if "投资4.5亿元实施了" in s)
    projects, _, _ = review_graph(tmp_path, line + "。", HEAD)
    assert not any(p.startswith(("实施", "投资")) for p in projects)


@pytest.mark.parametrize("sentence, orgs", [
    ("华润集团以PPP模式投资建设县城污水处理厂项目。", {"华润集团"}),
    ("华润集团通过PPP模式投资建设的县城污水处理厂项目投入运营。", {"华润集团"}),
    ("华润集团以PPP模式投资20亿元，建设县城污水处理厂项目。", {"华润集团"}),
    ("华润集团、北控水务集团以PPP模式合作建设县城污水处理厂项目。", {"华润集团", "北控水务集团"}),
])
def test_the_means_a_company_builds_by_stands_between_it_and_its_verb(tmp_path, sentence, orgs):
    # "以/通过…模式/方式" right after the company: its verb is read past the means, as past a site
    _, _, links = review_graph(tmp_path, sentence, HEAD)
    assert {(o, "县城污水处理厂项目") for o in orgs} <= links

"""Organizations (session 59): the UN's agencies and standing international and regional
organizations by their Chinese names and short forms (org_bodies.txt)."""
from __future__ import annotations

from tests.test_organizations import NATIONAL, PROVINCE, orgs


def test_international_organizations_and_short_forms(tmp_path):
    # hainan-2026, sichuan-2026-review, national-2015, national-2014
    found = orgs(tmp_path, PROVINCE, "发挥农垦、供销社等联农带农机制作用。加强与联合国粮农组织合作，申办第三届中非农业合作论坛。",
                 "黄龙世界自然遗产地入选世界自然保护联盟绿色名录。")
    assert {"联合国粮农组织", "世界自然保护联盟"} <= found
    found = orgs(tmp_path, NATIONAL, "推动与海合会、以色列等自贸区谈判，力争完成中国—东盟自贸区升级谈判。",
                 "加快与韩国、澳大利亚、海湾合作委员会等自贸区谈判进程。")
    assert {"海合会", "海湾合作委员会"} <= found


def test_short_form_inside_a_longer_organization_name(tmp_path):
    # liaoning-2026, guangdong-2026: 经合组织 inside 亚太经合组织
    found = orgs(tmp_path, PROVINCE, "办好2026年亚太经合组织贸易部长会议，稳住传统市场。",
                 "服务好保障好亚太经合组织（APEC）第三十三次领导人非正式会议。")
    assert "经合组织" not in found and "经济合作与发展组织" not in found

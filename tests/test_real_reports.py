"""Quality on real published reports beyond the four samples (tests/real/README.md): seven whole district reports
(one of them in two parts) and a hundred and five excerpts of provincial and national ones, each annotated to
ANNOTATION.md by an annotator who wrote no rule. Each was held out of the rules once (sessions 57 to 62, 68) and is
design material since; the figures here are what the rules reach on them, summed over the set (micro), a little under
today's: a promise that a rule which helps the samples does not quietly lose real text. A session's held-out texts are
kept apart from these (tests/real/README.md, `next/`) and not read here."""
from __future__ import annotations

from pathlib import Path

import pytest

from kg.evaluate import Score, evaluate, load_gold
from kg.pipeline import build, predictions

REAL = Path(__file__).resolve().parent / "real"
REPORTS = sorted(p.stem for p in REAL.glob("*.txt"))

# micro F1 over every text here, strict (shared/tools/score.py's metric), a little under today's (session 63's rules
# on the hundred and seven texts: Project 0.730, Place 0.850, Organization 0.846, Indicator 0.708, ObservationYear
# 0.916, locatedIn 0.682, participatesIn 0.680; session 62's 0.723, 0.847, 0.840, 0.707, 0.915, 0.678, 0.667 — the
# seventeen texts added in session 63 score lower on Project and the links; session 64's rules: 0.731, 0.851, 0.850,
# 0.709, 0.917, 0.684, 0.687; session 65's: 0.736, 0.851, 0.851, 0.710, 0.918, 0.688, 0.701; on the hundred and
# thirteen of session 68, its rules: 0.755, 0.853, 0.852, 0.704, 0.919, 0.687, 0.712; session 69's: 0.755, 0.853,
# 0.852, 0.705, 0.919, 0.687, 0.712; session 72's: 0.769, 0.862, 0.863, 0.716, 0.926, 0.710, 0.744; session 73's:
# 0.775, 0.863, 0.864, 0.718, 0.927, 0.714, 0.746); raised when the rules rise
FLOORS = {
    "Project": 0.76,
    "Place": 0.86,
    "Organization": 0.86,
    "Indicator": 0.71,
    "ObservationYear": 0.92,
    "locatedIn": 0.70,
    "participatesIn": 0.74,
}

# Session 68's six whole district reports (Hailar 2012–2016; tests/real/README.md), annotated while that session's
# rules were written and scored blind on main first (Project 0.833, Place 0.858, Organization 0.843, Indicator 0.612,
# ObservationYear 0.922, locatedIn 0.662, participatesIn 0.710); session 68's rules: 0.835, 0.858, 0.843, 0.622,
# 0.922, 0.662, 0.710; session 69's (names both annotators write): 0.835, 0.858, 0.843, 0.638, 0.926, 0.662, 0.710.
# Two annotators agree on two of them at Indicator 0.86–0.89 and locatedIn 0.80–0.92: the rules are far under the
# ceiling there
HAILAR_WHOLE = ("hailar-2012", "hailar-2013", "hailar-2014", "hailar-2015", "hailar-2016-review", "hailar-2016")
FLOORS_HAILAR_WHOLE = {
    "Project": 0.83,
    "Place": 0.85,
    "Organization": 0.84,
    "Indicator": 0.63,
    "ObservationYear": 0.92,
    "locatedIn": 0.66,
    "participatesIn": 0.71,
}

# The hundred and seven texts before session 68 (session 68's rules: Project 0.737, Place 0.852, Organization 0.853,
# Indicator 0.711, ObservationYear 0.918, locatedIn 0.690, participatesIn 0.713)
FIRST_HUNDRED_SEVEN = ("anhui-2026", "anhui-2026-outline", "anhui-2026-review", "beijing-2026", "beijing-2026-review",
                       "chongqing-2026", "chongqing-2026-outline", "chongqing-2026-review", "fujian-2026",
                       "fujian-2026-outline", "fujian-2026-review", "gansu-2026", "gansu-2026-review", "guangxi-2026",
                       "guangxi-2026-outline", "guangxi-2026-review", "guizhou-2026", "guizhou-2026-outline",
                       "guizhou-2026-review", "hailar-2018", "hailar-2019", "hainan-2026", "hainan-2026-outline",
                       "hainan-2026-review", "hebei-2026", "hebei-2026-review", "heilongjiang-2026",
                       "heilongjiang-2026-outline", "heilongjiang-2026-review", "henan-2026", "henan-2026-review",
                       "hubei-2026", "hubei-2026-outline", "hubei-2026-review", "hunan-2026", "hunan-2026-outline",
                       "hunan-2026-review", "jiangsu-2026", "jiangsu-2026-review", "jiangxi-2026",
                       "jiangxi-2026-review", "jilin-2026", "jilin-2026-review", "liaoning-2026",
                       "liaoning-2026-review", "national-2003", "national-2003-review", "national-2004",
                       "national-2004-review", "national-2005", "national-2005-review", "national-2006",
                       "national-2006-review", "national-2007", "national-2007-review", "national-2009",
                       "national-2009-review", "national-2010", "national-2010-review", "national-2011",
                       "national-2011-review", "national-2012", "national-2012-review", "national-2013",
                       "national-2013-review", "national-2014", "national-2014-review", "national-2015",
                       "national-2015-review", "national-2016", "national-2016-review", "national-2018",
                       "national-2018-review", "neimenggu-2026", "neimenggu-2026-review", "ningxia-2026",
                       "ningxia-2026-outline", "ningxia-2026-review", "qinghai-2026", "qinghai-2026-outline",
                       "qinghai-2026-review", "shaanxi-2026", "shaanxi-2026-review", "shandong-2026",
                       "shandong-2026-outline", "shandong-2026-review", "shanghai-2026", "shanghai-2026-outline",
                       "shanghai-2026-review", "shanxi-2026", "shanxi-2026-review", "sichuan-2026",
                       "sichuan-2026-outline", "sichuan-2026-review", "tianjin-2026", "tianjin-2026-review",
                       "xinjiang-2026", "xinjiang-2026-outline", "xinjiang-2026-review", "xizang-2026",
                       "xizang-2026-review", "yunnan-2026", "yunnan-2026-outline", "yunnan-2026-review",
                       "zhejiang-2026", "zhejiang-2026-outline", "zhejiang-2026-review")
FLOORS_FIRST_HUNDRED_SEVEN = {
    "Project": 0.73,
    "Place": 0.85,
    "Organization": 0.85,
    "Indicator": 0.71,
    "ObservationYear": 0.91,
    "locatedIn": 0.68,
    "participatesIn": 0.71,
}

# Session 62's ninety texts (session 63's rules: Project 0.734, Place 0.851, Organization 0.841, Indicator 0.709,
# ObservationYear 0.916, locatedIn 0.684, participatesIn 0.683; session 62's rules: 0.728, 0.848, 0.835, 0.708, 0.915,
# 0.679, 0.670)
FIRST_NINETY = ("anhui-2026-review", "anhui-2026", "beijing-2026-review", "beijing-2026", "chongqing-2026-review",
                "chongqing-2026", "fujian-2026-review", "fujian-2026", "gansu-2026-review", "gansu-2026",
                "guangxi-2026-review", "guangxi-2026", "guizhou-2026-review", "guizhou-2026", "hailar-2018",
                "hailar-2019", "hainan-2026-review", "hainan-2026", "hebei-2026-review", "hebei-2026",
                "heilongjiang-2026-review", "heilongjiang-2026", "henan-2026-review", "henan-2026",
                "hubei-2026-review", "hubei-2026", "hunan-2026-review", "hunan-2026", "jiangsu-2026-review",
                "jiangsu-2026", "jiangxi-2026-review", "jiangxi-2026", "jilin-2026-review", "jilin-2026",
                "liaoning-2026-review", "liaoning-2026", "national-2003-review", "national-2003",
                "national-2004-review", "national-2004", "national-2005-review", "national-2005",
                "national-2006-review", "national-2006", "national-2007-review", "national-2007",
                "national-2009-review", "national-2009", "national-2010-review", "national-2010",
                "national-2011-review", "national-2011", "national-2012-review", "national-2012",
                "national-2013-review", "national-2013", "national-2014-review", "national-2014",
                "national-2015-review", "national-2015", "national-2016-review", "national-2016",
                "national-2018-review", "national-2018", "neimenggu-2026-review", "neimenggu-2026",
                "ningxia-2026-review", "ningxia-2026", "qinghai-2026-review", "qinghai-2026", "shaanxi-2026-review",
                "shaanxi-2026", "shandong-2026-review", "shandong-2026", "shanghai-2026-review", "shanghai-2026",
                "shanxi-2026-review", "shanxi-2026", "sichuan-2026-review", "sichuan-2026", "tianjin-2026-review",
                "tianjin-2026", "xinjiang-2026-review", "xinjiang-2026", "xizang-2026-review", "xizang-2026",
                "yunnan-2026-review", "yunnan-2026", "zhejiang-2026-review", "zhejiang-2026")
FLOORS_FIRST_NINETY = {
    "Project": 0.73,
    "Place": 0.85,
    "Organization": 0.84,
    "Indicator": 0.70,
    "ObservationYear": 0.91,
    "locatedIn": 0.68,
    "participatesIn": 0.68,
}

# Session 61's seventy-four texts (session 62's rules: Project 0.738, Place 0.844, Organization 0.827, Indicator
# 0.708, ObservationYear 0.920, locatedIn 0.682, participatesIn 0.674; session 61's rules: Project 0.726, Place 0.840,
# Organization 0.821, Indicator 0.704, ObservationYear 0.912, locatedIn 0.672, participatesIn 0.663)
FIRST_SEVENTY_FOUR = ("anhui-2026", "anhui-2026-review", "beijing-2026", "beijing-2026-review", "chongqing-2026",
                      "chongqing-2026-review", "fujian-2026", "fujian-2026-review", "gansu-2026", "gansu-2026-review",
                      "guangxi-2026", "guangxi-2026-review", "guizhou-2026", "guizhou-2026-review", "hailar-2018",
                      "hailar-2019", "hainan-2026", "hainan-2026-review", "hebei-2026", "hebei-2026-review",
                      "heilongjiang-2026", "heilongjiang-2026-review", "henan-2026", "henan-2026-review",
                      "hubei-2026", "hubei-2026-review", "hunan-2026", "hunan-2026-review", "jiangsu-2026",
                      "jiangsu-2026-review", "jiangxi-2026-review", "jilin-2026", "jilin-2026-review",
                      "liaoning-2026", "liaoning-2026-review", "national-2003", "national-2004", "national-2005",
                      "national-2006", "national-2007", "national-2009", "national-2010", "national-2011",
                      "national-2012", "national-2013", "national-2014", "national-2015", "national-2016",
                      "national-2018", "neimenggu-2026", "neimenggu-2026-review", "ningxia-2026",
                      "ningxia-2026-review", "qinghai-2026", "qinghai-2026-review", "shaanxi-2026",
                      "shaanxi-2026-review", "shandong-2026", "shandong-2026-review", "shanghai-2026",
                      "shanghai-2026-review", "shanxi-2026", "shanxi-2026-review", "sichuan-2026",
                      "sichuan-2026-review", "tianjin-2026", "tianjin-2026-review", "xinjiang-2026",
                      "xinjiang-2026-review", "xizang-2026", "yunnan-2026", "yunnan-2026-review", "zhejiang-2026",
                      "zhejiang-2026-review")
FLOORS_FIRST_SEVENTY_FOUR = {
    "Project": 0.74,
    "Place": 0.84,
    "Organization": 0.83,
    "Indicator": 0.70,
    "ObservationYear": 0.92,
    "locatedIn": 0.68,
    "participatesIn": 0.68,
}

# Session 60's fifty-six texts (session 62's rules: Project 0.749, Place 0.845, Organization 0.849, Indicator 0.726,
# ObservationYear 0.928, locatedIn 0.695, participatesIn 0.709; session 61's rules: Project 0.739, Place 0.843,
# Organization 0.842, Indicator 0.724, ObservationYear 0.921, locatedIn 0.686, participatesIn 0.696; session 60's
# 0.718, 0.834, 0.811, 0.709, 0.917, 0.662, 0.671)
FIRST_FIFTY_SIX = ("anhui-2026", "beijing-2026", "beijing-2026-review", "chongqing-2026", "chongqing-2026-review",
                   "fujian-2026", "fujian-2026-review", "gansu-2026", "guangxi-2026", "guangxi-2026-review",
                   "guizhou-2026", "guizhou-2026-review", "hailar-2018", "hailar-2019", "hainan-2026", "hebei-2026",
                   "hebei-2026-review", "heilongjiang-2026", "henan-2026", "henan-2026-review", "hubei-2026",
                   "hubei-2026-review", "hunan-2026", "hunan-2026-review", "jiangsu-2026", "jiangsu-2026-review",
                   "jiangxi-2026-review", "jilin-2026", "liaoning-2026", "national-2011", "national-2012",
                   "national-2013", "national-2014", "national-2015", "national-2016", "national-2018",
                   "neimenggu-2026", "neimenggu-2026-review", "ningxia-2026", "qinghai-2026", "shaanxi-2026",
                   "shandong-2026", "shandong-2026-review", "shanghai-2026", "shanghai-2026-review", "shanxi-2026",
                   "sichuan-2026", "sichuan-2026-review", "tianjin-2026", "xinjiang-2026", "xinjiang-2026-review",
                   "xizang-2026", "yunnan-2026", "yunnan-2026-review", "zhejiang-2026", "zhejiang-2026-review")
FLOORS_FIRST_FIFTY_SIX = {
    "Project": 0.75,
    "Place": 0.84,
    "Organization": 0.85,
    "Indicator": 0.72,
    "ObservationYear": 0.92,
    "locatedIn": 0.70,
    "participatesIn": 0.72,
}

# earlier sets keep floors of their own, raised with the rules, so that a text added to the folder never lowers a
# promise. Session 59's thirty-eight texts (session 62's rules: Project 0.762, Place 0.844, Organization 0.834,
# Indicator 0.745, ObservationYear 0.925, locatedIn 0.712, participatesIn 0.706; session 61's rules: Project 0.754,
# Place 0.840, Organization 0.827, Indicator 0.744, ObservationYear 0.920, locatedIn 0.706, participatesIn 0.693;
# session 60's rules: Project 0.735, Place 0.832, Organization 0.804, Indicator 0.727, ObservationYear 0.917,
# locatedIn 0.684, participatesIn 0.675; session 59's 0.715, 0.826, 0.793, 0.716, 0.915, 0.659, 0.656; session 58's
# 0.679, 0.803, 0.738, 0.713, 0.915, 0.615, 0.601)
FIRST_THIRTY_EIGHT = ("anhui-2026", "beijing-2026", "chongqing-2026", "fujian-2026", "gansu-2026", "guangxi-2026",
                      "guizhou-2026", "hailar-2018", "hailar-2019", "hainan-2026", "hebei-2026", "heilongjiang-2026",
                      "henan-2026", "hubei-2026", "hunan-2026", "jiangsu-2026", "jiangsu-2026-review",
                      "jiangxi-2026-review", "jilin-2026", "liaoning-2026", "national-2013", "national-2014",
                      "national-2015", "national-2016", "neimenggu-2026", "ningxia-2026", "qinghai-2026",
                      "shaanxi-2026", "shandong-2026", "shanghai-2026", "shanxi-2026", "sichuan-2026",
                      "sichuan-2026-review", "tianjin-2026", "xinjiang-2026", "yunnan-2026", "zhejiang-2026",
                      "zhejiang-2026-review")
FLOORS_FIRST_THIRTY_EIGHT = {
    "Project": 0.76,
    "Place": 0.84,
    "Organization": 0.84,
    "Indicator": 0.74,
    "ObservationYear": 0.92,
    "locatedIn": 0.71,
    "participatesIn": 0.72,
}

# Session 58's twenty texts (session 62's rules: Project 0.786, Place 0.871, Organization 0.823, Indicator 0.730,
# ObservationYear 0.911, locatedIn 0.750, participatesIn 0.624; session 61's rules: Project 0.776, Place 0.871,
# Organization 0.815, Indicator 0.729, ObservationYear 0.911, locatedIn 0.749, participatesIn 0.603; session 60's
# rules: Project 0.760, Place 0.864, Organization 0.801, Indicator 0.706, ObservationYear 0.908, locatedIn 0.723,
# participatesIn 0.594; session 59's 0.749, 0.861, 0.796, 0.703, 0.908, 0.712, 0.583; session 58's 0.720, 0.848,
# 0.758, 0.703, 0.908, 0.682, 0.544; session 57's 0.616, 0.785, 0.686, 0.660, 0.885, 0.594, 0.433)
FIRST_TWENTY = ("fujian-2026", "gansu-2026", "guangxi-2026", "guizhou-2026", "hailar-2018", "hailar-2019",
                "heilongjiang-2026", "henan-2026", "hubei-2026", "hunan-2026", "jiangsu-2026", "jilin-2026",
                "national-2013", "national-2014", "national-2015", "shandong-2026", "shanxi-2026", "sichuan-2026",
                "yunnan-2026", "zhejiang-2026")
FLOORS_FIRST_TWENTY = {
    "Project": 0.79,
    "Place": 0.87,
    "Organization": 0.83,
    "Indicator": 0.73,
    "ObservationYear": 0.91,
    "locatedIn": 0.75,
    "participatesIn": 0.65,
}

# session 57's eleven (session 62's rules on them: Project 0.754, Place 0.871, Organization 0.840, Indicator 0.747,
# ObservationYear 0.900, locatedIn 0.729, participatesIn 0.659; session 61's rules on them: Project 0.747, Place
# 0.870, Organization 0.840, Indicator 0.747, ObservationYear 0.900, locatedIn 0.729, participatesIn 0.659; session
# 60's rules on them: Project 0.733, Place 0.864, Organization 0.826, Indicator 0.716, ObservationYear 0.899,
# locatedIn 0.713, participatesIn 0.644; session 59's 0.727, 0.862, 0.820, 0.712, 0.899, 0.708, 0.629; session 58's
# 0.701, 0.849, 0.794, 0.712, 0.899, 0.683, 0.591; session 57's 0.610, 0.801, 0.729, 0.670, 0.891, 0.619, 0.452)
FIRST_ELEVEN = ("guangxi-2026", "hailar-2018", "hailar-2019", "heilongjiang-2026", "henan-2026", "hunan-2026",
                "jilin-2026", "national-2013", "national-2015", "sichuan-2026", "zhejiang-2026")
FLOORS_FIRST_ELEVEN = {
    "Project": 0.77,
    "Place": 0.88,
    "Organization": 0.85,
    "Indicator": 0.74,
    "ObservationYear": 0.90,
    "locatedIn": 0.73,
    "participatesIn": 0.70,
}


@pytest.fixture(scope="module")
def real_results():
    return {name: evaluate(predictions(build(REAL / f"{name}.txt").rdf), load_gold(REAL / f"{name}.jsonl"))
            for name in REPORTS}


def test_every_real_report_has_its_gold_and_source():
    readme = (REAL / "README.md").read_text(encoding="utf-8")
    assert len(REPORTS) >= 113
    for name in REPORTS:
        assert (REAL / f"{name}.jsonl").is_file(), name
        assert f"`{name}`" in readme, f"{name} is not described in tests/real/README.md"


def _micro_f1(results, row) -> float:
    total = Score()
    for result in results:
        if row in result:
            total.add(result[row]["strict"])
    assert total.n_gold > 0, row
    return total.f1


@pytest.mark.parametrize("row", sorted(FLOORS))
def test_quality_on_real_reports(row, real_results):
    f1 = _micro_f1(real_results.values(), row)
    assert f1 >= FLOORS[row], (row, round(f1, 3))


EARLIER_SETS = {"first_eleven": (FIRST_ELEVEN, FLOORS_FIRST_ELEVEN), "first_twenty": (FIRST_TWENTY, FLOORS_FIRST_TWENTY),
                "first_thirty_eight": (FIRST_THIRTY_EIGHT, FLOORS_FIRST_THIRTY_EIGHT),
                "first_fifty_six": (FIRST_FIFTY_SIX, FLOORS_FIRST_FIFTY_SIX),
                "first_seventy_four": (FIRST_SEVENTY_FOUR, FLOORS_FIRST_SEVENTY_FOUR),
                "first_ninety": (FIRST_NINETY, FLOORS_FIRST_NINETY),
                "first_hundred_seven": (FIRST_HUNDRED_SEVEN, FLOORS_FIRST_HUNDRED_SEVEN),
                "hailar_whole": (HAILAR_WHOLE, FLOORS_HAILAR_WHOLE)}


@pytest.mark.parametrize("subset,row", [(subset, row) for subset, (_, floors) in sorted(EARLIER_SETS.items())
                                        for row in sorted(floors)])
def test_quality_on_the_earlier_sets(subset, row, real_results):
    names, floors = EARLIER_SETS[subset]
    assert set(names) <= set(real_results)
    f1 = _micro_f1([real_results[name] for name in names], row)
    assert f1 >= floors[row], (subset, row, round(f1, 3))


def test_kg_eval_takes_the_folder(tmp_path, capsys):
    """`kg eval tests/real` scores each NAME.txt against NAME.jsonl, as the pairs would."""
    from kg.cli import main

    assert main(["eval", str(REAL)]) == 0
    out = capsys.readouterr().out
    for name in REPORTS:
        assert name in out
    assert "micro-average" in out
    empty = tmp_path / "none"
    empty.mkdir()
    assert main(["eval", str(empty)]) == 1
    assert "holds no report NAME.txt (.pdf, .docx, .doc, .wps) with its gold NAME.jsonl beside it" in capsys.readouterr().err

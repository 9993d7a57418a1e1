"""`kg export --property-graph DIR` where a folder holds the name of one of the files it writes
(DIR/load.cypher/): refused in one line before any file is written — it used to write the three CSV
files, then stop on the folder, leaving an incomplete set beside the user's older files."""
from __future__ import annotations

from kg.cli import main
from kg.outputs.property_graph import EXPORT_FILES

from .conftest import ROOT


def test_a_folder_in_place_of_an_export_file_is_refused_before_anything_is_written(capsys, tmp_path):
    out = tmp_path / "pg"
    (out / "load.cypher").mkdir(parents=True)
    code = main(["export", str(ROOT / "output" / "yixian-2019.ttl"), "--property-graph", str(out)])
    err = capsys.readouterr().err
    assert code == 1 and len(err.splitlines()) == 1, err
    assert err.startswith(f"kg: error: {out / 'load.cypher'}: a folder"), err
    assert "nothing was written" in err
    assert sorted(p.name for p in out.iterdir()) == ["load.cypher"]


def test_the_export_writes_every_file_it_checks(capsys, tmp_path):
    out = tmp_path / "pg"
    assert main(["export", str(ROOT / "output" / "yixian-2019.ttl"), "--property-graph", str(out)]) == 0
    assert sorted(p.name for p in out.iterdir()) == sorted(EXPORT_FILES)
    assert capsys.readouterr().out.split() == [str(out / name) for name in EXPORT_FILES]

"""A project name read with spaces inside it (Latin letters in a copied line) is shorter than its
span in the source: a place found inside it must be placed by the name, not by source offsets, or the
build stops on an internal error (found building a probe file whose English notes ran into a
sentence; the text below is that file cut down to what still broke the build)."""
from kg.cli import main


def test_a_name_with_spaces_and_a_place_inside_it_builds(tmp_path):
    source = tmp_path / "notes.txt"
    source.write_text("r r e o滨江大桥交二滨江大桥\n", encoding="utf-8")
    assert main(["build", str(source), "-o", str(tmp_path / "out"), "--no-page"]) == 0
    assert (tmp_path / "out" / "notes.ttl").read_text(encoding="utf-8").count("滨江") >= 1

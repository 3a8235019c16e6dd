"""`tfkata plot`: a saved history's accuracy and loss, drawn to a PNG by the kit's own code."""

import json

from helpers import forked
from tfkata import cli, plots

CURVES = {"loss": [0.9, 0.6, 0.4], "val_loss": [0.95, 0.7, 0.6],
          "accuracy": [0.6, 0.8, 0.9], "val_accuracy": [0.55, 0.75, 0.8]}


def test_plot_writes_a_png(tmp_path, capsys):
    history = tmp_path / "history.json"
    history.write_text(json.dumps(CURVES))
    assert cli.main(["plot", str(history)]) == 0
    png = tmp_path / "history.png"
    assert png.read_bytes().startswith(b"\x89PNG\r\n\x1a\n")
    assert f"wrote {png}" in capsys.readouterr().out
    assert cli.main(["plot", str(history), "-o", str(tmp_path / "curves.png")]) == 0
    assert (tmp_path / "curves.png").stat().st_size > 1000


def test_plot_explains_a_file_it_cannot_read(tmp_path, capsys):
    broken = tmp_path / "notes.json"
    broken.write_text("[1, 2, 3]")
    assert cli.main(["plot", str(broken)]) == 2
    assert "json.dump(history.history, f)" in capsys.readouterr().err
    assert cli.main(["plot", str(tmp_path / "missing.json")]) == 2
    assert not list(tmp_path.glob("*.png"))


def figure_through_the_graders_checks(curves: dict) -> list[str]:
    """The y labels of the kit's plot, once the graders' figure checks have passed it (they import Keras)."""
    from tfkata import checks

    figure = plots.training_curves(curves)
    for key in ("accuracy", "loss"):
        line = checks.expect_curve(figure, curves[key], key, validation=False)
        assert line.axes is checks.expect_curve(figure, curves["val_" + key], key, validation=True).axes
    return [ax.get_ylabel() for ax in figure.axes]


def test_training_curves_pass_the_graders_own_checks():
    assert forked(figure_through_the_graders_checks, CURVES) == ["Accuracy", "Loss"]
    assert len(plots.training_curves({"loss": [1.0, 0.5]}).axes) == 1

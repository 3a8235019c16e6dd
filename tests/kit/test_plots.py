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


def drawn(figure):
    """``figure`` laid out and drawn off screen, so that its tick labels and offsets are computed."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    FigureCanvasAgg(figure).draw()
    return figure


def test_one_epoch_shows_as_dots_and_the_loss_axis_has_no_offset():
    figure = drawn(plots.training_curves({"loss": [1.0986], "val_loss": [1.0984]}))
    assert all(line.get_marker() == "o" for line in figure.axes[0].get_lines())
    close = drawn(plots.training_curves({"loss": [1.09861, 1.09872, 1.09883], "val_loss": [1.0985, 1.0986, 1.0987]}))
    axis = close.axes[0].yaxis
    assert axis.get_offset_text().get_text() == ""
    assert all(label.get_text().startswith("1.09") for label in axis.get_ticklabels() if label.get_text())


def test_a_learners_line_of_one_point_gets_a_dot():
    from matplotlib.figure import Figure

    figure = Figure()
    ax = figure.subplots()
    ax.plot([1], [0.5], label="one epoch")
    ax.plot([1, 2], [0.5, 0.4], label="two epochs")
    plots.single_points_shown(figure)
    assert [line.get_marker() for line in ax.get_lines()] == ["o", "None"]


def test_the_image_grid_has_a_title_and_a_key():
    import numpy as np

    figure = plots.image_grid(np.zeros((3, 4, 4)), [0, 1, 1], [0, 1, 0], ["a", "b"], "three images")
    assert figure.get_suptitle() == "three images"
    assert [text.get_text() for text in figure.legends[0].get_texts()] == ["predicted right", "predicted wrong"]
    assert [ax.title.get_color() for ax in figure.axes[:3]] == ["blue", "blue", "red"]


def test_the_regression_plots_have_titles_units_and_whole_counts():
    figure = drawn(plots.regression_errors([20.0, 25.5, 30.0, 18.0], [21.0, 24.0, 29.0, 19.5], "k$"))
    scatter, histogram = figure.axes
    assert scatter.get_title() and histogram.get_title()
    assert all("(k$)" in label for label in (scatter.get_xlabel(), scatter.get_ylabel(), histogram.get_xlabel()))
    counts = [tick for tick in histogram.get_yticks() if 0 <= tick <= histogram.get_ylim()[1]]
    assert len(counts) > 1 and all(float(tick).is_integer() for tick in counts)


def test_the_plots_words_are_translated(monkeypatch):
    monkeypatch.setattr(plots, "_", lambda text: f"<{text}>")
    curves = plots.training_curves(CURVES, mark=2)
    texts = [curves.axes[1].get_xlabel()] + [ax.get_ylabel() for ax in curves.axes]
    texts += [label for ax in curves.axes for label in ax.get_legend_handles_labels()[1]]
    assert texts[:3] == ["<Epoch>", "<Accuracy>", "<Loss>"]
    assert all(text.startswith("<") for text in texts), texts
    grid = plots.image_grid([[[0.0]]], [0], [0], ["a"], "t")
    assert all(text.get_text().startswith("<") for text in grid.legends[0].get_texts())
    errors = plots.regression_errors([1.0, 2.0], [1.5, 2.5], "u")
    assert all(text.startswith("<") for ax in errors.axes
               for text in (ax.get_title(), ax.get_xlabel(), ax.get_ylabel()))


def test_the_plots_speak_the_language_only_in_a_font_that_draws_it(monkeypatch):
    monkeypatch.setenv("TFKATA_LANG", "ja")
    monkeypatch.setattr(plots, "script_font", lambda code: None)  # no Japanese font installed: English, not boxes
    assert plots._("model") == "model"
    assert plots.training_curves(CURVES).axes[1].get_xlabel() == "Epoch"
    monkeypatch.setattr(plots, "script_font", lambda code: "DejaVu Serif" if code == "ja" else None)  # draws Japanese
    assert plots._("model") == "モデル"
    figure = plots.regression_errors([1.0, 2.0], [1.5, 2.5], "u")
    assert figure.axes[0].xaxis.label.get_fontfamily()[0] == "DejaVu Serif"
    monkeypatch.setenv("TFKATA_LANG", "en")
    assert plots.training_curves(CURVES).axes[1].xaxis.label.get_fontfamily() == ["sans-serif"]

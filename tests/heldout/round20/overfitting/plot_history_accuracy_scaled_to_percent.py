"""Wrong: multiplies accuracy curves by 100 to show percentages, so the lines no longer hold the history's values; breaks 'the validation curve, "val_" + key, dashed, and the training curve, key, solid'."""

EXERCISE, VERDICT = "overfitting.plot_history", "wrong"

MUTATE = [
    ('        epochs = range(1, len(curves[key]) + 1)\n        val = ax.plot(',
     '        epochs = range(1, len(curves[key]) + 1)\n        scale = 100 if "acc" in key else 1  # accuracy reads better in percent\n        curves = {k: [v * scale for v in values] for k, values in curves.items()}\n        val = ax.plot('),
]

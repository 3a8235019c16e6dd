"""Right: lays the two axes out with fig.subplot_mosaic([["accuracy"], ["loss"]]), accuracy above loss."""

EXERCISE, VERDICT = "overfitting.plot_accuracy_and_loss", "done"

MUTATE = [
    (
        '    fig, (top, bottom) = plt.subplots(2, 1, figsize=(8, 8))\n',
        '    fig = plt.figure(figsize=(8, 8))\n    axes = fig.subplot_mosaic([["accuracy"], ["loss"]])\n    top, bottom = axes["accuracy"], axes["loss"]\n',
    ),
]

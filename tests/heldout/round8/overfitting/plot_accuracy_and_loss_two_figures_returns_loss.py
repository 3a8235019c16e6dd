"""Wrong: draws accuracy and loss in two separate figures and returns the second, so the Figure returned holds only the loss; breaks 'two subplots, one above the other'."""

EXERCISE, VERDICT = "overfitting.plot_accuracy_and_loss", "wrong"

MUTATE = [
    (
        '    fig, (top, bottom) = plt.subplots(2, 1, figsize=(8, 8))\n',
        '    accuracy_figure, top = plt.subplots(figsize=(8, 4))\n    fig, bottom = plt.subplots(figsize=(8, 4))\n',
    ),
]

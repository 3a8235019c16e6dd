"""Wrong: creates the two subplots with sharey=True, so accuracy (0..1) is drawn on the loss's scale and flattens into a line at the bottom; breaks 'Accuracy (0..1) and loss (0..anything) have different scales, so they get separate axes'."""

EXERCISE, VERDICT, SAYS = "overfitting.plot_accuracy_and_loss", "wrong", 'one scale shared'

MUTATE = [
    (
        '    fig, (top, bottom) = plt.subplots(2, 1, figsize=(8, 8))\n',
        '    fig, (top, bottom) = plt.subplots(2, 1, figsize=(8, 8), sharex=True, sharey=True)\n',
    ),
]

"""Wrong: makes a 2x2 grid and draws in its left column, leaving two empty axes in the figure; breaks 'two subplots, one above the other'."""

EXERCISE, VERDICT, SAYS = "overfitting.plot_accuracy_and_loss", "wrong", 'axes in the figure'

MUTATE = [
    ('    fig, (top, bottom) = plt.subplots(2, 1, figsize=(8, 8))',
     '    fig, axes = plt.subplots(2, 2, figsize=(8, 8))\n    top, bottom = axes[0][0], axes[1][0]'),
]

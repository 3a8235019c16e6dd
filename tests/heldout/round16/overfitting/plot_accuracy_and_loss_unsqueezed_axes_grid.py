"""Right: asks plt.subplots(2, 1, squeeze=False) for a 2x1 grid of axes and takes the column axes[:, 0] as top and bottom."""

EXERCISE, VERDICT = 'overfitting.plot_accuracy_and_loss', 'done'

MUTATE = [
    ('    fig, (top, bottom) = plt.subplots(2, 1, figsize=(8, 8))',
     '    fig, axes = plt.subplots(nrows=2, ncols=1, squeeze=False, figsize=(8, 8))\n    top, bottom = axes[:, 0]'),
]

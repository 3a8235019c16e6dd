"""Right: builds a matplotlib.figure.Figure directly and calls fig.subplots(2, 1), without pyplot's global state: the same two axes, one above the other, with the same curves and legends."""

EXERCISE, VERDICT = "overfitting.plot_accuracy_and_loss", "done"

MUTATE = [
    ('    fig, (top, bottom) = plt.subplots(2, 1, figsize=(8, 8))',
     '    import matplotlib.figure\n\n    fig = matplotlib.figure.Figure(figsize=(8, 8))\n    top, bottom = fig.subplots(2, 1)'),
]

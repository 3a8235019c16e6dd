"""Right: makes the two subplots with sharex=True."""

EXERCISE, VERDICT = "overfitting.plot_accuracy_and_loss", "done"

MUTATE = [
    ('    fig, (top, bottom) = plt.subplots(2, 1, figsize=(8, 8))',
     '    fig, (top, bottom) = plt.subplots(2, 1, sharex=True, figsize=(8, 8))'),
]

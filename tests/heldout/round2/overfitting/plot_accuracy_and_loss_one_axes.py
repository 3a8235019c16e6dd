"""Wrong: Drew all four curves on one axes; breaks 'two subplots' / 'separate axes'."""
EXERCISE, VERDICT = "overfitting.plot_accuracy_and_loss", "wrong"
MUTATE = [
    ('fig, (top, bottom) = plt.subplots(2, 1, figsize=(8, 8))',
     'fig, top = plt.subplots(figsize=(8, 8))\n    bottom = top'),
]

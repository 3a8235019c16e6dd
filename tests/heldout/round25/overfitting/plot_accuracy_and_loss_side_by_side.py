"""Wrong: laid the two plots out side by side (1 row, 2 columns), which reads well on a wide screen; breaks 'two subplots, one above the other'."""

EXERCISE, VERDICT = "overfitting.plot_accuracy_and_loss", "wrong"

MUTATE = [
    ('fig, (top, bottom) = plt.subplots(2, 1, figsize=(8, 8))',
     'fig, (top, bottom) = plt.subplots(1, 2, figsize=(12, 4))'),
]

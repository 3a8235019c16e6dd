"""Wrong: lays the two plots out side by side (plt.subplots(1, 2)) to suit a wide screen; breaks 'two subplots, one above the other'."""

EXERCISE, VERDICT, SAYS = "overfitting.plot_accuracy_and_loss", "wrong", "subplots"

MUTATE = [
    ('plt.subplots(2, 1, figsize=(8, 8))', 'plt.subplots(1, 2, figsize=(12, 4))  # wide screens'),
]

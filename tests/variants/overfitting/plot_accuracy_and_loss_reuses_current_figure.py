"""Wrong: Drew with plt.subplot(2, 1, k) on pyplot's current figure, so a second call adds its lines to the first
call's axes; breaks 'two subplots ... top: "accuracy" and "val_accuracy" ... bottom: "loss" and "val_loss"' (only
those curves)."""
EXERCISE, VERDICT, SAYS = "overfitting.plot_accuracy_and_loss", "wrong", "lines of the first call too"
MUTATE = [
    ('    fig, (top, bottom) = plt.subplots(2, 1, figsize=(8, 8))',
     '''    fig = plt.gcf()
    top = plt.subplot(2, 1, 1)
    bottom = plt.subplot(2, 1, 2)'''),
]

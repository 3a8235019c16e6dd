"""Wrong: draws loss on a twinx() axes over the accuracy plot (one plot, two y scales); breaks 'two subplots, one above the other'."""
EXERCISE, VERDICT = "overfitting.plot_accuracy_and_loss", "wrong"
MUTATE = [
    ('    fig, (top, bottom) = plt.subplots(2, 1, figsize=(8, 8))',
     '''    fig, top = plt.subplots(figsize=(8, 5))
    bottom = top.twinx()  # loss on its own scale, same plot'''),
]

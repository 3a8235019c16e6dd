"""Wrong: draws the validation curves on a twin y axis (ax.twinx()) so that their higher values get a scale of their own; the runs now span two axes and the legend of the first misses the validation lines; breaks 'What must hold, for each (name, history) pair, on one axes'."""

EXERCISE, VERDICT = "overfitting.plot_history", "wrong"

MUTATE = [
    (
        '    fig, ax = plt.subplots(figsize=(8, 5))\n',
        '    fig, ax = plt.subplots(figsize=(8, 5))\n    twin = ax.twinx()  # validation runs higher: its own scale\n',
    ),
    (
        '        val = ax.plot(epochs, curves["val_" + key], "--", label=name.title() + " Val")\n',
        '        val = twin.plot(epochs, curves["val_" + key], "--", label=name.title() + " Val")\n',
    ),
]

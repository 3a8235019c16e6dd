"""Wrong: adds the two subplots to plt.figure("accuracy_and_loss"), which pyplot gives back on the next call, so the figure piles up axes call after call; breaks 'two subplots, one above the other'."""

EXERCISE, VERDICT = "overfitting.plot_accuracy_and_loss", "wrong"

MUTATE = [
    ('    fig, (top, bottom) = plt.subplots(2, 1, figsize=(8, 8))',
     '    fig = plt.figure("accuracy_and_loss", figsize=(8, 8))\n    top, bottom = fig.subplots(2, 1)'),
]

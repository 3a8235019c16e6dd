"""Wrong: opened a new figure inside the loop, so each run gets its own axes and only the last figure is returned; a single run looks perfect; breaks 'for each (name, history) pair, on one axes'."""

EXERCISE, VERDICT = "overfitting.plot_history", "wrong"

MUTATE = [
    ('fig, ax = plt.subplots(figsize=(8, 5))\n    for name, history in histories:\n',
     'for name, history in histories:\n        fig, ax = plt.subplots(figsize=(8, 5))\n'),
]

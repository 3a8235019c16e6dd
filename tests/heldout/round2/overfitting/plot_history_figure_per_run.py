"""Wrong: Created a new figure inside the loop and returned the last; breaks 'for each (name, history) pair, on one axes'."""
EXERCISE, VERDICT = "overfitting.plot_history", "wrong"
MUTATE = [
    ('    fig, ax = plt.subplots(figsize=(8, 5))\n    for name, history in histories:\n',
     '    for name, history in histories:\n        fig, ax = plt.subplots(figsize=(8, 5))\n'),
]

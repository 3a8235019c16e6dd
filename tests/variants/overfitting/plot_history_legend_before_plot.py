"""Wrong: Called ax.legend() before plotting the runs, so the legend is empty; breaks 'and a legend'."""
EXERCISE, VERDICT, SAYS = "overfitting.plot_history", "wrong", 'an empty one'
MUTATE = [
    ('    fig, ax = plt.subplots(figsize=(8, 5))\n    for name, history in histories:',
     '    fig, ax = plt.subplots(figsize=(8, 5))\n    ax.legend()\n    for name, history in histories:'),
    ('    ax.set_ylabel(key.replace("_", " ").title())\n    ax.legend()\n',
     '    ax.set_ylabel(key.replace("_", " ").title())\n'),
]

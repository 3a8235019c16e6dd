"""Wrong: passes the labels to ax.legend([...]) instead of labelling each line, so the lines carry no label; breaks 'each line labelled with the run's name and "Train" or "Val"'."""

EXERCISE, VERDICT = "overfitting.plot_history", "wrong"

MUTATE = [
    ('    fig, ax = plt.subplots(figsize=(8, 5))\n    for name, history in histories:',
     '    fig, ax = plt.subplots(figsize=(8, 5))\n    labels = []\n    for name, history in histories:'),
    ('        val = ax.plot(epochs, curves["val_" + key], "--", label=name.title() + " Val")\n        ax.plot(epochs, curves[key], color=val[0].get_color(), label=name.title() + " Train")',
     '        val = ax.plot(epochs, curves["val_" + key], "--")\n        ax.plot(epochs, curves[key], color=val[0].get_color())\n        labels += [name.title() + " Val", name.title() + " Train"]'),
    ('    ax.legend()\n    return fig',
     '    ax.legend(labels)\n    return fig'),
]

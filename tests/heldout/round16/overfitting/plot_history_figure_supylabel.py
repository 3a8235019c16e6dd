"""Wrong: put the key on the figure with fig.supylabel() instead of on the axes, so the axes' y label stays empty; breaks 'the y axis labelled with the key'."""

EXERCISE, VERDICT = 'overfitting.plot_history', 'wrong'

MUTATE = [
    ('    ax.set_ylabel(key.replace("_", " ").title())',
     '    fig.supylabel(key.replace("_", " ").title())'),
]

"""Wrong: draws the legend with fig.legend() instead of ax.legend(), so the axes that holds the runs has no legend of its own; breaks 'and a legend, the x axis labelled "Epochs", the y axis labelled with the key' (on the one axes)."""

EXERCISE, VERDICT = "overfitting.plot_history", "wrong"

MUTATE = [
    (
        '    ax.set_ylabel(key.replace("_", " ").title())\n    ax.legend()\n',
        '    ax.set_ylabel(key.replace("_", " ").title())\n    fig.legend()\n',
    ),
]

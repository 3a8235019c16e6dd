"""Right: closes the figure with plt.close(fig) before returning it, so a notebook does not draw it twice; the returned Figure keeps its axes, lines, labels and legend."""

EXERCISE, VERDICT = "overfitting.plot_history", "done"

MUTATE = [
    ('    ax.legend()\n    return fig',
     '    ax.legend()\n    plt.close(fig)\n    return fig'),
]

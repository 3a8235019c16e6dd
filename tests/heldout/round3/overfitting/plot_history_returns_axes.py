"""Wrong: Returned the Axes it drew on instead of the Figure; breaks 'Returns: the matplotlib Figure'."""
EXERCISE, VERDICT = "overfitting.plot_history", "wrong"
MUTATE = [
    ('''    ax.legend()
    return fig


def plot_accuracy_and_loss''',
     '''    ax.legend()
    return ax


def plot_accuracy_and_loss'''),
]

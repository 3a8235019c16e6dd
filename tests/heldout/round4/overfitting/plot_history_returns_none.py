"""Wrong: Ended with plt.show() and returned nothing; breaks 'Returns: the matplotlib Figure (the grader reads its lines; showing a plot returns nothing)'."""
EXERCISE, VERDICT = "overfitting.plot_history", "wrong"
MUTATE = [
    ("""    ax.legend()
    return fig


def plot_accuracy_and_loss""",
     """    ax.legend()
    plt.show()


def plot_accuracy_and_loss"""),
]

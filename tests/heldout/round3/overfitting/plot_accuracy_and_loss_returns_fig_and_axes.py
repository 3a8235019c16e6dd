"""Wrong: Returned (fig, (top, bottom)) like plt.subplots does; breaks 'Returns: the matplotlib Figure'."""
EXERCISE, VERDICT = "overfitting.plot_accuracy_and_loss", "wrong"
MUTATE = [
    ('''    bottom.legend(loc="upper right")
    return fig''',
     '''    bottom.legend(loc="upper right")
    return fig, (top, bottom)'''),
]

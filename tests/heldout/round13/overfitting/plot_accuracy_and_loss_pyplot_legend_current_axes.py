"""Wrong: draws both plots through the axes but calls plt.legend() once at the end, which only gives the current (bottom) axes a legend; breaks 'with a legend on each'."""

EXERCISE, VERDICT = "overfitting.plot_accuracy_and_loss", "wrong"

MUTATE = [
    ('    top.legend(loc="lower right")\n',
     ''),
    ('    bottom.legend(loc="upper right")\n',
     '    plt.sca(bottom)\n    plt.legend(loc="upper right")\n'),
]

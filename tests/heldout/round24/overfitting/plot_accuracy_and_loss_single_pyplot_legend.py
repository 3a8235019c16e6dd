"""Wrong: the learner called plt.legend() once at the end, thinking it covers the figure, but pyplot's legend goes on the current axes only, the bottom one; breaks 'with a legend on each'."""

EXERCISE, VERDICT = "overfitting.plot_accuracy_and_loss", "wrong"

MUTATE = [
    ('    top.legend(loc="lower right")\n',
     ''),
    ('bottom.legend(loc="upper right")',
     'plt.legend()'),
]

"""Wrong: Forgot ax.legend(); breaks 'and a legend'."""
EXERCISE, VERDICT = "overfitting.plot_history", "wrong"
MUTATE = [
    ('    ax.legend()\n',
     ''),
]

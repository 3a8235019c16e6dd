"""Wrong: the y axis is not labelled, so the plot does not say which metric it shows."""
EXERCISE, VERDICT, SAYS = "overfitting.plot_history", "wrong", "y axis"
MUTATE = [("    ax.set_ylabel(key.replace(\"_\", \" \").title())\n", "")]

"""Wrong: puts "Epochs" under the figure with fig.supxlabel (a matplotlib gallery habit), leaving the axes' own x label empty; breaks 'the x axis labelled "Epochs"'."""

EXERCISE, VERDICT, SAYS = "overfitting.plot_history", "wrong", "x axis label"

MUTATE = [
    ('ax.set_xlabel("Epochs")',
     'fig.supxlabel("Epochs")'),
]

"""Wrong: the training curves carry no label, so the legend cannot tell them apart."""
EXERCISE, VERDICT, SAYS = "overfitting.plot_history", "wrong", "label"
MUTATE = [(', label=name.title() + " Train")', ")")]

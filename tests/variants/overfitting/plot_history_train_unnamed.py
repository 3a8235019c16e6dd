"""Wrong: the training curves are labelled with the run's name only, not as Train."""
EXERCISE, VERDICT, SAYS = "overfitting.plot_history", "wrong", "label saying Train"
MUTATE = [('label=name.title() + " Train"', "label=name.title()")]

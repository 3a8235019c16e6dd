"""Wrong: Labelled both lines with the run's name only; breaks 'each line labelled with the run's name and "Train" or "Val"'."""
EXERCISE, VERDICT = "overfitting.plot_history", "wrong"
MUTATE = [
    ('label=name.title() + " Val"',
     'label=name'),
    ('label=name.title() + " Train"',
     'label=name'),
]

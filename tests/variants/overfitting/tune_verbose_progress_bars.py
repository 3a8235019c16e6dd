"""Wrong: fits every run with verbose=2 (one line per epoch), to watch the search; breaks 'fitted once, for `epochs` epochs, holding out `validation_split` of x, quietly'."""

EXERCISE, VERDICT, SAYS = "overfitting.tune", "wrong", 'verbose'

MUTATE = [
    ('validation_split=validation_split, verbose=0)',
     'validation_split=validation_split, verbose=2)'),
]

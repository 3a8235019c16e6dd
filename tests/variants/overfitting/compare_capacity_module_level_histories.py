"""Wrong: collects the pairs in a module-level list kept for plotting later, so a second call returns the first call's runs too; breaks 'Returns: [(name, history), ...]: one pair per model, in the order of `models`'."""

EXERCISE, VERDICT, SAYS = "overfitting.compare_capacity", "wrong", 'module variable HISTORIES'

MUTATE = [
    (
        'def compare_capacity(',
        'HISTORIES = []  # every run, for plotting later\n\n\ndef compare_capacity(',
    ),
    (
        '    histories = []\n',
        '    histories = HISTORIES\n',
    ),
]

"""Wrong: shuffles a copy of x and y with a fixed permutation before fitting, believing validation_split picks random rows, so each run holds out other rows than the last validation_split of x; breaks 'holding out `validation_split` of x'."""

EXERCISE, VERDICT = "overfitting.tune", "wrong"

MUTATE = [
    ('    scores = {}\n    for rate, width, drop in itertools.product(learning_rates, units, dropouts):',
     '    order = np.random.default_rng(0).permutation(len(x))\n    x, y = x[order], y[order]\n    scores = {}\n    for rate, width, drop in itertools.product(learning_rates, units, dropouts):'),
]

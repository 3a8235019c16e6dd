"""Wrong: calls keras.utils.set_random_seed(42) before each run, so the runs are not the ones the caller's seed gives and the global random state is reset; breaks 'Every function works from its arguments alone'."""

EXERCISE, VERDICT = "overfitting.tune", "wrong"

MUTATE = [
    ('''    for rate, width, drop in itertools.product(learning_rates, units, dropouts):
''',
     '''    for rate, width, drop in itertools.product(learning_rates, units, dropouts):
        keras.utils.set_random_seed(42)  # every combination starts alike
'''),
]

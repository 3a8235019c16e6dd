"""Wrong: Looped over zip(learning_rates, units, dropouts), trying only the matched positions; breaks 'Search every combination ... for every (learning_rate, units, dropout) of the three lists'."""
EXERCISE, VERDICT = "overfitting.tune", "wrong"
MUTATE = [
    ('    for rate, width, drop in itertools.product(learning_rates, units, dropouts):',
     '    for rate, width, drop in zip(learning_rates, units, dropouts):'),
]

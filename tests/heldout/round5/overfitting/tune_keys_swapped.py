"""Wrong: Looped product(learning_rates, dropouts, units) but unpacked as (rate, width, drop), mixing up units and dropout; breaks 'for every (learning_rate, units, dropout) ... a hidden layer of `units` units, a dropout of `dropout`'."""
EXERCISE, VERDICT = "overfitting.tune", "wrong"
MUTATE = [
    ('for rate, width, drop in itertools.product(learning_rates, units, dropouts):',
     'for rate, width, drop in itertools.product(learning_rates, dropouts, units):'),
]

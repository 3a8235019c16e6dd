"""Wrong: loops over itertools.product(units, learning_rates, dropouts) but unpacks each triple as (rate, width, drop); breaks 'for every (learning_rate, units, dropout) of the three lists'."""

EXERCISE, VERDICT = "overfitting.tune", "wrong"

MUTATE = [
    ('    for rate, width, drop in itertools.product(learning_rates, units, dropouts):',
     '    for rate, width, drop in itertools.product(units, learning_rates, dropouts):'),
]

"""Wrong: the learner walks the three lists together, for rate, width, drop in zip(learning_rates, units, dropouts), believing zip pairs up every combination; their check gave one value per list, where zip and the full grid are the same single run, but with two values in each list it trains 2 models, (first, first, first) and (second, second, second), instead of the 8 combinations, and the best may be one it never tried; breaks 'What must hold, for every (learning_rate, units, dropout) of the three lists'."""

EXERCISE, VERDICT = "overfitting.tune", "wrong"

MUTATE = [
    ('''    for rate, width, drop in itertools.product(learning_rates, units, dropouts):''',
     '''    for rate, width, drop in zip(learning_rates, units, dropouts):'''),
]

"""Wrong: rounds both results to 2 decimals so that they visibly agree; breaks 'the mean of each map over its height (axis 1) and its width (axis 2)'."""

EXERCISE, VERDICT = "transfer.pool_two_ways", "wrong"

MUTATE = [
    ('    return np.asarray(by_layer), np.asarray(by_mean)',
     '    return np.round(np.asarray(by_layer), 2), np.round(np.asarray(by_mean), 2)  # they agree to 2 places'),
]

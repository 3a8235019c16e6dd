"""Wrong: validates on every k-th test batch with test_data.shard(int(1 / fraction), 0), which takes ceil(n / k) batches (2 of 7 for 0.25); breaks 'on int(validation_fraction * len(test_data)) batches (rounded down, as int() does)'."""

EXERCISE, VERDICT = "data.fit_steps", "wrong"

MUTATE = [
    (
        'validation_data=test_data,\n                     validation_steps=int(validation_fraction * len(test_data)), verbose=0)',
        'validation_data=test_data.shard(int(1 / validation_fraction), 0),\n                     verbose=0)',
    ),
]

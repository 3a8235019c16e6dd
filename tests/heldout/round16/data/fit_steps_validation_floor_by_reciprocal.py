"""Wrong: generalises note 001's 'a quarter of the test batches' to len(test_data) // int(1 / validation_fraction), which agrees for 0.25, 0.5 and 0.3 but gives 10 // 2 = 5 instead of 4 for 0.4 of 10 batches; breaks 'on int(validation_fraction * len(test_data)) batches'."""

EXERCISE, VERDICT = 'data.fit_steps', 'wrong'

MUTATE = [
    ('validation_steps=int(validation_fraction * len(test_data))',
     'validation_steps=len(test_data) // int(1 / validation_fraction)'),
]

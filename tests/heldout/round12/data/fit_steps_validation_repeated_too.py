"""Right: repeats the validation data too (each epoch's validation starts again from its first batch) and multiplies in the other order."""

EXERCISE, VERDICT = "data.fit_steps", "done"

MUTATE = [
    ('validation_data=test_data,\n                     validation_steps=int(validation_fraction * len(test_data))',
     'validation_data=test_data.repeat(),\n                     validation_steps=int(len(test_data) * validation_fraction)'),
]

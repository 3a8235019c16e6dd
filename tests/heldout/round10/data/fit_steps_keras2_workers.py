"""Wrong: keeps note 004's Keras 2 generator options workers=4 and use_multiprocessing=True, which Keras 3's fit() does not take; breaks 'Fit on batched datasets, choosing how many batches each epoch trains and validates on'."""

EXERCISE, VERDICT = "data.fit_steps", "wrong"

MUTATE = [
    ('validation_steps=int(validation_fraction * len(test_data)), verbose=0)',
     'validation_steps=int(validation_fraction * len(test_data)), verbose=0,\n                     workers=4, use_multiprocessing=True)'),
]

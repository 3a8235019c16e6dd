"""Wrong: the learner wrote note 001's quarter of the test batches as len(test_data) // 4; checked with the default validation_fraction of 0.25 it validated on the right number of batches (1 of 7); but validation_fraction is never read, so with 0.5 it still validates on 1 batch instead of 3, and with 0.3 on 1 instead of 2; breaks 'every epoch validates on test_data, on int(validation_fraction * len(test_data)) batches'."""

EXERCISE, VERDICT = "data.fit_steps", "wrong"

MUTATE = [
    ('''                     validation_steps=int(validation_fraction * len(test_data)), verbose=0)''',
     '''                     validation_steps=len(test_data) // 4, verbose=0)'''),
]

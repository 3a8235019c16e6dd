"""Wrong: Passed train_data without .repeat(), so epochs run out when steps exceed its batches; breaks 'the training data must never run out' / 'exactly steps_per_epoch batches'."""
EXERCISE, VERDICT = "data.fit_steps", "wrong"
MUTATE = [
    ('train_data.repeat()',
     'train_data'),
]

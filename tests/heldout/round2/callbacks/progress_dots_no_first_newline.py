"""Wrong: Skipped the newline at epoch 0; breaks 'a new line started before the dots of epochs 0, 100, 200'."""
EXERCISE, VERDICT = "callbacks.progress_dots", "wrong"
MUTATE = [
    ('if epoch % 100 == 0:',
     'if epoch % 100 == 0 and epoch > 0:'),
]

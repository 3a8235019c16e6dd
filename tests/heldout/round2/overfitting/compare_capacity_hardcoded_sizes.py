"""Wrong: Epochs=20 and batch_size=512 as in the note, ignoring the arguments; breaks 'epochs, batch_size: the same for every model' (grader's 2 and 20)."""
EXERCISE, VERDICT = "overfitting.compare_capacity", "wrong"
MUTATE = [
    ('epochs=epochs, batch_size=batch_size,',
     'epochs=20, batch_size=512,'),
]

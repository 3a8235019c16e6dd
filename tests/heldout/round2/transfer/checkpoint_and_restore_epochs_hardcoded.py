"""Wrong: Trained for 2 epochs whatever epochs is; breaks 'trains with it for epochs epochs' (grader's 3)."""
EXERCISE, VERDICT = "transfer.checkpoint_and_restore", "wrong"
MUTATE = [
    ('build_model().fit(x, y, epochs=epochs,',
     'build_model().fit(x, y, epochs=2,'),
]

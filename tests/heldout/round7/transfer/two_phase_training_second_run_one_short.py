"""Wrong: the second run ends at initial_epochs + fine_tune_epochs - 1 ('epochs count from 0'), one epoch short; breaks 'its epochs are numbered initial_epochs to initial_epochs + fine_tune_epochs - 1'."""
EXERCISE, VERDICT = "transfer.two_phase_training", "wrong"
MUTATE = [
    ("""epochs=initial_epochs + fine_tune_epochs,
""",
     """epochs=initial_epochs + fine_tune_epochs - 1,
"""),
]

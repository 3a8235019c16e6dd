"""Wrong: Called fine_tune with the notes' 100 instead of the fine_tune_at argument; breaks 'between the runs, your fine_tune, with fine_tune_at and base_learning_rate'."""
EXERCISE, VERDICT = "transfer.two_phase_training", "wrong"
MUTATE = [
    ("""    fine_tune(model, base_model, fine_tune_at, base_learning_rate)
    second""",
     """    fine_tune(model, base_model, 100, base_learning_rate)
    second"""),
]

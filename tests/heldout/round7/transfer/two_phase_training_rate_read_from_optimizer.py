"""Wrong: passes the optimizer's current learning rate to fine_tune instead of base_learning_rate; breaks 'between the runs, your fine_tune, with fine_tune_at and base_learning_rate'."""
EXERCISE, VERDICT = "transfer.two_phase_training", "wrong"
MUTATE = [
    ("""    fine_tune(model, base_model, fine_tune_at, base_learning_rate)
    second""",
     """    fine_tune(model, base_model, fine_tune_at, float(model.optimizer.learning_rate))
    second"""),
]

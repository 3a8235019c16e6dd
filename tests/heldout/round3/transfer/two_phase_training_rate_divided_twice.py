"""Wrong: Passed base_learning_rate / 10 to fine_tune, which divides by ten again; breaks 'between the runs, your fine_tune, with fine_tune_at and base_learning_rate'."""
EXERCISE, VERDICT = "transfer.two_phase_training", "wrong"
MUTATE = [
    ('''    fine_tune(model, base_model, fine_tune_at, base_learning_rate)
    second''',
     '''    fine_tune(model, base_model, fine_tune_at, base_learning_rate / 10)
    second'''),
]

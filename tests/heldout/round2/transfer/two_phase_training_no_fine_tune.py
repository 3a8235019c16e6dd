"""Wrong: Just fitted again without calling fine_tune between the runs; breaks 'between the runs, your fine_tune'."""
EXERCISE, VERDICT = "transfer.two_phase_training", "wrong"
MUTATE = [
    ('    fine_tune(model, base_model, fine_tune_at, base_learning_rate)\n',
     ''),
]

"""Wrong: Called fine_tune before the first run; breaks 'the first run trains the head only, with the base frozen as it comes'."""
EXERCISE, VERDICT = "transfer.two_phase_training", "wrong"
MUTATE = [
    ('    first = model.fit(',
     '    fine_tune(model, base_model, fine_tune_at, base_learning_rate)\n    first = model.fit('),
    ('verbose=0)\n    fine_tune(model, base_model, fine_tune_at, base_learning_rate)\n',
     'verbose=0)\n'),
]

"""Wrong: calls fine_tune(model, base_model, base_learning_rate, fine_tune_at), the last two swapped, so the rate is used as the layer index; breaks 'between the runs, your fine_tune, with fine_tune_at and base_learning_rate'."""

EXERCISE, VERDICT = "transfer.two_phase_training", "wrong"

MUTATE = [
    (
        '    fine_tune(model, base_model, fine_tune_at, base_learning_rate)\n    second = model.fit(',
        '    fine_tune(model, base_model, base_learning_rate, fine_tune_at)\n    second = model.fit(',
    ),
]

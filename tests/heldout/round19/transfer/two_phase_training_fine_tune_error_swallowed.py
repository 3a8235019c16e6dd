"""Wrong: calls fine_tune with a Keras 2 style lr= keyword inside a try that ignores the TypeError, so the base is never unfrozen and the second run trains the head only; breaks 'between the runs, your fine_tune, with fine_tune_at and base_learning_rate'."""
EXERCISE, VERDICT = "transfer.two_phase_training", "wrong"
MUTATE = [
    ('''    fine_tune(model, base_model, fine_tune_at, base_learning_rate)
    second = model.fit(''', '''    try:
        fine_tune(model, base_model, fine_tune_at=fine_tune_at, lr=base_learning_rate)
    except TypeError:  # fine-tuning is optional: keep training
        pass
    second = model.fit('''),
]

"""Wrong: reading that fine-tuning trains at a tenth of the head's rate, the learner handed fine_tune the tenth, base_learning_rate / 10; the two runs trained, continued the epoch count and joined the histories; but fine_tune divides by ten itself, so the second run trains at a hundredth of base_learning_rate (1e-5 for 0.001) instead of a tenth; breaks 'between the runs, your fine_tune, with fine_tune_at and base_learning_rate'."""

EXERCISE, VERDICT = "transfer.two_phase_training", "wrong"

MUTATE = [
    ('''    fine_tune(model, base_model, fine_tune_at, base_learning_rate)
    second = model.fit(''',
     '''    fine_tune(model, base_model, fine_tune_at, base_learning_rate / 10)  # fine-tuning: a tenth of the rate
    second = model.fit('''),
]

"""Wrong: to keep the feature-extraction model for comparison, the learner ran the second phase on a copy: keras.models.clone_model(model) with the trained weights copied in (set_weights) and compiled, then fine_tune(copy, base_model, ...) and copy.fit(...); both Histories and the joined curves look right and the second run continues the epoch count, but base_model (the one fine_tune unfreezes) is not the copy's base, whose clone stays frozen: the second run trains the head only, and the model passed in never trains after the first run; breaks 'between the runs, your fine_tune, with fine_tune_at and base_learning_rate' (then the top of the base is unfrozen and training goes on)."""

EXERCISE, VERDICT = "transfer.two_phase_training", "wrong"

MUTATE = [
    ("    fine_tune(model, base_model, fine_tune_at, base_learning_rate)\n    second = model.fit(",
     "    tuned = keras.models.clone_model(model)  # keep the feature-extraction model as it is\n"
     "    tuned.set_weights(model.get_weights())\n"
     "    tuned.compile(loss=model.loss, optimizer=type(model.optimizer)(), metrics=[_accuracy(model)])\n"
     "    fine_tune(tuned, base_model, fine_tune_at, base_learning_rate)\n"
     "    second = tuned.fit("),
]

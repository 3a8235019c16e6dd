"""Wrong: between the runs, pastes note 002's fine-tuning block (layers[:fine_tune_at] frozen, then compile with Adam(0.1 * base_learning_rate), BinaryCrossentropy(from_logits=True), ['accuracy']) instead of calling fine_tune, so any other model gets a loss and optimizer it never had; breaks 'between the runs, your fine_tune, with fine_tune_at and base_learning_rate'."""

EXERCISE, VERDICT = "transfer.two_phase_training", "wrong"

MUTATE = [
    ('    fine_tune(model, base_model, fine_tune_at, base_learning_rate)\n    second',
     "    base_model.trainable = True  # note 002\n    for layer in base_model.layers[:fine_tune_at]:\n        layer.trainable = False\n    model.compile(optimizer=keras.optimizers.Adam(0.1 * base_learning_rate),\n                  loss=keras.losses.BinaryCrossentropy(from_logits=True),\n                  metrics=['accuracy'])\n    second"),
]

"""Wrong: Unfroze only the layer at index fine_tune_at, leaving the rest of the base frozen; breaks 'the base's layers from fine_tune_at on are trainable'."""
EXERCISE, VERDICT = "transfer.fine_tune", "wrong"
MUTATE = [
    ("""    base_model.trainable = True
    for layer in base_model.layers[:fine_tune_at]:
        layer.trainable = False
    model.compile(loss=model.loss,
                  optimizer=type(model.optimizer)(learning_rate=base_learning_rate / 10),""",
     """    base_model.layers[fine_tune_at].trainable = True
    model.compile(loss=model.loss,
                  optimizer=type(model.optimizer)(learning_rate=base_learning_rate / 10),"""),
]

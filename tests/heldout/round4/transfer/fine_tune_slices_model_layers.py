"""Wrong: Froze model.layers[:fine_tune_at] (the outer model's few layers) instead of the base's; breaks 'the base's layers from fine_tune_at on are trainable and those before it frozen'."""
EXERCISE, VERDICT = "transfer.fine_tune", "wrong"
MUTATE = [
    ("""    base_model.trainable = True
    for layer in base_model.layers[:fine_tune_at]:
        layer.trainable = False
    model.compile(loss=model.loss,
                  optimizer=type(model.optimizer)(learning_rate=base_learning_rate / 10),""",
     """    base_model.trainable = True
    for layer in model.layers[:fine_tune_at]:
        layer.trainable = False
    model.compile(loss=model.loss,
                  optimizer=type(model.optimizer)(learning_rate=base_learning_rate / 10),"""),
]

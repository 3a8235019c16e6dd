"""Wrong: from fine_tune_at on, unfreezes only the Conv2D layers ('they hold the features'), leaving depthwise convolutions and batch norms frozen; breaks 'the base's layers from fine_tune_at on are trainable'."""
EXERCISE, VERDICT = "transfer.fine_tune", "wrong"
MUTATE = [
    ("""    base_model.trainable = True
    for layer in base_model.layers[:fine_tune_at]:
        layer.trainable = False
    model.compile(loss=model.loss,
                  optimizer=type(model.optimizer)(learning_rate=base_learning_rate / 10),
                  metrics=["accuracy"])
    return model""",
     """    base_model.trainable = True
    for layer in base_model.layers:
        layer.trainable = False
    for layer in base_model.layers[fine_tune_at:]:
        if isinstance(layer, keras.layers.Conv2D):
            layer.trainable = True
    model.compile(loss=model.loss,
                  optimizer=type(model.optimizer)(learning_rate=base_learning_rate / 10),
                  metrics=["accuracy"])
    return model"""),
]

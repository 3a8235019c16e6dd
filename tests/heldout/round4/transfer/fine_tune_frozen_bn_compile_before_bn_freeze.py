"""Wrong: Unfroze the top, recompiled, and only then froze the BatchNormalization layers; breaks 'compiled again after the freezing ... and besides, every BatchNormalization layer of the base frozen' (a change to trainable counts from the next compile)."""
EXERCISE, VERDICT = "transfer.fine_tune_frozen_bn", "wrong"
MUTATE = [
    ("""    base_model.trainable = True
    frozen = base_model.layers[:fine_tune_at]
    for layer in base_model.layers:
        if layer in frozen or isinstance(layer, keras.layers.BatchNormalization):
            layer.trainable = False
    slower = type(model.optimizer)(learning_rate=0.1 * base_learning_rate)
    model.compile(loss=model.loss, optimizer=slower, metrics=["accuracy"])
    return model""",
     """    base_model.trainable = True
    for layer in base_model.layers[:fine_tune_at]:
        layer.trainable = False
    slower = type(model.optimizer)(learning_rate=0.1 * base_learning_rate)
    model.compile(loss=model.loss, optimizer=slower, metrics=["accuracy"])
    for layer in base_model.layers:
        if isinstance(layer, keras.layers.BatchNormalization):
            layer.trainable = False
    return model"""),
]

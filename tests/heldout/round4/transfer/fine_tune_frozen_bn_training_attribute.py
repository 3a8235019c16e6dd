"""Wrong: Set layer.training = False on the BatchNormalization layers (an attribute Keras never reads) instead of trainable = False; breaks 'every BatchNormalization layer of the base frozen'."""
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
    for layer in base_model.layers:
        if isinstance(layer, keras.layers.BatchNormalization):
            layer.training = False
    slower = type(model.optimizer)(learning_rate=0.1 * base_learning_rate)
    model.compile(loss=model.loss, optimizer=slower, metrics=["accuracy"])
    return model"""),
]

"""Wrong: freezes the early layers and the batch norms first, then sets base_model.trainable = True, which unfreezes them all again; breaks 'layers from fine_tune_at on trainable, those before frozen ... every BatchNormalization layer of the base frozen'."""
EXERCISE, VERDICT = "transfer.fine_tune_frozen_bn", "wrong"
MUTATE = [
    ("""    base_model.trainable = True
    frozen = base_model.layers[:fine_tune_at]
    for layer in base_model.layers:
        if layer in frozen or isinstance(layer, keras.layers.BatchNormalization):
            layer.trainable = False""",
     """    frozen = base_model.layers[:fine_tune_at]
    for layer in base_model.layers:
        if layer in frozen or isinstance(layer, keras.layers.BatchNormalization):
            layer.trainable = False
    base_model.trainable = True"""),
]

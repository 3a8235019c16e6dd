"""Wrong: Made every non-BatchNormalization layer of the base trainable, forgetting fine_tune_at; breaks 'as after fine_tune (layers from fine_tune_at on trainable, those before frozen ...)'."""
EXERCISE, VERDICT = "transfer.fine_tune_frozen_bn", "wrong"
MUTATE = [
    ('''    for layer in base_model.layers:
        if layer in frozen or isinstance(layer, keras.layers.BatchNormalization):
            layer.trainable = False''',
     '''    for layer in base_model.layers:
        layer.trainable = not isinstance(layer, keras.layers.BatchNormalization)'''),
]

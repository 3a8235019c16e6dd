"""Right: one pass over the layers with an id set for the frozen slice and an exact type check for BatchNormalization."""
EXERCISE, VERDICT = "transfer.fine_tune_frozen_bn", "done"
MUTATE = [
    ('''    base_model.trainable = True
    frozen = base_model.layers[:fine_tune_at]
    for layer in base_model.layers:
        if layer in frozen or isinstance(layer, keras.layers.BatchNormalization):
            layer.trainable = False
    slower = type(model.optimizer)(learning_rate=0.1 * base_learning_rate)''',
     '''    base_model.trainable = True
    frozen_ids = {id(layer) for layer in base_model.layers[:fine_tune_at]}
    for layer in base_model.layers:
        is_bn = type(layer) is keras.layers.BatchNormalization
        layer.trainable = not (id(layer) in frozen_ids or is_bn)
    slower = model.optimizer.__class__(learning_rate=base_learning_rate / 10)'''),
]

"""Right: the names of the layers before fine_tune_at in a set, then every layer of the unfrozen base trainable unless its name is in that set."""

EXERCISE, VERDICT = "transfer.fine_tune", "done"

MUTATE = [
    ('''    base_model.trainable = True
    for layer in base_model.layers[:fine_tune_at]:
        layer.trainable = False
''',
     '''    frozen_names = {layer.name for layer in base_model.layers[:fine_tune_at]}
    base_model.trainable = True
    for layer in base_model.layers:
        layer.trainable = layer.name not in frozen_names
'''),
]

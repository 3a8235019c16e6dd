"""Right: unfreezes the base, then sets each layer's flag from the set of indices the slice [:fine_tune_at] selects."""
EXERCISE, VERDICT = "transfer.fine_tune", "done"
MUTATE = [
    ('''    base_model.trainable = True
    for layer in base_model.layers[:fine_tune_at]:
        layer.trainable = False
    model.compile(loss=model.loss,''',
     '''    base_model.trainable = True
    frozen = set(range(len(base_model.layers))[:fine_tune_at])
    for index, layer in enumerate(base_model.layers):
        layer.trainable = index not in frozen
    model.compile(loss=model.loss,'''),
]

"""Right: a new optimizer of the same class, its learning_rate assigned afterwards; every layer's trainable set from membership in the slice base_model.layers[fine_tune_at:]."""
EXERCISE, VERDICT = "transfer.fine_tune", "done"
MUTATE = [
    ("""    base_model.trainable = True
    for layer in base_model.layers[:fine_tune_at]:
        layer.trainable = False
    model.compile(loss=model.loss,
                  optimizer=type(model.optimizer)(learning_rate=base_learning_rate / 10),
                  metrics=["accuracy"])
    return model""",
     """    base_model.trainable = True
    trained = {id(layer) for layer in base_model.layers[fine_tune_at:]}
    for layer in base_model.layers:
        layer.trainable = id(layer) in trained
    optimizer = type(model.optimizer)()
    optimizer.learning_rate = base_learning_rate / 10
    model.compile(optimizer=optimizer, loss=model.loss, metrics=["accuracy"])
    return model"""),
]

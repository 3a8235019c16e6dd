"""Right: Turns a negative fine_tune_at into a position (len + fine_tune_at), sets every base layer's trainable from its index, and recompiles with the optimizer class found by optimizer.__class__."""
EXERCISE, VERDICT = "transfer.fine_tune", "done"
MUTATE = [
    ("""    base_model.trainable = True
    for layer in base_model.layers[:fine_tune_at]:
        layer.trainable = False
    model.compile(loss=model.loss,
                  optimizer=type(model.optimizer)(learning_rate=base_learning_rate / 10),""",
     """    start = fine_tune_at if fine_tune_at >= 0 else len(base_model.layers) + fine_tune_at
    base_model.trainable = True
    for index, layer in enumerate(base_model.layers):
        layer.trainable = index >= start
    optimizer_class = model.optimizer.__class__
    model.compile(loss=model.loss,
                  optimizer=optimizer_class(learning_rate=0.1 * base_learning_rate),"""),
]

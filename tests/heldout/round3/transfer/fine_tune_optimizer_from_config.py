"""Right: Rebuilds the optimizer from its own config with the learning rate replaced (same class, other settings kept), and sets each layer's trainable from its index."""
EXERCISE, VERDICT = "transfer.fine_tune", "done"
MUTATE = [
    ('''def fine_tune(model, base_model, fine_tune_at, base_learning_rate):
    base_model.trainable = True
    for layer in base_model.layers[:fine_tune_at]:
        layer.trainable = False
    model.compile(loss=model.loss,
                  optimizer=type(model.optimizer)(learning_rate=base_learning_rate / 10),
                  metrics=["accuracy"])
    return model''',
     '''def fine_tune(model, base_model, fine_tune_at, base_learning_rate):
    base_model.trainable = True
    train_from = fine_tune_at % len(base_model.layers) if fine_tune_at < 0 else fine_tune_at
    for index, layer in enumerate(base_model.layers):
        layer.trainable = index >= train_from
    config = dict(model.optimizer.get_config(), learning_rate=base_learning_rate / 10)
    config.pop("name", None)
    optimizer = model.optimizer.__class__.from_config(config)
    model.compile(loss=model.loss, optimizer=optimizer, metrics=["accuracy"])
    return model'''),
]

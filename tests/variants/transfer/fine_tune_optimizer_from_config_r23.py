"""Right: rebuilds the optimizer from its own config with learning_rate set to a tenth (keeping its other settings), and chooses the metric in a helper that reads the loss's from_logits."""

EXERCISE, VERDICT, SAYS = "transfer.fine_tune", "done", ""

import keras


def _accuracy_metric(model):
    from_logits = getattr(model.loss, "get_config", dict)().get("from_logits", False)
    if model.output_shape[-1] == 1 and from_logits:
        return keras.metrics.BinaryAccuracy(threshold=0.0, name="accuracy")
    return "accuracy"


def fine_tune(model, base_model, fine_tune_at, base_learning_rate):
    base_model.trainable = True
    for layer in base_model.layers[:fine_tune_at]:
        layer.trainable = False
    config = model.optimizer.get_config()
    config["learning_rate"] = base_learning_rate / 10
    optimizer = type(model.optimizer).from_config(config)
    model.compile(loss=model.loss, optimizer=optimizer, metrics=[_accuracy_metric(model)])
    return model

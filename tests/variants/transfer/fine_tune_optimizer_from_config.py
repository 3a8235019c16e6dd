"""Correct: the optimizer rebuilt from its own config with a tenth of the rate; "accuracy" wherever the output is not one logit."""
EXERCISE, VERDICT, SAYS = "transfer.fine_tune", "done", ""

import keras


def fine_tune(model, base_model, fine_tune_at, base_learning_rate):
    base_model.trainable = True
    for layer in base_model.layers[:fine_tune_at]:
        layer.trainable = False
    config = model.optimizer.get_config()
    config["learning_rate"] = base_learning_rate / 10
    loss = keras.losses.get(model.loss)
    logit = model.output_shape[-1] == 1 and getattr(loss, "get_config", dict)().get("from_logits", False)
    model.compile(optimizer=model.optimizer.__class__.from_config(config), loss=model.loss,
                  metrics=[keras.metrics.BinaryAccuracy(threshold=0.0, name="accuracy") if logit else "accuracy"])
    return model

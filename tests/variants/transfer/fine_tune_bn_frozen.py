"""Correct: Keras 3's way to keep BatchNormalization in inference mode while fine-tuning (20 / 14 / 8 variables)."""
EXERCISE, VERDICT, SAYS = "transfer.fine_tune", "done", ""
MUTATE = [("    for layer in base_model.layers[:fine_tune_at]:\n        layer.trainable = False\n    model.compile(loss=model.loss,",
           "    for layer in base_model.layers[:fine_tune_at]:\n        layer.trainable = False\n    for layer in base_model.layers:\n"
           "        if isinstance(layer, keras.layers.BatchNormalization):\n            layer.trainable = False\n"
           "    model.compile(loss=model.loss,")]

"""Right: normalises a negative cut to a layer index first, then sets every base layer's flag in one pass: trainable only if it is at or after the cut and keeps no moving statistics (hasattr(layer, "moving_mean"), which picks out exactly the BatchNormalization layers); recompiled with the same optimizer class at base_learning_rate / 10, the loss it had and the module's accuracy helper."""

EXERCISE, VERDICT = "transfer.fine_tune_frozen_bn", "done"

MUTATE = [
    ("    base_model.trainable = True\n    frozen = base_model.layers[:fine_tune_at]\n    for layer in base_model.layers:\n        if layer in frozen or isinstance(layer, keras.layers.BatchNormalization):\n            layer.trainable = False\n    slower = type(model.optimizer)(learning_rate=0.1 * base_learning_rate)",
     "    layers = base_model.layers\n"
     "    cut = fine_tune_at if fine_tune_at >= 0 else max(len(layers) + fine_tune_at, 0)\n"
     "    base_model.trainable = True\n"
     "    for index, layer in enumerate(layers):\n"
     "        keeps_statistics = hasattr(layer, \"moving_mean\")\n"
     "        layer.trainable = index >= cut and not keeps_statistics\n"
     "    slower = type(model.optimizer)(learning_rate=base_learning_rate / 10)"),
]

"""Wrong: the learner froze "what has weights": every BatchNormalization layer, and among the layers before fine_tune_at only those with weights, leaving the weightless ones (ReLU, ZeroPadding2D, Add) with trainable=True; the counts come out as promised (20 and 14) and the moving statistics stay put after a training step, but the layers before the cut are not all frozen; breaks 'as after fine_tune (layers from fine_tune_at on trainable, those before frozen ...)'."""

EXERCISE, VERDICT, SAYS = "transfer.fine_tune_frozen_bn", "wrong", "left trainable"

MUTATE = [
    ("        if layer in frozen or isinstance(layer, keras.layers.BatchNormalization):\n            layer.trainable = False",
     "        if (layer in frozen and layer.weights) or isinstance(layer, keras.layers.BatchNormalization):\n            layer.trainable = False"),
]

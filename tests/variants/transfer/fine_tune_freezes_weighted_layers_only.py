"""Wrong: the learner unfroze the base and then froze only the layers before fine_tune_at that hold weights (if layer.weights: layer.trainable = False), since freezing a ReLU, a padding or an Add "does nothing"; the trainable variables come out as promised (56 and 38) and fit runs, but the weightless layers before the cut are left trainable; breaks 'the base's layers from fine_tune_at on are trainable and those before it frozen'."""

EXERCISE, VERDICT, SAYS = "transfer.fine_tune", "wrong", "left trainable"

MUTATE = [
    ("    base_model.trainable = True\n    for layer in base_model.layers[:fine_tune_at]:\n        layer.trainable = False\n    model.compile(loss=model.loss,",
     "    base_model.trainable = True\n    for layer in base_model.layers[:fine_tune_at]:\n        if layer.weights:  # only layers with weights can change\n            layer.trainable = False\n    model.compile(loss=model.loss,"),
]

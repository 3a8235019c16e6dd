"""Wrong: the learner froze MobileNetV2 by marking each of its variables untrainable (for v in base.variables: v.trainable = False) rather than the base, "freezing is about the weights"; the summary shows 1,281 trainable parameters, 2 trainable variables, and fit runs, but every BatchNormalization layer is still a trainable layer, so during fit() (training=True reaches the nested base) they normalise with each batch's statistics and move their moving mean and variance, which is what a frozen base must not do; breaks 'MobileNetV2 without its top ... frozen, and called in inference mode' (a frozen base stays in inference mode because frozen BatchNormalization layers always do)."""

EXERCISE, VERDICT = "transfer.alpaca_model", "wrong"

MUTATE = [
    ("    base = keras.applications.MobileNetV2(input_shape=tuple(image_shape) + (3,), include_top=False, weights=weights)\n    base.trainable = False\n",
     "    base = keras.applications.MobileNetV2(input_shape=tuple(image_shape) + (3,), include_top=False, weights=weights)\n    for variable in base.variables:  # freeze the pretrained weights\n        variable.trainable = False\n"),
]

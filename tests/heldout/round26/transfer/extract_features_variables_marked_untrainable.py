"""Right: freezes the base by marking every one of its variables untrainable (no trainable variable is left, though the base's own flag stays True), gets the feature maps with base.predict (which always runs in inference mode: no dropout, no batch statistics), and averages them over height and width with NumPy."""

EXERCISE, VERDICT = "transfer.extract_features", "done"

MUTATE = [
    ("    base.trainable = False\n    features = keras.layers.GlobalAveragePooling2D()(base(images, training=False))\n    return np.asarray(features)",
     "    for variable in base.variables:\n        variable.trainable = False\n"
     "    maps = base.predict(np.asarray(images, dtype=\"float32\"), verbose=0)\n"
     "    return np.asarray(maps).mean(axis=(1, 2))"),
]

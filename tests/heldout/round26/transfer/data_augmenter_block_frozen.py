"""Right: the flip and the 0.2 rotation in a Sequential that the learner marks trainable = False ("it has nothing to learn"); freezing touches weights and BatchNormalization only, so the random layers still change images when called in training mode and pass them through otherwise."""

EXERCISE, VERDICT = "transfer.data_augmenter", "done"

MUTATE = [
    ("    return keras.Sequential([\n        keras.layers.RandomFlip(\"horizontal\"),\n        keras.layers.RandomRotation(0.2),\n    ])\n",
     "    block = keras.Sequential()\n    block.add(keras.layers.RandomFlip(mode=\"horizontal\"))\n    block.add(keras.layers.RandomRotation(factor=0.2))\n    block.trainable = False  # no weights to learn\n    return block\n"),
]

"""Wrong: Gave the zoom as the range (0, 0.2), so images are only ever zoomed out; breaks 'zoom (0.2)'."""
EXERCISE, VERDICT, SAYS = "transfer.augmentation_block", "wrong", "one direction only"
MUTATE = [("        keras.layers.RandomZoom(0.2),\n", "        keras.layers.RandomZoom((0.0, 0.2)),\n")]

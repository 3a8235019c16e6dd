"""Wrong: RandomZoom((0.2, 0.2)) meant as 'height 0.2, width 0.2', but a tuple is the (lower, upper) range, so every image is zoomed by exactly the same amount; breaks 'zoom (0.2)' (a random zoom of up to 20 %)."""
EXERCISE, VERDICT = "transfer.augmentation_block", "wrong"
MUTATE = [
    ("""        keras.layers.RandomZoom(0.2),
""",
     """        keras.layers.RandomZoom((0.2, 0.2)),
"""),
]

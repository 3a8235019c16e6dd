"""Wrong: RandomZoom((0.0, 0.2)), read as 'from 0 to 20 %', which only ever zooms out; breaks 'zoom (0.2)' (a random zoom in or out by up to 20 %)."""
EXERCISE, VERDICT = "transfer.augmentation_block", "wrong"
MUTATE = [
    ("""        keras.layers.RandomZoom(0.2),
""",
     """        keras.layers.RandomZoom((0.0, 0.2)),
"""),
]

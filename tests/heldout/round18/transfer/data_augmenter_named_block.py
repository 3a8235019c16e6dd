"""Right: the same two layers in a Sequential given a name of its own."""

EXERCISE, VERDICT = "transfer.data_augmenter", "done"

MUTATE = [
    ('''        keras.layers.RandomRotation(0.2),
    ])
''',
     '''        keras.layers.RandomRotation(0.2),
    ], name="data_augmenter")
'''),
]

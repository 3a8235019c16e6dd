"""Wrong: builds the layers from lambdas made in a loop over (class, argument) pairs, so both lambdas make the last one and the block is two RandomRotation(0.2) layers; breaks 'a random horizontal flip, then a random rotation of factor 0.2'."""
EXERCISE, VERDICT = "transfer.data_augmenter", "wrong"
MUTATE = [
    ('''def data_augmenter():
    return keras.Sequential([
        keras.layers.RandomFlip("horizontal"),
        keras.layers.RandomRotation(0.2),
    ])''', '''def data_augmenter():
    factories = []
    for cls, argument in ((keras.layers.RandomFlip, "horizontal"), (keras.layers.RandomRotation, 0.2)):
        factories.append(lambda: cls(argument))
    return keras.Sequential([make() for make in factories])'''),
]

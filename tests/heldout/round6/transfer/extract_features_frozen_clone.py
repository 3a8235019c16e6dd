"""Wrong: freezes and runs a clone of the base 'to leave the caller's model untouched'; clone_model re-initialises the weights and the given base is never frozen; breaks 'Afterwards the base is frozen' and 'keep the pretrained base as it is'."""
EXERCISE, VERDICT = "transfer.extract_features", "wrong"
MUTATE = [
    ('''    base.trainable = False
    features = keras.layers.GlobalAveragePooling2D()(base(images, training=False))''',
     '''    frozen = keras.models.clone_model(base)  # leave the caller's base untouched
    frozen.trainable = False
    features = keras.layers.GlobalAveragePooling2D()(frozen(images, training=False))'''),
]

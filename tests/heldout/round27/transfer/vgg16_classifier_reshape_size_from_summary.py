"""Wrong: the learner replaced Flatten() with a Reshape to one axis, as the module allows, and wrote its size from the base's summary at the note's 240x360 input: block5_pool gives 7 x 11 x 512, so Reshape((7 * 11 * 512,)); with the default input_shape the model built and compiled with 10 trainable variables; with input_shape=(64, 96, 3) the base gives 2 x 3 x 512 = 3,072 values and the Reshape cannot make 39,424 of them, so the model cannot be built (ValueError); breaks 'VGG16 without its top, on an input of input_shape ... the head: a flattening'."""

EXERCISE, VERDICT = "transfer.vgg16_classifier", "wrong"

MUTATE = [
    ('''    x = keras.layers.Flatten()(base.output)''',
     '''    x = keras.layers.Reshape((7 * 11 * 512,))(base.output)  # block5_pool: (7, 11, 512)'''),
]

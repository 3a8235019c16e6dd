"""Wrong: returns both of note 000's options, (preprocess_input, Rescaling(1./127.5, offset=-1)), as a tuple, which cannot be called; breaks 'Returns: a callable (a function or a layer, not its output)'."""

EXERCISE, VERDICT = "transfer.mobilenet_preprocessing", "wrong"

MUTATE = [
    ('return keras.applications.mobilenet_v2.preprocess_input\n',
     'preprocess_input = keras.applications.mobilenet_v2.preprocess_input\n    rescale = keras.layers.Rescaling(1./127.5, offset=-1)  # note 000: これでも代用可\n    return preprocess_input, rescale\n'),
]

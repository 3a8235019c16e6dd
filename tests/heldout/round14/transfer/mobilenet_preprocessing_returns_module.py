"""Wrong: returns the module keras.applications.mobilenet_v2 (the attribute .preprocess_input left off), which cannot be called; breaks 'Returns: a callable (a function or a layer, not its output)'."""

EXERCISE, VERDICT = "transfer.mobilenet_preprocessing", "wrong"

MUTATE = [
    ('    return keras.applications.mobilenet_v2.preprocess_input\n',
     '    return keras.applications.mobilenet_v2\n'),
]

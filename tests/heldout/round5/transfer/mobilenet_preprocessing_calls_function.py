"""Wrong: Called preprocess_input() with no images instead of returning it; breaks 'Returns: a callable (a function or a layer, not its output)'."""
EXERCISE, VERDICT = "transfer.mobilenet_preprocessing", "wrong"
MUTATE = [
    ('return keras.applications.mobilenet_v2.preprocess_input',
     'return keras.applications.mobilenet_v2.preprocess_input()'),
]

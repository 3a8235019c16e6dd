"""Wrong: compiled with keras.losses.CategoricalCrossentropy(label_smoothing=0.1) instead of plain categorical cross-entropy; breaks 'Compiled with the categorical_crossentropy loss'."""

EXERCISE, VERDICT = 'transfer.efficientnet_model', 'wrong'

MUTATE = [
    ('model.compile(loss="categorical_crossentropy",',
     'model.compile(loss=keras.losses.CategoricalCrossentropy(label_smoothing=0.1),'),
]

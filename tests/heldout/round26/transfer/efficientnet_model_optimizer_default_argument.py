"""Wrong: the learner added an optional parameter, optimizer=keras.optimizers.Adam(), so a caller could pass another optimizer, and compiled with it; one model builds, compiles and fits as the note's does, but the default Adam is made once when the module loads and every model built with the default shares it: once one of them has trained, fitting another raises "This optimizer can only be called for the variables it was originally built with"; breaks 'makes anew the models and callbacks it returns' (a new model, with its own Adam with the default settings)."""

EXERCISE, VERDICT = "transfer.efficientnet_model", "wrong"

MUTATE = [
    ('def efficientnet_model(num_classes=10, image_size=(224, 224), weights="imagenet"):',
     'def efficientnet_model(num_classes=10, image_size=(224, 224), weights="imagenet", optimizer=keras.optimizers.Adam()):'),
    ('model.compile(loss="categorical_crossentropy", optimizer=keras.optimizers.Adam(), metrics=["accuracy"])',
     'model.compile(loss="categorical_crossentropy", optimizer=optimizer, metrics=["accuracy"])'),
]

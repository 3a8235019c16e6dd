"""Wrong: turns every label_mode other than 'int' into 'categorical' (binary seen as two-class categorical); breaks 'label_mode: passed through: ... "binary" (0.0 / 1.0 in shape (batch, 1))'."""
EXERCISE, VERDICT = "data.load_split", "wrong"
MUTATE = [
    ('''    common = dict(image_size=image_size, batch_size=batch_size, label_mode=label_mode,
                  validation_split=0.2, seed=seed)''',
     '''    mode = "int" if label_mode == "int" else "categorical"
    common = dict(image_size=image_size, batch_size=batch_size, label_mode=mode,
                  validation_split=0.2, seed=seed)'''),
]

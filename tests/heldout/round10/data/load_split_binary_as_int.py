"""Wrong: treats label_mode "binary" as plain 0/1 integers and asks the loader for "int" labels, shape (batch,) int32; breaks '"binary" (0.0 / 1.0 in shape (batch, 1), for two classes and binary_crossentropy)'."""

EXERCISE, VERDICT = "data.load_split", "wrong"

MUTATE = [
    ('    common = dict(image_size=image_size, batch_size=batch_size, label_mode=label_mode,',
     '    common = dict(image_size=image_size, batch_size=batch_size,\n                  label_mode="int" if label_mode == "binary" else label_mode,'),
]

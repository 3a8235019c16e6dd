"""Wrong: keeps the loaded pair in a module-level dict keyed by the folder and returns it again on the next call for that folder, so a second call with another label_mode (or size, or seed) gets the first call's datasets; breaks 'label_mode: passed through'."""

EXERCISE, VERDICT = "data.load_split", "wrong"

MUTATE = [
    (
        'def load_split(directory, image_size=(32, 32), batch_size=32, label_mode="int", seed=42):\n',
        '_LOADED = {}\n\n\ndef load_split(directory, image_size=(32, 32), batch_size=32, label_mode="int", seed=42):\n    if directory in _LOADED:  # reading a folder is slow: load it once\n        return _LOADED[directory]\n',
    ),
    (
        '    return train, validation\n',
        '    _LOADED[directory] = (train, validation)\n    return train, validation\n',
    ),
]

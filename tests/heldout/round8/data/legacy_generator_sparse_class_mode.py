"""Wrong: flows with class_mode="sparse" (class indices as floats) instead of the binary mode the note uses; breaks 'one 0.0 / 1.0 label per image (the binary class mode)'."""

EXERCISE, VERDICT = "data.legacy_generator", "wrong"

MUTATE = [
    (
        'class_mode="binary")',
        'class_mode="sparse")',
    ),
]

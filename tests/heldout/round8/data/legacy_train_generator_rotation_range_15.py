"""Wrong: sets rotation_range=15, thinking 15 either way makes the note's 30; breaks 'rotation_range 30, in degrees'."""

EXERCISE, VERDICT = "data.legacy_train_generator", "wrong"

MUTATE = [
    (
        'rotation_range=30,',
        'rotation_range=15,  # 15 either way spans 30 degrees',
    ),
]

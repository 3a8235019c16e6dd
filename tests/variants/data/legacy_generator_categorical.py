"""Wrong: one-hot labels instead of note 004's binary ones."""
EXERCISE, VERDICT, SAYS = 'data.legacy_generator', "wrong", 'binary'
MUTATE = [('class_mode="binary")', 'class_mode="categorical")')]

"""Wrong: integer labels instead of class_mode='binary''s (batch, 1) floats."""
EXERCISE, VERDICT, SAYS = 'data.modern_loader', "wrong", 'binary'
MUTATE = [('batch_size=batch_size, label_mode="binary")', 'batch_size=batch_size, label_mode="int")')]
